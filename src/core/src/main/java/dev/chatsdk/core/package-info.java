/**
 * The backend-neutral surface of chatsdk: exceptions, {@link dev.chatsdk.core.ApiResponse},
 * {@link dev.chatsdk.core.RequestOptions}, the {@link dev.chatsdk.core.Authenticator} SPI and
 * paging. Everything here is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.chatsdk.core;

import org.jspecify.annotations.NullMarked;
