package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** Google Chat custom emojis of the organization: create (with the image), get, list, delete. */
final class GoogleCustomEmojis {
  private static final Pattern EMOJI_NAME = Pattern.compile(":[a-z0-9_-]{1,62}:");

  private final GoogleStore st;

  GoogleCustomEmojis(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("customEmojis.create", (r, c) -> create(r));
    svc.stateful("customEmojis.get", (r, c) -> GoogleStore.ok(emoji(r).deepCopy()));
    svc.stateful("customEmojis.list", (r, c) -> list(r));
    svc.stateful("customEmojis.delete", (r, c) -> {
      st.customEmojis.remove(Json.text(emoji(r), "name"));
      return GoogleStore.ok(Json.object());
    });
  }

  private ObjectNode emoji(Request r) {
    String id = r.param("customEmojisId");
    ObjectNode e = st.customEmojis.get("customEmojis/" + id);
    if (e == null) {
      for (ObjectNode x : st.customEmojis.values()) {
        if (id.equals(Json.text(x, "emojiName"))) { // the service also accepts customEmojis/{emoji_name}
          return x;
        }
      }
      throw GoogleStore.notFound("Custom emoji customEmojis/" + id);
    }
    return e;
  }

  private Response create(Request r) {
    ObjectNode body = r.json();
    GoogleStore.rejectUnknown(body, GoogleStore.set("emojiName", "payload", "name", "uid", "temporaryImageUri"),
        "custom_emoji");
    String name = Json.text(body, "emojiName");
    if (name == null || !EMOJI_NAME.matcher(name).matches()) {
      throw GoogleStore.invalid("custom_emoji.emoji_name",
          "emojiName must look like :name: (lower-case letters, digits, - and _)");
    }
    for (ObjectNode x : st.customEmojis.values()) {
      if (name.equals(Json.text(x, "emojiName"))) {
        throw EmulatorError.of(409, "ALREADY_EXISTS", "A custom emoji named " + name + " already exists.");
      }
    }
    ObjectNode payload = Json.obj(body, "payload");
    String content = Json.text(payload, "fileContent");
    String filename = Json.text(payload, "filename");
    if (content == null || filename == null || filename.isEmpty()) {
      throw GoogleStore.invalid("custom_emoji.payload", "payload.fileContent and payload.filename are required");
    }
    try {
      Base64.getDecoder().decode(content.replace('-', '+').replace('_', '/'));
    } catch (IllegalArgumentException e) {
      throw GoogleStore.invalid("custom_emoji.payload.file_content", "payload.fileContent must be base64");
    }
    String uid = GoogleStore.randomId(22);
    ObjectNode e = Json.object();
    e.put("name", "customEmojis/" + uid);
    e.put("uid", uid);
    e.put("emojiName", name);
    e.put("temporaryImageUri", st.baseUrl + "/emulator-custom-emoji/" + uid + "/" + filename);
    st.customEmojis.put("customEmojis/" + uid, e);
    return GoogleStore.ok(e.deepCopy());
  }

  private Response list(Request r) {
    String filter = r.query("filter");
    List<ObjectNode> all = GoogleQueries.select(st.customEmojis.values(), e -> true);
    ObjectNode out = Json.object();
    GoogleQueries.page(r, all, "emojis|" + filter, 25, 200, out, "customEmojis");
    return GoogleStore.ok(out);
  }
}
