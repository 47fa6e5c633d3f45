package dev.chatsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatsdk.googlechat.CustomEmojisApi;
import dev.chatsdk.googlechat.MediaApi;
import dev.chatsdk.googlechat.UsersApi;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.stream.CampaignsApi;
import dev.chatsdk.stream.ChannelsApi;
import dev.chatsdk.stream.CustomCommandsApi;
import dev.chatsdk.stream.DevicesApi;
import dev.chatsdk.stream.EventsApi;
import dev.chatsdk.stream.ImportsApi;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.ModerationApi;
import dev.chatsdk.stream.PermissionsApi;
import dev.chatsdk.stream.PushApi;
import dev.chatsdk.stream.SettingsApi;
import dev.chatsdk.stream.TasksApi;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/operations.md names every public operation of the API classes (so a new method cannot go undocumented). */
class OperationsDocTest {
  private static final List<Class<?>> API_CLASSES = List.of(
      MessagesApi.class, ChannelsApi.class, dev.chatsdk.stream.UsersApi.class, ModerationApi.class, SettingsApi.class,
      CampaignsApi.class, CustomCommandsApi.class, PermissionsApi.class, ImportsApi.class, DevicesApi.class,
      PushApi.class, EventsApi.class, TasksApi.class,
      SpacesApi.class, MediaApi.class, CustomEmojisApi.class, UsersApi.class);

  private static String operationsDoc() throws IOException {
    String root = System.getProperty("chatsdk.root", "..");
    return new String(Files.readAllBytes(Paths.get(root).resolve("docs/operations.md")), StandardCharsets.UTF_8);
  }

  private static Set<String> operations(Class<?> api) {
    Set<String> names = new TreeSet<>();
    for (Method m : api.getDeclaredMethods()) {
      String n = m.getName();
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !n.equals("toString")
          && !n.endsWith("WithHttpInfo") && !n.endsWith("Async")) {
        names.add(n);
      }
    }
    return names;
  }

  @Test
  void everyOperationIsInTheTable() throws IOException {
    String doc = operationsDoc();
    List<String> missing = new ArrayList<>();
    for (Class<?> api : API_CLASSES) {
      for (String op : operations(api)) {
        if (!doc.contains("`" + op + "(") && !doc.contains(" `" + op + "`") && !doc.contains("*pager* `" + op + "`")) {
          missing.add(api.getSimpleName() + "." + op);
        }
      }
    }
    assertThat(operations(MessagesApi.class)).hasSizeGreaterThanOrEqualTo(24);
    assertThat(missing).as("operations missing from docs/operations.md").isEmpty();
  }

  @Test
  void theTablesHaveEveryOperationOnce() throws IOException {
    List<String> stream = new ArrayList<>();
    List<String> google = new ArrayList<>();
    operationsDoc().lines().filter(l -> l.matches("^\\| `[A-Za-z_0-9.]+` \\| `(GET|POST|PUT|PATCH|DELETE) /.*"))
        .forEach(l -> (l.startsWith("| `chat.") ? google : stream).add(l.substring(3, l.indexOf('`', 3))));
    assertThat(stream).doesNotHaveDuplicates().hasSize(108); // Stream's server-side operations
    assertThat(google).doesNotHaveDuplicates().hasSize(54); // every method of Google's discovery document
  }
}
