/**
 * A neutral listener SPI for tracing and metrics: a {@link dev.chatsdk.core.observe.CallListener}
 * registered on a client builder hears when each call starts, when each attempt ends (and how long
 * the client will wait before the next) and when the call ends. Events carry names, numbers and
 * identifiers only, never a body, a header value, a query value or a credential, so any listener is
 * safe to export. The {@code chatsdk-opentelemetry} module implements it for OpenTelemetry; a
 * Micrometer or logging listener plugs in the same way.
 */
@NullMarked
package dev.chatsdk.core.observe;

import org.jspecify.annotations.NullMarked;
