package dev.chatsdk.core.http;

import java.io.IOException;
import java.net.UnknownServiceException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;

/**
 * Recognises TLS failures that the same request cannot get past by trying again: a certificate
 * the client does not trust, a certificate for another host or failing a pin, a client
 * certificate the server rejects, or no protocol version or cipher suite both sides accept. Each
 * of these is a configuration problem, so retrying would only add handshakes and back-off waits.
 * Anything else (a reset during the handshake, a timeout) stays retryable.
 */
final class TlsFailures {
  private TlsFailures() {}

  /** Alerts and messages the JDK and OkHttp use when the two sides share no protocol or cipher suite. */
  private static final String[] PROTOCOL_MARKERS = {
    "protocol_version", "no appropriate protocol", "no cipher suites in common", "insufficient_security",
    "handshake_failure", "unsupported or unrecognized ssl message", "unable to find acceptable protocols",
    "cleartext communication"
  };

  /** Alerts a server sends when it rejects the client's certificate (mutual TLS). */
  private static final String[] CLIENT_CERT_MARKERS = {"bad_certificate", "certificate_unknown", "unknown_ca",
    "certificate_required", "certificate_expired", "certificate_revoked", "access_denied"};

  /**
   * What is wrong, for the exception message, when {@code e} is a TLS failure that cannot heal;
   * null for any other failure.
   */
  static @Nullable String permanentProblem(IOException e) {
    if (e instanceof SSLPeerUnverifiedException) {
      String m = lower(e.getMessage());
      return m.startsWith("hostname")
          ? "TLS certificate problem: the server's certificate does not match its host name"
          : "TLS certificate problem: the server's certificate was rejected (" + firstLine(e.getMessage()) + ")";
    }
    if (!(e instanceof SSLException) && !(e instanceof UnknownServiceException)) {
      return null;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateException || t instanceof CertPathValidatorException
          || t instanceof CertPathBuilderException) {
        return "TLS certificate problem: the server's certificate is not trusted or not valid";
      }
      if (t.getCause() == t || !(t instanceof IOException || t instanceof GeneralSecurityException)) {
        break;
      }
    }
    String m = lower(e.getMessage());
    for (String marker : CLIENT_CERT_MARKERS) {
      if (m.contains(marker)) {
        return "TLS certificate problem: the server rejected the client certificate or its absence";
      }
    }
    for (String marker : PROTOCOL_MARKERS) {
      if (m.contains(marker)) {
        return "TLS protocol problem: client and server share no protocol version or cipher suite";
      }
    }
    return null;
  }

  /** The first line of an exception message (OkHttp's host name message lists whole certificates). */
  static String firstLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }

  private static String lower(@Nullable String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
