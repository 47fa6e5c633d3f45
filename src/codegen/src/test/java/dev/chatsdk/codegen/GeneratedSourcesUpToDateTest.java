package dev.chatsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates every model package from {@code ../shared/specs} into a temporary folder and compares it
 * with the committed sources. Skipped (with a message) when the specs are not next to the checkout.
 */
class GeneratedSourcesUpToDateTest {
  private static Path root;
  private static Path specs;

  @BeforeAll
  static void findSpecs() {
    root = Paths.get(System.getProperty("chatsdk.root", "../..")).toAbsolutePath().normalize();
    specs = Codegen.specsDir(root);
  }

  private static void assumeSpecs() {
    assumeTrue(Files.isDirectory(specs), "API descriptions not found at " + specs + ": generator check skipped");
  }

  @Test
  void committedModelsMatchTheGenerator(@TempDir Path tmp) throws IOException {
    assumeSpecs();
    Codegen.writeAll(Codegen.generate(specs), tmp);

    List<String> differences = new ArrayList<>();
    for (String dir : Codegen.OUTPUT_DIRS) {
      TreeSet<String> names = new TreeSet<>();
      for (Path p : Codegen.javaFiles(tmp.resolve(dir))) {
        names.add(p.getFileName().toString());
      }
      for (Path p : Codegen.javaFiles(root.resolve(dir))) {
        names.add(p.getFileName().toString());
      }
      for (String name : names) {
        Path fresh = tmp.resolve(dir).resolve(name);
        Path committed = root.resolve(dir).resolve(name);
        if (!Files.exists(committed)) {
          differences.add("missing (not committed): " + dir + "/" + name);
        } else if (!Files.exists(fresh)) {
          differences.add("stale (no longer generated): " + dir + "/" + name);
        } else if (!Files.readString(fresh, StandardCharsets.UTF_8)
            .equals(Files.readString(committed, StandardCharsets.UTF_8))) {
          differences.add("differs: " + dir + "/" + name);
        }
      }
    }
    if (!differences.isEmpty()) {
      fail("Generated models are out of date; run `mvn -q -pl src/codegen -am compile -Pregenerate` "
          + "(docs/codegen.md). " + differences.size() + " file(s):\n  " + String.join("\n  ", differences));
    }
  }

  @Test
  void generatedDocTablesAreUpToDate() throws IOException {
    assumeSpecs();
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> page : Codegen.docs(specs).regions().entrySet()) {
      String committed = Files.readString(root.resolve(page.getKey()), StandardCharsets.UTF_8);
      if (!DocsWriter.apply(committed, page.getValue(), page.getKey()).equals(committed)) {
        stale.add(page.getKey());
      }
    }
    if (!stale.isEmpty()) {
      fail("Generated tables in " + stale + " are out of date; run `mvn -q -pl src/codegen -am compile -Pregenerate`");
    }
  }

  @Test
  void outputIsDeterministic() throws IOException {
    assumeSpecs();
    assertThat(Codegen.generate(specs)).isEqualTo(Codegen.generate(specs));
  }

  @Test
  void streamLanguageEnumKeepsNorwegian() throws IOException {
    assumeSpecs();
    ModelSet stream = Codegen.streamModels(specs);
    SchemaDef translate = stream.schemas.stream().filter(s -> s.name.equals("TranslateMessageRequest"))
        .findFirst().orElseThrow();
    PropertyDef language = translate.properties.stream().filter(p -> p.jsonName.equals("language"))
        .findFirst().orElseThrow();

    assertThat(language.type.enumValues).contains("no", "nl", "en").doesNotContain("false");
    String source = new JavaWriter(stream).write().get("TranslateMessageRequest.java");
    assertThat(source).contains("public static final Language NO = new Language(\"no\");");
  }

  @Test
  void streamSelectionIsTheOperationsClosure() throws IOException {
    assumeSpecs();
    ApiSpec api = Codegen.streamApi(specs);
    assertThat(api.operations).hasSize(108); // every server-side operation of the description
    Map<String, String> files = new JavaWriter(Codegen.streamModels(specs)).write();

    // the webhook events (issue 10) implement StreamEvent
    assertThat(files.get("MessageNewEvent.java")).contains("public final class MessageNewEvent implements StreamEvent {");
    assertThat(files.get("Event.java")).contains("implements StreamEvent");
    assertThat(files.get("ChatEvent.java")).isNull();
    assertThat(files).containsKeys("SendMessageRequest.java", "MessageRequest.java", "Message.java",
        "APIError.java", "SearchRequest.java", "QueryMessageFlagsRequest.java", "UpdateMessagePartialRequest.java",
        "FileUploadResponse.java", "ImageUploadResponse.java", "ChannelGetOrCreateRequest.java", "GetTaskResponse.java",
        "UpdateUsersPartialRequest.java");
  }

  @Test
  void googleSelectionCoversTheIssueMethods() throws IOException {
    assumeSpecs();
    Map<String, String> files = new JavaWriter(Codegen.googleModels(specs)).write();

    assertThat(files).containsKeys("Space.java", "Message.java", "Membership.java", "Reaction.java",
        "ListSpacesResponse.java", "ListMembershipsResponse.java", "ListMessagesResponse.java",
        "ListReactionsResponse.java", "SetUpSpaceRequest.java", "CompleteImportSpaceRequest.java",
        "CompleteImportSpaceResponse.java", "UploadAttachmentRequest.java", "UploadAttachmentResponse.java",
        "Media.java", "Attachment.java", "GoogleAppsCardV1Card.java", "GoogleAppsCardV1Widget.java",
        "DeprecatedEvent.java", "CommonEventObject.java", "Inputs.java", "StringInputs.java");
    assertThat(files.get("SlashCommand.java")).contains("@JsonFormat(shape = JsonFormat.Shape.STRING)");
    assertThat(files).containsKeys("CustomEmoji.java", "MessagePin.java", "SpaceEvent.java", "Availability.java",
        "GoogleChatV1Section.java", "SpaceReadState.java", "ThreadReadState.java", "SpaceNotificationSetting.java");
    assertThat(files).doesNotContainKey("Empty.java"); // an empty response is void, not a model
  }

  @Test
  void everyDiscoveryMethodBecomesAnApiMethod() throws IOException {
    assumeSpecs();
    ApiSpec google = Codegen.googleApi(specs);

    assertThat(google.operations).hasSize(54);
    assertThat(google.operations).extracting(op -> op.apiClass + "." + op.javaName)
        .contains("SpacesApi.messagesCreate", "SpacesApi.membersPatch", "SpacesApi.messagePinsList",
            "SpacesApi.spaceEventsList", "SpacesApi.findGroupChats", "CustomEmojisApi.create",
            "UsersApi.availabilityMarkAsActive", "UsersApi.sectionsItemsMove", "UsersApi.getThreadReadState",
            "MediaApi.upload", "MediaApi.download")
        .doesNotHaveDuplicates();
    Map<String, String> apis = new ApiWriter(google).write();
    assertThat(apis).containsOnlyKeys("SpacesApi.java", "MediaApi.java", "CustomEmojisApi.java", "UsersApi.java");
    // custom verbs and resource-name patterns come straight from the document
    assertThat(apis.get("UsersApi.java")).contains("\"/v1/{name}:markAsActive\"", "\"/v1/{name}:position\"");
    assertThat(apis.get("SpacesApi.java")).contains("Pattern.compile(\"^spaces/[^/]+/spaceEvents/[^/]+$\")");
  }

  @Test
  void updateMasksNeverNameOutputOnlyFields() throws IOException {
    assumeSpecs();
    OperationDef patch = Codegen.googleApi(specs).operations.stream()
        .filter(op -> op.id.equals("spaces.patch")).findFirst().orElseThrow();

    assertThat(patch.updateMask).contains("display_name", "permission_settings.manageMembersAndGroups",
        "permission_settings.replyMessages").doesNotContain("permission_settings.postMessages");
  }
}
