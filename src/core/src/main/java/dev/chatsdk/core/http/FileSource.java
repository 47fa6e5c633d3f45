package dev.chatsdk.core.http;

import dev.chatsdk.core.Require;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;
import org.jspecify.annotations.Nullable;

/**
 * The content of an upload: a file, a byte array or a stream, with its file name and content type.
 * Files and streams are copied to the socket in small chunks, never loaded whole into memory.
 *
 * <p>A {@link Path} or {@code byte[]} can be sent again, so uploads from them are retried like any
 * other call. An {@link InputStream} can be read only once: an upload from one is retried only if it
 * failed before any byte was sent. The stream is closed when the call ends, whether or not it was sent.
 */
public final class FileSource {
  private final String fileName;
  private final String contentType;
  private final @Nullable Path path;
  private final byte @Nullable [] bytes;
  private final @Nullable InputStream stream;
  private final long length;

  private FileSource(String fileName, String contentType, @Nullable Path path,
      byte @Nullable [] bytes, @Nullable InputStream stream, long length) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.path = path;
    this.bytes = bytes;
    this.stream = stream;
    this.length = length;
  }

  /**
   * A file on disk; its name is the file name unless {@code fileName} is given.
   *
   * @param path a readable regular file; its size is read now
   * @param contentType a valid media type, for example {@code image/png}
   * @return a repeatable source streaming the file
   * @throws IllegalArgumentException if the path is not a regular file or cannot be read, or the
   *     content type is invalid
   */
  public static FileSource of(Path path, String contentType) {
    Require.nonNull(path, "path");
    Path name = path.getFileName();
    return of(path, name == null ? "file" : name.toString(), contentType);
  }

  /**
   * A file on disk, sent under the given file name.
   *
   * @param path a readable regular file; its size is read now
   * @param fileName the name the server sees; non-blank, without control characters
   * @param contentType a valid media type, for example {@code image/png}
   * @return a repeatable source streaming the file
   * @throws IllegalArgumentException if the path is not a readable regular file, or the name or the
   *     content type is invalid
   */
  public static FileSource of(Path path, String fileName, String contentType) {
    Require.nonNull(path, "path");
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("path must be a readable regular file: " + path);
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new IllegalArgumentException("path cannot be read: " + path, e);
    }
    return new FileSource(checkName(fileName), checkType(contentType), path, null, null, size);
  }

  /**
   * Content held in memory. The array is not copied: do not change it until the call has ended.
   *
   * @param bytes the content; not null
   * @param fileName the name the server sees; non-blank, without control characters
   * @param contentType a valid media type, for example {@code application/pdf}
   * @return a repeatable source of the bytes
   * @throws IllegalArgumentException if the name or the content type is invalid
   */
  public static FileSource of(byte[] bytes, String fileName, String contentType) {
    Require.nonNull(bytes, "bytes");
    return new FileSource(checkName(fileName), checkType(contentType), null, bytes, null, bytes.length);
  }

  /**
   * A stream of unknown or known length ({@code -1} when unknown). The stream is read once and
   * closed by the SDK when the call ends, whether or not it was sent.
   *
   * @param stream the content; read at most once and then closed by the SDK
   * @param length the number of bytes the stream will deliver, or {@code -1} if unknown
   * @param fileName the name the server sees; non-blank, without control characters
   * @param contentType a valid media type
   * @return a one-shot source reading the stream
   * @throws IllegalArgumentException if the length is below -1, or the name or the content type is invalid
   */
  public static FileSource of(InputStream stream, long length, String fileName, String contentType) {
    Require.nonNull(stream, "stream");
    if (length < -1) {
      throw new IllegalArgumentException("length must be -1 (unknown) or >= 0, got " + length);
    }
    return new FileSource(checkName(fileName), checkType(contentType), null, null, stream, length);
  }

  /** Non-ASCII names are fine (OkHttp writes them in the part header as UTF-8); control characters are not. */
  private static String checkName(String fileName) {
    Require.nonBlank(fileName, "fileName");
    for (int i = 0; i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      if (c < ' ' || c == 0x7f) {
        throw new IllegalArgumentException("fileName contains a control character");
      }
    }
    return fileName;
  }

  private static String checkType(String contentType) {
    Require.nonBlank(contentType, "contentType");
    if (MediaType.parse(contentType) == null) {
      throw new IllegalArgumentException("contentType is not a valid media type: " + contentType);
    }
    return contentType;
  }

  /**
   * The file name sent in the part header.
   *
   * @return the non-blank file name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The media type sent as the part's {@code Content-Type}.
   *
   * @return the valid media type, for example {@code image/png}
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Length in bytes, or -1 when unknown.
   *
   * @return the content length in bytes, or {@code -1} for a stream of unknown length
   */
  public long length() {
    return length;
  }

  /**
   * Whether the content can be sent more than once.
   *
   * @return true for files and byte arrays, false for streams
   */
  public boolean isRepeatable() {
    return stream == null;
  }

  /** Closes the caller's stream, if this source has one; errors on close are ignored. */
  void releaseStream() {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // nothing useful to do: the call has ended either way
      }
    }
  }

  RequestBody toRequestBody() {
    MediaType type = MediaType.get(contentType);
    if (bytes != null) {
      return RequestBody.create(bytes, type);
    }
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return length;
      }

      @Override
      public boolean isOneShot() {
        return stream != null;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        if (path != null) {
          try (Source source = Okio.source(path)) {
            sink.writeAll(source);
          }
        } else {
          try (Source source = Okio.source(stream)) {
            sink.writeAll(source);
          }
        }
      }
    };
  }

  @Override
  public String toString() {
    return "FileSource{fileName=" + fileName + ", contentType=" + contentType + ", length=" + length + '}';
  }
}
