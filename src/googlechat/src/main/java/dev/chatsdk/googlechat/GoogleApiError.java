package dev.chatsdk.googlechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The error object Google APIs put in a failed response ({@code {"error": {...}}}): the HTTP
 * status as a number, a message for developers, the canonical status name (such as {@code
 * NOT_FOUND} or {@code PERMISSION_DENIED}) and structured details.
 *
 * <p>Reach it from any {@link dev.chatsdk.core.ApiException} thrown by this module with {@code
 * e.vendorError(GoogleApiError.class)}. The discovery document does not describe this shape, so
 * this class is written by hand and lives outside the generated model package.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class GoogleApiError {
  private final @Nullable Integer code;
  private final @Nullable String message;
  private final @Nullable String status;
  private final List<Map<String, Object>> details;
  private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

  /**
   * An error as read from the {@code error} object of a Google API error response. Every argument
   * may be null when the server left the member out.
   *
   * @param code the HTTP status code the server reported, or null
   * @param message the developer-facing explanation, or null
   * @param status the canonical status name such as {@code NOT_FOUND}, or null
   * @param details the structured details; null and null elements are treated as absent, and the
   *     rest is copied into unmodifiable maps
   */
  @JsonCreator
  public GoogleApiError(
      @JsonProperty("code") @Nullable Integer code,
      @JsonProperty("message") @Nullable String message,
      @JsonProperty("status") @Nullable String status,
      @JsonProperty("details") @Nullable List<Map<String, Object>> details) {
    this.code = code;
    this.message = message;
    this.status = status;
    List<Map<String, Object>> copy = new ArrayList<>();
    if (details != null) {
      for (Map<String, Object> d : details) {
        if (d != null) {
          copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(d)));
        }
      }
    }
    this.details = Collections.unmodifiableList(copy);
  }

  /**
   * The HTTP status code the server reported, for example {@code 404}.
   *
   * @return the {@code code} member, or null when the body had none
   */
  @JsonProperty("code")
  public @Nullable Integer getCode() {
    return code;
  }

  /**
   * A developer-facing explanation of the failure.
   *
   * @return the {@code message} member, or null when the body had none; not meant for end users
   */
  @JsonProperty("message")
  public @Nullable String getMessage() {
    return message;
  }

  /**
   * The canonical status name, for example {@code INVALID_ARGUMENT} or {@code RESOURCE_EXHAUSTED}.
   *
   * @return the {@code status} member, or null when the body had none
   */
  @JsonProperty("status")
  public @Nullable String getStatus() {
    return status;
  }

  /**
   * Structured details, each an object tagged by its {@code @type} (for example {@code
   * type.googleapis.com/google.rpc.ErrorInfo} or {@code ...BadRequest}); empty when none were sent.
   *
   * @return the details in the order sent; an unmodifiable list of unmodifiable maps, never null
   */
  @JsonProperty("details")
  public List<Map<String, Object>> getDetails() {
    return details;
  }

  /**
   * The details of one {@code @type} (matched by suffix, e.g. {@code google.rpc.ErrorInfo}).
   *
   * @param type the end of the {@code @type} URL to match, for example {@code google.rpc.BadRequest}
   * @return the matching details in the order sent; a new list, empty when none match
   */
  public List<Map<String, Object>> detailsOfType(String type) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> d : details) {
      Object t = d.get("@type");
      if (t instanceof String && ((String) t).endsWith(type)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Fields of the error object this class does not name (for example the legacy {@code errors}).
   *
   * @return the unnamed members by JSON name; unmodifiable, empty when there are none
   */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return Collections.unmodifiableMap(additionalProperties);
  }

  @JsonAnySetter
  private void putAdditionalProperty(String name, Object value) {
    additionalProperties.put(name, value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof GoogleApiError)) {
      return false;
    }
    GoogleApiError e = (GoogleApiError) o;
    return Objects.equals(code, e.code) && Objects.equals(message, e.message)
        && Objects.equals(status, e.status) && details.equals(e.details)
        && additionalProperties.equals(e.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, status, details, additionalProperties);
  }

  @Override
  public String toString() {
    return "GoogleApiError{code=" + code + ", status=" + status + ", message=" + message
        + ", details=" + details.size() + '}';
  }
}
