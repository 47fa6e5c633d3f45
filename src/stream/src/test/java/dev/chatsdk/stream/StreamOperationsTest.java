package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.json.ChatJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation besides the 24 of MessagesApiTest, against WireMock: the method, raw path, exact
 * query (a JSON {@code payload} compared as JSON), server authentication and JSON body on the wire,
 * then the fixture decoded into the typed response (its unknown field kept) and encoded back unchanged.
 */
class StreamOperationsTest extends StreamTestSupport {

  static Stream<Arguments> operations() {
    return StreamCase.ALL.values().stream().filter(c -> c.path != null).map(c -> Arguments.of(c.key));
  }

  @ParameterizedTest
  @MethodSource("operations")
  void requestOnTheWireAndDecodedResponse(String key) {
    StreamCase c = StreamCase.ALL.get(key);
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(c.method.equals("post") ? 201 : 200)
        .withHeader("Content-Type", "application/json").withBody(fixture(key))));

    Object response = c.call.apply(client);

    LoggedRequest request = onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo(c.method.toUpperCase(Locale.ROOT));
    assertThat(rawPath(request)).isEqualTo(c.path);
    assertServerAuth(request);
    Map<String, List<String>> sent = new LinkedHashMap<>(query(request));
    sent.remove("api_key");
    assertThat(sent.keySet()).isEqualTo(c.query.keySet());
    c.query.forEach((name, value) -> {
      String actual = sent.get(name).get(0);
      if (name.equals("payload")) {
        assertThat(ChatJson.readTree(actual)).as("payload").isEqualTo(ChatJson.readTree(value));
      } else {
        assertThat(actual).as(name).isEqualTo(value);
      }
    });
    if (c.body == null) {
      assertThat(request.getBody()).as("no body").isEmpty();
    } else {
      assertThat(request.getHeader("Content-Type")).startsWith("application/json");
      assertThat(ChatJson.readTree(request.getBodyAsString())).isEqualTo(ChatJson.readTree(c.body));
    }

    assertThat(response).isNotNull();
    assertThat(additional(response)).containsEntry("x_edge_region", "eu-west");
    JsonNode fixture = ChatJson.readTree(fixture(key));
    if (fixture.has("duration")) {
      assertThat(ChatJson.toTree(response).get("duration").asText()).isEqualTo(fixture.get("duration").asText());
    }
    assertRoundTrip(response, key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> additional(Object model) {
    try {
      return (Map<String, Object>) model.getClass().getMethod("getAdditionalProperties").invoke(model);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
