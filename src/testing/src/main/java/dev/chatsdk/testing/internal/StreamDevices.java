package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Stream push devices of users: register, list, remove. Nothing is ever pushed. */
final class StreamDevices {
  private static final Set<String> PROVIDERS = Set.of("firebase", "apn", "huawei", "xiaomi");

  private final StreamStore st;

  StreamDevices(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("CreateDevice", this::create);
    svc.stateful("ListDevices", this::list);
    svc.stateful("DeleteDevice", this::delete);
  }

  private String user(Request r, StreamStore.Caller caller, ObjectNode body) {
    if (!caller.server) {
      return caller.userId;
    }
    String id = body.has("user_id") || body.has("user") ? st.actingUser(caller, body, "request") : r.query("user_id");
    if (id == null || id.isEmpty()) {
      throw EmulatorError.badField("user_id", "user_id is required with server side auth");
    }
    return id;
  }

  private Response create(Request r, StreamStore.Caller caller) {
    ObjectNode body = r.json();
    String id = Json.optionalString(body, "id", "id");
    String provider = Json.optionalString(body, "push_provider", "push_provider");
    if (id == null || id.isEmpty()) {
      throw EmulatorError.badField("id", "id (the device token) is a required field");
    }
    if (provider == null || !PROVIDERS.contains(provider)) {
      throw EmulatorError.badField("push_provider", "push_provider must be one of " + PROVIDERS);
    }
    ObjectNode device = Json.object();
    device.put("id", id);
    device.put("push_provider", provider);
    if (body.hasNonNull("push_provider_name")) {
      device.put("push_provider_name", body.get("push_provider_name").asText());
    }
    device.put("user_id", user(r, caller, body));
    device.put("created_at", st.now().toString());
    st.devices.put(id, device);
    return st.ok(201, Json.object(), r.startNanos());
  }

  private Response list(Request r, StreamStore.Caller caller) {
    String user = user(r, caller, Json.object());
    ArrayNode out = Json.array();
    for (ObjectNode d : st.devices.values()) {
      if (user.equals(Json.text(d, "user_id"))) {
        out.add(d.deepCopy());
      }
    }
    return st.ok(200, "devices", out, r.startNanos());
  }

  private Response delete(Request r, StreamStore.Caller caller) {
    String id = r.query("id");
    if (id == null || id.isEmpty()) {
      throw EmulatorError.badField("id", "id is a required query parameter");
    }
    ObjectNode d = st.devices.get(id);
    if (d == null || !user(r, caller, Json.object()).equals(Json.text(d, "user_id"))) {
      throw EmulatorError.notFound("device " + id + " is not registered for this user");
    }
    st.devices.remove(id);
    return st.ok(200, Json.object(), r.startNanos());
  }
}
