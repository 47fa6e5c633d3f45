package dev.chatsdk.examples;

import dev.chatsdk.core.Page;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.MediaApi;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.Attachment;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1CardHeader;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Section;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1TextParagraph;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Widget;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.UploadAttachmentResponse;
import dev.chatsdk.googlechat.model.User;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import dev.chatsdk.googlechat.params.MessagesListParams;
import dev.chatsdk.googlechat.params.MessagesPatchParams;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tour of the Google Chat API: set up a space, add a member, post a message with a cardsV2 card
 * and a requestId (and post it again to show the request is idempotent), list messages with the
 * auto-pager, react, patch with an update mask, and upload and download an attachment.
 */
public final class GoogleChatTour {
  private final SpacesApi spaces;
  private final MediaApi media;
  private final PrintStream out;

  public GoogleChatTour(SpacesApi spaces, MediaApi media, PrintStream out) {
    this.spaces = spaces;
    this.media = media;
    this.out = out;
  }

  /** What the tour saw. */
  public static final class Result {
    public String spaceName;
    public @Nullable String memberName;
    public String cardMessageName;
    public boolean sameMessageForSameRequestId;
    public int cardCount;
    public int listedMessages;
    public int listedPages;
    public String reactionName;
    public @Nullable String reactionEmoji;
    public String patchedText;
    public String attachmentResourceName;
    public byte[] uploaded;
    public byte[] downloaded;
  }

  /** Runs this tour alone: {@code mvn -q -pl examples exec:java -Dexec.mainClass=dev.chatsdk.examples.GoogleChatTour}. */
  public static void main(String[] args) {
    try (Backends backends = Backends.fromEnvironment(System.out)) {
      run(backends, System.out);
    }
  }

  /** Runs the tour with the client and space of {@code backends}. */
  public static Result run(Backends backends, PrintStream out) {
    return new GoogleChatTour(backends.googleChat().spaces(), backends.googleChat().media(), out).run(backends.googleSpace());
  }

  /**
   * Runs the tour.
   *
   * @param existingSpace a space to use ({@code spaces/...}), or null to set one up and add a member
   */
  public Result run(@Nullable String existingSpace) {
    Result result = new Result();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    out.println("== Google Chat tour (run tag " + tag + ")");

    // 1. set up a space (with one member), then add another member
    if (existingSpace == null) {
      Space space = spaces.setup(SetUpSpaceRequest.builder()
          .space(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("chatsdk tour " + tag).build())
          .addMembership(Membership.builder()
              .member(User.builder().name("users/ana@example.com").type(User.Type.HUMAN).build()).build())
          .build());
      result.spaceName = space.getName();
      out.println("setup          -> " + space.getName() + " \"" + space.getDisplayName() + "\" type=" + space.getSpaceType());
      Membership member = spaces.membersCreate(space.getName(), Membership.builder()
          .member(User.builder().name("users/bob@example.com").type(User.Type.HUMAN).build())
          .build());
      result.memberName = member.getName();
      out.println("membersCreate  -> " + member.getName() + " role=" + member.getRole() + " state=" + member.getState());
    } else {
      result.spaceName = existingSpace;
      out.println("setup          -> skipped: using " + existingSpace + " from " + Backends.GOOGLE_SPACE_ENV);
    }
    String spaceName = result.spaceName;

    // 2. a message with a cardsV2 card and a requestId; sending it again returns the same message
    Message card = Message.builder()
        .text("Build " + tag + " finished")
        .addCardsV2(CardWithId.builder().cardId("build-status").card(GoogleAppsCardV1Card.builder()
            .header(GoogleAppsCardV1CardHeader.builder().title("Build " + tag).subtitle("main branch").build())
            .addSection(GoogleAppsCardV1Section.builder()
                .addWidget(GoogleAppsCardV1Widget.builder()
                    .textParagraph(GoogleAppsCardV1TextParagraph.builder().text("<b>Passed</b> in 3 min").build())
                    .build())
                .build())
            .build()).build())
        .build();
    MessagesCreateParams once = MessagesCreateParams.builder().requestId("tour-" + tag).build();
    Message posted = spaces.messagesCreate(spaceName, card, once);
    Message again = spaces.messagesCreate(spaceName, card, once);
    result.cardMessageName = posted.getName();
    result.sameMessageForSameRequestId = posted.getName().equals(again.getName());
    result.cardCount = posted.getCardsV2().size();
    out.println("messagesCreate -> " + posted.getName() + " with " + posted.getCardsV2().size() + " card(s); "
        + "same requestId again -> " + again.getName() + (result.sameMessageForSameRequestId ? " (same message)" : ""));

    // 3. list with the auto-pager, two per page
    for (int i = 1; i <= 4; i++) {
      spaces.messagesCreate(spaceName, Message.builder().text("update " + i + " of " + tag).build());
    }
    for (Page<Message> page : spaces.messagesListAll(spaceName, MessagesListParams.builder().pageSize(2).build()).pages()) {
      result.listedPages++;
      result.listedMessages += page.items().size();
    }
    out.println("messagesListAll -> " + result.listedMessages + " messages in " + result.listedPages + " pages of at most 2");

    // 4. react
    Reaction reaction = spaces.messagesReactionsCreate(posted.getName(),
        Reaction.builder().emoji(Emoji.builder().unicode("\uD83D\uDC4D").build()).build());
    result.reactionName = reaction.getName();
    result.reactionEmoji = reaction.getEmoji() == null ? null : reaction.getEmoji().getUnicode();
    out.println("messagesReactionsCreate -> " + reaction.getName() + " " + result.reactionEmoji);

    // 5. patch only the text (the card stays)
    Message patched = spaces.messagesPatch(posted.getName(),
        Message.builder().text("Build " + tag + " finished and deployed").build(),
        MessagesPatchParams.builder().updateMask("text").build());
    result.patchedText = patched.getText();
    out.println("messagesPatch  -> text=\"" + patched.getText() + "\" cards kept=" + patched.getCardsV2().size());

    // 6. upload an attachment, post it, download it again
    byte[] bytes = ("release notes " + tag + "\n").getBytes(StandardCharsets.UTF_8);
    UploadAttachmentResponse uploaded = media.upload(spaceName, FileSource.of(bytes, "notes.txt", "text/plain"));
    Message withFile = spaces.messagesCreate(spaceName, Message.builder()
        .text("Release notes attached")
        .addAttachment(Attachment.builder().attachmentDataRef(uploaded.getAttachmentDataRef()).build())
        .build());
    Attachment stored = spaces.messagesAttachmentsGet(withFile.getAttachment().get(0).getName());
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    long n = media.download(stored.getAttachmentDataRef().getResourceName(), sink);
    result.attachmentResourceName = stored.getAttachmentDataRef().getResourceName();
    result.uploaded = bytes;
    result.downloaded = sink.toByteArray();
    out.println("media.upload   -> " + result.attachmentResourceName + "; attached as " + stored.getName()
        + " (" + stored.getContentName() + ", " + stored.getContentType() + ")");
    out.println("media.download -> " + n + " bytes, identical=" + Arrays.equals(bytes, result.downloaded));
    return result;
  }
}
