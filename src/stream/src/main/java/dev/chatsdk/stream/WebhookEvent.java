package dev.chatsdk.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.model.Message;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One webhook call from Stream: its {@code type} (for example {@code message.new}, {@code
 * reaction.new}, {@code message.flagged}) and the whole JSON object, so every field of every event
 * type is reachable, including ones this SDK does not know yet. {@link #get(String, Class)} maps a
 * member onto a generated model, for example the {@code message} of a message event.
 */
public final class WebhookEvent {
  private final JsonNode json;

  WebhookEvent(JsonNode json) {
    this.json = json;
  }

  /**
   * The event type, for example {@code message.new}.
   *
   * @return the {@code type} member, or an empty string when the body carried none (never null)
   */
  public String getType() {
    JsonNode type = json.get("type");
    return type != null && type.isTextual() ? type.asText() : "";
  }

  /**
   * When the event happened.
   *
   * @return {@code created_at} as an instant, or empty when absent or not a valid RFC 3339 date-time
   */
  public Optional<Instant> getCreatedAt() {
    String text = getText("created_at");
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The channel the event concerns.
   *
   * @return {@code cid} ({@code type:id} of the channel), or empty when the event has none
   */
  public Optional<String> getCid() {
    return Optional.ofNullable(getText("cid"));
  }

  /**
   * The message the event concerns.
   *
   * @return the {@code message} member as the generated {@link Message} model, or empty when absent or null
   */
  public Optional<Message> getMessage() {
    return get("message", Message.class);
  }

  /**
   * Maps one top-level member onto a type (a generated model, {@code Map}, {@code String}...).
   *
   * @param <T> the type to read the member as
   * @param field the member's JSON name, for example {@code channel}
   * @param type the class to map the member onto
   * @return the mapped value, or empty when the member is absent or JSON null
   * @throws ChatException when the member exists but does not fit the type
   */
  public <T> Optional<T> get(String field, Class<T> type) {
    Require.nonNull(field, "field");
    Require.nonNull(type, "type");
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ChatJson.convert(node, type));
    } catch (IllegalArgumentException e) {
      throw new ChatException("webhook field " + field + " cannot be read as " + type.getSimpleName(), e);
    }
  }

  /**
   * The whole event as a JSON tree.
   *
   * @return a deep copy of the payload: changing it does not change this event
   */
  public JsonNode getPayload() {
    return json.deepCopy();
  }

  private @Nullable String getText(String field) {
    JsonNode node = json.get(field);
    return node != null && node.isTextual() ? node.asText() : null;
  }

  @Override
  public String toString() {
    return "WebhookEvent{type=" + getType() + '}';
  }
}
