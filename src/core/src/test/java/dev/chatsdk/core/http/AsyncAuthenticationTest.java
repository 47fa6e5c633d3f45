package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.Authenticator;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.UnauthorizedException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The async side of the Authenticator SPI: {@code executeAsync} authenticates through {@code
 * authenticateAsync} and refreshes after a 401 through {@code refreshAfterUnauthorizedAsync}, so a
 * credential that arrives later never holds the caller's thread. Authentication futures are
 * completed by the test itself; nothing waits on a clock.
 */
class AsyncAuthenticationTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final AtomicInteger callsStarted = new AtomicInteger();
  /** Counts every OkHttp call handed to the client, so "nothing was sent" does not race WireMock's log. */
  private final OkHttpClient own = new OkHttpClient.Builder().eventListener(new EventListener() {
    @Override
    public void callStart(Call call) {
      callsStarted.incrementAndGet();
    }
  }).build();
  private final ExecutorService callers = Executors.newSingleThreadExecutor();

  @AfterEach
  void tearDown() {
    callers.shutdownNow();
    own.dispatcher().cancelAll();
    own.dispatcher().executorService().shutdown();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("getThing", "GET", "/things/1").build();
  }

  private HttpPipeline pipeline(Authenticator authenticator) {
    return TestPipelines.builder(wm, sleeper).httpClient(own).authenticator(authenticator).build();
  }

  private static List<String> authorizations() {
    return wm.findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getHeader("Authorization")).collect(Collectors.toList());
  }

  private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
    try {
      future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected the call to fail");
  }

  /** Hands out a pending future per attempt; the test puts the credentials on and completes it. */
  private static final class DeferredAuthenticator implements Authenticator {
    final List<Target> targets = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Void>> pending = new CopyOnWriteArrayList<>();

    @Override
    public void authenticate(Target target) {
      throw new IllegalStateException("the async path must not call authenticate");
    }

    @Override
    public CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      targets.add(target);
      pending.add(done);
      return done;
    }

    void grant(String token) {
      targets.get(targets.size() - 1).setHeader("Authorization", "Bearer " + token);
      pending.get(pending.size() - 1).complete(null);
    }
  }

  @Test
  void executeAsyncReturnsAtOnceAndSendsOnlyOnceTheCredentialsArrive() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    DeferredAuthenticator auth = new DeferredAuthenticator();
    HttpPipeline pipeline = pipeline(auth);

    CompletableFuture<ApiResponse<Void>> future = pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none());

    assertThat(future).isNotDone();
    assertThat(auth.pending).hasSize(1);
    assertThat(callsStarted).hasValue(0);
    assertThat(wm.getAllServeEvents()).isEmpty();

    auth.grant("late-token");

    assertThat(future.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(authorizations()).containsExactly("Bearer late-token");
    assertThat(auth.pending).hasSize(1);
  }

  @Test
  void cancellingWhileCredentialsArePendingSendsNothing() throws Exception {
    DeferredAuthenticator auth = new DeferredAuthenticator();
    HttpPipeline pipeline = pipeline(auth);

    CompletableFuture<ApiResponse<Void>> future = pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none());
    assertThat(future.cancel(true)).isTrue();
    auth.grant("too-late"); // the attempt resumes here, on this thread, and must see the cancellation

    assertThat(future).isCancelled();
    assertThat(callsStarted).hasValue(0);
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(auth.pending).hasSize(1);
  }

  /**
   * A sync-only authenticator that blocks inherits the default {@code authenticateAsync}, which
   * runs {@code authenticate} inline: on the thread that calls {@code executeAsync}, and that call
   * does not return until {@code authenticate} does. This pins the documented default (override
   * {@code authenticateAsync} when {@code authenticate} can block).
   */
  @Test
  void theDefaultAuthenticateAsyncRunsABlockingAuthenticateOnTheCallersThread() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> authThreads = new CopyOnWriteArrayList<>();
    HttpPipeline pipeline = pipeline(target -> {
      authThreads.add(Thread.currentThread());
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      target.setHeader("Authorization", "Bearer blocking");
    });
    Thread[] caller = new Thread[1];

    Future<CompletableFuture<ApiResponse<Void>>> submitted = callers.submit(() -> {
      caller[0] = Thread.currentThread();
      return pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none());
    });

    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(submitted).as("executeAsync is held by the blocking authenticate").isNotDone();
    assertThat(callsStarted).hasValue(0);
    release.countDown();

    assertThat(submitted.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(authThreads).containsExactly(caller[0]);
    assertThat(authorizations()).containsExactly("Bearer blocking");
  }

  enum AuthFailure {
    IO_EXCEPTION(e -> CompletableFuture.failedFuture(e)),
    /** As a future built with supplyAsync fails: the IOException wrapped in a CompletionException. */
    WRAPPED_IO_EXCEPTION(e -> CompletableFuture.failedFuture(new CompletionException(e))),
    /** Failed later, from another thread. */
    IO_EXCEPTION_LATER(e -> CompletableFuture.supplyAsync(() -> {
      throw new CompletionException(e);
    }));

    final Function<IOException, CompletableFuture<Void>> fail;

    AuthFailure(Function<IOException, CompletableFuture<Void>> fail) {
      this.fail = fail;
    }
  }

  @ParameterizedTest
  @EnumSource(AuthFailure.class)
  void anAsyncCredentialIOExceptionIsAConnectionFailureAndSendsNothing(AuthFailure failure) throws Exception {
    IOException cause = new IOException("token endpoint unreachable");
    HttpPipeline pipeline = pipeline(new Authenticator() {
      @Override
      public void authenticate(Target target) {
        throw new IllegalStateException("the async path must not call authenticate");
      }

      @Override
      public CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
        return failure.fail.apply(cause);
      }
    });

    Throwable e = failureOf(pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none()));

    assertThat(e).isInstanceOf(ApiConnectionException.class).hasMessage("getThing could not obtain credentials: IOException");
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(callsStarted).hasValue(0);
  }

  @Test
  void anAsyncCredentialRuntimeExceptionReachesTheCallerAsItIs() throws Exception {
    IllegalStateException boom = new IllegalStateException("no key configured");
    HttpPipeline pipeline = pipeline(new Authenticator() {
      @Override
      public void authenticate(Target target) {
        throw new AssertionError("the async path must not call authenticate");
      }

      @Override
      public CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
        return CompletableFuture.failedFuture(boom);
      }
    });

    assertThat(failureOf(pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none()))).isSameAs(boom);
    assertThat(callsStarted).hasValue(0);
  }

  @Test
  void anAuthenticateAsyncThatThrowsInsteadOfReturningAFutureFailsTheFuture() throws Exception {
    IllegalStateException boom = new IllegalStateException("thrown, not returned");
    HttpPipeline pipeline = pipeline(new Authenticator() {
      @Override
      public void authenticate(Target target) {
        throw new AssertionError("the async path must not call authenticate");
      }

      @Override
      public CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
        throw boom;
      }
    });

    assertThat(failureOf(pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none()))).isSameAs(boom);
    assertThat(callsStarted).hasValue(0);
  }

  /** A null future is a broken authenticator; it fails the call (instead of hanging a retry forever). */
  @Test
  void aNullAuthenticationFutureFailsTheCallOnARetryToo() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
    AtomicInteger calls = new AtomicInteger();
    HttpPipeline pipeline = pipeline(new Authenticator() {
      @Override
      public void authenticate(Target target) {}

      @Override
      public CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
        return calls.incrementAndGet() == 1 ? CompletableFuture.completedFuture(null) : null;
      }
    });

    Throwable e = failureOf(pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none()));

    assertThat(e).isInstanceOf(NullPointerException.class).hasMessage("authenticateAsync result must not be null");
    assertThat(calls).hasValue(2);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  // ---- the 401 refresh ----

  enum Refresh { SUCCEEDS, DECLINES, FAILS, THROWS, RETURNS_NULL }

  /** Counts sync and async refreshes apart; the async one answers later, from another thread. */
  private static final class RefreshingAuthenticator implements Authenticator {
    final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger syncRefreshes = new AtomicInteger();
    final AtomicInteger asyncRefreshes = new AtomicInteger();
    final List<Executor> executors = new CopyOnWriteArrayList<>();
    final Refresh refresh;
    final IOException failure = new IOException("refresh failed");
    final IllegalStateException thrown = new IllegalStateException("refresh threw");

    RefreshingAuthenticator(Refresh refresh) {
      this.refresh = refresh;
    }

    @Override
    public void authenticate(Target target) {
      target.setHeader("Authorization", "Bearer token-" + issued.incrementAndGet());
    }

    @Override
    public boolean refreshAfterUnauthorized() throws IOException {
      syncRefreshes.incrementAndGet();
      return answer();
    }

    @Override
    public CompletableFuture<Boolean> refreshAfterUnauthorizedAsync(Executor blockingExecutor) {
      asyncRefreshes.incrementAndGet();
      executors.add(blockingExecutor);
      if (refresh == Refresh.THROWS) {
        throw thrown;
      }
      if (refresh == Refresh.RETURNS_NULL) {
        return null;
      }
      return CompletableFuture.supplyAsync(() -> {
        try {
          return answer();
        } catch (IOException e) {
          throw new CompletionException(e);
        }
      });
    }

    private boolean answer() throws IOException {
      switch (refresh) {
        case FAILS:
          throw failure;
        case THROWS:
          throw thrown;
        default:
          return refresh == Refresh.SUCCEEDS;
      }
    }
  }

  private static void unauthorizedThenOk() {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"expired\"}")).willSetStateTo("ok"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200).withBody("{}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void a401IsRefreshedOnceThroughTheFormOfTheCallAndReplayedOnce(Mode mode) {
    unauthorizedThenOk();
    RefreshingAuthenticator auth = new RefreshingAuthenticator(Refresh.SUCCEEDS);

    ApiResponse<Void> response = mode.call(pipeline(auth), get(), ResponseHandler.discard());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
    assertThat(mode == Mode.ASYNC ? auth.asyncRefreshes : auth.syncRefreshes).hasValue(1);
    assertThat(mode == Mode.ASYNC ? auth.syncRefreshes : auth.asyncRefreshes).hasValue(0);
    if (mode == Mode.ASYNC) {
      assertThat(auth.executors).containsExactly(SharedHttp.blockingExecutor());
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aDeclinedRefreshLeavesThe401(Mode mode) {
    unauthorizedThenOk();
    RefreshingAuthenticator auth = new RefreshingAuthenticator(Refresh.DECLINES);

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
        () -> mode.call(pipeline(auth), get(), ResponseHandler.discard()));

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.getSuppressed()).isEmpty();
    assertThat(authorizations()).containsExactly("Bearer token-1");
    assertThat(auth.asyncRefreshes.get() + auth.syncRefreshes.get()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFailedRefreshLeavesThe401WithTheFailureSuppressed(Mode mode) {
    unauthorizedThenOk();
    RefreshingAuthenticator auth = new RefreshingAuthenticator(Refresh.FAILS);

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
        () -> mode.call(pipeline(auth), get(), ResponseHandler.discard()));

    assertThat(e.getSuppressed()).containsExactly(auth.failure); // unwrapped from the CompletionException
    assertThat(authorizations()).containsExactly("Bearer token-1");
    assertThat(auth.asyncRefreshes.get() + auth.syncRefreshes.get()).isEqualTo(1);
  }

  /**
   * A refreshAfterUnauthorizedAsync that throws instead of returning a failed future. It used to
   * escape into OkHttp's callback and leave the caller's future pending forever.
   */
  @Test
  void anAsyncRefreshThatThrowsStillEndsTheCallWithThe401() throws Exception {
    unauthorizedThenOk();
    RefreshingAuthenticator auth = new RefreshingAuthenticator(Refresh.THROWS);

    Throwable e = failureOf(pipeline(auth).executeAsync(get(), ResponseHandler.discard(), RequestOptions.none()));

    assertThat(e).isInstanceOf(UnauthorizedException.class);
    assertThat(e.getSuppressed()).containsExactly(auth.thrown);
    assertThat(authorizations()).containsExactly("Bearer token-1");
  }

  @Test
  void anAsyncRefreshReturningNullEndsTheCallWithThe401() throws Exception {
    unauthorizedThenOk();
    RefreshingAuthenticator auth = new RefreshingAuthenticator(Refresh.RETURNS_NULL);

    Throwable e = failureOf(pipeline(auth).executeAsync(get(), ResponseHandler.discard(), RequestOptions.none()));

    assertThat(e).isInstanceOf(UnauthorizedException.class);
    assertThat(e.getSuppressed()).singleElement().isInstanceOf(NullPointerException.class)
        .hasFieldOrPropertyWithValue("message", "refreshAfterUnauthorizedAsync result must not be null");
  }

  @Test
  void cancellingWhileARefreshIsPendingReplaysNothing() throws Exception {
    unauthorizedThenOk();
    CompletableFuture<Boolean> refreshed = new CompletableFuture<>();
    CountDownLatch refreshAsked = new CountDownLatch(1);
    HttpPipeline pipeline = pipeline(new Authenticator() {
      @Override
      public void authenticate(Target target) {
        target.setHeader("Authorization", "Bearer token");
      }

      @Override
      public CompletableFuture<Boolean> refreshAfterUnauthorizedAsync(Executor blockingExecutor) {
        refreshAsked.countDown();
        return refreshed;
      }
    });

    CompletableFuture<ApiResponse<Void>> future = pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none());
    assertThat(refreshAsked.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(future).isNotDone();
    future.cancel(true);
    refreshed.complete(true); // the replay would start here, on this thread

    assertThat(future).isCancelled();
    assertThat(callsStarted).hasValue(1);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void theDefaultAsyncRefreshRunsTheSyncRefreshOnABlockingThread() throws Exception {
    unauthorizedThenOk();
    List<String> refreshThreads = new CopyOnWriteArrayList<>();
    AtomicInteger issued = new AtomicInteger();
    HttpPipeline pipeline = pipeline(new Authenticator() {
      @Override
      public void authenticate(Target target) {
        target.setHeader("Authorization", "Bearer token-" + issued.incrementAndGet());
      }

      @Override
      public boolean refreshAfterUnauthorized() {
        refreshThreads.add(Thread.currentThread().getName());
        return true;
      }
    });

    assertThat(pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none())
        .get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

    assertThat(refreshThreads).singleElement().asString().startsWith("chatsdk-blocking-");
    assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
  }
}
