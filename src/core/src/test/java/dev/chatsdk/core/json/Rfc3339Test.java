package dev.chatsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path must agree with the JDK parser on everything it accepts, and decline the rest. */
class Rfc3339Test {

  private static Instant jdk(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-05-22T11:21:44Z", "2024-05-22T11:21:44.1Z", "2024-05-22T11:21:44.123456Z",
      "2024-05-22T11:21:44.123456789Z", "2024-05-22t11:21:44z", "2024-02-29T23:59:59.999+02:00",
      "1970-01-01T00:00:00-05:30", "2026-12-31T23:59:59.000001+14:00", "0001-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999-18:00"})
  void agreesWithTheJdk(String text) {
    assertThat(Rfc3339.parse(text)).isEqualTo(jdk(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z", "2024-04-31T00:00:00Z",
      "2024-05-22T24:00:00Z", "2024-05-22T11:60:00Z", "2024-05-22T11:21:60Z", "2024-05-22T11:21Z",
      "2024-05-22 11:21:44Z", "2024-05-22T11:21:44", "2024-05-22T11:21:44.Z",
      "2024-05-22T11:21:44.1234567891Z", "2024-05-22T11:21:44+0200", "2024-05-22T11:21:44+19:00",
      "2024-05-22T11:21:44Zjunk", "+2024-05-22T11:21:44Z", "2024-5-22T11:21:44Z", "２０２４-05-22T11:21:44Z"})
  void declinesWhatItDoesNotRecogniseSoTheJdkDecides(String text) {
    assertThat(Rfc3339.parse(text)).isNull();
  }

  @Test
  void randomInstantsRoundTripInEveryFormTheApisSend() {
    Random random = new Random(42);
    DateTimeFormatter withOffset = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    for (int i = 0; i < 20_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE) * (random.nextBoolean() ? 1L : -1L) / 2,
          random.nextInt(1_000_000_000));
      if (random.nextInt(3) == 0) {
        instant = Instant.ofEpochSecond(instant.getEpochSecond(), instant.getNano() / 1000 * 1000); // microseconds, as Stream sends
      }
      String utc = instant.toString();
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(36) - 18) * 1800);
      String shifted = withOffset.format(instant.atOffset(offset));
      for (String text : new String[] {utc, shifted}) {
        Instant expected;
        try {
          expected = jdk(text);
        } catch (DateTimeParseException e) {
          continue; // years outside 0000-9999 print with a sign: the fast path declines those too
        }
        Instant fast = Rfc3339.parse(text);
        if (fast != null) {
          assertThat(fast).as(text).isEqualTo(expected);
        }
        assertThat(fast).as("fast path should take the common shape %s", text)
            .isNotNull();
      }
    }
  }

  @Test
  void decodingStillFallsBackForOtherShapes() throws Exception {
    assertThat(ChatJson.reader(Instant.class).<Instant>readValue("\"2024-05-22T11:21Z\""))
        .isEqualTo(Instant.parse("2024-05-22T11:21:00Z"));
    assertThat(ChatJson.reader(Instant.class).<Instant>readValue("\"2024-05-22T11:21:44.5Z\""))
        .isEqualTo(Instant.parse("2024-05-22T11:21:44.500Z"));
  }
}
