package dev.chatsdk.stream;

import dev.chatsdk.core.ChatException;
import org.jspecify.annotations.Nullable;

/**
 * A webhook, SQS or SNS payload could not be decoded into an event (bad base64, broken gzip, not a
 * JSON object, a field of the wrong type, too large once decompressed). The message says which step
 * failed and never quotes the payload.
 */
public final class WebhookPayloadException extends ChatException {
  private static final long serialVersionUID = 1L;

  WebhookPayloadException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
