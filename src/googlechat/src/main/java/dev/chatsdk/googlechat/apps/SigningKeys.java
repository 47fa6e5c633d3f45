package dev.chatsdk.googlechat.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.googlechat.apps.ChatVerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The public keys published at one certificates URL, by key id. Reads both formats Google uses: a
 * JSON object of key id to PEM X.509 certificate (the {@code service_accounts/v1/metadata/x509/...}
 * and {@code oauth2/v1/certs} documents) and a JSON Web Key Set ({@code oauth2/v3/certs}).
 *
 * <p>Keys are kept until the response's {@code Cache-Control: max-age} (at most {@code maxAge})
 * runs out. A key id that is not in the set triggers one refresh, at most once per {@code
 * minRefreshInterval}, so a stream of forged key ids cannot turn into a stream of fetches.
 */
final class SigningKeys {
  private static final ObjectReader TREE = ChatJson.reader(JsonNode.class);
  private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
  private static final int MAX_DOCUMENT_BYTES = 1 << 20;

  private final String url;
  private final OkHttpClient http;
  private final Clock clock;
  private final Duration maxAge;
  private final Duration minRefreshInterval;
  private Map<String, PublicKey> keys = Map.of();
  private @Nullable Instant fetchedAt;
  private Instant expiresAt = Instant.MIN;

  SigningKeys(String url, OkHttpClient http, Clock clock, Duration maxAge, Duration minRefreshInterval) {
    this.url = url;
    this.http = http;
    this.clock = clock;
    this.maxAge = maxAge;
    this.minRefreshInterval = minRefreshInterval;
  }

  /** The key for {@code keyId}, or null when it is unknown even after the refresh this allows. */
  synchronized @Nullable PublicKey find(String keyId) {
    Instant now = clock.instant();
    boolean fetchedNow = false;
    if (fetchedAt == null || !now.isBefore(expiresAt)) {
      fetch(now);
      fetchedNow = true;
    }
    PublicKey key = keys.get(keyId);
    if (key == null && !fetchedNow && !now.isBefore(fetchedAt.plus(minRefreshInterval))) {
      fetch(now);
      key = keys.get(keyId);
    }
    return key;
  }

  private void fetch(Instant now) {
    Request request = new Request.Builder().url(url).header("Accept", "application/json").build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw unavailable("HTTP " + response.code(), null);
      }
      if (body.contentLength() > MAX_DOCUMENT_BYTES) {
        throw unavailable("document too large", null);
      }
      JsonNode doc = TREE.readTree(body.byteStream());
      Map<String, PublicKey> parsed = parse(doc);
      keys = parsed;
      fetchedAt = now;
      expiresAt = now.plus(lifetime(response.header("Cache-Control")));
    } catch (IOException e) {
      throw unavailable(e.getClass().getSimpleName(), e);
    }
  }

  private Duration lifetime(@Nullable String cacheControl) {
    if (cacheControl != null) {
      Matcher m = MAX_AGE.matcher(cacheControl);
      if (m.find()) {
        try {
          Duration d = Duration.ofSeconds(Long.parseLong(m.group(1)));
          return d.compareTo(maxAge) < 0 ? d : maxAge;
        } catch (NumberFormatException e) {
          return maxAge;
        }
      }
    }
    return maxAge;
  }

  private Map<String, PublicKey> parse(@Nullable JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      throw unavailable("not a JSON object", null);
    }
    Map<String, PublicKey> out = new HashMap<>();
    try {
      if (doc.has("keys")) {
        for (JsonNode jwk : doc.get("keys")) {
          if ("RSA".equals(jwk.path("kty").asText()) && jwk.hasNonNull("kid")) {
            out.put(jwk.get("kid").asText(), rsaKey(jwk.path("n").asText(), jwk.path("e").asText()));
          }
        }
      } else {
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        Iterator<Map.Entry<String, JsonNode>> it = doc.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          byte[] pem = e.getValue().asText().getBytes(StandardCharsets.US_ASCII);
          out.put(e.getKey(), x509.generateCertificate(new ByteArrayInputStream(pem)).getPublicKey());
        }
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw unavailable("unreadable key: " + e.getClass().getSimpleName(), e);
    }
    return Map.copyOf(out);
  }

  private static PublicKey rsaKey(String n, String e) throws GeneralSecurityException {
    Base64.Decoder d = Base64.getUrlDecoder();
    RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, d.decode(n)), new BigInteger(1, d.decode(e)));
    return KeyFactory.getInstance("RSA").generatePublic(spec);
  }

  private ChatVerificationException unavailable(String what, @Nullable Throwable cause) {
    return new ChatVerificationException(Reason.CERTIFICATES_UNAVAILABLE,
        "signing certificates at " + url + " could not be read: " + what, cause);
  }
}
