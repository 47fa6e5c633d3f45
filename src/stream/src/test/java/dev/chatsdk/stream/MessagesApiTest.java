package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.model.FileDeleteResponse;
import dev.chatsdk.stream.model.FileUploadResponse;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.FlagResponse;
import dev.chatsdk.stream.model.GetManyMessagesResponse;
import dev.chatsdk.stream.model.GetOGResponse;
import dev.chatsdk.stream.model.GetReactionsResponse;
import dev.chatsdk.stream.model.GetRepliesResponse;
import dev.chatsdk.stream.model.ImageSizeRequest;
import dev.chatsdk.stream.model.ImageUploadResponse;
import dev.chatsdk.stream.model.MarkChannelsReadRequest;
import dev.chatsdk.stream.model.MarkReadRequest;
import dev.chatsdk.stream.model.MarkReadResponse;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageActionRequest;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.MessageResponse;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.QueryMessageFlagsRequest;
import dev.chatsdk.stream.model.QueryMessageFlagsResponse;
import dev.chatsdk.stream.model.ReactionRemovalResponse;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.ReactionResponse;
import dev.chatsdk.stream.model.Response;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import dev.chatsdk.stream.model.SortParam;
import dev.chatsdk.stream.model.TranslateMessageRequest;
import dev.chatsdk.stream.model.UpdateMessagePartialRequest;
import dev.chatsdk.stream.model.UpdateMessageRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per operation: method, path, query, authentication, body, and the fixture decoded into
 * the typed response (custom data and an unknown field included) and encoded back unchanged.
 */
class MessagesApiTest extends StreamTestSupport {
  private static final String TYPE = "messaging";
  private static final String CHANNEL = "release-2024";
  private static final String MSG = "msg-1001";

  private static void respond(int status, String operation) {
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(fixture(operation))));
  }

  /** Checks method, raw path, exact query (besides {@code api_key}) and server authentication. */
  private static LoggedRequest assertCall(String method, String path, Map<String, String> query) {
    LoggedRequest request = onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo(method);
    assertThat(rawPath(request)).isEqualTo(path);
    Map<String, List<String>> expected = new LinkedHashMap<>();
    query.forEach((k, v) -> expected.put(k, List.of(v)));
    expected.put("api_key", List.of(API_KEY));
    assertThat(query(request)).isEqualTo(expected);
    assertServerAuth(request);
    return request;
  }

  private static void assertJsonBody(String json) {
    LoggedRequest request = onlyRequest();
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    WM.verify(anyRequestedFor(anyUrl()).withRequestBody(equalToJson(json, false, false)));
  }

  private static void assertNoBody(LoggedRequest request) {
    assertThat(request.getBody()).isEmpty();
  }

  /** The {@code payload} query parameter, parsed. */
  private static JsonNode payload(LoggedRequest request) {
    return ChatJson.readTree(query(request).get("payload").get(0));
  }

  private static void assertCustomMessage(Message message) {
    assertThat(message.getId()).isEqualTo(MSG);
    assertThat(message.getUser().getId()).isEqualTo("ana");
    assertThat(message.getCreatedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123456Z"));
    assertThat(message.getAdditionalProperties()).containsEntry("priority", "high");
    assertThat(message.getAdditionalProperties().get("ticket")).isEqualTo(Map.of("id", 4711, "queue", "support"));
    assertThat(message.getAttachments().get(0).getAdditionalProperties()).containsEntry("file_size", 48213);
  }

  private static void assertUnknownField(Map<String, Object> additional) {
    assertThat(additional).containsEntry("x_edge_region", "eu-west");
  }

  // ---- files and images -----------------------------------------------------------------------

  @Test
  void deleteFile() {
    respond(200, "deleteFile");
    FileDeleteResponse r = api.deleteFile(TYPE, CHANNEL, "https://cdn.example.com/files/notes.pdf?sig=a&b=c");
    assertNoBody(assertCall("DELETE", "/channels/messaging/release-2024/file",
        Map.of("url", "https://cdn.example.com/files/notes.pdf?sig=a&b=c")));
    assertThat(r.getDuration()).isEqualTo("0.92ms");
    assertUnknownField(r.getAdditionalProperties());
    assertRoundTrip(r, "deleteFile");
  }

  @Test
  void deleteImage() {
    respond(200, "deleteImage");
    FileDeleteResponse r = api.deleteImage(TYPE, CHANNEL, "https://cdn.example.com/images/photo.jpg");
    assertNoBody(assertCall("DELETE", "/channels/messaging/release-2024/image",
        Map.of("url", "https://cdn.example.com/images/photo.jpg")));
    assertThat(r.getDuration()).isEqualTo("1.10ms");
    assertRoundTrip(r, "deleteImage");
  }

  @Test
  void uploadFileStreamsMultipartWithFileAndUser(@TempDir Path dir) throws Exception {
    respond(201, "uploadFile");
    Path pdf = dir.resolve("notes.pdf");
    byte[] content = "%PDF-1.7 release notes".getBytes(StandardCharsets.US_ASCII);
    Files.write(pdf, content);

    FileUploadResponse r = api.uploadFile(TYPE, CHANNEL, FileSource.of(pdf, "application/pdf"),
        UploadFileParams.builder().userId("ana").build());

    LoggedRequest request = assertCall("POST", "/channels/messaging/release-2024/file", Map.of());
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    Request.Part file = request.getPart("file");
    assertThat(file.getHeader("Content-Disposition").firstValue()).contains("name=\"file\"").contains("filename=\"notes.pdf\"");
    assertThat(file.getHeader("Content-Type").firstValue()).isEqualTo("application/pdf");
    assertThat(file.getBody().asBytes()).isEqualTo(content);
    assertThat(ChatJson.readTree(request.getPart("user").getBody().asString()))
        .isEqualTo(ChatJson.readTree("{\"id\":\"ana\"}"));
    assertThat(request.getParts()).hasSize(2);
    assertThat(r.getFile()).isEqualTo("https://cdn.example.com/files/notes.pdf?sig=abc");
    assertUnknownField(r.getAdditionalProperties());
    assertRoundTrip(r, "uploadFile");
  }

  @Test
  void uploadFileFromAStreamAsync() throws Exception {
    respond(201, "uploadFile");
    byte[] content = "col1,col2\n1,2\n".getBytes(StandardCharsets.US_ASCII);
    FileSource source = FileSource.of(new ByteArrayInputStream(content), content.length, "data.csv", "text/csv");

    FileUploadResponse r = api.uploadFileAsync(TYPE, CHANNEL, source).get();

    LoggedRequest request = assertCall("POST", "/channels/messaging/release-2024/file", Map.of());
    assertThat(request.getPart("file").getBody().asBytes()).isEqualTo(content);
    assertThat(request.getPart("file").getHeader("Content-Disposition").firstValue()).contains("filename=\"data.csv\"");
    assertThat(request.getParts()).hasSize(1); // no user part when none was given
    assertThat(r.getDuration()).isEqualTo("40.1ms");
  }

  @Test
  void uploadImageSendsUploadSizesAsJsonArray() {
    respond(201, "uploadImage");
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    UploadImageParams params = UploadImageParams.builder()
        .userId("ana")
        .addUploadSize(ImageSizeRequest.builder().crop(ImageSizeRequest.Crop.CENTER)
            .resize(ImageSizeRequest.Resize.FILL).width(100).height(100).build())
        .build();

    ApiResponse<ImageUploadResponse> r = api.uploadImageWithHttpInfo(TYPE, CHANNEL,
        FileSource.of(jpeg, "photo.jpg", "image/jpeg"), params);

    LoggedRequest request = assertCall("POST", "/channels/messaging/release-2024/image", Map.of());
    assertThat(request.getPart("file").getBody().asBytes()).isEqualTo(jpeg);
    assertThat(request.getPart("file").getHeader("Content-Type").firstValue()).isEqualTo("image/jpeg");
    assertThat(ChatJson.readTree(request.getPart("user").getBody().asString()))
        .isEqualTo(ChatJson.readTree("{\"id\":\"ana\"}"));
    assertThat(ChatJson.readTree(request.getPart("upload_sizes").getBody().asString())).isEqualTo(
        ChatJson.readTree("[{\"crop\":\"center\",\"resize\":\"fill\",\"width\":100,\"height\":100}]"));
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.data().getUploadSizes().get(0).getCrop()).isEqualTo(dev.chatsdk.stream.model.ImageSize.Crop.CENTER);
    assertThat(r.data().getThumbUrl()).isEqualTo("https://cdn.example.com/images/photo_thumb.jpg");
    assertRoundTrip(r.data(), "uploadImage");
  }

  // ---- messages -------------------------------------------------------------------------------

  @Test
  void sendMessage() {
    respond(201, "sendMessage");
    SendMessageRequest request = SendMessageRequest.builder()
        .message(MessageRequest.builder()
            .text("Release notes are up: https://example.com/notes")
            .userId("ana")
            .putAdditionalProperty("priority", "high")
            .putAdditionalProperty("ticket", Map.of("id", 4711, "queue", "support"))
            .build())
        .skipPush(true)
        .build();

    MessageWithPendingMetadataResponse r = api.sendMessage(TYPE, CHANNEL, request);

    assertCall("POST", "/channels/messaging/release-2024/message", Map.of());
    assertJsonBody("{\"message\":{\"text\":\"Release notes are up: https://example.com/notes\","
        + "\"user_id\":\"ana\",\"attachments\":[],\"priority\":\"high\","
        + "\"ticket\":{\"id\":4711,\"queue\":\"support\"}},\"skip_push\":true}");
    assertCustomMessage(r.getMessage());
    assertUnknownField(r.getAdditionalProperties());
    assertRoundTrip(r, "sendMessage");
  }

  @Test
  void sendMessageAsync() throws Exception {
    respond(201, "sendMessage");
    SendMessageRequest request = SendMessageRequest.builder()
        .message(MessageRequest.builder().text("hi").userId("ana").build()).build();
    MessageWithPendingMetadataResponse r = api.sendMessageAsync(TYPE, CHANNEL, request).get();
    assertCall("POST", "/channels/messaging/release-2024/message", Map.of());
    assertJsonBody("{\"message\":{\"text\":\"hi\",\"user_id\":\"ana\",\"attachments\":[]}}");
    assertCustomMessage(r.getMessage());
  }

  @Test
  void getMessage() {
    respond(200, "getMessage");
    MessageWithPendingMetadataResponse r = api.getMessage(MSG);
    assertNoBody(assertCall("GET", "/messages/msg-1001", Map.of()));
    assertCustomMessage(r.getMessage());
    assertThat(r.getPendingMessageMetadata()).containsEntry("source", "import");
    assertUnknownField(r.getAdditionalProperties());
    assertRoundTrip(r, "getMessage");
  }

  @Test
  void getManyMessagesSendsIdsCommaSeparated() {
    respond(200, "getManyMessages");
    GetManyMessagesResponse r = api.getManyMessages(TYPE, CHANNEL, List.of(MSG, "msg-1002"));
    assertNoBody(assertCall("GET", "/channels/messaging/release-2024/messages", Map.of("ids", "msg-1001,msg-1002")));
    assertThat(r.getMessages()).extracting(Message::getId).containsExactly(MSG, "msg-1002");
    assertCustomMessage(r.getMessages().get(0));
    assertRoundTrip(r, "getManyMessages");
  }

  @Test
  void updateMessageSendsRequiredAttachmentsEvenWhenEmpty() {
    respond(201, "updateMessage");
    UpdateMessageRequest request = UpdateMessageRequest.builder()
        .message(MessageRequest.builder().text("Release notes (v2) are up").userId("ana").build())
        .build();
    MessageResponse r = api.updateMessage(MSG, request);
    assertCall("POST", "/messages/msg-1001", Map.of());
    assertJsonBody("{\"message\":{\"text\":\"Release notes (v2) are up\",\"user_id\":\"ana\",\"attachments\":[]}}");
    assertThat(r.getMessage().getUpdatedAt()).isEqualTo(Instant.parse("2024-05-01T10:05:30.512345Z"));
    assertRoundTrip(r, "updateMessage");
  }

  @Test
  void updateMessagePartialIsAPutWithSetAndUnset() {
    respond(201, "updateMessagePartial");
    UpdateMessagePartialRequest request = UpdateMessagePartialRequest.builder()
        .putSet("pinned", true)
        .putSet("priority", "urgent")
        .addUnset("ticket")
        .userId("ana")
        .build();
    MessageResponse r = api.updateMessagePartial(MSG, request);
    assertCall("PUT", "/messages/msg-1001", Map.of());
    assertJsonBody("{\"set\":{\"pinned\":true,\"priority\":\"urgent\"},\"unset\":[\"ticket\"],\"user_id\":\"ana\"}");
    assertThat(r.getMessage().getPinned()).isTrue();
    assertThat(r.getMessage().getPinnedBy().getId()).isEqualTo("ana");
    assertRoundTrip(r, "updateMessagePartial");
  }

  @Test
  void updateMessagePartialWithNothingSentStillSendsSetAndUnset() {
    respond(201, "updateMessagePartial");
    api.updateMessagePartial(MSG, UpdateMessagePartialRequest.builder().build());
    assertJsonBody("{\"set\":{},\"unset\":[]}");
  }

  @Test
  void deleteMessageHard() {
    respond(200, "deleteMessage");
    MessageResponse r = api.deleteMessage(MSG, DeleteMessageParams.builder().hard(true).build());
    assertNoBody(assertCall("DELETE", "/messages/msg-1001", Map.of("hard", "true")));
    assertThat(r.getMessage().getType()).isEqualTo(Message.Type.DELETED);
    assertThat(r.getMessage().getDeletedAt()).isNotNull();
    assertRoundTrip(r, "deleteMessage");
  }

  @Test
  void deleteMessageWithoutParamsSendsNoHard() throws Exception {
    respond(200, "deleteMessage");
    api.deleteMessageAsync(MSG).get();
    assertCall("DELETE", "/messages/msg-1001", Map.of());
  }

  @Test
  void translateMessage() {
    respond(201, "translateMessage");
    MessageResponse r = api.translateMessage(MSG,
        TranslateMessageRequest.builder().language(TranslateMessageRequest.Language.FR).build());
    assertCall("POST", "/messages/msg-1001/translate", Map.of());
    assertJsonBody("{\"language\":\"fr\"}");
    assertThat(r.getMessage().getI18n()).containsEntry("fr_text", "Les notes de version sont en ligne");
    assertRoundTrip(r, "translateMessage");
  }

  @Test
  void runMessageAction() {
    respond(201, "runMessageAction");
    MessageResponse r = api.runMessageAction(MSG, MessageActionRequest.builder()
        .putFormData("image_action", "shuffle").userId("ana").build());
    assertCall("POST", "/messages/msg-1001/action", Map.of());
    assertJsonBody("{\"form_data\":{\"image_action\":\"shuffle\"},\"user_id\":\"ana\"}");
    assertThat(r.getMessage().getCommand()).isEqualTo("giphy");
    assertRoundTrip(r, "runMessageAction");
  }

  @Test
  void getRepliesSendsBoundsAsPlainValuesAndRfc3339Times() {
    respond(200, "getReplies");
    GetRepliesParams params = GetRepliesParams.builder()
        .idLt("msg-2003")
        .createdAtAfterOrEqual(Instant.parse("2024-05-01T10:00:00Z"))
        .createdAtBefore(Instant.parse("2024-05-02T08:30:15.250Z"))
        .build();
    GetRepliesResponse r = api.getReplies(MSG, params);
    assertNoBody(assertCall("GET", "/messages/msg-1001/replies", Map.of(
        "id_lt", "msg-2003",
        "created_at_after_or_equal", "2024-05-01T10:00:00Z",
        "created_at_before", "2024-05-02T08:30:15.250Z")));
    assertThat(r.getMessages()).extracting(Message::getParentId).containsOnly(MSG);
    assertRoundTrip(r, "getReplies");
  }

  @Test
  void searchSendsPayloadAsJsonQueryParameter() {
    respond(200, "search");
    SearchRequest payload = SearchRequest.builder()
        .putFilterConditions("members", Map.of("$in", List.of("ana")))
        .query("release")
        .limit(2)
        .sort(List.of(SortParam.builder().field("created_at").direction(-1).build()))
        .build();
    SearchResponse r = api.search(payload);
    LoggedRequest request = onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(rawPath(request)).isEqualTo("/search");
    assertThat(query(request).keySet()).containsExactlyInAnyOrder("payload", "api_key");
    assertServerAuth(request);
    assertThat(payload(request)).isEqualTo(ChatJson.readTree("{\"filter_conditions\":{\"members\":{\"$in\":[\"ana\"]}},"
        + "\"query\":\"release\",\"limit\":2,\"sort\":[{\"field\":\"created_at\",\"direction\":-1}]}"));
    assertThat(r.getNext()).isEqualTo("c2VhcmNoLWN1cnNvci0y");
    assertThat(r.getResults().get(0).getMessage().getAdditionalProperties()).containsEntry("priority", "high");
    assertUnknownField(r.getAdditionalProperties());
    assertRoundTrip(r, "search");
  }

  @Test
  void getOgSendsUrlPlain() {
    respond(200, "getOg");
    GetOGResponse r = api.getOg("https://example.com/notes?ref=chat&lang=en");
    assertNoBody(assertCall("GET", "/og", Map.of("url", "https://example.com/notes?ref=chat&lang=en")));
    assertThat(r.getTitle()).isEqualTo("Release notes");
    assertThat(r.getOriginalWidth()).isEqualTo(1200);
    assertThat(r.getAdditionalProperties()).containsEntry("site_name", "Example");
    assertRoundTrip(r, "getOg");
  }

  // ---- reactions ------------------------------------------------------------------------------

  @Test
  void sendReaction() {
    respond(201, "sendReaction");
    SendReactionRequest request = SendReactionRequest.builder()
        .reaction(ReactionRequest.builder().type("like").userId("bob")
            .putAdditionalProperty("emoji_skin_tone", "medium").build())
        .enforceUnique(true)
        .build();
    ReactionResponse r = api.sendReaction(MSG, request);
    assertCall("POST", "/messages/msg-1001/reaction", Map.of());
    assertJsonBody("{\"reaction\":{\"type\":\"like\",\"user_id\":\"bob\",\"emoji_skin_tone\":\"medium\"},\"enforce_unique\":true}");
    assertThat(r.getReaction().getType()).isEqualTo("like");
    assertThat(r.getReaction().getAdditionalProperties()).containsEntry("emoji_skin_tone", "medium");
    assertCustomMessage(r.getMessage());
    assertRoundTrip(r, "sendReaction");
  }

  @Test
  void deleteReaction() {
    respond(200, "deleteReaction");
    ReactionRemovalResponse r = api.deleteReaction(MSG, "like", DeleteReactionParams.builder().userId("bob").build());
    assertNoBody(assertCall("DELETE", "/messages/msg-1001/reaction/like", Map.of("user_id", "bob")));
    assertThat(r.getReaction().getUserId()).isEqualTo("bob");
    assertThat(r.getMessage().getLatestReactions()).isEmpty();
    assertRoundTrip(r, "deleteReaction");
  }

  @Test
  void getReactions() {
    respond(200, "getReactions");
    GetReactionsResponse r = api.getReactions(MSG, GetReactionsParams.builder().limit(2).offset(4).build());
    assertNoBody(assertCall("GET", "/messages/msg-1001/reactions", Map.of("limit", "2", "offset", "4")));
    assertThat(r.getReactions()).extracting(dev.chatsdk.stream.model.Reaction::getType).containsExactly("like", "heart");
    assertRoundTrip(r, "getReactions");
  }

  // ---- read state -----------------------------------------------------------------------------

  @Test
  void markChannelsRead() {
    respond(201, "markChannelsRead");
    MarkReadResponse r = api.markChannelsRead(MarkChannelsReadRequest.builder().userId("ana").build());
    assertCall("POST", "/channels/read", Map.of());
    assertJsonBody("{\"user_id\":\"ana\"}");
    assertThat(r.getDuration()).isEqualTo("6.10ms");
    assertRoundTrip(r, "markChannelsRead");
  }

  @Test
  void markRead() {
    respond(201, "markRead");
    MarkReadResponse r = api.markRead(TYPE, CHANNEL, MarkReadRequest.builder().messageId("msg-1002").userId("ana").build());
    assertCall("POST", "/channels/messaging/release-2024/read", Map.of());
    assertJsonBody("{\"message_id\":\"msg-1002\",\"user_id\":\"ana\"}");
    assertThat(r.getEvent().getLastReadMessageId()).isEqualTo("msg-1002");
    assertThat(r.getEvent().getUser().getAdditionalProperties()).containsEntry("name", "Ana Lima");
    assertRoundTrip(r, "markRead");
  }

  @Test
  void markUnread() {
    respond(201, "markUnread");
    Response r = api.markUnread(TYPE, CHANNEL, MarkUnreadRequest.builder().messageId("msg-1002").userId("ana").build());
    assertCall("POST", "/channels/messaging/release-2024/unread", Map.of());
    assertJsonBody("{\"message_id\":\"msg-1002\",\"user_id\":\"ana\"}");
    assertThat(r.getDuration()).isEqualTo("1.90ms");
    assertRoundTrip(r, "markUnread");
  }

  // ---- moderation -----------------------------------------------------------------------------

  @Test
  void flag() {
    respond(201, "flag");
    FlagResponse r = api.flag(FlagRequest.builder().targetMessageId(MSG).userId("moderator-1").build());
    assertCall("POST", "/moderation/flag", Map.of());
    assertJsonBody("{\"target_message_id\":\"msg-1001\",\"user_id\":\"moderator-1\"}");
    assertThat(r.getFlag().getTargetMessageId()).isEqualTo(MSG);
    assertThat(r.getFlag().getAdditionalProperties()).containsEntry("reason_label", "spam");
    assertCustomMessage(r.getFlag().getTargetMessage());
    assertRoundTrip(r, "flag");
  }

  @Test
  void unflag() {
    respond(201, "unflag");
    FlagResponse r = api.unflag(FlagRequest.builder().targetUserId("spammer-9").userId("moderator-1").build());
    assertCall("POST", "/moderation/unflag", Map.of());
    assertJsonBody("{\"target_user_id\":\"spammer-9\",\"user_id\":\"moderator-1\"}");
    assertThat(r.getFlag().getCreatedByAutomod()).isFalse();
    assertRoundTrip(r, "unflag");
  }

  @Test
  void queryMessageFlagsSendsPayloadAsJsonQueryParameter() {
    respond(200, "queryMessageFlags");
    QueryMessageFlagsRequest payload = QueryMessageFlagsRequest.builder()
        .putFilterConditions("channel_cid", Map.of("$in", List.of("messaging:release-2024")))
        .limit(10)
        .userId("moderator-1")
        .build();
    QueryMessageFlagsResponse r = api.queryMessageFlags(payload);
    LoggedRequest request = onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(rawPath(request)).isEqualTo("/moderation/flags/message");
    assertThat(query(request).keySet()).containsExactlyInAnyOrder("payload", "api_key");
    assertServerAuth(request);
    assertThat(payload(request)).isEqualTo(ChatJson.readTree("{\"filter_conditions\":{\"channel_cid\":"
        + "{\"$in\":[\"messaging:release-2024\"]}},\"limit\":10,\"user_id\":\"moderator-1\"}"));
    assertThat(r.getFlags()).hasSize(1);
    assertThat(r.getFlags().get(0).getCreatedByAutomod()).isTrue();
    assertCustomMessage(r.getFlags().get(0).getMessage());
    assertRoundTrip(r, "queryMessageFlags");
  }
}
