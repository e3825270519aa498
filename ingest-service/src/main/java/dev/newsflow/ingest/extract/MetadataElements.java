package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements {@link PageMetadata} reads, gathered in one walk over the page. Asking the page a
 * dozen selector queries walked the whole tree a dozen times, and parsed each query anew on every
 * page.
 *
 * <p>Each list holds exactly what {@code doc.select(query)} gives for the query named in its
 * comment, in document order. The tag name only picks the candidates; a selector compiled once
 * decides, so that matching stays jsoup's. Descendant combinators ({@code body h1}) are answered
 * by counting the open ancestors that match, rather than by jsoup's structural evaluators, which
 * keep a per-query memo that only a full select clears.
 *
 * <p>A snapshot: it does not follow later changes to the page.
 */
final class MetadataElements {
  private static final Evaluator META_CONTENT = QueryParser.parse("meta[content]");
  private static final Evaluator LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
  private static final Evaluator IMAGE_SRC = QueryParser.parse("link[rel=image_src][href]");
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final Evaluator TITLE = QueryParser.parse("title");
  private static final Evaluator BODY = QueryParser.parse("body");
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator IMG_ALT = QueryParser.parse("img[alt]");
  private static final Evaluator TIME = QueryParser.parse("time[datetime]");
  private static final Evaluator PUBLISHED_TIME =
      QueryParser.parse("time[datetime][pubdate], time[datetime][itemprop=datePublished]");
  private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
  private static final Evaluator AUTHOR_SCOPE = QueryParser.parse("[itemprop=author]");
  private static final Evaluator AUTHOR_NAME = QueryParser.parse("[itemprop=name]");
  private static final Evaluator REL_AUTHOR = QueryParser.parse("[rel=author]");

  /** {@code meta[content]} */
  final List<Element> metas = new ArrayList<>();
  /** {@code script[type~=(?i)application/ld\+json]} */
  final List<Element> jsonLdScripts = new ArrayList<>();
  /** {@code html} */
  final List<Element> htmls = new ArrayList<>();
  /** {@code title} */
  final List<Element> titles = new ArrayList<>();
  /** {@code body h1} */
  final List<Element> bodyHeadings = new ArrayList<>();
  /** {@code img[alt]} */
  final List<Element> imagesWithAlt = new ArrayList<>();
  /** {@code time[datetime]} */
  final List<Element> times = new ArrayList<>();
  /** {@code [itemprop=author] [itemprop=name], [rel=author]} */
  final List<Element> authorElements = new ArrayList<>();
  /** The first {@code link[rel~=(?i)^canonical$][href]}, or null. */
  Element canonicalLink;
  /** The first {@code link[rel=image_src][href]}, or null. */
  Element imageSrcLink;
  /** The first {@code time[datetime][pubdate], time[datetime][itemprop=datePublished]}, or null. */
  Element publishedTime;
  /** The first {@code article time[datetime], main time[datetime]}, or null. */
  Element timeInArticle;

  private MetadataElements() {}

  static MetadataElements of(Document doc) {
    MetadataElements found = new MetadataElements();
    NodeTraversor.traverse(found.new Walk(doc), doc);
    return found;
  }

  /** Pre-order, as select orders its results; ancestors are counted on the way in and out. */
  private final class Walk implements NodeVisitor {
    private final Document root;
    private int bodies;
    private int articles;
    private int authorScopes;

    Walk(Document root) {
      this.root = root;
    }

    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (e.attributesSize() > 0 && isAuthorElement(e)) {
        authorElements.add(e);
      }
      switch (e.normalName()) {
        case "meta" -> add(META_CONTENT, e, metas);
        case "script" -> add(LD_JSON, e, jsonLdScripts);
        case "html" -> add(HTML, e, htmls);
        case "title" -> add(TITLE, e, titles);
        case "h1" -> {
          if (bodies > 0) {
            add(H1, e, bodyHeadings);
          }
        }
        case "img" -> add(IMG_ALT, e, imagesWithAlt);
        case "time" -> time(e);
        case "link" -> {
          if (canonicalLink == null && CANONICAL.matches(root, e)) {
            canonicalLink = e;
          }
          if (imageSrcLink == null && IMAGE_SRC.matches(root, e)) {
            imageSrcLink = e;
          }
        }
        default -> { }
      }
      enter(e, 1);
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        enter(e, -1);
      }
    }

    /** An element is its descendants' ancestor between its head and its tail, never its own. */
    private void enter(Element e, int step) {
      if (e.nameIs("body") && BODY.matches(root, e)) {
        bodies += step;
      }
      if ((e.nameIs("article") || e.nameIs("main")) && ARTICLE_OR_MAIN.matches(root, e)) {
        articles += step;
      }
      if (e.attributesSize() > 0 && AUTHOR_SCOPE.matches(root, e)) {
        authorScopes += step;
      }
    }

    private boolean isAuthorElement(Element e) {
      return authorScopes > 0 && AUTHOR_NAME.matches(root, e) || REL_AUTHOR.matches(root, e);
    }

    private void time(Element e) {
      if (!TIME.matches(root, e)) {
        return;
      }
      times.add(e);
      if (publishedTime == null && PUBLISHED_TIME.matches(root, e)) {
        publishedTime = e;
      }
      if (timeInArticle == null && articles > 0) {
        timeInArticle = e;
      }
    }

    private void add(Evaluator evaluator, Element e, List<Element> to) {
      if (evaluator.matches(root, e)) {
        to.add(e);
      }
    }
  }
}
