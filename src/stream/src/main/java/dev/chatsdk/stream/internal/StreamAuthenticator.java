package dev.chatsdk.stream.internal;

import dev.chatsdk.core.Authenticator;
import dev.chatsdk.core.Require;

/**
 * Stream's request authentication: the JWT as the bare {@code Authorization} header value (no
 * {@code Bearer} prefix), {@code Stream-Auth-Type: jwt}, and the API key as query parameter {@code
 * api_key}. The token is fixed for the authenticator's life: a server token is signed once when the
 * client is built (it carries no expiry), a user token is the one the caller supplied.
 */
public final class StreamAuthenticator implements Authenticator {
  private final String apiKey;
  private final String token;

  /**
   * Sends a fixed token with every request.
   *
   * @param apiKey the app's API key, sent as query parameter {@code api_key}; not blank
   * @param token the JWT sent as {@code Authorization}; not blank and a valid header value
   * @throws IllegalArgumentException when either is blank or the token is not a valid header value
   */
  public StreamAuthenticator(String apiKey, String token) {
    this.apiKey = Require.nonBlank(apiKey, "apiKey");
    this.token = Require.headerValue(Require.nonBlank(token, "token"), "token");
  }

  /**
   * Signs the server-side token ({@code {"server":true}}) once.
   *
   * @param apiKey the app's API key, sent as query parameter {@code api_key}; not blank
   * @param signer the signer keyed with the app's API secret
   * @return an authenticator that sends the server token with every request
   */
  public static StreamAuthenticator server(String apiKey, Hs256 signer) {
    return new StreamAuthenticator(apiKey, signer.token(java.util.Map.of("server", true)));
  }

  @Override
  public void authenticate(Target target) {
    target.setHeader("Authorization", token);
    target.setHeader("Stream-Auth-Type", "jwt");
    target.addQueryParameter("api_key", apiKey);
  }

  /** Shows the API key (it is public) but never the token. */
  @Override
  public String toString() {
    return "StreamAuthenticator{apiKey=" + apiKey + ", token=***}";
  }
}
