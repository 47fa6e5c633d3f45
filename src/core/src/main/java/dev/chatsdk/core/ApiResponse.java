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

  public int statusCode() {
    return statusCode;
  }

  /** Response headers; keys are compared case-insensitively. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The server's request id, when the response carried one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Rate-limit headers of this response, when present. */
  public Optional<RateLimitInfo> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /** The decoded body. */
  public T data() {
    return data;
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", requestId=" + requestId + ", data=" + data + '}';
  }
}
