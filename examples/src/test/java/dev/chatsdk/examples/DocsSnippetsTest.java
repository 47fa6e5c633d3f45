package dev.chatsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block in {@code README.md} and {@code docs/*.md} must be a region of a
 * compiled source under {@code examples/src}, marked {@code // snippet:<name>} ... {@code //
 * end-snippet}, identical up to indentation. Leading {@code import} lines of a block must appear
 * in that source file. So a doc example that stops compiling, or drifts from the code, fails here.
 */
class DocsSnippetsTest {
  private static final Pattern START = Pattern.compile("^\\s*// snippet:([A-Za-z0-9._-]+)\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// end-snippet\\s*$");
  private static final Pattern FENCE = Pattern.compile("^(\\s*)```java\\s*$");

  private static Path root() {
    String prop = System.getProperty("chatsdk.root");
    Path p = prop != null ? Paths.get(prop) : Paths.get("..");
    return p.toAbsolutePath().normalize();
  }

  /** A marked region: its file, normalized text and the file's import lines. */
  static final class Region {
    final Path file;
    final String name;
    final String text;
    final List<String> imports;

    Region(Path file, String name, String text, List<String> imports) {
      this.file = file;
      this.name = name;
      this.text = text;
      this.imports = imports;
    }
  }

  static List<Region> regions() throws IOException {
    List<Region> out = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> s = Files.walk(root().resolve("examples/src"))) {
      sources = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path file : sources) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String> imports = lines.stream().map(String::trim).filter(l -> l.startsWith("import ")).collect(Collectors.toList());
      String name = null;
      List<String> body = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher m = START.matcher(line);
        if (m.matches()) {
          assertThat(name).as("%s:%d: snippet %s starts inside snippet %s", file, i + 1, m.group(1), name).isNull();
          name = m.group(1);
          body = new ArrayList<>();
        } else if (END.matcher(line).matches()) {
          assertThat(name).as("%s:%d: end-snippet without a start", file, i + 1).isNotNull();
          out.add(new Region(file, name, normalize(body), imports));
          name = null;
        } else if (name != null) {
          body.add(line);
        }
      }
      assertThat(name).as("%s: snippet %s is not closed", file, name).isNull();
    }
    return out;
  }

  /** Java blocks of one markdown file: first line number -> block lines. */
  static Map<Integer, List<String>> javaBlocks(Path md) throws IOException {
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (FENCE.matcher(lines.get(i)).matches()) {
        int start = i + 1;
        List<String> block = new ArrayList<>();
        for (i = i + 1; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
          block.add(lines.get(i));
        }
        out.put(start + 1, block);
      }
    }
    return out;
  }

  /** Drops blank lines at both ends, trailing spaces and the common indentation. */
  static String normalize(List<String> lines) {
    List<String> l = new ArrayList<>();
    for (String s : lines) {
      l.add(s.replaceAll("\\s+$", ""));
    }
    while (!l.isEmpty() && l.get(0).isEmpty()) {
      l.remove(0);
    }
    while (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    }
    int indent = Integer.MAX_VALUE;
    for (String s : l) {
      if (!s.isEmpty()) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
          n++;
        }
        indent = Math.min(indent, n);
      }
    }
    final int cut = indent == Integer.MAX_VALUE ? 0 : indent;
    return l.stream().map(s -> s.isEmpty() ? s : s.substring(cut)).collect(Collectors.joining("\n"));
  }

  static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(root().resolve("README.md"));
    try (Stream<Path> s = Files.list(root().resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  @Test
  void everyJavaBlockInTheDocsIsACompiledSnippet() throws IOException {
    List<Region> regions = regions();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path md : markdownFiles()) {
      for (Map.Entry<Integer, List<String>> block : javaBlocks(md).entrySet()) {
        checked++;
        List<String> lines = new ArrayList<>(block.getValue());
        List<String> imports = new ArrayList<>();
        while (!lines.isEmpty() && (lines.get(0).trim().startsWith("import ") || lines.get(0).trim().isEmpty())) {
          String first = lines.remove(0).trim();
          if (!first.isEmpty()) {
            imports.add(first);
          }
        }
        String code = normalize(lines);
        Region match = regions.stream().filter(r -> r.text.equals(code)).findFirst().orElse(null);
        String where = root().relativize(md) + ":" + block.getKey();
        if (match == null) {
          problems.add(where + ": no snippet region in examples/src matches this block, starting with: "
              + code.split("\n", 2)[0]);
        } else if (!match.imports.containsAll(imports)) {
          List<String> missing = new ArrayList<>(imports);
          missing.removeAll(match.imports);
          problems.add(where + ": snippet " + match.name + " (" + match.file.getFileName() + ") lacks imports " + missing);
        }
      }
    }
    assertThat(problems).as("doc code blocks that do not come from compiled snippets").isEmpty();
    assertThat(checked).as("java blocks found in the docs").isGreaterThan(10);
  }

  @Test
  void relativeLinksInTheDocsPointToExistingFiles() throws IOException {
    Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    List<String> broken = new ArrayList<>();
    for (Path md : markdownFiles()) {
      String text = new String(Files.readAllBytes(md), StandardCharsets.UTF_8);
      Matcher m = link.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
          continue;
        }
        String file = target.replaceFirst("#.*$", "");
        if (!Files.exists(md.getParent().resolve(file).normalize())) {
          broken.add(root().relativize(md) + " -> " + target);
        }
      }
    }
    assertThat(broken).as("links to files that do not exist").isEmpty();
  }

  @Test
  void snippetNamesAreUnique() throws IOException {
    Map<String, Path> seen = new LinkedHashMap<>();
    for (Region r : regions()) {
      Path before = seen.put(r.name, r.file);
      assertThat(before).as("snippet %s defined twice (%s and %s)", r.name, before, r.file).isNull();
    }
  }

  @Test
  void theCheckerRecognisesADriftedBlock() {
    String region = normalize(List.of("    client.messages().getMessage(\"m1\");", ""));
    assertThat(normalize(List.of("client.messages().getMessage(\"m1\");"))).isEqualTo(region);
    assertThat(normalize(List.of("client.messages().getMessage(\"m2\");"))).isNotEqualTo(region);
  }

  static {
    if (!Files.isDirectory(root().resolve("docs"))) {
      throw new UncheckedIOException(new IOException("docs/ not found under " + root()));
    }
  }
}
