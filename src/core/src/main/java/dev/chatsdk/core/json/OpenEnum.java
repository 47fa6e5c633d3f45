package dev.chatsdk.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Base of the SDK's "open" enums: a string value with well-known constants that still accepts any
 * value the server sends tomorrow. Decoding never fails on an unknown value; compare with the
 * constants using {@code equals}.
 *
 * <p>Subclasses are generated: a private constructor, {@code public static final} constants, and a
 * {@code @JsonCreator static of(String)} that returns the constant for a known value or a new
 * instance for an unknown one.
 */
public abstract class OpenEnum implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The value as it appears on the wire. */
  private final String value;

  /**
   * Creates an instance holding a wire value.
   *
   * @param value the wire value, known or not; not null
   * @throws NullPointerException if {@code value} is null
   */
  protected OpenEnum(String value) {
    if (value == null) {
      throw new NullPointerException("value must not be null");
    }
    this.value = value;
  }

  /**
   * The value as it appears on the wire.
   *
   * @return the exact string the server sent or will receive; never null
   */
  @JsonValue
  public final String getValue() {
    return value;
  }

  /**
   * Whether this value is one of the constants the SDK knows.
   *
   * @return true for the generated constants, false for a value unknown to this SDK version
   */
  public abstract boolean isKnown();

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
