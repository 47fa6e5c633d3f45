package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Stream custom events (to a channel or to a user) and the background tasks batch operations start. */
final class StreamEventsAndTasks {
  private final StreamStore st;

  StreamEventsAndTasks(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("SendEvent", this::sendEvent);
    svc.stateful("SendUserCustomEvent", this::sendUserEvent);
    svc.stateful("GetTask", this::getTask);
  }

  private static ObjectNode requiredEvent(ObjectNode body) {
    ObjectNode event = StreamStore.requiredObject(body, "event");
    String type = Json.text(event, "type");
    if (type == null || type.isEmpty()) {
      throw EmulatorError.badField("event.type", "event.type is a required field");
    }
    return event;
  }

  private static void copyCustom(ObjectNode from, ObjectNode to) {
    Iterator<Map.Entry<String, JsonNode>> it = from.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!to.has(e.getKey()) && !e.getKey().equals("user_id") && !e.getKey().equals("user")) {
        to.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  private Response sendEvent(Request r, StreamStore.Caller caller) {
    ObjectNode event = requiredEvent(r.json());
    StreamStore.Channel ch = st.channel(r.param("type"), r.param("id"), false, null);
    String userId = st.actingUser(caller, event, "event");
    ObjectNode e = st.event(Json.text(event, "type"), ch.cid, userId);
    copyCustom(event, e);
    st.events.emit(e);
    return st.ok(201, "event", e.deepCopy(), r.startNanos());
  }

  private Response sendUserEvent(Request r, StreamStore.Caller caller) {
    if (!caller.server) {
      throw EmulatorError.of(403, "custom user events can only be sent with server side auth");
    }
    ObjectNode event = requiredEvent(r.json());
    String target = r.param("user_id");
    if (!st.users.containsKey(target)) {
      throw EmulatorError.notFound("user " + target + " does not exist");
    }
    ObjectNode e = Json.object();
    e.put("type", Json.text(event, "type"));
    e.put("created_at", st.now().toString());
    e.put("user_id", target);
    copyCustom(event, e);
    st.events.emit(e);
    return st.ok(201, Json.object(), r.startNanos());
  }

  private Response getTask(Request r, StreamStore.Caller caller) {
    ObjectNode task = st.tasks.get(r.param("id"));
    if (task == null) {
      throw EmulatorError.notFound("task " + r.param("id") + " does not exist");
    }
    return st.ok(200, task.deepCopy(), r.startNanos());
  }
}
