package dev.chatsdk.stream.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Hs256Test {

  /** RFC 7515 Appendix A.1: the HS256 example, with its exact header and payload bytes (CRLF included). */
  @Test
  void matchesRfc7515AppendixA1() {
    byte[] key = Base64.getUrlDecoder().decode(
        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
    byte[] header = "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8);
    byte[] payload = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"
        .getBytes(StandardCharsets.UTF_8);

    String jwt = new Hs256(key).token(header, payload);

    assertThat(jwt).isEqualTo("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
        + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
        + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    int[] rfcSignature = {116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186,
        22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121};
    byte[] signature = Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1));
    assertThat(signature).hasSize(rfcSignature.length);
    for (int i = 0; i < rfcSignature.length; i++) {
      assertThat(signature[i] & 0xff).as("signature byte %d", i).isEqualTo(rfcSignature[i]);
    }
  }

  /** RFC 4231 test case 2 (HMAC-SHA256 with key "Jefe"). */
  @Test
  void macHexMatchesRfc4231() {
    assertThat(new Hs256("Jefe").macHex("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void claimsAreWrittenInOrderWithTheStandardHeader() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("user_id", "ana");
    claims.put("iat", 1700000000L);
    String jwt = new Hs256("secret").token(claims);
    String[] parts = jwt.split("\\.");
    assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
        .isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
        .isEqualTo("{\"user_id\":\"ana\",\"iat\":1700000000}");
    assertThat(jwt).doesNotContain("=");
  }

  @Test
  void rejectsEmptyKeyAndHidesKeyInToString() {
    assertThatThrownBy(() -> new Hs256(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Hs256("very-secret").toString()).doesNotContain("very-secret");
  }

  @Test
  void authenticatorNeverShowsItsToken() {
    StreamAuthenticator auth = StreamAuthenticator.server("the-key", new Hs256("the-secret"));
    assertThat(auth.toString()).contains("the-key").doesNotContain("eyJ").doesNotContain("the-secret");
  }
}
