package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.stream.model.ChannelGetOrCreateRequest;
import dev.chatsdk.stream.model.MuteUserRequest;
import dev.chatsdk.stream.model.UnmuteUserRequest;
import dev.chatsdk.stream.model.UpdateChannelTypeRequest;
import dev.chatsdk.stream.model.UserObjectRequest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generated server-side operations check their arguments before any I/O, like MessagesApi. */
class StreamServerValidationTest extends StreamTestSupport {

  @AfterEach
  void nothingWasSent() {
    assertThat(WM.findAll(anyRequestedFor(anyUrl()))).as("requests that reached the server").isEmpty();
  }

  private static void rejects(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
        .hasMessageContaining(parameter);
  }

  @Test
  void pathValuesRequiredQueryValuesAndBodies() {
    ChannelGetOrCreateRequest empty = ChannelGetOrCreateRequest.builder().build();
    rejects(() -> client.channels().getOrCreateChannel(" ", "general", empty), "type");
    rejects(() -> client.channels().getOrCreateChannel("messaging", "..", empty), "id");
    rejects(() -> client.channels().getOrCreateChannel("messaging", (ChannelGetOrCreateRequest) null), "request");
    rejects(() -> client.users().deleteUser("", null), "userId");
    rejects(() -> client.users().unban(" "), "targetUserId");
    rejects(() -> client.devices().deleteDevice("token", null), "userId");
    rejects(() -> client.devices().listDevices(""), "userId");
    rejects(() -> client.users().queryUsers(null), "payload");
    rejects(() -> client.push().deletePushProvider("firebase", ".."), "name");
    rejects(() -> client.tasks().getTask("\n"), "id");
    rejects(() -> client.settings().getApp(null), "options");
  }

  @Test
  void asyncFormsAndPagersCheckBeforeSending() {
    rejects(() -> client.channels().updateChannelAsync("messaging", " ", null), "id");
    rejects(() -> client.users().queryUsersAll(null), "payload");
    rejects(() -> client.channels().queryChannelsAll(null), "request");
  }

  @Test
  void correctedSchemasAcceptWhatTheServiceTakes() {
    // The description requires both a target and a target list, and automod on every update.
    assertThat(MuteUserRequest.builder().targetIds(List.of("bob")).build().getTargetIds()).containsExactly("bob");
    assertThat(UnmuteUserRequest.builder().targetIds(List.of("bob")).build().getTargetIds()).containsExactly("bob");
    assertThat(UpdateChannelTypeRequest.builder().maxMessageLength(10).build().getMaxMessageLength()).isEqualTo(10);
    // A user without an id still fails when built: that requirement is real.
    assertThatThrownBy(() -> UserObjectRequest.builder().build()).hasMessageContaining("id");
  }
}
