package dev.newsflow.ingest.extract;

import static dev.newsflow.ingest.extract.ArticleExtractorTest.PROSE;
import static dev.newsflow.ingest.extract.ArticleExtractorTest.extract;
import static dev.newsflow.ingest.extract.ArticleExtractorTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Block;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each paragraph of the text says what kind of block it was, and the blocks are exactly the text. */
class BlockKindsTest {
  private static final String MARK = "The marked paragraph says that the ferry will run every hour from May";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      <p>MARK.</p>                                                   | PARAGRAPH
      <div>MARK.</div>                                               | PARAGRAPH
      <p><strong>MARK.</strong></p>                                  | PARAGRAPH
      <h2>MARK</h2>                                                  | HEADING
      <h3>MARK <a href="#s">(map)</a></h3>                           | HEADING
      <ul><li>MARK.</li></ul>                                        | LIST_ITEM
      <ol><li><p>MARK.</p></li></ol>                                 | LIST_ITEM
      <dl><dt>Ferry</dt><dd>MARK.</dd></dl>                          | LIST_ITEM
      <blockquote>MARK.</blockquote>                                 | QUOTE
      <blockquote><p>MARK.</p></blockquote>                          | QUOTE
      <blockquote><ul><li>MARK.</li></ul></blockquote>               | LIST_ITEM
      <table><tr><td>MARK.</td><td>12</td></tr></table>              | TABLE
      <table><caption>MARK.</caption><tr><td>1</td></tr></table>     | TABLE
      <pre>MARK.</pre>                                               | PREFORMATTED
      """)
  void paragraphKindIsTheNearestEnclosingBlock(String markup, Block.Kind expected) throws Exception {
    ExtractedArticle article = extract(page("", "<article>" + PROSE + markup.replace("MARK", MARK) + PROSE
        + "</article>"), null);

    assertThat(article.blocks()).filteredOn(b -> b.text().contains(MARK)).singleElement()
        .extracting(Block::kind).isEqualTo(expected);
    assertThat(article.blocks()).filteredOn(b -> b.text().startsWith("The harbour authority"))
        .allSatisfy(b -> assertThat(b.kind()).isEqualTo(Block.Kind.PARAGRAPH));
  }

  /** One element of a generated page: its kind and its (unique) sentence. */
  record Part(Block.Kind kind, String text) {
    String html() {
      return switch (kind) {
        case PARAGRAPH -> "<p>" + text + "</p>";
        case HEADING -> "<h3>" + text + "</h3>";
        case LIST_ITEM -> "<ul><li>" + text + "</li></ul>";
        case QUOTE -> "<blockquote><p>" + text + "</p></blockquote>";
        case TABLE -> "<table><tr><td>" + text + "</td></tr></table>";
        case PREFORMATTED -> "<pre>" + text + "</pre>";
      };
    }
  }

  private static final List<String> SENTENCES = List.of(
      "The council approved the budget for the new bridge after a long debate",
      "Residents said the noise from the building site had kept them awake for weeks",
      "市政府表示，新的公交线路将于下个月开通，覆盖城东的三个街道",
      "Le maire a annoncé que les travaux commenceront au printemps prochain",
      "Die Bauarbeiten am Hafen sollen nach Angaben der Stadt im Sommer beginnen",
      "وقال المتحدث إن المشروع سيكتمل قبل نهاية العام المقبل",
      "Short line",
      "Figures & facts <about> the port");

  @Provide
  Arbitrary<List<Part>> pages() {
    Arbitrary<Part> part = Combinators.combine(Arbitraries.of(Block.Kind.class), Arbitraries.of(SENTENCES))
        .as(Part::new);
    // Numbered by position, so that every sentence of a page is unique.
    return part.list().ofMinSize(1).ofMaxSize(25).map(list -> {
      List<Part> numbered = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        numbered.add(new Part(list.get(i).kind(), list.get(i).text() + " (" + i + ")."));
      }
      return numbered;
    });
  }

  @Property(tries = 200)
  void blocksJoinedAreTheTextAndKeepTheirKinds(@ForAll("pages") List<Part> parts) {
    StringBuilder body = new StringBuilder("<article>").append(PROSE);
    for (Part p : parts) {
      String html = p.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      body.append(new Part(p.kind(), html).html());
    }
    body.append("</article>");
    ExtractedArticle article;
    try {
      article = extract(page("", body.toString()), null);
    } catch (ExtractionException e) {
      throw new AssertionError("a page with prose has an article", e);
    }

    assertThat(Article.joined(article.blocks())).isEqualTo(article.text());
    assertThat(article.blocks()).hasSameSizeAs(article.paragraphs());
    for (Block block : article.blocks()) {
      parts.stream().filter(p -> p.text().equals(block.text())).findFirst()
          .ifPresent(p -> assertThat(block.kind()).as(block.text()).isEqualTo(p.kind()));
    }
  }
}
