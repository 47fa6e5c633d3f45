package dev.chatsdk.googlechat;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.AutoPager;
import dev.chatsdk.core.Page;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.ResponseHandler;
import dev.chatsdk.googlechat.internal.BodyChecks;
import dev.chatsdk.googlechat.internal.ResourceNames;
import dev.chatsdk.googlechat.internal.UpdateMasks;
import dev.chatsdk.googlechat.model.Attachment;
import dev.chatsdk.googlechat.model.CompleteImportSpaceRequest;
import dev.chatsdk.googlechat.model.CompleteImportSpaceResponse;
import dev.chatsdk.googlechat.model.ListMembershipsResponse;
import dev.chatsdk.googlechat.model.ListMessagesResponse;
import dev.chatsdk.googlechat.model.ListReactionsResponse;
import dev.chatsdk.googlechat.model.ListSpacesResponse;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.params.CreateParams;
import dev.chatsdk.googlechat.params.DeleteParams;
import dev.chatsdk.googlechat.params.GetParams;
import dev.chatsdk.googlechat.params.ListParams;
import dev.chatsdk.googlechat.params.MembersCreateParams;
import dev.chatsdk.googlechat.params.MembersDeleteParams;
import dev.chatsdk.googlechat.params.MembersGetParams;
import dev.chatsdk.googlechat.params.MembersListParams;
import dev.chatsdk.googlechat.params.MessageEditParams;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import dev.chatsdk.googlechat.params.MessagesDeleteParams;
import dev.chatsdk.googlechat.params.MessagesGetParams;
import dev.chatsdk.googlechat.params.MessagesListParams;
import dev.chatsdk.googlechat.params.MessagesPatchParams;
import dev.chatsdk.googlechat.params.MessagesReactionsListParams;
import dev.chatsdk.googlechat.params.MessagesUpdateParams;
import dev.chatsdk.googlechat.params.PatchParams;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Every operation on Google Chat spaces and what lives in them: spaces, memberships, messages,
 * attachments and reactions. Get it from {@link GoogleChatClient#spaces()}; it is thread-safe and
 * shares the client's connection pool.
 *
 * <p>Each operation {@code op} comes in three forms: {@code op(...)} returns the decoded result,
 * {@code opWithHttpInfo(...)} the result with status and headers, {@code opAsync(...)} a {@link
 * CompletableFuture} (cancelling it cancels the HTTP call). Each accepts an optional {@code
 * <Op>Params} (the query parameters the API offers for it) and {@link RequestOptions}. List
 * operations also have an {@code opAll(...)} auto-pager.
 *
 * <p>Resource names ({@code name}, {@code parent}) are passed whole, for example {@code
 * spaces/AAAA/messages/BBBB.CCCC}. Each method checks the name against the shape the API defines
 * for it before any I/O and rejects a wrong kind of name, empty segments, {@code .} or {@code ..},
 * {@code ?}, {@code #} and control characters with an {@link IllegalArgumentException} naming the
 * parameter. Segments are percent-encoded; the {@code /} between them is kept.
 *
 * <p>Partial responses and quota attribution use the standard Google query parameters through
 * {@link RequestOptions}: {@code RequestOptions.builder().queryParam("fields", "name,text")} or
 * {@code .queryParam("quotaUser", "...")}. Credentials are never accepted as query parameters
 * ({@code access_token}, {@code oauth_token} and {@code key} are rejected); the client sends its
 * token in the {@code Authorization} header.
 */
public final class SpacesApi {
  private static final ResponseHandler<Attachment> ATTACHMENT = ResponseHandler.json(Attachment.class);
  private static final ResponseHandler<CompleteImportSpaceResponse> COMPLETE_IMPORT = ResponseHandler.json(CompleteImportSpaceResponse.class);
  private static final ResponseHandler<Void> DISCARD = ResponseHandler.discard();
  private static final ResponseHandler<Membership> MEMBERSHIP = ResponseHandler.json(Membership.class);
  private static final ResponseHandler<ListMembershipsResponse> MEMBERSHIPS = ResponseHandler.json(ListMembershipsResponse.class);
  private static final ResponseHandler<Message> MESSAGE = ResponseHandler.json(Message.class);
  private static final ResponseHandler<ListMessagesResponse> MESSAGES = ResponseHandler.json(ListMessagesResponse.class);
  private static final ResponseHandler<Reaction> REACTION = ResponseHandler.json(Reaction.class);
  private static final ResponseHandler<ListReactionsResponse> REACTIONS = ResponseHandler.json(ListReactionsResponse.class);
  private static final ResponseHandler<Space> SPACE = ResponseHandler.json(Space.class);
  private static final ResponseHandler<ListSpacesResponse> SPACES = ResponseHandler.json(ListSpacesResponse.class);

  private final Calls calls;

  SpacesApi(Calls calls) {
    this.calls = calls;
  }

  /** The caller's id, else the options' idempotency key, else a fresh UUID (fixed for the call). */
  private static String requestId(@Nullable String given, RequestOptions options) {
    if (given != null) {
      return given;
    }
    Require.nonNull(options, "options");
    return options.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
  }

  /** messagesPatch and messagesUpdate differ only in the HTTP method. */
  private static ApiRequest messageEditRequest(
      String operation, String method, String name, Message message, @Nullable MessageEditParams params) {
    Require.nonNull(message, "message");
    ApiRequest.Builder request = ApiRequest.builder(operation, method, "/v1/{name}");
    ResourceNames.MESSAGE.fill(request, "name", name);
    request.jsonBody(message).retrySafe(true); // setting fields to given values is idempotent
    Calls.query(request, params);
    if (params == null || params.getUpdateMask() == null) {
      request.query("updateMask", UpdateMasks.forMessage(message));
    }
    return request.build();
  }

  // ---- completeImport: POST /v1/{name}:completeImport

  /**
   * Ends import mode of a space created with {@code importMode = true}, making it visible to its
   * members. Needs user authentication with scope {@code chat.import} (a service account with
   * domain-wide delegation, see {@link GoogleChatCredentials#delegated}). Not retried after the
   * request was sent unless {@link RequestOptions#idempotencyKey()} is given (the API has no id for it).
   *
   * @param name the space, {@code spaces/{space}}
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public CompleteImportSpaceResponse completeImport(String name, RequestOptions options) {
    return completeImportWithHttpInfo(name, options).data();
  }

  /** {@link #completeImport} with no params and default options. */
  public CompleteImportSpaceResponse completeImport(String name) {
    return completeImport(name, RequestOptions.none());
  }

  /** {@link #completeImport}, returning the status, headers and request id with the result. */
  public ApiResponse<CompleteImportSpaceResponse> completeImportWithHttpInfo(String name, RequestOptions options) {
    return calls.execute(completeImportRequest(name, options), COMPLETE_IMPORT, options);
  }

  /** {@link #completeImportWithHttpInfo} with defaults. */
  public ApiResponse<CompleteImportSpaceResponse> completeImportWithHttpInfo(String name) {
    return completeImportWithHttpInfo(name, RequestOptions.none());
  }

  /** {@link #completeImport} without blocking; input is checked before this method returns. */
  public CompletableFuture<CompleteImportSpaceResponse> completeImportAsync(String name, RequestOptions options) {
    return calls.async(completeImportRequest(name, options), COMPLETE_IMPORT, options);
  }

  /** {@link #completeImportAsync} with defaults. */
  public CompletableFuture<CompleteImportSpaceResponse> completeImportAsync(String name) {
    return completeImportAsync(name, RequestOptions.none());
  }

  private ApiRequest completeImportRequest(String name, RequestOptions options) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.completeImport", "POST", "/v1/{name}:completeImport");
    ResourceNames.SPACE.fill(request, "name", name);
    request.jsonBody(CompleteImportSpaceRequest.builder().build());
    return request.build();
  }

  // ---- create: POST /v1/spaces

  /**
   * Creates a named space (or, with {@code importMode}, a space to import history into). Sends a
   * {@code requestId} so retries are safe: {@link CreateParams#getRequestId()}, else {@link
   * RequestOptions#idempotencyKey()}, else a random UUID, the same for every attempt of this call.
   * Needs user authentication (scope {@code chat.spaces.create} or {@code chat.spaces}; {@code
   * chat.import} for import spaces) or app authentication with administrator approval ({@code
   * chat.app.spaces.create}).
   *
   * @param space the space to create; {@code spaceType} and, for named spaces, {@code displayName} are required by the service
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Space create(Space space, @Nullable CreateParams params, RequestOptions options) {
    return createWithHttpInfo(space, params, options).data();
  }

  /** {@link #create} with no params and default options. */
  public Space create(Space space) {
    return create(space, null, RequestOptions.none());
  }

  /** {@link #create} with default options. */
  public Space create(Space space, @Nullable CreateParams params) {
    return create(space, params, RequestOptions.none());
  }

  /** {@link #create}, returning the status, headers and request id with the result. */
  public ApiResponse<Space> createWithHttpInfo(Space space, @Nullable CreateParams params, RequestOptions options) {
    return calls.execute(createRequest(space, params, options), SPACE, options);
  }

  /** {@link #createWithHttpInfo} with defaults. */
  public ApiResponse<Space> createWithHttpInfo(Space space) {
    return createWithHttpInfo(space, null, RequestOptions.none());
  }

  /** {@link #createWithHttpInfo} with defaults. */
  public ApiResponse<Space> createWithHttpInfo(Space space, @Nullable CreateParams params) {
    return createWithHttpInfo(space, params, RequestOptions.none());
  }

  /** {@link #create} without blocking; input is checked before this method returns. */
  public CompletableFuture<Space> createAsync(Space space, @Nullable CreateParams params, RequestOptions options) {
    return calls.async(createRequest(space, params, options), SPACE, options);
  }

  /** {@link #createAsync} with defaults. */
  public CompletableFuture<Space> createAsync(Space space) {
    return createAsync(space, null, RequestOptions.none());
  }

  /** {@link #createAsync} with defaults. */
  public CompletableFuture<Space> createAsync(Space space, @Nullable CreateParams params) {
    return createAsync(space, params, RequestOptions.none());
  }

  private ApiRequest createRequest(Space space, @Nullable CreateParams params, RequestOptions options) {
    BodyChecks.createSpace(space);
    String requestId = requestId(params == null ? null : params.getRequestId(), options);
    ApiRequest.Builder request = ApiRequest.builder("spaces.create", "POST", "/v1/spaces").jsonBody(space);
    Calls.query(request, params);
    if (params == null || params.getRequestId() == null) {
      request.query("requestId", requestId);
    }
    return request.idempotencyKey(requestId).build();
  }

  // ---- findDirectMessage: GET /v1/spaces:findDirectMessage

  /**
   * Finds the direct-message space between the caller and a user; fails with {@link
   * dev.chatsdk.core.NotFoundException} when there is none. With app authentication ({@code
   * chat.bot}) it finds the app's DM with the user; with user authentication ({@code
   * chat.spaces.readonly} or {@code chat.spaces}) the caller's DM, and {@code {user}} may be an
   * e-mail address.
   *
   * @param name the other user, {@code users/{user}}; sent as the {@code name} query parameter
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Space findDirectMessage(String name, RequestOptions options) {
    return findDirectMessageWithHttpInfo(name, options).data();
  }

  /** {@link #findDirectMessage} with no params and default options. */
  public Space findDirectMessage(String name) {
    return findDirectMessage(name, RequestOptions.none());
  }

  /** {@link #findDirectMessage}, returning the status, headers and request id with the result. */
  public ApiResponse<Space> findDirectMessageWithHttpInfo(String name, RequestOptions options) {
    return calls.execute(findDirectMessageRequest(name), SPACE, options);
  }

  /** {@link #findDirectMessageWithHttpInfo} with defaults. */
  public ApiResponse<Space> findDirectMessageWithHttpInfo(String name) {
    return findDirectMessageWithHttpInfo(name, RequestOptions.none());
  }

  /** {@link #findDirectMessage} without blocking; input is checked before this method returns. */
  public CompletableFuture<Space> findDirectMessageAsync(String name, RequestOptions options) {
    return calls.async(findDirectMessageRequest(name), SPACE, options);
  }

  /** {@link #findDirectMessageAsync} with defaults. */
  public CompletableFuture<Space> findDirectMessageAsync(String name) {
    return findDirectMessageAsync(name, RequestOptions.none());
  }

  private ApiRequest findDirectMessageRequest(String name) {
    ResourceNames.USER.check("name", name);
    return ApiRequest.builder("spaces.findDirectMessage", "GET", "/v1/spaces:findDirectMessage").query("name", name).build();
  }

  // ---- list: GET /v1/spaces

  /**
   * Lists the spaces the caller is a member of, one page at a time ({@link #listAll} iterates over
   * every page). App authentication ({@code chat.bot}) or user authentication ({@code
   * chat.spaces.readonly} or {@code chat.spaces}).
   *
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public ListSpacesResponse list(@Nullable ListParams params, RequestOptions options) {
    return listWithHttpInfo(params, options).data();
  }

  /** {@link #list} with no params and default options. */
  public ListSpacesResponse list() {
    return list(null, RequestOptions.none());
  }

  /** {@link #list} with default options. */
  public ListSpacesResponse list(@Nullable ListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list}, returning the status, headers and request id with the result. */
  public ApiResponse<ListSpacesResponse> listWithHttpInfo(@Nullable ListParams params, RequestOptions options) {
    return calls.execute(listRequest(params), SPACES, options);
  }

  /** {@link #listWithHttpInfo} with defaults. */
  public ApiResponse<ListSpacesResponse> listWithHttpInfo() {
    return listWithHttpInfo(null, RequestOptions.none());
  }

  /** {@link #listWithHttpInfo} with defaults. */
  public ApiResponse<ListSpacesResponse> listWithHttpInfo(@Nullable ListParams params) {
    return listWithHttpInfo(params, RequestOptions.none());
  }

  /** {@link #list} without blocking; input is checked before this method returns. */
  public CompletableFuture<ListSpacesResponse> listAsync(@Nullable ListParams params, RequestOptions options) {
    return calls.async(listRequest(params), SPACES, options);
  }

  /** {@link #listAsync} with defaults. */
  public CompletableFuture<ListSpacesResponse> listAsync() {
    return listAsync(null, RequestOptions.none());
  }

  /** {@link #listAsync} with defaults. */
  public CompletableFuture<ListSpacesResponse> listAsync(@Nullable ListParams params) {
    return listAsync(params, RequestOptions.none());
  }

  /**
   * Every item of {@link #list}, fetched lazily page by page as iteration proceeds (following
   * {@code nextPageToken}). The first page is the one at the params' {@code pageToken} when it is
   * set, otherwise the beginning; each iteration starts again from that page.
   */
  public AutoPager<Space> listAll(@Nullable ListParams params, RequestOptions options) {
    listRequest(params); // checks the input now rather than on first iteration
    Calls.check(options);
    ListParams first = params != null ? params : ListParams.builder().build();
    return AutoPager.of(token -> {
      ListSpacesResponse page = list(token == null ? first : first.withPageToken(token), options);
      return new Page<>(page.getSpaces(), page.getNextPageToken());
    });
  }

  /** {@link #listAll} with defaults. */
  public AutoPager<Space> listAll() {
    return listAll(null, RequestOptions.none());
  }

  /** {@link #listAll} with defaults. */
  public AutoPager<Space> listAll(@Nullable ListParams params) {
    return listAll(params, RequestOptions.none());
  }

  private ApiRequest listRequest(@Nullable ListParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.list", "GET", "/v1/spaces");
    return Calls.query(request, params).build();
  }

  // ---- get: GET /v1/{name}

  /**
   * Returns one space. App authentication ({@code chat.bot}), user authentication ({@code
   * chat.spaces.readonly} or {@code chat.spaces}), or an administrator with {@code useAdminAccess}.
   *
   * @param name the space, {@code spaces/{space}}
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Space get(String name, @Nullable GetParams params, RequestOptions options) {
    return getWithHttpInfo(name, params, options).data();
  }

  /** {@link #get} with no params and default options. */
  public Space get(String name) {
    return get(name, null, RequestOptions.none());
  }

  /** {@link #get} with default options. */
  public Space get(String name, @Nullable GetParams params) {
    return get(name, params, RequestOptions.none());
  }

  /** {@link #get}, returning the status, headers and request id with the result. */
  public ApiResponse<Space> getWithHttpInfo(String name, @Nullable GetParams params, RequestOptions options) {
    return calls.execute(getRequest(name, params), SPACE, options);
  }

  /** {@link #getWithHttpInfo} with defaults. */
  public ApiResponse<Space> getWithHttpInfo(String name) {
    return getWithHttpInfo(name, null, RequestOptions.none());
  }

  /** {@link #getWithHttpInfo} with defaults. */
  public ApiResponse<Space> getWithHttpInfo(String name, @Nullable GetParams params) {
    return getWithHttpInfo(name, params, RequestOptions.none());
  }

  /** {@link #get} without blocking; input is checked before this method returns. */
  public CompletableFuture<Space> getAsync(String name, @Nullable GetParams params, RequestOptions options) {
    return calls.async(getRequest(name, params), SPACE, options);
  }

  /** {@link #getAsync} with defaults. */
  public CompletableFuture<Space> getAsync(String name) {
    return getAsync(name, null, RequestOptions.none());
  }

  /** {@link #getAsync} with defaults. */
  public CompletableFuture<Space> getAsync(String name, @Nullable GetParams params) {
    return getAsync(name, params, RequestOptions.none());
  }

  private ApiRequest getRequest(String name, @Nullable GetParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.get", "GET", "/v1/{name}");
    ResourceNames.SPACE.fill(request, "name", name);
    return Calls.query(request, params).build();
  }

  // ---- patch: PATCH /v1/{name}

  /**
   * Updates a space. The fields to change are {@link PatchParams#getUpdateMask()} or, when no
   * mask is given, derived from the fields set on {@code space}: {@code displayName}, {@code
   * spaceType}, {@code spaceDetails} and {@code spaceHistoryState} as a whole, {@code
   * accessSettings.audience}, and each setting present under {@code
   * accessSettings.accessPermissionSettings} and {@code permissionSettings}. A space that sets none
   * of these is rejected before any I/O. Retried like an idempotent call (it sets values). User
   * authentication ({@code chat.spaces}), import ({@code chat.import}), administrators ({@code
   * useAdminAccess}), or app authentication with administrator approval ({@code chat.app.spaces}).
   *
   * @param name the space, {@code spaces/{space}}
   * @param space the new values; only the masked fields are applied
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Space patch(String name, Space space, @Nullable PatchParams params, RequestOptions options) {
    return patchWithHttpInfo(name, space, params, options).data();
  }

  /** {@link #patch} with no params and default options. */
  public Space patch(String name, Space space) {
    return patch(name, space, null, RequestOptions.none());
  }

  /** {@link #patch} with default options. */
  public Space patch(String name, Space space, @Nullable PatchParams params) {
    return patch(name, space, params, RequestOptions.none());
  }

  /** {@link #patch}, returning the status, headers and request id with the result. */
  public ApiResponse<Space> patchWithHttpInfo(String name, Space space, @Nullable PatchParams params, RequestOptions options) {
    return calls.execute(patchRequest(name, space, params), SPACE, options);
  }

  /** {@link #patchWithHttpInfo} with defaults. */
  public ApiResponse<Space> patchWithHttpInfo(String name, Space space) {
    return patchWithHttpInfo(name, space, null, RequestOptions.none());
  }

  /** {@link #patchWithHttpInfo} with defaults. */
  public ApiResponse<Space> patchWithHttpInfo(String name, Space space, @Nullable PatchParams params) {
    return patchWithHttpInfo(name, space, params, RequestOptions.none());
  }

  /** {@link #patch} without blocking; input is checked before this method returns. */
  public CompletableFuture<Space> patchAsync(String name, Space space, @Nullable PatchParams params, RequestOptions options) {
    return calls.async(patchRequest(name, space, params), SPACE, options);
  }

  /** {@link #patchAsync} with defaults. */
  public CompletableFuture<Space> patchAsync(String name, Space space) {
    return patchAsync(name, space, null, RequestOptions.none());
  }

  /** {@link #patchAsync} with defaults. */
  public CompletableFuture<Space> patchAsync(String name, Space space, @Nullable PatchParams params) {
    return patchAsync(name, space, params, RequestOptions.none());
  }

  private ApiRequest patchRequest(String name, Space space, @Nullable PatchParams params) {
    Require.nonNull(space, "space");
    ApiRequest.Builder request = ApiRequest.builder("spaces.patch", "PATCH", "/v1/{name}");
    ResourceNames.SPACE.fill(request, "name", name);
    request.jsonBody(space).retrySafe(true);
    Calls.query(request, params);
    if (params == null || params.getUpdateMask() == null) {
      request.query("updateMask", UpdateMasks.forSpace(space));
    }
    return request.build();
  }

  // ---- delete: DELETE /v1/{name}

  /**
   * Deletes a space with its messages and memberships. User authentication ({@code chat.delete}),
   * import ({@code chat.import}), administrators ({@code useAdminAccess}, {@code chat.admin.delete})
   * or app authentication with administrator approval ({@code chat.app.delete}).
   *
   * @param name the space, {@code spaces/{space}}
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public void delete(String name, @Nullable DeleteParams params, RequestOptions options) {
    deleteWithHttpInfo(name, params, options);
  }

  /** {@link #delete} with no params and default options. */
  public void delete(String name) {
    delete(name, null, RequestOptions.none());
  }

  /** {@link #delete} with default options. */
  public void delete(String name, @Nullable DeleteParams params) {
    delete(name, params, RequestOptions.none());
  }

  /** {@link #delete}, returning the status, headers and request id with the result. */
  public ApiResponse<Void> deleteWithHttpInfo(String name, @Nullable DeleteParams params, RequestOptions options) {
    return calls.execute(deleteRequest(name, params), DISCARD, options);
  }

  /** {@link #deleteWithHttpInfo} with defaults. */
  public ApiResponse<Void> deleteWithHttpInfo(String name) {
    return deleteWithHttpInfo(name, null, RequestOptions.none());
  }

  /** {@link #deleteWithHttpInfo} with defaults. */
  public ApiResponse<Void> deleteWithHttpInfo(String name, @Nullable DeleteParams params) {
    return deleteWithHttpInfo(name, params, RequestOptions.none());
  }

  /** {@link #delete} without blocking; input is checked before this method returns. */
  public CompletableFuture<Void> deleteAsync(String name, @Nullable DeleteParams params, RequestOptions options) {
    return calls.async(deleteRequest(name, params), DISCARD, options);
  }

  /** {@link #deleteAsync} with defaults. */
  public CompletableFuture<Void> deleteAsync(String name) {
    return deleteAsync(name, null, RequestOptions.none());
  }

  /** {@link #deleteAsync} with defaults. */
  public CompletableFuture<Void> deleteAsync(String name, @Nullable DeleteParams params) {
    return deleteAsync(name, params, RequestOptions.none());
  }

  private ApiRequest deleteRequest(String name, @Nullable DeleteParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.delete", "DELETE", "/v1/{name}");
    ResourceNames.SPACE.fill(request, "name", name);
    return Calls.query(request, params).build();
  }

  // ---- setup: POST /v1/spaces:setup

  /**
   * Creates a space and adds the given users to it in one call (or finds the existing direct
   * message or group chat with them). When the request has no {@code requestId} the SDK sets one
   * ({@link RequestOptions#idempotencyKey()} or a random UUID), so retries cannot create a second
   * space. User authentication only ({@code chat.spaces.create} or {@code chat.spaces}).
   *
   * @param request the space (its {@code spaceType} is required, and {@code displayName} for a named space) and the memberships to create
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Space setup(SetUpSpaceRequest request, RequestOptions options) {
    return setupWithHttpInfo(request, options).data();
  }

  /** {@link #setup} with no params and default options. */
  public Space setup(SetUpSpaceRequest request) {
    return setup(request, RequestOptions.none());
  }

  /** {@link #setup}, returning the status, headers and request id with the result. */
  public ApiResponse<Space> setupWithHttpInfo(SetUpSpaceRequest request, RequestOptions options) {
    return calls.execute(setupRequest(request, options), SPACE, options);
  }

  /** {@link #setupWithHttpInfo} with defaults. */
  public ApiResponse<Space> setupWithHttpInfo(SetUpSpaceRequest request) {
    return setupWithHttpInfo(request, RequestOptions.none());
  }

  /** {@link #setup} without blocking; input is checked before this method returns. */
  public CompletableFuture<Space> setupAsync(SetUpSpaceRequest request, RequestOptions options) {
    return calls.async(setupRequest(request, options), SPACE, options);
  }

  /** {@link #setupAsync} with defaults. */
  public CompletableFuture<Space> setupAsync(SetUpSpaceRequest request) {
    return setupAsync(request, RequestOptions.none());
  }

  private ApiRequest setupRequest(SetUpSpaceRequest request, RequestOptions options) {
    BodyChecks.setup(request);
    String requestId = request.getRequestId() != null ? request.getRequestId() : requestId(null, options);
    SetUpSpaceRequest body = request.getRequestId() != null ? request : request.toBuilder().requestId(requestId).build();
    return ApiRequest.builder("spaces.setup", "POST", "/v1/spaces:setup").jsonBody(body).idempotencyKey(requestId).build();
  }

  // ---- membersCreate: POST /v1/{parent}/members

  /**
   * Adds a user, a Google Group or a Chat app to a space (as an invitation or a membership,
   * depending on the space's settings). User authentication ({@code chat.memberships}; {@code
   * chat.memberships.app} to add apps), import ({@code chat.import}), administrators ({@code
   * useAdminAccess}) or app authentication with administrator approval ({@code
   * chat.app.memberships}). Not retried after the request was sent unless {@link
   * RequestOptions#idempotencyKey()} is given (the API has no id for it; a repeated add fails with a
   * conflict rather than adding twice).
   *
   * @param parent the space, {@code spaces/{space}}
   * @param membership who to add: {@code member} (a {@code users/...} user) or {@code groupMember}
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Membership membersCreate(String parent, Membership membership, @Nullable MembersCreateParams params, RequestOptions options) {
    return membersCreateWithHttpInfo(parent, membership, params, options).data();
  }

  /** {@link #membersCreate} with no params and default options. */
  public Membership membersCreate(String parent, Membership membership) {
    return membersCreate(parent, membership, null, RequestOptions.none());
  }

  /** {@link #membersCreate} with default options. */
  public Membership membersCreate(String parent, Membership membership, @Nullable MembersCreateParams params) {
    return membersCreate(parent, membership, params, RequestOptions.none());
  }

  /** {@link #membersCreate}, returning the status, headers and request id with the result. */
  public ApiResponse<Membership> membersCreateWithHttpInfo(String parent, Membership membership, @Nullable MembersCreateParams params, RequestOptions options) {
    return calls.execute(membersCreateRequest(parent, membership, params, options), MEMBERSHIP, options);
  }

  /** {@link #membersCreateWithHttpInfo} with defaults. */
  public ApiResponse<Membership> membersCreateWithHttpInfo(String parent, Membership membership) {
    return membersCreateWithHttpInfo(parent, membership, null, RequestOptions.none());
  }

  /** {@link #membersCreateWithHttpInfo} with defaults. */
  public ApiResponse<Membership> membersCreateWithHttpInfo(String parent, Membership membership, @Nullable MembersCreateParams params) {
    return membersCreateWithHttpInfo(parent, membership, params, RequestOptions.none());
  }

  /** {@link #membersCreate} without blocking; input is checked before this method returns. */
  public CompletableFuture<Membership> membersCreateAsync(String parent, Membership membership, @Nullable MembersCreateParams params, RequestOptions options) {
    return calls.async(membersCreateRequest(parent, membership, params, options), MEMBERSHIP, options);
  }

  /** {@link #membersCreateAsync} with defaults. */
  public CompletableFuture<Membership> membersCreateAsync(String parent, Membership membership) {
    return membersCreateAsync(parent, membership, null, RequestOptions.none());
  }

  /** {@link #membersCreateAsync} with defaults. */
  public CompletableFuture<Membership> membersCreateAsync(String parent, Membership membership, @Nullable MembersCreateParams params) {
    return membersCreateAsync(parent, membership, params, RequestOptions.none());
  }

  private ApiRequest membersCreateRequest(
      String parent, Membership membership, @Nullable MembersCreateParams params, RequestOptions options) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.membersCreate", "POST", "/v1/{parent}/members");
    ResourceNames.SPACE.fill(request, "parent", parent);
    request.jsonBody(BodyChecks.createMembership(membership));
    return Calls.query(request, params).build();
  }

  // ---- membersList: GET /v1/{parent}/members

  /**
   * Lists the memberships of a space, one page at a time ({@link #membersListAll} iterates over
   * every page). App authentication ({@code chat.bot}), user authentication ({@code
   * chat.memberships.readonly} or {@code chat.memberships}), import, or administrators.
   *
   * @param parent the space, {@code spaces/{space}}
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public ListMembershipsResponse membersList(String parent, @Nullable MembersListParams params, RequestOptions options) {
    return membersListWithHttpInfo(parent, params, options).data();
  }

  /** {@link #membersList} with no params and default options. */
  public ListMembershipsResponse membersList(String parent) {
    return membersList(parent, null, RequestOptions.none());
  }

  /** {@link #membersList} with default options. */
  public ListMembershipsResponse membersList(String parent, @Nullable MembersListParams params) {
    return membersList(parent, params, RequestOptions.none());
  }

  /** {@link #membersList}, returning the status, headers and request id with the result. */
  public ApiResponse<ListMembershipsResponse> membersListWithHttpInfo(String parent, @Nullable MembersListParams params, RequestOptions options) {
    return calls.execute(membersListRequest(parent, params), MEMBERSHIPS, options);
  }

  /** {@link #membersListWithHttpInfo} with defaults. */
  public ApiResponse<ListMembershipsResponse> membersListWithHttpInfo(String parent) {
    return membersListWithHttpInfo(parent, null, RequestOptions.none());
  }

  /** {@link #membersListWithHttpInfo} with defaults. */
  public ApiResponse<ListMembershipsResponse> membersListWithHttpInfo(String parent, @Nullable MembersListParams params) {
    return membersListWithHttpInfo(parent, params, RequestOptions.none());
  }

  /** {@link #membersList} without blocking; input is checked before this method returns. */
  public CompletableFuture<ListMembershipsResponse> membersListAsync(String parent, @Nullable MembersListParams params, RequestOptions options) {
    return calls.async(membersListRequest(parent, params), MEMBERSHIPS, options);
  }

  /** {@link #membersListAsync} with defaults. */
  public CompletableFuture<ListMembershipsResponse> membersListAsync(String parent) {
    return membersListAsync(parent, null, RequestOptions.none());
  }

  /** {@link #membersListAsync} with defaults. */
  public CompletableFuture<ListMembershipsResponse> membersListAsync(String parent, @Nullable MembersListParams params) {
    return membersListAsync(parent, params, RequestOptions.none());
  }

  /**
   * Every item of {@link #membersList}, fetched lazily page by page as iteration proceeds (following
   * {@code nextPageToken}). The first page is the one at the params' {@code pageToken} when it is
   * set, otherwise the beginning; each iteration starts again from that page.
   */
  public AutoPager<Membership> membersListAll(String parent, @Nullable MembersListParams params, RequestOptions options) {

    membersListRequest(parent, params); // checks the input now rather than on first iteration
    Calls.check(options);
    MembersListParams first = params != null ? params : MembersListParams.builder().build();
    return AutoPager.of(token -> {
      ListMembershipsResponse page = membersList(parent, token == null ? first : first.withPageToken(token), options);
      return new Page<>(page.getMemberships(), page.getNextPageToken());
    });
  }

  /** {@link #membersListAll} with defaults. */
  public AutoPager<Membership> membersListAll(String parent) {
    return membersListAll(parent, null, RequestOptions.none());
  }

  /** {@link #membersListAll} with defaults. */
  public AutoPager<Membership> membersListAll(String parent, @Nullable MembersListParams params) {
    return membersListAll(parent, params, RequestOptions.none());
  }

  private ApiRequest membersListRequest(String parent, @Nullable MembersListParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.membersList", "GET", "/v1/{parent}/members");
    ResourceNames.SPACE.fill(request, "parent", parent);
    return Calls.query(request, params).build();
  }

  // ---- membersGet: GET /v1/{name}

  /**
   * Returns one membership. App authentication ({@code chat.bot}), user authentication ({@code
   * chat.memberships.readonly} or {@code chat.memberships}) or administrators.
   *
   * @param name the membership, {@code spaces/{space}/members/{member}} ({@code {member}} may be a user id, an e-mail alias or {@code app})
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Membership membersGet(String name, @Nullable MembersGetParams params, RequestOptions options) {
    return membersGetWithHttpInfo(name, params, options).data();
  }

  /** {@link #membersGet} with no params and default options. */
  public Membership membersGet(String name) {
    return membersGet(name, null, RequestOptions.none());
  }

  /** {@link #membersGet} with default options. */
  public Membership membersGet(String name, @Nullable MembersGetParams params) {
    return membersGet(name, params, RequestOptions.none());
  }

  /** {@link #membersGet}, returning the status, headers and request id with the result. */
  public ApiResponse<Membership> membersGetWithHttpInfo(String name, @Nullable MembersGetParams params, RequestOptions options) {
    return calls.execute(membersGetRequest(name, params), MEMBERSHIP, options);
  }

  /** {@link #membersGetWithHttpInfo} with defaults. */
  public ApiResponse<Membership> membersGetWithHttpInfo(String name) {
    return membersGetWithHttpInfo(name, null, RequestOptions.none());
  }

  /** {@link #membersGetWithHttpInfo} with defaults. */
  public ApiResponse<Membership> membersGetWithHttpInfo(String name, @Nullable MembersGetParams params) {
    return membersGetWithHttpInfo(name, params, RequestOptions.none());
  }

  /** {@link #membersGet} without blocking; input is checked before this method returns. */
  public CompletableFuture<Membership> membersGetAsync(String name, @Nullable MembersGetParams params, RequestOptions options) {
    return calls.async(membersGetRequest(name, params), MEMBERSHIP, options);
  }

  /** {@link #membersGetAsync} with defaults. */
  public CompletableFuture<Membership> membersGetAsync(String name) {
    return membersGetAsync(name, null, RequestOptions.none());
  }

  /** {@link #membersGetAsync} with defaults. */
  public CompletableFuture<Membership> membersGetAsync(String name, @Nullable MembersGetParams params) {
    return membersGetAsync(name, params, RequestOptions.none());
  }

  private ApiRequest membersGetRequest(String name, @Nullable MembersGetParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.membersGet", "GET", "/v1/{name}");
    ResourceNames.MEMBER.fill(request, "name", name);
    return Calls.query(request, params).build();
  }

  // ---- membersDelete: DELETE /v1/{name}

  /**
   * Removes a member from a space and returns the removed membership. User authentication
   * ({@code chat.memberships}; {@code chat.memberships.app} for apps), import, administrators, or
   * app authentication with administrator approval ({@code chat.app.memberships}).
   *
   * @param name the membership, {@code spaces/{space}/members/{member}} ({@code {member}} may be a user id, an e-mail alias or {@code app})
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Membership membersDelete(String name, @Nullable MembersDeleteParams params, RequestOptions options) {
    return membersDeleteWithHttpInfo(name, params, options).data();
  }

  /** {@link #membersDelete} with no params and default options. */
  public Membership membersDelete(String name) {
    return membersDelete(name, null, RequestOptions.none());
  }

  /** {@link #membersDelete} with default options. */
  public Membership membersDelete(String name, @Nullable MembersDeleteParams params) {
    return membersDelete(name, params, RequestOptions.none());
  }

  /** {@link #membersDelete}, returning the status, headers and request id with the result. */
  public ApiResponse<Membership> membersDeleteWithHttpInfo(String name, @Nullable MembersDeleteParams params, RequestOptions options) {
    return calls.execute(membersDeleteRequest(name, params), MEMBERSHIP, options);
  }

  /** {@link #membersDeleteWithHttpInfo} with defaults. */
  public ApiResponse<Membership> membersDeleteWithHttpInfo(String name) {
    return membersDeleteWithHttpInfo(name, null, RequestOptions.none());
  }

  /** {@link #membersDeleteWithHttpInfo} with defaults. */
  public ApiResponse<Membership> membersDeleteWithHttpInfo(String name, @Nullable MembersDeleteParams params) {
    return membersDeleteWithHttpInfo(name, params, RequestOptions.none());
  }

  /** {@link #membersDelete} without blocking; input is checked before this method returns. */
  public CompletableFuture<Membership> membersDeleteAsync(String name, @Nullable MembersDeleteParams params, RequestOptions options) {
    return calls.async(membersDeleteRequest(name, params), MEMBERSHIP, options);
  }

  /** {@link #membersDeleteAsync} with defaults. */
  public CompletableFuture<Membership> membersDeleteAsync(String name) {
    return membersDeleteAsync(name, null, RequestOptions.none());
  }

  /** {@link #membersDeleteAsync} with defaults. */
  public CompletableFuture<Membership> membersDeleteAsync(String name, @Nullable MembersDeleteParams params) {
    return membersDeleteAsync(name, params, RequestOptions.none());
  }

  private ApiRequest membersDeleteRequest(String name, @Nullable MembersDeleteParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.membersDelete", "DELETE", "/v1/{name}");
    ResourceNames.MEMBER.fill(request, "name", name);
    return Calls.query(request, params).build();
  }

  // ---- messagesCreate: POST /v1/{parent}/messages

  /**
   * Sends a message: text, {@code cardsV2} cards (app authentication only), attachments uploaded
   * with {@link MediaApi#upload}, optionally in a thread ({@code thread.name} or {@code
   * thread.threadKey} with {@link MessagesCreateParams#getMessageReplyOption()}). Sends a {@code
   * requestId} so retries never post twice: {@link MessagesCreateParams#getRequestId()}, else
   * {@link RequestOptions#idempotencyKey()}, else a random UUID, the same for every attempt of this
   * call. App authentication ({@code chat.bot}), user authentication ({@code chat.messages.create}
   * or {@code chat.messages}) or import ({@code chat.import}).
   *
   * @param parent the space, {@code spaces/{space}}
   * @param message the message to send; it needs {@code text}, cards, an attachment or accessory widgets
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Message messagesCreate(String parent, Message message, @Nullable MessagesCreateParams params, RequestOptions options) {
    return messagesCreateWithHttpInfo(parent, message, params, options).data();
  }

  /** {@link #messagesCreate} with no params and default options. */
  public Message messagesCreate(String parent, Message message) {
    return messagesCreate(parent, message, null, RequestOptions.none());
  }

  /** {@link #messagesCreate} with default options. */
  public Message messagesCreate(String parent, Message message, @Nullable MessagesCreateParams params) {
    return messagesCreate(parent, message, params, RequestOptions.none());
  }

  /** {@link #messagesCreate}, returning the status, headers and request id with the result. */
  public ApiResponse<Message> messagesCreateWithHttpInfo(String parent, Message message, @Nullable MessagesCreateParams params, RequestOptions options) {
    return calls.execute(messagesCreateRequest(parent, message, params, options), MESSAGE, options);
  }

  /** {@link #messagesCreateWithHttpInfo} with defaults. */
  public ApiResponse<Message> messagesCreateWithHttpInfo(String parent, Message message) {
    return messagesCreateWithHttpInfo(parent, message, null, RequestOptions.none());
  }

  /** {@link #messagesCreateWithHttpInfo} with defaults. */
  public ApiResponse<Message> messagesCreateWithHttpInfo(String parent, Message message, @Nullable MessagesCreateParams params) {
    return messagesCreateWithHttpInfo(parent, message, params, RequestOptions.none());
  }

  /** {@link #messagesCreate} without blocking; input is checked before this method returns. */
  public CompletableFuture<Message> messagesCreateAsync(String parent, Message message, @Nullable MessagesCreateParams params, RequestOptions options) {
    return calls.async(messagesCreateRequest(parent, message, params, options), MESSAGE, options);
  }

  /** {@link #messagesCreateAsync} with defaults. */
  public CompletableFuture<Message> messagesCreateAsync(String parent, Message message) {
    return messagesCreateAsync(parent, message, null, RequestOptions.none());
  }

  /** {@link #messagesCreateAsync} with defaults. */
  public CompletableFuture<Message> messagesCreateAsync(String parent, Message message, @Nullable MessagesCreateParams params) {
    return messagesCreateAsync(parent, message, params, RequestOptions.none());
  }

  private ApiRequest messagesCreateRequest(String parent, Message message, @Nullable MessagesCreateParams params, RequestOptions options) {
    Require.nonNull(message, "message");
    String requestId = requestId(params == null ? null : params.getRequestId(), options);
    ApiRequest.Builder request = ApiRequest.builder("spaces.messagesCreate", "POST", "/v1/{parent}/messages");
    ResourceNames.SPACE.fill(request, "parent", parent);
    request.jsonBody(BodyChecks.createMessage(message));
    Calls.query(request, params);
    if (params == null || params.getRequestId() == null) {
      request.query("requestId", requestId);
    }
    return request.idempotencyKey(requestId).build();
  }

  // ---- messagesList: GET /v1/{parent}/messages

  /**
   * Lists the messages of a space, oldest first unless {@code orderBy} says otherwise, one page at
   * a time ({@link #messagesListAll} iterates over every page). User authentication ({@code
   * chat.messages.readonly} or {@code chat.messages}), import, or app authentication with
   * administrator approval ({@code chat.app.messages.readonly}); not plain {@code chat.bot}.
   *
   * @param parent the space, {@code spaces/{space}}
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public ListMessagesResponse messagesList(String parent, @Nullable MessagesListParams params, RequestOptions options) {
    return messagesListWithHttpInfo(parent, params, options).data();
  }

  /** {@link #messagesList} with no params and default options. */
  public ListMessagesResponse messagesList(String parent) {
    return messagesList(parent, null, RequestOptions.none());
  }

  /** {@link #messagesList} with default options. */
  public ListMessagesResponse messagesList(String parent, @Nullable MessagesListParams params) {
    return messagesList(parent, params, RequestOptions.none());
  }

  /** {@link #messagesList}, returning the status, headers and request id with the result. */
  public ApiResponse<ListMessagesResponse> messagesListWithHttpInfo(String parent, @Nullable MessagesListParams params, RequestOptions options) {
    return calls.execute(messagesListRequest(parent, params), MESSAGES, options);
  }

  /** {@link #messagesListWithHttpInfo} with defaults. */
  public ApiResponse<ListMessagesResponse> messagesListWithHttpInfo(String parent) {
    return messagesListWithHttpInfo(parent, null, RequestOptions.none());
  }

  /** {@link #messagesListWithHttpInfo} with defaults. */
  public ApiResponse<ListMessagesResponse> messagesListWithHttpInfo(String parent, @Nullable MessagesListParams params) {
    return messagesListWithHttpInfo(parent, params, RequestOptions.none());
  }

  /** {@link #messagesList} without blocking; input is checked before this method returns. */
  public CompletableFuture<ListMessagesResponse> messagesListAsync(String parent, @Nullable MessagesListParams params, RequestOptions options) {
    return calls.async(messagesListRequest(parent, params), MESSAGES, options);
  }

  /** {@link #messagesListAsync} with defaults. */
  public CompletableFuture<ListMessagesResponse> messagesListAsync(String parent) {
    return messagesListAsync(parent, null, RequestOptions.none());
  }

  /** {@link #messagesListAsync} with defaults. */
  public CompletableFuture<ListMessagesResponse> messagesListAsync(String parent, @Nullable MessagesListParams params) {
    return messagesListAsync(parent, params, RequestOptions.none());
  }

  /**
   * Every item of {@link #messagesList}, fetched lazily page by page as iteration proceeds (following
   * {@code nextPageToken}). The first page is the one at the params' {@code pageToken} when it is
   * set, otherwise the beginning; each iteration starts again from that page.
   */
  public AutoPager<Message> messagesListAll(String parent, @Nullable MessagesListParams params, RequestOptions options) {

    messagesListRequest(parent, params); // checks the input now rather than on first iteration
    Calls.check(options);
    MessagesListParams first = params != null ? params : MessagesListParams.builder().build();
    return AutoPager.of(token -> {
      ListMessagesResponse page = messagesList(parent, token == null ? first : first.withPageToken(token), options);
      return new Page<>(page.getMessages(), page.getNextPageToken());
    });
  }

  /** {@link #messagesListAll} with defaults. */
  public AutoPager<Message> messagesListAll(String parent) {
    return messagesListAll(parent, null, RequestOptions.none());
  }

  /** {@link #messagesListAll} with defaults. */
  public AutoPager<Message> messagesListAll(String parent, @Nullable MessagesListParams params) {
    return messagesListAll(parent, params, RequestOptions.none());
  }

  private ApiRequest messagesListRequest(String parent, @Nullable MessagesListParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.messagesList", "GET", "/v1/{parent}/messages");
    ResourceNames.SPACE.fill(request, "parent", parent);
    return Calls.query(request, params).build();
  }

  // ---- messagesGet: GET /v1/{name}

  /**
   * Returns one message. App authentication ({@code chat.bot}) or user authentication ({@code
   * chat.messages.readonly} or {@code chat.messages}).
   *
   * @param name the message, {@code spaces/{space}/messages/{message}} ({@code {message}} may be a client-assigned {@code client-...} id)
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Message messagesGet(String name, @Nullable MessagesGetParams params, RequestOptions options) {
    return messagesGetWithHttpInfo(name, params, options).data();
  }

  /** {@link #messagesGet} with no params and default options. */
  public Message messagesGet(String name) {
    return messagesGet(name, null, RequestOptions.none());
  }

  /** {@link #messagesGet} with default options. */
  public Message messagesGet(String name, @Nullable MessagesGetParams params) {
    return messagesGet(name, params, RequestOptions.none());
  }

  /** {@link #messagesGet}, returning the status, headers and request id with the result. */
  public ApiResponse<Message> messagesGetWithHttpInfo(String name, @Nullable MessagesGetParams params, RequestOptions options) {
    return calls.execute(messagesGetRequest(name, params), MESSAGE, options);
  }

  /** {@link #messagesGetWithHttpInfo} with defaults. */
  public ApiResponse<Message> messagesGetWithHttpInfo(String name) {
    return messagesGetWithHttpInfo(name, null, RequestOptions.none());
  }

  /** {@link #messagesGetWithHttpInfo} with defaults. */
  public ApiResponse<Message> messagesGetWithHttpInfo(String name, @Nullable MessagesGetParams params) {
    return messagesGetWithHttpInfo(name, params, RequestOptions.none());
  }

  /** {@link #messagesGet} without blocking; input is checked before this method returns. */
  public CompletableFuture<Message> messagesGetAsync(String name, @Nullable MessagesGetParams params, RequestOptions options) {
    return calls.async(messagesGetRequest(name, params), MESSAGE, options);
  }

  /** {@link #messagesGetAsync} with defaults. */
  public CompletableFuture<Message> messagesGetAsync(String name) {
    return messagesGetAsync(name, null, RequestOptions.none());
  }

  /** {@link #messagesGetAsync} with defaults. */
  public CompletableFuture<Message> messagesGetAsync(String name, @Nullable MessagesGetParams params) {
    return messagesGetAsync(name, params, RequestOptions.none());
  }

  private ApiRequest messagesGetRequest(String name, @Nullable MessagesGetParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.messagesGet", "GET", "/v1/{name}");
    ResourceNames.MESSAGE.fill(request, "name", name);
    return Calls.query(request, params).build();
  }

  // ---- messagesPatch: PATCH /v1/{name}

  /**
   * Updates a message (HTTP PATCH). Only the fields named in {@code updateMask} change. Without an explicit mask
   * ({@link MessagesPatchParams#getUpdateMask()}) the SDK derives it from the top-level fields set on {@code
   * message}, mapped to the API's names: {@code text}, {@code attachment}, {@code cards}, {@code
   * cardsV2} → {@code cards_v2}, {@code accessoryWidgets} → {@code accessory_widgets}, {@code
   * quotedMessageMetadata} → {@code quoted_message_metadata}. Other fields (the name, output-only
   * fields) cannot be updated and do not enter the mask; a message that sets none of the updatable
   * fields is rejected before any I/O instead of being sent with an empty mask. Retried like an
   * idempotent call. App authentication ({@code chat.bot}; needed for cards), user authentication
   * ({@code chat.messages}) or import.
   *
   * @param name the message, {@code spaces/{space}/messages/{message}} ({@code {message}} may be a client-assigned {@code client-...} id)
   * @param message the new values
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Message messagesPatch(String name, Message message, @Nullable MessagesPatchParams params, RequestOptions options) {
    return messagesPatchWithHttpInfo(name, message, params, options).data();
  }

  /** {@link #messagesPatch} with no params and default options. */
  public Message messagesPatch(String name, Message message) {
    return messagesPatch(name, message, null, RequestOptions.none());
  }

  /** {@link #messagesPatch} with default options. */
  public Message messagesPatch(String name, Message message, @Nullable MessagesPatchParams params) {
    return messagesPatch(name, message, params, RequestOptions.none());
  }

  /** {@link #messagesPatch}, returning the status, headers and request id with the result. */
  public ApiResponse<Message> messagesPatchWithHttpInfo(String name, Message message, @Nullable MessagesPatchParams params, RequestOptions options) {
    return calls.execute(messagesPatchRequest(name, message, params), MESSAGE, options);
  }

  /** {@link #messagesPatchWithHttpInfo} with defaults. */
  public ApiResponse<Message> messagesPatchWithHttpInfo(String name, Message message) {
    return messagesPatchWithHttpInfo(name, message, null, RequestOptions.none());
  }

  /** {@link #messagesPatchWithHttpInfo} with defaults. */
  public ApiResponse<Message> messagesPatchWithHttpInfo(String name, Message message, @Nullable MessagesPatchParams params) {
    return messagesPatchWithHttpInfo(name, message, params, RequestOptions.none());
  }

  /** {@link #messagesPatch} without blocking; input is checked before this method returns. */
  public CompletableFuture<Message> messagesPatchAsync(String name, Message message, @Nullable MessagesPatchParams params, RequestOptions options) {
    return calls.async(messagesPatchRequest(name, message, params), MESSAGE, options);
  }

  /** {@link #messagesPatchAsync} with defaults. */
  public CompletableFuture<Message> messagesPatchAsync(String name, Message message) {
    return messagesPatchAsync(name, message, null, RequestOptions.none());
  }

  /** {@link #messagesPatchAsync} with defaults. */
  public CompletableFuture<Message> messagesPatchAsync(String name, Message message, @Nullable MessagesPatchParams params) {
    return messagesPatchAsync(name, message, params, RequestOptions.none());
  }

  private ApiRequest messagesPatchRequest(String name, Message message, @Nullable MessagesPatchParams params) {
    return messageEditRequest("spaces.messagesPatch", "PATCH", name, message, params);
  }

  // ---- messagesUpdate: PUT /v1/{name}

  /**
   * Updates a message (HTTP PUT; the service treats it like {@link #messagesPatch}). Only the fields named in {@code updateMask} change. Without an explicit mask
   * ({@link MessagesUpdateParams#getUpdateMask()}) the SDK derives it from the top-level fields set on {@code
   * message}, mapped to the API's names: {@code text}, {@code attachment}, {@code cards}, {@code
   * cardsV2} → {@code cards_v2}, {@code accessoryWidgets} → {@code accessory_widgets}, {@code
   * quotedMessageMetadata} → {@code quoted_message_metadata}. Other fields (the name, output-only
   * fields) cannot be updated and do not enter the mask; a message that sets none of the updatable
   * fields is rejected before any I/O instead of being sent with an empty mask. Retried like an
   * idempotent call. App authentication ({@code chat.bot}; needed for cards), user authentication
   * ({@code chat.messages}) or import.
   *
   * @param name the message, {@code spaces/{space}/messages/{message}} ({@code {message}} may be a client-assigned {@code client-...} id)
   * @param message the new values
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Message messagesUpdate(String name, Message message, @Nullable MessagesUpdateParams params, RequestOptions options) {
    return messagesUpdateWithHttpInfo(name, message, params, options).data();
  }

  /** {@link #messagesUpdate} with no params and default options. */
  public Message messagesUpdate(String name, Message message) {
    return messagesUpdate(name, message, null, RequestOptions.none());
  }

  /** {@link #messagesUpdate} with default options. */
  public Message messagesUpdate(String name, Message message, @Nullable MessagesUpdateParams params) {
    return messagesUpdate(name, message, params, RequestOptions.none());
  }

  /** {@link #messagesUpdate}, returning the status, headers and request id with the result. */
  public ApiResponse<Message> messagesUpdateWithHttpInfo(String name, Message message, @Nullable MessagesUpdateParams params, RequestOptions options) {
    return calls.execute(messagesUpdateRequest(name, message, params), MESSAGE, options);
  }

  /** {@link #messagesUpdateWithHttpInfo} with defaults. */
  public ApiResponse<Message> messagesUpdateWithHttpInfo(String name, Message message) {
    return messagesUpdateWithHttpInfo(name, message, null, RequestOptions.none());
  }

  /** {@link #messagesUpdateWithHttpInfo} with defaults. */
  public ApiResponse<Message> messagesUpdateWithHttpInfo(String name, Message message, @Nullable MessagesUpdateParams params) {
    return messagesUpdateWithHttpInfo(name, message, params, RequestOptions.none());
  }

  /** {@link #messagesUpdate} without blocking; input is checked before this method returns. */
  public CompletableFuture<Message> messagesUpdateAsync(String name, Message message, @Nullable MessagesUpdateParams params, RequestOptions options) {
    return calls.async(messagesUpdateRequest(name, message, params), MESSAGE, options);
  }

  /** {@link #messagesUpdateAsync} with defaults. */
  public CompletableFuture<Message> messagesUpdateAsync(String name, Message message) {
    return messagesUpdateAsync(name, message, null, RequestOptions.none());
  }

  /** {@link #messagesUpdateAsync} with defaults. */
  public CompletableFuture<Message> messagesUpdateAsync(String name, Message message, @Nullable MessagesUpdateParams params) {
    return messagesUpdateAsync(name, message, params, RequestOptions.none());
  }

  private ApiRequest messagesUpdateRequest(String name, Message message, @Nullable MessagesUpdateParams params) {
    return messageEditRequest("spaces.messagesUpdate", "PUT", name, message, params);
  }

  // ---- messagesDelete: DELETE /v1/{name}

  /**
   * Deletes a message. {@link MessagesDeleteParams#getForce() force} also deletes its threaded
   * replies (user authentication only; the older OpenAPI description put this flag on reaction
   * delete by mistake). App authentication ({@code chat.bot}, the app's own messages), user
   * authentication ({@code chat.messages}) or import.
   *
   * @param name the message, {@code spaces/{space}/messages/{message}} ({@code {message}} may be a client-assigned {@code client-...} id)
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public void messagesDelete(String name, @Nullable MessagesDeleteParams params, RequestOptions options) {
    messagesDeleteWithHttpInfo(name, params, options);
  }

  /** {@link #messagesDelete} with no params and default options. */
  public void messagesDelete(String name) {
    messagesDelete(name, null, RequestOptions.none());
  }

  /** {@link #messagesDelete} with default options. */
  public void messagesDelete(String name, @Nullable MessagesDeleteParams params) {
    messagesDelete(name, params, RequestOptions.none());
  }

  /** {@link #messagesDelete}, returning the status, headers and request id with the result. */
  public ApiResponse<Void> messagesDeleteWithHttpInfo(String name, @Nullable MessagesDeleteParams params, RequestOptions options) {
    return calls.execute(messagesDeleteRequest(name, params), DISCARD, options);
  }

  /** {@link #messagesDeleteWithHttpInfo} with defaults. */
  public ApiResponse<Void> messagesDeleteWithHttpInfo(String name) {
    return messagesDeleteWithHttpInfo(name, null, RequestOptions.none());
  }

  /** {@link #messagesDeleteWithHttpInfo} with defaults. */
  public ApiResponse<Void> messagesDeleteWithHttpInfo(String name, @Nullable MessagesDeleteParams params) {
    return messagesDeleteWithHttpInfo(name, params, RequestOptions.none());
  }

  /** {@link #messagesDelete} without blocking; input is checked before this method returns. */
  public CompletableFuture<Void> messagesDeleteAsync(String name, @Nullable MessagesDeleteParams params, RequestOptions options) {
    return calls.async(messagesDeleteRequest(name, params), DISCARD, options);
  }

  /** {@link #messagesDeleteAsync} with defaults. */
  public CompletableFuture<Void> messagesDeleteAsync(String name) {
    return messagesDeleteAsync(name, null, RequestOptions.none());
  }

  /** {@link #messagesDeleteAsync} with defaults. */
  public CompletableFuture<Void> messagesDeleteAsync(String name, @Nullable MessagesDeleteParams params) {
    return messagesDeleteAsync(name, params, RequestOptions.none());
  }

  private ApiRequest messagesDeleteRequest(String name, @Nullable MessagesDeleteParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.messagesDelete", "DELETE", "/v1/{name}");
    ResourceNames.MESSAGE.fill(request, "name", name);
    return Calls.query(request, params).build();
  }

  // ---- messagesAttachmentsGet: GET /v1/{name}

  /**
   * Returns the metadata of a message attachment, including the {@code attachmentDataRef} whose
   * {@code resourceName} {@link MediaApi#download} takes. App authentication only ({@code
   * chat.bot}).
   *
   * @param name the attachment, {@code spaces/{space}/messages/{message}/attachments/{attachment}}
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Attachment messagesAttachmentsGet(String name, RequestOptions options) {
    return messagesAttachmentsGetWithHttpInfo(name, options).data();
  }

  /** {@link #messagesAttachmentsGet} with no params and default options. */
  public Attachment messagesAttachmentsGet(String name) {
    return messagesAttachmentsGet(name, RequestOptions.none());
  }

  /** {@link #messagesAttachmentsGet}, returning the status, headers and request id with the result. */
  public ApiResponse<Attachment> messagesAttachmentsGetWithHttpInfo(String name, RequestOptions options) {
    return calls.execute(messagesAttachmentsGetRequest(name), ATTACHMENT, options);
  }

  /** {@link #messagesAttachmentsGetWithHttpInfo} with defaults. */
  public ApiResponse<Attachment> messagesAttachmentsGetWithHttpInfo(String name) {
    return messagesAttachmentsGetWithHttpInfo(name, RequestOptions.none());
  }

  /** {@link #messagesAttachmentsGet} without blocking; input is checked before this method returns. */
  public CompletableFuture<Attachment> messagesAttachmentsGetAsync(String name, RequestOptions options) {
    return calls.async(messagesAttachmentsGetRequest(name), ATTACHMENT, options);
  }

  /** {@link #messagesAttachmentsGetAsync} with defaults. */
  public CompletableFuture<Attachment> messagesAttachmentsGetAsync(String name) {
    return messagesAttachmentsGetAsync(name, RequestOptions.none());
  }

  private ApiRequest messagesAttachmentsGetRequest(String name) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.messagesAttachmentsGet", "GET", "/v1/{name}");
    ResourceNames.ATTACHMENT.fill(request, "name", name);
    return request.build();
  }

  // ---- messagesReactionsCreate: POST /v1/{parent}/reactions

  /**
   * Adds the caller's reaction (a Unicode or custom emoji) to a message. User authentication
   * ({@code chat.messages.reactions.create}, {@code chat.messages.reactions} or {@code
   * chat.messages}) or import. Not retried after the request was sent unless {@link
   * RequestOptions#idempotencyKey()} is given (the API has no id for it).
   *
   * @param parent the message, {@code spaces/{space}/messages/{message}}
   * @param reaction the reaction; set {@code emoji}
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public Reaction messagesReactionsCreate(String parent, Reaction reaction, RequestOptions options) {
    return messagesReactionsCreateWithHttpInfo(parent, reaction, options).data();
  }

  /** {@link #messagesReactionsCreate} with no params and default options. */
  public Reaction messagesReactionsCreate(String parent, Reaction reaction) {
    return messagesReactionsCreate(parent, reaction, RequestOptions.none());
  }

  /** {@link #messagesReactionsCreate}, returning the status, headers and request id with the result. */
  public ApiResponse<Reaction> messagesReactionsCreateWithHttpInfo(String parent, Reaction reaction, RequestOptions options) {
    return calls.execute(messagesReactionsCreateRequest(parent, reaction, options), REACTION, options);
  }

  /** {@link #messagesReactionsCreateWithHttpInfo} with defaults. */
  public ApiResponse<Reaction> messagesReactionsCreateWithHttpInfo(String parent, Reaction reaction) {
    return messagesReactionsCreateWithHttpInfo(parent, reaction, RequestOptions.none());
  }

  /** {@link #messagesReactionsCreate} without blocking; input is checked before this method returns. */
  public CompletableFuture<Reaction> messagesReactionsCreateAsync(String parent, Reaction reaction, RequestOptions options) {
    return calls.async(messagesReactionsCreateRequest(parent, reaction, options), REACTION, options);
  }

  /** {@link #messagesReactionsCreateAsync} with defaults. */
  public CompletableFuture<Reaction> messagesReactionsCreateAsync(String parent, Reaction reaction) {
    return messagesReactionsCreateAsync(parent, reaction, RequestOptions.none());
  }

  private ApiRequest messagesReactionsCreateRequest(String parent, Reaction reaction, RequestOptions options) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.messagesReactionsCreate", "POST", "/v1/{parent}/reactions");
    ResourceNames.MESSAGE.fill(request, "parent", parent);
    request.jsonBody(BodyChecks.createReaction(reaction));
    return request.build();
  }

  // ---- messagesReactionsList: GET /v1/{parent}/reactions

  /**
   * Lists the reactions to a message, one page at a time ({@link #messagesReactionsListAll}
   * iterates over every page); the filter selects by emoji and/or user. User authentication
   * ({@code chat.messages.reactions.readonly}, {@code chat.messages.reactions}, {@code
   * chat.messages.readonly} or {@code chat.messages}).
   *
   * @param parent the message, {@code spaces/{space}/messages/{message}}
   * @param params optional query parameters, or null for none
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public ListReactionsResponse messagesReactionsList(String parent, @Nullable MessagesReactionsListParams params, RequestOptions options) {
    return messagesReactionsListWithHttpInfo(parent, params, options).data();
  }

  /** {@link #messagesReactionsList} with no params and default options. */
  public ListReactionsResponse messagesReactionsList(String parent) {
    return messagesReactionsList(parent, null, RequestOptions.none());
  }

  /** {@link #messagesReactionsList} with default options. */
  public ListReactionsResponse messagesReactionsList(String parent, @Nullable MessagesReactionsListParams params) {
    return messagesReactionsList(parent, params, RequestOptions.none());
  }

  /** {@link #messagesReactionsList}, returning the status, headers and request id with the result. */
  public ApiResponse<ListReactionsResponse> messagesReactionsListWithHttpInfo(String parent, @Nullable MessagesReactionsListParams params, RequestOptions options) {
    return calls.execute(messagesReactionsListRequest(parent, params), REACTIONS, options);
  }

  /** {@link #messagesReactionsListWithHttpInfo} with defaults. */
  public ApiResponse<ListReactionsResponse> messagesReactionsListWithHttpInfo(String parent) {
    return messagesReactionsListWithHttpInfo(parent, null, RequestOptions.none());
  }

  /** {@link #messagesReactionsListWithHttpInfo} with defaults. */
  public ApiResponse<ListReactionsResponse> messagesReactionsListWithHttpInfo(String parent, @Nullable MessagesReactionsListParams params) {
    return messagesReactionsListWithHttpInfo(parent, params, RequestOptions.none());
  }

  /** {@link #messagesReactionsList} without blocking; input is checked before this method returns. */
  public CompletableFuture<ListReactionsResponse> messagesReactionsListAsync(String parent, @Nullable MessagesReactionsListParams params, RequestOptions options) {
    return calls.async(messagesReactionsListRequest(parent, params), REACTIONS, options);
  }

  /** {@link #messagesReactionsListAsync} with defaults. */
  public CompletableFuture<ListReactionsResponse> messagesReactionsListAsync(String parent) {
    return messagesReactionsListAsync(parent, null, RequestOptions.none());
  }

  /** {@link #messagesReactionsListAsync} with defaults. */
  public CompletableFuture<ListReactionsResponse> messagesReactionsListAsync(String parent, @Nullable MessagesReactionsListParams params) {
    return messagesReactionsListAsync(parent, params, RequestOptions.none());
  }

  /**
   * Every item of {@link #messagesReactionsList}, fetched lazily page by page as iteration proceeds (following
   * {@code nextPageToken}). The first page is the one at the params' {@code pageToken} when it is
   * set, otherwise the beginning; each iteration starts again from that page.
   */
  public AutoPager<Reaction> messagesReactionsListAll(String parent, @Nullable MessagesReactionsListParams params, RequestOptions options) {

    messagesReactionsListRequest(parent, params); // checks the input now rather than on first iteration
    Calls.check(options);
    MessagesReactionsListParams first = params != null ? params : MessagesReactionsListParams.builder().build();
    return AutoPager.of(token -> {
      ListReactionsResponse page = messagesReactionsList(parent, token == null ? first : first.withPageToken(token), options);
      return new Page<>(page.getReactions(), page.getNextPageToken());
    });
  }

  /** {@link #messagesReactionsListAll} with defaults. */
  public AutoPager<Reaction> messagesReactionsListAll(String parent) {
    return messagesReactionsListAll(parent, null, RequestOptions.none());
  }

  /** {@link #messagesReactionsListAll} with defaults. */
  public AutoPager<Reaction> messagesReactionsListAll(String parent, @Nullable MessagesReactionsListParams params) {
    return messagesReactionsListAll(parent, params, RequestOptions.none());
  }

  private ApiRequest messagesReactionsListRequest(String parent, @Nullable MessagesReactionsListParams params) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.messagesReactionsList", "GET", "/v1/{parent}/reactions");
    ResourceNames.MESSAGE.fill(request, "parent", parent);
    return Calls.query(request, params).build();
  }

  // ---- messagesReactionsDelete: DELETE /v1/{name}

  /**
   * Removes a reaction. It has no options (see {@link #messagesDelete} for {@code force}). User
   * authentication ({@code chat.messages.reactions} or {@code chat.messages}) or import.
   *
   * @param name the reaction, {@code spaces/{space}/messages/{message}/reactions/{reaction}}
   * @param options per-call overrides (timeout, retries, extra query such as {@code fields})
   * @throws IllegalArgumentException when a resource name or value is malformed (before any I/O)
   * @throws dev.chatsdk.core.ApiException when the service answers with an error
   */
  public void messagesReactionsDelete(String name, RequestOptions options) {
    messagesReactionsDeleteWithHttpInfo(name, options);
  }

  /** {@link #messagesReactionsDelete} with no params and default options. */
  public void messagesReactionsDelete(String name) {
    messagesReactionsDelete(name, RequestOptions.none());
  }

  /** {@link #messagesReactionsDelete}, returning the status, headers and request id with the result. */
  public ApiResponse<Void> messagesReactionsDeleteWithHttpInfo(String name, RequestOptions options) {
    return calls.execute(messagesReactionsDeleteRequest(name), DISCARD, options);
  }

  /** {@link #messagesReactionsDeleteWithHttpInfo} with defaults. */
  public ApiResponse<Void> messagesReactionsDeleteWithHttpInfo(String name) {
    return messagesReactionsDeleteWithHttpInfo(name, RequestOptions.none());
  }

  /** {@link #messagesReactionsDelete} without blocking; input is checked before this method returns. */
  public CompletableFuture<Void> messagesReactionsDeleteAsync(String name, RequestOptions options) {
    return calls.async(messagesReactionsDeleteRequest(name), DISCARD, options);
  }

  /** {@link #messagesReactionsDeleteAsync} with defaults. */
  public CompletableFuture<Void> messagesReactionsDeleteAsync(String name) {
    return messagesReactionsDeleteAsync(name, RequestOptions.none());
  }

  private ApiRequest messagesReactionsDeleteRequest(String name) {
    ApiRequest.Builder request = ApiRequest.builder("spaces.messagesReactionsDelete", "DELETE", "/v1/{name}");
    ResourceNames.REACTION.fill(request, "name", name);
    return request.build();
  }
}
