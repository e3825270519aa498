package dev.newsflow.common.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids.
 *
 * <p>An article id is the first 128 bits of the SHA-256 of its canonical URL, as 32 lower-case hex
 * digits. The same canonical URL always gives the same id, across instances, restarts and
 * versions, so consumers can join and dedupe on it. Changing this function is a breaking change of
 * the topic contract.
 */
public final class ArticleId {
  private ArticleId() {}

  /** The id of the article whose canonical URL is {@code canonicalUrl}. */
  public static String of(String canonicalUrl) {
    if (canonicalUrl == null || canonicalUrl.isBlank()) {
      throw new IllegalArgumentException("canonical URL must not be blank");
    }
    byte[] digest = sha256(canonicalUrl.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  /** Whether {@code id} has the shape of an article id. */
  public static boolean isValid(String id) {
    return id != null && id.matches("[0-9a-f]{32}");
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
