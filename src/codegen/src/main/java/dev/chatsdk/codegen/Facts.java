package dev.chatsdk.codegen;

import java.util.List;

/** Javadoc sentences stating facts of an operation (retry behaviour, argument shapes), in our words. */
final class Facts {
  private Facts() {}

  static List<String> retry(OperationDef op, ApiSpec spec) {
    if (op.idempotencyParam != null) {
      return List.of("Safe to retry: the SDK sends {@code " + op.idempotencyParam + "} (the params' value, else the",
          "options' idempotency key, else a random UUID), the same on every attempt of this call.");
    }
    if (op.retrySafe || !op.httpMethod.equals("POST")) {
      return List.of("Retried after connection failures, 408, 429 and 5xx answers: repeating it changes nothing.");
    }
    return List.of("Not resent after a failure the service may have processed, unless the options carry an",
        "idempotency key; a 429 or a failure before sending is retried.");
  }

  static String argument(OperationDef op, String name, ApiSpec spec) {
    for (ParamDef p : op.positional) {
      if (!p.javaName.equals(name)) {
        continue;
      }
      if (p.pattern != null) {
        String where = p.path ? "" : "query parameter {@code " + p.wireName + "}: ";
        return where + "resource name of the form {@code " + p.example + "}, checked before any I/O";
      }
      if ("json".equals(p.encoding)) {
        return "sent JSON-encoded in query parameter {@code " + p.wireName + "}, required"
            + (p.check != null ? "; checked before any I/O" : "");
      }
      if ("csv".equals(p.encoding)) {
        return "sent comma-separated in one query parameter {@code " + p.wireName + "}; not empty, no element holds a comma";
      }
      return p.path ? "path value, sent as one percent-encoded segment"
          : "query parameter {@code " + p.wireName + "}, required";
    }
    if (name.equals(op.bodyArg)) {
      return "request body, sent as JSON" + (op.bodyCheck != null ? "; its required fields are checked before any I/O" : "");
    }
    switch (name) {
      case "file":
        return "the content with its file name and media type; streamed, never held whole in memory";
      case "out":
        return "where the bytes go; flushed, not closed";
      case "target":
        return "the file to create or replace once the download is complete";
      default:
        throw new IllegalStateException(op.id + ": no fact for argument " + name);
    }
  }
}
