package dev.chatsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatsdk.testing.ChatEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The emulator knows every operation the SDK's API classes offer: its coverage report (stateful,
 * fixed answer or stub needed) names each of them, so nothing the SDK can call falls through to a
 * silent 404. The SDK's operations are read from the generated tables of docs/operations.md, which
 * {@link OperationsDocTest} and the generator's drift test keep equal to the API classes.
 */
class EmulatorCoverageTest {
  private static List<String> operationIds(String prefix, boolean google) throws IOException {
    String root = System.getProperty("chatsdk.root", "..");
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(Paths.get(root).resolve("docs/operations.md"), StandardCharsets.UTF_8)) {
      if (line.matches("^\\| `[A-Za-z_0-9.]+` \\| `(GET|POST|PUT|PATCH|DELETE) /.*") && line.startsWith("| `chat.") == google) {
        ids.add(line.substring(3 + prefix.length(), line.indexOf('`', 3)));
      }
    }
    return ids;
  }

  @Test
  void everySdkOperationHasAnEmulatorCoverageEntry() throws IOException {
    List<String> stream = operationIds("", false);
    List<String> google = operationIds("chat.", true);
    assertThat(stream).hasSize(108);
    assertThat(google).hasSize(54);
    try (ChatEmulator emulator = ChatEmulator.start()) {
      Set<String> missing = new TreeSet<>();
      stream.stream().filter(id -> !emulator.stream().coverage().containsKey(id)).forEach(id -> missing.add("stream " + id));
      google.stream().filter(id -> !emulator.googleChat().coverage().containsKey(id)).forEach(id -> missing.add("google " + id));
      assertThat(missing).as("SDK operations the emulator does not know").isEmpty();
    }
  }
}
