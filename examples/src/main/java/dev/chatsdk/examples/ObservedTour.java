package dev.chatsdk.examples;

import dev.chatsdk.opentelemetry.ChatSdkTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the three tours against the embedded emulator with {@link ChatSdkTelemetry} on both clients,
 * then prints the spans and metrics an exporter would have received (docs/observability.md shows
 * the output of a real run).
 *
 * <pre>mvn -B -q -pl examples -am package -DskipTests &amp;&amp; java -cp ... dev.chatsdk.examples.ObservedTour</pre>
 */
public final class ObservedTour {
  private ObservedTour() {}

  /** What the tours exported. */
  public static final class Export {
    public final List<SpanData> spans;
    public final List<MetricData> metrics;

    Export(List<SpanData> spans, List<MetricData> metrics) {
      this.spans = spans;
      this.metrics = metrics;
    }
  }

  public static void main(String[] args) {
    Export export = run(new PrintStream(OutputStream.nullOutputStream()));
    print(export, System.out);
  }

  /** Runs the tours (their own output goes to {@code tourOutput}) and collects what was exported. */
  public static Export run(PrintStream tourOutput) {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    InMemoryMetricReader metrics = InMemoryMetricReader.create();
    try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .build()) {
      ChatSdkTelemetry telemetry = ChatSdkTelemetry.create(otel);
      try (Backends backends = Backends.emulated(tourOutput, telemetry)) {
        Tour.runAll(backends, tourOutput);
      }
      return new Export(spans.getFinishedSpanItems(), List.copyOf(metrics.collectAllMetrics()));
    }
  }

  /** A plain-text dump: one line per span (events indented), then one line per metric point. */
  public static void print(Export export, PrintStream out) {
    out.println("# spans (" + export.spans.size() + ")");
    for (SpanData s : export.spans) {
      long ms = TimeUnit.NANOSECONDS.toMillis(s.getEndEpochNanos() - s.getStartEpochNanos());
      out.printf(Locale.ROOT, "%s %s %s %d ms %s%n", s.getName(), s.getKind(), s.getStatus().getStatusCode(), ms,
          attributes(s.getAttributes()));
      for (EventData e : s.getEvents()) {
        out.println("    event " + e.getName() + " " + attributes(e.getAttributes()));
      }
    }
    out.println("# metrics");
    export.metrics.stream().sorted(Comparator.comparing(MetricData::getName)).forEach(m -> {
      if (m.getType() == MetricDataType.HISTOGRAM) {
        m.getHistogramData().getPoints().stream()
            .sorted(Comparator.comparing(p -> attributes(p.getAttributes())))
            .forEach((HistogramPointData p) -> out.printf(Locale.ROOT, "%s count=%d sum=%.3f%s %s%n", m.getName(),
                p.getCount(), p.getSum(), m.getUnit(), attributes(p.getAttributes())));
      } else if (m.getType() == MetricDataType.LONG_SUM) {
        m.getLongSumData().getPoints().stream()
            .sorted(Comparator.comparing(p -> attributes(p.getAttributes())))
            .forEach((LongPointData p) -> out.printf(Locale.ROOT, "%s value=%d %s%n", m.getName(), p.getValue(),
                attributes(p.getAttributes())));
      }
    });
  }

  private static String attributes(Attributes attributes) {
    return new TreeMap<>(attributes.asMap().entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().getKey(), e -> String.valueOf(e.getValue())))).toString();
  }
}
