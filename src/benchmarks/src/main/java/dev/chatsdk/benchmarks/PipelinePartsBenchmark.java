package dev.chatsdk.benchmarks;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Pieces of per-call work that the SDK does and a hand-written client does not (or does once),
 * reproduced with the same library calls so each can be priced alone. The {@code Findings} in
 * docs/benchmarks.md cite these numbers; each method names the SDK code it mirrors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PipelinePartsBenchmark {
  private String baseUrl = "https://chat.stream-io-api.com";
  private String path = "/channels/messaging/release-2024/message";
  private HttpUrl parsedBaseUrl = HttpUrl.get(baseUrl);
  private HttpUrl googleUrl = HttpUrl.get(
      "https://chat.googleapis.com/v1/spaces/AAQAtjsc9v4/messages?requestId=0b7c6f0e-3f51-4a53-9d0e-6d7b4f1f2c11");
  private Headers responseHeaders = Fixtures.apiResponseHeaders()
      .add("Content-Type", "application/json; charset=utf-8")
      .add("Content-Length", "1912")
      .build();
  private String timestamp = "2024-05-01T10:05:30.512345Z";

  /** A hand-written client: parse the URL text once, add the query, build once. */
  @Benchmark
  public HttpUrl urlBuiltOnce() {
    return HttpUrl.get(baseUrl + path).newBuilder().addQueryParameter("api_key", "bench-key").build();
  }

  /**
   * What HttpPipeline did per call before finding 4: parse base + path, build the URL before
   * authentication (for the log and Target.uri()), let the authenticator add {@code api_key}, build again.
   */
  @Benchmark
  public HttpUrl urlBuiltTwice() {
    HttpUrl.Builder url = HttpUrl.get(baseUrl + path).newBuilder();
    HttpUrl unauthenticated = url.build();
    url.addQueryParameter("api_key", "bench-key");
    HttpUrl sent = url.build();
    return unauthenticated.querySize() > sent.querySize() ? unauthenticated : sent;
  }

  /** What HttpPipeline does now: from the base URL parsed once per client, the host is not canonicalised again. */
  @Benchmark
  public HttpUrl urlFromParsedBase() {
    return parsedBaseUrl.newBuilder().encodedPath(path).addQueryParameter("api_key", "bench-key").build();
  }

  /** OkHttp's own route to Target.uri(), which GoogleAuthenticator called on every attempt before it used Target.origin(). */
  @Benchmark
  public URI httpUrlToUri() {
    return googleUrl.uri();
  }

  /** A cheaper route to the same {@link URI}: parse OkHttp's already-encoded URL text once. */
  @Benchmark
  public URI httpUrlToUriViaString() {
    return URI.create(googleUrl.toString());
  }

  /** The eager copy HttpPipeline made of every response's headers before HeaderMap (finding 3), kept as the reference cost. */
  @Benchmark
  public Map<String, List<String>> responseHeaderMap() {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : responseHeaders.names()) {
      map.put(name, Collections.unmodifiableList(new ArrayList<>(responseHeaders.values(name))));
    }
    return Collections.unmodifiableMap(map);
  }

  /** ChatJson.Rfc3339InstantDeserializer's first attempt for every timestamp. */
  @Benchmark
  public Instant timestampOffsetDateTimeParse() {
    return OffsetDateTime.parse(timestamp).toInstant();
  }

  /** The JDK's parser for the {@code Z} form only. */
  @Benchmark
  public Instant timestampInstantParse() {
    return Instant.parse(timestamp);
  }

  /** What a fixed-layout RFC 3339 reader costs (sketch for Finding 1; falls back to the JDK). */
  @Benchmark
  public Instant timestampFixedLayoutParse() {
    return parseRfc3339(timestamp);
  }

  /**
   * Reads {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)} by position; anything else (leap second,
   * odd layout) goes to {@link OffsetDateTime#parse}, so results never differ from the JDK's.
   */
  static Instant parseRfc3339(String s) {
    int n = s.length();
    if (n >= 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && (s.charAt(10) == 'T' || s.charAt(10) == 't')
        && s.charAt(13) == ':' && s.charAt(16) == ':') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 2);
      int day = digits(s, 8, 2);
      int hour = digits(s, 11, 2);
      int minute = digits(s, 14, 2);
      int second = digits(s, 17, 2);
      int i = 19;
      int nanos = 0;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          nanos = nanos * 10 + (s.charAt(i++) - '0');
        }
        for (int k = i - start; k < 9; k++) {
          nanos *= 10;
        }
        if (i == start) {
          year = -1;
        }
      }
      int offsetSeconds = Integer.MIN_VALUE;
      if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
        offsetSeconds = 0;
      } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
        int oh = digits(s, i + 1, 2);
        int om = digits(s, i + 4, 2);
        if (oh >= 0 && oh < 18 && om >= 0 && om < 60) {
          offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        }
      }
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()
          && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60
          && offsetSeconds != Integer.MIN_VALUE) {
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds, nanos);
      }
    }
    return OffsetDateTime.parse(s).toInstant();
  }

  /** The value of {@code len} ASCII digits at {@code at}, or -1. */
  private static int digits(String s, int at, int len) {
    int v = 0;
    for (int i = at; i < at + len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
