package dev.newsflow.ingest.extract;

import static dev.newsflow.ingest.extract.ArticleExtractorTest.PROSE;
import static dev.newsflow.ingest.extract.ArticleExtractorTest.extract;
import static dev.newsflow.ingest.extract.ArticleExtractorTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section, tags and main image come from what the page declares, JSON-LD first. */
class ArticleDetailsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      JSON-LD section                | <script type="application/ld+json">{"@type":"NewsArticle","articleSection":"Politics"}</script> | Politics
      JSON-LD section list           | <script type="application/ld+json">{"@type":"NewsArticle","articleSection":["Europe","World"]}</script> | Europe
      article:section                | <meta property="article:section" content=" World  news ">                                        | World news
      JSON-LD wins over meta         | <meta property="article:section" content="World"><script type="application/ld+json">{"@type":"NewsArticle","articleSection":"国际"}</script> | 国际
      none                           | <meta name="description" content="A page about the port.">                                      | null
      """)
  void sectionIsWhatThePageFilesTheArticleUnder(String what, String head, String expected) throws Exception {
    assertThat(extract(page(head, "<article>" + PROSE + "</article>"), null).section()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      JSON-LD keywords array   | <script type="application/ld+json">{"@type":"NewsArticle","keywords":["Port","Shipping"]}</script> | Port;Shipping
      JSON-LD keywords string  | <script type="application/ld+json">{"@type":"NewsArticle","keywords":"Port, Shipping ,,Trade"}</script> | Port;Shipping;Trade
      repeated article:tag     | <meta property="article:tag" content="Port"><meta property="article:tag" content="Hamburg"> | Port;Hamburg
      news_keywords            | <meta name="news_keywords" content="港口, 航运、贸易">                                         | 港口;航运;贸易
      keywords                 | <meta name="keywords" content="port,PORT,Port authority">                                     | port;Port authority
      news_keywords over keywords | <meta name="keywords" content="site,everything"><meta name="news_keywords" content="port"> | port
      JSON-LD over article:tag | <meta property="article:tag" content="Tag"><script type="application/ld+json">{"@type":"NewsArticle","keywords":["Keyword"]}</script> | Keyword
      none                     | <title>Port</title>                                                                           | ''
      """)
  void tagsAreThePagesOwnInPageOrderWithoutDuplicates(String what, String head, String expected) throws Exception {
    ExtractedArticle article = extract(page(head, "<article>" + PROSE + "</article>"), null);
    assertThat(String.join(";", article.tags())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      og:image absolute        | <meta property="og:image" content="https://cdn.example.org/a.jpg">                    | https://cdn.example.org/a.jpg
      og:image relative        | <meta property="og:image" content="/img/a.jpg">                                       | https://news.example.org/img/a.jpg
      og:image protocol-relative | <meta property="og:image" content="//cdn.example.org/a.jpg">                        | https://cdn.example.org/a.jpg
      secure_url first         | <meta property="og:image" content="http://x.example.org/a.jpg"><meta property="og:image:secure_url" content="https://x.example.org/a.jpg"> | https://x.example.org/a.jpg
      JSON-LD string           | <script type="application/ld+json">{"@type":"NewsArticle","image":"https://e.example/ld.jpg"}</script><meta property="og:image" content="/og.jpg"> | https://e.example/ld.jpg
      JSON-LD ImageObject list | <script type="application/ld+json">{"@type":"NewsArticle","image":[{"@type":"ImageObject","url":"/ld.jpg"}]}</script> | https://news.example.org/ld.jpg
      twitter:image            | <meta name="twitter:image" content="https://e.example/t.png">                          | https://e.example/t.png
      data URL refused         | <meta property="og:image" content="data:image/png;base64,AAAA">                         | null
      javascript refused       | <meta property="og:image" content="javascript:alert(1)">                                | null
      body images ignored      | <title>Port</title>                                                                   | null
      """)
  void mainImageIsAnAbsoluteWebUrlThePageDeclares(String what, String head, String expected) throws Exception {
    ExtractedArticle article = extract(page(head, "<article><img src=\"/body.jpg\">" + PROSE + "</article>"), null);
    assertThat(article.image()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      og:description      | <meta property="og:description" content="The port opens a terminal.">  | The port opens a terminal.
      meta description    | <meta name="description" content=" The   port. ">                      | The port.
      none: not the lead  | <title>Port</title>                                                    | null
      """)
  void descriptionIsOnlyWhatThePageDeclaresNeverTheLead(String what, String head, String expected)
      throws Exception {
    assertThat(extract(page(head, "<article>" + PROSE + "</article>"), null).description()).isEqualTo(expected);
  }
}
