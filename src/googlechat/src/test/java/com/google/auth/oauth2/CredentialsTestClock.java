package com.google.auth.oauth2;

import com.google.api.client.util.Clock;

/**
 * Test-only access to Google Auth Library's clock hook ({@code OAuth2Credentials.clock} is
 * package-private, which is why this class lives in the library's package). Lets a test move the
 * credentials' notion of "now" past a token's expiry without waiting.
 */
public final class CredentialsTestClock {
  private CredentialsTestClock() {}

  public static void install(OAuth2Credentials credentials, Clock clock) {
    credentials.clock = clock;
  }
}
