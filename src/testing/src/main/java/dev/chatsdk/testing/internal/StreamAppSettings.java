package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Stream app settings and other read-only listings answered with fixed, schema-valid answers: the
 * emulated app has the built-in roles and the giphy command, and no push providers, block lists,
 * campaigns, segments or imports. Nothing here is stored; stub an operation for other data.
 */
final class StreamAppSettings {
  /** A fixed time for the built-in entries, so answers do not change between calls. */
  private static final String BUILT_IN = Instant.parse("2024-01-01T00:00:00Z").toString();

  private final StreamStore st;

  StreamAppSettings(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.fixed("GetRateLimits", (r, c) -> st.ok(200, Json.object(), r.startNanos()));
    svc.fixed("ListRoles", (r, c) -> st.ok(200, "roles", roles(), r.startNanos()));
    svc.fixed("ListCommands", (r, c) -> st.ok(200, "commands", commands(), r.startNanos()));
    svc.fixed("ListPushProviders", (r, c) -> st.ok(200, "push_providers", Json.array(), r.startNanos()));
    svc.fixed("ListBlockLists", (r, c) -> st.ok(200, "blocklists", Json.array(), r.startNanos()));
    svc.fixed("ListImports", (r, c) -> st.ok(200, "import_tasks", Json.array(), r.startNanos()));
    svc.fixed("QuerySegments", (r, c) -> st.ok(200, "segments", Json.array(), r.startNanos()));
    svc.fixed("QueryCampaigns", (r, c) -> st.ok(200, empty("campaigns"), r.startNanos()));
    svc.fixed("QueryRecipients", (r, c) -> st.ok(200, empty("recipients"), r.startNanos()));
    svc.fixed("Sync", (r, c) -> st.ok(201, "events", Json.array(), r.startNanos()));
  }

  /** An empty listing: {@code list} is the array field, the lookup maps are empty objects. */
  private static ObjectNode empty(String list) {
    ObjectNode out = Json.object();
    out.putArray(list);
    for (String f : new String[] {"campaigns", "segments", "users", "channels"}) {
      if (!out.has(f)) {
        out.putObject(f);
      }
    }
    return out;
  }

  private static ArrayNode roles() {
    ArrayNode out = Json.array();
    for (String name : new String[] {"admin", "anonymous", "channel_member", "channel_moderator", "guest", "user"}) {
      ObjectNode role = out.addObject();
      role.put("name", name);
      role.put("custom", false);
      role.putArray("scopes");
      role.put("created_at", BUILT_IN);
      role.put("updated_at", BUILT_IN);
    }
    return out;
  }

  private static ArrayNode commands() {
    ArrayNode out = Json.array();
    ObjectNode giphy = out.addObject();
    giphy.put("name", "giphy");
    giphy.put("description", "Post a random gif to the channel");
    giphy.put("args", "[text]");
    giphy.put("set", "fun_set");
    giphy.put("created_at", BUILT_IN);
    giphy.put("updated_at", BUILT_IN);
    return out;
  }
}
