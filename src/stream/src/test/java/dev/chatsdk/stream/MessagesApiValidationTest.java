package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input fails before any I/O, naming the parameter; path values never leave their segment. */
class MessagesApiValidationTest extends StreamTestSupport {

  private static SendMessageRequest hello() {
    return SendMessageRequest.builder().message(MessageRequest.builder().text("hi").build()).build();
  }

  /** Set by the tests that do send, to check where the request went. */
  private boolean pathTest;

  @AfterEach
  void nothingWasSent() {
    if (!pathTest) {
      assertThat(WM.findAll(anyRequestedFor(anyUrl()))).as("requests that reached the server").isEmpty();
    }
  }

  private static void rejects(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
        .hasMessageContaining(parameter);
  }

  @Test
  void pathValuesMustBePresentAndNotBlank() {
    rejects(() -> api.getMessage(null), "id");
    rejects(() -> api.getMessage(""), "id");
    rejects(() -> api.getMessage("   "), "id");
    rejects(() -> api.sendMessage(null, "general", hello()), "type");
    rejects(() -> api.sendMessage("messaging", " ", hello()), "id");
    rejects(() -> api.getReplies("", null), "parentId");
    rejects(() -> api.deleteReaction("msg-1", "", null), "type");
  }

  @Test
  void dotSegmentsAndControlCharactersAreRejected() {
    rejects(() -> api.getMessage(".."), "id");
    rejects(() -> api.getMessage("."), "id");
    rejects(() -> api.sendMessage("..", "general", hello()), "type");
    rejects(() -> api.getMessage("a\r\nb"), "id");
  }

  @Test
  void requiredBodiesAndFields() {
    rejects(() -> api.sendMessage("messaging", "general", null), "request");
    rejects(() -> api.search(null), "payload");
    rejects(() -> api.search(SearchRequest.builder().query("x").build()), "filterConditions");
    rejects(() -> api.flag(FlagRequest.builder().userId("mod").build()), "targetMessageId");
    rejects(() -> api.unflag(FlagRequest.builder().build()), "targetUserId");
    rejects(() -> api.markUnread("messaging", "general",
        MarkUnreadRequest.builder().messageId(" ").build()), "messageId");
    rejects(() -> api.sendReaction("msg-1", SendReactionRequest.builder()
        .reaction(ReactionRequest.builder().type(" ").build()).build()), "request.reaction.type");
    rejects(() -> api.getManyMessages("messaging", "general", List.of()), "ids");
    rejects(() -> api.getManyMessages("messaging", "general", List.of("a,b")), "ids[0]");
    rejects(() -> api.getManyMessages("messaging", "general", Arrays.asList("a", null)), "ids[1]");
    rejects(() -> api.getOg(" "), "url");
    rejects(() -> api.deleteFile("messaging", "general", null), "url");
    rejects(() -> api.uploadFile("messaging", "general", null), "file");
    rejects(() -> api.getMessage("m", null), "options");
  }

  @Test
  void uploadUserIdMustNotBeBlank() {
    // Generated params check when set (as every params class does), no longer when sent.
    rejects(() -> UploadFileParams.builder().userId(" "), "user");
  }

  @Test
  void paramsRejectNonsense() {
    rejects(() -> GetReactionsParams.builder().limit(0), "limit");
    rejects(() -> GetReactionsParams.builder().offset(-1), "offset");
  }

  @Test
  void asyncFormsCheckBeforeSendingToo() {
    rejects(() -> api.getMessageAsync(" "), "id");
    rejects(() -> api.sendMessageAsync("messaging", "general", null), "request");
    rejects(() -> api.searchAsync(SearchRequest.builder().build(), RequestOptions.none()), "filterConditions");
    rejects(() -> api.getManyMessagesWithHttpInfo("messaging", "general", List.of()), "ids");
  }

  @Test
  void pagersCheckBeforeIterating() {
    rejects(() -> api.searchAll(SearchRequest.builder().build()), "filterConditions");
    rejects(() -> api.getReactionsAll(""), "id");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "../admin                | /messages/..%2Fadmin",
      "a/b?c=d#e               | /messages/a%2Fb%3Fc%3Dd%23e",
      "100%                    | /messages/100%25",
      "ça va                   | /messages/%C3%A7a%20va",
      "..%2F..                 | /messages/..%252F..",
      "x;y=z&w                 | /messages/x%3By%3Dz%26w",
  })
  void hostileIdsStayInTheirSegment(String id, String expectedPath) {
    pathTest = true;
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(fixture("getMessage"))));
    api.getMessage(id.trim());
    assertThat(rawPath(onlyRequest())).isEqualTo(expectedPath.trim());
  }

  @Test
  void hostileChannelAndReactionTypesStayInTheirSegments() {
    pathTest = true;
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(fixture("deleteReaction"))));
    api.deleteReaction("m/1", "../../channels", null);
    assertThat(rawPath(onlyRequest())).isEqualTo("/messages/m%2F1/reaction/..%2F..%2Fchannels");
  }
}
