package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.model.UploadAttachmentResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachment upload (multipart/related, streamed) and download (streamed to a stream or a file). */
class MediaApiTest extends WireMockSupport {
  private static final String UPLOAD_PATH = "/upload/v1/spaces/AAA/attachments:upload";
  private static final String MEDIA = "spaces/AAA/attachments/AATUf-J4Wq8-data";

  @TempDir
  Path dir;

  /** One part of a multipart body: its header lines and its bytes (ISO-8859-1 text keeps bytes 1:1). */
  static final class Part {
    final String headers;
    final byte[] body;

    Part(String headers, byte[] body) {
      this.headers = headers;
      this.body = body;
    }
  }

  static List<Part> parts(LoggedRequest r) {
    String type = r.getHeader("Content-Type");
    String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
    String body = new String(r.getBody(), StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    String[] pieces = body.split("--" + java.util.regex.Pattern.quote(boundary));
    for (int i = 1; i < pieces.length; i++) {
      String piece = pieces[i];
      if (piece.startsWith("--")) {
        break; // closing delimiter
      }
      int split = piece.indexOf("\r\n\r\n");
      String headers = piece.substring(2, split);
      String content = piece.substring(split + 4, piece.length() - 2); // drop the CRLF before the next delimiter
      parts.add(new Part(headers, content.getBytes(StandardCharsets.ISO_8859_1)));
    }
    return parts;
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }

  @Test
  void uploadSendsJsonMetadataThenTheFileAsMultipartRelated() throws IOException {
    wm.stubFor(post(urlPathEqualTo(UPLOAD_PATH)).willReturn(okJson(fixture("upload"))));
    byte[] content = randomBytes(300_000);
    Path file = Files.write(dir.resolve("junit-report.pdf"), content);

    UploadAttachmentResponse r = client.media().upload("spaces/AAA", FileSource.of(file, "application/pdf"));

    LoggedRequest sent = onlyRequest();
    assertThat(sent.getMethod().getName()).isEqualTo("POST");
    assertThat(sent.getUrl()).isEqualTo(UPLOAD_PATH + "?uploadType=multipart");
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(sent.getHeader("Content-Type")).startsWith("multipart/related; boundary=");
    List<Part> parts = parts(sent);
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).headers).containsIgnoringCase("Content-Type: application/json");
    assertThat(json(new String(parts.get(0).body, StandardCharsets.UTF_8)))
        .isEqualTo(json("{\"filename\":\"junit-report.pdf\"}"));
    assertThat(parts.get(1).headers).containsIgnoringCase("Content-Type: application/pdf");
    assertThat(parts.get(1).body).isEqualTo(content);
    assertThat(r.getAttachmentDataRef().getResourceName()).isEqualTo("spaces/AAQAtjsc9v4/attachments/AATUf-upload");
    assertThat(r.getAttachmentDataRef().getAttachmentUploadToken()).isEqualTo("upload-token-5f1e");
  }

  @Test
  void uploadFromAStreamOfUnknownLength() {
    wm.stubFor(post(urlPathEqualTo(UPLOAD_PATH)).willReturn(okJson(fixture("upload"))));
    byte[] content = "col1,col2\n1,2\n".getBytes(StandardCharsets.UTF_8);
    client.media().uploadAsync("spaces/AAA",
        FileSource.of(new ByteArrayInputStream(content), -1, "data.csv", "text/csv")).join();
    List<Part> parts = parts(onlyRequest());
    assertThat(json(new String(parts.get(0).body, StandardCharsets.UTF_8)).get("filename").asText()).isEqualTo("data.csv");
    assertThat(parts.get(1).body).isEqualTo(content);
  }

  @Test
  void filesOverTheServiceLimitAreRejectedWithoutReadingThem() {
    AtomicBoolean read = new AtomicBoolean();
    InputStream huge = new InputStream() {
      @Override
      public int read() {
        read.set(true);
        return 0;
      }
    };
    assertThatThrownBy(() -> client.media().upload("spaces/AAA",
        FileSource.of(huge, MediaApi.MAX_UPLOAD_BYTES + 1, "backup.tar", "application/x-tar")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200 MB");
    assertThat(read).isFalse();
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    assertThat(MediaApi.MAX_UPLOAD_BYTES).isEqualTo(209_715_200L);
  }

  @Test
  void downloadCopiesTheBodyIntoAnOutputStream() {
    byte[] content = randomBytes(100_000);
    wm.stubFor(get(urlPathEqualTo("/v1/media/" + MEDIA)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/pdf").withBody(content)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = client.media().download(MEDIA, out);
    assertThat(n).isEqualTo(content.length);
    assertThat(out.toByteArray()).isEqualTo(content);
    LoggedRequest sent = onlyRequest();
    assertThat(sent.getUrl()).isEqualTo("/v1/media/spaces/AAA/attachments/AATUf-J4Wq8-data?alt=media");
    assertThat(sent.getHeader("Accept")).isEqualTo("*/*");
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void downloadStreamsIntoAFileAsTheBytesArrive() throws IOException {
    byte[] content = randomBytes(4 * 1024 * 1024);
    wm.stubFor(get(urlPathEqualTo("/v1/media/" + MEDIA)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody(content)
        .withChunkedDribbleDelay(8, 800)));
    Path target = dir.resolve("report.bin");
    Files.writeString(target, "an older version");

    long n = client.media().download(MEDIA, target);

    assertThat(n).isEqualTo(content.length);
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()).collect(Collectors.toList())).containsExactly("report.bin");
    }
  }

  @Test
  void theFirstBytesAreWrittenBeforeTheLastOnesArrive() {
    byte[] content = randomBytes(256 * 1024);
    wm.stubFor(get(urlPathEqualTo("/v1/media/" + MEDIA)).willReturn(aResponse().withStatus(200)
        .withBody(content).withChunkedDribbleDelay(4, 1200)));
    List<Long> writes = new ArrayList<>();
    OutputStream timed = new OutputStream() {
      @Override
      public void write(int b) {
        writes.add(System.nanoTime());
      }

      @Override
      public void write(byte[] b, int off, int len) {
        writes.add(System.nanoTime());
      }
    };
    long n = client.media().download(MEDIA, timed);
    assertThat(n).isEqualTo(content.length);
    long spreadMillis = (writes.get(writes.size() - 1) - writes.get(0)) / 1_000_000;
    assertThat(spreadMillis).as("time between first and last write").isGreaterThan(500);
  }

  @Test
  void aFailedDownloadLeavesTheTargetAlone() throws IOException {
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody(fixture("error-not-found"))));
    Path target = dir.resolve("keep.txt");
    Files.writeString(target, "unchanged");
    assertThatThrownBy(() -> client.media().download(MEDIA, target)).isInstanceOf(NotFoundException.class);
    assertThat(Files.readString(target)).isEqualTo("unchanged");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.count()).isEqualTo(1);
    }
  }

  @Test
  void downloadToAMissingDirectoryFailsBeforeAnyIo() {
    assertThatThrownBy(() -> client.media().download(MEDIA, dir.resolve("no/such/dir/file.bin")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
