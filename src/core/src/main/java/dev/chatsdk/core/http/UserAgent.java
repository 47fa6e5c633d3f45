package dev.chatsdk.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds {@code chatsdk-java/<version> (<backend>; Java <version>)}. */
final class UserAgent {
  static final String SDK_VERSION = readVersion();

  private UserAgent() {}

  static String of(String backend) {
    return "chatsdk-java/" + SDK_VERSION + " (" + backend + "; Java " + System.getProperty("java.version") + ")";
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/chatsdk/core/chatsdk-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
