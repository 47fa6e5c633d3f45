package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.googlechat.model.AccessSettings;
import dev.chatsdk.googlechat.model.Attachment;
import dev.chatsdk.googlechat.model.AttachmentDataRef;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.PermissionSetting;
import dev.chatsdk.googlechat.model.PermissionSettings;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.SpaceReadState;
import dev.chatsdk.googlechat.model.SpaceDetails;
import dev.chatsdk.googlechat.model.Thread;
import dev.chatsdk.googlechat.model.User;
import dev.chatsdk.googlechat.params.MessagesPatchParams;
import dev.chatsdk.googlechat.params.PatchParams;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How messagesPatch, messagesUpdate and patch fill {@code updateMask} when the caller gives none. */
class UpdateMaskTest extends WireMockSupport {
  private static final String MESSAGE = "spaces/AAA/messages/BBB";

  @BeforeEach
  void stub() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  private static String sentMask() {
    return onlyRequest().queryParameter("updateMask").firstValue();
  }

  @Test
  void textOnly() {
    client.spaces().messagesPatch(MESSAGE, Message.builder().text("edited").build());
    assertThat(sentMask()).isEqualTo("text");
  }

  @Test
  void cardsV2AndAttachmentAreMappedToTheApiNames() {
    Message message = SpacesApiWireTest.cardMessage().toBuilder()
        .attachment(List.of(Attachment.builder()
            .attachmentDataRef(AttachmentDataRef.builder().resourceName("spaces/AAA/attachments/X").build()).build()))
        .build();
    client.spaces().messagesUpdate(MESSAGE, message);
    assertThat(sentMask()).isEqualTo("text,attachment,cards_v2");
    assertThat(onlyRequest().getMethod().getName()).isEqualTo("PUT");
  }

  @Test
  void fieldsTheApiCannotUpdateStayOutOfTheMask() {
    Message message = Message.builder()
        .name(MESSAGE)
        .text("edited")
        .thread(Thread.builder().name("spaces/AAA/threads/T").build())
        .sender(User.builder().name("users/1").build())
        .build();
    client.spaces().messagesPatch(MESSAGE, message);
    assertThat(sentMask()).isEqualTo("text");
  }

  @Test
  void aMessageWithNothingUpdatableIsRejectedBeforeAnyIo() {
    Message onlyName = Message.builder().name(MESSAGE).thread(Thread.builder().threadKey("k").build()).build();
    assertThatThrownBy(() -> client.spaces().messagesPatch(MESSAGE, onlyName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("updateMask")
        .hasMessageContaining("cards_v2");
    assertThatThrownBy(() -> client.spaces().messagesUpdateAsync(MESSAGE, Message.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void anExplicitMaskIsSentAsGiven() {
    client.spaces().messagesPatch(MESSAGE, Message.builder().build(),
        MessagesPatchParams.builder().updateMask("quoted_message_metadata").build());
    assertThat(sentMask()).isEqualTo("quoted_message_metadata");
  }

  @Test
  void anEmptyExplicitMaskIsRejected() {
    assertThatThrownBy(() -> MessagesPatchParams.builder().updateMask(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("updateMask");
    assertThatThrownBy(() -> MessagesPatchParams.builder().updateMask("text", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("updateMask");
  }

  @Test
  void spaceMaskCoversWholeFieldsAndNestedSettings() {
    Space space = Space.builder()
        .displayName("Ops")
        .spaceDetails(SpaceDetails.builder().description("d").guidelines("g").build())
        .accessSettings(AccessSettings.builder().audience("audiences/default").build())
        .permissionSettings(PermissionSettings.builder()
            .manageApps(PermissionSetting.builder().managersAllowed(true).build())
            .toggleHistory(PermissionSetting.builder().membersAllowed(false).build())
            .build())
        .build();
    client.spaces().patch("spaces/AAA", space);
    assertThat(sentMask()).isEqualTo("display_name,space_details,access_settings.audience,"
        + "permission_settings.manageApps,permission_settings.toggleHistory");
  }

  @Test
  void outputOnlyNestedSettingsNeverEnterTheMask() {
    // postMessages is output-only: a space read from the API and sent back must not name it.
    Space space = Space.builder()
        .displayName("Ops")
        .permissionSettings(PermissionSettings.builder()
            .postMessages(PermissionSetting.builder().membersAllowed(true).build())
            .replyMessages(PermissionSetting.builder().membersAllowed(true).build())
            .build())
        .build();
    client.spaces().patch("spaces/AAA", space);
    assertThat(sentMask()).isEqualTo("display_name,permission_settings.replyMessages");
  }

  @Test
  void membershipAndUserStateMasksComeFromTheirUpdatableFields() {
    client.spaces().membersPatch("spaces/AAA/members/1", Membership.builder()
        .role(Membership.Role.ROLE_MANAGER).state(Membership.State.JOINED).build());
    assertThat(sentMask()).isEqualTo("role");
    wm.resetRequests();
    client.users().updateSpaceReadState("users/me/spaces/AAA/spaceReadState",
        SpaceReadState.builder().lastReadTime(java.time.Instant.parse("2026-01-02T03:04:05Z")).build());
    assertThat(sentMask()).isEqualTo("last_read_time");
  }

  @Test
  void spaceWithNothingUpdatableIsRejected() {
    assertThatThrownBy(() -> client.spaces().patch("spaces/AAA", Space.builder().name("spaces/AAA").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("updateMask");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void explicitSpaceMaskWins() {
    client.spaces().patch("spaces/AAA", Space.builder().displayName("Ops").build(),
        PatchParams.builder().updateMask("display_name", "space_type").build());
    assertThat(sentMask()).isEqualTo("display_name,space_type");
  }
}
