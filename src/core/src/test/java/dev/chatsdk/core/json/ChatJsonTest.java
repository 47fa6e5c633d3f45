package dev.chatsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatJsonTest {

  /** Shaped like a generated model: nullable fields, an open enum, an Optional, extra properties. */
  public static final class Model {
    @JsonProperty("id") public @Nullable String id;
    @JsonProperty("created_at") public @Nullable Instant createdAt;
    @JsonProperty("local_at") public @Nullable OffsetDateTime localAt;
    @JsonProperty("color") public @Nullable Color color;
    @JsonProperty("colors") public @Nullable List<Color> colors;
    @JsonProperty("parent_id") public @Nullable Optional<String> parentId;
    private final Map<String, Object> additional = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String name, Object value) {
      additional.put(name, value);
    }

    @JsonAnyGetter
    Map<String, Object> additional() {
      return additional;
    }
  }

  private static Model read(String json) throws IOException {
    return ChatJson.reader(Model.class).readValue(json);
  }

  private static String write(Object value) {
    return new String(ChatJson.toBytes(value), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2026-01-01T10:00:00Z",
      "2026-01-01T10:00:00.123Z",
      "2026-01-01T10:00:00.123456Z",
      "2026-01-01T10:00:00.123456789Z"})
  void instantsRoundTripWithEveryFractionDigit(String text) throws IOException {
    Model m = read("{\"created_at\":\"" + text + "\"}");

    assertThat(m.createdAt).isEqualTo(Instant.parse(text));
    assertThat(write(m)).isEqualTo("{\"created_at\":\"" + text + "\"}");
  }

  @ParameterizedTest
  @CsvSource({
      "2026-01-01T12:00:00+02:00,        2026-01-01T10:00:00Z",
      "2026-01-01T04:30:00.000001-05:30, 2026-01-01T10:00:00.000001Z",
      "2026-01-01T10:00:00+00:00,        2026-01-01T10:00:00Z"})
  void instantsAcceptNumericOffsets(String text, String utc) throws IOException {
    assertThat(read("{\"created_at\":\"" + text + "\"}").createdAt).isEqualTo(Instant.parse(utc));
  }

  @Test
  void offsetDateTimesKeepTheirOffset() throws IOException {
    Model m = read("{\"local_at\":\"2026-01-01T12:00:00.5+02:00\"}");

    assertThat(m.localAt).isEqualTo(OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(2)));
    assertThat(write(m)).isEqualTo("{\"local_at\":\"2026-01-01T12:00:00.5+02:00\"}");
  }

  @Test
  void emptyInstantIsNullAndGarbageIsADecodeError() throws IOException {
    assertThat(read("{\"created_at\":\"\"}").createdAt).isNull();
    assertThatThrownBy(() -> read("{\"created_at\":\"yesterday\"}")).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("RFC 3339");
  }

  @Test
  void openEnumsDecodeUnknownValuesAndWriteThemBack() throws IOException {
    Model m = read("{\"color\":\"ultraviolet\",\"colors\":[\"red\",\"infrared\"]}");

    assertThat(m.color).isEqualTo(Color.of("ultraviolet"));
    assertThat(m.color.isKnown()).isFalse();
    assertThat(m.color.getValue()).isEqualTo("ultraviolet");
    assertThat(m.colors).containsExactly(Color.RED, Color.of("infrared"));
    assertThat(m.colors.get(0)).isSameAs(Color.RED);
    assertThat(m.colors.get(0).isKnown()).isTrue();
    assertThat(write(m)).isEqualTo("{\"color\":\"ultraviolet\",\"colors\":[\"red\",\"infrared\"]}");
    assertThat(Color.of("x")).isEqualTo(Color.of("x")).hasSameHashCodeAs(Color.of("x")).hasToString("x");
    assertThat(Color.of("x")).isNotEqualTo(Color.of("y"));
  }

  @Test
  void unsetFieldsAreOmittedAndOptionalEmptyIsAnExplicitNull() {
    Model m = new Model();
    m.id = "m1";
    assertThat(write(m)).isEqualTo("{\"id\":\"m1\"}");

    m.parentId = Optional.empty(); // absent vs null: an empty Optional asks to clear the field
    assertThat(write(m)).isEqualTo("{\"id\":\"m1\",\"parent_id\":null}");

    m.parentId = Optional.of("p1");
    assertThat(write(m)).isEqualTo("{\"id\":\"m1\",\"parent_id\":\"p1\"}");
  }

  @Test
  void toTreeIsTheJsonAsWrittenWithoutUnsetFields() throws IOException {
    Model m = read("{\"id\":\"m1\",\"created_at\":\"2026-01-01T10:00:00Z\",\"custom\":{\"a\":[1,2]}}");
    m.parentId = Optional.empty();

    com.fasterxml.jackson.databind.JsonNode tree = ChatJson.toTree(m);

    assertThat(tree.isObject()).isTrue();
    assertThat(tree.has("local_at")).isFalse();
    assertThat(tree.has("color")).isFalse();
    assertThat(tree.has("colors")).isFalse();
    assertThat(tree.get("parent_id").isNull()).isTrue(); // an explicit clear stays
    assertThat(tree.get("created_at").asText()).isEqualTo("2026-01-01T10:00:00Z");
    assertThat(tree.toString()).isEqualTo(write(m));
    assertThat(ChatJson.toTree(new Model()).size()).isZero();
  }

  @Test
  void unknownFieldsNeverFailDecodingAndAnySetterKeepsThem() throws IOException {
    Model m = read("{\"id\":\"m1\",\"custom\":{\"a\":[1,2]},\"flag\":true}");

    assertThat(m.id).isEqualTo("m1");
    assertThat(m.additional()).containsOnlyKeys("custom", "flag");
    assertThat(write(m)).isEqualTo("{\"id\":\"m1\",\"custom\":{\"a\":[1,2]},\"flag\":true}");
  }

  @Test
  void readersAndWritersAreResolvedOncePerType() {
    assertThat(ChatJson.reader(Model.class)).isSameAs(ChatJson.reader(Model.class));
    assertThat(ChatJson.writer(Model.class)).isSameAs(ChatJson.writer(Model.class));
  }

  @Test
  void jsonTextForQueryParametersAndTrees() {
    assertThat(ChatJson.toJson(Map.of("type", "messaging"))).isEqualTo("{\"type\":\"messaging\"}");
    assertThat(ChatJson.readTree("{\"a\":1}").get("a").asInt()).isEqualTo(1);
    assertThat(ChatJson.convert(ChatJson.readTree("{\"id\":\"x\"}"), Model.class).id).isEqualTo("x");
  }
}
