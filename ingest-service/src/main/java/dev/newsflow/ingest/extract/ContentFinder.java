package dev.newsflow.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Picks the element that holds the main text, by text density.
 *
 * <p>Every block with enough text of its own scores its container: one point, one per comma, one
 * per hundred (weighted) characters up to three, discounted by its own share of link text. A
 * paragraph element ({@code p}, {@code li}, ...) scores its parent fully and its grandparent by
 * half, so that the element holding the paragraphs wins; a {@code div} or {@code td} with bare text
 * (old sites separate paragraphs with {@code <br>}) scores itself. The container's total is then
 * discounted by the share of link text in it, which sinks menus and link lists. Lengths are
 * weighted so that CJK text, which has no spaces between words, counts like other text.
 */
final class ContentFinder {
  /** Blocks with less own text than this (weighted) are captions, labels or menu items. */
  static final int MIN_BLOCK_CHARS = 25;

  private ContentFinder() {}

  /** The main content element under {@code body}, or {@code body} itself when nothing stands out. */
  static Element find(Element body) {
    Map<Element, Counts> counts = new IdentityHashMap<>();
    NodeTraversor.traverse(new Counter(counts), body);

    Map<Element, Double> scores = new IdentityHashMap<>();
    counts.forEach((block, c) -> {
      if (c.ownChars < MIN_BLOCK_CHARS) {
        return;
      }
      double ownLinkDensity = c.ownChars == 0 ? 0 : Math.min(1.0, (double) c.ownLinkChars / c.ownChars);
      double score = (1 + c.ownCommas + Math.min(c.ownChars / 100.0, 3)) * (1 - ownLinkDensity);
      Element first = Html.PARAGRAPHS.contains(block.normalName()) ? block.parent() : block;
      if (first == null) {
        return;
      }
      scores.merge(first, score, Double::sum);
      Element second = first == body ? null : first.parent();
      if (second != null) {
        scores.merge(second, score / 2, Double::sum);
      }
    });

    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Counts c = counts.get(entry.getKey());
      double linkDensity = c == null || c.totalChars == 0 ? 0 : (double) c.totalLinkChars / c.totalChars;
      double score = entry.getValue() * (1 - Math.min(1.0, linkDensity));
      if (score > bestScore) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  /** Text of an element: its own (through inline children) and its whole subtree's. */
  static final class Counts {
    int ownChars;
    int ownLinkChars;
    int ownCommas;
    int totalChars;
    int totalLinkChars;
  }

  /** Counts in one pass: a text node adds to its block; an element adds its totals to its parent. */
  private static final class Counter implements NodeVisitor {
    private final Map<Element, Counts> counts;
    private int linkDepth;

    Counter(Map<Element, Counts> counts) {
      this.counts = counts;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        counts.put(e, new Counts());
        if (e.nameIs("a")) {
          linkDepth++;
        }
      } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
        String text = t.getWholeText();
        int chars = Html.weightedLength(text);
        if (chars == 0) {
          return;
        }
        Element block = parent;
        while (!Html.isBlock(block) && block.parent() != null) {
          block = block.parent();
        }
        Counts own = counts.get(block);
        Counts direct = counts.get(parent);
        if (own != null) {
          own.ownChars += chars;
          own.ownCommas += Html.commas(text);
          if (linkDepth > 0) {
            own.ownLinkChars += chars;
          }
        }
        if (direct != null) {
          direct.totalChars += chars;
          if (linkDepth > 0) {
            direct.totalLinkChars += chars;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.nameIs("a")) {
          linkDepth--;
        }
        Counts mine = counts.get(e);
        Element parent = e.parent();
        Counts theirs = parent == null ? null : counts.get(parent);
        if (mine != null && theirs != null) {
          theirs.totalChars += mine.totalChars;
          theirs.totalLinkChars += mine.totalLinkChars;
        }
      }
    }
  }
}
