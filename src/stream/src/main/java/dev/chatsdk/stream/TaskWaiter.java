package dev.chatsdk.stream;

import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.Sleeper;
import dev.chatsdk.stream.model.GetTaskResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Polls {@link TasksApi#getTask} until a background task ends, waiting longer between polls each
 * time (from {@link #FIRST_WAIT}, doubling, at most {@link #MAX_WAIT}) and never past the deadline.
 * The sleeper and the clock are the client's, so tests wait no real time.
 */
final class TaskWaiter {
  static final Duration FIRST_WAIT = Duration.ofMillis(250);
  static final Duration MAX_WAIT = Duration.ofSeconds(5);

  private final TasksApi tasks;
  private final Sleeper sleeper;
  private final Clock clock;

  TaskWaiter(TasksApi tasks, Sleeper sleeper, Clock clock) {
    this.tasks = tasks;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  GetTaskResponse await(String taskId, Duration timeout, RequestOptions options) {
    Require.nonBlank(taskId, "taskId");
    Require.nonNull(timeout, "timeout");
    Require.nonNull(options, "options");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    Instant deadline = clock.instant().plus(timeout);
    Duration wait = FIRST_WAIT;
    while (true) {
      GetTaskResponse task = tasks.getTask(taskId, options);
      String status = task.getStatus();
      if ("completed".equals(status)) {
        return task;
      }
      if ("failed".equals(status)) {
        throw new TaskFailedException(task);
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new TaskTimeoutException(taskId, status, timeout);
      }
      sleep(wait.compareTo(left) < 0 ? wait : left);
      wait = wait.multipliedBy(2).compareTo(MAX_WAIT) < 0 ? wait.multipliedBy(2) : MAX_WAIT;
    }
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.chatsdk.core.ChatException("interrupted while waiting for a task", e);
    }
  }
}
