package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleLinksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      # dates in the path
      https://www.aljazeera.com/news/2026/11/29/ceasefire-talks-resume-in-cairo
      https://www.lemonde.fr/international/article/2026/11/29/la-cop-se-termine_6543210_3210.html
      https://elpais.com/internacional/2026-11-29/el-gobierno-aprueba-los-presupuestos.html
      https://www1.folha.uol.com.br/mundo/2026/11/governo-anuncia-novo-pacote.shtml
      http://www.chinadaily.com.cn/a/202611/29/WS6749a1b2a310f1265a1d4b5e.html
      http://www.news.cn/20261129/3f9a8c1d2e/c.html
      http://politics.people.com.cn/n1/2026/1129/c1001-40000000.html
      https://www3.nhk.or.jp/news/html/20261129/k10014000000000.html
      https://www.aljazeera.net/news/2026/11/29/%D8%A7%D9%84%D9%85%D9%81%D8%A7%D9%88%D8%B6%D8%A7%D8%AA
      # numeric ids
      https://tass.ru/politika/19876543
      https://www.bbc.com/news/world-europe-67543210
      https://www.interfax.ru/world/987654
      https://news.example.kr/view.php?idxno=123456
      # long slugs in several scripts
      https://www.spiegel.de/politik/deutschland/bundestag-beschliesst-neues-heizungsgesetz-a-1b2c3d4e
      https://www.theguardian.com/world/live-updates-as-leaders-meet-in-brussels
      https://lenta.ru/news/pravitelstvo-utverdilo-novyy-byudzhet-na-god/
      https://www.example.ru/news/%D0%BF%D1%80%D0%B0%D0%B2%D0%B8%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE-%D1%83%D1%82%D0%B2%D0%B5%D1%80%D0%B4%D0%B8%D0%BB%D0%BE-%D0%BD%D0%BE%D0%B2%D1%8B%D0%B9-%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82-%D1%81%D1%82%D1%80%D0%B0%D0%BD%D1%8B
      # an article segment followed by an id
      https://www.bbc.com/news/articles/c4g0m5v1r2yo
      """)
  void articleShapedUrlsLookLikeArticles(String url) {
    assertThat(ArticleLinks.looksLikeArticle(URI.create(url))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      # home and sections
      https://www.bbc.com/
      https://www.bbc.com/news/world
      https://www.economist.com/middle-east-and-africa
      https://www.lemonde.fr/international/
      https://www.spiegel.de/politik/deutschland/
      http://www.chinadaily.com.cn/china
      # tags, authors, categories, search, in several languages
      https://www.theguardian.com/tag/climate-change-and-global-warming-policy
      https://www.lemonde.fr/sujet/la-cop-se-termine-bientot-ici/
      https://www.spiegel.de/thema/bundestag-beschliesst-neues-heizungsgesetz/
      https://elpais.com/autor/maria-jose-garcia-lopez-de-la-fuente/
      https://www.aljazeera.com/author/ahmed-al-rashid-20261129
      https://www.example.com/category/world-news-from-all-over-2026
      https://www.example.com/search?q=storm
      https://www.example.com/archive/2026/11/29/
      https://www.example.com/page/12345
      # day archives without an article after the date
      https://www.aljazeera.com/news/2026/11/29/
      https://www3.nhk.or.jp/news/20261129
      # service pages and assets
      https://www.example.com/privacy-policy-and-cookie-settings-for-readers
      https://www.example.com/newsletters/sign-up-for-the-morning-briefing
      https://www.example.com/images/2026/11/29/harbour-after-the-storm.jpg
      https://www.example.com/feeds/2026/11/29/all.xml
      https://www.example.com/login?return=12345678
      mailto:desk@example.com
      """)
  void navigationAndServiceUrlsDoNot(String url) {
    assertThat(ArticleLinks.looksLikeArticle(URI.create(url))).isFalse();
  }

  @Test
  void aShortSlugIsASectionNotAHeadline() {
    assertThat(ArticleLinks.isSlug("world-europe")).isFalse();
    assertThat(ArticleLinks.isSlug("middle-east-and-africa")).isFalse();
    assertThat(ArticleLinks.isSlug("harbour-reopens-after-the-storm")).isTrue();
    assertThat(ArticleLinks.isSlug("sao_paulo_tem_chuva_forte")).isTrue();
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(textBlock = """
      www.example.com,     example.com,          true
      edition.example.com, www.example.com,      true
      EXAMPLE.com,         example.COM,          true
      example.com,         notexample.com,       false
      example.com,         example.com.evil.io,  false
      """)
  void sameSiteIgnoresWwwAndAcceptsSubdomainsOnly(String a, String b, boolean same) {
    assertThat(ArticleLinks.sameSite(a, b)).isEqualTo(same);
  }
}
