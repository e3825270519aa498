package dev.newsflow.ingest.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The weighted text length (see {@link Html#weightedLength}), link text length and number of prose
 * paragraphs of every element of a subtree, counted in one pass rather than by asking each element
 * for its text, which is quadratic on deeply nested pages.
 */
final class TextSizes {
  /** A paragraph at least this long (weighted) with little link text is prose. */
  static final int PROSE_PARAGRAPH_CHARS = 150;
  /** ... where little is at most this share. */
  static final double PROSE_MAX_LINK_SHARE = 0.2;

  private final Map<Element, Counts> counts;

  private TextSizes(Map<Element, Counts> counts) {
    this.counts = counts;
  }

  private static final class Counts {
    int chars;
    int linkChars;
    int proseParagraphs;
  }

  static TextSizes of(Element root) {
    Counter counter = new Counter(root);
    NodeTraversor.traverse(counter, root);
    return counter.sizes();
  }

  /**
   * Sizes under {@code root}, listing {@code root} and the elements under it in {@code inOrder} on
   * the same walk, in document order as {@code getAllElements} lists them.
   */
  static TextSizes of(Element root, List<Element> inOrder) {
    Counter counter = new Counter(root);
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          inOrder.add(e);
        }
        counter.head(node, depth);
      }

      @Override
      public void tail(Node node, int depth) {
        counter.tail(node, depth);
      }
    }, root);
    return counter.sizes();
  }

  /**
   * Counts the nodes it is shown, in document order, under {@code root}. A walk that has other
   * work to do on the way drives it, so the page is walked once; nodes it is not shown count for
   * nothing, as if they were not on the page.
   */
  static final class Counter implements NodeVisitor {
    private final Element root;
    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private int linkDepth;

    Counter(Element root) {
      this.root = root;
    }

    TextSizes sizes() {
      return new TextSizes(counts);
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t && node.parent() instanceof Element parent) {
        int chars = Html.weightedLength(t.getWholeText());
        if (chars > 0) {
          Counts c = counts.computeIfAbsent(parent, k -> new Counts());
          c.chars += chars;
          if (linkDepth > 0) {
            c.linkChars += chars;
          }
        }
      } else if (node instanceof Element e && e.nameIs("a")) {
        linkDepth++;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (e.nameIs("a")) {
        linkDepth--;
      }
      Counts mine = counts.get(e);
      if (mine == null) {
        return;
      }
      if (e.nameIs("p") && mine.chars >= PROSE_PARAGRAPH_CHARS
          && mine.linkChars <= mine.chars * PROSE_MAX_LINK_SHARE) {
        mine.proseParagraphs++;
      }
      if (node != root && e.parent() != null) {
        Counts theirs = counts.computeIfAbsent(e.parent(), k -> new Counts());
        theirs.chars += mine.chars;
        theirs.linkChars += mine.linkChars;
        theirs.proseParagraphs += mine.proseParagraphs;
      }
    }
  }

  /** The weighted length of {@code e}'s text; 0 for elements not in the subtree. */
  int size(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.chars;
  }

  /** The weighted length of the link text in {@code e}. */
  int linkSize(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.linkChars;
  }

  /** How many prose paragraphs {@code e} holds: long {@code p} elements with little link text. */
  int proseParagraphs(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.proseParagraphs;
  }
}
