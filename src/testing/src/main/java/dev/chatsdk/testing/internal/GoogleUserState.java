package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Google Chat per-user state of the caller: notification settings of a space, the read state of
 * a space (get, update) and of a
 * thread (the space's read time: the emulator keeps one read time per space). Only the caller's own
 * state exists ({@code users/me} or the caller's name), as for user-authenticated calls.
 */
final class GoogleUserState {
  private final GoogleStore st;

  GoogleUserState(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("users.spaces.getSpaceReadState", (r, c) -> ok(r, space(r), ""));
    svc.stateful("users.spaces.updateSpaceReadState", (r, c) -> update(r));
    svc.stateful("users.spaces.spaceNotificationSetting.get", (r, c) -> notification(r, null));
    svc.stateful("users.spaces.spaceNotificationSetting.patch", (r, c) -> notification(r, r.json()));
    svc.stateful("users.spaces.threads.getThreadReadState", (r, c) -> ok(r, space(r),
        "/threads/" + r.param("threadsId")));
  }

  private String space(Request r) {
    String user = r.param("usersId");
    String caller = st.callerName();
    if (!user.equals("me") && !("users/" + user).equals(caller)) {
      throw EmulatorError.of(403, "PERMISSION_DENIED", "The caller can only read its own read state (users/me).");
    }
    String space = GoogleSpaces.spaceName(r);
    st.space(space);
    return space;
  }

  private Response ok(Request r, String space, String thread) {
    ObjectNode out = Json.object();
    String kind = thread.isEmpty() ? "spaceReadState" : "threadReadState";
    out.put("name", "users/" + r.param("usersId") + "/" + space + thread + "/" + kind);
    Instant t = st.readTimes.get(space);
    if (t != null) {
      out.put("lastReadTime", t.toString());
    }
    return GoogleStore.ok(out);
  }

  /** The caller's notification setting of a space; {@code patch} null reads it. */
  private Response notification(Request r, @org.jspecify.annotations.Nullable ObjectNode patch) {
    String space = space(r);
    ObjectNode setting = st.notificationSettings.computeIfAbsent(space, k -> {
      ObjectNode n = Json.object();
      n.put("notificationSetting", "ALL");
      n.put("muteSetting", "UNMUTED");
      return n;
    });
    if (patch != null) {
      GoogleStore.rejectUnknown(patch, GoogleStore.set("name", "notificationSetting", "muteSetting"),
          "space_notification_setting");
      for (String field : GoogleQueries.mask(r, GoogleStore.set("notificationSetting", "muteSetting"), false)) {
        String value = Json.text(patch, field);
        java.util.Set<String> allowed = field.equals("muteSetting") ? GoogleStore.set("UNMUTED", "MUTED")
            : GoogleStore.set("ALL", "MAIN_CONVERSATIONS", "FOR_YOU", "OFF");
        if (value == null || !allowed.contains(value)) {
          throw GoogleStore.invalid("space_notification_setting." + field, field + " must be one of " + allowed);
        }
        setting.put(field, value);
      }
    }
    ObjectNode out = setting.deepCopy();
    out.put("name", "users/" + r.param("usersId") + "/" + space + "/spaceNotificationSetting");
    return GoogleStore.ok(out);
  }

  private Response update(Request r) {
    String space = space(r);
    ObjectNode body = r.json();
    GoogleStore.rejectUnknown(body, GoogleStore.set("name", "lastReadTime"), "space_read_state");
    GoogleQueries.mask(r, GoogleStore.set("lastReadTime"), false);
    Instant at = body.hasNonNull("lastReadTime") ? GoogleQueries.timeField(body, "lastReadTime") : st.now();
    Instant previous = st.readTimes.get(space);
    if (previous == null || at.isAfter(previous)) {
      st.readTimes.put(space, at);
    }
    return ok(r, space, "");
  }
}
