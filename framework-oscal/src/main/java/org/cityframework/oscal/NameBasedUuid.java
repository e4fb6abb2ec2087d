package org.cityframework.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs of RFC 4122 version 5 (SHA-1) in the namespace of {@link
 * OscalDocuments#NAMESPACE}, so the same input always gives the same UUIDs, and so the same
 * document bytes. OSCAL accepts only version 4 and version 5 UUIDs.
 */
final class NameBasedUuid {
  /** The namespace UUID of cityframework's OSCAL documents, chosen once at random. */
  static final UUID NAMESPACE = UUID.fromString("83a10c37-058b-428f-9f54-f6452b9d4bfd");

  private NameBasedUuid() {}

  /** The version 5 UUID of a name in our namespace. */
  static String of(String name) {
    return of(name.getBytes(StandardCharsets.UTF_8));
  }

  /** The version 5 UUID of a name, given as bytes, in our namespace. */
  static String of(byte[] name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer namespace = ByteBuffer.allocate(16);
    namespace.putLong(NAMESPACE.getMostSignificantBits());
    namespace.putLong(NAMESPACE.getLeastSignificantBits());
    sha1.update(namespace.array());
    byte[] hash = sha1.digest(name);
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // the RFC 4122 variant
    ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bits.getLong(), bits.getLong()).toString();
  }
}
