package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.core.json.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What each part of an {@link ApiRequest} looks like on the wire, as the server received it. */
class RequestWireFormatTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private HttpPipeline pipeline;

  @BeforeEach
  void setUp() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    pipeline = TestPipelines.builder(wm, new RecordingSleeper()).baseUrl(wm.baseUrl() + "/api/v2/").build();
  }

  private LoggedRequest send(ApiRequest request) {
    return send(request, RequestOptions.none());
  }

  private LoggedRequest send(ApiRequest request, RequestOptions options) {
    pipeline.execute(request, ResponseHandler.discard(), options);
    List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void pathTemplateIsFilledWithEncodedSegmentsUnderTheBaseUrlPrefix() {
    LoggedRequest r = send(ApiRequest.builder("getMessage", "get", "/channels/{type}/{id}/messages/{messageId}")
        .pathSegment("type", "messaging").pathSegment("id", "a/b c?d#e").pathSegment("messageId", "ü-1")
        .build());

    assertThat(r.getMethod().getName()).isEqualTo("GET");
    assertThat(r.getUrl()).isEqualTo("/api/v2/channels/messaging/a%2Fb%20c%3Fd%23e/messages/%C3%BC-1");
  }

  @Test
  void resourceNamesKeepTheirSlashes() {
    LoggedRequest r = send(ApiRequest.builder("getMessage", "GET", "/v1/{name}")
        .pathResourceName("name", "spaces/AAA/messages/BBB.CCC", java.util.regex.Pattern.compile("spaces/[^/]+/messages/[^/]+"),
            "spaces/{space}/messages/{message}")
        .build());

    assertThat(r.getUrl()).isEqualTo("/api/v2/v1/spaces/AAA/messages/BBB.CCC");
  }

  @Test
  void queryValuesRepeatEncodeAsJsonCsvDateTimesAndOpenEnums() {
    LoggedRequest r = send(ApiRequest.builder("query", "GET", "/q")
        .query("member", List.of("alice", "bob"))
        .query("tag", new String[] {"x", "y"})
        .query("skipped", null)
        .query("limit", 25)
        .query("color", Color.of("ultraviolet"))
        .queryJson("payload", Map.of("filter", Map.of("type", "messaging")))
        .queryCsv("fields", List.of("id", "name", Color.RED))
        .queryCsv("emptyCsv", List.of())
        .query("since", Instant.parse("2026-01-02T03:04:05.123456Z"))
        .query("until", OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(2)))
        .query("text", "a&b=c d+é")
        .build());

    assertThat(r.queryParameter("member").values()).containsExactly("alice", "bob");
    assertThat(r.queryParameter("tag").values()).containsExactly("x", "y");
    assertThat(r.queryParameter("skipped").isPresent()).isFalse();
    assertThat(r.queryParameter("emptyCsv").isPresent()).isFalse();
    assertThat(r.queryParameter("limit").values()).containsExactly("25");
    assertThat(r.queryParameter("color").values()).containsExactly("ultraviolet");
    assertThat(ChatJson.readTree(r.queryParameter("payload").firstValue()))
        .isEqualTo(ChatJson.readTree("{\"filter\":{\"type\":\"messaging\"}}"));
    assertThat(r.queryParameter("fields").values()).containsExactly("id,name,red");
    assertThat(r.queryParameter("since").values()).containsExactly("2026-01-02T03:04:05.123456Z");
    assertThat(r.queryParameter("until").values()).containsExactly("2026-01-02T03:04:00+02:00");
    assertThat(r.queryParameter("text").values()).containsExactly("a&b=c d+é");
    // Order is kept, and the raw query encodes what would otherwise change its structure.
    assertThat(r.getUrl()).startsWith("/api/v2/q?member=alice&member=bob&tag=x&tag=y&limit=25&color=ultraviolet&payload=")
        .contains("text=a%26b%3Dc%20d%2B%C3%A9");
  }

  @Test
  void headersCarryUserAgentAcceptRequestAndOptionHeaders() {
    LoggedRequest r = send(ApiRequest.builder("get", "GET", "/h").header("X-Backend", "b").build(),
        RequestOptions.builder().header("X-Trace", "t-1").queryParam("extra", "1").queryParam("extra", "2").build());

    String version = System.getProperty("java.version");
    assertThat(r.getHeader("User-Agent"))
        .matches("chatsdk-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(test; Java " + java.util.regex.Pattern.quote(version) + "\\)")
        .isEqualTo(pipeline.userAgent());
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    assertThat(r.getHeader("X-Backend")).isEqualTo("b");
    assertThat(r.getHeader("X-Trace")).isEqualTo("t-1");
    assertThat(r.queryParameter("extra").values()).containsExactly("1", "2");
  }

  /** A request model the way the generator writes them: unset fields are null. */
  static final class Body {
    @JsonProperty("text") final String text;
    @JsonProperty("silent") final @Nullable Boolean silent;
    @JsonProperty("sent_at") final Instant sentAt;
    @JsonProperty("mentions") final List<String> mentions;

    Body(String text, @Nullable Boolean silent, Instant sentAt, List<String> mentions) {
      this.text = text;
      this.silent = silent;
      this.sentAt = sentAt;
      this.mentions = mentions;
    }
  }

  @Test
  void jsonBodyOmitsUnsetFieldsAndIsSentAsUtf8Json() {
    LoggedRequest r = send(ApiRequest.builder("send", "POST", "/m")
        .jsonBody(new Body("héllo", null, Instant.parse("2026-01-01T10:00:00.000001Z"), List.of())).build());

    assertThat(r.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(r.getBodyAsString())
        .isEqualTo("{\"text\":\"héllo\",\"sent_at\":\"2026-01-01T10:00:00.000001Z\",\"mentions\":[]}");
  }

  @Test
  void postWithoutBodySendsAnEmptyBodyAndDeleteSendsNone() {
    LoggedRequest post = send(ApiRequest.builder("hide", "POST", "/hide").build());
    assertThat(post.getHeader("Content-Length")).isEqualTo("0");
    assertThat(post.getBody()).isEmpty();

    wm.resetRequests();
    LoggedRequest delete = send(ApiRequest.builder("delete", "DELETE", "/x").build());
    assertThat(delete.getMethod().getName()).isEqualTo("DELETE");
    assertThat(delete.getBody()).isEmpty();
  }

  @Test
  void multipartFormDataCarriesFieldsJsonAndFilesFromEverySource(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    byte[] streamed = "streamed text".getBytes(StandardCharsets.UTF_8);
    MultipartContent form = MultipartContent.form()
        .field("user", "alice")
        .jsonField("meta", Map.of("k", "v"))
        .file("fromPath", FileSource.of(file, "image/png"))
        .file("fromStream", FileSource.of(new ByteArrayInputStream(streamed), -1, "notes.txt", "text/plain"))
        .file("fromBytes", FileSource.of(new byte[] {1, 2, 3}, "résumé.bin", "application/octet-stream"));

    LoggedRequest r = send(ApiRequest.builder("upload", "POST", "/upload").multipartBody(form).build());

    assertThat(r.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    List<Part> parts = Part.parse(r);
    assertThat(parts).hasSize(5);
    assertThat(parts.get(0).headers).contains("Content-Disposition: form-data; name=\"user\"", "Content-Type: text/plain; charset=UTF-8");
    assertThat(parts.get(0).text()).isEqualTo("alice");
    assertThat(parts.get(1).headers).contains("Content-Disposition: form-data; name=\"meta\"", "Content-Type: application/json; charset=UTF-8");
    assertThat(parts.get(1).text()).isEqualTo("{\"k\":\"v\"}");
    assertThat(parts.get(2).headers).contains("Content-Disposition: form-data; name=\"fromPath\"; filename=\"photo.png\"", "Content-Type: image/png");
    assertThat(parts.get(2).body).containsExactly(0x89, 'P', 'N', 'G');
    assertThat(parts.get(3).headers).contains("Content-Disposition: form-data; name=\"fromStream\"; filename=\"notes.txt\"", "Content-Type: text/plain");
    assertThat(parts.get(3).body).isEqualTo(streamed);
    assertThat(parts.get(4).headers).contains("Content-Disposition: form-data; name=\"fromBytes\"; filename=\"résumé.bin\"", "Content-Type: application/octet-stream");
    assertThat(parts.get(4).body).containsExactly(1, 2, 3);
  }

  @Test
  void multipartRelatedCarriesUnnamedJsonAndFileParts() {
    MultipartContent related = MultipartContent.related()
        .jsonPart(Map.of("filename", "a.txt"))
        .filePart(FileSource.of("content".getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain"));

    LoggedRequest r = send(ApiRequest.builder("uploadMedia", "POST", "/upload").query("uploadType", "multipart")
        .multipartBody(related).build());

    assertThat(r.getHeader("Content-Type")).startsWith("multipart/related; boundary=");
    List<Part> parts = Part.parse(r);
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).headers).containsExactly("Content-Type: application/json; charset=UTF-8");
    assertThat(parts.get(0).text()).isEqualTo("{\"filename\":\"a.txt\"}");
    assertThat(parts.get(1).headers).containsExactly("Content-Type: text/plain");
    assertThat(parts.get(1).text()).isEqualTo("content");
  }

  @Test
  void badRequestPartsFailBeforeAnyIo(@TempDir Path dir) {
    assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "evil.example/{id}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pathTemplate must start with '/'");
    assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "/a?x=1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pathTemplate must start with '/'");
    assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "/a").jsonBody(Map.of()).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("op: a GET request cannot have a body");
    assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "/a/{id}").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("path variable id of op was not set");
    assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "/a").header("X-Bad", "a\r\nInjected: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("header X-Bad contains a control character");
    assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "/a").header("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header name");
    assertThatThrownBy(() -> ApiRequest.builder("op", "POST", "/a").multipartBody(MultipartContent.form()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one part");
    assertThatThrownBy(() -> MultipartContent.related().field("a", "b")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> MultipartContent.form().jsonPart(Map.of())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> FileSource.of(new byte[0], "a\nb", "text/plain"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fileName");
    assertThatThrownBy(() -> FileSource.of(new byte[0], "a", "not a type"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contentType");
    assertThatThrownBy(() -> FileSource.of(dir.resolve("missing.bin"), "application/octet-stream"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
    assertThatThrownBy(() -> FileSource.of(new ByteArrayInputStream(new byte[0]), -2, "a", "text/plain"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  /** A minimal multipart parser for assertions: headers as lines, body as bytes. */
  static final class Part {
    final List<String> headers;
    final byte[] body;

    Part(List<String> headers, byte[] body) {
      this.headers = headers;
      this.body = body;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    static List<Part> parse(LoggedRequest r) {
      String boundary = r.getHeader("Content-Type").replaceFirst(".*boundary=", "");
      byte[] body = r.getBody();
      // ISO-8859-1 maps bytes 1:1 to chars, so offsets are byte offsets.
      String raw = new String(body, StandardCharsets.ISO_8859_1);
      String delimiter = "--" + boundary;
      List<Part> parts = new ArrayList<>();
      int at = raw.indexOf(delimiter);
      while (true) {
        int start = at + delimiter.length();
        if (raw.startsWith("--", start)) {
          return parts;
        }
        int headersStart = start + 2; // CRLF
        int headersEnd = raw.indexOf("\r\n\r\n", headersStart);
        int next = raw.indexOf("\r\n" + delimiter, headersEnd);
        List<String> headers = new ArrayList<>();
        for (String line : raw.substring(headersStart, headersEnd).split("\r\n")) {
          headers.add(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        parts.add(new Part(headers, Arrays.copyOfRange(body, headersEnd + 4, next)));
        at = next + 2;
      }
    }
  }
}
