package dev.chatsdk.stream;

import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.ImageSizeRequest;
import dev.chatsdk.stream.model.MarkChannelsReadRequest;
import dev.chatsdk.stream.model.MarkReadRequest;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.MessageActionRequest;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.QueryMessageFlagsRequest;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import dev.chatsdk.stream.model.SortParam;
import dev.chatsdk.stream.model.TranslateMessageRequest;
import dev.chatsdk.stream.model.UpdateMessagePartialRequest;
import dev.chatsdk.stream.model.UpdateMessageRequest;
import java.time.Instant;
import java.util.List;

/** The 24 message operations (their wire details are checked one by one in MessagesApiTest). */
final class StreamMessageCases {
  private StreamMessageCases() {}

  static void add(java.util.List<StreamCase> all) {
    MessageRequest text = MessageRequest.builder().text("hi").userId("ana").putAdditionalProperty("priority", "high").build();
    all.add(StreamCase.call("deleteFile", "DeleteFile", "delete", "/channels/{type}/{id}/file", c -> c.messages().deleteFile("messaging", "c", "https://x/f")));
    all.add(StreamCase.call("deleteImage", "DeleteImage", "delete", "/channels/{type}/{id}/image", c -> c.messages().deleteImage("messaging", "c", "https://x/i")));
    all.add(StreamCase.call("deleteMessage", "DeleteMessage", "delete", "/messages/{id}",
        c -> c.messages().deleteMessage("m", DeleteMessageParams.builder().hard(true).build())));
    all.add(StreamCase.call("deleteReaction", "DeleteReaction", "delete", "/messages/{id}/reaction/{type}",
        c -> c.messages().deleteReaction("m", "like", DeleteReactionParams.builder().userId("bob").build())));
    all.add(StreamCase.call("flag", "Flag", "post", "/moderation/flag",
        c -> c.messages().flag(FlagRequest.builder().targetMessageId("m").targetUserId("u").userId("mod").build())));
    all.add(StreamCase.call("getManyMessages", "GetManyMessages", "get", "/channels/{type}/{id}/messages",
        c -> c.messages().getManyMessages("messaging", "c", List.of("m1", "m2"))));
    all.add(StreamCase.call("getMessage", "GetMessage", "get", "/messages/{id}", c -> c.messages().getMessage("m")));
    all.add(StreamCase.call("getOg", "GetOG", "get", "/og", c -> c.messages().getOg("https://example.com")));
    all.add(StreamCase.call("getReactions", "GetReactions", "get", "/messages/{id}/reactions",
        c -> c.messages().getReactions("m", GetReactionsParams.builder().limit(5).offset(5).build())));
    all.add(StreamCase.call("getReplies", "GetReplies", "get", "/messages/{parent_id}/replies", c -> c.messages().getReplies("m", GetRepliesParams.builder()
        .idGte("a").idGt("b").idLte("c").idLt("d").idAround("e")
        .createdAtAfterOrEqual(Instant.EPOCH).createdAtAfter(Instant.EPOCH).createdAtBeforeOrEqual(Instant.EPOCH)
        .createdAtBefore(Instant.EPOCH).createdAtAround(Instant.EPOCH).build())));
    all.add(StreamCase.call("markChannelsRead", "MarkChannelsRead", "post", "/channels/read",
        c -> c.messages().markChannelsRead(MarkChannelsReadRequest.builder().userId("ana").build())));
    all.add(StreamCase.call("markRead", "MarkRead", "post", "/channels/{type}/{id}/read",
        c -> c.messages().markRead("messaging", "c", MarkReadRequest.builder().messageId("m").userId("ana").build())));
    all.add(StreamCase.call("markUnread", "MarkUnread", "post", "/channels/{type}/{id}/unread",
        c -> c.messages().markUnread("messaging", "c", MarkUnreadRequest.builder().messageId("m").userId("ana").build())));
    all.add(StreamCase.call("queryMessageFlags", "QueryMessageFlags", "get", "/moderation/flags/message",
        c -> c.messages().queryMessageFlags(QueryMessageFlagsRequest.builder().putFilterConditions("user_id", "u")
            .limit(10).offset(0).userId("mod").build())));
    all.add(StreamCase.call("runMessageAction", "RunMessageAction", "post", "/messages/{id}/action",
        c -> c.messages().runMessageAction("m", MessageActionRequest.builder().putFormData("image_action", "send").userId("ana").build())));
    all.add(StreamCase.call("search", "Search", "get", "/search", c -> c.messages().search(SearchRequest.builder()
        .putFilterConditions("type", "messaging").query("q").limit(2).offset(0)
        .sort(List.of(SortParam.builder().field("created_at").direction(-1).build())).build())));
    all.add(StreamCase.call("sendMessage", "SendMessage", "post", "/channels/{type}/{id}/message",
        c -> c.messages().sendMessage("messaging", "c", SendMessageRequest.builder().message(text).skipPush(true).build())));
    all.add(StreamCase.call("sendReaction", "SendReaction", "post", "/messages/{id}/reaction", c -> c.messages().sendReaction("m", SendReactionRequest.builder()
        .reaction(ReactionRequest.builder().type("like").userId("bob").build()).enforceUnique(true).build())));
    all.add(StreamCase.call("translateMessage", "TranslateMessage", "post", "/messages/{id}/translate",
        c -> c.messages().translateMessage("m", TranslateMessageRequest.builder().language(TranslateMessageRequest.Language.NO).build())));
    all.add(StreamCase.call("unflag", "Unflag", "post", "/moderation/unflag", c -> c.messages().unflag(FlagRequest.builder().targetUserId("u").build())));
    all.add(StreamCase.call("updateMessage", "UpdateMessage", "post", "/messages/{id}",
        c -> c.messages().updateMessage("m", UpdateMessageRequest.builder().message(text).build())));
    all.add(StreamCase.call("updateMessagePartial", "UpdateMessagePartial", "put", "/messages/{id}",
        c -> c.messages().updateMessagePartial("m", UpdateMessagePartialRequest.builder().userId("ana").build())));
    all.add(StreamCase.call("uploadFile", "UploadFile", "post", "/channels/{type}/{id}/file", c -> c.messages().uploadFile("messaging", "c",
        FileSource.of(new byte[] {1, 2}, "a.bin", "application/octet-stream"), UploadFileParams.builder().userId("ana").build())));
    all.add(StreamCase.call("uploadImage", "UploadImage", "post", "/channels/{type}/{id}/image", c -> c.messages().uploadImage("messaging", "c",
        FileSource.of(new byte[] {1, 2}, "a.png", "image/png"), UploadImageParams.builder().userId("ana")
            .addUploadSize(ImageSizeRequest.builder().width(10).height(10).build()).build())));
  }
}
