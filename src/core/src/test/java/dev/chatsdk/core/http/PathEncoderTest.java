package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A path value can never leave its segment; resource names keep their slashes only after checks. */
class PathEncoderTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private static final Pattern MESSAGE = Pattern.compile("spaces/[^/]+/messages/[^/]+");
  private static final String MESSAGE_SHAPE = "spaces/{space}/messages/{message}";

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "plain-id_1.2~x    | plain-id_1.2~x",
      "a/b               | a%2Fb",
      "../../admin       | ..%2F..%2Fadmin",
      "/                 | %2F",
      "%2F               | %252F",
      "%2e%2e            | %252e%252e",
      "a?b               | a%3Fb",
      "a#b               | a%23b",
      "'a b'             | a%20b",
      "'  '              | %20%20",
      "a+b;c=d&e         | a%2Bb%3Bc%3Dd%26e",
      "back\\slash       | back%5Cslash",
      "...               | ...",
      "..a               | ..a",
      "Zürich            | Z%C3%BCrich",
      "日本               | %E6%97%A5%E6%9C%AC",
      "😀                | %F0%9F%98%80",
  })
  void segmentEncoding(String value, String encoded) {
    assertThat(PathEncoder.segment("channelId", value)).isEqualTo(encoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void dotSegmentsAreRejected(String value) {
    assertThatThrownBy(() -> PathEncoder.segment("channelId", value))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("channelId must not be '.' or '..'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\rb", "a\nb", "a\r\nGET /admin", "tab\there", "nul\u0000", "del\u007f"})
  void controlCharactersAreRejectedWithoutEchoingTheValue(String value) {
    assertThatThrownBy(() -> PathEncoder.segment("channelId", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channelId must not contain control characters");
  }

  @Test
  void emptyAndNullAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> PathEncoder.segment("channelId", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("channelId must not be empty");
    assertThatThrownBy(() -> PathEncoder.segment("channelId", null))
        .isInstanceOf(NullPointerException.class).hasMessage("channelId must not be null");
  }

  /**
   * Through a real server: the value arrives as exactly one segment and decodes back to itself.
   * ({@code ../../admin} is left to the unit corpus: Jetty itself answers 400 to the encoded
   * {@code ..%2F..%2Fadmin} as an ambiguous path, before WireMock records it.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"a/b", "x/../y", "%2F..%2F", "x?y=1#frag", "a b", "Zürich 😀", "..;", "~user"})
  void theServerSeesOneSegmentThatDecodesToTheValue(String value) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    HttpPipeline pipeline = TestPipelines.builder(wm, new RecordingSleeper()).build();

    pipeline.execute(ApiRequest.builder("get", "GET", "/items/{id}/tail").pathSegment("id", value).build(),
        ResponseHandler.discard(), dev.chatsdk.core.RequestOptions.none());

    String url = wm.findAll(anyRequestedFor(anyUrl())).get(0).getUrl();
    assertThat(url).doesNotContain("?").doesNotContain("#");
    String[] segments = url.split("/", -1);
    assertThat(segments).hasSize(4);
    assertThat(segments[1]).isEqualTo("items");
    assertThat(segments[3]).isEqualTo("tail");
    assertThat(URLDecoder.decode(segments[2].replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "spaces/AAA/messages/BBB.CCC | spaces/AAA/messages/BBB.CCC",
      "spaces/A A/messages/ü       | spaces/A%20A/messages/%C3%BC",
      "spaces/A%2F/messages/x      | spaces/A%252F/messages/x",
      "spaces/.a/messages/a.       | spaces/.a/messages/a.",
      "spaces/.../messages/~_-     | spaces/.../messages/~_-",
  })
  void resourceNamesKeepSlashesAndEncodeSegments(String value, String encoded) {
    assertThat(PathEncoder.resourceName("name", value, MESSAGE, MESSAGE_SHAPE)).isEqualTo(encoded);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "''                              | name must not be empty; expected spaces/{space}/messages/{message}",
      "spaces//messages/x              | name must not contain empty segments; expected spaces/{space}/messages/{message}",
      "/spaces/A/messages/x            | name must not contain empty segments; expected spaces/{space}/messages/{message}",
      "spaces/A/messages/x/            | name must not contain empty segments; expected spaces/{space}/messages/{message}",
      "spaces/../messages/x            | name must not be '.' or '..'",
      "spaces/A/messages/.             | name must not be '.' or '..'",
      "spaces/A/messages/..            | name must not be '.' or '..'",
      "./A/messages/x                  | name must not be '.' or '..'",
      "spaces/A?x=1/messages/x         | name must not contain '?' or '#'; expected spaces/{space}/messages/{message}",
      "spaces/A/messages/x#y           | name must not contain '?' or '#'; expected spaces/{space}/messages/{message}",
      "spaces/A                        | name must be a resource name like spaces/{space}/messages/{message}, got 'spaces/A'",
      "users/A/messages/x              | name must be a resource name like spaces/{space}/messages/{message}, got 'users/A/messages/x'",
      "spaces/A/messages/x/reactions/r | name must be a resource name like spaces/{space}/messages/{message}, got 'spaces/A/messages/x/reactions/r'",
  })
  void badResourceNamesAreRejectedNamingTheParameter(String value, String message) {
    assertThatThrownBy(() -> PathEncoder.resourceName("name", value, MESSAGE, MESSAGE_SHAPE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void resourceNamesWithControlCharactersOrNullAreRejected() {
    assertThatThrownBy(() -> PathEncoder.resourceName("name", "spaces/A\r\n/messages/x", MESSAGE, MESSAGE_SHAPE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not contain control characters");
    assertThatThrownBy(() -> PathEncoder.resourceName("name", null, MESSAGE, MESSAGE_SHAPE))
        .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
  }
}
