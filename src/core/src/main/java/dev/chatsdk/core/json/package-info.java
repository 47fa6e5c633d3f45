/**
 * The SDK's private JSON configuration ({@link dev.chatsdk.core.json.ChatJson}) and the base type
 * of generated open enums ({@link dev.chatsdk.core.json.OpenEnum}).
 */
@NullMarked
package dev.chatsdk.core.json;

import org.jspecify.annotations.NullMarked;
