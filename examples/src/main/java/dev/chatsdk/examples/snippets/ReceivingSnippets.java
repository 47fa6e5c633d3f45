package dev.chatsdk.examples.snippets;

import dev.chatsdk.examples.ChatApp;
import dev.chatsdk.googlechat.apps.ChatAppEventException;
import dev.chatsdk.googlechat.apps.ChatAppEvents;
import dev.chatsdk.googlechat.apps.ChatAppReplies;
import dev.chatsdk.googlechat.apps.ChatRequestVerifier;
import dev.chatsdk.googlechat.apps.ChatVerificationException;
import dev.chatsdk.googlechat.model.DeprecatedEvent;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1SelectionItem;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.stream.StreamEvent;
import dev.chatsdk.stream.StreamWebhooks;
import dev.chatsdk.stream.WebhookPayloadException;
import dev.chatsdk.stream.WebhookSignatureException;
import dev.chatsdk.stream.model.Event;
import dev.chatsdk.stream.model.MessageNewEvent;
import dev.chatsdk.stream.model.ReactionNewEvent;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Code blocks of the "Receiving events" sections of docs/googlechat.md and docs/stream.md. */
final class ReceivingSnippets {
  private ReceivingSnippets() {}

  static void verifiers() {
    // snippet:googlechat-receive-verifier
    // The app's "Authentication audience" is "HTTP endpoint URL": ID tokens for that URL.
    ChatRequestVerifier verifier = ChatRequestVerifier
        .forEndpointUrl("https://chat-app.example.com/events")
        .build();
    // ... or "Project number": JWTs issued by chat@system.gserviceaccount.com for the project.
    ChatRequestVerifier byProject = ChatRequestVerifier
        .forProjectNumber("1234567890")
        .build();
    // end-snippet
  }

  static Message replies(DeprecatedEvent event, GoogleAppsCardV1Card card) {
    // snippet:googlechat-receive-replies
    Message reply;
    if (DeprecatedEvent.Type.ADDED_TO_SPACE.equals(event.getType())) {
      reply = ChatAppReplies.text("Thanks for adding me!");                  // a message in the space
    } else if (DeprecatedEvent.Type.CARD_CLICKED.equals(event.getType())) {
      String function = event.getCommon().getInvokedFunction();            // the button's action
      Map<String, String> parameters = event.getCommon().getParameters();
      reply = ChatAppReplies.openDialog(card);                               // DIALOG
      // or: ChatAppReplies.updateMessage(message)                           UPDATE_MESSAGE
      //     ChatAppReplies.closeDialog("Saved")                             DIALOG with actionStatus
    } else if (DeprecatedEvent.Type.WIDGET_UPDATED.equals(event.getType())) {
      reply = ChatAppReplies.updateWidget("contact", List.of(                // UPDATE_WIDGET
          GoogleAppsCardV1SelectionItem.builder().text("Ada").value("users/1").build()));
    } else {
      reply = ChatAppReplies.newMessage(Message.builder().text("Hi " + event.getUser().getDisplayName()).build());
      // or: ChatAppReplies.requestConfig(authUrl)                          REQUEST_CONFIG
      //     ChatAppReplies.updateUserMessageCards(cards)                   UPDATE_USER_MESSAGE_CARDS
    }
    byte[] json = ChatAppEvents.render(reply);                               // the HTTP response body
    // end-snippet
    return reply;
  }

  // snippet:googlechat-receive-servlet
  public static final class ChatAppServlet extends HttpServlet {
    private final ChatRequestVerifier verifier =
        ChatRequestVerifier.forEndpointUrl("https://chat-app.example.com/events").build();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
      try {
        verifier.verify(request.getHeader("Authorization"));
        DeprecatedEvent event = ChatAppEvents.parse(request.getInputStream());
        response.setContentType("application/json");
        response.getOutputStream().write(ChatAppEvents.render(ChatApp.reply(event)));
      } catch (ChatVerificationException e) {
        response.sendError(401);
      } catch (ChatAppEventException e) {
        response.sendError(400);
      }
    }
  }
  // end-snippet

  // snippet:googlechat-receive-spring
  @RestController
  public static final class ChatAppController {
    private final ChatRequestVerifier verifier =
        ChatRequestVerifier.forEndpointUrl("https://chat-app.example.com/events").build();

    @PostMapping(path = "/events", produces = "application/json")
    public ResponseEntity<byte[]> onEvent(@RequestHeader(name = "Authorization", required = false) String auth,
        @RequestBody byte[] body) {
      try {
        verifier.verify(auth);
        return ResponseEntity.ok(ChatAppEvents.render(ChatApp.reply(ChatAppEvents.parse(body))));
      } catch (ChatVerificationException e) {
        return ResponseEntity.status(401).build();
      } catch (ChatAppEventException e) {
        return ResponseEntity.badRequest().build();
      }
    }
  }
  // end-snippet

  static void streamTyped(String apiSecret, byte[] body, String signatureHeader) {
    // snippet:stream-receive-typed
    StreamWebhooks webhooks = new StreamWebhooks(apiSecret);
    StreamEvent event = webhooks.verifyAndParseEvent(body, signatureHeader);   // plain or gzip body
    if (event instanceof MessageNewEvent) {
      MessageNewEvent created = (MessageNewEvent) event;
      System.out.println(created.getCid() + ": " + created.getMessage().getText());
    } else if (event instanceof ReactionNewEvent) {
      System.out.println("reaction " + ((ReactionNewEvent) event).getReaction().getType());
    } else if (event instanceof Event) {
      // a type this SDK version has no class for: the generic event keeps every field
      Map<String, Object> rest = event.getAdditionalProperties();
    }
    // end-snippet
  }

  static void queues(String sqsMessageBody, String snsHttpBody) {
    // snippet:stream-receive-queues
    StreamEvent fromSqs = StreamWebhooks.parseSqs(sqsMessageBody);   // base64, gzip or not
    StreamEvent fromSns = StreamWebhooks.parseSns(snsHttpBody);      // the SNS notification envelope
    // end-snippet
  }

  // snippet:stream-receive-servlet
  public static final class StreamWebhookServlet extends HttpServlet {
    private final StreamWebhooks webhooks = new StreamWebhooks(System.getenv("STREAM_API_SECRET"));

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
      try {
        StreamEvent event = webhooks.verifyAndParseEvent(request.getInputStream().readAllBytes(),
            request.getHeader("X-Signature"));
        handle(event);
        response.setStatus(200);
      } catch (WebhookSignatureException e) {
        response.sendError(401);
      } catch (WebhookPayloadException e) {
        response.sendError(400);
      }
    }
  }
  // end-snippet

  // snippet:stream-receive-spring
  @RestController
  public static final class StreamWebhookController {
    private final StreamWebhooks webhooks = new StreamWebhooks(System.getenv("STREAM_API_SECRET"));

    @PostMapping("/stream/webhook")
    public ResponseEntity<Void> onWebhook(@RequestHeader(name = "X-Signature", required = false) String signature,
        @RequestBody byte[] body) {
      try {
        handle(webhooks.verifyAndParseEvent(body, signature));
        return ResponseEntity.ok().build();
      } catch (WebhookSignatureException e) {
        return ResponseEntity.status(401).build();
      }
    }
  }
  // end-snippet

  static void handle(StreamEvent event) {
    System.out.println(event.getType());
  }
}
