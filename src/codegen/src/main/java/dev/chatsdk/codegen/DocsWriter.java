package dev.chatsdk.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the documentation tables that must list every operation (the operations index, the pager
 * table, the migration map from Google's discovery client, the authentication table) from the same
 * {@link ApiSpec}s as the code, so a doc can never miss a method or carry a stale count. Each table
 * lives between {@code <!-- generated:NAME -->} and {@code <!-- /generated:NAME -->} in a hand-written
 * page; only that region is replaced.
 */
final class DocsWriter {
  private final List<ApiSpec> backends;

  DocsWriter(List<ApiSpec> backends) {
    this.backends = backends;
  }

  /** Page (relative to the repository root) to region name to region text. */
  Map<String, Map<String, String>> regions() {
    Map<String, Map<String, String>> out = new TreeMap<>();
    Map<String, String> operations = new LinkedHashMap<>();
    Map<String, String> pagers = new LinkedHashMap<>();
    for (ApiSpec b : backends) {
      operations.put("operations-" + b.apiPackage.substring(b.apiPackage.lastIndexOf('.') + 1), operations(b));
      pagers.put("pagers-" + b.apiPackage.substring(b.apiPackage.lastIndexOf('.') + 1), pagers(b));
    }
    out.put("docs/operations.md", operations);
    out.put("docs/pagination.md", pagers);
    for (ApiSpec b : backends) {
      if (b.idPrefix.equals("chat.")) {
        out.put("docs/migrating-from-google-api-services-chat.md", Map.of("discovery-client-map", migration(b)));
        Map<String, String> guide = new LinkedHashMap<>();
        guide.put("method-auth", authentication(b));
        guide.put("update-masks", updateMasks(b));
        out.put("docs/googlechat.md", guide);
      }
    }
    return out;
  }

  private static String javaCall(OperationDef op) {
    List<String> args = new ArrayList<>();
    for (ParamDef p : op.positional) {
      args.add(p.javaName);
    }
    if (op.bodySchema != null && !op.bodyOptional) {
      args.add(op.bodySchema);
    }
    if ("upload".equals(op.media)) {
      args.add("FileSource");
    }
    if ("download".equals(op.media)) {
      args.add("OutputStream or Path");
    }
    String call = op.javaName + "(" + String.join(", ", args);
    if (op.hasParams()) {
      call += (args.isEmpty() ? "[" : "[, ") + op.paramsClass + "]";
    }
    return call + ")";
  }

  private String operations(ApiSpec b) {
    StringBuilder s = new StringBuilder();
    Map<String, List<OperationDef>> byClass = byClass(b);
    int total = b.operations.size();
    s.append(b.apiLabel).append(": ").append(total).append(" operations in ").append(byClass.size())
        .append(" API classes, all generated from `").append(b.sourceName).append("` and `")
        .append(b.overlayName).append("`.\n");
    for (Map.Entry<String, List<OperationDef>> e : byClass.entrySet()) {
      s.append("\n### `").append(b.clientClass).append('.').append(b.accessors.get(e.getKey())).append("()` → `")
          .append(b.apiPackage).append('.').append(e.getKey()).append("` (").append(e.getValue().size()).append(")\n\n")
          .append("| operation | HTTP | Java method | retried after a possibly processed failure |\n|---|---|---|---|\n");
      for (OperationDef op : e.getValue()) {
        s.append("| `").append(b.idPrefix).append(op.id).append("` | `").append(op.httpMethod).append(' ')
            .append(op.path).append("` | `").append(javaCall(op)).append('`')
            .append(op.pager != null ? ", *pager* `" + op.javaName + "All`" : "").append(" | ")
            .append(retry(op)).append(" |\n");
      }
    }
    return s.toString();
  }

  private static String retry(OperationDef op) {
    if (op.idempotencyParam != null || op.bodyIdempotency != null) {
      return "yes: `" + (op.idempotencyParam != null ? op.idempotencyParam : op.bodyIdempotency) + "` filled by the SDK";
    }
    if (op.retrySafe || !op.httpMethod.equals("POST")) {
      return "yes";
    }
    return "only with an idempotency key";
  }

  private String pagers(ApiSpec b) {
    StringBuilder s = new StringBuilder("| API class | one page | auto-pager → item | next page from |\n|---|---|---|---|\n");
    for (OperationDef op : b.operations) {
      if (op.pager == null) {
        continue;
      }
      s.append("| `").append(op.apiClass).append("` | `").append(javaCall(op)).append("` | `").append(op.javaName)
          .append("All(…)` → `").append(op.pager.itemType).append("` | ").append(pagerHow(op.pager)).append(" |\n");
    }
    return s.toString();
  }

  private static String pagerHow(OperationDef.PagerDef p) {
    switch (p.kind) {
      case "token":
        return "`" + p.cursorField + "` → `pageToken`";
      case "next":
        return "the `" + p.cursorField + "` cursor of the previous page";
      default:
        return "`" + p.offsetParam + "` advanced by the page size";
    }
  }

  private String migration(ApiSpec b) {
    StringBuilder s = new StringBuilder("| google-api-services-chat | chatsdk |\n|---|---|\n");
    for (OperationDef op : b.operations) {
      String[] parts = op.id.split("\\.");
      StringBuilder theirs = new StringBuilder("chat");
      for (int i = 0; i < parts.length - 1; i++) {
        theirs.append('.').append(parts[i]).append("()");
      }
      theirs.append('.').append(parts[parts.length - 1]).append("(…).execute()");
      s.append("| `").append(theirs).append("` | `").append(b.accessors.get(op.apiClass)).append("().")
          .append(javaCall(op)).append('`').append(op.pager != null ? " or `" + op.javaName + "All(…)`" : "").append(" |\n");
    }
    return s.toString();
  }

  /** Which kinds of credentials each method accepts, read from its OAuth scopes and parameters. */
  private String authentication(ApiSpec b) {
    StringBuilder s = new StringBuilder("| method | Chat app | user | administrator |\n|---|---|---|---|\n");
    for (OperationDef op : b.operations) {
      List<String> app = new ArrayList<>();
      List<String> user = new ArrayList<>();
      List<String> admin = new ArrayList<>();
      for (String scope : op.scopes) {
        String coded = "`" + scope + "`";
        if (scope.equals("chat.bot") || scope.startsWith("chat.app.")) {
          app.add(coded);
        } else if (scope.startsWith("chat.admin.")) {
          admin.add(coded);
        } else {
          user.add(coded);
        }
      }
      if (!admin.isEmpty() && op.optional.stream().anyMatch(p -> p.wireName.equals("useAdminAccess"))) {
        admin.add("with `useAdminAccess(true)`");
      }
      s.append("| `").append(b.accessors.get(op.apiClass)).append("().").append(op.javaName).append("` | ")
          .append(cell(app)).append(" | ").append(cell(user)).append(" | ").append(cell(admin)).append(" |\n");
    }
    return s.toString();
  }

  /** Every method that takes an {@code updateMask}, with the paths the SDK may derive. */
  private String updateMasks(ApiSpec b) {
    StringBuilder s = new StringBuilder("| method | mask paths the SDK derives from the fields you set |\n|---|---|\n");
    for (OperationDef op : b.operations) {
      if (!op.updateMask.isEmpty()) {
        List<String> coded = new ArrayList<>();
        op.updateMask.forEach(m -> coded.add("`" + m + "`"));
        s.append("| `").append(b.accessors.get(op.apiClass)).append("().").append(op.javaName).append("` | ")
            .append(String.join(", ", coded)).append(" |\n");
      }
    }
    return s.toString();
  }

  private static String cell(List<String> values) {
    return values.isEmpty() ? "—" : String.join(", ", values);
  }

  private static Map<String, List<OperationDef>> byClass(ApiSpec spec) {
    Map<String, List<OperationDef>> byClass = new TreeMap<>();
    for (OperationDef op : spec.operations) {
      byClass.computeIfAbsent(op.apiClass, k -> new ArrayList<>()).add(op);
    }
    return byClass;
  }

  /** Replaces each region's text in a page; fails when a page lacks a region's markers. */
  static String apply(String page, Map<String, String> regions, String pageName) {
    String out = page;
    for (Map.Entry<String, String> r : regions.entrySet()) {
      String open = "<!-- generated:" + r.getKey() + " (docs/codegen.md; do not edit by hand) -->\n";
      String close = "<!-- /generated:" + r.getKey() + " -->";
      int start = out.indexOf(open);
      int end = out.indexOf(close);
      if (start < 0 || end < start) {
        throw new IllegalStateException(pageName + " has no region " + r.getKey() + ": add the lines\n" + open + close);
      }
      out = out.substring(0, start + open.length()) + r.getValue() + out.substring(end);
    }
    return out;
  }

  /** Rewrites the regions of every page below {@code root}. */
  void writeAll(Path root) throws IOException {
    for (Map.Entry<String, Map<String, String>> page : regions().entrySet()) {
      Path file = root.resolve(page.getKey());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Files.writeString(file, apply(text, page.getValue(), page.getKey()), StandardCharsets.UTF_8);
    }
  }
}
