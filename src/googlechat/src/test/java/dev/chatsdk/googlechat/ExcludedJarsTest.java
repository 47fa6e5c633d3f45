package dev.chatsdk.googlechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pom leaves some of Google Auth Library's transitive jars off the runtime classpath. The auth
 * tests of this module (every credential kind in {@link GoogleAuthTest} and {@link
 * GoogleAsyncAuthTest}, {@link TokenVerifierTest}) prove the library works without them only while
 * no test dependency brings them back: this test fails if one does.
 */
class ExcludedJarsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "org.apache.http.client.HttpClient",              // httpclient 4
      "org.apache.http.HttpEntity",                     // httpcore 4
      "org.apache.commons.codec.binary.Base64",         // commons-codec
      "com.google.api.core.InternalApi",                // api-common
      "com.google.auto.value.AutoValue",                // auto-value-annotations
      "javax.annotation.Nonnull",                       // jsr305
      "com.google.errorprone.annotations.CanIgnoreReturnValue",
      "com.google.j2objc.annotations.J2ObjCIncompatible",
  })
  void isNotOnTheClasspath(String className) {
    assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "com.google.common.collect.ImmutableMap",         // Guava: used throughout the library
      "com.google.common.util.concurrent.internal.InternalFutureFailureAccess", // failureaccess
      "com.google.api.client.http.javanet.NetHttpTransport", // google-http-client: token and cert requests
      "com.google.api.client.json.gson.GsonFactory",    // google-http-client-gson + Gson: JSON parsing
      "io.opencensus.trace.Tracing",                    // every google-http-client request opens a span
      "io.grpc.Context",                                // OpenCensus keeps the current span there
  })
  void whatTheLibraryUsesStays(String className) throws Exception {
    assertThat(Class.forName(className, false, getClass().getClassLoader())).isNotNull();
  }
}
