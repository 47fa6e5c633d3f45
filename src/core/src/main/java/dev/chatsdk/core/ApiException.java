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

  /** The SDK operation that failed. */
  private final String operation;
  /** The HTTP status code of the error response. */
  private final int statusCode;
  private final transient Map<String, List<String>> headers;
  /** The response body as received, empty when there was none. */
  private final String rawBody;
  /** The server's request id, or null when the response carried none. */
  private final @Nullable String requestId;
  private final transient @Nullable RateLimitInfo rateLimit;
  private final transient @Nullable Object vendorError;

  /**
   * Creates the exception from the failed response; the message names the operation, the status, the
   * request id and the vendor's message.
   *
   * @param details the failed response's status, headers, body and parsed error
   */
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

  /**
   * Builds the exception subtype that matches the status code.
   *
   * @param details the failed response's status, headers, body and parsed error
   * @return a {@link BadRequestException}, {@link UnauthorizedException}, {@link
   *     PermissionDeniedException}, {@link NotFoundException}, {@link ConflictException}, {@link
   *     RateLimitException} or {@link ServerException} for their statuses, otherwise a plain
   *     {@code ApiException}
   */
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

  /**
   * The SDK operation that failed, for example {@code sendMessage}.
   *
   * @return the operation name as the SDK calls it; never null
   */
  public String operation() {
    return operation;
  }

  /**
   * The HTTP status code the server answered with.
   *
   * @return the non-success status, for example {@code 404}
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Response headers; keys are compared case-insensitively.
   *
   * @return the headers, each name mapped to its values in the order received; empty if unknown
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The response body as received (UTF-8), empty when there was none.
   *
   * @return the body text; never null
   */
  public String rawBody() {
    return rawBody;
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
   * Rate-limit headers of the failed response, when present.
   *
   * @return the limit, remaining calls and reset time, or empty when the response had no rate-limit headers
   */
  public Optional<RateLimitInfo> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * The vendor's error object as parsed by the backend (untyped view).
   *
   * @return the parsed error object, or empty when the body was not in the vendor's error shape
   */
  public Optional<Object> vendorError() {
    return Optional.ofNullable(vendorError);
  }

  /**
   * The vendor's error object if it is of the given type, for example Stream's {@code APIError} or
   * Google's {@code GoogleError}.
   *
   * @param <E> the expected vendor error type
   * @param type class of the backend's error model
   * @return the vendor error cast to {@code type}, or empty if absent or of another type
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

    /**
     * Collects the parts of a failed response.
     *
     * @param operation the SDK operation that failed
     * @param statusCode the HTTP status code
     * @param headers the response headers, with case-insensitive keys
     * @param rawBody the response body as text, empty when there was none
     * @param requestId the server's request id, or null
     * @param rateLimit rate-limit state read from the headers, or null
     * @param vendorError the vendor error object parsed from the body, or null
     * @param vendorMessage the vendor's human-readable message, appended to the exception message; or null
     * @param retryAfter how long the server asked to wait before retrying, or null
     */
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
