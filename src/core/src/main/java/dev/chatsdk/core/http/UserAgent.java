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

  /**
   * From the chatsdk-core jar's manifest, which the class loader has already read: free at start-up,
   * where opening the properties resource through a jar URL costs a few milliseconds cold. The title
   * check skips a manifest that is not ours (a repackaged jar); then, and when running from classes
   * (tests), the properties file answers.
   */
  private static String readVersion() {
    Package p = UserAgent.class.getPackage();
    if (p != null && "chatsdk-core".equals(p.getImplementationTitle()) && p.getImplementationVersion() != null) {
      return p.getImplementationVersion();
    }
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/chatsdk/core/chatsdk-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
