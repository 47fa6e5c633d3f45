package dev.chatsdk.testing;

/**
 * How the emulator answers one operation of an API description (see
 * {@link EmulatedService#coverage()} and the coverage table in docs/testing-with-the-emulator.md).
 */
public enum OperationSupport {
  /** Emulated with state: what the call changes, later calls see. */
  STATEFUL,
  /** A fixed answer valid against the operation's response schema; nothing is stored. */
  FIXED_ANSWER,
  /**
   * Not emulated: answers HTTP 501 in the vendor's error format naming the operation, until a test
   * gives it an answer with {@link EmulatedService#stub(String, int, String)}.
   */
  STUB_NEEDED
}
