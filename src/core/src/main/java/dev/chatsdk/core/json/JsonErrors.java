package dev.chatsdk.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/**
 * Describes a JSON decoding failure without quoting the input: Jackson's own messages include the
 * offending text, which for received events can be user content or a credential.
 */
public final class JsonErrors {
  private JsonErrors() {}

  /**
   * For example {@code MismatchedInputException at .message.space} or {@code JsonEOFException at line 1, column 40}.
   *
   * @param e the exception thrown while decoding JSON
   * @return the exception's class name and where in the input it failed, without any input text
   */
  public static String describe(IOException e) {
    StringBuilder s = new StringBuilder(e.getClass().getSimpleName());
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      s.append(" at ");
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        s.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
      }
    } else if (e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null) {
      JsonLocation loc = ((JsonProcessingException) e).getLocation();
      s.append(" at line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
    }
    return s.toString();
  }
}
