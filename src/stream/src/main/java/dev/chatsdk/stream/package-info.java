/** Client for the Stream Chat messages API: {@code StreamChatClient} and {@code MessagesApi}. */
@NullMarked
package dev.chatsdk.stream;

import org.jspecify.annotations.NullMarked;
