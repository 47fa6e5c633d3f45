package dev.chatsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void javaNames() {
    assertThat(Names.camel("created_at")).isEqualTo("createdAt");
    assertThat(Names.camel("StatusCode")).isEqualTo("statusCode");
    assertThat(Names.camel("ID")).isEqualTo("id");
    assertThat(Names.camel("cardsV2")).isEqualTo("cardsV2");
    assertThat(Names.camel("i18n")).isEqualTo("i18n");
    assertThat(Names.identifier("default")).isEqualTo("defaultValue");
    assertThat(Names.upperCamel("quoted_message")).isEqualTo("QuotedMessage");
  }

  @Test
  void enumConstants() {
    assertThat(Names.constant("zh-TW")).isEqualTo("ZH_TW");
    assertThat(Names.constant("message.read")).isEqualTo("MESSAGE_READ");
    assertThat(Names.constant("AI")).isEqualTo("AI");
    assertThat(Names.constant("SPACE_TYPE_UNSPECIFIED")).isEqualTo("SPACE_TYPE_UNSPECIFIED");
    assertThat(Names.constant("3d")).isEqualTo("V_3D");
  }

  @Test
  void adderSingulars() {
    assertThat(Names.singular("Attachments")).isEqualTo("Attachment");
    assertThat(Names.singular("Replies")).isEqualTo("Reply");
    assertThat(Names.singular("Status")).isEqualTo("Status");
    assertThat(Names.singular("CardsV2")).isEqualTo("CardsV2");
  }

  @Test
  void secretNames() {
    assertThat(Names.isSecret("access_token")).isTrue();
    assertThat(Names.isSecret("client_secret")).isTrue();
    assertThat(Names.isSecret("private_key")).isTrue();
    assertThat(Names.isSecret("apiKey")).isTrue();
    assertThat(Names.isSecret("password")).isTrue();
    assertThat(Names.isSecret("keep_channel_hidden")).isFalse();
    assertThat(Names.isSecret("monkey")).isFalse();
    assertThat(Names.isSecret("text")).isFalse();
  }
}
