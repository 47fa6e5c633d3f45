package dev.chatsdk.core.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.GzipSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Response bodies with {@code Content-Encoding: gzip}, decoded by the pipeline rather than by
 * OkHttp. OkHttp decodes transparently only when it added {@code Accept-Encoding} itself, and then a
 * body that merely claims to be gzip fails while being read with an {@code IOException} that looks
 * like a broken connection: the status is lost and the call is retried as a transport failure. The
 * pipeline therefore asks for gzip itself and decodes here, where a bad encoding can be told apart
 * from a failing network: an error body keeps its raw bytes, a success body becomes a decode failure.
 */
final class ContentDecoding {
  private ContentDecoding() {}

  static boolean isGzip(Response response) {
    String encoding = response.header("Content-Encoding");
    return encoding != null && encoding.trim().equalsIgnoreCase("gzip");
  }

  /**
   * The error body as text, at most {@code max} bytes: decoded when it is valid gzip, otherwise
   * the bytes as they came. Only a failing network throws.
   */
  static String errorText(Response response, long max) throws IOException {
    if (!isGzip(response)) {
      return response.peekBody(max).string();
    }
    byte[] raw = response.peekBody(max).bytes();
    ByteArrayOutputStream decoded = new ByteArrayOutputStream();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) > 0 && decoded.size() < max; ) {
        decoded.write(chunk, 0, (int) Math.min(n, max - decoded.size()));
      }
    } catch (IOException notGzip) {
      if (decoded.size() == 0) {
        return new String(raw, StandardCharsets.UTF_8); // not gzip at all: the server's bytes as sent
      }
    }
    return new String(decoded.toByteArray(), StandardCharsets.UTF_8);
  }

  /** The body a {@link ResponseHandler} reads: decoded on the fly when the response is gzip. */
  static ResponseBody successBody(Response response) {
    ResponseBody body = response.body();
    return isGzip(response) && body.contentLength() != 0 ? new GunzippedBody(body) : body;
  }

  /**
   * Whether {@code e}, thrown while a handler read {@code body}, came from decoding rather than from
   * the network: only then is it the response's fault rather than the connection's.
   */
  static boolean isDecodingFailure(ResponseBody body, IOException e) {
    return body instanceof GunzippedBody && !((GunzippedBody) body).network.failed;
  }

  private static final class GunzippedBody extends ResponseBody {
    final TrackingSource network;
    private final @Nullable MediaType contentType;
    private final BufferedSource decoded;

    GunzippedBody(ResponseBody raw) {
      this.contentType = raw.contentType();
      this.network = new TrackingSource(raw.source());
      this.decoded = Okio.buffer(new GzipSource(network));
    }

    @Override
    public @Nullable MediaType contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      return -1; // unknown until decoded
    }

    @Override
    public BufferedSource source() {
      return decoded;
    }
  }

  /** Remembers whether reading from the network itself failed. */
  private static final class TrackingSource extends ForwardingSource {
    volatile boolean failed;

    TrackingSource(okio.Source delegate) {
      super(delegate);
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      try {
        return super.read(sink, byteCount);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }
  }
}
