package dev.chatsdk.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Regenerates the model packages in place.
 *
 * <pre>mvn -q -pl src/codegen -am compile -Pregenerate</pre>
 *
 * Options: {@code --root DIR} (repository root, default the working folder), {@code --specs DIR}
 * (default {@code ROOT/../shared/specs}), {@code --out DIR} (where the packages are written, default ROOT).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Path root = Paths.get(".");
    Path specs = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--root":
          root = Paths.get(require(value, args[i]));
          i++;
          break;
        case "--specs":
          specs = Paths.get(require(value, args[i]));
          i++;
          break;
        case "--out":
          out = Paths.get(require(value, args[i]));
          i++;
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i] + " (use --root, --specs, --out)");
      }
    }
    specs = specs != null ? specs : Codegen.specsDir(root);
    out = out != null ? out : root;
    if (!Files.isDirectory(specs)) {
      throw new IllegalStateException("no specs folder at " + specs.toAbsolutePath());
    }
    Map<String, Map<String, String>> generated = Codegen.generate(specs);
    Codegen.writeAll(generated, out);
    Codegen.docs(specs).writeAll(out);
    for (Map.Entry<String, Map<String, String>> e : generated.entrySet()) {
      System.out.println(e.getValue().size() + " files -> " + out.resolve(e.getKey()).normalize());
    }
  }

  private static String require(String value, String option) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
