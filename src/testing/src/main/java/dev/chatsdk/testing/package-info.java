/**
 * Offline testing for chatsdk users: {@link dev.chatsdk.testing.ChatEmulator}, an in-process
 * emulator of the Stream Chat messages API and the Google Chat API (state in memory, vendor auth
 * checks and error formats, injectable failures and latency), and
 * {@link dev.chatsdk.testing.ChatEmulatorTest}, a JUnit 5 annotation that starts one emulator per
 * test class and injects it and ready-made SDK clients into test parameters.
 *
 * <p>What the emulator does not model: Stream channel membership, permissions beyond "users edit
 * their own messages", push, webhooks and moderation rules; Google Chat caller identity beyond one
 * configured user, space permissions, cards rendering and events. Messages are stored as the client
 * sent them (custom Stream fields and unknown Google card fields included).
 */
@NullMarked
package dev.chatsdk.testing;

import org.jspecify.annotations.NullMarked;
