package dev.newsflow.ingest.decode;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset a page declares in a {@code <meta>} tag, looking only at the first bytes.
 *
 * <p>A simplified version of the WHATWG "prescan a byte stream to determine its encoding": comments
 * are skipped, {@code <meta charset>} and {@code <meta http-equiv="Content-Type" content="...;
 * charset=...">} are recognised, and the first declaration wins. The scan is linear and bounded, so a
 * malformed head (unclosed tags, unterminated quotes, a megabyte of attributes) cannot make it loop.
 */
final class MetaCharsetScanner {
  static final int LOOK_AHEAD_BYTES = 8 * 1024;
  private static final int MAX_TAG_CHARS = 1024;
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s=/>]+)\\s*(?:=\\s*(?:\"([^\"]*)\"?|'([^']*)'?|([^\\s>]*)))?");
  private static final Pattern CONTENT_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"']+)", Pattern.CASE_INSENSITIVE);

  private MetaCharsetScanner() {}

  /** The raw charset label declared in the first {@value #LOOK_AHEAD_BYTES} bytes, if any. */
  static Optional<String> declaredLabel(byte[] body, int offset) {
    int end = Math.min(body.length, offset + LOOK_AHEAD_BYTES);
    // Latin-1 maps bytes 1:1 to chars, so ASCII markup is readable whatever the real charset is.
    String head = new String(body, offset, end - offset, StandardCharsets.ISO_8859_1);
    // Only the tag name needs comparing without case, so the head is not copied in lower case.
    int i = 0;
    while (i < head.length()) {
      int lt = head.indexOf('<', i);
      if (lt < 0) {
        return Optional.empty();
      }
      if (head.startsWith("<!--", lt)) {
        int close = head.indexOf("-->", lt + 4);
        if (close < 0) {
          return Optional.empty();
        }
        i = close + 3;
        continue;
      }
      if (head.regionMatches(true, lt, "<meta", 0, 5) && lt + 5 < head.length()
          && isTagNameEnd(head.charAt(lt + 5))) {
        int gt = head.indexOf('>', lt);
        int tagEnd = gt < 0 ? head.length() : gt;
        String attributes = head.substring(lt + 5, Math.min(tagEnd, lt + 5 + MAX_TAG_CHARS));
        Optional<String> label = labelOf(attributes);
        if (label.isPresent()) {
          return label;
        }
        i = tagEnd + 1;
        continue;
      }
      i = lt + 1;
    }
    return Optional.empty();
  }

  private static boolean isTagNameEnd(char c) {
    return Character.isWhitespace(c) || c == '/';
  }

  private static Optional<String> labelOf(String attributes) {
    String charset = null;
    String content = null;
    boolean contentTypePragma = false;
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      if (value == null) {
        continue;
      }
      switch (name) {
        case "charset" -> charset = charset == null ? value : charset;
        case "content" -> content = content == null ? value : content;
        case "http-equiv" -> contentTypePragma |= value.strip().equalsIgnoreCase("content-type");
        default -> { }
      }
    }
    if (charset != null && !charset.isBlank()) {
      return Optional.of(charset.strip());
    }
    if (contentTypePragma && content != null) {
      Matcher c = CONTENT_CHARSET.matcher(content);
      if (c.find()) {
        return Optional.of(c.group(1));
      }
    }
    return Optional.empty();
  }
}
