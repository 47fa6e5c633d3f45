package dev.chatsdk.stream;

import dev.chatsdk.core.ChatException;
import dev.chatsdk.stream.model.GetTaskResponse;

/**
 * A background task that {@link StreamChatClient#waitForTask} waited for ended in status {@code
 * failed}. {@link #task()} is the task as the service last reported it, with its {@code error}.
 */
public final class TaskFailedException extends ChatException {
  private static final long serialVersionUID = 1L;
  private final transient GetTaskResponse task;

  TaskFailedException(GetTaskResponse task) {
    super("task " + task.getTaskId() + " failed" + (task.getError() != null
        ? ": " + task.getError().getType() + " " + task.getError().getDescription() : ""));
    this.task = task;
  }

  /**
   * The failed task, with its error.
   *
   * @return the task as last reported by the service; {@code getError()} says why it failed
   */
  public GetTaskResponse task() {
    return task;
  }
}
