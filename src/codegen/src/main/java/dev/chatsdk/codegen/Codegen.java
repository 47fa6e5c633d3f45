package dev.chatsdk.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What is generated from which description, and where it goes. */
public final class Codegen {
  /** The 24 Stream message operations (issue 3), as {@code METHOD /path}. */
  static final List<String> STREAM_OPERATIONS = List.of(
      "DELETE /channels/{type}/{id}/file",
      "DELETE /channels/{type}/{id}/image",
      "DELETE /messages/{id}",
      "DELETE /messages/{id}/reaction/{type}",
      "POST /moderation/flag",
      "GET /channels/{type}/{id}/messages",
      "GET /messages/{id}",
      "GET /og",
      "GET /messages/{id}/reactions",
      "GET /messages/{parent_id}/replies",
      "POST /channels/read",
      "POST /channels/{type}/{id}/read",
      "POST /channels/{type}/{id}/unread",
      "GET /moderation/flags/message",
      "POST /messages/{id}/action",
      "GET /search",
      "POST /channels/{type}/{id}/message",
      "POST /messages/{id}/reaction",
      "POST /messages/{id}/translate",
      "POST /moderation/unflag",
      "POST /messages/{id}",
      "PUT /messages/{id}",
      "POST /channels/{type}/{id}/file",
      "POST /channels/{type}/{id}/image");

  /** The Google Chat methods of issue 4, as discovery method paths. */
  static final List<String> GOOGLE_METHODS = List.of(
      "spaces.completeImport", "spaces.create", "spaces.findDirectMessage", "spaces.list", "spaces.get",
      "spaces.patch", "spaces.delete", "spaces.setup",
      "spaces.members.create", "spaces.members.list", "spaces.members.get", "spaces.members.delete",
      "spaces.messages.create", "spaces.messages.list", "spaces.messages.get", "spaces.messages.patch",
      "spaces.messages.update", "spaces.messages.delete",
      "spaces.messages.attachments.get",
      "spaces.messages.reactions.create", "spaces.messages.reactions.list", "spaces.messages.reactions.delete",
      "media.upload", "media.download");

  /** Google Chat app interaction events (issue 10): the event a Chat app's endpoint receives. */
  static final List<String> GOOGLE_EVENT_ROOTS = List.of("DeprecatedEvent");

  /** What every Stream webhook event class implements (hand-written, in the stream module). */
  static final String STREAM_EVENT_INTERFACE = "dev.chatsdk.stream.StreamEvent";

  static final String STREAM_SPEC = "stream-chat-openapi.yaml";
  static final String GOOGLE_SPEC = "google-chat-v1-discovery.json";
  static final String STREAM_DIR = "src/stream/src/main/java/dev/chatsdk/stream/model";
  static final String GOOGLE_DIR = "src/googlechat/src/main/java/dev/chatsdk/googlechat/model";

  private Codegen() {}

  /** The specs folder for a repository root: {@code <root>/../shared/specs}. */
  public static Path specsDir(Path root) {
    return root.toAbsolutePath().normalize().resolveSibling("shared").resolve("specs");
  }

  static ModelSet streamModels(Path specs) throws IOException {
    OpenApiReader reader = OpenApiReader.load(specs.resolve(STREAM_SPEC));
    List<String> events = reader.eventSchemas();
    return reader.select("Stream Chat", "dev.chatsdk.stream.model", STREAM_OPERATIONS, events)
        .implementing(events, STREAM_EVENT_INTERFACE);
  }

  static ModelSet googleModels(Path specs) throws IOException {
    return DiscoveryReader.load(specs.resolve(GOOGLE_SPEC))
        .select("Google Chat", "dev.chatsdk.googlechat.model", GOOGLE_METHODS, GOOGLE_EVENT_ROOTS);
  }

  /**
   * Generates every model package: relative output path (below a repository root) to its files.
   */
  public static Map<String, Map<String, String>> generate(Path specs) throws IOException {
    Map<String, Map<String, String>> out = new TreeMap<>();
    out.put(STREAM_DIR, new JavaWriter(streamModels(specs)).write());
    out.put(GOOGLE_DIR, new JavaWriter(googleModels(specs)).write());
    return out;
  }

  /**
   * Writes the generated packages below {@code outRoot}, replacing every {@code .java} file already
   * in those folders (the folders belong to the generator).
   */
  public static void writeAll(Map<String, Map<String, String>> generated, Path outRoot) throws IOException {
    for (Map.Entry<String, Map<String, String>> pkg : generated.entrySet()) {
      Path dir = outRoot.resolve(pkg.getKey());
      Files.createDirectories(dir);
      for (Path stale : javaFiles(dir)) {
        if (!pkg.getValue().containsKey(stale.getFileName().toString())) {
          Files.delete(stale);
        }
      }
      for (Map.Entry<String, String> f : pkg.getValue().entrySet()) {
        Files.write(dir.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** The {@code .java} files directly in a folder, sorted; empty when it does not exist. */
  public static List<Path> javaFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }
}
