package dev.newsflow.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The weighted text length (see {@link Html#weightedLength}) of every element of a subtree,
 * counted in one pass rather than by asking each element for its text, which is quadratic on
 * deeply nested pages.
 */
final class TextSizes {
  private final Map<Element, Integer> sizes;

  private TextSizes(Map<Element, Integer> sizes) {
    this.sizes = sizes;
  }

  static TextSizes of(Element root) {
    Map<Element, Integer> sizes = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          sizes.merge(parent, Html.weightedLength(t.getWholeText()), Integer::sum);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && node != root && e.parent() != null) {
          sizes.merge(e.parent(), sizes.getOrDefault(e, 0), Integer::sum);
        }
      }
    }, root);
    return new TextSizes(sizes);
  }

  /** The weighted length of {@code e}'s text; 0 for elements not in the subtree. */
  int size(Element e) {
    return sizes.getOrDefault(e, 0);
  }
}
