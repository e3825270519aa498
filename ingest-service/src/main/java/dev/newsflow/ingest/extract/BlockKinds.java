package dev.newsflow.ingest.extract;

import dev.newsflow.common.article.Block;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Gives each paragraph of the main text the kind of block it came from: the nearest enclosing
 * heading, list item, table cell, block quote or preformatted element decides, else it is prose.
 */
final class BlockKinds {
  private BlockKinds() {}

  /**
   * The blocks of {@code paragraphs}, which were taken in order from {@code lines} (each from one
   * line, possibly shortened: a credit or a leaked tag cut off). A paragraph whose line cannot be
   * found is prose.
   */
  static List<Block> of(List<String> paragraphs, List<Line> lines) {
    List<Block> blocks = new ArrayList<>(paragraphs.size());
    int next = 0;
    for (String paragraph : paragraphs) {
      Block.Kind kind = Block.Kind.PARAGRAPH;
      // Paragraphs are a subsequence of the lines, so the search only moves forward; the line a
      // paragraph came from always matches, so a match is never beyond it.
      for (int i = next; i < lines.size(); i++) {
        if (lines.get(i).text().contains(paragraph)) {
          kind = kindOf(lines.get(i).owner());
          next = i + 1;
          break;
        }
      }
      blocks.add(new Block(kind, paragraph));
    }
    return blocks;
  }

  /** The kind of block {@code owner}, the innermost block element around a line, makes it. */
  static Block.Kind kindOf(Element owner) {
    for (Element e = owner; e != null && !e.nameIs("body"); e = e.parent()) {
      switch (e.normalName()) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          return Block.Kind.HEADING;
        }
        case "li", "dt", "dd" -> {
          return Block.Kind.LIST_ITEM;
        }
        case "td", "th", "tr", "caption", "table" -> {
          return Block.Kind.TABLE;
        }
        case "blockquote" -> {
          return Block.Kind.QUOTE;
        }
        case "pre", "listing", "xmp", "plaintext" -> {
          return Block.Kind.PREFORMATTED;
        }
        default -> {
          // keep looking outwards
        }
      }
    }
    return Block.Kind.PARAGRAPH;
  }
}
