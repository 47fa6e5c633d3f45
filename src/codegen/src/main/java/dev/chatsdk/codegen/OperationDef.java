package dev.chatsdk.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation of an API description in the intermediate model, after the overlay was applied:
 * everything the API writer needs to emit its Java methods. Filled by a front end
 * ({@link DiscoveryReader}, {@link OpenApiReader}); read by {@link ApiWriter}.
 */
final class OperationDef {
  /** The description's id: a discovery method id without the API prefix ({@code spaces.messages.create}) or an OpenAPI operationId. */
  String id;
  /** Name of the operation on the wire and in errors, logs and spans. */
  String operationName;
  /** Simple name of the API class holding it, e.g. {@code SpacesApi}. */
  String apiClass;
  String javaName;
  String httpMethod;
  /** Path template below the base URL, e.g. {@code /v1/{parent}/messages}; variables are Java-side names. */
  String path;
  /** Positional arguments in order: path parameters, then required query parameters. */
  final List<ParamDef> positional = new ArrayList<>();
  /** Optional query parameters: the fields of the {@code <Op>Params} class. */
  final List<ParamDef> optional = new ArrayList<>();
  /** Simple name of the params class, or null when the operation has no optional parameters. */
  String paramsClass;
  /** Schema name of the JSON request body, or null. */
  String bodySchema;
  /** Java name of the body argument. */
  String bodyArg;
  /** Whether the body argument may be omitted (the API accepts an empty body object). */
  boolean bodyOptional;
  /** Schema name of the JSON response, or null when the response carries nothing useful (void). */
  String responseSchema;
  /** Own-words one-line summary (overlay or derived). */
  String summary;
  /** OAuth scopes (Google) or other access facts, for Javadoc. */
  final List<String> scopes = new ArrayList<>();
  boolean deprecated;

  // ---- behaviour from the overlay or from rules of the backend
  /** The request may be resent after a possibly-processed failure. */
  boolean retrySafe;
  /** Query parameter carrying an idempotency id that the SDK fills when the caller did not. */
  String idempotencyParam;
  /** Body field carrying an idempotency id that the SDK fills when the caller did not. */
  String bodyIdempotency;
  /** Snake-case update-mask paths the API accepts for this method; empty when it takes no mask. */
  final List<String> updateMask = new ArrayList<>();
  /** Static method {@code Class.method} that checks the body before any I/O, or null. */
  String bodyCheck;
  /** {@code upload} or {@code download} for media methods, {@code form} for multipart form uploads, else null. */
  String media;
  /** Schema of the metadata part of a media upload, or null. */
  String mediaSchema;
  /** Auto-pager, or null. */
  PagerDef pager;

  /** How a list operation pages. */
  static final class PagerDef {
    /** {@code token} (Google page tokens), {@code next} (Stream cursor in the body) or {@code offset}. */
    String kind;
    /** JSON name of the item array in the response. */
    String itemsField;
    /** Java type of the items (a model schema name). */
    String itemType;
    /** For {@code token}: the response field with the next token; for {@code next}: the cursor field. */
    String cursorField;
    /** For {@code next}: the holder's field that takes the cursor, when it is not named like {@link #cursorField}. */
    String holderCursorField;
    /** For {@code offset}: the params fields with the offset and the limit. */
    String offsetParam;
    String limitParam;
    /** For {@code offset} and {@code next}: {@code params}, or the argument (payload, body) holding the paging fields. */
    String holder;
    /** For {@code next}: a field of the holder cleared on follow-up pages (an offset that would fight the cursor), or null. */
    String clearOnNext;
  }

  boolean hasParams() {
    return paramsClass != null;
  }

  boolean hasBody() {
    return bodySchema != null || media != null && media.equals("upload");
  }
}
