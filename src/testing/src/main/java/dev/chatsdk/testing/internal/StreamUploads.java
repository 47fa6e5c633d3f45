package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
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
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Stream file and image uploads, served back without auth. */
final class StreamUploads {
  private final StreamStore st;

  StreamUploads(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("UploadFile", (r, c) -> upload(r, c, r.param("type"), r.param("id"), false, r.startNanos()));
    svc.stateful("UploadImage", (r, c) -> upload(r, c, r.param("type"), r.param("id"), true, r.startNanos()));
    svc.stateful("DeleteFile", (r, c) -> deleteUpload(r, r.param("type"), r.param("id"), r.startNanos()));
    svc.stateful("DeleteImage", (r, c) -> deleteUpload(r, r.param("type"), r.param("id"), r.startNanos()));
  }

  // ------------------------------------------------------------------ uploads

  private Response upload(Request req, StreamStore.Caller caller, String type, String id, boolean image, long start) {
    String contentType = req.header("Content-Type");
    if (!Multipart.mediaType(contentType).equals("multipart/form-data")) {
      throw EmulatorError.badRequest("uploads must be multipart/form-data, got " + contentType);
    }
    Multipart.Part file = null;
    ObjectNode user = null;
    JsonNode sizes = null;
    for (Multipart.Part p : Multipart.parse(contentType, req.body())) {
      String name = p.name();
      if ("file".equals(name)) {
        file = p;
      } else if ("user".equals(name)) {
        user = Json.parseObject(p.content(), "user");
      } else if ("upload_sizes".equals(name)) {
        sizes = Json.parse(p.content(), "upload_sizes");
        if (!sizes.isArray()) {
          throw EmulatorError.badField("upload_sizes", "upload_sizes must be a JSON array");
        }
      }
    }
    if (file == null) {
      throw EmulatorError.badField("file", "file is a required field");
    }
    if (!image && sizes != null) {
      throw EmulatorError.badField("upload_sizes", "upload_sizes is only accepted by image uploads");
    }
    String userId = caller.server ? (user == null ? null : Json.text(user, "id")) : caller.userId;
    if (userId == null || userId.isEmpty()) {
      throw EmulatorError.badField("user", "user (with its id) is required when uploading with server side auth");
    }
    String partType = file.contentType() == null ? "application/octet-stream" : file.contentType();
    if (image && !Multipart.mediaType(partType).startsWith("image/")) {
      throw EmulatorError.badField("file", "file type " + partType + " is not an image");
    }
    String filename = file.filename() == null || file.filename().isEmpty() ? "file" : file.filename();
    StreamStore.Channel ch = st.channel(type, id, true, userId);
    String key = (image ? "images/" : "files/") + ch.type + "/" + ch.id + "/" + UUID.randomUUID() + "/"
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    st.uploads.put(key, new StreamStore.Upload(ch.cid, partType, file.content()));
    String url = st.baseUrl + "/uploads/" + key;
    ObjectNode out = Json.object();
    out.put("file", url);
    if (image) {
      out.put("thumb_url", url);
      ArrayNode echoed = out.putArray("upload_sizes");
      if (sizes != null) {
        for (JsonNode s : sizes) {
          ObjectNode size = Json.object();
          size.put("crop", s.path("crop").asText("center"));
          size.put("resize", s.path("resize").asText("clip"));
          size.put("height", s.path("height").asInt(0));
          size.put("width", s.path("width").asInt(0));
          echoed.add(size);
        }
      }
    }
    return st.ok(201, out, start);
  }

  private Response deleteUpload(Request req, String type, String id, long start) {
    String url = req.query("url");
    if (url == null || url.isEmpty()) {
      throw EmulatorError.badField("url", "url is a required query parameter");
    }
    st.checkChannel(type, id);
    String prefix = st.baseUrl + "/uploads/";
    String key = url.startsWith(prefix) ? url.substring(prefix.length()) : null;
    if (key != null && key.contains("?")) {
      key = key.substring(0, key.indexOf('?'));
    }
    StreamStore.Upload u = key == null ? null : st.uploads.get(key);
    if (u == null || !u.cid.equals(type + ":" + id)) {
      throw EmulatorError.notFound("no file with this URL was uploaded to channel " + type + ":" + id);
    }
    st.uploads.remove(key);
    return st.ok(200, Json.object(), start);
  }

  Response serve(Request req) {
    String key = req.rawPath().substring("/uploads/".length());
    StreamStore.Upload u = st.uploads.get(key);
    if (u == null) {
      throw EmulatorError.notFound("no uploaded file at " + req.rawPath());
    }
    return new Response(200, u.contentType, u.bytes).header("Cache-Control", "no-store");
  }
}
