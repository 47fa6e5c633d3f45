package dev.chatsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tours, traced: every call is one client span with only the documented attributes. */
class ObservedTourTest {
  private static final Set<String> SPAN_KEYS = Set.of("http.request.method", "http.response.status_code",
      "http.request.resend_count", "server.address", "server.port", "error.type", "chatsdk.service",
      "chatsdk.operation", "chatsdk.attempt_count", "chatsdk.request_id");

  @Test
  void everyTourCallIsTracedAndMeasured() {
    ObservedTour.Export export = ObservedTour.run(new PrintStream(OutputStream.nullOutputStream()));

    assertThat(export.spans).isNotEmpty().allSatisfy(s -> {
      assertThat(s.getKind()).isEqualTo(SpanKind.CLIENT);
      assertThat(s.getName()).matches("(stream|chat)\\.[A-Za-z.]+");
      assertThat(s.getAttributes().asMap().keySet().stream().map(k -> k.getKey())).isSubsetOf(SPAN_KEYS);
    });
    Set<String> names = export.spans.stream().map(SpanData::getName).collect(Collectors.toSet());
    assertThat(names).contains("stream.sendMessage");
    // "chat.spaces.messagesCreate" today, "chat.spaces.messages.create" once the generator names it so
    assertThat(names).anyMatch(n -> n.startsWith("chat.spaces.messages"));
    assertThat(export.metrics.stream().map(MetricData::getName)).contains("chatsdk.client.call.duration");

    ByteArrayOutputStream dump = new ByteArrayOutputStream();
    ObservedTour.print(export, new PrintStream(dump, true, StandardCharsets.UTF_8));
    String text = dump.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("stream.sendMessage CLIENT").doesNotContain("eyJ").doesNotContain("Bearer");
  }
}
