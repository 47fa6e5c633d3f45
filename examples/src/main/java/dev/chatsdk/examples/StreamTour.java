package dev.chatsdk.examples;

import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.Page;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.RateLimitInfo;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.examples.Backends.ChannelRef;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.UploadFileParams;
import dev.chatsdk.stream.model.APIError;
import dev.chatsdk.stream.model.AttachmentRequest;
import dev.chatsdk.stream.model.ChannelGetOrCreateRequest;
import dev.chatsdk.stream.model.ChannelMemberRequest;
import dev.chatsdk.stream.model.ChannelRequest;
import dev.chatsdk.stream.model.ChannelStateResponse;
import dev.chatsdk.stream.model.FileUploadResponse;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.FlagResponse;
import dev.chatsdk.stream.model.MarkReadRequest;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.ReactionResponse;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResult;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import dev.chatsdk.stream.model.SortParam;
import dev.chatsdk.stream.model.UpdateMessagePartialRequest;
import dev.chatsdk.stream.model.UpdateUsersRequest;
import dev.chatsdk.stream.model.UpdateUsersResponse;
import dev.chatsdk.stream.model.UserObjectRequest;
import dev.chatsdk.testing.EmulatedService;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tour of the Stream API from an empty app: upsert the users, create the channel with its
 * members, then the messages API: send, reply in a thread, react, a partial update with custom
 * data, search with paging, a file upload, read/unread state, a flag, and how errors and rate limits
 * surface. {@link #run} returns what it observed so tests can check it.
 */
public final class StreamTour {
  /** The users the tour writes as; it creates them first. */
  static final List<String> USERS = List.of("ana", "bob", "tour-moderator");

  private final StreamChatClient client;
  private final MessagesApi messages;
  private final ChannelRef channel;
  private final @Nullable EmulatedService faults;
  private final PrintStream out;

  /**
   * @param client the client to call
   * @param channel the channel to write to; the tour creates it, with its members, and the users
   *     {@code ana}, {@code bob} and {@code tour-moderator} (an upsert: harmless when they exist)
   * @param faults the emulator's fault injection, or null against the real service (the rate-limit
   *     step is then only described)
   * @param out where the tour narrates
   */
  public StreamTour(StreamChatClient client, ChannelRef channel, @Nullable EmulatedService faults, PrintStream out) {
    this.client = client;
    this.messages = client.messages();
    this.channel = channel;
    this.faults = faults;
    this.out = out;
  }

  /** What the tour saw. */
  public static final class Result {
    public List<String> usersUpserted = List.of();
    public List<String> channelMembers = List.of();
    public String messageId;
    public String replyId;
    public int replyCount;
    public int likeCount;
    public @Nullable Object customPriority;
    public @Nullable Object customTicket;
    public int searchHits;
    public int searchPages;
    public String uploadedFileUrl;
    public String attachmentMessageId;
    public String flaggedMessageId;
    public int notFoundStatus;
    public @Nullable String notFoundRequestId;
    public @Nullable Integer streamErrorCode;
    public boolean rateLimitRetried;
    public @Nullable Duration rateLimitRetryAfter;
    public @Nullable RateLimitInfo rateLimitInfo;
  }

  /** Runs this tour alone: {@code mvn -q -pl examples exec:java -Dexec.mainClass=dev.chatsdk.examples.StreamTour}. */
  public static void main(String[] args) {
    try (Backends backends = Backends.fromEnvironment(System.out)) {
      run(backends, System.out);
    }
  }

  /** Runs the tour with the clients and channel of {@code backends}. */
  public static Result run(Backends backends, PrintStream out) {
    return new StreamTour(backends.stream(), backends.streamChannel(), backends.streamFaults(), out).run();
  }

  public Result run() {
    Result result = new Result();
    String type = channel.type();
    String id = channel.id();
    String tag = "tour" + UUID.randomUUID().toString().substring(0, 8);
    out.println("== Stream tour in channel " + channel + " (run tag " + tag + ")");

    // 0. an empty app: upsert the users, then create the channel with its members
    UpdateUsersRequest.Builder users = UpdateUsersRequest.builder();
    for (String user : USERS) {
      users.putUsers(user, UserObjectRequest.builder().id(user)
          .role(user.equals("tour-moderator") ? "admin" : "user").putAdditionalProperty("name", user).build());
    }
    UpdateUsersResponse upserted = client.users().updateUsers(users.build());
    result.usersUpserted = new ArrayList<>(upserted.getUsers().keySet());
    ChannelRequest.Builder data = ChannelRequest.builder().createdBy(UserObjectRequest.builder().id("ana").build());
    for (String user : List.of("ana", "bob")) {
      data.addMember(ChannelMemberRequest.builder().userId(user).build());
    }
    ChannelStateResponse created = client.channels().getOrCreateChannel(type, id,
        ChannelGetOrCreateRequest.builder().data(data.build()).build());
    List<String> members = new ArrayList<>();
    created.getMembers().forEach(m -> members.add(m.getUserId()));
    result.channelMembers = members;
    out.println("updateUsers    -> " + result.usersUpserted + "; getOrCreateChannel -> " + created.getChannel().getCid()
        + " members=" + members);

    // 1. send
    Message hello = messages.sendMessage(type, id, SendMessageRequest.builder()
        .message(MessageRequest.builder().text("Hello from the chatsdk tour " + tag).userId("ana").build())
        .build()).getMessage();
    result.messageId = hello.getId();
    out.println("sendMessage    -> id=" + hello.getId() + " type=" + hello.getType() + " created=" + hello.getCreatedAt());

    // 2. reply in a thread
    Message reply = messages.sendMessage(type, id, SendMessageRequest.builder()
        .message(MessageRequest.builder().text("A reply in the thread").parentId(hello.getId()).userId("bob").build())
        .build()).getMessage();
    result.replyId = reply.getId();
    List<Message> thread = messages.getReplies(hello.getId()).getMessages();
    Integer replies = messages.getMessage(hello.getId()).getMessage().getReplyCount();
    result.replyCount = replies == null ? 0 : replies;
    out.println("reply          -> id=" + reply.getId() + " parent=" + reply.getParentId()
        + "; getReplies: " + thread.size() + " message(s); parent reply_count=" + replies);

    // 3. react
    ReactionResponse reacted = messages.sendReaction(hello.getId(), SendReactionRequest.builder()
        .reaction(ReactionRequest.builder().type("like").userId("bob").build())
        .build());
    Integer likes = reacted.getMessage().getReactionCounts().get("like");
    result.likeCount = likes == null ? 0 : likes;
    out.println("sendReaction   -> " + reacted.getReaction().getType() + " by " + reacted.getReaction().getUserId()
        + "; reaction_counts=" + reacted.getMessage().getReactionCounts());

    // 4. partial update with custom data
    Message updated = messages.updateMessagePartial(hello.getId(), UpdateMessagePartialRequest.builder()
        .putSet("priority", "high")
        .putSet("ticket", Map.of("system", "jira", "key", "CHAT-42"))
        .userId("ana")
        .build()).getMessage();
    result.customPriority = updated.getAdditionalProperties().get("priority");
    result.customTicket = messages.getMessage(hello.getId()).getMessage().getAdditionalProperties().get("ticket");
    out.println("updatePartial  -> custom data priority=" + result.customPriority + " ticket=" + result.customTicket);

    // 5. search with paging: five more messages, pages of two
    for (int i = 1; i <= 5; i++) {
      messages.sendMessage(type, id, SendMessageRequest.builder()
          .message(MessageRequest.builder().text("invoice " + i + " " + tag).userId("ana").build())
          .build());
    }
    SearchRequest search = SearchRequest.builder()
        .putFilterConditions("cid", channel.cid())
        .query("invoice " + tag)
        .limit(2)
        .sort(List.of(SortParam.builder().field("created_at").direction(1).build()))
        .build();
    List<String> found = new ArrayList<>();
    for (Page<SearchResult> page : messages.searchAll(search).pages()) {
      result.searchPages++;
      for (SearchResult hit : page.items()) {
        found.add(hit.getMessage().getText());
      }
    }
    result.searchHits = found.size();
    out.println("searchAll      -> " + found.size() + " hits in " + result.searchPages + " pages: " + found);

    // 6. upload a file and attach it to a message
    byte[] notes = ("notes of " + tag + "\n").getBytes(StandardCharsets.UTF_8);
    FileUploadResponse upload = messages.uploadFile(type, id, FileSource.of(notes, "notes.txt", "text/plain"),
        UploadFileParams.builder().userId("ana").build());
    result.uploadedFileUrl = upload.getFile();
    Message withFile = messages.sendMessage(type, id, SendMessageRequest.builder()
        .message(MessageRequest.builder().text("Notes attached").userId("ana")
            .addAttachment(AttachmentRequest.builder().type("file").assetUrl(upload.getFile()).title("notes.txt").build())
            .build())
        .build()).getMessage();
    result.attachmentMessageId = withFile.getId();
    out.println("uploadFile     -> " + upload.getFile() + "; attached to " + withFile.getId());

    // 7. read state
    messages.markRead(type, id, MarkReadRequest.builder().userId("bob").build());
    messages.markUnread(type, id, MarkUnreadRequest.builder().messageId(withFile.getId()).userId("bob").build());
    out.println("markRead/markUnread -> bob read the channel, then marked it unread from " + withFile.getId());

    // 8. flag for moderation
    FlagResponse flag = messages.flag(FlagRequest.builder().targetMessageId(reply.getId()).userId("tour-moderator").build());
    result.flaggedMessageId = flag.getFlag().getTargetMessageId();
    out.println("flag           -> flagged " + result.flaggedMessageId + " by " + flag.getFlag().getUser().getId());

    // 9. an error: the typed exception carries status, request id and Stream's error body
    try {
      messages.getMessage("no-such-message-" + tag);
    } catch (NotFoundException e) {
      result.notFoundStatus = e.statusCode();
      result.notFoundRequestId = e.requestId().orElse(null);
      result.streamErrorCode = e.vendorError(APIError.class).map(APIError::getCode).orElse(null);
      out.println("getMessage(unknown) -> " + e.getClass().getSimpleName() + " status=" + e.statusCode()
          + " stream code=" + result.streamErrorCode + " request id=" + result.notFoundRequestId);
    }

    // 10. rate limits
    rateLimits(result, hello.getId());
    return result;
  }

  private void rateLimits(Result result, String messageId) {
    if (faults == null) {
      ApiResponse<MessageWithPendingMetadataResponse> r = messages.getMessageWithHttpInfo(messageId);
      result.rateLimitInfo = r.rateLimit().orElse(null);
      out.println("rate limit     -> real service: no fault injected; this call's limits: " + result.rateLimitInfo);
      return;
    }
    // One 429: the client waits as Retry-After says and retries on its own.
    faults.failNext(429, Duration.ofSeconds(1));
    int before = faults.requestCount();
    messages.getMessage(messageId);
    result.rateLimitRetried = faults.requestCount() - before == 2;
    out.println("rate limit     -> emulator answered 429 once; the client retried after Retry-After and succeeded ("
        + (faults.requestCount() - before) + " requests)");

    // With retries off, the 429 reaches the caller as RateLimitException.
    faults.failNext(429, Duration.ofSeconds(1));
    try {
      messages.getMessage(messageId, RequestOptions.builder().maxRetries(0).build());
    } catch (RateLimitException e) {
      result.rateLimitRetryAfter = e.retryAfter().orElse(null);
      result.rateLimitInfo = e.rateLimit().orElse(null);
      out.println("rate limit     -> with maxRetries(0): " + e.getClass().getSimpleName() + " retryAfter="
          + result.rateLimitRetryAfter + " limits=" + result.rateLimitInfo);
    } catch (ApiException e) {
      out.println("rate limit     -> unexpected " + e);
      throw e;
    }
  }
}
