package dev.chatsdk.examples.snippets;

import com.google.auth.oauth2.GoogleCredentials;
import dev.chatsdk.core.PermissionDeniedException;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.GoogleApiError;
import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.GoogleChatCredentials;
import dev.chatsdk.googlechat.GoogleChatScopes;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.Attachment;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Button;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1ButtonList;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1CardHeader;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1DecoratedText;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1OnClick;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1OpenLink;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Section;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Widget;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.Thread;
import dev.chatsdk.googlechat.model.UploadAttachmentResponse;
import dev.chatsdk.googlechat.model.User;
import dev.chatsdk.googlechat.params.MessageReplyOption;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import dev.chatsdk.googlechat.params.MessagesListParams;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The code blocks of docs/googlechat.md, each wrapped in a method so that it compiles;
 * DocsSnippetsTest checks that each block equals one region here. Compiled, never run.
 */
@SuppressWarnings("unused")
final class GoogleChatGuideSnippets {
  private GoogleChatGuideSnippets() {}

  static void importMode() {
    // snippet:googlechat-guide-import-mode
    GoogleCredentials importer = GoogleChatCredentials.delegated(
        Path.of("importer-key.json"), "migration@example.com", List.of(GoogleChatScopes.IMPORT));
    try (GoogleChatClient chat = GoogleChatClient.builder().credentials(importer).build()) {
      SpacesApi spaces = chat.spaces();
      Space space = spaces.create(Space.builder()
          .spaceType(Space.SpaceType.SPACE)
          .displayName("Legacy #ops")
          .importMode(true)
          .externalUserAllowed(false)
          .build());
      spaces.messagesCreate(space.getName(), Message.builder()
          .text("Server room is cold again")
          .createTime(Instant.parse("2019-02-11T09:30:00Z"))   // back-dated: import mode only
          .build());
      spaces.completeImport(space.getName());   // the space becomes visible to its members
    }
    // end-snippet
  }

  static void cards(GoogleChatClient chat) {
    // snippet:googlechat-guide-cards
    GoogleAppsCardV1Card card = GoogleAppsCardV1Card.builder()
        .header(GoogleAppsCardV1CardHeader.builder()
            .title("Build 4821")
            .subtitle("main @ 3f2c9e1")
            .build())
        .addSection(GoogleAppsCardV1Section.builder()
            .header("Summary")
            .addWidget(GoogleAppsCardV1Widget.builder()
                .decoratedText(GoogleAppsCardV1DecoratedText.builder().topLabel("Duration").text("7 min 42 s").build())
                .build())
            .addWidget(GoogleAppsCardV1Widget.builder()
                .buttonList(GoogleAppsCardV1ButtonList.builder()
                    .addButton(GoogleAppsCardV1Button.builder()
                        .text("Open pipeline")
                        .onClick(GoogleAppsCardV1OnClick.builder()
                            .openLink(GoogleAppsCardV1OpenLink.builder().url("https://ci.example.com/builds/4821").build())
                            .build())
                        .build())
                    .build())
                .build())
            .build())
        .build();

    Message message = Message.builder()
        .text("Build 4821 is green")                       // shown in notifications and clients without cards
        .addCardsV2(CardWithId.builder().cardId("build-status").card(card).build())
        .thread(Thread.builder().threadKey("build-4821").build())
        .build();

    chat.spaces().messagesCreate("spaces/AAAAxyz", message, MessagesCreateParams.builder()
        .messageReplyOption(MessageReplyOption.REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD)   // reply in that thread
        .messageId("client-build-4821")                                               // your own id for later edits
        .build());
    // end-snippet
  }

  static void paging(GoogleChatClient chat) {
    // snippet:googlechat-guide-paging
    for (Message m : chat.spaces().messagesListAll("spaces/AAAAxyz",
        MessagesListParams.builder().pageSize(500).filter("createTime > \"2026-11-01T00:00:00Z\"").build())) {
      System.out.println(m.getName() + ": " + m.getText());
    }
    long humans = chat.spaces().membersListAll("spaces/AAAAxyz").stream()
        .filter(m -> User.Type.HUMAN.equals(m.getMember().getType())).count();
    chat.spaces().listAll().pages().forEach(page -> log(page.items().size(), page.nextCursor()));
    // end-snippet
  }

  static void patch(GoogleChatClient chat, Message sent) {
    // snippet:googlechat-guide-patch
    chat.spaces().messagesPatch(sent.getName(), Message.builder().text("Deploy finished (re-run)").build());
    // PATCH /v1/spaces/AAAAxyz/messages/...?updateMask=text
    // end-snippet
  }

  static void errors(GoogleChatClient chat) {
    // snippet:googlechat-guide-errors
    try {
      chat.spaces().get("spaces/AAAAxyz");
    } catch (PermissionDeniedException e) {
      GoogleApiError error = e.vendorError(GoogleApiError.class).orElseThrow();
      error.getStatus();                                   // "PERMISSION_DENIED"
      error.getMessage();                                  // the service's explanation
      error.detailsOfType("google.rpc.ErrorInfo");         // structured details, e.g. reason ACCESS_TOKEN_SCOPE_INSUFFICIENT
    }
    // end-snippet
  }

  static void media(GoogleChatClient chat, OutputStream someOutputStream) {
    // snippet:googlechat-guide-media
    // upload: multipart/related (JSON metadata + the file), streamed from disk; user authentication
    UploadAttachmentResponse uploaded = chat.media().upload("spaces/AAAAxyz",
        FileSource.of(Path.of("report.pdf"), "application/pdf"));
    chat.spaces().messagesCreate("spaces/AAAAxyz", Message.builder()
        .text("Nightly report")
        .addAttachment(Attachment.builder().attachmentDataRef(uploaded.getAttachmentDataRef()).build())
        .build());

    // download: streamed to a file (written to a temporary file first, then moved into place) or a stream
    Attachment a = chat.spaces().messagesAttachmentsGet("spaces/AAAAxyz/messages/BBBB/attachments/CCCC");
    chat.media().download(a.getAttachmentDataRef().getResourceName(), Path.of("report.pdf"));
    chat.media().download(a.getAttachmentDataRef().getResourceName(), someOutputStream);
    // end-snippet
  }

  static void options(GoogleChatClient chat) {
    // snippet:googlechat-guide-options
    RequestOptions opts = RequestOptions.builder()
        .queryParam("fields", "name,displayName")   // partial response
        .queryParam("quotaUser", "tenant-42")       // attribute quota per end user
        .timeout(Duration.ofSeconds(5))
        .build();
    Space s = chat.spaces().get("spaces/AAAAxyz", null, opts);
    // end-snippet
  }

  private static void log(int items, Optional<String> nextCursor) {}
}
