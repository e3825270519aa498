package dev.newsflow.ingest.extract;

import dev.newsflow.common.article.Block;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika's parsers write into blocks: one per paragraph, heading, list item,
 * table cell or preformatted section, with the kind that element gives. Line breaks inside a
 * paragraph (a PDF's line ends) become spaces, or nothing between two CJK characters.
 *
 * <p>Stops the parse (with an exception {@link #isTextLimit} recognises) once the text reaches its
 * limit, keeping the blocks read so far.
 */
final class DocumentBlocks extends DefaultHandler {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "caption", "pre",
      "blockquote", "title", "br");

  private final int maxChars;
  private final List<Block> blocks = new ArrayList<>();
  private final Deque<String> open = new ArrayDeque<>();
  private final StringBuilder current = new StringBuilder();
  private int chars;
  /** Text inside {@code <head>} (the title) is metadata, not body text. */
  private int headDepth;

  DocumentBlocks(int maxChars) {
    this.maxChars = maxChars;
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }

  /** Whether {@code e} (or what it wraps: parsers wrap handler exceptions) is the text limit. */
  static boolean isTextLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TextLimit) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    String name = name(localName, qName);
    if (name.equals("head")) {
      headDepth++;
    }
    if (BLOCKS.contains(name)) {
      flush();
    }
    open.push(name);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = name(localName, qName);
    if (BLOCKS.contains(name)) {
      flush();
    }
    if (name.equals("head")) {
      headDepth--;
    }
    if (!open.isEmpty()) {
      open.pop();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (headDepth == 0) {
      current.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() throws SAXException {
    flush();
  }

  private void flush() throws SAXException {
    String text = Html.collapseWhitespace(joinLines(current)).strip();
    current.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    if (chars + text.length() > maxChars) {
      throw new TextLimit();
    }
    chars += text.length() + 2;
    blocks.add(new Block(kind(), text));
  }

  private Block.Kind kind() {
    for (String name : open) {
      switch (name) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          return Block.Kind.HEADING;
        }
        case "li", "dt", "dd" -> {
          return Block.Kind.LIST_ITEM;
        }
        case "td", "th", "caption", "table" -> {
          return Block.Kind.TABLE;
        }
        case "blockquote" -> {
          return Block.Kind.QUOTE;
        }
        case "pre" -> {
          return Block.Kind.PREFORMATTED;
        }
        default -> {
          // keep looking outwards
        }
      }
    }
    return Block.Kind.PARAGRAPH;
  }

  /** Line breaks become spaces, except between two CJK characters, which have none between them. */
  private static String joinLines(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
        int j = i + 1;
        while (j < s.length() && (s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
          j++;
        }
        char after = j < s.length() ? s.charAt(j) : ' ';
        if (!(Html.isCjk(before) && Html.isCjk(after))) {
          out.append(' ');
        }
        i = j - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
  }

  /** Thrown to stop a parse whose text is long enough; carries no stack. */
  private static final class TextLimit extends SAXException {
    private static final long serialVersionUID = 1L;

    TextLimit() {
      super("text limit reached");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
