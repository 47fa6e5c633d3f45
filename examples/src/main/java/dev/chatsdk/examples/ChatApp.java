package dev.chatsdk.examples;

import dev.chatsdk.googlechat.apps.ChatAppReplies;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.DeprecatedEvent;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Action;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1ActionParameter;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Button;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1ButtonList;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1CardHeader;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1OnClick;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Section;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1TextInput;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1TextParagraph;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Widget;
import dev.chatsdk.googlechat.model.Inputs;
import dev.chatsdk.googlechat.model.Message;
import java.util.List;

/**
 * The logic of a small Chat app, independent of any HTTP server: the slash command {@code /status}
 * answers with a card whose button opens a dialog; submitting the dialog closes it with a notice;
 * being added to a space says hello; any other message is echoed.
 */
public final class ChatApp {
  /** Id of the {@code /status} slash command in the app's Chat API configuration. */
  public static final long STATUS_COMMAND_ID = 1;
  static final String OPEN_DETAILS = "openDetails";
  static final String SUBMIT_DETAILS = "submitDetails";

  private ChatApp() {}

  /** The synchronous reply to one verified event. */
  public static Message reply(DeprecatedEvent event) {
    DeprecatedEvent.Type type = event.getType();
    if (DeprecatedEvent.Type.ADDED_TO_SPACE.equals(type)) {
      return ChatAppReplies.text("Hello! Type /status to see the build status.");
    }
    if (DeprecatedEvent.Type.CARD_CLICKED.equals(type)) {
      String function = event.getCommon() != null ? event.getCommon().getInvokedFunction() : null;
      if (OPEN_DETAILS.equals(function)) {
        return ChatAppReplies.openDialog(detailsDialog(event.getCommon().getParameters().get("build")));
      }
      if (SUBMIT_DETAILS.equals(function)) {
        Inputs comment = event.getCommon().getFormInputs().get("comment");
        String text = comment != null && comment.getStringInputs() != null
            ? String.join(", ", comment.getStringInputs().getValue()) : "";
        return ChatAppReplies.closeDialog("Comment saved: " + text);
      }
      return ChatAppReplies.text("Unknown action " + function);
    }
    Message message = event.getMessage();
    if (message != null && message.getSlashCommand() != null
        && message.getSlashCommand().getCommandId() == STATUS_COMMAND_ID) {
      return statusCard(message.getArgumentText() == null ? "" : message.getArgumentText().trim());
    }
    return ChatAppReplies.text("You said: " + (message == null || message.getArgumentText() == null ? ""
        : message.getArgumentText().trim()));
  }

  /** A message with one card: the build's status and a button that opens the details dialog. */
  static Message statusCard(String build) {
    String name = build.isEmpty() ? "main" : build;
    GoogleAppsCardV1Button details = GoogleAppsCardV1Button.builder().text("Details")
        .onClick(GoogleAppsCardV1OnClick.builder().action(GoogleAppsCardV1Action.builder().function(OPEN_DETAILS)
            .addParameter(GoogleAppsCardV1ActionParameter.builder().key("build").value(name).build())
            .interaction(GoogleAppsCardV1Action.Interaction.OPEN_DIALOG).build()).build())
        .build();
    GoogleAppsCardV1Card card = GoogleAppsCardV1Card.builder()
        .header(GoogleAppsCardV1CardHeader.builder().title("Build " + name).subtitle("passing").build())
        .addSection(GoogleAppsCardV1Section.builder()
            .addWidget(GoogleAppsCardV1Widget.builder()
                .textParagraph(GoogleAppsCardV1TextParagraph.builder().text("All 412 tests passed.").build()).build())
            .addWidget(GoogleAppsCardV1Widget.builder()
                .buttonList(GoogleAppsCardV1ButtonList.builder().addButton(details).build()).build())
            .build())
        .build();
    return Message.builder().text("Status of " + name)
        .cardsV2(List.of(CardWithId.builder().cardId("status").card(card).build())).build();
  }

  /** The dialog: a comment field and a submit button. */
  static GoogleAppsCardV1Card detailsDialog(String build) {
    GoogleAppsCardV1Button submit = GoogleAppsCardV1Button.builder().text("Save")
        .onClick(GoogleAppsCardV1OnClick.builder()
            .action(GoogleAppsCardV1Action.builder().function(SUBMIT_DETAILS).build()).build())
        .build();
    return GoogleAppsCardV1Card.builder()
        .header(GoogleAppsCardV1CardHeader.builder().title("Build " + build).build())
        .addSection(GoogleAppsCardV1Section.builder()
            .addWidget(GoogleAppsCardV1Widget.builder()
                .textInput(GoogleAppsCardV1TextInput.builder().name("comment").label("Comment").build()).build())
            .addWidget(GoogleAppsCardV1Widget.builder()
                .buttonList(GoogleAppsCardV1ButtonList.builder().addButton(submit).build()).build())
            .build())
        .build();
  }
}
