package dev.chatsdk.core.observe;

/** What is known when a call starts. Holds no value of a path, query, header or body. */
public final class CallInfo {
  private final String service;
  private final String operation;
  private final String method;
  private final String serverAddress;
  private final int serverPort;
  private final boolean async;

  /**
   * Describes a starting call; created by the HTTP pipeline.
   *
   * @param service the backend's short name
   * @param operation the operation id
   * @param method the HTTP method, upper case
   * @param serverAddress the API host
   * @param serverPort the API port
   * @param async true if the call was made with an {@code ...Async} method
   */
  public CallInfo(String service, String operation, String method, String serverAddress, int serverPort, boolean async) {
    this.service = service;
    this.operation = operation;
    this.method = method;
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.async = async;
  }

  /**
   * The backend's short name: {@code stream} or {@code chat}.
   *
   * @return the service name, as set on the pipeline
   */
  public String service() {
    return service;
  }

  /**
   * The operation id, for example {@code sendMessage} or {@code spaces.messages.create}.
   *
   * @return the operation id; never null
   */
  public String operation() {
    return operation;
  }

  /**
   * The HTTP method, upper case.
   *
   * @return the method, for example {@code GET} or {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * The API host, from the client's base URL.
   *
   * @return the host name or address, without port
   */
  public String serverAddress() {
    return serverAddress;
  }

  /**
   * The API port, from the client's base URL (443 for https unless given).
   *
   * @return the TCP port the call connects to
   */
  public int serverPort() {
    return serverPort;
  }

  /**
   * Whether the call was made with an {@code ...Async} method.
   *
   * @return true for an async call, false for a blocking one
   */
  public boolean async() {
    return async;
  }

  @Override
  public String toString() {
    return service + '.' + operation + ' ' + method + ' ' + serverAddress + ':' + serverPort + (async ? " async" : "");
  }
}
