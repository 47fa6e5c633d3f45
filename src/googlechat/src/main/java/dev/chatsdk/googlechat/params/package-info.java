/**
 * Optional query parameters of the {@link dev.chatsdk.googlechat.SpacesApi} operations: one
 * {@code <Op>Params} class per operation (built with {@code builder()}), plus the open enums ({@link MessageReplyOption}, {@link NotificationType}) some
 * of them take.
 */
@NullMarked
package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.NullMarked;
