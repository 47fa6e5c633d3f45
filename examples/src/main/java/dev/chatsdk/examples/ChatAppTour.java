package dev.chatsdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.googlechat.apps.ChatRequestVerifier;
import dev.chatsdk.testing.ChatEmulator;
import dev.chatsdk.testing.EmulatedChatApp;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The Chat app example: {@link ChatAppEndpoint} runs on the JDK's HTTP server and the emulator plays
 * Google Chat calling it: the app is added to a space, a user runs {@code /status} (the app answers
 * with a card), clicks the card's button (a dialog opens) and submits the dialog (it closes with a
 * notice). Every request carries a token signed by the emulator, which the endpoint verifies
 * against the emulator's published keys; a forged request is refused.
 */
public final class ChatAppTour {
  private ChatAppTour() {}

  /** What the endpoint answered. */
  public static final class Result {
    public String welcome;
    public String cardTitle;
    public String dialogTitle;
    public String dialogClosedNotice;
    public int forgedStatus;
  }

  /** Runs this example alone: {@code mvn -q -pl examples exec:java -Dexec.mainClass=dev.chatsdk.examples.ChatAppTour}. */
  public static void main(String[] args) {
    try (ChatEmulator emulator = ChatEmulator.start()) {
      run(emulator.googleChat().app(), System.out);
    }
  }

  /** Runs the tour when an emulator is in use (a real Google Chat cannot be made to call a laptop). */
  public static Result run(Backends backends, PrintStream out) {
    ChatEmulator emulator = backends.emulator();
    if (emulator == null) {
      out.println("== Chat app endpoint: skipped (needs the emulator to play Google Chat)");
      return new Result();
    }
    return run(emulator.googleChat().app(), out);
  }

  public static Result run(EmulatedChatApp googleChat, PrintStream out) {
    out.println("== Chat app endpoint: Google Chat (emulated) calls a verified HTTP endpoint");
    Result r = new Result();
    try (ChatAppEndpoint endpoint = new ChatAppEndpoint(url -> ChatRequestVerifier.forEndpointUrl(url)
        .certificatesUrl(googleChat.certificatesUrl()).build())) {
      googleChat.endpoint(endpoint.url());
      out.println("endpoint " + endpoint.url() + ", keys from " + googleChat.certificatesUrl());

      r.welcome = googleChat.addedToSpace("spaces/TOUR", "users/7").json().path("text").asText();
      out.println("ADDED_TO_SPACE -> " + r.welcome);

      JsonNode card = googleChat.slashCommand("spaces/TOUR", "users/7", "/status", ChatApp.STATUS_COMMAND_ID,
          "release-7").json();
      r.cardTitle = card.at("/cardsV2/0/card/header/title").asText();
      out.println("/status release-7 -> card \"" + r.cardTitle + "\" with a Details button");

      JsonNode dialog = googleChat.cardClicked("spaces/TOUR", "users/7", "spaces/TOUR/messages/status",
          ChatApp.OPEN_DETAILS, Map.of("build", "release-7"), Map.of(), false).json();
      r.dialogTitle = dialog.at("/actionResponse/dialogAction/dialog/body/header/title").asText();
      out.println("click Details -> " + dialog.at("/actionResponse/type").asText() + " \"" + r.dialogTitle + "\"");

      JsonNode closed = googleChat.cardClicked("spaces/TOUR", "users/7", "spaces/TOUR/messages/status",
          ChatApp.SUBMIT_DETAILS, Map.of(), Map.of("comment", "ship it"), true).json();
      r.dialogClosedNotice = closed.at("/actionResponse/dialogAction/actionStatus/userFacingMessage").asText();
      out.println("submit dialog -> closed: " + r.dialogClosedNotice);

      r.forgedStatus = postForged(endpoint.url());
      out.println("request with a forged token -> HTTP " + r.forgedStatus);
    }
    return r;
  }

  private static int postForged(String url) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJtZSJ9.")
        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"MESSAGE\"}")).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
