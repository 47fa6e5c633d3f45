package dev.chatsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The YAML 1.1 boolean trap, without the real specs. */
class OpenApiReaderTest {

  private static JsonNode yaml(String text) throws IOException {
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      p.nextToken();
      return OpenApiReader.readTree(p);
    }
  }

  @Test
  void yaml11BooleanWordsStayStrings() throws IOException {
    JsonNode n = yaml("enum: [nl, no, yes, on, off, 'no', n]\nflag: true\nother: False\ncount: 3\n");

    assertThat(n.get("enum").toString()).isEqualTo("[\"nl\",\"no\",\"yes\",\"on\",\"off\",\"no\",\"n\"]");
    assertThat(n.get("flag").isBoolean()).isTrue();
    assertThat(n.get("other").isBoolean()).isTrue();
    assertThat(n.get("other").booleanValue()).isFalse();
    assertThat(n.get("count").intValue()).isEqualTo(3);
  }

  @Test
  void enumTypeKeepsTextValues() throws IOException {
    SchemaTypes types = new SchemaTypes(r -> r, false);
    TypeRef t = types.typeOf(yaml("type: string\nenum: [en, no, fr]\n"), "X.language");

    assertThat(t.kind).isEqualTo(TypeRef.Kind.ENUM);
    assertThat(t.enumValues).containsExactly("en", "no", "fr");
  }
}
