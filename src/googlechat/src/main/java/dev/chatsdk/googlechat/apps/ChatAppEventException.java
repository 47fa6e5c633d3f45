package dev.chatsdk.googlechat.apps;

import dev.chatsdk.core.ChatException;
import org.jspecify.annotations.Nullable;

/**
 * A Chat app request body could not be read as an interaction event: answer HTTP 400. The message
 * says where and why, never quoting the body (an event carries user content and a legacy token).
 */
public final class ChatAppEventException extends ChatException {
  private static final long serialVersionUID = 1L;

  ChatAppEventException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
