package dev.chatsdk.stream.internal;

import dev.chatsdk.core.Require;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import org.jspecify.annotations.Nullable;

/**
 * Checks on request bodies and payloads that the description does not express, so a request the
 * service would refuse fails before any I/O with a message naming the field's path. Named by the
 * overlay ({@code bodyCheck}, {@code check}); each returns its argument.
 */
public final class Checks {
  private Checks() {}

  /**
   * MarkUnread: the first unread message must be named.
   *
   * @param request the request body about to be sent
   * @return {@code request} itself, unchanged
   * @throws NullPointerException when the request or its {@code messageId} is null
   * @throws IllegalArgumentException when the {@code messageId} is blank
   */
  public static MarkUnreadRequest markUnread(@Nullable MarkUnreadRequest request) {
    Require.nonNull(request, "request");
    Require.nonBlank(request.getMessageId(), "request.messageId");
    return request;
  }

  /**
   * SendReaction: a reaction with a type.
   *
   * @param request the request body about to be sent
   * @return {@code request} itself, unchanged
   * @throws NullPointerException when the request, its reaction or the reaction type is null
   * @throws IllegalArgumentException when the reaction type is blank
   */
  public static SendReactionRequest sendReaction(@Nullable SendReactionRequest request) {
    Require.nonNull(request, "request");
    ReactionRequest reaction = Require.nonNull(request.getReaction(), "request.reaction");
    Require.nonBlank(reaction.getType(), "request.reaction.type");
    return request;
  }

  /**
   * Flag and Unflag: a target message or user.
   *
   * @param request the request body about to be sent
   * @return {@code request} itself, unchanged
   * @throws NullPointerException when the request is null
   * @throws IllegalArgumentException when the request names neither a target message nor a target user
   */
  public static FlagRequest flag(@Nullable FlagRequest request) {
    Require.nonNull(request, "request");
    if (isBlank(request.getTargetMessageId()) && isBlank(request.getTargetUserId())) {
      throw new IllegalArgumentException("request must set targetMessageId or targetUserId");
    }
    return request;
  }

  /**
   * Search: a channel filter (the service searches only the channels it selects).
   *
   * @param payload the search payload about to be sent
   * @return {@code payload} itself, unchanged
   * @throws NullPointerException when the payload is null
   * @throws IllegalArgumentException when its {@code filterConditions} are empty
   */
  public static SearchRequest search(@Nullable SearchRequest payload) {
    Require.nonNull(payload, "payload");
    if (payload.getFilterConditions().isEmpty()) {
      throw new IllegalArgumentException("payload.filterConditions must not be empty (it selects the channels to search)");
    }
    return payload;
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }
}
