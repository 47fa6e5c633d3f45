package dev.chatsdk.examples.snippets;

import dev.chatsdk.stream.StreamChatClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The code blocks of docs/reliability.md about the HTTP client. Compiled, never run. */
@SuppressWarnings("unused")
final class HttpClientSnippets {
  private HttpClientSnippets() {}

  static StreamChatClient privateCa(String key, String secret, Path caPem) throws IOException, GeneralSecurityException {
    // snippet:private-ca
    // Trust exactly one private CA (for example a TLS-inspecting proxy's), loaded from a PEM file.
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    try (InputStream pem = Files.newInputStream(caPem)) {
      X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
      trusted.setCertificateEntry("private-ca", ca);
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    X509TrustManager trustManager = (X509TrustManager) factory.getTrustManagers()[0];
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trustManager}, null);

    StreamChatClient client = StreamChatClient.builder()
        .apiKey(key).apiSecret(secret)
        .configureHttpClient(http -> http
            .sslSocketFactory(tls.getSocketFactory(), trustManager)
            .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.internal", 3128))))
        .build();
    // end-snippet
    return client;
  }
}
