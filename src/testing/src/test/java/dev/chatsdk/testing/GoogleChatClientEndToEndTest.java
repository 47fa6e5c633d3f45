package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.BadRequestException;
import dev.chatsdk.core.ConflictException;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.model.AttachmentDataRef;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1CardHeader;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.Thread;
import dev.chatsdk.googlechat.model.UploadAttachmentResponse;
import dev.chatsdk.googlechat.model.User;
import dev.chatsdk.googlechat.params.CreateParams;
import dev.chatsdk.googlechat.params.ListParams;
import dev.chatsdk.googlechat.params.MessageReplyOption;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import dev.chatsdk.googlechat.params.MessagesDeleteParams;
import dev.chatsdk.googlechat.params.MessagesListParams;
import dev.chatsdk.googlechat.params.MessagesPatchParams;
import dev.chatsdk.googlechat.params.PatchParams;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Google Chat SDK client against the emulator, through the JUnit extension. */
@ChatEmulatorTest
class GoogleChatClientEndToEndTest {

  private static Space newSpace(GoogleChatClient chat) {
    return chat.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE)
        .displayName("E2E " + UUID.randomUUID()).build());
  }

  @Test
  void spacesLifecycle(GoogleChatClient chat) {
    String requestId = UUID.randomUUID().toString();
    Space created = chat.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Lifecycle")
        .build(), CreateParams.builder().requestId(requestId).build());
    assertThat(created.getName()).startsWith("spaces/");
    assertThat(chat.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Lifecycle").build(),
        CreateParams.builder().requestId(requestId).build()).getName()).isEqualTo(created.getName());
    assertThatThrownBy(() -> chat.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE)
        .displayName("Lifecycle").build())).isInstanceOf(ConflictException.class);

    Space patched = chat.spaces().patch(created.getName(), Space.builder().displayName("Renamed").build(),
        PatchParams.builder().updateMask("displayName").build());
    assertThat(patched.getDisplayName()).isEqualTo("Renamed");
    assertThat(chat.spaces().get(created.getName()).getDisplayName()).isEqualTo("Renamed");

    for (int i = 0; i < 4; i++) {
      newSpace(chat);
    }
    List<String> names = chat.spaces().listAll(ListParams.builder().pageSize(2).filter("spaceType = \"SPACE\"").build())
        .stream().map(Space::getName).collect(Collectors.toList());
    assertThat(names).contains(created.getName()).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();

    chat.spaces().delete(created.getName());
    assertThatThrownBy(() -> chat.spaces().get(created.getName())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void directMessagesAndImportMode(GoogleChatClient chat) {
    Space dm = chat.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.DIRECT_MESSAGE).build())
        .addMembership(Membership.builder().member(User.builder().name("users/555").type(User.Type.HUMAN).build()).build())
        .build());
    assertThat(chat.spaces().findDirectMessage("users/555").getName()).isEqualTo(dm.getName());

    Space imported = chat.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE)
        .displayName("Import " + UUID.randomUUID()).importMode(true).build());
    assertThat(imported.getImportMode()).isTrue();
    assertThat(chat.spaces().completeImport(imported.getName()).getSpace().getImportMode()).isNotEqualTo(Boolean.TRUE);
    assertThatThrownBy(() -> chat.spaces().completeImport(imported.getName())).isInstanceOf(BadRequestException.class);
  }

  @Test
  void membersAndMessagesWithCardsThreadsAndReactions(GoogleChatClient chat, ChatEmulator emulator) {
    Space space = newSpace(chat);
    Membership member = chat.spaces().membersCreate(space.getName(), Membership.builder()
        .member(User.builder().name("users/777").type(User.Type.HUMAN).build()).build());
    assertThat(member.getName()).isEqualTo(space.getName() + "/members/777");
    assertThat(chat.spaces().membersListAll(space.getName()).stream().count()).isEqualTo(2);
    assertThat(chat.spaces().membersGet(member.getName()).getMember().getName()).isEqualTo("users/777");

    Message card = chat.spaces().messagesCreate(space.getName(), Message.builder().text("Status")
        .addCardsV2(CardWithId.builder().cardId("status").card(GoogleAppsCardV1Card.builder()
            .header(GoogleAppsCardV1CardHeader.builder().title("All green").build()).build()).build())
        .thread(Thread.builder().threadKey("deploys").build()).build(),
        MessagesCreateParams.builder().messageId("client-status-1")
            .messageReplyOption(MessageReplyOption.REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD).build());
    assertThat(card.getName()).isEqualTo(space.getName() + "/messages/client-status-1");
    assertThat(card.getCardsV2().get(0).getCard().getHeader().getTitle()).isEqualTo("All green");
    assertThat(card.getSender().getName()).isEqualTo(emulator.googleCallerName());

    Message reply = chat.spaces().messagesCreate(space.getName(), Message.builder().text("ack")
        .thread(Thread.builder().threadKey("deploys").build()).build(),
        MessagesCreateParams.builder().messageReplyOption(MessageReplyOption.REPLY_MESSAGE_OR_FAIL).build());
    assertThat(reply.getThread().getName()).isEqualTo(card.getThread().getName());
    assertThat(reply.getThreadReply()).isTrue();

    for (int i = 0; i < 5; i++) {
      chat.spaces().messagesCreate(space.getName(), Message.builder().text("m" + i).build());
    }
    assertThat(chat.spaces().messagesListAll(space.getName(), MessagesListParams.builder().pageSize(2).build())
        .stream().count()).isEqualTo(7);

    Message patched = chat.spaces().messagesPatch(card.getName(), Message.builder().text("Status (edited)").build(),
        MessagesPatchParams.builder().updateMask("text").build());
    assertThat(patched.getText()).isEqualTo("Status (edited)");
    assertThat(patched.getCardsV2()).hasSize(1);
    Message derived = chat.spaces().messagesUpdate(card.getName(), Message.builder().text("derived mask").build());
    assertThat(derived.getText()).isEqualTo("derived mask");

    Reaction r = chat.spaces().messagesReactionsCreate(card.getName(),
        Reaction.builder().emoji(Emoji.builder().unicode("\uD83D\uDC4D").build()).build());
    assertThat(chat.spaces().messagesReactionsListAll(card.getName()).stream().count()).isEqualTo(1);
    assertThat(chat.spaces().messagesGet(card.getName()).getEmojiReactionSummaries()).hasSize(1);
    chat.spaces().messagesReactionsDelete(r.getName());
    assertThat(chat.spaces().messagesReactionsList(card.getName()).getReactions()).isEmpty();

    assertThatThrownBy(() -> chat.spaces().messagesDelete(card.getName())).isInstanceOf(BadRequestException.class);
    chat.spaces().messagesDelete(card.getName(), MessagesDeleteParams.builder().force(true).build());
    assertThatThrownBy(() -> chat.spaces().messagesGet(reply.getName())).isInstanceOf(NotFoundException.class);
    chat.spaces().membersDelete(member.getName());
    assertThatThrownBy(() -> chat.spaces().membersGet(member.getName())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void attachmentsUploadAndDownload(GoogleChatClient chat) {
    Space space = newSpace(chat);
    byte[] bytes = "quarterly numbers".getBytes(StandardCharsets.UTF_8);
    UploadAttachmentResponse uploaded = chat.media().upload(space.getName(), FileSource.of(bytes, "q.txt", "text/plain"));
    AttachmentDataRef ref = uploaded.getAttachmentDataRef();
    Message m = chat.spaces().messagesCreate(space.getName(), Message.builder().text("file")
        .addAttachment(dev.chatsdk.googlechat.model.Attachment.builder().attachmentDataRef(ref).build()).build());
    String attachmentName = m.getAttachment().get(0).getName();
    assertThat(chat.spaces().messagesAttachmentsGet(attachmentName).getContentName()).isEqualTo("q.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(chat.media().download(ref.getResourceName(), out)).isEqualTo(bytes.length);
    assertThat(out.toByteArray()).isEqualTo(bytes);
  }

  @Test
  void retriesInjectedFailures(GoogleChatClient chat, EmulatedGoogleChat google) {
    google.failNext(503, 2);
    Space space = newSpace(chat);
    assertThat(space.getName()).startsWith("spaces/");
    assertThat(google.requestCount()).isEqualTo(3);
    assertThat(google.requests()).extracting(RecordedRequest::toString).containsOnly("POST /v1/spaces");
    assertThat(google.requests().stream().map(x -> x.queryParam("requestId")).distinct().count())
        .as("the same requestId on every attempt").isEqualTo(1);
  }
}
