package dev.chatsdk.googlechat.internal;

import com.google.auth.CredentialTypeForMetrics;
import com.google.auth.RequestMetadataCallback;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import dev.chatsdk.core.Require;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Google credentials whose {@code toString()} names only the kind of credential. Google Auth
 * Library's own classes print their refresh token, client secret or cached access token there;
 * this wrapper forwards every call that produces or refreshes a token to the wrapped credentials
 * (which keep the token cache and refresh it once, whoever asks), so it adds no state of its own.
 * Derived credentials ({@code createScoped}, {@code createDelegated}, ...) are wrapped again.
 *
 * <p>{@link #getAccessToken()} is final in the library and reads this object's own (always empty)
 * cache; use {@link #getRequestMetadata(URI)} to obtain the headers.
 */
public final class RedactedCredentials extends GoogleCredentials {
  private static final long serialVersionUID = 1L;

  /** The wrapped credentials, which do the work and hold the secrets. */
  private final GoogleCredentials delegate;
  /** The helper that built the credentials, the only thing {@code toString()} shows. */
  private final String kind;

  private RedactedCredentials(GoogleCredentials delegate, String kind) {
    this.delegate = delegate;
    this.kind = kind;
  }

  /**
   * Wraps {@code credentials} (unwrapping first if they are already wrapped).
   *
   * @param credentials the credentials to hide behind the wrapper; not null
   * @param kind the name shown by {@code toString()}, for example {@code chatApp}; not blank
   * @return a wrapper that delegates every call and never prints a secret
   */
  public static RedactedCredentials wrap(GoogleCredentials credentials, String kind) {
    Require.nonNull(credentials, "credentials");
    Require.nonBlank(kind, "kind");
    GoogleCredentials inner =
        credentials instanceof RedactedCredentials ? ((RedactedCredentials) credentials).delegate : credentials;
    return new RedactedCredentials(inner, kind);
  }

  private RedactedCredentials derived(GoogleCredentials credentials) {
    return credentials == delegate ? this : wrap(credentials, kind);
  }

  @Override
  public String getAuthenticationType() {
    return delegate.getAuthenticationType();
  }

  @Override
  public boolean hasRequestMetadata() {
    return delegate.hasRequestMetadata();
  }

  @Override
  public boolean hasRequestMetadataOnly() {
    return delegate.hasRequestMetadataOnly();
  }

  @Override
  public Map<String, List<String>> getRequestMetadata() throws IOException {
    return delegate.getRequestMetadata();
  }

  @Override
  public Map<String, List<String>> getRequestMetadata(@Nullable URI uri) throws IOException {
    return delegate.getRequestMetadata(uri);
  }

  @Override
  public void getRequestMetadata(@Nullable URI uri, Executor executor, RequestMetadataCallback callback) {
    delegate.getRequestMetadata(uri, executor, callback);
  }

  @Override
  public void refresh() throws IOException {
    delegate.refresh();
  }

  @Override
  public void refreshIfExpired() throws IOException {
    delegate.refreshIfExpired();
  }

  /** Refreshes the wrapped credentials and returns their new token. */
  @Override
  public AccessToken refreshAccessToken() throws IOException {
    delegate.refresh();
    return delegate.getAccessToken();
  }

  @Override
  public String getUniverseDomain() throws IOException {
    return delegate.getUniverseDomain();
  }

  @Override
  public CredentialTypeForMetrics getMetricsCredentialType() {
    return delegate.getMetricsCredentialType();
  }

  @Override
  public @Nullable String getQuotaProjectId() {
    return delegate.getQuotaProjectId();
  }

  @Override
  public @Nullable String getProjectId() {
    return delegate.getProjectId();
  }

  @Override
  public Map<String, String> getCredentialInfo() {
    return delegate.getCredentialInfo();
  }

  @Override
  public boolean createScopedRequired() {
    return delegate.createScopedRequired();
  }

  @Override
  public GoogleCredentials createScoped(Collection<String> scopes) {
    return derived(delegate.createScoped(scopes));
  }

  @Override
  public GoogleCredentials createScoped(Collection<String> scopes, Collection<String> defaultScopes) {
    return derived(delegate.createScoped(scopes, defaultScopes));
  }

  @Override
  public GoogleCredentials createScoped(String... scopes) {
    return derived(delegate.createScoped(scopes));
  }

  @Override
  public GoogleCredentials createDelegated(String user) {
    return derived(delegate.createDelegated(user));
  }

  @Override
  public GoogleCredentials createWithQuotaProject(String quotaProject) {
    return derived(delegate.createWithQuotaProject(quotaProject));
  }

  @Override
  public GoogleCredentials createWithCustomRetryStrategy(boolean defaultRetriesEnabled) {
    return derived(delegate.createWithCustomRetryStrategy(defaultRetriesEnabled));
  }

  /** The wrapped credentials' builder; what it builds is no longer redacted. */
  @Override
  public GoogleCredentials.Builder toBuilder() {
    return delegate.toBuilder();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RedactedCredentials
        && kind.equals(((RedactedCredentials) o).kind)
        && delegate.equals(((RedactedCredentials) o).delegate);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + delegate.hashCode();
  }

  /** The kind of credential and the library class, never a token, secret, key or account. */
  @Override
  public String toString() {
    return "GoogleChatCredentials{" + kind + ", " + delegate.getClass().getSimpleName() + '}';
  }
}
