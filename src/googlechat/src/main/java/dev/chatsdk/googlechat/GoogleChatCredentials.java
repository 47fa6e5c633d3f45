package dev.chatsdk.googlechat;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserCredentials;
import dev.chatsdk.core.Require;
import dev.chatsdk.googlechat.internal.RedactedCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Ready-made Google Auth Library credentials for the usual ways of calling Google Chat. Pass the
 * result to {@link GoogleChatClient.Builder#credentials}. All of them cache the access token and
 * refresh it before it expires. Google Auth Library's own credential classes print refresh tokens,
 * client secrets or the cached access token in {@code toString()}; every object returned here is a
 * thin wrapper whose {@code toString()} names only the kind of credential (for example {@code
 * GoogleChatCredentials{user, UserCredentials}}), before and after the first token is fetched.
 * Token caching and refresh stay with the wrapped library credentials. Credentials you build
 * yourself and pass to {@link GoogleChatClient.Builder#credentials} are not wrapped: do not log them.
 *
 * <table>
 *   <caption>Which helper for which job</caption>
 *   <tr><th>helper</th><th>who acts</th><th>scopes</th></tr>
 *   <tr><td>{@link #chatApp(Path)}</td><td>the Chat app itself (app authentication)</td>
 *       <td>{@code chat.bot}</td></tr>
 *   <tr><td>{@link #delegated(Path, String, Collection)}</td><td>a Workspace user, impersonated by
 *       a service account with domain-wide delegation — needed for import mode and for methods
 *       that accept only user authentication</td><td>the user scopes the methods need, e.g.
 *       {@code chat.import} or {@link GoogleChatScopes#USER}</td></tr>
 *   <tr><td>{@link #user(String, String, String)}</td><td>a user who granted consent (OAuth
 *       client id/secret and refresh token)</td><td>whatever the user consented to</td></tr>
 *   <tr><td>{@link #accessToken(String)}</td><td>whoever the token belongs to; never
 *       refreshed</td><td>fixed by the token</td></tr>
 * </table>
 */
public final class GoogleChatCredentials {
  private GoogleChatCredentials() {}

  /**
   * A Chat app authenticating as itself with its service-account key file, scope {@code
   * chat.bot}. Enough for messages the app sends, spaces it is a member of, and attachment
   * download; not for import mode, {@code setup}, {@code findDirectMessage} by e-mail and other
   * user-only methods.
   *
   * @param serviceAccountKeyFile the JSON key file of the app's service account
   * @return credentials scoped to {@code chat.bot}, whose {@code toString()} hides the key
   * @throws java.io.UncheckedIOException when the file cannot be read or is not a service-account key
   */
  public static GoogleCredentials chatApp(Path serviceAccountKeyFile) {
    return RedactedCredentials.wrap(serviceAccount(serviceAccountKeyFile).createScoped(GoogleChatScopes.APP), "chatApp");
  }

  /**
   * Like {@link #chatApp(Path)}, reading the JSON key from a stream (which is closed).
   *
   * @param serviceAccountKeyJson the JSON key of the app's service account; closed after reading
   * @return credentials scoped to {@code chat.bot}, whose {@code toString()} hides the key
   * @throws java.io.UncheckedIOException when the stream cannot be read or is not a service-account key
   */
  public static GoogleCredentials chatApp(InputStream serviceAccountKeyJson) {
    return RedactedCredentials.wrap(serviceAccount(serviceAccountKeyJson).createScoped(GoogleChatScopes.APP), "chatApp");
  }

  /**
   * A service account with domain-wide delegation acting as {@code userEmail}. The Workspace
   * administrator must have granted the service account's client id exactly these {@code scopes}
   * (for example {@link GoogleChatScopes#IMPORT} for import mode, or {@link GoogleChatScopes#USER}).
   *
   * @param serviceAccountKeyFile the JSON key file of the delegating service account
   * @param userEmail the Workspace user to act as; not blank
   * @param scopes the scopes granted to the service account for delegation; not empty
   * @return credentials acting as {@code userEmail}, whose {@code toString()} hides the key
   * @throws java.io.UncheckedIOException when the file cannot be read or is not a service-account key
   * @throws IllegalArgumentException when {@code userEmail} is blank or {@code scopes} is empty
   */
  public static GoogleCredentials delegated(Path serviceAccountKeyFile, String userEmail, Collection<String> scopes) {
    return delegate(serviceAccount(serviceAccountKeyFile), userEmail, scopes);
  }

  /**
   * Like {@link #delegated(Path, String, Collection)}, reading the JSON key from a stream.
   *
   * @param serviceAccountKeyJson the JSON key of the delegating service account; closed after reading
   * @param userEmail the Workspace user to act as; not blank
   * @param scopes the scopes granted to the service account for delegation; not empty
   * @return credentials acting as {@code userEmail}, whose {@code toString()} hides the key
   * @throws java.io.UncheckedIOException when the stream cannot be read or is not a service-account key
   * @throws IllegalArgumentException when {@code userEmail} is blank or {@code scopes} is empty
   */
  public static GoogleCredentials delegated(InputStream serviceAccountKeyJson, String userEmail, Collection<String> scopes) {
    return delegate(serviceAccount(serviceAccountKeyJson), userEmail, scopes);
  }

  /**
   * Impersonates {@code userEmail} with credentials you built yourself (for example from
   * Application Default Credentials of a service account): {@code createScoped(scopes)} then
   * {@code createDelegated(userEmail)}.
   *
   * @param serviceAccount the service-account credentials to delegate from; not null
   * @param userEmail the Workspace user to act as; not blank
   * @param scopes the scopes granted to the service account for delegation; not empty
   * @return new delegated credentials; {@code serviceAccount} itself is left unchanged
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code userEmail} is blank or {@code scopes} is empty or
   *     holds a blank scope
   */
  public static GoogleCredentials delegate(GoogleCredentials serviceAccount, String userEmail, Collection<String> scopes) {
    Require.nonNull(serviceAccount, "serviceAccount");
    Require.nonBlank(userEmail, "userEmail");
    requireScopes(scopes);
    return RedactedCredentials.wrap(serviceAccount.createScoped(scopes).createDelegated(userEmail), "delegated");
  }

  /**
   * A user's own credentials from an OAuth client id and secret and a refresh token obtained with
   * the user's consent; the token carries the scopes the user granted.
   *
   * @param clientId the OAuth client id; not blank
   * @param clientSecret the OAuth client secret; not blank
   * @param refreshToken the user's long-lived refresh token; not blank
   * @return credentials that fetch and refresh access tokens for that user, whose {@code
   *     toString()} hides the secrets
   * @throws IllegalArgumentException when any argument is blank
   */
  public static GoogleCredentials user(String clientId, String clientSecret, String refreshToken) {
    return user(clientId, clientSecret, refreshToken, null);
  }

  /** {@link #user(String, String, String)} with another token endpoint (tests point it at a stub). */
  static GoogleCredentials user(String clientId, String clientSecret, String refreshToken, @Nullable URI tokenServer) {
    UserCredentials.Builder user = UserCredentials.newBuilder()
        .setClientId(Require.nonBlank(clientId, "clientId"))
        .setClientSecret(Require.nonBlank(clientSecret, "clientSecret"))
        .setRefreshToken(Require.nonBlank(refreshToken, "refreshToken"));
    if (tokenServer != null) {
      user.setTokenServerUri(tokenServer);
    }
    return RedactedCredentials.wrap(user.build(), "user");
  }

  /**
   * A fixed OAuth access token obtained elsewhere. It is never refreshed: once it expires calls
   * fail with {@link dev.chatsdk.core.UnauthorizedException}. Also handy against the emulator.
   *
   * @param token the bearer access token; not blank and usable as an HTTP header value
   * @return credentials that always send {@code token}, whose {@code toString()} hides it
   * @throws IllegalArgumentException when {@code token} is blank or not a valid header value
   */
  public static GoogleCredentials accessToken(String token) {
    Require.nonBlank(token, "token");
    Require.headerValue(token, "token");
    return RedactedCredentials.wrap(GoogleCredentials.create(new AccessToken(token, null)), "accessToken");
  }

  /**
   * Application Default Credentials (the {@code GOOGLE_APPLICATION_CREDENTIALS} key file, {@code
   * gcloud auth application-default login}, or the metadata server), scoped to {@code scopes}
   * when the credential type needs scopes.
   *
   * @param scopes the scopes to request when the credentials need them; not empty
   * @return the environment's default credentials, whose {@code toString()} hides secrets
   * @throws java.io.UncheckedIOException when no Application Default Credentials are found
   * @throws NullPointerException when {@code scopes} is null
   * @throws IllegalArgumentException when {@code scopes} is empty or holds a blank scope
   */
  public static GoogleCredentials applicationDefault(Collection<String> scopes) {
    requireScopes(scopes);
    try {
      GoogleCredentials adc = GoogleCredentials.getApplicationDefault();
      return RedactedCredentials.wrap(adc.createScopedRequired() ? adc.createScoped(scopes) : adc, "applicationDefault");
    } catch (IOException e) {
      throw new UncheckedIOException("Application Default Credentials are not available: " + e.getMessage(), e);
    }
  }

  private static ServiceAccountCredentials serviceAccount(Path keyFile) {
    Require.nonNull(keyFile, "serviceAccountKeyFile");
    try (InputStream in = Files.newInputStream(keyFile)) {
      return ServiceAccountCredentials.fromStream(in);
    } catch (IOException e) {
      // The message names the file only; the library's message could quote the key's content.
      throw new UncheckedIOException("cannot read the service account key file " + keyFile, e);
    }
  }

  private static ServiceAccountCredentials serviceAccount(@Nullable InputStream json) {
    Require.nonNull(json, "serviceAccountKeyJson");
    try (InputStream in = json) {
      return ServiceAccountCredentials.fromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the service account key", e);
    }
  }

  private static void requireScopes(@Nullable Collection<String> scopes) {
    Require.nonNull(scopes, "scopes");
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes must not be empty");
    }
    for (String s : scopes) {
      Require.nonBlank(s, "scopes element");
    }
  }
}
