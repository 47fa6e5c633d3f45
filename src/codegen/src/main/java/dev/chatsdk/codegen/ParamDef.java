package dev.chatsdk.codegen;

/** One path or query parameter of an {@link OperationDef}. */
final class ParamDef {
  /** Name on the wire ({@code pageSize}, {@code createMessageNotificationOptions.notificationType}). */
  String wireName;
  /** Java argument, getter and builder name. */
  String javaName;
  boolean path;
  boolean required;
  boolean deprecated;
  /** STRING, INTEGER, LONG, BOOLEAN, DOUBLE, INSTANT, ENUM or LIST of those. */
  TypeRef type;
  /** Java type that overrides the derived one (an existing enum class), or null. */
  String javaType;
  /** For enums generated in the params package: the class name. */
  String enumClass;
  /** Regular expression a resource name must match, or null for a plain value. */
  String pattern;
  /** A readable form of the pattern for error messages, e.g. {@code spaces/{space}}. */
  String example;
  /** {@code json}: the value is sent JSON-encoded; {@code csv}: a list joined by commas; else plain. */
  String encoding;
  /** Smallest and largest accepted value of an integer parameter, or null. */
  Integer min;
  Integer max;
  /** A regular expression a value must match as a whole, with a readable form for the error, or null. */
  String valuePattern;
  String valueShape;
  /** A form field of an upload (sent in the multipart body), not a query parameter. */
  boolean form;
  /** Static method {@code Class.method} of the backend's internal package that checks the value before any I/O, or null. */
  String check;
  /** Facts for Javadoc: the format or kind of value, in our words. */
  String note;
}
