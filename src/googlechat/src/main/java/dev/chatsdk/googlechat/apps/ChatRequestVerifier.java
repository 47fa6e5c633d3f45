package dev.chatsdk.googlechat.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.auth.oauth2.TokenVerifier;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.googlechat.apps.ChatVerificationException.Reason;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a request to a Chat app's HTTP endpoint was sent by Google Chat, from the bearer token
 * in its {@code Authorization} header. Google Chat signs that token one of two ways, chosen by the
 * app's <em>authentication audience</em> setting in the Google Cloud console:
 *
 * <ul>
 *   <li>{@link #forEndpointUrl(String) HTTP endpoint URL}: a Google-signed OpenID Connect ID token;
 *       issuer {@code https://accounts.google.com} (or without scheme), audience the endpoint URL,
 *       {@code email} {@value #CHAT_SERVICE_ACCOUNT} with {@code email_verified} true. Keys from
 *       {@value #GOOGLE_ID_TOKEN_CERTIFICATES}.
 *   <li>{@link #forProjectNumber(String) project number}: a JWT issued by {@value
 *       #CHAT_SERVICE_ACCOUNT}, audience the Cloud project number, signed with that account's keys
 *       published at {@value #CHAT_CERTIFICATES}.
 * </ul>
 *
 * <p>The RS256 signature is checked by Google Auth Library's {@link TokenVerifier}; this class
 * fetches and caches the published keys, checks the claims and reports what failed as a {@link
 * ChatVerificationException} with a {@link ChatVerificationException.Reason}. Expiry, issue time and
 * not-before are compared with a clock-skew allowance of {@link #DEFAULT_CLOCK_SKEW} (5 minutes) by
 * default, the allowance Google's own token verifiers use.
 *
 * <p>Build one per endpoint and share it: it is thread-safe, and it caches the keys (refreshing them
 * when their cache lifetime ends, and once when a token names a key id not seen yet).
 */
public final class ChatRequestVerifier {
  /** The service account Google Chat acts as. */
  public static final String CHAT_SERVICE_ACCOUNT = "chat@system.gserviceaccount.com";
  /** Where the keys of {@value #CHAT_SERVICE_ACCOUNT} are published (key id to X.509 certificate). */
  public static final String CHAT_CERTIFICATES =
      "https://www.googleapis.com/service_accounts/v1/metadata/x509/chat@system.gserviceaccount.com";
  /** Where Google publishes the keys that sign its ID tokens (key id to X.509 certificate). */
  public static final String GOOGLE_ID_TOKEN_CERTIFICATES = "https://www.googleapis.com/oauth2/v1/certs";
  /** Default allowance for clocks that disagree: 5 minutes. */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

  private static final Set<String> GOOGLE_ISSUERS = Set.of("accounts.google.com", "https://accounts.google.com");
  private static final ObjectReader TREE = ChatJson.reader(JsonNode.class);

  private final boolean idToken;
  private final String audience;
  private final String expectedEmail;
  private final Clock clock;
  private final Duration clockSkew;
  private final SigningKeys keys;

  private ChatRequestVerifier(Builder b) {
    this.idToken = b.idToken;
    this.audience = b.audience;
    this.expectedEmail = b.expectedEmail;
    this.clock = b.clock;
    this.clockSkew = b.clockSkew;
    String url = b.certificatesUrl != null ? b.certificatesUrl
        : idToken ? GOOGLE_ID_TOKEN_CERTIFICATES : CHAT_CERTIFICATES;
    OkHttpClient http = b.httpClient != null ? b.httpClient
        : new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();
    this.keys = new SigningKeys(url, http, clock, b.maxKeyAge, b.minRefreshInterval);
  }

  /**
   * For an app whose authentication audience is <em>HTTP endpoint URL</em>: tokens are Google ID
   * tokens whose audience is {@code endpointUrl}, exactly as configured for the app.
   *
   * @param endpointUrl the app's HTTP endpoint URL, character for character as in the Chat API
   *     configuration; not blank
   * @return a builder for the verifier
   * @throws IllegalArgumentException when {@code endpointUrl} is blank
   */
  public static Builder forEndpointUrl(String endpointUrl) {
    return new Builder(true, Require.nonBlank(endpointUrl, "endpointUrl"));
  }

  /**
   * For an app whose authentication audience is <em>project number</em>: tokens are issued by
   * {@value #CHAT_SERVICE_ACCOUNT} with the Cloud project number (digits) as audience.
   *
   * @param projectNumber the Cloud project's number (digits only, not the project id)
   * @return a builder for the verifier
   * @throws IllegalArgumentException when {@code projectNumber} is blank or not all digits
   */
  public static Builder forProjectNumber(String projectNumber) {
    Require.nonBlank(projectNumber, "projectNumber");
    if (!projectNumber.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("projectNumber must be the project's number (digits only), not its id");
    }
    return new Builder(false, projectNumber);
  }

  /**
   * Verifies the {@code Authorization} header of one request.
   *
   * @param authorizationHeader the header's value ({@code Bearer <token>}), null when absent
   * @throws ChatVerificationException when the request must be rejected (answer 401)
   */
  public void verify(@Nullable String authorizationHeader) {
    String token = bearerToken(authorizationHeader);
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[2].isEmpty()) {
      throw fail(Reason.MALFORMED, "token is not a signed JWT (expected three parts)");
    }
    JsonNode header = jsonPart(parts[0], "header");
    JsonNode claims = jsonPart(parts[1], "claims");
    if (!"RS256".equals(header.path("alg").asText(null))) {
      throw fail(Reason.UNSUPPORTED_ALGORITHM, "token is not signed with RS256");
    }
    String keyId = header.path("kid").asText(null);
    if (keyId == null) {
      throw fail(Reason.MALFORMED, "token header has no key id (kid)");
    }
    PublicKey key = keys.find(keyId);
    if (key == null) {
      throw fail(Reason.UNKNOWN_KEY, "token is signed with a key that is not published");
    }
    long now = clock.millis() / 1000;
    checkTimes(claims, now);
    checkSignature(token, key, now);
    checkIssuerAudienceEmail(claims);
  }

  private static String bearerToken(@Nullable String header) {
    if (header == null || header.isBlank()) {
      throw fail(Reason.MISSING_HEADER, "request has no Authorization header");
    }
    String h = header.trim();
    if (h.length() < 7 || !h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      throw fail(Reason.MISSING_HEADER, "Authorization header does not carry a Bearer token");
    }
    String token = h.substring(7).trim();
    if (token.isEmpty()) {
      throw fail(Reason.MISSING_HEADER, "Authorization header carries an empty Bearer token");
    }
    return token;
  }

  private static JsonNode jsonPart(String part, String name) {
    try {
      JsonNode node = TREE.readTree(Base64.getUrlDecoder().decode(part));
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (IOException | IllegalArgumentException e) {
      // fall through: reported without the exception, whose message could quote token bytes
    }
    throw fail(Reason.MALFORMED, "token " + name + " is not base64url-encoded JSON object");
  }

  private void checkTimes(JsonNode claims, long now) {
    JsonNode exp = claims.get("exp");
    if (exp == null || !exp.isNumber()) {
      throw fail(Reason.MALFORMED, "token has no numeric expiry (exp)");
    }
    long skew = clockSkew.getSeconds();
    if (exp.asLong() + skew <= now) {
      throw fail(Reason.EXPIRED, "token expired");
    }
    for (String claim : new String[] {"iat", "nbf"}) {
      JsonNode t = claims.get(claim);
      if (t != null && t.isNumber() && t.asLong() - skew > now) {
        throw fail(Reason.NOT_YET_VALID, "token " + claim + " lies in the future");
      }
    }
  }

  private void checkSignature(String token, PublicKey key, long now) {
    // Times were checked above with the skew; the verifier's own expiry check sees the same instant.
    long at = (now - clockSkew.getSeconds()) * 1000;
    TokenVerifier verifier = TokenVerifier.newBuilder().setPublicKey(key).setClock(() -> at).build();
    try {
      verifier.verify(token);
    } catch (TokenVerifier.VerificationException | RuntimeException e) {
      // The cause is left out on purpose: parser messages can quote parts of the token.
      throw fail(Reason.BAD_SIGNATURE, "token signature does not verify");
    }
  }

  private void checkIssuerAudienceEmail(JsonNode claims) {
    String issuer = claims.path("iss").asText("");
    if (idToken ? !GOOGLE_ISSUERS.contains(issuer) : !issuer.equals(CHAT_SERVICE_ACCOUNT)) {
      throw fail(Reason.WRONG_ISSUER, idToken ? "ID token is not issued by Google (accounts.google.com)"
          : "token is not issued by " + CHAT_SERVICE_ACCOUNT);
    }
    JsonNode aud = claims.path("aud");
    boolean audienceOk = aud.isArray() ? contains(aud, audience) : audience.equals(aud.asText(null));
    if (!audienceOk) {
      throw fail(Reason.WRONG_AUDIENCE, idToken ? "token audience is not the endpoint URL " + audience
          : "token audience is not the project number " + audience);
    }
    if (idToken) {
      JsonNode verified = claims.path("email_verified");
      boolean isVerified = verified.isBoolean() ? verified.asBoolean() : "true".equals(verified.asText(""));
      if (!expectedEmail.equals(claims.path("email").asText("")) || !isVerified) {
        throw fail(Reason.WRONG_EMAIL, "ID token email is not the verified " + expectedEmail);
      }
    }
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.asText(null))) {
        return true;
      }
    }
    return false;
  }

  private static ChatVerificationException fail(Reason reason, String message) {
    return new ChatVerificationException(reason, message);
  }

  @Override
  public String toString() {
    return "ChatRequestVerifier{" + (idToken ? "endpointUrl=" : "projectNumber=") + audience + '}';
  }

  /** Settings of a {@link ChatRequestVerifier}. Not thread-safe. */
  public static final class Builder {
    private final boolean idToken;
    private final String audience;
    private String expectedEmail = CHAT_SERVICE_ACCOUNT;
    private @Nullable String certificatesUrl;
    private @Nullable OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();
    private Duration clockSkew = DEFAULT_CLOCK_SKEW;
    private Duration maxKeyAge = Duration.ofHours(6);
    private Duration minRefreshInterval = Duration.ofSeconds(30);

    private Builder(boolean idToken, String audience) {
      this.idToken = idToken;
      this.audience = audience;
    }

    /**
     * Where the signing keys are published (key id to PEM X.509 certificate, or a JSON Web Key Set).
     * Defaults to Google's URL for the audience setting; change it to test against a local server.
     *
     * @param url the URL to fetch the keys from; not blank
     * @return this builder, for chaining
     */
    public Builder certificatesUrl(String url) {
      this.certificatesUrl = Require.nonBlank(url, "certificatesUrl");
      return this;
    }

    /**
     * The service account an ID token must name in {@code email} (endpoint-URL audience only).
     * Default {@value ChatRequestVerifier#CHAT_SERVICE_ACCOUNT}; an app built as a Google Workspace add-on receives
     * tokens for its add-on service account instead (see docs/googlechat.md).
     *
     * @param email the service account's e-mail address; not blank
     * @return this builder, for chaining
     * @throws IllegalStateException when the builder is for the project-number audience
     */
    public Builder expectedEmail(String email) {
      if (!idToken) {
        throw new IllegalStateException("expectedEmail applies to the endpoint-URL audience only");
      }
      this.expectedEmail = Require.nonBlank(email, "expectedEmail");
      return this;
    }

    /**
     * The client that fetches the certificates (default: a private one with a 10 s call timeout).
     *
     * @param client the OkHttp client to fetch the keys with; not null
     * @return this builder, for chaining
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Require.nonNull(client, "httpClient");
      return this;
    }

    /**
     * The clock tokens are checked against (tests).
     *
     * @param clock the source of the current time for expiry and key-cache checks; not null
     * @return this builder, for chaining
     */
    public Builder clock(Clock clock) {
      this.clock = Require.nonNull(clock, "clock");
      return this;
    }

    /**
     * How far the sender's and this server's clocks may disagree (0 to 1 hour; default 5 minutes).
     *
     * @param skew the tolerance applied to the token's issue and expiry times; 0 to 1 hour
     * @return this builder, for chaining
     * @throws IllegalArgumentException when {@code skew} is negative or longer than 1 hour
     */
    public Builder clockSkew(Duration skew) {
      Require.nonNull(skew, "clockSkew");
      if (skew.isNegative() || skew.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("clockSkew must be between 0 and 1 hour");
      }
      this.clockSkew = skew;
      return this;
    }

    /**
     * Longest time fetched keys are kept, whatever the server's Cache-Control says (default 6 hours).
     *
     * @param age the upper bound on the key cache's lifetime; must be positive
     * @return this builder, for chaining
     * @throws IllegalArgumentException when {@code age} is zero or negative
     */
    public Builder maxKeyAge(Duration age) {
      this.maxKeyAge = positive(age, "maxKeyAge");
      return this;
    }

    /**
     * Shortest time between two refreshes caused by unknown key ids (default 30 seconds).
     *
     * @param interval the minimum spacing of such refreshes; zero or more
     * @return this builder, for chaining
     * @throws IllegalArgumentException when {@code interval} is negative
     */
    public Builder minRefreshInterval(Duration interval) {
      Require.nonNull(interval, "minRefreshInterval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("minRefreshInterval must not be negative");
      }
      this.minRefreshInterval = interval;
      return this;
    }

    private static Duration positive(@Nullable Duration d, String name) {
      Require.nonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }

    /**
     * Builds the verifier from the audience setting and the options set so far.
     *
     * @return a new, thread-safe verifier
     */
    public ChatRequestVerifier build() {
      return new ChatRequestVerifier(this);
    }
  }
}
