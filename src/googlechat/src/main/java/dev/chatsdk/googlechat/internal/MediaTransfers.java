package dev.chatsdk.googlechat.internal;

import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.core.http.MultipartContent;
import dev.chatsdk.core.http.ResponseHandler;
import dev.chatsdk.googlechat.MediaApi;
import dev.chatsdk.googlechat.model.UploadAttachmentRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The media parts of the generated {@link MediaApi}: the {@code multipart/related} upload body, the
 * download query, and response handlers that stream a download into a stream or a file.
 */
public final class MediaTransfers {
  private static final int BUFFER = 64 * 1024;

  private MediaTransfers() {}

  /**
   * A JSON part with the file name, then the file's bytes; checks the size limit when it is known.
   *
   * @param request the upload request being built; gets the {@code uploadType} query and the body
   * @param file the attachment to send; not null
   * @throws NullPointerException when {@code file} is null
   * @throws IllegalArgumentException when {@code file} is longer than {@link MediaApi#MAX_UPLOAD_BYTES}
   */
  public static void upload(ApiRequest.Builder request, FileSource file) {
    Require.nonNull(file, "file");
    if (file.length() > MediaApi.MAX_UPLOAD_BYTES) {
      throw new IllegalArgumentException("file is " + file.length()
          + " bytes; Google Chat accepts attachments of at most " + MediaApi.MAX_UPLOAD_BYTES + " bytes ("
          + (MediaApi.MAX_UPLOAD_BYTES >> 20) + " MB)");
    }
    UploadAttachmentRequest metadata = UploadAttachmentRequest.builder().filename(file.fileName()).build();
    request.query("uploadType", "multipart")
        .multipartBody(MultipartContent.related().jsonPart(metadata).filePart(file));
  }

  /**
   * Asks for the bytes rather than the metadata.
   *
   * @param request the download request being built; gets {@code alt=media} and a catch-all {@code Accept}
   */
  public static void download(ApiRequest.Builder request) {
    request.query("alt", "media").header("Accept", "*/*");
  }

  /**
   * Copies the body into {@code out}; a break after the first byte is final (no retry).
   *
   * @param out where the downloaded bytes go; flushed at the end but not closed
   * @return a handler that answers with the number of bytes copied
   * @throws NullPointerException when {@code out} is null
   */
  public static ResponseHandler<Long> toStream(OutputStream out) {
    Require.nonNull(out, "out");
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

  /**
   * Streams the body into a temporary file beside {@code target}, then moves it into place.
   *
   * @param target the file to create or replace; its directory must exist
   * @return a handler that answers with the number of bytes written
   * @throws NullPointerException when {@code target} is null
   * @throws IllegalArgumentException when {@code target} is a directory or its directory does not exist
   */
  public static ResponseHandler<Long> toFile(Path target) {
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
