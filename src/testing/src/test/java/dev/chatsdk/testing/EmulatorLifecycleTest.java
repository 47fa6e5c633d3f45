package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator never keeps the JVM alive: its server threads are daemons; close() still stops it. */
class EmulatorLifecycleTest {

  private static Set<Thread> dispatcherThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("chatsdk-emulator-") && t.getName().endsWith("-accept")).collect(Collectors.toSet());
  }

  @Test
  void theServerDispatcherThreadsAreDaemonsEvenWhenStartedFromAUserThread() throws Exception {
    assertThat(Thread.currentThread().isDaemon()).as("the test thread itself is not a daemon").isFalse();
    Set<Thread> before = dispatcherThreads();
    ChatEmulator emulator = ChatEmulator.start();
    try {
      Set<Thread> started = new HashSet<>(dispatcherThreads());
      started.removeAll(before);
      assertThat(started).as("one accepting thread per service").hasSize(2);
      assertThat(started).allSatisfy(t -> assertThat(t.isDaemon()).as(t.getName() + " is a daemon").isTrue());

      HttpResponse<String> ok = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(emulator.googleChatBaseUrl() + "/v1/spaces"))
              .header("Authorization", "Bearer " + emulator.googleAccessToken()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ok.statusCode()).isEqualTo(200);

      emulator.close();
      for (Thread t : started) {
        t.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(t.isAlive()).as("close() still stops " + t.getName()).isFalse();
      }
    } finally {
      emulator.close();
    }
  }

  @Test
  void aProgramThatNeverClosesTheEmulatorStillExits(@TempDir Path dir) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("out.txt");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ForgetfulProgram.class.getName())
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    assertThat(exited).as("the JVM exits after main returns; output:%n%s", output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("emulator running at http://127.0.0.1:");
  }

  /** Starts an emulator, uses it, and returns from main without closing it. */
  public static final class ForgetfulProgram {
    public static void main(String[] args) throws Exception {
      ChatEmulator emulator = ChatEmulator.start();
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(emulator.googleChatBaseUrl() + "/v1/spaces"))
              .header("Authorization", "Bearer " + emulator.googleAccessToken()).build(),
          HttpResponse.BodyHandlers.ofString());
      System.out.println("emulator running at " + emulator.googleChatBaseUrl() + " answered " + r.statusCode());
    }
  }
}
