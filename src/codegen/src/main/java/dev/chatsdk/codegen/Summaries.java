package dev.chatsdk.codegen;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One-line Javadoc summaries derived from a method's id, in our own words (the descriptions' text is
 * never copied). The overlay's {@code summary} replaces a derived one where the rule reads poorly.
 */
final class Summaries {
  /** Discovery collection names to the noun a sentence uses. */
  private static final Map<String, String> GOOGLE_NOUNS = Map.ofEntries(
      Map.entry("spaces", "space"),
      Map.entry("members", "membership"),
      Map.entry("messages", "message"),
      Map.entry("attachments", "attachment's metadata"),
      Map.entry("reactions", "reaction"),
      Map.entry("messagePins", "message pin"),
      Map.entry("spaceEvents", "space event"),
      Map.entry("customEmojis", "custom emoji"),
      Map.entry("sections", "section of the user's sidebar"),
      Map.entry("items", "section item"),
      Map.entry("availability", "user's availability"),
      Map.entry("spaceNotificationSetting", "user's notification setting for a space"));

  private Summaries() {}

  static String google(String[] idParts) {
    String verb = idParts[idParts.length - 1];
    String collection = idParts.length > 1 ? idParts[idParts.length - 2] : idParts[0];
    String noun = GOOGLE_NOUNS.get(collection);
    if (noun == null) {
      throw new IllegalStateException("no noun for " + collection + "; add one or an overlay summary");
    }
    switch (verb) {
      case "create":
        return "Creates a " + noun + ".";
      case "get":
        return "Reads one " + noun + ".";
      case "list":
        return "Lists " + plural(noun) + ", one page per call.";
      case "patch":
        return "Changes the fields of a " + noun + " named by the update mask.";
      case "update":
        return "Changes the fields of a " + noun + " named by the update mask (HTTP PUT).";
      case "delete":
        return "Deletes a " + noun + ".";
      default:
        throw new IllegalStateException("no summary rule for " + String.join(".", idParts) + "; add an overlay summary");
    }
  }

  /**
   * A summary from an OpenAPI operation id such as {@code DeactivateUsers}: the leading verb in the
   * third person ({@code Get} reads), an article for one thing, then the remaining words in lower case
   * ({@code Deactivates users.}, {@code Deletes a channel type.}).
   */
  static String openApi(String id) {
    List<String> words = Names.words(id.replaceAll("_.*$", ""));
    StringBuilder s = new StringBuilder(words.get(0).equals("Get") ? "Reads" : thirdPerson(words.get(0)));
    String last = words.get(words.size() - 1);
    if (words.size() > 1 && !last.endsWith("s")) { // one thing: "Deletes a channel type."
      s.append("aeioAEIO".indexOf(words.get(1).charAt(0)) >= 0 ? " an" : " a");
    }
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      s.append(' ').append(w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1 ? w : w.toLowerCase(Locale.ROOT));
    }
    return s.append('.').toString();
  }

  private static String thirdPerson(String verb) {
    if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")) {
      return verb + "es";
    }
    if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    return verb + "s";
  }

  /** Plural nouns for list summaries, where adding an s would read wrong. */
  private static final Map<String, String> GOOGLE_PLURALS = Map.of(
      "membership", "memberships", "custom emoji", "custom emojis",
      "section of the user's sidebar", "sections of the user's sidebar");

  private static String plural(String noun) {
    return GOOGLE_PLURALS.getOrDefault(noun, noun + "s");
  }
}
