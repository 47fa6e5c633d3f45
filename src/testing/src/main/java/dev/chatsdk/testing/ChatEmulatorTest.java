package dev.chatsdk.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against one {@link ChatEmulator} started for the class and closed after
 * it. Test constructors, lifecycle methods and test methods can declare parameters of type
 * {@link ChatEmulator}, {@link dev.chatsdk.stream.StreamChatClient},
 * {@link dev.chatsdk.googlechat.GoogleChatClient}, {@link EmulatedStream} or {@link EmulatedGoogleChat};
 * the clients point at the emulator with credentials it accepts.
 *
 * <pre>{@code
 * @ChatEmulatorTest
 * class MyBotTest {
 *   @Test
 *   void replies(StreamChatClient stream, ChatEmulator emulator) { ... }
 * }
 * }</pre>
 *
 * <p>Data stays for the whole class; injected failures, latency and recorded requests are cleared
 * before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ChatEmulatorExtension.class)
public @interface ChatEmulatorTest {}
