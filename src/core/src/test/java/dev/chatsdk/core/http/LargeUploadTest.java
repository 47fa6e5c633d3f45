package dev.chatsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 256 MiB multipart upload from a file succeeds in a JVM limited to a 64 MiB heap, so the body
 * is streamed, never buffered whole. Runs {@link LargeUploadMain} in a forked JVM on this test's
 * own class path.
 */
class LargeUploadTest {

  @Test
  void uploadsAFileFourTimesLargerThanTheHeap(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("fork.log");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        LargeUploadMain.class.getName())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();

    boolean finished = process.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String log = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);

    assertThat(finished).as("forked upload finished within 120 s; output:%n%s", log).isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", log).isZero();
    assertThat(log).contains("status=200 received=");
  }
}
