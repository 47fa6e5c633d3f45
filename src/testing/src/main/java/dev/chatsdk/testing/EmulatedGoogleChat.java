package dev.chatsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatsdk.testing.internal.GoogleChatAppEvents;
import dev.chatsdk.testing.internal.GoogleChatService;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** The emulated Google Chat service: controls from {@link EmulatedService} plus state inspection. */
public final class EmulatedGoogleChat extends EmulatedService {
  private final GoogleChatService service;
  private final ChatEmulator emulator;
  private final GoogleChatAppEvents appEvents = new GoogleChatAppEvents(Clock.systemUTC());
  private final EmulatedChatApp app = new EmulatedChatApp(appEvents, this::space);

  EmulatedGoogleChat(GoogleChatService service, ChatEmulator emulator) {
    super(service);
    this.service = service;
    this.emulator = emulator;
  }

  @Override
  public String baseUrl() {
    return emulator.googleChatBaseUrl();
  }

  /**
   * The user every request acts as.
   *
   * @return a resource name, e.g. {@code users/100000000000000000001}
   */
  public String callerName() {
    return service.callerName();
  }

  /**
   * A copy of a stored space as the wire shows it.
   *
   * @param name the space's resource name, {@code spaces/...}
   * @return a detached JSON copy, or null when no such space is stored
   */
  public @Nullable ObjectNode space(String name) {
    return service.store().storedSpace(name);
  }

  /**
   * A copy of a stored message, deleted ones included.
   *
   * @param name the message's resource name, {@code spaces/.../messages/...}
   * @return a detached JSON copy, or null when no such message is stored
   */
  public @Nullable ObjectNode message(String name) {
    return service.store().storedMessage(name);
  }

  /**
   * Google Chat's calls to your Chat app's HTTP endpoint: signed interaction events.
   *
   * @return the app-event sender of this service; the same instance on every call
   */
  public EmulatedChatApp app() {
    return app;
  }

  void closeApp() {
    appEvents.close();
  }
}
