package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auth.oauth2.ServiceAccountJwtAccessCredentials;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Credentials that sign their own JWT take the URI the SDK hands them as the audience. The SDK
 * hands them the service's origin, so every call carries the same audience (and the library signs
 * one token for all of them) instead of one per URL.
 */
class SelfSignedJwtAudienceTest extends WireMockSupport {
  @Test
  void everyCallIsSignedForTheServiceOriginNotItsOwnUrl() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    ServiceAccountJwtAccessCredentials credentials = ServiceAccountJwtAccessCredentials.newBuilder()
        .setClientEmail("release-bot@chatsdk-test.iam.gserviceaccount.com")
        .setClientId("109876543210")
        .setPrivateKey(generator.generateKeyPair().getPrivate())
        .setPrivateKeyId("key-7f3a")
        .build();
    respond("get");

    try (GoogleChatClient jwtClient = clientBuilder().credentials(credentials).build()) {
      jwtClient.spaces().get("spaces/AAA");
      jwtClient.spaces().messagesGet("spaces/AAA/messages/BBB");
      jwtClient.spaces().getAsync("spaces/CCC").join();
    }

    List<String> authorizations = wm.findAll(anyRequestedFor(anyUrl())).stream()
        .map(r -> r.getHeader("Authorization")).collect(Collectors.toList());
    assertThat(authorizations).hasSize(3).allMatch(a -> a.startsWith("Bearer "));
    assertThat(authorizations).containsOnly(authorizations.get(0)); // one audience: one signed token
    JsonNode claims = json(new String(
        Base64.getUrlDecoder().decode(authorizations.get(0).substring("Bearer ".length()).split("\\.")[1]),
        StandardCharsets.UTF_8));
    assertThat(claims.path("aud").asText()).isEqualTo(wm.baseUrl() + "/");
  }
}
