package dev.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * One paragraph of an article's text with what kind of block it was on the page: the light
 * structure beside {@link Article#text()}.
 *
 * @param kind what the paragraph was on the page
 * @param text the paragraph, exactly as in {@link Article#text()}: not empty, no blank line inside
 */
public record Block(Kind kind, String text) {

  /** What a paragraph was on the page. */
  public enum Kind {
    /** Running prose (and anything that is not one of the others). */
    PARAGRAPH,
    /** A heading inside the article (the headline itself is {@link Article#title()}). */
    HEADING,
    /** One item of a bulleted, numbered or definition list. */
    LIST_ITEM,
    /** A block quotation. */
    QUOTE,
    /** One row or cell of a table, as text. */
    TABLE,
    /** Preformatted text (code, a poem, a fixed-width listing); line breaks are not kept. */
    PREFORMATTED;

    /** The name in JSON: lower case, words joined by a hyphen ({@code list-item}). */
    @JsonValue
    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind a JSON name stands for. A name this version does not know reads as {@link
     * #PARAGRAPH}, so that a kind added later never makes a record unreadable.
     */
    @JsonCreator
    public static Kind fromWireName(String name) {
      for (Kind kind : values()) {
        if (kind.wireName().equals(name)) {
          return kind;
        }
      }
      return PARAGRAPH;
    }
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a block has text");
    }
    if (text.contains("\n\n")) {
      throw new IllegalArgumentException("a block is one paragraph: no blank line inside");
    }
  }

  /** A block of running prose. */
  public static Block paragraph(String text) {
    return new Block(Kind.PARAGRAPH, text);
  }
}
