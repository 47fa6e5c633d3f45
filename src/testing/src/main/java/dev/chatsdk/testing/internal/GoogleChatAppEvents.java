package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Google Chat's side of a Chat app's HTTP endpoint: signs interaction events with the emulator's own
 * RSA key, posts them to the registered endpoint and returns the synchronous reply, and publishes the
 * matching keys on a loopback HTTP server in Google's three formats (key id to PEM certificate at
 * {@code /oauth2/v1/certs} and {@code /service_accounts/v1/metadata/x509/chat@system.gserviceaccount.com},
 * a JSON Web Key Set at {@code /oauth2/v3/certs}). The key and the server are made on first use.
 */
public final class GoogleChatAppEvents {
  /** Chat's service account: issuer of project-number JWTs, email of ID tokens, certificate subject. */
  public static final String CHAT_ACCOUNT = "chat@system.gserviceaccount.com";
  /** Key server path of the Chat account's certificates (key id to PEM), used with a project number. */
  public static final String X509_PATH = "/service_accounts/v1/metadata/x509/" + CHAT_ACCOUNT;
  /** Key server path of the ID-token certificates (key id to PEM), used with a URL audience. */
  public static final String ID_TOKEN_CERTS_PATH = "/oauth2/v1/certs";
  /** Key server path of the same keys as a JSON Web Key Set. */
  public static final String JWKS_PATH = "/oauth2/v3/certs";

  private final Clock clock;
  private final Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
  private @Nullable KeyPair keys;
  private String keyId = "";
  private @Nullable HttpServer server;
  private @Nullable HttpClient http;
  private @Nullable String endpoint;
  private @Nullable String projectNumber;

  /**
   * An event sender with no endpoint yet; no key or server is made until first needed.
   *
   * @param clock the clock for event times and token issue and expiry times
   */
  public GoogleChatAppEvents(Clock clock) {
    this.clock = clock;
  }

  /**
   * Where events go; null stops delivery.
   *
   * @param url the app's http or https endpoint, or null to unregister it
   * @param projectNumber the audience of Chat-issued JWTs (digits only), or null to send ID tokens
   *     whose audience is the URL
   * @throws IllegalArgumentException if the URL is not http(s) or the project number is not digits
   */
  public synchronized void setEndpoint(@Nullable String url, @Nullable String projectNumber) {
    if (url != null) {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
        throw new IllegalArgumentException("Chat app endpoint must be an http or https URL: " + url);
      }
    }
    if (projectNumber != null && !projectNumber.matches("[0-9]+")) {
      throw new IllegalArgumentException("projectNumber must be digits only: " + projectNumber);
    }
    this.endpoint = url;
    this.projectNumber = projectNumber;
  }

  /**
   * Base URL of the key server, started on first call.
   *
   * @return {@code http://127.0.0.1:port}, without a trailing slash
   * @throws java.io.UncheckedIOException if the key server cannot be started
   * @throws IllegalStateException if the thread is interrupted while the server starts
   */
  public synchronized String certificatesBaseUrl() {
    ensureKeys();
    if (server == null) {
      try {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        s.createContext("/", this::serveKeys);
        s.setExecutor(null);
        Thread starter = new Thread(s::start, "chatsdk-emulator-chat-certs");
        starter.setDaemon(true); // HttpServer's dispatcher thread inherits this: never keeps the JVM alive
        starter.start();
        starter.join();
        server = s;
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the emulator's certificate server", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting the certificate server", e);
      }
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Signs and posts an event; returns the endpoint's status and body.
   *
   * @param event the event JSON, sent as the POST body with a fresh bearer token
   * @return the endpoint's answer, whatever its status
   * @throws IllegalStateException if no endpoint is registered or the thread is interrupted
   * @throws java.io.UncheckedIOException if the endpoint cannot be reached
   */
  public Delivery deliver(ObjectNode event) {
    String target;
    String token;
    synchronized (this) {
      target = endpoint;
      if (target == null) {
        throw new IllegalStateException("no Chat app endpoint registered: call googleChat().app().endpoint(url)");
      }
      token = token(target, projectNumber);
      if (http == null) {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      }
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("User-Agent", "Google-Dynamite")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(event))).build();
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Delivery(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Chat app endpoint " + target + " could not be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering a Chat app event", e);
    }
  }

  /** The endpoint's answer to one event. */
  public static final class Delivery {
    /** The HTTP status the endpoint answered with. */
    public final int status;
    /** The response body bytes, empty when there was none. */
    public final byte[] body;

    Delivery(int status, byte[] body) {
      this.status = status;
      this.body = body;
    }
  }

  /** An ID token for the endpoint URL, or a Chat-issued JWT for the project number. */
  private String token(String audience, @Nullable String project) {
    ensureKeys();
    long now = clock.instant().getEpochSecond();
    ObjectNode claims = Json.object();
    if (project == null) {
      claims.put("iss", "https://accounts.google.com").put("aud", audience).put("azp", "emulated-chat")
          .put("sub", "100000000000000000042").put("email", CHAT_ACCOUNT).put("email_verified", true);
    } else {
      claims.put("iss", CHAT_ACCOUNT).put("aud", project);
    }
    claims.put("iat", now).put("exp", now + 3600);
    ObjectNode header = Json.object().put("alg", "RS256").put("kid", keyId).put("typ", "JWT");
    String input = b64.encodeToString(Json.bytes(header)) + "." + b64.encodeToString(Json.bytes(claims));
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(keys.getPrivate());
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64.encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RS256 signing is not available", e);
    }
  }

  private synchronized void ensureKeys() {
    if (keys != null) {
      return;
    }
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      keys = g.generateKeyPair();
      keyId = "emulator-" + Long.toHexString(clock.millis());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is not available", e);
    }
  }

  private void serveKeys(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      byte[] body;
      if (path.equals(X509_PATH) || path.equals(ID_TOKEN_CERTS_PATH)) {
        body = Json.bytes(Json.object().put(keyId, certificate()));
      } else if (path.equals(JWKS_PATH)) {
        body = Json.bytes(jwks());
      } else {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } finally {
      exchange.close();
    }
  }

  private synchronized String certificate() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    try {
      return SelfSignedCertificate.pem(keys, CHAT_ACCOUNT, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("certificate signing is not available", e);
    }
  }

  private synchronized ObjectNode jwks() {
    RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
    ArrayNode list = Json.array();
    list.addObject().put("kty", "RSA").put("alg", "RS256").put("use", "sig").put("kid", keyId)
        .put("n", b64.encodeToString(unsigned(pub.getModulus()))).put("e", b64.encodeToString(unsigned(pub.getPublicExponent())));
    ObjectNode doc = Json.object();
    doc.set("keys", list);
    return doc;
  }

  private static byte[] unsigned(BigInteger n) {
    byte[] b = n.toByteArray();
    return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
  }

  /** Stops the key server. */
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /**
   * A user resource as Chat events carry it.
   *
   * @param name the user's resource name, {@code users/...}
   * @param displayName the name shown for the user
   * @return a new {@code HUMAN} user object
   */
  public static ObjectNode user(String name, String displayName) {
    return Json.object().put("name", name).put("displayName", displayName).put("type", "HUMAN");
  }

  /**
   * The common skeleton: type, time, space (stored copy when known), user.
   *
   * @param type the event type, e.g. {@code MESSAGE} or {@code CARD_CLICKED}
   * @param space the space object to embed (used as-is, not copied)
   * @param user the acting user object to embed
   * @return a new event with {@code eventTime} from the clock and a {@code common} block (CHAT host,
   *     locale {@code en}, UTC)
   */
  public ObjectNode event(String type, ObjectNode space, ObjectNode user) {
    ObjectNode e = Json.object().put("type", type).put("eventTime", clock.instant().toString());
    e.set("space", space);
    e.set("user", user);
    ObjectNode common = e.putObject("common").put("hostApp", "CHAT").put("userLocale", "en");
    common.putObject("timeZone").put("id", "UTC").put("offset", 0);
    return e;
  }

  /**
   * The form-input map of {@code common.formInputs}: every value a one-element string input.
   *
   * @param inputs the input values by widget name
   * @return a new object in the event's {@code formInputs} shape
   */
  public static ObjectNode formInputs(Map<String, String> inputs) {
    ObjectNode out = Json.object();
    inputs.forEach((k, v) -> out.putObject(k).putObject("stringInputs").putArray("value").add(v));
    return out;
  }
}
