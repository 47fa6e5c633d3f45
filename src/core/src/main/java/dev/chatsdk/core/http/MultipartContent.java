package dev.chatsdk.core.http;

import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.ChatJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * A multipart request body: {@code multipart/form-data} (named fields, as Stream uploads use) or
 * {@code multipart/related} (unnamed parts, as Google media uploads use). File parts stream from
 * their {@link FileSource}.
 */
public final class MultipartContent {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final MediaType TEXT = MediaType.get("text/plain; charset=UTF-8");
  private static final MediaType RELATED = MediaType.get("multipart/related");

  private final boolean form;
  private final List<MultipartBody.Part> parts = new ArrayList<>();
  private final List<FileSource> files = new ArrayList<>();

  private MultipartContent(boolean form) {
    this.form = form;
  }

  /**
   * A {@code multipart/form-data} body.
   *
   * @return an empty form body; add parts with {@link #field}, {@link #jsonField} and {@link #file}
   */
  public static MultipartContent form() {
    return new MultipartContent(true);
  }

  /**
   * A {@code multipart/related} body.
   *
   * @return an empty related body; add parts with {@link #jsonPart} and {@link #filePart}
   */
  public static MultipartContent related() {
    return new MultipartContent(false);
  }

  /**
   * A form field with a plain text value.
   *
   * @param name non-blank field name
   * @param value the text sent as {@code text/plain; charset=UTF-8}; not null
   * @return this body
   * @throws IllegalStateException if this is a {@code multipart/related} body
   */
  public MultipartContent field(String name, String value) {
    requireForm();
    Require.nonNull(value, name);
    parts.add(MultipartBody.Part.createFormData(Require.nonBlank(name, "name"), null, RequestBody.create(value, TEXT)));
    return this;
  }

  /**
   * A form field whose value is written as JSON.
   *
   * @param name non-blank field name
   * @param value object serialized with {@link ChatJson} when the part is added; not null
   * @return this body
   * @throws IllegalStateException if this is a {@code multipart/related} body
   */
  public MultipartContent jsonField(String name, Object value) {
    requireForm();
    Require.nonNull(value, name);
    parts.add(MultipartBody.Part.createFormData(
        Require.nonBlank(name, "name"), null, RequestBody.create(ChatJson.toBytes(value), JSON)));
    return this;
  }

  /**
   * A form field carrying a file, with its file name and content type.
   *
   * @param name non-blank field name
   * @param file the content, file name and content type of the upload; not null
   * @return this body
   * @throws IllegalStateException if this is a {@code multipart/related} body
   */
  public MultipartContent file(String name, FileSource file) {
    requireForm();
    Require.nonNull(file, name);
    parts.add(MultipartBody.Part.createFormData(Require.nonBlank(name, "name"), file.fileName(), file.toRequestBody()));
    files.add(file);
    return this;
  }

  /**
   * An unnamed JSON part ({@code multipart/related} only).
   *
   * @param value object serialized with {@link ChatJson} when the part is added; not null
   * @return this body
   * @throws IllegalStateException if this is a {@code multipart/form-data} body
   */
  public MultipartContent jsonPart(Object value) {
    requireRelated();
    Require.nonNull(value, "value");
    parts.add(MultipartBody.Part.create((Headers) null, RequestBody.create(ChatJson.toBytes(value), JSON)));
    return this;
  }

  /**
   * An unnamed file part ({@code multipart/related} only).
   *
   * @param file the content and content type of the part; not null
   * @return this body
   * @throws IllegalStateException if this is a {@code multipart/form-data} body
   */
  public MultipartContent filePart(FileSource file) {
    requireRelated();
    Require.nonNull(file, "file");
    parts.add(MultipartBody.Part.create((Headers) null, file.toRequestBody()));
    files.add(file);
    return this;
  }

  private void requireForm() {
    if (!form) {
      throw new IllegalStateException("named fields belong to multipart/form-data bodies");
    }
  }

  private void requireRelated() {
    if (form) {
      throw new IllegalStateException("unnamed parts belong to multipart/related bodies");
    }
  }

  /** Whether every part can be sent more than once. */
  boolean isRepeatable() {
    for (FileSource f : files) {
      if (!f.isRepeatable()) {
        return false;
      }
    }
    return true;
  }

  /** Closes the streams of one-shot sources (a no-op for files and byte arrays). */
  void releaseOneShotSources() {
    files.forEach(FileSource::releaseStream);
  }

  List<FileSource> files() {
    return Collections.unmodifiableList(files);
  }

  RequestBody toRequestBody() {
    if (parts.isEmpty()) {
      throw new IllegalStateException("a multipart body needs at least one part");
    }
    MultipartBody.Builder builder = new MultipartBody.Builder().setType(form ? MultipartBody.FORM : RELATED);
    parts.forEach(builder::addPart);
    return builder.build();
  }
}
