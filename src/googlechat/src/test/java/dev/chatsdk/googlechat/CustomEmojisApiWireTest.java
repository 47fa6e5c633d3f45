package dev.chatsdk.googlechat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.googlechat.model.CustomEmoji;
import dev.chatsdk.googlechat.model.CustomEmojiPayload;
import dev.chatsdk.googlechat.model.ListCustomEmojisResponse;
import dev.chatsdk.googlechat.params.CustomEmojisListParams;
import org.junit.jupiter.api.Test;

/** One test per {@link CustomEmojisApi} method: the request on the wire and the decoded fixture. */
class CustomEmojisApiWireTest extends WireMockSupport {
  static final String EMOJI = "customEmojis/ZmxhbWUtcGFycm90";

  @Test
  void create() {
    respond("customEmojisCreate");
    CustomEmoji created = client.customEmojis().create(CustomEmoji.builder()
        .emojiName(":shipit:")
        .payload(CustomEmojiPayload.builder().filename("shipit.png").fileContent("iVBORw0KGgo=").build())
        .build());
    assertRequest("POST", "/v1/customEmojis",
        "{\"emojiName\":\":shipit:\",\"payload\":{\"filename\":\"shipit.png\",\"fileContent\":\"iVBORw0KGgo=\"}}");
    assertThat(created.getName()).isEqualTo(EMOJI);
    assertThat(created.getUid()).isEqualTo("ZmxhbWUtcGFycm90");
    assertThat(created.getEmojiName()).isEqualTo(":shipit:");
    assertThat(created.getTemporaryImageUri()).startsWith("https://lh3.googleusercontent.com/");
    assertThat(created.getPayload()).isNull();
  }

  @Test
  void get() {
    respond("customEmojisGet");
    CustomEmoji emoji = client.customEmojis().get(EMOJI);
    assertRequest("GET", "/v1/customEmojis/ZmxhbWUtcGFycm90", null);
    assertThat(emoji.getEmojiName()).isEqualTo(":shipit:");
    assertThat(emoji.getUid()).isEqualTo("ZmxhbWUtcGFycm90");
  }

  @Test
  void listWithHttpInfo() {
    respond("customEmojisList");
    ApiResponse<ListCustomEmojisResponse> r = client.customEmojis().listWithHttpInfo(CustomEmojisListParams.builder()
        .pageSize(2).filter("creator(\"users/me\")").build());
    assertRequest("GET", "/v1/customEmojis?pageSize=2&filter=creator%28%22users%2Fme%22%29", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.data().getCustomEmojis()).extracting(CustomEmoji::getEmojiName).containsExactly(":shipit:", ":lgtm:");
    assertThat(r.data().getCustomEmojis().get(1).getName()).isEqualTo("customEmojis/bGd0bS1iYWRnZQ");
    assertThat(r.data().getNextPageToken()).isEqualTo("ZW1vamlzLXBhZ2UtMg");
  }

  @Test
  void deleteAsync() throws Exception {
    respondEmpty();
    assertThat(client.customEmojis().deleteAsync(EMOJI).get()).isNull();
    assertRequest("DELETE", "/v1/customEmojis/ZmxhbWUtcGFycm90", null);
  }
}
