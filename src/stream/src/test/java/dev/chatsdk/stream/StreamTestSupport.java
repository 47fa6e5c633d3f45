package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.http.Sleeper;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Shared set-up of the Stream tests: a WireMock server, a client pointed at it, and checks. */
abstract class StreamTestSupport {
  static final String API_KEY = "key-7f3a";
  static final String API_SECRET = "s3cr3t-for-tests-only-9c1e";

  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Records the waits the pipeline asked for and returns at once, so retry tests stay fast. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      waits.add(duration);
      return CompletableFuture.completedFuture(null);
    }
  }

  final RecordingSleeper sleeper = new RecordingSleeper();
  StreamChatClient client;
  MessagesApi api;

  @BeforeEach
  void createClient() {
    client = clientBuilder().build();
    api = client.messages();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  StreamChatClient.Builder clientBuilder() {
    return StreamChatClient.builder()
        .apiKey(API_KEY)
        .apiSecret(API_SECRET)
        .baseUrl(WM.baseUrl())
        .sleeper(sleeper);
  }

  static String fixture(String operation) {
    String path = "/fixtures/stream/" + operation + ".json";
    try (InputStream in = StreamTestSupport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The only request WireMock received. */
  static LoggedRequest onlyRequest() {
    List<LoggedRequest> all = WM.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  /** The query of a request, decoded, in order; names may repeat. */
  static Map<String, List<String>> query(LoggedRequest request) {
    HttpUrl url = HttpUrl.get("http://localhost" + request.getUrl());
    Map<String, List<String>> q = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      q.computeIfAbsent(url.queryParameterName(i), k -> new ArrayList<>()).add(url.queryParameterValue(i));
    }
    return q;
  }

  /** The raw (still percent-encoded) path of a request. */
  static String rawPath(LoggedRequest request) {
    String url = request.getUrl();
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /**
   * Checks Stream's server-side authentication on a request: {@code api_key} query, {@code
   * Stream-Auth-Type: jwt}, and an {@code Authorization} header that is a bare HS256 JWT signed with
   * the API secret whose claims are exactly {@code {"server": true}}.
   */
  static void assertServerAuth(LoggedRequest request) {
    assertThat(query(request).get("api_key")).containsExactly(API_KEY);
    assertThat(request.getHeader("Stream-Auth-Type")).isEqualTo("jwt");
    String jwt = request.getHeader("Authorization");
    assertThat(jwt).doesNotStartWith("Bearer");
    JsonNode claims = verifyJwt(jwt, API_SECRET);
    assertThat(claims).isEqualTo(ChatJson.readTree("{\"server\":true}"));
  }

  /**
   * Verifies an HS256 JWT without the SDK's code: splits it, recomputes the HMAC-SHA256 over the
   * first two parts with {@link Mac}, compares, checks the header and returns the decoded claims.
   */
  static JsonNode verifyJwt(String jwt, String secret) {
    String[] parts = jwt.split("\\.", -1);
    assertThat(parts).hasSize(3);
    Base64.Decoder b64 = Base64.getUrlDecoder();
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
    assertThat(parts[2]).doesNotContain("=", "+", "/");
    assertThat(b64.decode(parts[2])).as("JWT signature").isEqualTo(expected);
    JsonNode header = ChatJson.readTree(new String(b64.decode(parts[0]), StandardCharsets.UTF_8));
    assertThat(header.get("alg").asText()).isEqualTo("HS256");
    assertThat(header.get("typ").asText()).isEqualTo("JWT");
    return ChatJson.readTree(new String(b64.decode(parts[1]), StandardCharsets.UTF_8));
  }

  /** Encodes a decoded model back to JSON and compares the tree with the fixture it came from. */
  static void assertRoundTrip(Object decoded, String operation) {
    JsonNode original = ChatJson.readTree(fixture(operation));
    JsonNode again = ChatJson.toTree(decoded);
    assertThat(again).as("%s decoded and encoded again", operation).isEqualTo(original);
  }
}
