package dev.chatsdk.stream;

import dev.chatsdk.core.ChatException;

/** A webhook request's {@code X-Signature} did not match its body: reject the request. */
public final class WebhookSignatureException extends ChatException {
  private static final long serialVersionUID = 1L;

  WebhookSignatureException() {
    super("webhook signature does not match the request body");
  }
}
