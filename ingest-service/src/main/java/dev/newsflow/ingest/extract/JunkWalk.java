package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The one walk over a page that {@link Boilerplate#removeJunk} starts with. It finds the elements
 * whose tag makes them junk, sizes the text of everything else as it will be once they are gone,
 * and lists the body's elements and links in document order, as {@code getAllElements} and {@code
 * getElementsByTag("a")} would list them after the removal. Four walks over the page (find, size,
 * links, judge) became this one and the judging pass over a list.
 *
 * <p>The lists describe the body this walk started from. Where removing the junk gives the
 * document another body (a {@code frameset} in place of a body) they are not used: see {@link
 * #body}.
 */
final class JunkWalk implements NodeVisitor {
  private static final Evaluator LINK = new Evaluator.Tag("a");

  private final Set<String> junkTags;
  private final Predicate<Element> exempt;
  private final Element body;
  private final TextSizes.Counter counter;
  /** The outermost elements with a junk tag, in document order. */
  final List<Element> junk = new ArrayList<>();
  /** The body and every element in it outside junk, in document order. */
  final List<Element> bodyElements = new ArrayList<>();
  /** The links among {@link #bodyElements}. */
  final List<Element> bodyLinks = new ArrayList<>();
  private int junkDepth;
  private boolean inBody;

  private JunkWalk(Document doc, Set<String> junkTags, Predicate<Element> exempt) {
    this.junkTags = junkTags;
    this.exempt = exempt;
    this.body = doc.body();
    this.counter = new TextSizes.Counter(doc);
  }

  /** Walks {@code doc}; {@code junkTags} are the normal names of the elements that are always junk. */
  static JunkWalk over(Document doc, Set<String> junkTags) {
    return over(doc, junkTags, e -> false);
  }

  /**
   * Walks {@code doc}; {@code junkTags} are the normal names of the elements that are junk unless
   * {@code exempt} says otherwise (a figure that holds text, say).
   */
  static JunkWalk over(Document doc, Set<String> junkTags, Predicate<Element> exempt) {
    JunkWalk walk = new JunkWalk(doc, junkTags, exempt);
    NodeTraversor.traverse(walk, doc);
    return walk;
  }

  /** The body the lists describe: the document's body when this walk began. */
  Element body() {
    return body;
  }

  /** Text sizes of the page without its junk; they do not follow later changes to the page. */
  TextSizes sizes() {
    return counter.sizes();
  }

  @Override
  public void head(Node node, int depth) {
    if (junkDepth > 0) {
      if (node instanceof Element) {
        junkDepth++;
      }
      return;
    }
    if (node instanceof Element e) {
      if (junkTags.contains(e.normalName()) && !exempt.test(e)) {
        junk.add(e);
        junkDepth = 1;
        return;
      }
      if (e == body) {
        inBody = true;
      }
      if (inBody) {
        bodyElements.add(e);
        if (LINK.matches(body, e)) {
          bodyLinks.add(e);
        }
      }
    }
    counter.head(node, depth);
  }

  @Override
  public void tail(Node node, int depth) {
    if (junkDepth > 0) {
      if (node instanceof Element) {
        junkDepth--;
      }
      return;
    }
    if (node == body) {
      inBody = false;
    }
    counter.tail(node, depth);
  }
}
