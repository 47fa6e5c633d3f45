package dev.chatsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.json.ChatJson;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A string with an unpaired UTF-16 surrogate has no UTF-8 form, so OkHttp would send it as
 * {@code ?}: in a path, query or header it is rejected before any I/O, naming the parameter. In a
 * JSON body Jackson writes it as a {@code \\uD800} escape, which keeps the code unit and is valid
 * JSON, so bodies pass it on unchanged.
 */
class UnpairedSurrogateTest {
  private static final Pattern SPACE = Pattern.compile("^spaces/[^/]+$");

  private static ApiRequest.Builder request() {
    return ApiRequest.builder("sendThing", "POST", "/things/{id}").pathSegment("id", "1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800b", "a\uDC00b", "ab\uD800", "\uDC00", "\uDC00\uD800"})
  void pathSegmentsRejectThem(String bad) {
    assertThatThrownBy(() -> PathEncoder.segment("channelId", bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channelId contains an unpaired UTF-16 surrogate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"spaces/a\uD800b", "spaces/\uDC00"})
  void resourceNamesRejectThem(String bad) {
    assertThatThrownBy(() -> PathEncoder.resourceName("name", bad, SPACE, "spaces/{space}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name contains an unpaired UTF-16 surrogate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800b", "ab\uD800"})
  void queryValuesRejectThemInEveryForm(String bad) {
    assertThatThrownBy(() -> request().query("filter", bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query parameter filter contains an unpaired UTF-16 surrogate");
    assertThatThrownBy(() -> request().query("ids", List.of("ok", bad)))
        .hasMessage("query parameter ids contains an unpaired UTF-16 surrogate");
    assertThatThrownBy(() -> request().queryCsv("fields", List.of("ok", bad)))
        .hasMessage("query parameter fields contains an unpaired UTF-16 surrogate");
    assertThatThrownBy(() -> request().queryJson("payload", Map.of("text", bad)))
        .hasMessage("query parameter payload contains an unpaired UTF-16 surrogate");
    assertThatThrownBy(() -> RequestOptions.builder().queryParam("extra", bad))
        .hasMessage("query parameter extra contains an unpaired UTF-16 surrogate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800b", "\uDC00"})
  void headerValuesRejectThem(String bad) {
    assertThatThrownBy(() -> request().header("X-Thing", bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("header X-Thing contains");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Thing", bad))
        .hasMessageStartingWith("header X-Thing contains");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800b", "ab\uDBFF"})
  void jsonBodiesCarryThemAsEscapesInValidUtf8(String lone) throws Exception {
    byte[] body = request().jsonBody(Map.of("text", lone)).build().jsonBody();

    // Valid UTF-8 (a strict decoder accepts it) that spells the lone code unit as an escape.
    String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(body)).toString();
    assertThat(json).contains(String.format("\\u%04X", lone.chars().filter(c -> Character.isSurrogate((char) c)).findFirst().getAsInt()));
    assertThat(json).doesNotContain("?");
    // and it reads back as the same string
    assertThat(ChatJson.readTree(json).get("text").asText()).isEqualTo(lone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83D\uDE00", "a\uD83D\uDE00b"})
  void properPairsStillPass(String emoji) {
    assertThat(PathEncoder.segment("channelId", emoji)).isEqualTo(PathEncoder.encode(emoji)).contains("%F0%9F%98%80");
    assertThat(request().query("filter", emoji).queryJson("payload", Map.of("t", emoji)).build().query()).hasSize(2);
  }
}
