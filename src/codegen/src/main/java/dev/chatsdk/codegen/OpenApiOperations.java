package dev.chatsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the operations of an OpenAPI 3 description into {@link OperationDef}s and applies the
 * overlay. Rules that hold for every operation live here: path values are plain segments, a query
 * parameter whose schema is an object reference travels JSON-encoded and an array comma-separated,
 * a JSON body is the {@code request} argument, a {@code multipart/form-data} body is a file upload
 * whose other form fields are params, and an operation lands in the API class of its first tag (the
 * overlay's {@code preferredTags} win over the order). What differs per operation comes from the overlay.
 */
final class OpenApiOperations {
  private static final List<String> HTTP_METHODS = List.of("get", "post", "put", "patch", "delete");

  private final JsonNode root;
  private final Overlay overlay;

  OpenApiOperations(JsonNode root, Overlay overlay) {
    this.root = root;
    this.overlay = overlay;
  }

  /** Every operation of the description that the overlay does not exclude, sorted by id. */
  List<OperationDef> read() {
    Set<String> excluded = new TreeSet<>(Overlay.strings(overlay.node("exclude")));
    Map<String, String> givenIds = Overlay.stringMap(overlay.node("operationIds"));
    Map<String, OperationDef> ops = new TreeMap<>();
    Set<String> seenExcluded = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (String method : HTTP_METHODS) {
        JsonNode op = path.getValue().path(method);
        if (op.isMissingNode()) {
          continue;
        }
        String key = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
        String id = op.path("operationId").asText(givenIds.get(key));
        if (id == null) {
          throw new IllegalStateException(key + " has no operationId; name it in the overlay's operationIds");
        }
        if (excluded.contains(id)) {
          seenExcluded.add(id);
          continue;
        }
        if (ops.put(id, operation(id, method, path.getKey(), path.getValue(), op)) != null) {
          throw new IllegalStateException("operationId " + id + " appears twice");
        }
      }
    }
    excluded.removeAll(seenExcluded);
    if (!excluded.isEmpty()) {
      throw new IllegalStateException("overlay excludes operations the description does not have: " + excluded);
    }
    overlay.checkAllUsed();
    return new ArrayList<>(ops.values());
  }

  private OperationDef operation(String id, String method, String path, JsonNode pathItem, JsonNode m) {
    JsonNode o = overlay.method(id);
    OperationDef op = new OperationDef();
    op.id = id;
    op.javaName = o.path("name").asText(Names.camel(id));
    op.operationName = op.javaName;
    op.apiClass = apiClass(id, m, o);
    op.httpMethod = method.toUpperCase(Locale.ROOT);
    op.path = path;
    op.deprecated = m.path("deprecated").asBoolean(false);
    op.summary = o.path("summary").asText(null);
    if (op.summary == null) {
      op.summary = Summaries.openApi(id);
    }
    op.paramsClass = o.path("paramsClass").asText(Names.upperCamel(op.javaName) + "Params");

    List<String> required = Overlay.strings(o.path("required"));
    Map<String, String> checks = Overlay.stringMap(o.path("check"));
    List<JsonNode> declared = new ArrayList<>();
    pathItem.path("parameters").forEach(declared::add);
    m.path("parameters").forEach(declared::add);
    List<ParamDef> requiredQuery = new ArrayList<>();
    for (JsonNode p : declared) {
      ParamDef param = param(p);
      param.check = checks.remove(param.wireName);
      if (param.path) {
        op.positional.add(param);
      } else if (required.remove(param.wireName) || p.path("required").asBoolean(false)) {
        param.required = true;
        requiredQuery.add(param);
      } else if (param.encoding != null) {
        throw new IllegalStateException(id + ": optional query parameter " + param.wireName + " needs an encoding; make it required");
      } else {
        op.optional.add(param);
      }
    }
    if (!required.isEmpty() || !checks.isEmpty()) {
      throw new IllegalStateException(id + ": overlay names unknown parameters " + required + " " + checks.keySet());
    }
    op.positional.addAll(requiredQuery);

    JsonNode content = m.path("requestBody").path("content");
    if (content.has("application/json")) {
      op.bodySchema = o.path("body").asText(
          OpenApiReader.refName(content.path("application/json").path("schema").path("$ref").asText()));
      op.bodyArg = o.path("bodyArg").asText("request");
    } else if (content.has("multipart/form-data")) {
      op.media = "form";
      String form = OpenApiReader.refName(content.path("multipart/form-data").path("schema").path("$ref").asText());
      op.mediaSchema = form;
      formFields(op, form);
    } else if (content.size() > 0) {
      throw new IllegalStateException(id + ": unsupported request body " + content.fieldNames().next());
    }
    op.bodyCheck = o.path("bodyCheck").asText(null);
    if (op.optional.isEmpty()) {
      op.paramsClass = null;
    }

    JsonNode responses = m.path("responses");
    JsonNode ok = responses.has("201") ? responses.path("201") : responses.path("200");
    String response = o.path("response").asText(null);
    if (response == null) {
      response = OpenApiReader.refName(ok.path("content").path("application/json").path("schema").path("$ref").asText());
    }
    op.responseSchema = response;
    op.retrySafe = o.path("retrySafe").asBoolean(
        Overlay.strings(overlay.node("retrySafeHttpMethods")).contains(op.httpMethod));
    JsonNode pager = o.path("pager");
    if (!pager.isMissingNode()) {
      op.pager = pager(op, pager);
    }
    return op;
  }

  /** The overlay's class, else the class of the first preferred tag the operation has, else of its first tag. */
  private String apiClass(String id, JsonNode m, JsonNode o) {
    String tag = o.path("apiClass").asText(null);
    if (tag == null) {
      List<String> tags = Overlay.strings(m.path("tags"));
      if (tags.isEmpty()) {
        throw new IllegalStateException(id + " has no tag; give it an apiClass in the overlay");
      }
      tag = tags.get(0);
      for (String preferred : Overlay.strings(overlay.node("preferredTags"))) {
        if (tags.contains(preferred)) {
          tag = preferred;
          break;
        }
      }
    }
    JsonNode cls = overlay.node("classes").path(tag);
    if (!cls.isObject()) {
      throw new IllegalStateException("overlay has no class for tag " + tag + " (" + id + ")");
    }
    return cls.path("name").asText();
  }

  private ParamDef param(JsonNode p) {
    ParamDef d = new ParamDef();
    d.wireName = p.path("name").asText();
    d.javaName = Names.identifier(Names.camel(d.wireName));
    d.path = "path".equals(p.path("in").asText());
    d.required = d.path;
    JsonNode schema = p.has("schema") ? p.path("schema") : p.path("content").path("application/json").path("schema");
    d.deprecated = p.path("deprecated").asBoolean(false) || schema.path("deprecated").asBoolean(false);
    d.type = new SchemaTypes(OpenApiReader::refName, false).typeOf(schema, d.wireName);
    if (d.type.kind == TypeRef.Kind.REF) {
      d.javaType = d.type.refName;
      d.encoding = "json";
    } else if (d.type.kind == TypeRef.Kind.LIST) {
      d.encoding = "csv";
    } else if (d.type.kind == TypeRef.Kind.ENUM) {
      d.type = TypeRef.of(TypeRef.Kind.STRING); // a plain value; the service checks it (an open set)
    } else if (d.type.kind == TypeRef.Kind.MAP || d.type.kind == TypeRef.Kind.ANY) {
      throw new IllegalStateException("query parameter " + d.wireName + ": unsupported type " + d.type.kind);
    }
    JsonNode range = overlay.node("integerRanges").path(d.wireName);
    if (range.isArray() && !d.path) {
      d.min = range.get(0).asInt();
      d.max = range.size() > 1 ? range.get(1).asInt() : null; // [min]: no upper bound
    }
    return d;
  }

  /**
   * The form fields of an upload besides the file: optional params. A field referring to an object
   * that holds only an {@code id} (Stream's {@code user}) is set as that id ({@code userId}); other
   * fields are sent JSON-encoded.
   */
  private void formFields(OperationDef op, String schema) {
    JsonNode props = root.path("components").path("schemas").path(schema).path("properties");
    if (!props.has("file")) {
      throw new IllegalStateException(op.id + ": form " + schema + " has no file field");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("file")) {
        continue;
      }
      ParamDef d = new ParamDef();
      d.wireName = e.getKey();
      d.form = true;
      TypeRef t = new SchemaTypes(OpenApiReader::refName, false).typeOf(e.getValue(), schema + "." + e.getKey());
      JsonNode target = t.kind == TypeRef.Kind.REF ? root.path("components").path("schemas").path(t.refName).path("properties") : null;
      if (target != null && target.size() == 1 && target.has("id")) {
        d.javaName = Names.camel(e.getKey() + "_id");
        d.type = TypeRef.of(TypeRef.Kind.STRING);
        d.encoding = "idObject";
      } else {
        d.javaName = Names.identifier(Names.camel(e.getKey()));
        d.type = t;
        d.encoding = "json";
        if (t.leaf().kind == TypeRef.Kind.REF) {
          d.javaType = t.leaf().refName;
        }
      }
      op.optional.add(d);
    }
  }

  /**
   * An overlay pager: {@code kind} {@code offset} or {@code next}, {@code items} (the response's list)
   * and {@code in} (where offset, limit and cursor live: {@code params} or the name of the argument).
   */
  private OperationDef.PagerDef pager(OperationDef op, JsonNode p) {
    OperationDef.PagerDef pager = new OperationDef.PagerDef();
    pager.kind = p.path("kind").asText();
    pager.itemsField = p.path("items").asText();
    pager.holder = p.path("in").asText("params");
    JsonNode item = root.path("components").path("schemas").path(op.responseSchema).path("properties")
        .path(pager.itemsField).path("items").path("$ref");
    if (item.isMissingNode()) {
      throw new IllegalStateException(op.id + ": pager items " + pager.itemsField + " is not a list in " + op.responseSchema);
    }
    pager.itemType = OpenApiReader.refName(item.asText());
    Set<String> holderFields = holderFields(op, pager.holder);
    if (pager.kind.equals("offset")) {
      pager.offsetParam = "offset";
      pager.limitParam = "limit";
    } else if (pager.kind.equals("next")) {
      pager.cursorField = "next";
      if (!root.path("components").path("schemas").path(op.responseSchema).path("properties").has("next")) {
        throw new IllegalStateException(op.id + ": next pager but " + op.responseSchema + " has no next");
      }
      pager.clearOnNext = holderFields.contains("offset") ? "offset" : null;
    } else {
      throw new IllegalStateException(op.id + ": unknown pager kind " + pager.kind);
    }
    for (String f : pager.kind.equals("offset") ? List.of("offset", "limit") : List.of("next")) {
      if (!holderFields.contains(f)) {
        throw new IllegalStateException(op.id + ": pager needs " + f + " in " + pager.holder);
      }
    }
    return pager;
  }

  /** Wire names of the fields of the params class or of the model argument that holds the paging fields. */
  private Set<String> holderFields(OperationDef op, String holder) {
    Set<String> names = new TreeSet<>();
    if (holder.equals("params")) {
      op.optional.forEach(p -> names.add(p.wireName));
      return names;
    }
    String schema = holder.equals(op.bodyArg) ? op.bodySchema : null;
    for (ParamDef p : op.positional) {
      if (p.javaName.equals(holder)) {
        schema = p.javaType;
      }
    }
    if (schema == null) {
      throw new IllegalStateException(op.id + ": pager holder " + holder + " is not an argument");
    }
    root.path("components").path("schemas").path(schema).path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }
}
