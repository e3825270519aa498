package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.decode.PageDecoder;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages in scripts that do not separate words by spaces (Thai) or run right to left (Arabic,
 * Hebrew), in {@code src/test/resources/extract/scripts}: the article comes out paragraph by
 * paragraph with its headline, byline and time, and the page chrome around it does not, whether
 * the page is UTF-8 or in its script's legacy charset.
 */
class WritingSystemsTest {
  static final Path DIR = Path.of("src", "test", "resources", "extract", "scripts");
  static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
      Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC), new PageDecoder());

  /** The fixture's paragraphs, read from its text column rather than repeated here. */
  static List<String> paragraphs(String html) {
    Document doc = Jsoup.parse(html);
    return doc.select("article p:not(.byline), .entry-content p").eachText();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "thai.html|UTF-8|สภากรุงเทพฯ อนุมัติงบซ่อมสะพานพระราม 8|สมชาย ใจดี|+07:00|ข่าวที่เกี่ยวข้อง",
      "thai.html|windows-874|สภากรุงเทพฯ อนุมัติงบซ่อมสะพานพระราม 8|สมชาย ใจดี|+07:00|ข่าวที่เกี่ยวข้อง",
      "arabic.html|UTF-8|مجلس المدينة يوافق على إعادة بناء الجسر القديم|أحمد علي|+03:00|اقرأ أيضا",
      "arabic.html|windows-1256|مجلس المدينة يوافق على إعادة بناء الجسر القديم|أحمد علي|+03:00|اقرأ أيضا",
      "hebrew.html|UTF-8|מועצת העיר אישרה את שיקום הגשר הישן|דנה כהן|+02:00|כתבות נוספות",
      "hebrew.html|windows-1255|מועצת העיר אישרה את שיקום הגשר הישן|דנה כהן|+02:00|כתבות נוספות",
  })
  void articleComesOutWholeInItsOwnScriptAndCharset(String fixture, String charset, String title,
      String author, String offset, String relatedHeading) throws IOException, ExtractionException {
    String html = Files.readString(DIR.resolve(fixture), StandardCharsets.UTF_8);
    byte[] body = html.replace("<meta charset=\"utf-8\">", "").getBytes(Charset.forName(charset));

    ExtractedArticle article = EXTRACTOR.extract(
        body, "text/html; charset=" + charset, URI.create("https://news.example.org/" + fixture), null);

    assertThat(article.title()).isEqualTo(title);
    assertThat(article.authors()).containsExactly(author);
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2026-02-07T08:23:00" + offset));
    assertThat(article.text()).isEqualTo(String.join("\n\n", paragraphs(html)));
    assertThat(article.text()).doesNotContain(relatedHeading, "©", "\uFFFD");
  }

  @ParameterizedTest(name = "{0} in {1}, undeclared")
  @CsvSource(delimiter = '|', value = {
      "thai.html|windows-874",
      "arabic.html|windows-1256",
      "hebrew.html|windows-1255",
  })
  void undeclaredLegacyCharsetIsDetected(String fixture, String charset)
      throws IOException, ExtractionException {
    String html = Files.readString(DIR.resolve(fixture), StandardCharsets.UTF_8);
    byte[] body = html.replace("<meta charset=\"utf-8\">", "").getBytes(Charset.forName(charset));

    ExtractedArticle article = EXTRACTOR.extract(
        body, "text/html", URI.create("https://news.example.org/" + fixture), null);

    assertThat(article.text()).isEqualTo(String.join("\n\n", paragraphs(html)));
  }
}
