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

  /** MarkUnread: the first unread message must be named. */
  public static MarkUnreadRequest markUnread(@Nullable MarkUnreadRequest request) {
    Require.nonNull(request, "request");
    Require.nonBlank(request.getMessageId(), "request.messageId");
    return request;
  }

  /** SendReaction: a reaction with a type. */
  public static SendReactionRequest sendReaction(@Nullable SendReactionRequest request) {
    Require.nonNull(request, "request");
    ReactionRequest reaction = Require.nonNull(request.getReaction(), "request.reaction");
    Require.nonBlank(reaction.getType(), "request.reaction.type");
    return request;
  }

  /** Flag and Unflag: a target message or user. */
  public static FlagRequest flag(@Nullable FlagRequest request) {
    Require.nonNull(request, "request");
    if (isBlank(request.getTargetMessageId()) && isBlank(request.getTargetUserId())) {
      throw new IllegalArgumentException("request must set targetMessageId or targetUserId");
    }
    return request;
  }

  /** Search: a channel filter (the service searches only the channels it selects). */
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
