package dev.newsflow.ingest.extract;

import java.util.List;
import java.util.Optional;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * CSS selectors a source gives for its own pages. What they find wins over the extractor's
 * heuristics; a selector that finds nothing on a page leaves that part to the heuristics.
 *
 * @param body the element(s) holding the article text, or null
 * @param title the headline element (its text, or a {@code <meta>}'s {@code content}), or null
 * @param byline the element(s) naming the authors, or null
 * @param date the element holding the publication time ({@code datetime} or {@code content}
 *     attribute, else its text), or null
 * @param drop elements removed from the page before anything else is read
 */
public record ExtractionOverrides(String body, String title, String byline, String date, List<String> drop) {
  /** No overrides: the heuristics decide everything. */
  public static final ExtractionOverrides NONE = new ExtractionOverrides(null, null, null, null, List.of());
  /** A longer selector is a mistake (or an attack on the parser), not a page layout. */
  public static final int MAX_SELECTOR_CHARS = 500;
  /** How many drop selectors one source may give. */
  public static final int MAX_DROP_SELECTORS = 100;

  /**
   * @throws IllegalArgumentException when a selector is not valid CSS (see {@link #problem})
   */
  public ExtractionOverrides {
    body = check(body);
    title = check(title);
    byline = check(byline);
    date = check(date);
    drop = drop == null ? List.of() : List.copyOf(drop);
    if (drop.size() > MAX_DROP_SELECTORS) {
      throw new IllegalArgumentException(drop.size() + " drop selectors; at most " + MAX_DROP_SELECTORS);
    }
    for (String selector : drop) {
      if (check(selector) == null) {
        throw new IllegalArgumentException("a drop selector is blank");
      }
    }
  }

  /** Whether no selector is given. */
  public boolean isEmpty() {
    return body == null && title == null && byline == null && date == null && drop.isEmpty();
  }

  /** Why {@code css} is not a usable selector, or empty when it is one. */
  public static Optional<String> problem(String css) {
    if (css == null || css.isBlank()) {
      return Optional.of("an empty selector");
    }
    if (css.length() > MAX_SELECTOR_CHARS) {
      return Optional.of("a selector of " + css.length() + " characters; at most " + MAX_SELECTOR_CHARS);
    }
    try {
      QueryParser.parse(css.strip());
      return Optional.empty();
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  private static String check(String css) {
    if (css == null || css.isBlank()) {
      return null;
    }
    Optional<String> problem = problem(css);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("'" + css + "' is not a CSS selector: " + problem.get());
    }
    return css.strip();
  }
}
