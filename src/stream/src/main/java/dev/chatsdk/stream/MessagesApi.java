package dev.chatsdk.stream;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.AutoPager;
import dev.chatsdk.core.Page;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.core.http.HttpPipeline;
import dev.chatsdk.core.http.MultipartContent;
import dev.chatsdk.core.http.ResponseHandler;
import dev.chatsdk.stream.model.FileDeleteResponse;
import dev.chatsdk.stream.model.FileUploadResponse;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.FlagResponse;
import dev.chatsdk.stream.model.GetManyMessagesResponse;
import dev.chatsdk.stream.model.GetOGResponse;
import dev.chatsdk.stream.model.GetReactionsResponse;
import dev.chatsdk.stream.model.GetRepliesResponse;
import dev.chatsdk.stream.model.ImageUploadResponse;
import dev.chatsdk.stream.model.MarkChannelsReadRequest;
import dev.chatsdk.stream.model.MarkReadRequest;
import dev.chatsdk.stream.model.MarkReadResponse;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.MessageActionRequest;
import dev.chatsdk.stream.model.MessageFlag;
import dev.chatsdk.stream.model.MessageResponse;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.QueryMessageFlagsRequest;
import dev.chatsdk.stream.model.QueryMessageFlagsResponse;
import dev.chatsdk.stream.model.Reaction;
import dev.chatsdk.stream.model.ReactionRemovalResponse;
import dev.chatsdk.stream.model.ReactionResponse;
import dev.chatsdk.stream.model.Response;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResponse;
import dev.chatsdk.stream.model.SearchResult;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import dev.chatsdk.stream.model.TranslateMessageRequest;
import dev.chatsdk.stream.model.UpdateMessagePartialRequest;
import dev.chatsdk.stream.model.UpdateMessageRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The Stream Chat messages API: every message operation of the REST API, obtained from {@link
 * StreamChatClient#messages()}. Thread-safe; share it.
 *
 * <p>Each operation {@code op} comes in three forms, each also taking a trailing {@link
 * RequestOptions}:
 *
 * <ul>
 *   <li>{@code op(...)} returns the decoded response;
 *   <li>{@code opWithHttpInfo(...)} returns it in an {@link ApiResponse} with the status, headers,
 *       request id and {@link dev.chatsdk.core.RateLimitInfo};
 *   <li>{@code opAsync(...)} returns a {@link CompletableFuture} at once; retries wait on a timer,
 *       never on a thread, and cancelling the future cancels the HTTP call.
 * </ul>
 *
 * <p>Required values are positional; optional query parameters go in an {@code <Op>Params} object
 * (null means none). Arguments are checked before anything is sent: a missing or blank value
 * throws {@link NullPointerException} or {@link IllegalArgumentException} naming the parameter,
 * also from the {@code Async} forms (which throw instead of returning a failed future). Path values
 * are percent-encoded so an id can never leave its path segment.
 *
 * <p>Failures throw {@link dev.chatsdk.core.ApiException} subtypes whose {@code vendorError(APIError.class)}
 * is Stream's error body; connection problems throw {@link dev.chatsdk.core.ApiConnectionException}.
 * Reads, PUT and DELETE are retried on 408, 429, 5xx and connection failures; a POST only on 429 or
 * when it never reached the server. Stream has no idempotency key: {@link
 * RequestOptions.Builder#idempotencyKey} sends nothing, it only marks a POST as safe to retry (do
 * that when a retry is harmless, for example a {@code sendMessage} whose message carries its own id,
 * which Stream will not store twice).
 *
 * <p>Auto-pagers: {@link #searchAll} (follows the {@code next} cursor), {@link #getReactionsAll} and
 * {@link #queryMessageFlagsAll} (advance {@code offset} by the page size). {@code getReplies} has no
 * page cursor in the API (only id and time bounds), so it has no auto-pager.
 */
public final class MessagesApi {
  private static final ResponseHandler<FileDeleteResponse> FILE_DELETE = ResponseHandler.json(FileDeleteResponse.class);
  private static final ResponseHandler<FileUploadResponse> FILE_UPLOAD = ResponseHandler.json(FileUploadResponse.class);
  private static final ResponseHandler<ImageUploadResponse> IMAGE_UPLOAD = ResponseHandler.json(ImageUploadResponse.class);
  private static final ResponseHandler<MessageResponse> MESSAGE = ResponseHandler.json(MessageResponse.class);
  private static final ResponseHandler<MessageWithPendingMetadataResponse> MESSAGE_WITH_METADATA =
      ResponseHandler.json(MessageWithPendingMetadataResponse.class);
  private static final ResponseHandler<ReactionRemovalResponse> REACTION_REMOVAL = ResponseHandler.json(ReactionRemovalResponse.class);
  private static final ResponseHandler<ReactionResponse> REACTION = ResponseHandler.json(ReactionResponse.class);
  private static final ResponseHandler<FlagResponse> FLAG = ResponseHandler.json(FlagResponse.class);
  private static final ResponseHandler<GetManyMessagesResponse> MANY_MESSAGES = ResponseHandler.json(GetManyMessagesResponse.class);
  private static final ResponseHandler<GetOGResponse> OG = ResponseHandler.json(GetOGResponse.class);
  private static final ResponseHandler<GetReactionsResponse> REACTIONS = ResponseHandler.json(GetReactionsResponse.class);
  private static final ResponseHandler<GetRepliesResponse> REPLIES = ResponseHandler.json(GetRepliesResponse.class);
  private static final ResponseHandler<MarkReadResponse> MARK_READ = ResponseHandler.json(MarkReadResponse.class);
  private static final ResponseHandler<Response> RESPONSE = ResponseHandler.json(Response.class);
  private static final ResponseHandler<QueryMessageFlagsResponse> MESSAGE_FLAGS = ResponseHandler.json(QueryMessageFlagsResponse.class);
  private static final ResponseHandler<SearchResponse> SEARCH = ResponseHandler.json(SearchResponse.class);

  private final HttpPipeline pipeline;

  MessagesApi(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  // ---- deleteFile --------------------------------------------------------------------------------

  /** Same as {@link #deleteFile(String, String, String, RequestOptions)} with default options. */
  public FileDeleteResponse deleteFile(String type, String id, String url) {
    return deleteFile(type, id, url, RequestOptions.none());
  }

  /**
   * Deletes a file uploaded to a channel. {@code DELETE /channels/{type}/{id}/file}.
   *
   * @param type channel type, for example {@code messaging}
   * @param id channel id
   * @param url URL of the uploaded file, as returned by {@link #uploadFile}
   * @param options per-call overrides
   */
  public FileDeleteResponse deleteFile(String type, String id, String url, RequestOptions options) {
    return deleteFileWithHttpInfo(type, id, url, options).data();
  }

  /** {@link #deleteFile} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FileDeleteResponse> deleteFileWithHttpInfo(String type, String id, String url) {
    return deleteFileWithHttpInfo(type, id, url, RequestOptions.none());
  }

  /** {@link #deleteFile} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FileDeleteResponse> deleteFileWithHttpInfo(String type, String id, String url, RequestOptions options) {
    return pipeline.execute(deleteFileRequest(type, id, url, options), FILE_DELETE, options);
  }

  /** {@link #deleteFile} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FileDeleteResponse> deleteFileAsync(String type, String id, String url) {
    return deleteFileAsync(type, id, url, RequestOptions.none());
  }

  /** {@link #deleteFile} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FileDeleteResponse> deleteFileAsync(String type, String id, String url, RequestOptions options) {
    return pipeline.executeAsyncData(deleteFileRequest(type, id, url, options), FILE_DELETE, options);
  }

  private ApiRequest deleteFileRequest(String type, String id, String url, RequestOptions options) {
    Require.nonBlank(type, "type");
    Require.nonBlank(id, "id");
    Require.nonBlank(url, "url");
    Require.nonNull(options, "options");
    return ApiRequest.builder("deleteFile", "DELETE", "/channels/{type}/{id}/file")
        .pathSegment("type", type).pathSegment("id", id)
        .query("url", url)
        .build();
  }

  // ---- deleteImage -------------------------------------------------------------------------------

  /** Same as {@link #deleteImage(String, String, String, RequestOptions)} with default options. */
  public FileDeleteResponse deleteImage(String type, String id, String url) {
    return deleteImage(type, id, url, RequestOptions.none());
  }

  /**
   * Deletes an image uploaded to a channel. {@code DELETE /channels/{type}/{id}/image}.
   *
   * @param type channel type, for example {@code messaging}
   * @param id channel id
   * @param url URL of the uploaded image, as returned by {@link #uploadImage}
   * @param options per-call overrides
   */
  public FileDeleteResponse deleteImage(String type, String id, String url, RequestOptions options) {
    return deleteImageWithHttpInfo(type, id, url, options).data();
  }

  /** {@link #deleteImage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FileDeleteResponse> deleteImageWithHttpInfo(String type, String id, String url) {
    return deleteImageWithHttpInfo(type, id, url, RequestOptions.none());
  }

  /** {@link #deleteImage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FileDeleteResponse> deleteImageWithHttpInfo(String type, String id, String url, RequestOptions options) {
    return pipeline.execute(deleteImageRequest(type, id, url, options), FILE_DELETE, options);
  }

  /** {@link #deleteImage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FileDeleteResponse> deleteImageAsync(String type, String id, String url) {
    return deleteImageAsync(type, id, url, RequestOptions.none());
  }

  /** {@link #deleteImage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FileDeleteResponse> deleteImageAsync(String type, String id, String url, RequestOptions options) {
    return pipeline.executeAsyncData(deleteImageRequest(type, id, url, options), FILE_DELETE, options);
  }

  private ApiRequest deleteImageRequest(String type, String id, String url, RequestOptions options) {
    Require.nonBlank(type, "type");
    Require.nonBlank(id, "id");
    Require.nonBlank(url, "url");
    Require.nonNull(options, "options");
    return ApiRequest.builder("deleteImage", "DELETE", "/channels/{type}/{id}/image")
        .pathSegment("type", type).pathSegment("id", id)
        .query("url", url)
        .build();
  }

  // ---- deleteMessage -----------------------------------------------------------------------------

  /** Same as {@link #deleteMessage(String, DeleteMessageParams, RequestOptions)} without parameters or options. */
  public MessageResponse deleteMessage(String id) {
    return deleteMessage(id, null, RequestOptions.none());
  }

  /** Same as {@link #deleteMessage(String, DeleteMessageParams, RequestOptions)} with default options. */
  public MessageResponse deleteMessage(String id, @Nullable DeleteMessageParams params) {
    return deleteMessage(id, params, RequestOptions.none());
  }

  /**
   * Deletes a message (soft by default; see {@link DeleteMessageParams.Builder#hard}). {@code DELETE /messages/{id}}.
   *
   * @param id message id
   * @param params optional parameters, or null for none
   * @param options per-call overrides
   */
  public MessageResponse deleteMessage(String id, @Nullable DeleteMessageParams params, RequestOptions options) {
    return deleteMessageWithHttpInfo(id, params, options).data();
  }

  /** {@link #deleteMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> deleteMessageWithHttpInfo(String id) {
    return deleteMessageWithHttpInfo(id, null, RequestOptions.none());
  }

  /** {@link #deleteMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> deleteMessageWithHttpInfo(String id, @Nullable DeleteMessageParams params) {
    return deleteMessageWithHttpInfo(id, params, RequestOptions.none());
  }

  /** {@link #deleteMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> deleteMessageWithHttpInfo(String id, @Nullable DeleteMessageParams params, RequestOptions options) {
    return pipeline.execute(deleteMessageRequest(id, params, options), MESSAGE, options);
  }

  /** {@link #deleteMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> deleteMessageAsync(String id) {
    return deleteMessageAsync(id, null, RequestOptions.none());
  }

  /** {@link #deleteMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> deleteMessageAsync(String id, @Nullable DeleteMessageParams params) {
    return deleteMessageAsync(id, params, RequestOptions.none());
  }

  /** {@link #deleteMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> deleteMessageAsync(String id, @Nullable DeleteMessageParams params, RequestOptions options) {
    return pipeline.executeAsyncData(deleteMessageRequest(id, params, options), MESSAGE, options);
  }

  private ApiRequest deleteMessageRequest(String id, @Nullable DeleteMessageParams params, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonNull(options, "options");
    return ApiRequest.builder("deleteMessage", "DELETE", "/messages/{id}")
        .pathSegment("id", id)
        .query("hard", params == null ? null : params.getHard())
        .build();
  }

  // ---- deleteReaction ----------------------------------------------------------------------------

  /** Same as {@link #deleteReaction(String, String, DeleteReactionParams, RequestOptions)} without parameters or options. */
  public ReactionRemovalResponse deleteReaction(String id, String type) {
    return deleteReaction(id, type, null, RequestOptions.none());
  }

  /** Same as {@link #deleteReaction(String, String, DeleteReactionParams, RequestOptions)} with default options. */
  public ReactionRemovalResponse deleteReaction(String id, String type, @Nullable DeleteReactionParams params) {
    return deleteReaction(id, type, params, RequestOptions.none());
  }

  /**
   * Removes a reaction from a message. {@code DELETE /messages/{id}/reaction/{type}}.
   *
   * @param id message id
   * @param type reaction type, for example {@code like}
   * @param params optional parameters, or null for none
   * @param options per-call overrides
   */
  public ReactionRemovalResponse deleteReaction(String id, String type, @Nullable DeleteReactionParams params, RequestOptions options) {
    return deleteReactionWithHttpInfo(id, type, params, options).data();
  }

  /** {@link #deleteReaction} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<ReactionRemovalResponse> deleteReactionWithHttpInfo(String id, String type) {
    return deleteReactionWithHttpInfo(id, type, null, RequestOptions.none());
  }

  /** {@link #deleteReaction} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<ReactionRemovalResponse> deleteReactionWithHttpInfo(String id, String type, @Nullable DeleteReactionParams params) {
    return deleteReactionWithHttpInfo(id, type, params, RequestOptions.none());
  }

  /** {@link #deleteReaction} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<ReactionRemovalResponse> deleteReactionWithHttpInfo(String id, String type, @Nullable DeleteReactionParams params, RequestOptions options) {
    return pipeline.execute(deleteReactionRequest(id, type, params, options), REACTION_REMOVAL, options);
  }

  /** {@link #deleteReaction} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ReactionRemovalResponse> deleteReactionAsync(String id, String type) {
    return deleteReactionAsync(id, type, null, RequestOptions.none());
  }

  /** {@link #deleteReaction} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ReactionRemovalResponse> deleteReactionAsync(String id, String type, @Nullable DeleteReactionParams params) {
    return deleteReactionAsync(id, type, params, RequestOptions.none());
  }

  /** {@link #deleteReaction} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ReactionRemovalResponse> deleteReactionAsync(String id, String type, @Nullable DeleteReactionParams params, RequestOptions options) {
    return pipeline.executeAsyncData(deleteReactionRequest(id, type, params, options), REACTION_REMOVAL, options);
  }

  private ApiRequest deleteReactionRequest(String id, String type, @Nullable DeleteReactionParams params, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonBlank(type, "type");
    Require.nonNull(options, "options");
    return ApiRequest.builder("deleteReaction", "DELETE", "/messages/{id}/reaction/{type}")
        .pathSegment("id", id).pathSegment("type", type)
        .query("user_id", params == null ? null : params.getUserId())
        .build();
  }

  // ---- flag --------------------------------------------------------------------------------------

  /** Same as {@link #flag(FlagRequest, RequestOptions)} with default options. */
  public FlagResponse flag(FlagRequest request) {
    return flag(request, RequestOptions.none());
  }

  /**
   * Flags a message or a user for moderation. {@code POST /moderation/flag}.
   *
   * @param request what to flag: {@code target_message_id} or {@code target_user_id}, and who flags it
   * @param options per-call overrides
   */
  public FlagResponse flag(FlagRequest request, RequestOptions options) {
    return flagWithHttpInfo(request, options).data();
  }

  /** {@link #flag} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FlagResponse> flagWithHttpInfo(FlagRequest request) {
    return flagWithHttpInfo(request, RequestOptions.none());
  }

  /** {@link #flag} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FlagResponse> flagWithHttpInfo(FlagRequest request, RequestOptions options) {
    return pipeline.execute(flagRequest(request, options), FLAG, options);
  }

  /** {@link #flag} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FlagResponse> flagAsync(FlagRequest request) {
    return flagAsync(request, RequestOptions.none());
  }

  /** {@link #flag} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FlagResponse> flagAsync(FlagRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(flagRequest(request, options), FLAG, options);
  }

  private ApiRequest flagRequest(FlagRequest request, RequestOptions options) {
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    requireFlagTarget(request);
    return ApiRequest.builder("flag", "POST", "/moderation/flag")
        .jsonBody(request)
        .build();
  }

  // ---- getManyMessages ---------------------------------------------------------------------------

  /** Same as {@link #getManyMessages(String, String, List, RequestOptions)} with default options. */
  public GetManyMessagesResponse getManyMessages(String type, String id, List<String> ids) {
    return getManyMessages(type, id, ids, RequestOptions.none());
  }

  /**
   * Fetches several messages of one channel by id. {@code GET /channels/{type}/{id}/messages}.
   *
   * @param type channel type, for example {@code messaging}
   * @param id channel id
   * @param ids ids of the messages to fetch; sent comma-separated in one {@code ids} parameter
   * @param options per-call overrides
   */
  public GetManyMessagesResponse getManyMessages(String type, String id, List<String> ids, RequestOptions options) {
    return getManyMessagesWithHttpInfo(type, id, ids, options).data();
  }

  /** {@link #getManyMessages} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetManyMessagesResponse> getManyMessagesWithHttpInfo(String type, String id, List<String> ids) {
    return getManyMessagesWithHttpInfo(type, id, ids, RequestOptions.none());
  }

  /** {@link #getManyMessages} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetManyMessagesResponse> getManyMessagesWithHttpInfo(String type, String id, List<String> ids, RequestOptions options) {
    return pipeline.execute(getManyMessagesRequest(type, id, ids, options), MANY_MESSAGES, options);
  }

  /** {@link #getManyMessages} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetManyMessagesResponse> getManyMessagesAsync(String type, String id, List<String> ids) {
    return getManyMessagesAsync(type, id, ids, RequestOptions.none());
  }

  /** {@link #getManyMessages} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetManyMessagesResponse> getManyMessagesAsync(String type, String id, List<String> ids, RequestOptions options) {
    return pipeline.executeAsyncData(getManyMessagesRequest(type, id, ids, options), MANY_MESSAGES, options);
  }

  private ApiRequest getManyMessagesRequest(String type, String id, List<String> ids, RequestOptions options) {
    Require.nonBlank(type, "type");
    Require.nonBlank(id, "id");
    Require.nonNull(ids, "ids");
    Require.nonNull(options, "options");
    requireIds(ids);
    return ApiRequest.builder("getManyMessages", "GET", "/channels/{type}/{id}/messages")
        .pathSegment("type", type).pathSegment("id", id)
        .queryCsv("ids", ids)
        .build();
  }

  // ---- getMessage --------------------------------------------------------------------------------

  /** Same as {@link #getMessage(String, RequestOptions)} with default options. */
  public MessageWithPendingMetadataResponse getMessage(String id) {
    return getMessage(id, RequestOptions.none());
  }

  /**
   * Fetches one message. {@code GET /messages/{id}}.
   *
   * @param id message id
   * @param options per-call overrides
   */
  public MessageWithPendingMetadataResponse getMessage(String id, RequestOptions options) {
    return getMessageWithHttpInfo(id, options).data();
  }

  /** {@link #getMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageWithPendingMetadataResponse> getMessageWithHttpInfo(String id) {
    return getMessageWithHttpInfo(id, RequestOptions.none());
  }

  /** {@link #getMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageWithPendingMetadataResponse> getMessageWithHttpInfo(String id, RequestOptions options) {
    return pipeline.execute(getMessageRequest(id, options), MESSAGE_WITH_METADATA, options);
  }

  /** {@link #getMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageWithPendingMetadataResponse> getMessageAsync(String id) {
    return getMessageAsync(id, RequestOptions.none());
  }

  /** {@link #getMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageWithPendingMetadataResponse> getMessageAsync(String id, RequestOptions options) {
    return pipeline.executeAsyncData(getMessageRequest(id, options), MESSAGE_WITH_METADATA, options);
  }

  private ApiRequest getMessageRequest(String id, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonNull(options, "options");
    return ApiRequest.builder("getMessage", "GET", "/messages/{id}")
        .pathSegment("id", id)
        .build();
  }

  // ---- getOg -------------------------------------------------------------------------------------

  /** Same as {@link #getOg(String, RequestOptions)} with default options. */
  public GetOGResponse getOg(String url) {
    return getOg(url, RequestOptions.none());
  }

  /**
   * Scrapes a URL's Open Graph data, as Stream does for link previews. {@code GET /og}.
   *
   * @param url the page to scrape
   * @param options per-call overrides
   */
  public GetOGResponse getOg(String url, RequestOptions options) {
    return getOgWithHttpInfo(url, options).data();
  }

  /** {@link #getOg} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetOGResponse> getOgWithHttpInfo(String url) {
    return getOgWithHttpInfo(url, RequestOptions.none());
  }

  /** {@link #getOg} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetOGResponse> getOgWithHttpInfo(String url, RequestOptions options) {
    return pipeline.execute(getOgRequest(url, options), OG, options);
  }

  /** {@link #getOg} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetOGResponse> getOgAsync(String url) {
    return getOgAsync(url, RequestOptions.none());
  }

  /** {@link #getOg} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetOGResponse> getOgAsync(String url, RequestOptions options) {
    return pipeline.executeAsyncData(getOgRequest(url, options), OG, options);
  }

  private ApiRequest getOgRequest(String url, RequestOptions options) {
    Require.nonBlank(url, "url");
    Require.nonNull(options, "options");
    return ApiRequest.builder("getOg", "GET", "/og")
        .query("url", url)
        .build();
  }

  // ---- getReactions ------------------------------------------------------------------------------

  /** Same as {@link #getReactions(String, GetReactionsParams, RequestOptions)} without parameters or options. */
  public GetReactionsResponse getReactions(String id) {
    return getReactions(id, null, RequestOptions.none());
  }

  /** Same as {@link #getReactions(String, GetReactionsParams, RequestOptions)} with default options. */
  public GetReactionsResponse getReactions(String id, @Nullable GetReactionsParams params) {
    return getReactions(id, params, RequestOptions.none());
  }

  /**
   * Lists a message's reactions, one page (by {@code limit} and {@code offset}). See {@link #getReactionsAll} to iterate over all of them. {@code GET /messages/{id}/reactions}.
   *
   * @param id message id
   * @param params optional parameters, or null for none
   * @param options per-call overrides
   */
  public GetReactionsResponse getReactions(String id, @Nullable GetReactionsParams params, RequestOptions options) {
    return getReactionsWithHttpInfo(id, params, options).data();
  }

  /** {@link #getReactions} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetReactionsResponse> getReactionsWithHttpInfo(String id) {
    return getReactionsWithHttpInfo(id, null, RequestOptions.none());
  }

  /** {@link #getReactions} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetReactionsResponse> getReactionsWithHttpInfo(String id, @Nullable GetReactionsParams params) {
    return getReactionsWithHttpInfo(id, params, RequestOptions.none());
  }

  /** {@link #getReactions} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetReactionsResponse> getReactionsWithHttpInfo(String id, @Nullable GetReactionsParams params, RequestOptions options) {
    return pipeline.execute(getReactionsRequest(id, params, options), REACTIONS, options);
  }

  /** {@link #getReactions} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetReactionsResponse> getReactionsAsync(String id) {
    return getReactionsAsync(id, null, RequestOptions.none());
  }

  /** {@link #getReactions} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetReactionsResponse> getReactionsAsync(String id, @Nullable GetReactionsParams params) {
    return getReactionsAsync(id, params, RequestOptions.none());
  }

  /** {@link #getReactions} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetReactionsResponse> getReactionsAsync(String id, @Nullable GetReactionsParams params, RequestOptions options) {
    return pipeline.executeAsyncData(getReactionsRequest(id, params, options), REACTIONS, options);
  }

  private ApiRequest getReactionsRequest(String id, @Nullable GetReactionsParams params, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonNull(options, "options");
    return ApiRequest.builder("getReactions", "GET", "/messages/{id}/reactions")
        .pathSegment("id", id)
        .query("limit", params == null ? null : params.getLimit())
        .query("offset", params == null ? null : params.getOffset())
        .build();
  }

  // ---- getReplies --------------------------------------------------------------------------------

  /** Same as {@link #getReplies(String, GetRepliesParams, RequestOptions)} without parameters or options. */
  public GetRepliesResponse getReplies(String parentId) {
    return getReplies(parentId, null, RequestOptions.none());
  }

  /** Same as {@link #getReplies(String, GetRepliesParams, RequestOptions)} with default options. */
  public GetRepliesResponse getReplies(String parentId, @Nullable GetRepliesParams params) {
    return getReplies(parentId, params, RequestOptions.none());
  }

  /**
   * Lists the replies of a thread, optionally within id or time bounds. {@code GET /messages/{parent_id}/replies}.
   *
   * @param parentId id of the thread's parent message
   * @param params optional parameters, or null for none
   * @param options per-call overrides
   */
  public GetRepliesResponse getReplies(String parentId, @Nullable GetRepliesParams params, RequestOptions options) {
    return getRepliesWithHttpInfo(parentId, params, options).data();
  }

  /** {@link #getReplies} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetRepliesResponse> getRepliesWithHttpInfo(String parentId) {
    return getRepliesWithHttpInfo(parentId, null, RequestOptions.none());
  }

  /** {@link #getReplies} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetRepliesResponse> getRepliesWithHttpInfo(String parentId, @Nullable GetRepliesParams params) {
    return getRepliesWithHttpInfo(parentId, params, RequestOptions.none());
  }

  /** {@link #getReplies} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<GetRepliesResponse> getRepliesWithHttpInfo(String parentId, @Nullable GetRepliesParams params, RequestOptions options) {
    return pipeline.execute(getRepliesRequest(parentId, params, options), REPLIES, options);
  }

  /** {@link #getReplies} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetRepliesResponse> getRepliesAsync(String parentId) {
    return getRepliesAsync(parentId, null, RequestOptions.none());
  }

  /** {@link #getReplies} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetRepliesResponse> getRepliesAsync(String parentId, @Nullable GetRepliesParams params) {
    return getRepliesAsync(parentId, params, RequestOptions.none());
  }

  /** {@link #getReplies} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<GetRepliesResponse> getRepliesAsync(String parentId, @Nullable GetRepliesParams params, RequestOptions options) {
    return pipeline.executeAsyncData(getRepliesRequest(parentId, params, options), REPLIES, options);
  }

  private ApiRequest getRepliesRequest(String parentId, @Nullable GetRepliesParams params, RequestOptions options) {
    Require.nonBlank(parentId, "parentId");
    Require.nonNull(options, "options");
    ApiRequest.Builder b = ApiRequest.builder("getReplies", "GET", "/messages/{parent_id}/replies")
        .pathSegment("parent_id", parentId);
    if (params != null) {
      b.query("id_gte", params.getIdGte())
          .query("id_gt", params.getIdGt())
          .query("id_lte", params.getIdLte())
          .query("id_lt", params.getIdLt())
          .query("created_at_after_or_equal", params.getCreatedAtAfterOrEqual())
          .query("created_at_after", params.getCreatedAtAfter())
          .query("created_at_before_or_equal", params.getCreatedAtBeforeOrEqual())
          .query("created_at_before", params.getCreatedAtBefore())
          .query("id_around", params.getIdAround())
          .query("created_at_around", params.getCreatedAtAround());
    }
    return b
        .build();
  }

  // ---- markChannelsRead --------------------------------------------------------------------------

  /** Same as {@link #markChannelsRead(MarkChannelsReadRequest, RequestOptions)} with default options. */
  public MarkReadResponse markChannelsRead(MarkChannelsReadRequest request) {
    return markChannelsRead(request, RequestOptions.none());
  }

  /**
   * Marks all of a user's channels as read. {@code POST /channels/read}.
   *
   * @param request whose channels to mark (server-side: set {@code user_id})
   * @param options per-call overrides
   */
  public MarkReadResponse markChannelsRead(MarkChannelsReadRequest request, RequestOptions options) {
    return markChannelsReadWithHttpInfo(request, options).data();
  }

  /** {@link #markChannelsRead} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MarkReadResponse> markChannelsReadWithHttpInfo(MarkChannelsReadRequest request) {
    return markChannelsReadWithHttpInfo(request, RequestOptions.none());
  }

  /** {@link #markChannelsRead} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MarkReadResponse> markChannelsReadWithHttpInfo(MarkChannelsReadRequest request, RequestOptions options) {
    return pipeline.execute(markChannelsReadRequest(request, options), MARK_READ, options);
  }

  /** {@link #markChannelsRead} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MarkReadResponse> markChannelsReadAsync(MarkChannelsReadRequest request) {
    return markChannelsReadAsync(request, RequestOptions.none());
  }

  /** {@link #markChannelsRead} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MarkReadResponse> markChannelsReadAsync(MarkChannelsReadRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(markChannelsReadRequest(request, options), MARK_READ, options);
  }

  private ApiRequest markChannelsReadRequest(MarkChannelsReadRequest request, RequestOptions options) {
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    return ApiRequest.builder("markChannelsRead", "POST", "/channels/read")
        .jsonBody(request)
        .build();
  }

  // ---- markRead ----------------------------------------------------------------------------------

  /** Same as {@link #markRead(String, String, MarkReadRequest, RequestOptions)} with default options. */
  public MarkReadResponse markRead(String type, String id, MarkReadRequest request) {
    return markRead(type, id, request, RequestOptions.none());
  }

  /**
   * Marks a channel as read for a user. {@code POST /channels/{type}/{id}/read}.
   *
   * @param type channel type, for example {@code messaging}
   * @param id channel id
   * @param request up to which message, and for which user (server-side: set {@code user_id})
   * @param options per-call overrides
   */
  public MarkReadResponse markRead(String type, String id, MarkReadRequest request, RequestOptions options) {
    return markReadWithHttpInfo(type, id, request, options).data();
  }

  /** {@link #markRead} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MarkReadResponse> markReadWithHttpInfo(String type, String id, MarkReadRequest request) {
    return markReadWithHttpInfo(type, id, request, RequestOptions.none());
  }

  /** {@link #markRead} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MarkReadResponse> markReadWithHttpInfo(String type, String id, MarkReadRequest request, RequestOptions options) {
    return pipeline.execute(markReadRequest(type, id, request, options), MARK_READ, options);
  }

  /** {@link #markRead} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MarkReadResponse> markReadAsync(String type, String id, MarkReadRequest request) {
    return markReadAsync(type, id, request, RequestOptions.none());
  }

  /** {@link #markRead} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MarkReadResponse> markReadAsync(String type, String id, MarkReadRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(markReadRequest(type, id, request, options), MARK_READ, options);
  }

  private ApiRequest markReadRequest(String type, String id, MarkReadRequest request, RequestOptions options) {
    Require.nonBlank(type, "type");
    Require.nonBlank(id, "id");
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    return ApiRequest.builder("markRead", "POST", "/channels/{type}/{id}/read")
        .pathSegment("type", type).pathSegment("id", id)
        .jsonBody(request)
        .build();
  }

  // ---- markUnread --------------------------------------------------------------------------------

  /** Same as {@link #markUnread(String, String, MarkUnreadRequest, RequestOptions)} with default options. */
  public Response markUnread(String type, String id, MarkUnreadRequest request) {
    return markUnread(type, id, request, RequestOptions.none());
  }

  /**
   * Marks a channel as unread for a user from a given message on. {@code POST /channels/{type}/{id}/unread}.
   *
   * @param type channel type, for example {@code messaging}
   * @param id channel id
   * @param request the first message to count as unread ({@code message_id}, required)
   * @param options per-call overrides
   */
  public Response markUnread(String type, String id, MarkUnreadRequest request, RequestOptions options) {
    return markUnreadWithHttpInfo(type, id, request, options).data();
  }

  /** {@link #markUnread} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<Response> markUnreadWithHttpInfo(String type, String id, MarkUnreadRequest request) {
    return markUnreadWithHttpInfo(type, id, request, RequestOptions.none());
  }

  /** {@link #markUnread} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<Response> markUnreadWithHttpInfo(String type, String id, MarkUnreadRequest request, RequestOptions options) {
    return pipeline.execute(markUnreadRequest(type, id, request, options), RESPONSE, options);
  }

  /** {@link #markUnread} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Response> markUnreadAsync(String type, String id, MarkUnreadRequest request) {
    return markUnreadAsync(type, id, request, RequestOptions.none());
  }

  /** {@link #markUnread} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Response> markUnreadAsync(String type, String id, MarkUnreadRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(markUnreadRequest(type, id, request, options), RESPONSE, options);
  }

  private ApiRequest markUnreadRequest(String type, String id, MarkUnreadRequest request, RequestOptions options) {
    Require.nonBlank(type, "type");
    Require.nonBlank(id, "id");
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    Require.nonBlank(request.getMessageId(), "request.messageId");
    return ApiRequest.builder("markUnread", "POST", "/channels/{type}/{id}/unread")
        .pathSegment("type", type).pathSegment("id", id)
        .jsonBody(request)
        .build();
  }

  // ---- queryMessageFlags -------------------------------------------------------------------------

  /** Same as {@link #queryMessageFlags(QueryMessageFlagsRequest, RequestOptions)} with default options. */
  public QueryMessageFlagsResponse queryMessageFlags(QueryMessageFlagsRequest payload) {
    return queryMessageFlags(payload, RequestOptions.none());
  }

  /**
   * Lists message flags. See {@link #queryMessageFlagsAll} to iterate over all of them. {@code GET /moderation/flags/message}.
   *
   * @param payload filter and page; sent JSON-encoded in query parameter {@code payload}
   * @param options per-call overrides
   */
  public QueryMessageFlagsResponse queryMessageFlags(QueryMessageFlagsRequest payload, RequestOptions options) {
    return queryMessageFlagsWithHttpInfo(payload, options).data();
  }

  /** {@link #queryMessageFlags} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<QueryMessageFlagsResponse> queryMessageFlagsWithHttpInfo(QueryMessageFlagsRequest payload) {
    return queryMessageFlagsWithHttpInfo(payload, RequestOptions.none());
  }

  /** {@link #queryMessageFlags} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<QueryMessageFlagsResponse> queryMessageFlagsWithHttpInfo(QueryMessageFlagsRequest payload, RequestOptions options) {
    return pipeline.execute(queryMessageFlagsRequest(payload, options), MESSAGE_FLAGS, options);
  }

  /** {@link #queryMessageFlags} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<QueryMessageFlagsResponse> queryMessageFlagsAsync(QueryMessageFlagsRequest payload) {
    return queryMessageFlagsAsync(payload, RequestOptions.none());
  }

  /** {@link #queryMessageFlags} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<QueryMessageFlagsResponse> queryMessageFlagsAsync(QueryMessageFlagsRequest payload, RequestOptions options) {
    return pipeline.executeAsyncData(queryMessageFlagsRequest(payload, options), MESSAGE_FLAGS, options);
  }

  private ApiRequest queryMessageFlagsRequest(QueryMessageFlagsRequest payload, RequestOptions options) {
    Require.nonNull(payload, "payload");
    Require.nonNull(options, "options");
    return ApiRequest.builder("queryMessageFlags", "GET", "/moderation/flags/message")
        .queryJson("payload", payload)
        .build();
  }

  // ---- runMessageAction --------------------------------------------------------------------------

  /** Same as {@link #runMessageAction(String, MessageActionRequest, RequestOptions)} with default options. */
  public MessageResponse runMessageAction(String id, MessageActionRequest request) {
    return runMessageAction(id, request, RequestOptions.none());
  }

  /**
   * Runs an action of an interactive message (a command such as {@code /giphy}). {@code POST /messages/{id}/action}.
   *
   * @param id message id
   * @param request the action's form data, for example {@code image_action=shuffle} for a Giphy preview
   * @param options per-call overrides
   */
  public MessageResponse runMessageAction(String id, MessageActionRequest request, RequestOptions options) {
    return runMessageActionWithHttpInfo(id, request, options).data();
  }

  /** {@link #runMessageAction} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> runMessageActionWithHttpInfo(String id, MessageActionRequest request) {
    return runMessageActionWithHttpInfo(id, request, RequestOptions.none());
  }

  /** {@link #runMessageAction} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> runMessageActionWithHttpInfo(String id, MessageActionRequest request, RequestOptions options) {
    return pipeline.execute(runMessageActionRequest(id, request, options), MESSAGE, options);
  }

  /** {@link #runMessageAction} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> runMessageActionAsync(String id, MessageActionRequest request) {
    return runMessageActionAsync(id, request, RequestOptions.none());
  }

  /** {@link #runMessageAction} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> runMessageActionAsync(String id, MessageActionRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(runMessageActionRequest(id, request, options), MESSAGE, options);
  }

  private ApiRequest runMessageActionRequest(String id, MessageActionRequest request, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    return ApiRequest.builder("runMessageAction", "POST", "/messages/{id}/action")
        .pathSegment("id", id)
        .jsonBody(request)
        .build();
  }

  // ---- search ------------------------------------------------------------------------------------

  /** Same as {@link #search(SearchRequest, RequestOptions)} with default options. */
  public SearchResponse search(SearchRequest payload) {
    return search(payload, RequestOptions.none());
  }

  /**
   * Searches messages across channels. See {@link #searchAll} to iterate over every result with the {@code next} cursor. {@code GET /search}.
   *
   * @param payload channel filter (required), text query or message filter, sort and page; sent JSON-encoded in query parameter {@code payload}
   * @param options per-call overrides
   */
  public SearchResponse search(SearchRequest payload, RequestOptions options) {
    return searchWithHttpInfo(payload, options).data();
  }

  /** {@link #search} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<SearchResponse> searchWithHttpInfo(SearchRequest payload) {
    return searchWithHttpInfo(payload, RequestOptions.none());
  }

  /** {@link #search} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<SearchResponse> searchWithHttpInfo(SearchRequest payload, RequestOptions options) {
    return pipeline.execute(searchRequest(payload, options), SEARCH, options);
  }

  /** {@link #search} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<SearchResponse> searchAsync(SearchRequest payload) {
    return searchAsync(payload, RequestOptions.none());
  }

  /** {@link #search} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<SearchResponse> searchAsync(SearchRequest payload, RequestOptions options) {
    return pipeline.executeAsyncData(searchRequest(payload, options), SEARCH, options);
  }

  private ApiRequest searchRequest(SearchRequest payload, RequestOptions options) {
    Require.nonNull(payload, "payload");
    Require.nonNull(options, "options");
    requireFilter(payload);
    return ApiRequest.builder("search", "GET", "/search")
        .queryJson("payload", payload)
        .build();
  }

  // ---- sendMessage -------------------------------------------------------------------------------

  /** Same as {@link #sendMessage(String, String, SendMessageRequest, RequestOptions)} with default options. */
  public MessageWithPendingMetadataResponse sendMessage(String type, String id, SendMessageRequest request) {
    return sendMessage(type, id, request, RequestOptions.none());
  }

  /**
   * Sends a message to a channel. {@code POST /channels/{type}/{id}/message}.
   *
   * @param type channel type, for example {@code messaging}
   * @param id channel id
   * @param request the message (required) and sending options
   * @param options per-call overrides
   */
  public MessageWithPendingMetadataResponse sendMessage(String type, String id, SendMessageRequest request, RequestOptions options) {
    return sendMessageWithHttpInfo(type, id, request, options).data();
  }

  /** {@link #sendMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageWithPendingMetadataResponse> sendMessageWithHttpInfo(String type, String id, SendMessageRequest request) {
    return sendMessageWithHttpInfo(type, id, request, RequestOptions.none());
  }

  /** {@link #sendMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageWithPendingMetadataResponse> sendMessageWithHttpInfo(String type, String id, SendMessageRequest request, RequestOptions options) {
    return pipeline.execute(sendMessageRequest(type, id, request, options), MESSAGE_WITH_METADATA, options);
  }

  /** {@link #sendMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageWithPendingMetadataResponse> sendMessageAsync(String type, String id, SendMessageRequest request) {
    return sendMessageAsync(type, id, request, RequestOptions.none());
  }

  /** {@link #sendMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageWithPendingMetadataResponse> sendMessageAsync(String type, String id, SendMessageRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(sendMessageRequest(type, id, request, options), MESSAGE_WITH_METADATA, options);
  }

  private ApiRequest sendMessageRequest(String type, String id, SendMessageRequest request, RequestOptions options) {
    Require.nonBlank(type, "type");
    Require.nonBlank(id, "id");
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    Require.nonNull(request.getMessage(), "request.message");
    return ApiRequest.builder("sendMessage", "POST", "/channels/{type}/{id}/message")
        .pathSegment("type", type).pathSegment("id", id)
        .jsonBody(request)
        .build();
  }

  // ---- sendReaction ------------------------------------------------------------------------------

  /** Same as {@link #sendReaction(String, SendReactionRequest, RequestOptions)} with default options. */
  public ReactionResponse sendReaction(String id, SendReactionRequest request) {
    return sendReaction(id, request, RequestOptions.none());
  }

  /**
   * Adds a reaction to a message. {@code POST /messages/{id}/reaction}.
   *
   * @param id message id
   * @param request the reaction (required, with its {@code type})
   * @param options per-call overrides
   */
  public ReactionResponse sendReaction(String id, SendReactionRequest request, RequestOptions options) {
    return sendReactionWithHttpInfo(id, request, options).data();
  }

  /** {@link #sendReaction} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<ReactionResponse> sendReactionWithHttpInfo(String id, SendReactionRequest request) {
    return sendReactionWithHttpInfo(id, request, RequestOptions.none());
  }

  /** {@link #sendReaction} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<ReactionResponse> sendReactionWithHttpInfo(String id, SendReactionRequest request, RequestOptions options) {
    return pipeline.execute(sendReactionRequest(id, request, options), REACTION, options);
  }

  /** {@link #sendReaction} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ReactionResponse> sendReactionAsync(String id, SendReactionRequest request) {
    return sendReactionAsync(id, request, RequestOptions.none());
  }

  /** {@link #sendReaction} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ReactionResponse> sendReactionAsync(String id, SendReactionRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(sendReactionRequest(id, request, options), REACTION, options);
  }

  private ApiRequest sendReactionRequest(String id, SendReactionRequest request, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    Require.nonNull(request.getReaction(), "request.reaction");
    Require.nonBlank(request.getReaction().getType(), "request.reaction.type");
    return ApiRequest.builder("sendReaction", "POST", "/messages/{id}/reaction")
        .pathSegment("id", id)
        .jsonBody(request)
        .build();
  }

  // ---- translateMessage --------------------------------------------------------------------------

  /** Same as {@link #translateMessage(String, TranslateMessageRequest, RequestOptions)} with default options. */
  public MessageResponse translateMessage(String id, TranslateMessageRequest request) {
    return translateMessage(id, request, RequestOptions.none());
  }

  /**
   * Translates a message; the translation appears in the message's {@code i18n} map. {@code POST /messages/{id}/translate}.
   *
   * @param id message id
   * @param request the target language (required)
   * @param options per-call overrides
   */
  public MessageResponse translateMessage(String id, TranslateMessageRequest request, RequestOptions options) {
    return translateMessageWithHttpInfo(id, request, options).data();
  }

  /** {@link #translateMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> translateMessageWithHttpInfo(String id, TranslateMessageRequest request) {
    return translateMessageWithHttpInfo(id, request, RequestOptions.none());
  }

  /** {@link #translateMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> translateMessageWithHttpInfo(String id, TranslateMessageRequest request, RequestOptions options) {
    return pipeline.execute(translateMessageRequest(id, request, options), MESSAGE, options);
  }

  /** {@link #translateMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> translateMessageAsync(String id, TranslateMessageRequest request) {
    return translateMessageAsync(id, request, RequestOptions.none());
  }

  /** {@link #translateMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> translateMessageAsync(String id, TranslateMessageRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(translateMessageRequest(id, request, options), MESSAGE, options);
  }

  private ApiRequest translateMessageRequest(String id, TranslateMessageRequest request, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    Require.nonNull(request.getLanguage(), "request.language");
    return ApiRequest.builder("translateMessage", "POST", "/messages/{id}/translate")
        .pathSegment("id", id)
        .jsonBody(request)
        .build();
  }

  // ---- unflag ------------------------------------------------------------------------------------

  /** Same as {@link #unflag(FlagRequest, RequestOptions)} with default options. */
  public FlagResponse unflag(FlagRequest request) {
    return unflag(request, RequestOptions.none());
  }

  /**
   * Removes a flag. {@code POST /moderation/unflag}.
   *
   * @param request what to unflag: {@code target_message_id} or {@code target_user_id}, and whose flag it is
   * @param options per-call overrides
   */
  public FlagResponse unflag(FlagRequest request, RequestOptions options) {
    return unflagWithHttpInfo(request, options).data();
  }

  /** {@link #unflag} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FlagResponse> unflagWithHttpInfo(FlagRequest request) {
    return unflagWithHttpInfo(request, RequestOptions.none());
  }

  /** {@link #unflag} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FlagResponse> unflagWithHttpInfo(FlagRequest request, RequestOptions options) {
    return pipeline.execute(unflagRequest(request, options), FLAG, options);
  }

  /** {@link #unflag} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FlagResponse> unflagAsync(FlagRequest request) {
    return unflagAsync(request, RequestOptions.none());
  }

  /** {@link #unflag} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FlagResponse> unflagAsync(FlagRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(unflagRequest(request, options), FLAG, options);
  }

  private ApiRequest unflagRequest(FlagRequest request, RequestOptions options) {
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    requireFlagTarget(request);
    return ApiRequest.builder("unflag", "POST", "/moderation/unflag")
        .jsonBody(request)
        .build();
  }

  // ---- updateMessage -----------------------------------------------------------------------------

  /** Same as {@link #updateMessage(String, UpdateMessageRequest, RequestOptions)} with default options. */
  public MessageResponse updateMessage(String id, UpdateMessageRequest request) {
    return updateMessage(id, request, RequestOptions.none());
  }

  /**
   * Replaces a message. {@code POST /messages/{id}}.
   *
   * @param id message id
   * @param request the full new message (required); fields left out are cleared
   * @param options per-call overrides
   */
  public MessageResponse updateMessage(String id, UpdateMessageRequest request, RequestOptions options) {
    return updateMessageWithHttpInfo(id, request, options).data();
  }

  /** {@link #updateMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> updateMessageWithHttpInfo(String id, UpdateMessageRequest request) {
    return updateMessageWithHttpInfo(id, request, RequestOptions.none());
  }

  /** {@link #updateMessage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> updateMessageWithHttpInfo(String id, UpdateMessageRequest request, RequestOptions options) {
    return pipeline.execute(updateMessageRequest(id, request, options), MESSAGE, options);
  }

  /** {@link #updateMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> updateMessageAsync(String id, UpdateMessageRequest request) {
    return updateMessageAsync(id, request, RequestOptions.none());
  }

  /** {@link #updateMessage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> updateMessageAsync(String id, UpdateMessageRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(updateMessageRequest(id, request, options), MESSAGE, options);
  }

  private ApiRequest updateMessageRequest(String id, UpdateMessageRequest request, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    Require.nonNull(request.getMessage(), "request.message");
    return ApiRequest.builder("updateMessage", "POST", "/messages/{id}")
        .pathSegment("id", id)
        .jsonBody(request)
        .build();
  }

  // ---- updateMessagePartial ----------------------------------------------------------------------

  /** Same as {@link #updateMessagePartial(String, UpdateMessagePartialRequest, RequestOptions)} with default options. */
  public MessageResponse updateMessagePartial(String id, UpdateMessagePartialRequest request) {
    return updateMessagePartial(id, request, RequestOptions.none());
  }

  /**
   * Changes some fields of a message and leaves the others as they are. {@code PUT /messages/{id}}.
   *
   * @param id message id
   * @param request fields to {@code set} and to {@code unset}
   * @param options per-call overrides
   */
  public MessageResponse updateMessagePartial(String id, UpdateMessagePartialRequest request, RequestOptions options) {
    return updateMessagePartialWithHttpInfo(id, request, options).data();
  }

  /** {@link #updateMessagePartial} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> updateMessagePartialWithHttpInfo(String id, UpdateMessagePartialRequest request) {
    return updateMessagePartialWithHttpInfo(id, request, RequestOptions.none());
  }

  /** {@link #updateMessagePartial} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<MessageResponse> updateMessagePartialWithHttpInfo(String id, UpdateMessagePartialRequest request, RequestOptions options) {
    return pipeline.execute(updateMessagePartialRequest(id, request, options), MESSAGE, options);
  }

  /** {@link #updateMessagePartial} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> updateMessagePartialAsync(String id, UpdateMessagePartialRequest request) {
    return updateMessagePartialAsync(id, request, RequestOptions.none());
  }

  /** {@link #updateMessagePartial} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<MessageResponse> updateMessagePartialAsync(String id, UpdateMessagePartialRequest request, RequestOptions options) {
    return pipeline.executeAsyncData(updateMessagePartialRequest(id, request, options), MESSAGE, options);
  }

  private ApiRequest updateMessagePartialRequest(String id, UpdateMessagePartialRequest request, RequestOptions options) {
    Require.nonBlank(id, "id");
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    return ApiRequest.builder("updateMessagePartial", "PUT", "/messages/{id}")
        .pathSegment("id", id)
        .jsonBody(request)
        .build();
  }

  // ---- uploadFile --------------------------------------------------------------------------------

  /** Same as {@link #uploadFile(String, String, FileSource, UploadFileParams, RequestOptions)} without parameters or options. */
  public FileUploadResponse uploadFile(String type, String id, FileSource file) {
    return uploadFile(type, id, file, null, RequestOptions.none());
  }

  /** Same as {@link #uploadFile(String, String, FileSource, UploadFileParams, RequestOptions)} with default options. */
  public FileUploadResponse uploadFile(String type, String id, FileSource file, @Nullable UploadFileParams params) {
    return uploadFile(type, id, file, params, RequestOptions.none());
  }

  /**
   * Uploads a file to a channel as {@code multipart/form-data}; the response holds its URL, to use in an attachment. {@code POST /channels/{type}/{id}/file}.
   *
   * @param type channel type, for example {@code messaging}
   * @param id channel id
   * @param file the content with its file name and content type (from a {@code Path}, {@code byte[]} or {@code InputStream})
   * @param params optional parameters, or null for none
   * @param options per-call overrides
   */
  public FileUploadResponse uploadFile(String type, String id, FileSource file, @Nullable UploadFileParams params, RequestOptions options) {
    return uploadFileWithHttpInfo(type, id, file, params, options).data();
  }

  /** {@link #uploadFile} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FileUploadResponse> uploadFileWithHttpInfo(String type, String id, FileSource file) {
    return uploadFileWithHttpInfo(type, id, file, null, RequestOptions.none());
  }

  /** {@link #uploadFile} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FileUploadResponse> uploadFileWithHttpInfo(String type, String id, FileSource file, @Nullable UploadFileParams params) {
    return uploadFileWithHttpInfo(type, id, file, params, RequestOptions.none());
  }

  /** {@link #uploadFile} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<FileUploadResponse> uploadFileWithHttpInfo(String type, String id, FileSource file, @Nullable UploadFileParams params, RequestOptions options) {
    return pipeline.execute(uploadFileRequest(type, id, file, params, options), FILE_UPLOAD, options);
  }

  /** {@link #uploadFile} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FileUploadResponse> uploadFileAsync(String type, String id, FileSource file) {
    return uploadFileAsync(type, id, file, null, RequestOptions.none());
  }

  /** {@link #uploadFile} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FileUploadResponse> uploadFileAsync(String type, String id, FileSource file, @Nullable UploadFileParams params) {
    return uploadFileAsync(type, id, file, params, RequestOptions.none());
  }

  /** {@link #uploadFile} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<FileUploadResponse> uploadFileAsync(String type, String id, FileSource file, @Nullable UploadFileParams params, RequestOptions options) {
    return pipeline.executeAsyncData(uploadFileRequest(type, id, file, params, options), FILE_UPLOAD, options);
  }

  private ApiRequest uploadFileRequest(String type, String id, FileSource file, @Nullable UploadFileParams params, RequestOptions options) {
    Require.nonBlank(type, "type");
    Require.nonBlank(id, "id");
    Require.nonNull(file, "file");
    Require.nonNull(options, "options");
    MultipartContent form = MultipartContent.form().file("file", file);
    String userId = params == null ? null : params.getUserId();
    if (userId != null) {
      form.jsonField("user", userRef(userId));
    }
    return ApiRequest.builder("uploadFile", "POST", "/channels/{type}/{id}/file")
        .pathSegment("type", type).pathSegment("id", id)
        .multipartBody(form)
        .build();
  }

  // ---- uploadImage -------------------------------------------------------------------------------

  /** Same as {@link #uploadImage(String, String, FileSource, UploadImageParams, RequestOptions)} without parameters or options. */
  public ImageUploadResponse uploadImage(String type, String id, FileSource file) {
    return uploadImage(type, id, file, null, RequestOptions.none());
  }

  /** Same as {@link #uploadImage(String, String, FileSource, UploadImageParams, RequestOptions)} with default options. */
  public ImageUploadResponse uploadImage(String type, String id, FileSource file, @Nullable UploadImageParams params) {
    return uploadImage(type, id, file, params, RequestOptions.none());
  }

  /**
   * Uploads an image to a channel as {@code multipart/form-data}, optionally with resized variants. {@code POST /channels/{type}/{id}/image}.
   *
   * @param type channel type, for example {@code messaging}
   * @param id channel id
   * @param file the image with its file name and content type (from a {@code Path}, {@code byte[]} or {@code InputStream})
   * @param params optional parameters, or null for none
   * @param options per-call overrides
   */
  public ImageUploadResponse uploadImage(String type, String id, FileSource file, @Nullable UploadImageParams params, RequestOptions options) {
    return uploadImageWithHttpInfo(type, id, file, params, options).data();
  }

  /** {@link #uploadImage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<ImageUploadResponse> uploadImageWithHttpInfo(String type, String id, FileSource file) {
    return uploadImageWithHttpInfo(type, id, file, null, RequestOptions.none());
  }

  /** {@link #uploadImage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<ImageUploadResponse> uploadImageWithHttpInfo(String type, String id, FileSource file, @Nullable UploadImageParams params) {
    return uploadImageWithHttpInfo(type, id, file, params, RequestOptions.none());
  }

  /** {@link #uploadImage} with the HTTP status, headers, request id and rate limit. */
  public ApiResponse<ImageUploadResponse> uploadImageWithHttpInfo(String type, String id, FileSource file, @Nullable UploadImageParams params, RequestOptions options) {
    return pipeline.execute(uploadImageRequest(type, id, file, params, options), IMAGE_UPLOAD, options);
  }

  /** {@link #uploadImage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ImageUploadResponse> uploadImageAsync(String type, String id, FileSource file) {
    return uploadImageAsync(type, id, file, null, RequestOptions.none());
  }

  /** {@link #uploadImage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ImageUploadResponse> uploadImageAsync(String type, String id, FileSource file, @Nullable UploadImageParams params) {
    return uploadImageAsync(type, id, file, params, RequestOptions.none());
  }

  /** {@link #uploadImage} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ImageUploadResponse> uploadImageAsync(String type, String id, FileSource file, @Nullable UploadImageParams params, RequestOptions options) {
    return pipeline.executeAsyncData(uploadImageRequest(type, id, file, params, options), IMAGE_UPLOAD, options);
  }

  private ApiRequest uploadImageRequest(String type, String id, FileSource file, @Nullable UploadImageParams params, RequestOptions options) {
    Require.nonBlank(type, "type");
    Require.nonBlank(id, "id");
    Require.nonNull(file, "file");
    Require.nonNull(options, "options");
    MultipartContent form = MultipartContent.form().file("file", file);
    String userId = params == null ? null : params.getUserId();
    if (userId != null) {
      form.jsonField("user", userRef(userId));
    }
    if (params != null && !params.getUploadSizes().isEmpty()) {
      form.jsonField("upload_sizes", params.getUploadSizes());
    }
    return ApiRequest.builder("uploadImage", "POST", "/channels/{type}/{id}/image")
        .pathSegment("type", type).pathSegment("id", id)
        .multipartBody(form)
        .build();
  }
  // ---- auto-pagers ----------------------------------------------------------------------------

  /** Same as {@link #searchAll(SearchRequest, RequestOptions)} with default options. */
  public AutoPager<SearchResult> searchAll(SearchRequest payload) {
    return searchAll(payload, RequestOptions.none());
  }

  /**
   * Every search result, fetched page by page as iteration proceeds: the first page is {@code
   * payload} as given, each further page repeats it with {@code next} set to the previous page's
   * {@code next} cursor (and {@code offset} cleared); iteration ends when a page has no cursor.
   */
  public AutoPager<SearchResult> searchAll(SearchRequest payload, RequestOptions options) {
    searchRequest(payload, options); // validates now, not at the first iteration
    return AutoPager.of(cursor -> {
      SearchRequest page = cursor == null ? payload : payload.toBuilder().next(cursor).offset(null).build();
      SearchResponse response = search(page, options);
      return new Page<>(response.getResults(), response.getNext());
    });
  }

  /** Same as {@link #getReactionsAll(String, GetReactionsParams, RequestOptions)} from the start. */
  public AutoPager<Reaction> getReactionsAll(String id) {
    return getReactionsAll(id, null, RequestOptions.none());
  }

  /** Same as {@link #getReactionsAll(String, GetReactionsParams, RequestOptions)} with default options. */
  public AutoPager<Reaction> getReactionsAll(String id, @Nullable GetReactionsParams params) {
    return getReactionsAll(id, params, RequestOptions.none());
  }

  /**
   * Every reaction of a message, page by page: starts at {@code params.offset} (or 0) and moves the
   * offset on by each page's size, with {@code params.limit} as the page size when set. Iteration
   * ends at an empty page or one shorter than the limit.
   */
  public AutoPager<Reaction> getReactionsAll(String id, @Nullable GetReactionsParams params, RequestOptions options) {
    getReactionsRequest(id, params, options);
    GetReactionsParams first = params == null ? GetReactionsParams.builder().build() : params;
    return AutoPager.of(cursor -> {
      int offset = offsetOf(cursor, first.getOffset());
      GetReactionsResponse response = getReactions(id, first.toBuilder().offset(offset).build(), options);
      List<Reaction> items = response.getReactions();
      return new Page<>(items, nextOffset(offset, items.size(), first.getLimit()));
    });
  }

  /** Same as {@link #queryMessageFlagsAll(QueryMessageFlagsRequest, RequestOptions)} with default options. */
  public AutoPager<MessageFlag> queryMessageFlagsAll(QueryMessageFlagsRequest payload) {
    return queryMessageFlagsAll(payload, RequestOptions.none());
  }

  /**
   * Every message flag matching {@code payload}, page by page: starts at {@code payload.offset} (or
   * 0) and moves the offset on by each page's size; ends at an empty page or one shorter than {@code
   * payload.limit}.
   */
  public AutoPager<MessageFlag> queryMessageFlagsAll(QueryMessageFlagsRequest payload, RequestOptions options) {
    queryMessageFlagsRequest(payload, options);
    return AutoPager.of(cursor -> {
      int offset = offsetOf(cursor, payload.getOffset());
      QueryMessageFlagsResponse response = queryMessageFlags(payload.toBuilder().offset(offset).build(), options);
      List<MessageFlag> items = response.getFlags();
      return new Page<>(items, nextOffset(offset, items.size(), payload.getLimit()));
    });
  }

  private static int offsetOf(@Nullable String cursor, @Nullable Integer start) {
    return cursor != null ? Integer.parseInt(cursor) : start == null ? 0 : start;
  }

  private static @Nullable String nextOffset(int offset, int size, @Nullable Integer limit) {
    boolean last = size == 0 || (limit != null && size < limit);
    return last ? null : String.valueOf(offset + size);
  }

  // ---- shared checks and helpers --------------------------------------------------------------



  private static void requireIds(List<String> ids) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids must not be empty");
    }
    for (int i = 0; i < ids.size(); i++) {
      String v = Require.nonBlank(ids.get(i), "ids[" + i + "]");
      if (v.indexOf(',') >= 0) {
        throw new IllegalArgumentException("ids[" + i + "] must not contain ',' (ids are sent comma-separated)");
      }
    }
  }

  private static void requireFlagTarget(FlagRequest request) {
    if (isBlank(request.getTargetMessageId()) && isBlank(request.getTargetUserId())) {
      throw new IllegalArgumentException("request must set targetMessageId or targetUserId");
    }
  }

  private static void requireFilter(SearchRequest payload) {
    if (payload.getFilterConditions().isEmpty()) {
      throw new IllegalArgumentException("payload.filterConditions must not be empty (it selects the channels to search)");
    }
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  /** The {@code user} form field of uploads: {@code {"id": userId}}. */
  private static Map<String, String> userRef(String userId) {
    return Map.of("id", Require.nonBlank(userId, "params.userId"));
  }

  @Override
  public String toString() {
    return "MessagesApi{baseUrl=" + pipeline.baseUrl() + '}';
  }
}
