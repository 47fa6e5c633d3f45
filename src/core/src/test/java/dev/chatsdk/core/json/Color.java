package dev.chatsdk.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;

/** An open enum written the way the model generator writes them. */
public final class Color extends OpenEnum {
  private static final long serialVersionUID = 1L;

  public static final Color RED = new Color("red");
  public static final Color GREEN = new Color("green");

  private Color(String value) {
    super(value);
  }

  @JsonCreator
  public static Color of(String value) {
    switch (value) {
      case "red":
        return RED;
      case "green":
        return GREEN;
      default:
        return new Color(value);
    }
  }

  @Override
  public boolean isKnown() {
    return this == RED || this == GREEN;
  }
}
