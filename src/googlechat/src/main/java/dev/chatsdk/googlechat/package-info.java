/** Client for the Google Chat spaces API: {@code GoogleChatClient}, {@code SpacesApi} and {@code MediaApi}. */
@NullMarked
package dev.chatsdk.googlechat;

import org.jspecify.annotations.NullMarked;
