package dev.chatsdk.examples.snippets;

import dev.chatsdk.stream.model.Attachment;
import dev.chatsdk.stream.model.Message;

/** The code block of docs/codegen.md (the shape of a generated model). Compiled, never run. */
@SuppressWarnings("unused")
final class CodegenSnippets {
  private CodegenSnippets() {}

  static void modelShape() {
    // snippet:codegen-model-shape
    Message m = Message.builder()
        .text("hello")
        .addAttachment(Attachment.builder().type("image").build())   // adder for lists
        .putReactionCounts("like", 1)                               // put<Property> for maps
        .putAdditionalProperty("priority", "high")                   // custom / unknown fields
        .build();
    Message changed = m.toBuilder().text("edited").build();
    m.getText();            // JSON text
    m.getCreatedAt();       // JSON created_at, java.time.Instant
    m.getAttachments();     // never null; empty and unmodifiable when unset
    // end-snippet
  }
}
