package dev.chatsdk.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a non-success status. Carries everything needed to diagnose the failure
 * without logging the request: status, response headers, raw body, request id, rate-limit state and
 * the vendor's parsed error object.
 *
 * <p>Catch a subtype to handle one status family ({@link NotFoundException}, {@link
 * RateLimitException}, ...) or this class for all of them. Instances are built by {@link #of}.
 */
public class ApiException extends ChatException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final int statusCode;
  private final transient Map<String, List<String>> headers;
  private final String rawBody;
  private final @Nullable String requestId;
  private final transient @Nullable RateLimitInfo rateLimit;
  private final transient @Nullable Object vendorError;

  protected ApiException(Details details) {
    super(details.message());
    this.operation = details.operation;
    this.statusCode = details.statusCode;
    this.headers = details.headers;
    this.rawBody = details.rawBody;
    this.requestId = details.requestId;
    this.rateLimit = details.rateLimit;
    this.vendorError = details.vendorError;
  }

  /** Builds the exception subtype that matches the status code. */
  public static ApiException of(Details details) {
    int status = details.statusCode;
    switch (status) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new UnauthorizedException(details);
      case 403:
        return new PermissionDeniedException(details);
      case 404:
        return new NotFoundException(details);
      case 409:
        return new ConflictException(details);
      case 429:
        return new RateLimitException(details);
      default:
        return status >= 500 ? new ServerException(details) : new ApiException(details);
    }
  }

  /** The SDK operation that failed, for example {@code sendMessage}. */
  public String operation() {
    return operation;
  }

  public int statusCode() {
    return statusCode;
  }

  /** Response headers; keys are compared case-insensitively. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The response body as received (UTF-8), empty when there was none. */
  public String rawBody() {
    return rawBody;
  }

  /** The server's request id, when the response carried one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Rate-limit headers of the failed response, when present. */
  public Optional<RateLimitInfo> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /** The vendor's error object as parsed by the backend (untyped view). */
  public Optional<Object> vendorError() {
    return Optional.ofNullable(vendorError);
  }

  /**
   * The vendor's error object if it is of the given type, for example Stream's {@code APIError} or
   * Google's {@code GoogleError}.
   */
  public <E> Optional<E> vendorError(Class<E> type) {
    return type.isInstance(vendorError) ? Optional.of(type.cast(vendorError)) : Optional.empty();
  }

  /** Everything an {@link ApiException} is made of; filled by the HTTP pipeline. */
  public static final class Details {
    final String operation;
    final int statusCode;
    final Map<String, List<String>> headers;
    final String rawBody;
    final @Nullable String requestId;
    final @Nullable RateLimitInfo rateLimit;
    final @Nullable Object vendorError;
    final @Nullable String vendorMessage;
    final @Nullable Duration retryAfter;

    public Details(
        String operation,
        int statusCode,
        Map<String, List<String>> headers,
        String rawBody,
        @Nullable String requestId,
        @Nullable RateLimitInfo rateLimit,
        @Nullable Object vendorError,
        @Nullable String vendorMessage,
        @Nullable Duration retryAfter) {
      this.operation = operation;
      this.statusCode = statusCode;
      this.headers = headers;
      this.rawBody = rawBody;
      this.requestId = requestId;
      this.rateLimit = rateLimit;
      this.vendorError = vendorError;
      this.vendorMessage = vendorMessage;
      this.retryAfter = retryAfter;
    }

    String message() {
      StringBuilder sb = new StringBuilder(operation).append(" failed: HTTP ").append(statusCode);
      if (requestId != null) {
        sb.append(" (request id ").append(requestId).append(')');
      }
      if (vendorMessage != null && !vendorMessage.isEmpty()) {
        sb.append(": ").append(vendorMessage);
      }
      return sb.toString();
    }
  }
}
