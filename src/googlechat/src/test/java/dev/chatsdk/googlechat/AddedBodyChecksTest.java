package dev.chatsdk.googlechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.googlechat.model.CustomEmoji;
import dev.chatsdk.googlechat.model.CustomEmojiPayload;
import dev.chatsdk.googlechat.model.GoogleChatV1Section;
import dev.chatsdk.googlechat.model.MessagePin;
import dev.chatsdk.googlechat.model.MoveSectionItemRequest;
import dev.chatsdk.googlechat.model.SearchMessagesRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Request bodies of the added methods that lack what the service requires fail before any I/O,
 * naming the field's path; complete bodies go out. The last test keeps the list of required body
 * fields in step with the discovery document.
 */
class AddedBodyChecksTest extends WireMockSupport {
  private static final String SPACE = "spaces/AAA";
  private static final String SECTION = "users/123/sections/S1";
  private static final CustomEmojiPayload PNG =
      CustomEmojiPayload.builder().filename("shipit.png").fileContent("iVBORw0KGgo=").build();

  @Test
  void aCustomEmojiNeedsANameAndAnImage() throws Throwable {
    rejected(() -> client.customEmojis().create(null), "customEmoji");
    rejected(() -> client.customEmojis().create(CustomEmoji.builder().payload(PNG).build()), "customEmoji.emojiName");
    rejected(() -> client.customEmojis().create(CustomEmoji.builder().emojiName("shipit").payload(PNG).build()),
        "customEmoji.emojiName");
    rejected(() -> client.customEmojis().create(CustomEmoji.builder().emojiName(":Ship__it:").payload(PNG).build()),
        "customEmoji.emojiName");
    rejected(() -> client.customEmojis().createAsync(CustomEmoji.builder().emojiName(":shipit:").build()),
        "customEmoji.payload");
    rejected(() -> client.customEmojis().create(CustomEmoji.builder().emojiName(":shipit:")
        .payload(CustomEmojiPayload.builder().filename("shipit.png").build()).build()), "customEmoji.payload.fileContent");
    rejected(() -> client.customEmojis().create(CustomEmoji.builder().emojiName(":shipit:")
        .payload(CustomEmojiPayload.builder().fileContent("iVBORw0KGgo=").filename(" ").build()).build()),
        "customEmoji.payload.filename");
    sent(() -> client.customEmojis().create(CustomEmoji.builder().emojiName(":shipit:").payload(PNG).build()));
    sent(() -> client.customEmojis().create(CustomEmoji.builder().emojiName(":ship-it_2:").payload(PNG).build()));
  }

  @Test
  void aPinNamesTheMessageItPins() throws Throwable {
    rejected(() -> client.spaces().messagePinsCreate(SPACE, MessagePin.builder().build()), "messagePin.message");
    rejected(() -> client.spaces().messagePinsCreate(SPACE, MessagePin.builder().message("spaces/AAA").build()),
        "messagePin.message");
    rejected(() -> client.spaces().messagePinsCreate(SPACE, MessagePin.builder().message("spaces/AAA/messages/../x").build()),
        "messagePin.message");
    sent(() -> client.spaces().messagePinsCreate(SPACE, MessagePin.builder().message("spaces/AAA/messages/BBB.CCC").build()));
  }

  @Test
  void aMessageSearchNeedsAFilter() throws Throwable {
    rejected(() -> client.spaces().messagesSearch(SPACE, SearchMessagesRequest.builder().pageSize(5).build()),
        "request.filter");
    rejected(() -> client.spaces().messagesSearchAsync(SPACE, SearchMessagesRequest.builder().filter("  ").build()),
        "request.filter");
    sent(() -> client.spaces().messagesSearch(SPACE, SearchMessagesRequest.builder().filter("rollback").build()));
  }

  @Test
  void aSectionNeedsATypeAndACustomOneADisplayName() throws Throwable {
    rejected(() -> client.users().sectionsCreate("users/123", GoogleChatV1Section.builder().displayName("x").build()),
        "section.type");
    rejected(() -> client.users().sectionsCreate("users/123", GoogleChatV1Section.builder()
        .type(GoogleChatV1Section.Type.CUSTOM_SECTION).build()), "section.displayName");
    sent(() -> client.users().sectionsCreate("users/123", GoogleChatV1Section.builder()
        .type(GoogleChatV1Section.Type.CUSTOM_SECTION).displayName("Releases").build()));
  }

  @Test
  void anItemMovesToASectionOfTheSameKind() throws Throwable {
    String item = SECTION + "/items/I1";
    rejected(() -> client.users().sectionsItemsMove(item, MoveSectionItemRequest.builder().build()), "request.targetSection");
    rejected(() -> client.users().sectionsItemsMove(item, MoveSectionItemRequest.builder().targetSection("spaces/AAA").build()),
        "request.targetSection");
    rejected(() -> client.users().sectionsItemsMove(item,
        MoveSectionItemRequest.builder().targetSection("users/123/sections/S2?x").build()), "request.targetSection");
    sent(() -> client.users().sectionsItemsMove(item,
        MoveSectionItemRequest.builder().targetSection("users/123/sections/S2").build()));
  }

  /**
   * Top-level fields of a create/action body the document calls required ("Required." or "Required
   * when ... created"), by method. Each is checked above or by BodyValidationTest; a new one fails here.
   */
  @Test
  void theRequiredBodyFieldsAreTheOnesChecked() {
    Set<String> required = new TreeSet<>();
    for (Map.Entry<String, JsonNode> e : DiscoveryDocument.methods().entrySet()) {
      String ref = e.getValue().path("request").path("$ref").asText();
      if (ref.isEmpty() || !e.getValue().path("httpMethod").asText().equals("POST")) {
        continue; // PATCH bodies carry only the fields being changed
      }
      DiscoveryDocument.schema(ref).path("properties").fields().forEachRemaining(p -> {
        String description = p.getValue().path("description").asText();
        if (description.startsWith("Required") || description.contains("Required when the custom emoji is created")
            || description.contains("Required when creating")) {
          required.add(e.getKey() + " " + p.getKey());
        }
      });
    }
    assertThat(required).containsExactlyInAnyOrder(
        "chat.customEmojis.create emojiName",
        "chat.customEmojis.create payload",
        "chat.media.upload filename", // MediaApiTest: FileSource always carries a file name
        "chat.spaces.messagePins.create message",
        "chat.spaces.messages.reactions.create emoji", // BodyValidationTest
        "chat.spaces.messages.search filter",
        "chat.spaces.create spaceType", // BodyValidationTest
        "chat.spaces.setup space", // BodyValidationTest
        "chat.users.sections.create displayName",
        "chat.users.sections.create type",
        "chat.users.sections.items.move targetSection");
  }
}
