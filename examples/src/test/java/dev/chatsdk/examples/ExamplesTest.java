package dev.chatsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.examples.Backends.ChannelRef;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.stream.StreamWebhooks;
import dev.chatsdk.stream.WebhookSignatureException;
import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.testing.ChatEmulator;
import dev.chatsdk.testing.ChatEmulatorTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs every example against the emulator and checks what it reports and what the emulator stored. */
@ChatEmulatorTest
class ExamplesTest {
  private final ChatEmulator emulator;
  private final StreamChatClient stream;
  private final GoogleChatClient chat;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  ExamplesTest(ChatEmulator emulator, StreamChatClient stream, GoogleChatClient chat) {
    this.emulator = emulator;
    this.stream = stream;
    this.chat = chat;
  }

  @BeforeEach
  void clean() {
    emulator.reset();
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void streamTour() {
    ChannelRef channel = new ChannelRef("messaging", "tour-test");
    StreamTour.Result r = new StreamTour(stream, channel, emulator.stream(), out).run();

    // it starts from an empty app: users and channel (with members) are created through the SDK
    assertThat(r.usersUpserted).containsExactlyInAnyOrder("ana", "bob", "tour-moderator");
    assertThat(r.channelMembers).containsExactlyInAnyOrder("ana", "bob");
    assertThat(emulator.stream().requests().stream().limit(2).map(q -> q.method() + " " + q.path()))
        .containsExactly("POST /users", "POST /channels/messaging/tour-test/query");

    assertThat(r.messageId).isNotBlank();
    assertThat(r.replyCount).isEqualTo(1);
    assertThat(emulator.stream().message(r.replyId).path("parent_id").asText()).isEqualTo(r.messageId);
    assertThat(r.likeCount).isEqualTo(1);
    assertThat(r.customPriority).isEqualTo("high");
    assertThat(r.customTicket).isEqualTo(Map.of("system", "jira", "key", "CHAT-42"));
    assertThat(emulator.stream().message(r.messageId).path("priority").asText()).isEqualTo("high");
    assertThat(r.searchHits).isEqualTo(5);
    assertThat(r.searchPages).isEqualTo(3);
    assertThat(r.uploadedFileUrl).startsWith(emulator.streamBaseUrl()).endsWith("notes.txt");
    assertThat(emulator.stream().message(r.attachmentMessageId).path("attachments").get(0).path("asset_url").asText())
        .isEqualTo(r.uploadedFileUrl);
    assertThat(emulator.stream().unreadCount("messaging", "tour-test", "bob")).isEqualTo(1);
    assertThat(r.flaggedMessageId).isEqualTo(r.replyId);
    assertThat(r.notFoundStatus).isEqualTo(404);
    assertThat(r.notFoundRequestId).isNotBlank();
    assertThat(r.streamErrorCode).isNotNull();
    assertThat(r.rateLimitRetried).isTrue();
    assertThat(r.rateLimitRetryAfter).isEqualTo(Duration.ofSeconds(1));
    assertThat(r.rateLimitInfo.remaining()).contains(0L);
    assertThat(emulator.stream().pendingFailures()).isZero();
    assertThat(printed()).contains("sendMessage", "searchAll", "RateLimitException", "NotFoundException");
  }

  @Test
  void googleChatTour() {
    GoogleChatTour.Result r = new GoogleChatTour(chat.spaces(), chat.media(), out).run(null);

    assertThat(r.spaceName).startsWith("spaces/");
    assertThat(emulator.googleChat().space(r.spaceName).path("spaceType").asText()).isEqualTo("SPACE");
    assertThat(r.memberName).isEqualTo(r.spaceName + "/members/bob@example.com");
    assertThat(r.sameMessageForSameRequestId).isTrue();
    assertThat(r.cardCount).isEqualTo(1);
    assertThat(emulator.googleChat().message(r.cardMessageName).path("cardsV2").get(0).path("cardId").asText())
        .isEqualTo("build-status");
    assertThat(r.listedMessages).isEqualTo(5);   // the card message once, despite being sent twice, plus four
    assertThat(r.listedPages).isEqualTo(3);
    assertThat(r.reactionName).startsWith(r.cardMessageName + "/reactions/");
    assertThat(r.reactionEmoji).isEqualTo("\uD83D\uDC4D");
    assertThat(r.patchedText).endsWith("finished and deployed");
    assertThat(emulator.googleChat().message(r.cardMessageName).path("cardsV2")).hasSize(1);
    assertThat(r.attachmentResourceName).startsWith(r.spaceName + "/attachments/");
    assertThat(r.downloaded).isEqualTo(r.uploaded);
    assertThat(printed()).contains("setup", "messagesListAll", "media.download");
  }

  @Test
  void googleChatTourInAnExistingSpace() {
    String space = chat.spaces().create(dev.chatsdk.googlechat.model.Space.builder()
        .spaceType(dev.chatsdk.googlechat.model.Space.SpaceType.SPACE).displayName("given").build()).getName();
    GoogleChatTour.Result r = new GoogleChatTour(chat.spaces(), chat.media(), out).run(space);

    assertThat(r.spaceName).isEqualTo(space);
    assertThat(r.memberName).isNull();
    assertThat(r.downloaded).isEqualTo(r.uploaded);
  }

  @Test
  void bridgeRelaysWebhooksAsTheyArriveAndCatchUpPollsFindNothingNew() {
    ChannelRef channel = new ChannelRef("messaging", "bridge-test");
    Bridge.Result r = new Bridge(stream.messages(), chat.spaces(),
        stream.webhooks(), out).run(channel, null, emulator.stream());

    assertThat(r.relayedByWebhook).isEqualTo(2);
    assertThat(emulator.stream().webhooksDelivered()).isGreaterThanOrEqualTo(2);
    assertThat(emulator.stream().webhooksFailed()).isZero();
    assertThat(r.relayedFirstPoll).isZero();
    assertThat(r.relayedSecondPoll).isZero();
    assertBridged(r, "messaging:bridge-test");
  }

  @Test
  void bridgeRelaysByPollingWithoutWebhooks() {
    ChannelRef channel = new ChannelRef("messaging", "bridge-poll");
    Bridge.Result r = new Bridge(stream.messages(), chat.spaces(),
        stream.webhooks(), out).run(channel, null, null);

    assertThat(r.relayedByWebhook).isZero();
    assertThat(r.relayedFirstPoll).isEqualTo(2);
    assertThat(r.relayedSecondPoll).isZero();
    assertBridged(r, "messaging:bridge-poll");
  }

  private void assertBridged(Bridge.Result r, String cid) {
    assertThat(r.replyInParentThread).isTrue();
    assertThat(r.googleTexts).hasSize(2);
    assertThat(r.googleTexts.get(0)).startsWith("*ana* (Stream " + cid + "): Is the");
    assertThat(r.googleTexts.get(1)).isEqualTo("*bob* (Stream " + cid + "): Yes, all green");
    assertThat(chat.spaces().messagesList(r.spaceName).getMessages()).hasSize(2);
  }

  @Test
  void bridgeWebhookIsVerifiedAndIdempotent() throws Exception {
    ChannelRef channel = new ChannelRef("messaging", "hooks");
    String space = chat.spaces().create(dev.chatsdk.googlechat.model.Space.builder()
        .spaceType(dev.chatsdk.googlechat.model.Space.SpaceType.SPACE).displayName("hooks").build()).getName();
    StreamToGoogleChatBridge bridge = new StreamToGoogleChatBridge(stream.messages(),
        chat.spaces(), channel, space, java.time.Instant.now(), out);
    StreamWebhooks webhooks = new StreamWebhooks(emulator.streamApiSecret());
    byte[] body = ("{\"type\":\"message.new\",\"cid\":\"messaging:hooks\",\"message\":{\"id\":\"m-1\",\"text\":\"hi\","
        + "\"type\":\"regular\",\"user\":{\"id\":\"ana\"}}}").getBytes(StandardCharsets.UTF_8);
    String signature = hmacHex(emulator.streamApiSecret(), body);

    Message first = bridge.onWebhook(webhooks, body, signature);
    Message redelivered = bridge.onWebhook(webhooks, body, signature);

    assertThat(first.getText()).isEqualTo("*ana* (Stream messaging:hooks): hi");
    assertThat(redelivered.getName()).isEqualTo(first.getName());
    assertThat(chat.spaces().messagesList(space).getMessages()).hasSize(1);
    assertThatThrownBy(() -> bridge.onWebhook(webhooks, body, hmacHex("another-secret", body)))
        .isInstanceOf(WebhookSignatureException.class);
    byte[] otherChannel = new String(body, StandardCharsets.UTF_8).replace("messaging:hooks", "messaging:other")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(bridge.onWebhook(webhooks, otherChannel, hmacHex(emulator.streamApiSecret(), otherChannel))).isNull();
  }

  @Test
  void tourRunsEverythingAndSaysWhatItTalksTo() {
    try (Backends fromEnv = Backends.fromEnvironment(Map.of(), out)) {
      assertThat(fromEnv.isStreamEmulated()).isTrue();
      Tour.runAll(fromEnv, out);
    }
    assertThat(printed())
        .contains("Stream Chat: talking to the embedded emulator at http://127.0.0.1:")
        .contains("Google Chat: talking to the embedded emulator at http://127.0.0.1:")
        .contains("== Stream tour", "== Google Chat tour", "== Bridge", "== Chat app endpoint")
        .contains("webhook message.new verified, decoded as MessageNewEvent")
        .contains("/status release-7 -> card \"Build release-7\"");
  }

  @Test
  void chatAppEndpointAnswersVerifiedEmulatorEvents() {
    ChatAppTour.Result r = ChatAppTour.run(emulator.googleChat().app(), out);
    assertThat(r.welcome).startsWith("Hello!");
    assertThat(r.cardTitle).isEqualTo("Build release-7");
    assertThat(r.dialogTitle).isEqualTo("Build release-7");
    assertThat(r.dialogClosedNotice).isEqualTo("Comment saved: ship it");
    assertThat(r.forgedStatus).isEqualTo(401);
  }

  @Test
  void chatAppEndpointRefusesEventsForAnotherAudience() {
    try (ChatAppEndpoint endpoint = new ChatAppEndpoint(url -> dev.chatsdk.googlechat.apps.ChatRequestVerifier
        .forEndpointUrl("https://elsewhere.example.com/chat")
        .certificatesUrl(emulator.googleChat().app().certificatesUrl()).build())) {
      emulator.googleChat().app().endpoint(endpoint.url());
      assertThat(emulator.googleChat().app().addedToSpace("spaces/X", "users/1").status()).isEqualTo(401);
    }
  }

  @Test
  void credentialsSwitchEachServiceToTheRealOne() {
    Map<String, String> env = new HashMap<>();
    env.put(Backends.STREAM_KEY_ENV, "key");
    env.put(Backends.STREAM_SECRET_ENV, "secret-value");
    env.put(Backends.STREAM_CHANNEL_ENV, "team:ops");
    try (Backends b = Backends.fromEnvironment(env, out)) {
      assertThat(b.isStreamEmulated()).isFalse();
      assertThat(b.streamFaults()).isNull();
      assertThat(b.streamChannel().cid()).isEqualTo("team:ops");
      assertThat(b.googleSpace()).isNull();
      assertThat(b.emulator()).isNotNull();
    }
    assertThat(printed())
        .contains("Stream Chat: talking to the real Stream service at https://chat.stream-io-api.com")
        .contains("Google Chat: talking to the embedded emulator")
        .doesNotContain("secret-value");
  }

  private static String hmacHex(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder();
    for (byte b : mac.doFinal(body)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
