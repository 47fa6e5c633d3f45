/**
 * OpenTelemetry traces and metrics for chatsdk clients: register {@link
 * dev.chatsdk.opentelemetry.ChatSdkTelemetry} with {@code callListener(..)} on a client builder.
 */
@NullMarked
package dev.chatsdk.opentelemetry;

import org.jspecify.annotations.NullMarked;
