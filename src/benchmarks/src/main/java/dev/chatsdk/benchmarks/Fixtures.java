package dev.chatsdk.benchmarks;

import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The request and response bodies every benchmark uses. Responses are the SDK's own test fixtures
 * (copied onto this module's classpath by the pom); requests are typical application payloads.
 */
final class Fixtures {
  static final String STREAM_TYPE = "messaging";
  static final String STREAM_CHANNEL = "release-2024";
  static final String STREAM_MESSAGE_ID = "msg-1001";
  static final String STREAM_API_KEY = "bench-key";
  static final String STREAM_API_SECRET = "bench-secret-0123456789abcdef0123456789abcdef";
  static final String GOOGLE_SPACE = "spaces/AAQAtjsc9v4";
  static final String GOOGLE_TOKEN = "ya29.bench-access-token";

  /** Response to {@code POST /channels/{type}/{id}/message} (about 1.9 KB). */
  static final byte[] STREAM_SEND_RESPONSE = resource("fixtures/stream/sendMessage.json");
  /** Response to {@code GET /messages/{id}}. */
  static final byte[] STREAM_GET_RESPONSE = resource("fixtures/stream/getMessage.json");
  /** Response to {@code POST /v1/{parent}/messages}: a message with a cardsV2 card (about 2.6 KB). */
  static final byte[] GOOGLE_MESSAGE_RESPONSE = resource("fixtures/googlechat/messagesCreate.json");

  /** A chat message with a mention, an attachment and custom data, as an application sends it. */
  static final String STREAM_SEND_REQUEST_JSON = "{\"message\":{"
      + "\"id\":\"msg-1001\",\"text\":\"Release notes are up: https://example.com/notes @bob\","
      + "\"user_id\":\"ana\",\"mentioned_users\":[\"bob\"],"
      + "\"attachments\":[{\"type\":\"file\",\"title\":\"notes.pdf\","
      + "\"asset_url\":\"https://cdn.example.com/files/notes.pdf\",\"file_size\":48213}],"
      + "\"priority\":\"high\",\"ticket\":{\"id\":4711,\"queue\":\"support\"}},"
      + "\"skip_push\":false}";

  /** A bot message with a text and one cardsV2 card (header, decorated text, paragraph, button). */
  static final String GOOGLE_CREATE_REQUEST_JSON = "{"
      + "\"text\":\"Build 4821 is green\","
      + "\"cardsV2\":[{\"cardId\":\"build-status\",\"card\":{"
      + "\"header\":{\"title\":\"Build 4821\",\"subtitle\":\"main @ 3f2c9e1\","
      + "\"imageUrl\":\"https://ci.example.com/icons/green.png\",\"imageType\":\"CIRCLE\"},"
      + "\"sections\":[{\"header\":\"Summary\",\"widgets\":["
      + "{\"decoratedText\":{\"topLabel\":\"Duration\",\"text\":\"7 min 42 s\"}},"
      + "{\"textParagraph\":{\"text\":\"All <b>1,204</b> tests passed.\"}},"
      + "{\"buttonList\":{\"buttons\":[{\"text\":\"Open pipeline\","
      + "\"onClick\":{\"openLink\":{\"url\":\"https://ci.example.com/builds/4821\"}}}]}}]}]}}],"
      + "\"thread\":{\"threadKey\":\"build-4821\"}}";

  private Fixtures() {}

  /** Headers a real API response carries and the SDK reads (date, request id, rate limit). */
  static okhttp3.Headers.Builder apiResponseHeaders() {
    return new okhttp3.Headers.Builder()
        .add("Date", "Sun, 22 Nov 2026 03:30:00 GMT")
        .add("X-Request-Id", "bench-request-id")
        .add("X-RateLimit-Limit", "10000")
        .add("X-RateLimit-Remaining", "9999")
        .add("X-RateLimit-Reset", "4102444800");
  }

  static dev.chatsdk.stream.model.SendMessageRequest streamSendRequest() {
    return decode(STREAM_SEND_REQUEST_JSON.getBytes(StandardCharsets.UTF_8),
        dev.chatsdk.stream.model.SendMessageRequest.class);
  }

  static dev.chatsdk.googlechat.model.Message googleCreateRequest() {
    return decode(GOOGLE_CREATE_REQUEST_JSON.getBytes(StandardCharsets.UTF_8),
        dev.chatsdk.googlechat.model.Message.class);
  }

  static <T> T decode(byte[] json, Class<T> type) {
    try {
      return ChatJson.reader(type).readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the classpath; build the module with Maven");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
