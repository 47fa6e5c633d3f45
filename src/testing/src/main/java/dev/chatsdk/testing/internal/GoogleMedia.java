package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Google Chat attachments and media: upload, download, attachment metadata. */
final class GoogleMedia {
  private final GoogleStore st;

  GoogleMedia(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("spaces.messages.attachments.get", (r, c) -> getAttachment(GoogleMessages.messageName(r),
        GoogleMessages.messageName(r) + "/attachments/" + r.param("attachmentsId")));
    svc.stateful("media.upload", (r, c) -> upload(r, GoogleSpaces.spaceName(r)));
    svc.stateful("media.download", (r, c) -> download(r, r.param("resourceName")));
  }

  private Response getAttachment(String messageName, String name) {
    ObjectNode msg = st.message(messageName);
    for (JsonNode a : msg.path("attachment")) {
      if (name.equals(Json.text(a, "name"))) {
        return GoogleStore.ok(a.deepCopy());
      }
    }
    throw GoogleStore.notFound("Attachment " + name);
  }


  // ------------------------------------------------------------------ st.media

  private Response upload(Request req, String parent) {
    if (!parent.matches("spaces/[^/]+")) {
      throw GoogleStore.invalid("parent", "parent must look like spaces/{space}");
    }
    st.space(parent);
    String uploadType = req.query("uploadType");
    if (uploadType != null && !uploadType.equals("multipart")) {
      throw GoogleStore.invalid("uploadType", "the emulator accepts uploadType=multipart only, got " + uploadType);
    }
    String contentType = req.header("Content-Type");
    if (!Multipart.mediaType(contentType).equals("multipart/related")) {
      throw GoogleStore.invalid("Content-Type", "a st.media upload is multipart/related (JSON metadata part, then the file), got "
          + contentType);
    }
    List<Multipart.Part> parts = Multipart.parse(contentType, req.body());
    if (parts.size() != 2) {
      throw GoogleStore.invalid("body", "a st.media upload has exactly two parts: JSON metadata and the file, got " + parts.size());
    }
    ObjectNode meta = Json.parseObject(parts.get(0).content(), "metadata part");
    GoogleStore.rejectUnknown(meta, GoogleStore.set("filename"), "UploadAttachmentRequest");
    String filename = Json.text(meta, "filename");
    if (filename == null || filename.isEmpty()) {
      throw GoogleStore.invalid("filename", "filename is required in the metadata part");
    }
    Multipart.Part file = parts.get(1);
    if (file.content().length > 200L * 1024 * 1024) {
      throw EmulatorError.of(413, "OUT_OF_RANGE", "files are limited to 200 MB");
    }
    String type = file.contentType() == null ? "application/octet-stream" : file.contentType();
    String resource = parent + "/attachments/" + UUID.randomUUID().toString().replace("-", "");
    st.media.put(resource, new GoogleStore.Media(parent, filename, type, file.content()));
    ObjectNode out = Json.object();
    ObjectNode ref = out.putObject("attachmentDataRef");
    ref.put("resourceName", resource);
    ref.put("attachmentUploadToken", Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("emulator:" + resource).getBytes(StandardCharsets.UTF_8)));
    return GoogleStore.ok(out);
  }

  private Response download(Request req, String resourceName) {
    GoogleStore.Media md = st.media.get(resourceName);
    if (md == null) {
      throw GoogleStore.notFound("GoogleStore.Media " + resourceName);
    }
    if (!"media".equals(req.query("alt"))) {
      ObjectNode out = Json.object();
      out.put("resourceName", resourceName);
      return GoogleStore.ok(out);
    }
    return new Response(200, md.contentType, md.bytes);
  }

  /** A copy of a stored message, or null. */

}
