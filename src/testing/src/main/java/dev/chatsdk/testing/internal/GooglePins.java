package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Google Chat message pins: pin a message of the space, list the pins, unpin. */
final class GooglePins {
  private final GoogleStore st;

  GooglePins(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("spaces.messagePins.create", (r, c) -> create(r));
    svc.stateful("spaces.messagePins.list", (r, c) -> list(r));
    svc.stateful("spaces.messagePins.delete", (r, c) -> delete(r));
  }

  private Response create(Request r) {
    String space = GoogleSpaces.spaceName(r);
    st.space(space);
    ObjectNode body = r.json();
    GoogleStore.rejectUnknown(body, GoogleStore.set("message", "name"), "message_pin");
    String message = Json.text(body, "message");
    if (message == null || !message.startsWith(space + "/messages/")) {
      throw GoogleStore.invalid("message_pin.message", "message must name a message of " + space
          + " (spaces/{space}/messages/{message})");
    }
    ObjectNode msg = st.message(message);
    if (msg.has("deleteTime")) {
      throw EmulatorError.of(400, "FAILED_PRECONDITION", "A deleted message cannot be pinned.");
    }
    String name = space + "/messagePins/" + message.substring(message.lastIndexOf('/') + 1);
    if (st.pins.containsKey(name)) {
      throw EmulatorError.of(409, "ALREADY_EXISTS", "Message " + message + " is already pinned.");
    }
    ObjectNode pin = Json.object();
    pin.put("name", name);
    pin.put("message", message);
    st.pins.put(name, pin);
    return GoogleStore.ok(pin.deepCopy());
  }

  private Response list(Request r) {
    String space = GoogleSpaces.spaceName(r);
    st.space(space);
    List<ObjectNode> all = GoogleQueries.select(st.pins.values(),
        p -> Json.text(p, "name").startsWith(space + "/messagePins/"));
    ObjectNode out = Json.object();
    GoogleQueries.page(r, all, "pins|" + space, 25, 100, out, "messagePins");
    return GoogleStore.ok(out);
  }

  private Response delete(Request r) {
    String name = GoogleSpaces.spaceName(r) + "/messagePins/" + r.param("messagePinsId");
    if (st.pins.remove(name) == null) {
      throw GoogleStore.notFound("Message pin " + name);
    }
    return GoogleStore.ok(Json.object());
  }
}
