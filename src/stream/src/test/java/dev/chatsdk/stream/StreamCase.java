package dev.chatsdk.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One call of one Stream operation, for the tests that run every operation: its operationId in the
 * description, HTTP method and path template, a representative call, and (for the operations that
 * MessagesApiTest does not already check one by one) what must arrive on the wire: the raw path, the
 * query besides {@code api_key} and the JSON body. The fixture {@code fixtures/stream/<key>.json}
 * is the answer.
 */
final class StreamCase {
  final String key;
  final String operationId;
  final String method;
  final String template;
  final Function<StreamChatClient, Object> call;
  final @Nullable String path;
  final Map<String, String> query;
  final @Nullable String body;

  private StreamCase(String key, String operationId, String method, String template, Function<StreamChatClient, Object> call,
      @Nullable String path, Map<String, String> query, @Nullable String body) {
    this.key = key;
    this.operationId = operationId;
    this.method = method;
    this.template = template;
    this.call = call;
    this.path = path;
    this.query = query;
    this.body = body;
  }

  /** Every case: the 24 message operations and the 84 others, keyed by fixture name. */
  static final Map<String, StreamCase> ALL;

  static {
    List<StreamCase> all = new ArrayList<>();
    StreamMessageCases.add(all);
    StreamServerCases.add(all);
    Map<String, StreamCase> byKey = new LinkedHashMap<>();
    for (StreamCase c : all) {
      if (byKey.put(c.key, c) != null) {
        throw new IllegalStateException("two cases named " + c.key);
      }
    }
    ALL = Collections.unmodifiableMap(byKey);
  }

  /** A case whose wire details MessagesApiTest checks. */
  static StreamCase call(String key, String operationId, String method, String template, Function<StreamChatClient, Object> call) {
    return new StreamCase(key, operationId, method, template, call, null, Map.of(), null);
  }

  /**
   * A case with its expected wire form: {@code query} as {@code name=value&...} (decoded values, empty
   * for none) and {@code body} the JSON expected (null for no body).
   */
  static StreamCase wire(String key, String operationId, String method, String template, String path, String query,
      @Nullable String body, Function<StreamChatClient, Object> call) {
    Map<String, String> q = new LinkedHashMap<>();
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        q.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return new StreamCase(key, operationId, method, template, call, path, q, body);
  }
}
