package dev.chatsdk.core.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The API objects of one client, each made on first use. A program that only sends messages never
 * loads (or verifies) the classes of the other APIs and the models their signatures name, which
 * is a measurable share of a cold start once a client has a dozen of them. Every caller gets the
 * same instance per API class. Internal to the SDK.
 *
 * @param <C> what every API object is made from (the backend's call helper)
 */
public final class LazyApis<C> {
  private final C calls;
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

  /**
   * A registry that makes each API object from {@code calls}.
   *
   * @param calls handed to every factory
   */
  public LazyApis(C calls) {
    this.calls = calls;
  }

  /**
   * The API object of class {@code type}, made by {@code factory} the first time it is asked for.
   *
   * @param type the API class, the key of the instance
   * @param factory makes the instance; pass a constructor reference so nothing is allocated per call
   * @param <T> the API type
   * @return the one instance of {@code type} for this client
   */
  public <T> T get(Class<T> type, Function<? super C, ? extends T> factory) {
    Object api = apis.get(type);
    if (api == null) {
      api = apis.computeIfAbsent(type, t -> factory.apply(calls));
    }
    return type.cast(api);
  }
}
