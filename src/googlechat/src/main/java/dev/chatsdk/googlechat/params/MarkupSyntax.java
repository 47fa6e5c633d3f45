package dev.chatsdk.googlechat.params;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.OpenEnum;
import java.util.Map;

/** How the service reads the {@code text} of messages it returns. Open: values unknown to this SDK version are accepted by {@link #of}. */
public final class MarkupSyntax extends OpenEnum {
  private static final long serialVersionUID = 1L;

  /** The service default. */
  public static final MarkupSyntax MARKUP_SYNTAX_UNSPECIFIED = new MarkupSyntax("MARKUP_SYNTAX_UNSPECIFIED");
  /** Google Chat's own formatting syntax. */
  public static final MarkupSyntax MARKUP_SYNTAX_CHAT = new MarkupSyntax("MARKUP_SYNTAX_CHAT");
  /** Markdown (CommonMark with extensions). */
  public static final MarkupSyntax MARKUP_SYNTAX_MARKDOWN = new MarkupSyntax("MARKUP_SYNTAX_MARKDOWN");

  private static final Map<String, MarkupSyntax> KNOWN = Map.of(MARKUP_SYNTAX_UNSPECIFIED.getValue(), MARKUP_SYNTAX_UNSPECIFIED, MARKUP_SYNTAX_CHAT.getValue(), MARKUP_SYNTAX_CHAT, MARKUP_SYNTAX_MARKDOWN.getValue(), MARKUP_SYNTAX_MARKDOWN);

  private MarkupSyntax(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance for a value this SDK does not know. */
  @JsonCreator
  public static MarkupSyntax of(String value) {
    MarkupSyntax known = KNOWN.get(Require.nonBlank(value, "value"));
    return known != null ? known : new MarkupSyntax(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.containsKey(getValue());
  }
}
