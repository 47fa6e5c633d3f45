package dev.chatsdk.core.http;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DEBUG line per attempt on logger {@code dev.chatsdk.http}; headers at TRACE. Only
 * allow-listed header and query values are written. The URL is taken before the authenticator
 * adds its query parameters, and bodies are never logged, so credentials cannot reach a log.
 */
final class AttemptLog {
  static final Logger LOG = LoggerFactory.getLogger("dev.chatsdk.http");

  /** Headers whose values are safe to log. Everything else is left out. */
  private static final Set<String> SAFE_HEADERS = Set.of(
      "accept", "content-type", "content-length", "user-agent", "retry-after", "date",
      "x-request-id", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset");

  private final Set<String> loggableQueryParams;

  AttemptLog(Set<String> loggableQueryParams) {
    this.loggableQueryParams = loggableQueryParams;
  }

  /** The URL as logged: path plus query with non-allow-listed values replaced by {@code ***}. */
  String describe(HttpUrl url) {
    if (!LOG.isDebugEnabled()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(url.encodedPath());
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      sb.append(i == 0 ? '?' : '&').append(name).append('=');
      sb.append(loggableQueryParams.contains(name) && value != null ? value : "***");
    }
    return sb.toString();
  }

  void attempt(CallState state, String result, long startedNanos,
      @Nullable Headers requestHeaders, @Nullable Headers responseHeaders) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    LOG.debug("{} {} {} -> {} (attempt {}/{}, {} ms)", state.request.operation(), state.request.method(),
        state.loggedUrl, result, state.attempts, state.maxRetries + 1, ms);
    if (LOG.isTraceEnabled()) {
      if (requestHeaders != null) {
        LOG.trace("{} request headers: {}", state.request.operation(), safe(requestHeaders));
      }
      if (responseHeaders != null) {
        LOG.trace("{} response headers: {}", state.request.operation(), safe(responseHeaders));
      }
    }
  }

  static String safe(Headers headers) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (SAFE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        if (sb.length() > 1) {
          sb.append(", ");
        }
        sb.append(name).append('=').append(headers.value(i));
      }
    }
    return sb.append('}').toString();
  }
}
