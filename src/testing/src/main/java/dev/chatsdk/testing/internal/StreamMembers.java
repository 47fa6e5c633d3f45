package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Stream channel members: querying them with a filter (adding and removing is UpdateChannel's). */
final class StreamMembers {
  private final StreamStore st;

  StreamMembers(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("QueryMembers", (r, c) -> query(r));
  }

  private Response query(Request r) {
    String payload = r.query("payload");
    if (payload == null || payload.isEmpty()) {
      throw EmulatorError.badField("payload", "payload is a required query parameter (type, id, filter_conditions)");
    }
    ObjectNode q = Json.parseObject(payload, "payload");
    String type = Json.text(q, "type");
    String id = Json.text(q, "id");
    if (type == null || id == null) {
      throw EmulatorError.badField("payload.id", "payload.type and payload.id name the channel");
    }
    StreamStore.Channel ch = st.channel(type, id, false, null);
    JsonNode filter = q.get("filter_conditions");
    Filters filters = new Filters((doc, field) -> field.equals("id") ? doc.get("user_id") : Filters.path(doc, field),
        "payload.filter_conditions");
    int limit = q.path("limit").asInt(100);
    int offset = q.path("offset").asInt(0);
    ArrayNode all = st.memberList(ch);
    ArrayNode out = Json.array();
    int seen = 0;
    for (JsonNode m : all) {
      if (filters.matches(m, filter) && seen++ >= offset && out.size() < limit) {
        out.add(m);
      }
    }
    return st.ok(200, "members", out, r.startNanos());
  }
}
