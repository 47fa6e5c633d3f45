package dev.chatsdk.googlechat.internal;

import com.google.auth.Credentials;
import com.google.auth.RequestMetadataCallback;
import dev.chatsdk.core.Authenticator;
import dev.chatsdk.core.Require;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Puts Google Auth Library credentials on each attempt. The headers come from {@link
 * Credentials#getRequestMetadata(java.net.URI)}, which caches the access token and refreshes it
 * shortly before it expires (concurrent callers share one refresh). Nothing is ever added to the
 * query string. After a 401 the credentials are refreshed once and the attempt is replayed.
 *
 * <p>The URI handed to the library is the attempt's {@linkplain Target#origin() origin}, not its
 * full URL: access-token credentials ignore it, and credentials that sign their own JWT use it as
 * the audience, which Google's own client libraries set to the service's root URL ({@code
 * https://chat.googleapis.com/}). One audience for every call also means one signed JWT, where a
 * per-URL audience would sign (and cache) one per distinct URL; and the origin is computed once
 * per client, not per attempt.
 */
public final class GoogleAuthenticator implements Authenticator {
  private final Credentials credentials;

  /**
   * An authenticator that asks {@code credentials} for the request headers of every attempt.
   *
   * @param credentials the Google Auth Library credentials to use; not null
   * @throws NullPointerException when {@code credentials} is null
   */
  public GoogleAuthenticator(Credentials credentials) {
    this.credentials = Require.nonNull(credentials, "credentials");
  }

  @Override
  public void authenticate(Target target) throws IOException {
    apply(target, credentials.getRequestMetadata(target.origin()));
  }

  /**
   * Uses the library's async form: a cached token is applied at once, on the calling thread; a
   * fetch or refresh runs on {@code blockingExecutor}, never on the caller's or an HTTP thread.
   */
  @Override
  public CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    credentials.getRequestMetadata(target.origin(), blockingExecutor, new RequestMetadataCallback() {
      @Override
      public void onSuccess(Map<String, List<String>> metadata) {
        try {
          apply(target, metadata);
          done.complete(null);
        } catch (RuntimeException e) {
          done.completeExceptionally(e); // the future must complete on every path
        }
      }

      @Override
      public void onFailure(Throwable exception) {
        done.completeExceptionally(exception);
      }
    });
    return done;
  }

  private static void apply(Target target, @Nullable Map<String, List<String>> metadata) {
    if (metadata == null) {
      return;
    }
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      List<String> values = e.getValue();
      if (values != null && !values.isEmpty()) {
        target.setHeader(e.getKey(), String.join(", ", values));
      }
    }
  }

  @Override
  public boolean refreshAfterUnauthorized() throws IOException {
    try {
      credentials.refresh();
      return true;
    } catch (IllegalStateException | UnsupportedOperationException e) {
      return false; // a fixed access token cannot be refreshed: report the 401 as it is
    }
  }

  @Override
  public String toString() {
    return "GoogleAuthenticator{" + credentials.getClass().getSimpleName() + '}';
  }
}
