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

/** Google Chat memberships: create, list, get, delete. */
final class GoogleMembers {
  private final GoogleStore st;

  GoogleMembers(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("spaces.members.create", GoogleSpaceEvents.recording(st, "membership.v1.created",
        "membershipCreatedEventData", "membership", null, (r, c) -> createMember(r, GoogleSpaces.spaceName(r))));
    svc.stateful("spaces.members.patch", GoogleSpaceEvents.recording(st, "membership.v1.updated",
        "membershipUpdatedEventData", "membership", null, (r, c) -> patchMember(r, memberName(r))));
    svc.stateful("spaces.members.list", (r, c) -> listMembers(r, GoogleSpaces.spaceName(r)));
    svc.stateful("spaces.members.get", (r, c) -> GoogleStore.ok(st.membership(memberName(r)).deepCopy()));
    svc.stateful("spaces.members.delete", GoogleSpaceEvents.recording(st, "membership.v1.deleted",
        "membershipDeletedEventData", "membership", null, (r, c) -> deleteMember(memberName(r))));
  }

  static String memberName(Request r) {
    return GoogleSpaces.spaceName(r) + "/members/" + r.param("membersId");
  }

  private Response patchMember(Request req, String name) {
    ObjectNode ms = st.membership(name);
    ObjectNode body = req.json();
    GoogleStore.rejectUnknown(body, GoogleStore.MEMBERSHIP_FIELDS, "membership");
    for (String field : GoogleQueries.mask(req, GoogleStore.set("role"), false)) {
      String role = Json.text(body, field);
      if (!"ROLE_MEMBER".equals(role) && !"ROLE_MANAGER".equals(role)) {
        throw GoogleStore.invalid("membership.role", "role must be ROLE_MEMBER or ROLE_MANAGER");
      }
      if (ms.has("groupMember")) {
        throw EmulatorError.of(400, "FAILED_PRECONDITION", "The role of a group membership cannot be changed.");
      }
      ms.put("role", role);
    }
    return GoogleStore.ok(ms.deepCopy());
  }

  private Response createMember(Request req, String space) {
    st.space(space);
    ObjectNode body = req.json();
    GoogleStore.rejectUnknown(body, GoogleStore.MEMBERSHIP_FIELDS, "membership");
    if ("DIRECT_MESSAGE".equals(Json.text(st.spaces.get(space), "spaceType"))) {
      throw EmulatorError.of(400, "FAILED_PRECONDITION", "Members cannot be added to a direct message.");
    }
    return GoogleStore.ok(st.addMember(space, body, "membership", false).deepCopy());
  }

  private Response listMembers(Request req, String space) {
    st.space(space);
    String filter = req.query("filter");
    List<List<String[]>> clauses = GoogleQueries.parseFilter(filter, GoogleStore.set("member.type", "role"));
    boolean showGroups = req.queryBool("showGroups");
    boolean showInvited = req.queryBool("showInvited");
    String prefix = space + "/members/";
    List<ObjectNode> all = GoogleQueries.select(st.memberships.values(), ms -> Json.text(ms, "name").startsWith(prefix)
        && (showGroups || !ms.has("groupMember"))
        && (showInvited || !"INVITED".equals(Json.text(ms, "state")))
        && GoogleQueries.matchesFilter(ms, clauses));
    ObjectNode out = Json.object();
    GoogleQueries.page(req, all, "members|" + space + "|" + filter + "|" + showGroups + showInvited, 100, 1000, out, "memberships");
    return GoogleStore.ok(out);
  }

  private Response deleteMember(String name) {
    ObjectNode ms = st.membership(name);
    st.memberships.remove(Json.text(ms, "name"));
    st.refreshCounts(name.substring(0, name.indexOf("/members/")));
    ObjectNode out = ms.deepCopy();
    out.put("state", "NOT_A_MEMBER");
    return GoogleStore.ok(out);
  }


}
