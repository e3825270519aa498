package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
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

  private static final java.util.Set<String> HEADINGS = java.util.Set.of("h2", "h3", "h4", "h5", "h6");

  /** How many of the best-scored blocks are compared with the best one. */
  static final int RIVALS = 5;
  /** A rival scoring this share of the best block is as good as it. */
  static final double RIVAL_SHARE = 0.75;
  /** A sibling scoring this share of the best block continues the article. */
  static final double SIBLING_SHARE = 0.2;
  /** ... and scores at least this. */
  static final double SIBLING_MIN_SCORE = 5;
  /**
   * A sibling paragraph, or a sibling block holding prose, at least this long (weighted) with
   * little link text continues it too: a lead or a closing paragraph in a layout block of its own.
   */
  static final int SIBLING_PARAGRAPH_CHARS = 80;
  /** A line this long (weighted) is a paragraph, even without a sentence's ending. */
  static final int LONG_LINE_CHARS = 200;
  /** Siblings with more link text than this are link lists. */
  static final double MAX_SIBLING_LINK_DENSITY = 0.25;
  /** Blocks inside the one element the markup names as the article count this much more. */
  static final double MARKED_ARTICLE_BOOST = 1.5;
  /** Kept blocks that look alike and open with a date line are a listing from this many. */
  static final int MIN_LISTING_ENTRIES = 3;
  /** An entry's date line is among its first lines: title, date, byline. */
  static final int ENTRY_HEAD_LINES = 4;
  /** A wrapper is a parent with at most this much more text than its one real child. */
  static final double WRAPPER_SLACK = 1.1;

  /**
   * The elements that hold the main text under {@code body}, in document order: the best-scored
   * block, or its ancestor when that holds several equally good blocks (an article split into
   * sections), plus those of its siblings that continue it (more sections, loose paragraphs).
   * Just {@code body} when nothing stands out.
   */
  static List<Element> find(Element body) {
    Map<Element, Counts> counts = new IdentityHashMap<>();
    Counter counter = new Counter(counts, body);
    NodeTraversor.traverse(counter, body);
    Map<Element, Double> scores = scores(body, counter, counts);

    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
    // Ties go to the earlier block; the maps are keyed by identity, so their order is arbitrary.
    ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed()
        .thenComparingInt(entry -> counts.get(entry.getKey()).order));
    if (ranked.isEmpty() || ranked.getFirst().getValue() <= 0) {
      return List.of(body);
    }
    Element best = ranked.getFirst().getKey();
    double bestScore = ranked.getFirst().getValue();

    best = commonAncestorOfRivals(best, bestScore, ranked, body);
    List<Element> kept = withSiblings(best, scores.getOrDefault(best, bestScore), scores, counts, body);
    if (kept.size() == 1) {
      // The entries of a listing may be the chosen block's children rather than its siblings.
      Element first = firstOfDatedEntries(kept.getFirst().children(), null, null, counts);
      if (first != null) {
        return List.of(first);
      }
    }
    return kept;
  }

  /** Scores of the containers, each discounted by its share of link text. */
  private static Map<Element, Double> scores(
      Element body, Counter counter, Map<Element, Counts> counts) {
    Map<Element, Double> raw = new IdentityHashMap<>();
    // Summed in document order, so that equal pages give equal sums to the last bit.
    for (Element block : counter.inOrder) {
      Counts c = counts.get(block);
      if (c.ownChars < MIN_BLOCK_CHARS) {
        continue;
      }
      double ownLinkDensity = c.ownChars == 0 ? 0 : Math.min(1.0, (double) c.ownLinkChars / c.ownChars);
      double score = (1 + c.ownCommas + Math.min(c.ownChars / 100.0, 3)) * (1 - ownLinkDensity);
      Element first = Html.PARAGRAPHS.contains(block.normalName()) ? block.parent() : block;
      if (first == null) {
        continue;
      }
      raw.merge(first, score, Double::sum);
      Element second = first == body ? null : first.parent();
      if (second != null) {
        raw.merge(second, score / 2, Double::sum);
      }
    }
    Element marked = markedArticle(counter);
    Map<Element, Double> scores = new IdentityHashMap<>();
    raw.forEach((e, score) -> scores.put(e, score * (1 - linkDensity(counts.get(e)))
        * (marked != null && (e == marked || isAncestor(marked, e)) ? MARKED_ARTICLE_BOOST : 1)));
    return scores;
  }

  /**
   * The page's one article, where the markup says which it is: a single {@code article} element
   * or a single {@code itemprop=articleBody}; else null. Several of either are a list of teasers
   * and say nothing. The counting walk found the candidates.
   */
  private static Element markedArticle(Counter counter) {
    List<Element> marked = counter.articleBodies;
    if (marked.size() != 1) {
      marked = counter.articles;
    }
    return marked.size() == 1 ? marked.getFirst() : null;
  }

  /**
   * The lowest ancestor of {@code best} holding at least three blocks that score nearly as well:
   * an article split into sections scores each section about the same, and all of it is wanted.
   */
  private static Element commonAncestorOfRivals(
      Element best, double bestScore, List<Map.Entry<Element, Double>> ranked, Element body) {
    List<Element> rivals = new ArrayList<>();
    for (int i = 1; i < Math.min(RIVALS, ranked.size()); i++) {
      if (ranked.get(i).getValue() >= bestScore * RIVAL_SHARE) {
        rivals.add(ranked.get(i).getKey());
      }
    }
    if (rivals.size() < 3) {
      return best;
    }
    for (Element ancestor = best.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
      int inside = 0;
      for (Element rival : rivals) {
        if (isAncestor(ancestor, rival)) {
          inside++;
        }
      }
      if (inside >= 3) {
        return ancestor;
      }
    }
    return best;
  }

  /**
   * {@code best} and the siblings that continue it, in document order. Siblings are looked for
   * at the level of the outermost wrapper that holds nothing but {@code best}, since sites wrap
   * each part of an article (and each ad between them) in its own stack of layout blocks.
   */
  private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores,
      Map<Element, Counts> counts, Element body) {
    Element top = best;
    while (top.parent() != null && top.parent() != body
        && total(counts, top.parent()) <= total(counts, best) * WRAPPER_SLACK) {
      top = top.parent();
    }
    Element parent = top.parent();
    if (top == body || parent == null) {
      return List.of(best);
    }
    List<Element> siblings = parent.children();
    Map<Element, Double> siblingScores = bestScoreInside(siblings, parent, scores);
    double threshold = Math.max(SIBLING_MIN_SCORE, bestScore * SIBLING_SHARE);
    boolean[] keep = new boolean[siblings.size()];
    boolean afterTop = false;
    for (int i = 0; i < siblings.size(); i++) {
      Element sibling = siblings.get(i);
      if (sibling == top) {
        keep[i] = true;
        afterTop = true;
        continue;
      }
      Counts c = counts.get(sibling);
      if (c == null || linkDensity(c) >= MAX_SIBLING_LINK_DENSITY) {
        continue;
      }
      if ((siblingScores.getOrDefault(sibling, 0.0) >= threshold
          || c.totalChars >= SIBLING_PARAGRAPH_CHARS
              && (siblingScores.containsKey(sibling) || Html.PARAGRAPHS.contains(sibling.normalName())))
          && (!afterTop || holdsProse(sibling))) {
        keep[i] = true;
      }
    }
    // A heading between kept blocks titles the next one.
    for (int i = siblings.size() - 2; i >= 0; i--) {
      if (!keep[i] && keep[i + 1] && HEADINGS.contains(siblings.get(i).normalName())) {
        keep[i] = true;
      }
    }
    List<Element> kept = new ArrayList<>();
    for (int i = 0; i < siblings.size(); i++) {
      Element sibling = siblings.get(i);
      if (keep[i]) {
        kept.add(sibling == top ? best : sibling);
      }
    }
    Element firstEntry = firstOfDatedEntries(kept, top, best, counts);
    return firstEntry == null ? kept : List.of(firstEntry);
  }

  /**
   * Whether {@code block} holds a line of prose: long enough and ending as a sentence does, or
   * long enough to be a paragraph whatever its ending. A block after the article continues it only
   * with prose; boxes there (contacts, "more from us", statistics, calls to action) hold labels,
   * names and teaser titles.
   */
  private static boolean holdsProse(Element block) {
    if (block.nameIs("table") || block.nameIs("ul") || block.nameIs("ol") || block.nameIs("dl")
        || block.selectFirst("table, ul, ol, dl") != null) {
      return true;
    }
    for (Line line : BlockLines.of(block)) {
      int size = Html.weightedLength(line.text());
      if (size >= SIBLING_PARAGRAPH_CHARS && MainText.endsSentence(line.text()) || size >= LONG_LINE_CHARS) {
        return true;
      }
    }
    return false;
  }

  /**
   * When {@code blocks} are entries of a listing (a blog's front page, an archive), the first of
   * them; else null. Entries look alike (same tag and class as {@code top}, the best block's
   * wrapper, or as the first block with text) and each opens with its own date line, which the
   * parts of one article do not. {@code best} stands in for {@code top} in {@code blocks}.
   */
  private static Element firstOfDatedEntries(
      List<Element> blocks, Element top, Element best, Map<Element, Counts> counts) {
    if (blocks.size() < MIN_LISTING_ENTRIES) {
      return null;
    }
    Element shape = top;
    if (shape == null) {
      for (Element e : blocks) {
        if (total(counts, e) >= MIN_BLOCK_CHARS) {
          shape = e;
          break;
        }
      }
      if (shape == null) {
        return null;
      }
    }
    List<Element> entries = new ArrayList<>();
    for (Element e : blocks) {
      Element block = e == best ? top : e;
      if (block.normalName().equals(shape.normalName()) && block.className().equals(shape.className())
          && total(counts, block) >= MIN_BLOCK_CHARS) {
        entries.add(e);
      }
    }
    if (entries.size() < MIN_LISTING_ENTRIES) {
      return null;
    }
    for (Element e : entries) {
      if (!opensWithDate(e == best ? top : e)) {
        return null;
      }
    }
    return entries.getFirst();
  }

  private static boolean opensWithDate(Element entry) {
    List<Line> lines = BlockLines.of(entry);
    for (int i = 0; i < Math.min(ENTRY_HEAD_LINES, lines.size()); i++) {
      if (MainText.dateLine(lines.get(i).text(), null).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** For each of {@code siblings}, the best score of a block in it (itself included). */
  private static Map<Element, Double> bestScoreInside(
      List<Element> siblings, Element parent, Map<Element, Double> scores) {
    Map<Element, Double> best = new IdentityHashMap<>();
    scores.forEach((e, score) -> {
      for (Element x = e; x != null && x != parent; x = x.parent()) {
        if (x.parent() == parent) {
          best.merge(x, score, Math::max);
          return;
        }
      }
    });
    return best;
  }

  private static int total(Map<Element, Counts> counts, Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.totalChars;
  }

  private static double linkDensity(Counts c) {
    return c == null || c.totalChars == 0 ? 0 : Math.min(1.0, (double) c.totalLinkChars / c.totalChars);
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Text of an element: its own (through inline children) and its whole subtree's. */
  static final class Counts {
    /** Position in document order. */
    final int order;
    int ownChars;
    int ownLinkChars;
    int ownCommas;
    int totalChars;
    int totalLinkChars;

    Counts(int order) {
      this.order = order;
    }
  }

  /** Counts in one pass: a text node adds to its block; an element adds its totals to its parent. */
  private static final class Counter implements NodeVisitor {
    private static final Evaluator ARTICLE_BODY = new Evaluator.AttributeWithValue("itemprop", "articleBody");
    private static final Evaluator ARTICLE = new Evaluator.Tag("article");

    private final Map<Element, Counts> counts;
    private final Element root;
    private final List<Element> inOrder = new ArrayList<>();
    /** What {@code root.getElementsByAttributeValue("itemprop", "articleBody")} lists. */
    private final List<Element> articleBodies = new ArrayList<>();
    /** What {@code root.getElementsByTag("article")} lists. */
    private final List<Element> articles = new ArrayList<>();
    private int linkDepth;

    Counter(Map<Element, Counts> counts, Element root) {
      this.counts = counts;
      this.root = root;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        counts.put(e, new Counts(inOrder.size()));
        inOrder.add(e);
        if (e.attributesSize() > 0 && ARTICLE_BODY.matches(root, e)) {
          articleBodies.add(e);
        }
        if (e.nameIs("article") && ARTICLE.matches(root, e)) {
          articles.add(e);
        }
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
