package dev.newsflow.common.article;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Hash of an article's text, used to tell a changed article from a re-fetch of the same one.
 *
 * <p>The text is NFC-normalised and its whitespace collapsed first, so that a page re-served with
 * different indentation or line endings keeps its hash. The result is {@code sha256:} followed by
 * 64 hex digits.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(String text) {
    String normalised = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .strip();
    return "sha256:" + HexFormat.of().formatHex(ArticleId.sha256(normalised.getBytes(StandardCharsets.UTF_8)));
  }
}
