package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.chatsdk.core.http.Sleeper;
import dev.chatsdk.stream.model.GetTaskResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** waitForTask polls GetTask with backoff on an injected clock and sleeper: no real waiting. */
class WaitForTaskTest extends StreamTestSupport {
  private static final String TASK = "task-7f3a";

  /** A clock that only moves when the sleeper sleeps. */
  static final class FakeTime extends Clock implements Sleeper {
    Instant now = Instant.parse("2024-05-01T10:00:00Z");
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public void sleep(Duration d) {
      sleeps.add(d);
      now = now.plus(d);
    }

    @Override
    public CompletableFuture<Void> delay(Duration d) {
      sleep(d);
      return CompletableFuture.completedFuture(null);
    }
  }

  private final FakeTime time = new FakeTime();
  private StreamChatClient timed;

  @BeforeEach
  void timedClient() {
    timed = clientBuilder().sleeper(time).clock(time).build();
  }

  private static String task(String status, String extra) {
    return "{\"task_id\":\"" + TASK + "\",\"status\":\"" + status + "\",\"created_at\":\"2024-05-01T10:00:00Z\","
        + "\"updated_at\":\"2024-05-01T10:00:01Z\",\"duration\":\"1.00ms\"" + extra + "}";
  }

  /** Answers the given task bodies one after the other, the last one from then on. */
  private static void answers(String... bodies) {
    for (int i = 0; i < bodies.length; i++) {
      WM.stubFor(get(urlPathEqualTo("/tasks/" + TASK)).inScenario("task")
          .whenScenarioStateIs(state(i))
          .willSetStateTo(state(Math.min(i + 1, bodies.length - 1)))
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(bodies[i])));
    }
  }

  private static String state(int poll) {
    return poll == 0 ? Scenario.STARTED : "poll-" + poll;
  }

  @Test
  void returnsTheCompletedTaskWithItsResultAfterBackingOff() {
    answers(task("waiting", ""), task("running", ""), task("running", ""),
        task("completed", ",\"result\":{\"deleted_users\":2}"));

    GetTaskResponse done = timed.waitForTask(TASK, Duration.ofMinutes(1));

    assertThat(done.getStatus()).isEqualTo("completed");
    assertThat(done.getResult()).containsEntry("deleted_users", 2);
    assertThat(WM.findAll(anyRequestedFor(anyUrl()))).hasSize(4);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void aFailedTaskThrowsWithTheTaskAndItsError() {
    answers(task("running", ""), task("failed", ",\"error\":{\"type\":\"internal\",\"description\":\"export broke\"}"));

    assertThatThrownBy(() -> timed.waitForTask(TASK, Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(TaskFailedException.class, e -> {
          assertThat(e.task().getTaskId()).isEqualTo(TASK);
          assertThat(e.task().getError().getType()).isEqualTo("internal");
          assertThat(e).hasMessageContaining(TASK).hasMessageContaining("export broke");
        });
  }

  @Test
  void givesUpAtTheTimeoutWithoutSleepingPastIt() {
    answers(task("running", ""));

    assertThatThrownBy(() -> timed.waitForTask(TASK, Duration.ofSeconds(3)))
        .isInstanceOfSatisfying(TaskTimeoutException.class, e -> {
          assertThat(e.taskId()).isEqualTo(TASK);
          assertThat(e.lastStatus()).isEqualTo("running");
        });
    // 0.25 + 0.5 + 1 s, then only the 1.25 s that were left; the waits add up to the timeout exactly.
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(1250));
    assertThat(WM.findAll(anyRequestedFor(anyUrl()))).hasSize(5);
  }

  @Test
  void backoffIsCappedAtFiveSeconds() {
    answers(task("running", ""));

    assertThatThrownBy(() -> timed.waitForTask(TASK, Duration.ofSeconds(30))).isInstanceOf(TaskTimeoutException.class);
    assertThat(time.sleeps).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(5)));
    assertThat(time.sleeps).contains(Duration.ofSeconds(5));
  }

  @Test
  void badArgumentsFailBeforeAnyCall() {
    assertThatThrownBy(() -> timed.waitForTask(" ", Duration.ofSeconds(1))).hasMessageContaining("taskId");
    assertThatThrownBy(() -> timed.waitForTask(TASK, Duration.ZERO)).hasMessageContaining("timeout");
    assertThat(WM.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @org.junit.jupiter.api.AfterEach
  void closeTimed() {
    timed.close();
  }
}
