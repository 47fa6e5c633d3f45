package dev.chatsdk.stream;

import dev.chatsdk.core.ChatException;

/**
 * {@link StreamChatClient#waitForTask} gave up: the task had not ended when the timeout passed. The
 * task goes on running on the service; wait again or read it with {@link TasksApi#getTask}.
 */
public final class TaskTimeoutException extends ChatException {
  private static final long serialVersionUID = 1L;
  private final String taskId;
  private final String lastStatus;

  TaskTimeoutException(String taskId, String lastStatus, java.time.Duration timeout) {
    super("task " + taskId + " still " + lastStatus + " after " + timeout);
    this.taskId = taskId;
    this.lastStatus = lastStatus;
  }

  public String taskId() {
    return taskId;
  }

  /** The status the task had at the last poll, for example {@code running}. */
  public String lastStatus() {
    return lastStatus;
  }
}
