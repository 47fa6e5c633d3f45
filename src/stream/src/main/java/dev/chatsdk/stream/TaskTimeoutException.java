package dev.chatsdk.stream;

import dev.chatsdk.core.ChatException;

/**
 * {@link StreamChatClient#waitForTask} gave up: the task had not ended when the timeout passed. The
 * task goes on running on the service; wait again or read it with {@link TasksApi#getTask}.
 */
public final class TaskTimeoutException extends ChatException {
  /** Serialization version of this exception class. */
  private static final long serialVersionUID = 1L;
  /** The task that was waited for. */
  private final String taskId;
  /** The task's status at the last poll. */
  private final String lastStatus;

  TaskTimeoutException(String taskId, String lastStatus, java.time.Duration timeout) {
    super("task " + taskId + " still " + lastStatus + " after " + timeout);
    this.taskId = taskId;
    this.lastStatus = lastStatus;
  }

  /**
   * The task that was waited for.
   *
   * @return the {@code task_id} passed to {@link StreamChatClient#waitForTask}; use it to wait again
   */
  public String taskId() {
    return taskId;
  }

  /**
   * The status the task had at the last poll, for example {@code running}.
   *
   * @return the service's status string from the last poll before giving up
   */
  public String lastStatus() {
    return lastStatus;
  }
}
