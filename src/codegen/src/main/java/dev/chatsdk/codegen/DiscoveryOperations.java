package dev.chatsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the methods of a Google discovery document into {@link OperationDef}s and applies the
 * overlay. Rules that hold for every Google method live here (resource-name patterns, page tokens,
 * {@code requestId}, update masks, derived names); what differs per method comes from the overlay.
 */
final class DiscoveryOperations {
  private static final String SCOPE_PREFIX = "https://www.googleapis.com/auth/";

  private final JsonNode root;
  private final Overlay overlay;
  private final String idPrefix;
  /** Constants for API classes that come from the document (upload size limit). */
  final Map<String, List<String>> constants = new TreeMap<>();

  DiscoveryOperations(JsonNode root, Overlay overlay) {
    this.root = root;
    this.overlay = overlay;
    this.idPrefix = overlay.text("idPrefix");
  }

  /** Every method of the document, sorted by id. */
  List<OperationDef> read() {
    Map<String, JsonNode> methods = new TreeMap<>();
    collect(root.path("resources"), methods);
    List<OperationDef> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : methods.entrySet()) {
      ops.add(operation(e.getKey(), e.getValue()));
    }
    overlay.checkAllUsed();
    return ops;
  }

  private void collect(JsonNode resources, Map<String, JsonNode> out) {
    for (Iterator<JsonNode> it = resources.elements(); it.hasNext(); ) {
      JsonNode resource = it.next();
      for (Iterator<JsonNode> ms = resource.path("methods").elements(); ms.hasNext(); ) {
        JsonNode m = ms.next();
        String id = m.path("id").asText();
        if (!id.startsWith(idPrefix)) {
          throw new IllegalStateException("method id " + id + " does not start with " + idPrefix);
        }
        out.put(id.substring(idPrefix.length()), m);
      }
      collect(resource.path("resources"), out);
    }
  }

  private OperationDef operation(String id, JsonNode m) {
    JsonNode o = overlay.method(id);
    String[] parts = id.split("\\.");
    JsonNode cls = overlay.node("classes").path(parts[0]);
    if (!cls.isObject()) {
      throw new IllegalStateException("overlay has no class for resource " + parts[0]);
    }
    OperationDef op = new OperationDef();
    op.id = id;
    op.operationName = id;
    op.apiClass = cls.path("name").asText();
    StringBuilder derived = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      derived.append(i == 1 ? parts[i] : Names.upperCamel(parts[i]));
    }
    op.javaName = o.path("name").asText(derived.toString());
    op.paramsClass = o.path("paramsClass").asText(cls.path("paramsPrefix").asText("") + Names.upperCamel(op.javaName) + "Params");
    op.httpMethod = m.path("httpMethod").asText();
    op.deprecated = m.path("deprecated").asBoolean(false);
    op.media = o.path("media").isMissingNode() ? null : o.path("media").asText();
    String path = "upload".equals(op.media)
        ? m.at("/mediaUpload/protocols/simple/path").asText()
        : "/" + m.path("path").asText();
    op.path = path.replace("{+", "{");
    for (JsonNode s : m.path("scopes")) {
      op.scopes.add(s.asText().replace(SCOPE_PREFIX, ""));
    }
    op.summary = o.path("summary").asText(null);
    if (op.summary == null) {
      op.summary = Summaries.google(parts);
    }

    List<String> required = Overlay.strings(o.path("required"));
    Map<String, String> queryPatterns = Overlay.stringMap(o.path("queryPatterns"));
    Map<String, String> queryTypes = Overlay.stringMap(o.path("queryTypes"));
    List<ParamDef> requiredQuery = new ArrayList<>();
    for (String name : ordered(m)) {
      JsonNode p = m.path("parameters").path(name);
      ParamDef param = param(name, p, queryTypes.get(name));
      if (param.path) {
        param.required = true;
        op.positional.add(param);
      } else if (name.equals(overlay.text("idempotencyParam"))) {
        op.idempotencyParam = name;
        op.optional.add(param);
      } else if (required.contains(name)) {
        param.required = true;
        requiredQuery.add(param);
      } else {
        op.optional.add(param);
      }
      JsonNode check = o.path("params").path(name);
      if (!check.isMissingNode()) {
        param.valuePattern = check.path("pattern").asText();
        param.valueShape = check.path("shape").asText();
      }
      if (queryPatterns.containsKey(name)) {
        param.pattern = queryPatterns.get(name);
        param.example = example(param.pattern);
      }
    }
    for (String r : required) {
      if (m.path("parameters").path(r).isMissingNode()) {
        throw new IllegalStateException(id + ": overlay requires unknown parameter " + r);
      }
    }
    op.positional.addAll(requiredQuery);
    if (op.optional.isEmpty()) {
      op.paramsClass = null;
    }

    String request = m.path("request").path("$ref").asText(null);
    if ("upload".equals(op.media)) {
      op.mediaSchema = request;
      constants.put(op.apiClass, List.of(
          "  /** The largest file the service accepts for upload, from the API description: " + m.at("/mediaUpload/maxSize").asText() + ". */",
          "  public static final long MAX_UPLOAD_BYTES = " + bytes(m.at("/mediaUpload/maxSize").asText()) + ";"));
    } else if (request != null) {
      if (root.path("schemas").path(request).path("properties").size() == 0) {
        op.bodyOptional = true; // an empty object: the SDK sends {} and asks for nothing
      }
      op.bodySchema = request;
      op.bodyArg = o.path("bodyArg").asText(request.endsWith("Request") ? "request" : Names.camel(request));
    }
    String response = m.path("response").path("$ref").asText(null);
    op.responseSchema = "Empty".equals(response) ? null : response;
    op.bodyCheck = o.path("bodyCheck").asText(null);
    op.bodyIdempotency = o.path("bodyIdempotency").asText(null);
    op.retrySafe = o.path("retrySafe").asBoolean(
        Overlay.strings(overlay.node("retrySafeHttpMethods")).contains(op.httpMethod));
    JsonNode mask = o.path("updateMask");
    if (!mask.isMissingNode()) {
      if (m.path("parameters").path("updateMask").isMissingNode()) {
        throw new IllegalStateException(id + ": overlay gives an updateMask but the method takes none");
      }
      for (String field : Overlay.strings(mask)) {
        op.updateMask.addAll(expandMask(request, field));
      }
    } else if (!m.path("parameters").path("updateMask").isMissingNode()) {
      throw new IllegalStateException(id + ": takes an updateMask; the overlay must list the updatable fields");
    }
    pager(op, m, response);
    return op;
  }

  /** Path parameters in template order, then query parameters in the document's (sorted) order. */
  private static List<String> ordered(JsonNode m) {
    List<String> names = new ArrayList<>();
    for (String po : Overlay.strings(m.path("parameterOrder"))) {
      names.add(po);
    }
    for (Iterator<String> it = m.path("parameters").fieldNames(); it.hasNext(); ) {
      String n = it.next();
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    return names;
  }

  private ParamDef param(String name, JsonNode p, String javaType) {
    ParamDef d = new ParamDef();
    d.wireName = name;
    String last = name.substring(name.lastIndexOf('.') + 1);
    d.javaName = Names.identifier(Names.camel(last));
    d.path = "path".equals(p.path("location").asText());
    d.deprecated = p.path("deprecated").asBoolean(false);
    d.javaType = javaType;
    TypeRef t = new SchemaTypes(r -> r, true).typeOf(p, name);
    if (t.kind == TypeRef.Kind.ENUM && javaType == null) {
      d.enumClass = Names.upperCamel(last);
    }
    d.type = p.path("repeated").asBoolean(false) ? TypeRef.list(t) : t;
    if ("google-fieldmask".equals(p.path("format").asText())) {
      d.encoding = "fieldmask";
    }
    if (d.path) {
      d.pattern = p.path("pattern").asText(null);
      d.example = example(d.pattern);
    }
    JsonNode range = overlay.node("integerRanges").path(name);
    if (range.isArray()) {
      d.min = range.get(0).asInt();
      d.max = range.get(1).asInt();
    }
    return d;
  }

  /**
   * A readable form of a resource-name pattern: {@code ^spaces/[^/]+/members/[^/]+$} becomes
   * {@code spaces/{space}/members/{member}}.
   */
  static String example(String pattern) {
    if (pattern == null) {
      return null;
    }
    String p = pattern.replaceAll("^\\^", "").replaceAll("\\$$", "");
    if (p.equals(".*") || p.equals(".+")) {
      return "an opaque resource name";
    }
    String[] segs = p.replace("[^/]+", "\u0000").split("/");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segs.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      if (segs[i].equals("\u0000")) {
        String collection = i > 0 ? segs[i - 1] : "id";
        String single = Names.singular(collection);
        if (single.equals(collection) && collection.endsWith("s")) {
          single = collection.substring(0, collection.length() - 1); // customEmojis: the rule keeps "-is" words
        }
        out.append('{').append(Names.camel(single)).append('}');
      } else {
        out.append(segs[i]);
      }
    }
    return out.toString();
  }

  /**
   * Expands one overlay mask entry: {@code permission_settings.*} becomes one path per child field
   * of that object that is not output-only, written as the API description writes them (the parent
   * in snake_case, the child by its JSON name: {@code permission_settings.manageApps}); other entries
   * are taken as written.
   */
  private List<String> expandMask(String schema, String field) {
    if (!field.endsWith(".*")) {
      return List.of(field);
    }
    String parent = field.substring(0, field.length() - 2);
    JsonNode s = root.path("schemas").path(schema);
    for (String seg : parent.split("\\.")) {
      String ref = s.path("properties").path(Names.camel(seg)).path("$ref").asText(null);
      if (ref == null) {
        throw new IllegalStateException(schema + ": mask path " + field + " does not name an object field");
      }
      s = root.path("schemas").path(ref);
    }
    List<String> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().path("readOnly").asBoolean(false)) {
        // The document names nested settings by their JSON name (permission_settings.manageApps).
        out.add(parent + "." + e.getKey());
      }
    }
    return out;
  }

  /** The document's size limit ({@code 209715200}, or {@code 200MB} in older revisions) as a Java long. */
  private static String bytes(String size) {
    java.util.regex.Matcher mm = java.util.regex.Pattern.compile("(\\d+)(KB|MB|GB)?").matcher(size);
    if (!mm.matches()) {
      throw new IllegalStateException("unreadable upload size " + size);
    }
    long n = Long.parseLong(mm.group(1));
    long factor = mm.group(2) == null ? 1 : mm.group(2).equals("KB") ? 1L << 10 : mm.group(2).equals("MB") ? 1L << 20 : 1L << 30;
    long total = n * factor;
    return total % (1L << 20) == 0 ? (total >> 20) + "L * 1024 * 1024" : total + "L";
  }

  static String snake(String camel) {
    return String.join("_", Names.words(camel)).toLowerCase(Locale.ROOT);
  }

  /** A list method pages by token when it takes {@code pageToken} and answers {@code nextPageToken}. */
  private void pager(OperationDef op, JsonNode m, String response) {
    // The page token is a query parameter, or (a search taking a body) a field of the request body.
    boolean inQuery = !m.path("parameters").path("pageToken").isMissingNode();
    boolean inBody = op.bodySchema != null && !op.bodyOptional
        && root.path("schemas").path(op.bodySchema).path("properties").has("pageToken");
    if (!inQuery && !inBody || response == null) {
      return;
    }
    JsonNode props = root.path("schemas").path(response).path("properties");
    String itemsField = null;
    String itemType = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String ref = e.getValue().path("items").path("$ref").asText(null);
      boolean deprecated = e.getValue().path("deprecated").asBoolean(false); // replaced by another list
      if ("array".equals(e.getValue().path("type").asText()) && ref != null && !deprecated) {
        if (itemsField != null) {
          throw new IllegalStateException(op.id + ": more than one list in " + response + "; name the items in the overlay");
        }
        itemsField = e.getKey();
        itemType = ref;
      }
    }
    if (itemsField == null || !props.has("nextPageToken")) {
      throw new IllegalStateException(op.id + ": takes pageToken but " + response + " has no item list and nextPageToken");
    }
    OperationDef.PagerDef pager = new OperationDef.PagerDef();
    pager.kind = inQuery ? "token" : "next";
    pager.holder = op.bodyArg;
    pager.holderCursorField = "pageToken";
    pager.itemsField = itemsField;
    pager.itemType = itemType;
    pager.cursorField = "nextPageToken";
    op.pager = pager;
  }
}
