package dev.chatsdk.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A decoded response together with its HTTP metadata, returned by the {@code ...WithHttpInfo}
 * forms of every operation.
 *
 * @param <T> the decoded body type
 */
public final class ApiResponse<T extends @Nullable Object> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final @Nullable String requestId;
  private final @Nullable RateLimitInfo rateLimit;
  private final T data;

  /**
   * Creates a response; built by the HTTP pipeline.
   *
   * @param statusCode the HTTP status code (2xx)
   * @param headers the response headers, keyed case-insensitively
   * @param requestId the server's request id, or null if the response had none
   * @param rateLimit rate-limit state read from the headers, or null if absent
   * @param data the decoded body; null only when {@code T} allows it
   */
  public ApiResponse(
      int statusCode,
      Map<String, List<String>> headers,
      @Nullable String requestId,
      @Nullable RateLimitInfo rateLimit,
      T data) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.requestId = requestId;
    this.rateLimit = rateLimit;
    this.data = data;
  }

  /**
   * The HTTP status code of the response.
   *
   * @return the success status, for example {@code 200} or {@code 204}
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Response headers; keys are compared case-insensitively.
   *
   * @return the headers, each name mapped to its values in the order received
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header, if present.
   *
   * @param name header name, in any case
   * @return the first value, or empty if the header is absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The server's request id, when the response carried one.
   *
   * @return the request id to quote to the vendor's support, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Rate-limit headers of this response, when present.
   *
   * @return the limit, remaining calls and reset time, or empty when the headers were absent
   */
  public Optional<RateLimitInfo> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * The decoded body.
   *
   * @return the decoded body; null only for operations whose body type allows it (such as {@code Void})
   */
  public T data() {
    return data;
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", requestId=" + requestId + ", data=" + data + '}';
  }
}
