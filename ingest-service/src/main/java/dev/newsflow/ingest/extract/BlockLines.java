package dev.newsflow.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders a subtree as lines of text, the way a browser breaks them at block elements and
 * {@code <br>}. The traversal is iterative, so deeply nested markup cannot overflow the stack.
 */
final class BlockLines implements NodeVisitor {
  private final List<Line> lines = new ArrayList<>();
  private final Deque<Element> openBlocks = new ArrayDeque<>();
  private final StringBuilder current = new StringBuilder();
  private int linkChars;
  private int linkDepth;

  private BlockLines() {}

  static List<Line> of(Element root) {
    BlockLines visitor = new BlockLines();
    visitor.openBlocks.push(root);
    NodeTraversor.traverse(visitor, root);
    visitor.flush();
    return visitor.lines;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      // Collapsed straight into the line: a string per text node was a good share of the garbage.
      boolean afterSpace = current.isEmpty() || current.charAt(current.length() - 1) == ' ';
      int appended = Html.appendCollapsed(text.getWholeText(), afterSpace, current);
      if (linkDepth > 0) {
        linkChars += appended;
      }
    } else if (node instanceof Element e) {
      if (e.nameIs("a")) {
        linkDepth++;
      }
      if (Html.isBlock(e)) {
        flush();
        openBlocks.push(e);
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      if (e.nameIs("a")) {
        linkDepth--;
      }
      if (Html.isBlock(e)) {
        flush();
        if (!openBlocks.isEmpty() && openBlocks.peek() == e) {
          openBlocks.pop();
        }
      }
    }
  }

  private void flush() {
    // As current.toString().strip(), with one copy.
    int start = 0;
    int end = current.length();
    while (start < end && Character.isWhitespace(current.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(current.charAt(end - 1))) {
      end--;
    }
    String text = current.substring(start, end);
    if (!text.isEmpty()) {
      lines.add(new Line(text, Math.min(text.length(), linkChars), openBlocks.isEmpty() ? null : openBlocks.peek()));
    }
    current.setLength(0);
    linkChars = 0;
  }
}
