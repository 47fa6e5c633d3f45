package dev.chatsdk.testing.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A minimal self-signed X.509 (v1) certificate for an RSA key, written in DER by hand because the
 * JDK has no public API to create one: the emulator publishes its signing key the way Google does
 * (key id to PEM certificate), and only the public key inside is ever used. Not for TLS.
 */
final class SelfSignedCertificate {
  private static final byte[] SHA256_WITH_RSA = {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7,
      0x0d, 0x01, 0x01, 0x0b};
  private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private SelfSignedCertificate() {}

  /** The PEM text of a certificate for {@code keys.getPublic()}, signed by {@code keys.getPrivate()}. */
  static String pem(KeyPair keys, String commonName, Instant notBefore, Instant notAfter)
      throws GeneralSecurityException {
    byte[] algorithm = seq(SHA256_WITH_RSA, new byte[] {0x05, 0x00});
    byte[] name = seq(tlv(0x31, seq(COMMON_NAME, tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
    byte[] validity = seq(time(notBefore), time(notAfter));
    byte[] serial = tlv(0x02, BigInteger.valueOf(notBefore.getEpochSecond()).toByteArray());
    byte[] tbs = seq(serial, algorithm, name, validity, name, keys.getPublic().getEncoded());
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(keys.getPrivate());
    signer.update(tbs);
    byte[] sig = signer.sign();
    byte[] bits = new byte[sig.length + 1]; // leading byte: no unused bits
    System.arraycopy(sig, 0, bits, 1, sig.length);
    byte[] der = seq(tbs, algorithm, tlv(0x03, bits));
    return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END CERTIFICATE-----\n";
  }

  private static byte[] time(Instant t) {
    return tlv(0x17, UTC_TIME.format(t).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] seq(byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      content.writeBytes(p);
    }
    return tlv(0x30, content.toByteArray());
  }

  /** Tag, DER length (short or long form), value. */
  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
    out.write(tag);
    int n = value.length;
    if (n < 0x80) {
      out.write(n);
    } else {
      int bytes = n > 0xffff ? 3 : n > 0xff ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(n >>> (8 * i));
      }
    }
    out.writeBytes(value);
    return out.toByteArray();
  }
}
