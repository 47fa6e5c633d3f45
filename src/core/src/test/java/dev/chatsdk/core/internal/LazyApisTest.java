package dev.chatsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LazyApisTest {
  static final AtomicInteger MADE = new AtomicInteger();

  static final class FirstApi {
    final String calls;

    FirstApi(String calls) {
      this.calls = calls;
      MADE.incrementAndGet();
    }
  }

  static final class SecondApi {
    SecondApi(String calls) {
      MADE.incrementAndGet();
    }
  }

  @Test
  void eachApiIsMadeOnFirstUseFromTheCallsAndThenReused() {
    MADE.set(0);
    LazyApis<String> apis = new LazyApis<>("calls-1");
    assertThat(MADE).hasValue(0);

    FirstApi first = apis.get(FirstApi.class, FirstApi::new);
    assertThat(first.calls).isEqualTo("calls-1");
    assertThat(apis.get(FirstApi.class, FirstApi::new)).isSameAs(first);
    assertThat(MADE).hasValue(1);

    assertThat(apis.get(SecondApi.class, SecondApi::new)).isNotNull();
    assertThat(MADE).hasValue(2);
  }

  @Test
  void concurrentFirstCallersAllGetTheSameInstance() throws Exception {
    MADE.set(0);
    LazyApis<String> apis = new LazyApis<>("calls");
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Callable<FirstApi> task = () -> {
        start.await();
        return apis.get(FirstApi.class, FirstApi::new);
      };
      List<Future<FirstApi>> futures = IntStream.range(0, threads).mapToObj(i -> pool.submit(task)).collect(Collectors.toList());
      start.countDown();
      FirstApi one = futures.get(0).get();
      for (Future<FirstApi> f : futures) {
        assertThat(f.get()).isSameAs(one);
      }
      assertThat(MADE).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
