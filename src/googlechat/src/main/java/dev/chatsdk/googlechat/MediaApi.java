package dev.chatsdk.googlechat;

import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.core.http.MultipartContent;
import dev.chatsdk.core.http.ResponseHandler;
import dev.chatsdk.googlechat.internal.ResourceNames;
import dev.chatsdk.googlechat.model.UploadAttachmentRequest;
import dev.chatsdk.googlechat.model.UploadAttachmentResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;

/**
 * Attachment upload and download. Get it from {@link GoogleChatClient#media()}. File contents are
 * streamed in both directions, never held whole in memory.
 *
 * <p>To send a file: {@link #upload} it to the space, then put the returned {@code
 * attachmentDataRef} on an {@code Attachment} of the message you create with {@link
 * SpacesApi#messagesCreate}. To fetch one: read the attachment's {@code
 * attachmentDataRef.resourceName} (from the message or {@link SpacesApi#messagesAttachmentsGet})
 * and {@link #download} it.
 */
public final class MediaApi {
  /** The largest attachment the service accepts: 200 MB. */
  public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

  private static final ResponseHandler<UploadAttachmentResponse> UPLOADED =
      ResponseHandler.json(UploadAttachmentResponse.class);
  private static final int BUFFER = 64 * 1024;

  private final Calls calls;

  MediaApi(Calls calls) {
    this.calls = calls;
  }

  // ---- upload: POST /upload/v1/{parent}/attachments:upload?uploadType=multipart

  /**
   * Uploads a file as a {@code multipart/related} request (a JSON part with the file name, then
   * the file's bytes with its content type) and returns the reference to attach to a message.
   * Files longer than {@link #MAX_UPLOAD_BYTES} are rejected before any I/O when their length is
   * known (a stream of unknown length is sent and the service rejects it). Like any POST without an
   * idempotency id it is retried after a possibly-processed failure only with {@link
   * RequestOptions#idempotencyKey()} (a repeated upload only leaves an unused copy), and never from an
   * {@link InputStream} once bytes were sent. User
   * authentication only ({@code chat.messages.create}, {@code chat.messages} or {@code
   * chat.import}).
   *
   * @param parent the space, {@code spaces/{space}}
   * @param file the content with its file name and content type
   * @param options per-call overrides
   */
  public UploadAttachmentResponse upload(String parent, FileSource file, RequestOptions options) {
    return uploadWithHttpInfo(parent, file, options).data();
  }

  /** {@link #upload} with default options. */
  public UploadAttachmentResponse upload(String parent, FileSource file) {
    return upload(parent, file, RequestOptions.none());
  }

  /** {@link #upload}, returning the status and headers with the result. */
  public ApiResponse<UploadAttachmentResponse> uploadWithHttpInfo(String parent, FileSource file, RequestOptions options) {
    return calls.execute(uploadRequest(parent, file, options), UPLOADED, options);
  }

  /** {@link #uploadWithHttpInfo} with default options. */
  public ApiResponse<UploadAttachmentResponse> uploadWithHttpInfo(String parent, FileSource file) {
    return uploadWithHttpInfo(parent, file, RequestOptions.none());
  }

  /** {@link #upload} without blocking; input is checked before this method returns. */
  public CompletableFuture<UploadAttachmentResponse> uploadAsync(String parent, FileSource file, RequestOptions options) {
    return calls.async(uploadRequest(parent, file, options), UPLOADED, options);
  }

  /** {@link #uploadAsync} with default options. */
  public CompletableFuture<UploadAttachmentResponse> uploadAsync(String parent, FileSource file) {
    return uploadAsync(parent, file, RequestOptions.none());
  }

  private static ApiRequest uploadRequest(String parent, FileSource file, RequestOptions options) {
    Require.nonNull(file, "file");
    if (file.length() > MAX_UPLOAD_BYTES) {
      throw new IllegalArgumentException("file is " + file.length()
          + " bytes; Google Chat accepts attachments of at most " + MAX_UPLOAD_BYTES + " bytes (200 MB)");
    }
    ApiRequest.Builder request = ApiRequest.builder("media.upload", "POST", "/upload/v1/{parent}/attachments:upload");
    ResourceNames.SPACE.fill(request, "parent", parent);
    UploadAttachmentRequest metadata = UploadAttachmentRequest.builder().filename(file.fileName()).build();
    request.query("uploadType", "multipart")
        .multipartBody(MultipartContent.related().jsonPart(metadata).filePart(file));
    return request.build();
  }

  // ---- download: GET /v1/media/{resourceName}?alt=media

  /**
   * Downloads an attachment's bytes into {@code out}, copying as they arrive, and returns how many
   * were written. The stream is flushed, not closed. If the connection breaks after some bytes
   * were written the call fails with {@link ApiConnectionException} and is not retried (the stream
   * cannot be rewound); failures before the first byte are retried as usual. App authentication
   * ({@code chat.bot}) or user authentication ({@code chat.messages.readonly} or {@code
   * chat.messages}).
   *
   * @param resourceName the attachment's {@code attachmentDataRef.resourceName}
   * @param out where the bytes go
   * @param options per-call overrides
   */
  public long download(String resourceName, OutputStream out, RequestOptions options) {
    return downloadWithHttpInfo(resourceName, out, options).data();
  }

  /** {@link #download(String, OutputStream, RequestOptions)} with default options. */
  public long download(String resourceName, OutputStream out) {
    return download(resourceName, out, RequestOptions.none());
  }

  /** {@link #download(String, OutputStream, RequestOptions)}, with status and headers. */
  public ApiResponse<Long> downloadWithHttpInfo(String resourceName, OutputStream out, RequestOptions options) {
    return calls.execute(downloadRequest(resourceName), toStream(Require.nonNull(out, "out")), options);
  }

  /** {@link #downloadWithHttpInfo(String, OutputStream, RequestOptions)} with default options. */
  public ApiResponse<Long> downloadWithHttpInfo(String resourceName, OutputStream out) {
    return downloadWithHttpInfo(resourceName, out, RequestOptions.none());
  }

  /** {@link #download(String, OutputStream, RequestOptions)} without blocking (the copy runs on an HTTP thread). */
  public CompletableFuture<Long> downloadAsync(String resourceName, OutputStream out, RequestOptions options) {
    return calls.async(downloadRequest(resourceName), toStream(Require.nonNull(out, "out")), options);
  }

  /** {@link #downloadAsync(String, OutputStream, RequestOptions)} with default options. */
  public CompletableFuture<Long> downloadAsync(String resourceName, OutputStream out) {
    return downloadAsync(resourceName, out, RequestOptions.none());
  }

  /**
   * Downloads an attachment into the file {@code target} and returns its size. The bytes go to a
   * temporary file next to {@code target}, which replaces {@code target} only once the download is
   * complete, so a failed or retried download never leaves a partial file behind.
   *
   * @param resourceName the attachment's {@code attachmentDataRef.resourceName}
   * @param target the file to create or replace; its directory must exist
   * @param options per-call overrides
   */
  public long download(String resourceName, Path target, RequestOptions options) {
    return downloadWithHttpInfo(resourceName, target, options).data();
  }

  /** {@link #download(String, Path, RequestOptions)} with default options. */
  public long download(String resourceName, Path target) {
    return download(resourceName, target, RequestOptions.none());
  }

  /** {@link #download(String, Path, RequestOptions)}, with status and headers. */
  public ApiResponse<Long> downloadWithHttpInfo(String resourceName, Path target, RequestOptions options) {
    return calls.execute(downloadRequest(resourceName), toFile(target), options);
  }

  /** {@link #downloadWithHttpInfo(String, Path, RequestOptions)} with default options. */
  public ApiResponse<Long> downloadWithHttpInfo(String resourceName, Path target) {
    return downloadWithHttpInfo(resourceName, target, RequestOptions.none());
  }

  /** {@link #download(String, Path, RequestOptions)} without blocking. */
  public CompletableFuture<Long> downloadAsync(String resourceName, Path target, RequestOptions options) {
    return calls.async(downloadRequest(resourceName), toFile(target), options);
  }

  /** {@link #downloadAsync(String, Path, RequestOptions)} with default options. */
  public CompletableFuture<Long> downloadAsync(String resourceName, Path target) {
    return downloadAsync(resourceName, target, RequestOptions.none());
  }

  private static ApiRequest downloadRequest(String resourceName) {
    ApiRequest.Builder request = ApiRequest.builder("media.download", "GET", "/v1/media/{resourceName}");
    ResourceNames.MEDIA.fill(request, "resourceName", resourceName);
    return request.query("alt", "media").header("Accept", "*/*").build();
  }

  /** Copies the body into {@code out}; a break after the first byte is final (no retry). */
  private static ResponseHandler<Long> toStream(OutputStream out) {
    return (status, body) -> {
      long copied = 0;
      byte[] buffer = new byte[BUFFER];
      try (InputStream in = body.byteStream()) {
        int n;
        while ((n = in.read(buffer)) != -1) {
          write(out, buffer, n);
          copied += n;
        }
        flush(out);
        return copied;
      } catch (IOException e) {
        if (copied > 0) {
          throw new ApiConnectionException("media.download", "download broke off after " + copied
              + " bytes had been written to the output stream; not retried because they cannot be taken back", e);
        }
        throw e; // nothing written yet: the pipeline may retry
      }
    };
  }

  private static void write(OutputStream out, byte[] buffer, int n) {
    try {
      out.write(buffer, 0, n);
    } catch (IOException e) {
      throw new ChatException("download: writing to the caller's output stream failed", e);
    }
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new ChatException("download: flushing the caller's output stream failed", e);
    }
  }

  /** Streams the body into a temporary file beside {@code target}, then moves it into place. */
  private static ResponseHandler<Long> toFile(Path target) {
    Require.nonNull(target, "target");
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("target's directory does not exist: " + target);
    }
    if (Files.isDirectory(target)) {
      throw new IllegalArgumentException("target is a directory: " + target);
    }
    return (status, body) -> {
      Path partial = Files.createTempFile(dir, ".chatsdk-download-", ".part");
      boolean moved = false;
      try {
        long size;
        try (InputStream in = body.byteStream(); OutputStream out = Files.newOutputStream(partial)) {
          size = in.transferTo(out);
        }
        try {
          Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
        return size;
      } finally {
        if (!moved) {
          Files.deleteIfExists(partial);
        }
      }
    };
  }
}
