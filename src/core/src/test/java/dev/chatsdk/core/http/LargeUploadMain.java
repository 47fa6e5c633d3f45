package dev.chatsdk.core.http;

import com.sun.net.httpserver.HttpServer;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.RequestOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run by {@link LargeUploadTest} in a JVM started with {@code -Xmx64m}: uploads a sparse 256 MiB
 * file as multipart/form-data through {@link HttpPipeline} to a JDK {@link HttpServer} that counts
 * and discards the bytes (WireMock would buffer the whole body). Exit codes: 0 success, 1 the server
 * saw too few bytes or a bad status, 2 an exception, 3 the heap was not limited (test would prove nothing).
 */
public final class LargeUploadMain {
  static final long SIZE = 256L << 20;

  private LargeUploadMain() {}

  public static void main(String[] args) throws Exception {
    long maxHeap = Runtime.getRuntime().maxMemory();
    if (maxHeap > (96L << 20)) {
      System.out.println("heap not limited: maxMemory=" + maxHeap);
      System.exit(3);
    }
    Path dir = Files.createTempDirectory("chatsdk-upload");
    Path file = dir.resolve("big.bin");
    AtomicLong received = new AtomicLong();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int exit;
    try {
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(SIZE); // sparse: no disk blocks, reads as zeros
      }
      server.createContext("/", exchange -> {
        byte[] buffer = new byte[64 * 1024];
        long n = 0;
        try (InputStream in = exchange.getRequestBody()) {
          for (int r; (r = in.read(buffer)) != -1; ) {
            n += r;
          }
        }
        received.set(n);
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.setExecutor(executor);
      server.start();

      HttpPipeline pipeline = HttpPipeline.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
          .backendName("upload-test")
          .writeTimeout(Duration.ofSeconds(60))
          .readTimeout(Duration.ofSeconds(60))
          .maxRetries(0)
          .build();
      ApiRequest request = ApiRequest.builder("uploadFile", "POST", "/upload")
          .multipartBody(MultipartContent.form()
              .field("name", "big.bin")
              .file("file", FileSource.of(file, "application/octet-stream")))
          .build();
      ApiResponse<Void> response = pipeline.execute(request, ResponseHandler.discard(), RequestOptions.none());

      System.out.println("status=" + response.statusCode() + " received=" + received.get() + " maxMemory=" + maxHeap);
      exit = response.statusCode() == 200 && received.get() >= SIZE ? 0 : 1;
    } catch (Exception | OutOfMemoryError e) {
      e.printStackTrace(System.out);
      exit = 2;
    } finally {
      server.stop(0);
      executor.shutdownNow();
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
    System.out.flush();
    System.exit(exit);
  }
}
