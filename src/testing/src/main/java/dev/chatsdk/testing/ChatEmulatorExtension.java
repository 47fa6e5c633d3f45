package dev.chatsdk.testing;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.stream.StreamChatClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link ChatEmulatorTest}: one emulator per test class (shared with
 * its {@code @Nested} classes), SDK clients created on first use, everything closed when the class
 * is done. Usable directly with {@code @ExtendWith(ChatEmulatorExtension.class)}.
 */
public final class ChatEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChatEmulatorExtension.class);

  /**
   * Closes what the store holds when the class's context ends: newer JUnit versions close
   * AutoCloseable values, older 5.x versions CloseableResource ones; closing happens once either way.
   */
  @SuppressWarnings("deprecation")
  private static final class Closing<T extends AutoCloseable>
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final T value;
    private final AtomicBoolean closed = new AtomicBoolean();

    Closing(T value) {
      this.value = value;
    }

    @Override
    public void close() throws Exception {
      if (closed.compareAndSet(false, true)) {
        value.close();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ChatEmulator emulator = emulator(context);
    for (EmulatedService service : new EmulatedService[] {emulator.stream(), emulator.googleChat()}) {
      service.clearFailures().withLatency(Duration.ZERO).clearRequests();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ChatEmulator.class || type == StreamChatClient.class || type == GoogleChatClient.class
        || type == EmulatedStream.class || type == EmulatedGoogleChat.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    ChatEmulator emulator = emulator(context);
    if (type == ChatEmulator.class) {
      return emulator;
    }
    if (type == EmulatedStream.class) {
      return emulator.stream();
    }
    if (type == EmulatedGoogleChat.class) {
      return emulator.googleChat();
    }
    ExtensionContext.Store store = classStore(context);
    if (type == StreamChatClient.class) {
      return store.getOrComputeIfAbsent(StreamChatClient.class,
          k -> new Closing<>(EmulatorClients.streamBuilder(emulator).build()), Closing.class).value;
    }
    if (type == GoogleChatClient.class) {
      return store.getOrComputeIfAbsent(GoogleChatClient.class,
          k -> new Closing<>(EmulatorClients.googleChatBuilder(emulator).build()), Closing.class).value;
    }
    throw new ParameterResolutionException("ChatEmulatorExtension cannot supply a " + type.getName());
  }

  /**
   * The emulator of the outermost test class in this context (started on first use).
   *
   * @param context the JUnit context of a test or test class; nested classes share their outermost
   *     class's emulator
   * @return the running emulator, which is closed when the outermost class's context closes
   */
  public static ChatEmulator emulator(ExtensionContext context) {
    return (ChatEmulator) classStore(context).getOrComputeIfAbsent(ChatEmulator.class,
        k -> new Closing<>(ChatEmulator.start()), Closing.class).value;
  }

  private static ExtensionContext.Store classStore(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getParent().isPresent() && c.getParent().get().getTestClass().isPresent()) {
      c = c.getParent().get();
    }
    return c.getStore(NAMESPACE);
  }
}
