package dev.chatsdk.core.observe;

/** What is known when a call starts. Holds no value of a path, query, header or body. */
public final class CallInfo {
  private final String service;
  private final String operation;
  private final String method;
  private final String serverAddress;
  private final int serverPort;
  private final boolean async;

  public CallInfo(String service, String operation, String method, String serverAddress, int serverPort, boolean async) {
    this.service = service;
    this.operation = operation;
    this.method = method;
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.async = async;
  }

  /** The backend's short name: {@code stream} or {@code chat}. */
  public String service() {
    return service;
  }

  /** The operation id, for example {@code sendMessage} or {@code spaces.messages.create}. */
  public String operation() {
    return operation;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The API host, from the client's base URL. */
  public String serverAddress() {
    return serverAddress;
  }

  public int serverPort() {
    return serverPort;
  }

  /** Whether the call was made with an {@code ...Async} method. */
  public boolean async() {
    return async;
  }

  @Override
  public String toString() {
    return service + '.' + operation + ' ' + method + ' ' + serverAddress + ':' + serverPort + (async ? " async" : "");
  }
}
