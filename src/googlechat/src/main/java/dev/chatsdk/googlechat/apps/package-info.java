/**
 * Receiving Google Chat app interaction events on your own HTTP endpoint: {@link
 * dev.chatsdk.googlechat.apps.ChatRequestVerifier} checks that a request comes from Google Chat,
 * {@link dev.chatsdk.googlechat.apps.ChatAppEvents} reads the event and writes the synchronous
 * reply, {@link dev.chatsdk.googlechat.apps.ChatAppReplies} builds replies of every kind.
 */
@NullMarked
package dev.chatsdk.googlechat.apps;

import org.jspecify.annotations.NullMarked;
