package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Google Chat reactions and the emoji reaction summaries of messages. */
final class GoogleReactions {
  private final GoogleStore st;

  GoogleReactions(GoogleStore st) {
    this.st = st;
  }

  static String reactionName(Request r) {
    return GoogleMessages.messageName(r) + "/reactions/" + r.param("reactionsId");
  }

  void register(GoogleChatService svc) {
    svc.stateful("spaces.messages.reactions.create", GoogleSpaceEvents.recording(st, "reaction.v1.created",
        "reactionCreatedEventData", "reaction", null, (r, c) -> createReaction(r, GoogleMessages.messageName(r))));
    svc.stateful("spaces.messages.reactions.list", (r, c) -> listReactions(r, GoogleMessages.messageName(r)));
    svc.stateful("spaces.messages.reactions.delete", GoogleSpaceEvents.recording(st, "reaction.v1.deleted",
        "reactionDeletedEventData", "reaction", r -> st.reactions.get(reactionName(r)),
        (r, c) -> deleteReaction(GoogleMessages.messageName(r) + "/reactions/" + r.param("reactionsId"))));
  }

  private void refreshSummaries(String messageName) {
    ObjectNode msg = st.messages.get(messageName);
    Map<String, ObjectNode> summaries = new LinkedHashMap<>();
    for (ObjectNode r : st.reactions.values()) {
      if (Json.text(r, "name").startsWith(messageName + "/reactions/")) {
        String key = r.get("emoji").toString();
        ObjectNode s = summaries.computeIfAbsent(key, k -> {
          ObjectNode n = Json.object();
          n.set("emoji", r.get("emoji").deepCopy());
          n.put("reactionCount", 0);
          return n;
        });
        s.put("reactionCount", s.get("reactionCount").asInt() + 1);
      }
    }
    if (summaries.isEmpty()) {
      msg.remove("emojiReactionSummaries");
    } else {
      ArrayNode arr = msg.putArray("emojiReactionSummaries");
      summaries.values().forEach(arr::add);
    }
  }

  private Response createReaction(Request req, String messageName) {
    st.message(messageName);
    ObjectNode body = req.json();
    GoogleStore.rejectUnknown(body, GoogleStore.REACTION_FIELDS, "reaction");
    ObjectNode emoji = Json.obj(body, "emoji");
    if (emoji == null) {
      throw GoogleStore.invalid("reaction.emoji", "reaction.emoji is required");
    }
    ObjectNode e = Json.object();
    String unicode = Json.text(emoji, "unicode");
    ObjectNode custom = Json.obj(emoji, "customEmoji");
    if (unicode != null && !unicode.isEmpty()) {
      e.put("unicode", unicode);
    } else if (custom != null && (custom.hasNonNull("uid") || custom.hasNonNull("name"))) {
      ObjectNode c = e.putObject("customEmoji");
      c.put("uid", custom.path("uid").asText(custom.path("name").asText()));
    } else {
      throw GoogleStore.invalid("reaction.emoji", "emoji needs unicode or customEmoji");
    }
    for (ObjectNode r : st.reactions.values()) {
      if (Json.text(r, "name").startsWith(messageName + "/reactions/") && r.get("emoji").equals(e)
          && r.path("user").path("name").asText().equals(Json.text(st.caller, "name"))) {
        throw EmulatorError.of(409, "The user already reacted to this message with this emoji.");
      }
    }
    ObjectNode r = Json.object();
    r.put("name", messageName + "/reactions/" + GoogleStore.randomId(12));
    ObjectNode user = r.putObject("user");
    user.put("name", Json.text(st.caller, "name"));
    user.put("type", Json.text(st.caller, "type"));
    r.set("emoji", e);
    st.reactions.put(Json.text(r, "name"), r);
    refreshSummaries(messageName);
    return GoogleStore.ok(r.deepCopy());
  }

  private Response listReactions(Request req, String messageName) {
    st.message(messageName);
    String filter = req.query("filter");
    List<List<String[]>> clauses = GoogleQueries.parseFilter(filter, GoogleStore.set("emoji.unicode", "emoji.customEmoji.uid", "user.name"));
    String prefix = messageName + "/reactions/";
    List<ObjectNode> all = GoogleQueries.select(st.reactions.values(), r -> Json.text(r, "name").startsWith(prefix)
        && GoogleQueries.matchesFilter(r, clauses));
    ObjectNode out = Json.object();
    GoogleQueries.page(req, all, "reactions|" + messageName + "|" + filter, 25, 200, out, "reactions");
    return GoogleStore.ok(out);
  }

  private Response deleteReaction(String name) {
    st.message(name.substring(0, name.indexOf("/reactions/")));
    if (st.reactions.remove(name) == null) {
      throw GoogleStore.notFound("Reaction " + name);
    }
    refreshSummaries(name.substring(0, name.indexOf("/reactions/")));
    return GoogleStore.ok(Json.object());
  }


}
