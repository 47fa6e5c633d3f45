package dev.chatsdk.googlechat.apps;

import dev.chatsdk.core.Require;
import dev.chatsdk.googlechat.model.ActionResponse;
import dev.chatsdk.googlechat.model.ActionStatus;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.Dialog;
import dev.chatsdk.googlechat.model.DialogAction;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1SelectionItem;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.SelectionItems;
import dev.chatsdk.googlechat.model.UpdatedWidget;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The synchronous replies a Chat app can return from its endpoint, one factory per {@code
 * actionResponse} type, built from the generated models. Write the result with {@link
 * ChatAppEvents#render(Message)}. A plain {@link Message} (text and/or {@code cardsV2}) without an
 * action response is also a valid reply: Chat posts it in the event's space.
 */
public final class ChatAppReplies {
  private ChatAppReplies() {}

  /**
   * A text message posted in the event's space.
   *
   * @param text the message text, in Chat's formatting syntax; not null
   * @return the reply message, ready for {@link ChatAppEvents#render(Message)}
   */
  public static Message text(String text) {
    return Message.builder().text(Require.nonNull(text, "text")).build();
  }

  /**
   * {@code NEW_MESSAGE}: posts {@code message} as a new message.
   *
   * @param message the message to post; not null, and left unchanged (a copy gets the action response)
   * @return the reply message, ready for {@link ChatAppEvents#render(Message)}
   */
  public static Message newMessage(Message message) {
    return withResponse(message, ActionResponse.builder().type(ActionResponse.Type.NEW_MESSAGE).build());
  }

  /**
   * {@code UPDATE_MESSAGE}: replaces the app's message whose card was clicked with {@code message}.
   *
   * @param message the new content; not null, and left unchanged (a copy gets the action response)
   * @return the reply message, ready for {@link ChatAppEvents#render(Message)}
   */
  public static Message updateMessage(Message message) {
    return withResponse(message, ActionResponse.builder().type(ActionResponse.Type.UPDATE_MESSAGE).build());
  }

  /**
   * {@code UPDATE_USER_MESSAGE_CARDS}: replaces the cards of a user's message (link previews).
   *
   * @param cards the cards to show on the user's message; not null
   * @return the reply message, ready for {@link ChatAppEvents#render(Message)}
   */
  public static Message updateUserMessageCards(List<CardWithId> cards) {
    Require.nonNull(cards, "cards");
    return Message.builder().cardsV2(cards)
        .actionResponse(ActionResponse.builder().type(ActionResponse.Type.UPDATE_USER_MESSAGE_CARDS).build())
        .build();
  }

  /**
   * {@code REQUEST_CONFIG}: asks the user, privately, to authorize or configure at {@code url}.
   *
   * @param url the authorization or configuration page to send the user to; not blank
   * @return the reply message, ready for {@link ChatAppEvents#render(Message)}
   */
  public static Message requestConfig(String url) {
    Require.nonBlank(url, "url");
    return Message.builder()
        .actionResponse(ActionResponse.builder().type(ActionResponse.Type.REQUEST_CONFIG).url(url).build())
        .build();
  }

  /**
   * {@code DIALOG}: opens (or replaces the content of) a dialog showing {@code body}.
   *
   * @param body the card the dialog shows; not null
   * @return the reply message, ready for {@link ChatAppEvents#render(Message)}
   */
  public static Message openDialog(GoogleAppsCardV1Card body) {
    Require.nonNull(body, "body");
    return dialog(DialogAction.builder().dialog(Dialog.builder().body(body).build()).build());
  }

  /**
   * {@code DIALOG}: closes the dialog after a submission, with an {@code OK} status and, when given, a
   * short notice shown to the user.
   *
   * @param userFacingMessage the notice to show, or null for none
   * @return the reply message, ready for {@link ChatAppEvents#render(Message)}
   */
  public static Message closeDialog(@Nullable String userFacingMessage) {
    ActionStatus status = ActionStatus.builder().statusCode(ActionStatus.StatusCode.OK)
        .userFacingMessage(userFacingMessage).build();
    return dialog(DialogAction.builder().actionStatus(status).build());
  }

  /**
   * {@code UPDATE_WIDGET}: the autocomplete suggestions of the widget named {@code widget}.
   *
   * @param widget the name of the widget being completed, as sent in the event; not blank
   * @param suggestions the selection items to offer, in display order; not null
   * @return the reply message, ready for {@link ChatAppEvents#render(Message)}
   */
  public static Message updateWidget(String widget, List<GoogleAppsCardV1SelectionItem> suggestions) {
    Require.nonBlank(widget, "widget");
    Require.nonNull(suggestions, "suggestions");
    UpdatedWidget updated = UpdatedWidget.builder().widget(widget)
        .suggestions(SelectionItems.builder().items(suggestions).build()).build();
    return Message.builder().actionResponse(ActionResponse.builder().type(ActionResponse.Type.UPDATE_WIDGET)
        .updatedWidget(updated).build()).build();
  }

  private static Message dialog(DialogAction action) {
    return Message.builder().actionResponse(ActionResponse.builder().type(ActionResponse.Type.DIALOG)
        .dialogAction(action).build()).build();
  }

  private static Message withResponse(Message message, ActionResponse response) {
    return Require.nonNull(message, "message").toBuilder().actionResponse(response).build();
  }
}
