/**
 * The shared HTTP pipeline that both backends send their calls through: request description
 * ({@link dev.chatsdk.core.http.ApiRequest}), path encoding, multipart bodies, retries and error
 * mapping ({@link dev.chatsdk.core.http.HttpPipeline}). Meant for backend modules; application
 * code normally does not use it directly.
 */
@NullMarked
package dev.chatsdk.core.http;

import org.jspecify.annotations.NullMarked;
