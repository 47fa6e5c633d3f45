package dev.chatsdk.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor the SDK is compared with (DESIGN.md §7): the same requests written by hand with one
 * {@link OkHttpClient} and one Jackson {@link ObjectMapper}, readers and writers resolved once, the
 * same model classes and the same headers and query parameters on the wire. No retries, no error
 * mapping, no logging, no validation. Not thread-safe (one benchmark thread).
 */
final class HandWrittenClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final OkHttpClient http;
  private final String streamUrl;
  private final String googleUrl;
  private final String streamToken;
  private final ObjectWriter streamSendWriter;
  private final ObjectReader streamResponseReader;
  private final ObjectMapper mapper;
  /** Resolved on first use, so a Stream-only run (cold start) never introspects Google models. */
  private ObjectWriter googleWriter;
  private ObjectReader googleReader;

  HandWrittenClient(OkHttpClient http, ObjectMapper mapper, String baseUrl, String streamToken) {
    this(http, mapper, baseUrl, baseUrl, streamToken);
  }

  HandWrittenClient(OkHttpClient http, ObjectMapper mapper, String streamUrl, String googleUrl, String streamToken) {
    this.http = http;
    this.streamUrl = streamUrl;
    this.googleUrl = googleUrl;
    this.streamToken = streamToken;
    this.streamSendWriter = mapper.writerFor(SendMessageRequest.class);
    this.streamResponseReader = mapper.readerFor(MessageWithPendingMetadataResponse.class);
    this.mapper = mapper;
  }

  /** The mapper a careful hand-written client would configure: java.time, Optional, no nulls. */
  static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }

  /** Stream's server token, {@code {"server":true}} signed with HS256, as a hand-written client would. */
  static String streamServerToken(String secret) throws java.security.GeneralSecurityException {
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    String signingInput = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "." + b64.encodeToString("{\"server\":true}".getBytes(StandardCharsets.UTF_8));
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  MessageWithPendingMetadataResponse streamSendMessage(String type, String channel, SendMessageRequest message)
      throws IOException {
    Request request = streamRequest("/channels/" + type + "/" + channel + "/message")
        .post(RequestBody.create(streamSendWriter.writeValueAsBytes(message), JSON))
        .build();
    return streamResponseReader.readValue(call(request));
  }

  MessageWithPendingMetadataResponse streamGetMessage(String id) throws IOException {
    return streamResponseReader.readValue(call(streamRequest("/messages/" + id).get().build()));
  }

  dev.chatsdk.googlechat.model.Message googleMessagesCreate(String space, dev.chatsdk.googlechat.model.Message message)
      throws IOException {
    if (googleReader == null) {
      googleWriter = mapper.writerFor(dev.chatsdk.googlechat.model.Message.class);
      googleReader = mapper.readerFor(dev.chatsdk.googlechat.model.Message.class);
    }
    Request request = new Request.Builder()
        .url(googleUrl + "/v1/" + space + "/messages?requestId=" + UUID.randomUUID())
        .header("Authorization", "Bearer " + Fixtures.GOOGLE_TOKEN)
        .header("Accept", "application/json")
        .post(RequestBody.create(googleWriter.writeValueAsBytes(message), JSON))
        .build();
    return googleReader.readValue(call(request));
  }

  private Request.Builder streamRequest(String path) {
    return new Request.Builder()
        .url(streamUrl + path + "?api_key=" + Fixtures.STREAM_API_KEY)
        .header("Authorization", streamToken)
        .header("Stream-Auth-Type", "jwt")
        .header("Accept", "application/json");
  }

  private byte[] call(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return response.body().bytes();
    }
  }
}
