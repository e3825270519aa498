package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapWalkTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final URI INDEX = URI.create("https://www.example.com/sitemap-index.xml");

  @Test
  void followsTheNewestChildrenFirstAndSkipsArchivesOlderThanTheWindow() throws Exception {
    Sitemap index = parse(INDEX, indexOf(
        child("/sitemaps/2019-01.xml", "2019-01-31"),
        child("/sitemaps/2026-11-28.xml", "2026-11-28T23:00:00Z"),
        child("/sitemaps/news.xml", null),
        child("/sitemaps/2026-11-29.xml", "2026-11-29T11:00:00Z")));

    List<URI> children = new SitemapWalk(SitemapPolicy.defaults(), NOW).children(index, INDEX, 0);

    assertThat(children).extracting(URI::getPath).containsExactly(
        "/sitemaps/2026-11-29.xml", "/sitemaps/2026-11-28.xml", "/sitemaps/news.xml");
  }

  @Test
  void capsChildrenPerPollAcrossIndexesAndNeverStartsOneTwice() throws Exception {
    SitemapWalk walk = new SitemapWalk(new SitemapPolicy(2, 3, Duration.ofDays(2)), NOW);
    assertThat(walk.start(URI.create("https://www.example.com/sitemaps/a.xml"))).isTrue();
    Sitemap first = parse(INDEX, indexOf(child("/sitemaps/a.xml", null), child("/sitemaps/b.xml", null),
        child("/sitemaps/c.xml", null)));
    Sitemap second = parse(INDEX, indexOf(child("/sitemaps/b.xml", null), child("/sitemaps/d.xml", null),
        child("/sitemaps/e.xml", null)));

    assertThat(walk.children(first, INDEX, 0)).extracting(URI::getPath).containsExactly("/sitemaps/b.xml", "/sitemaps/c.xml");
    assertThat(walk.children(second, INDEX, 0)).extracting(URI::getPath).containsExactly("/sitemaps/d.xml");
    assertThat(walk.start(URI.create("https://www.example.com/sitemaps/b.xml"))).isFalse();
  }

  @Test
  void stopsFollowingIndexesAtTheDepthBound() throws Exception {
    SitemapWalk walk = new SitemapWalk(SitemapPolicy.defaults(), NOW);
    Sitemap index = parse(INDEX, indexOf(child("/deeper.xml", null)));
    assertThat(walk.children(index, INDEX, 1)).hasSize(1);
    Sitemap again = parse(INDEX, indexOf(child("/deepest.xml", null)));
    assertThat(walk.children(again, INDEX, 2)).isEmpty();
  }

  @Test
  void followsOnlyChildrenOnTheIndexsOwnSite() throws Exception {
    Sitemap index = parse(INDEX, """
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://news.example.com/a.xml</loc></sitemap>
        <sitemap><loc>https://tracker.example.org/b.xml</loc></sitemap>
        </sitemapindex>""");
    assertThat(new SitemapWalk(SitemapPolicy.defaults(), NOW).children(index, INDEX, 0))
        .containsExactly(URI.create("https://news.example.com/a.xml"));
  }

  @Test
  void googleNewsEntriesComeWithTitleAndPublicationDate() throws Exception {
    Sitemap news = parse(URI.create("https://www.example.com/news.xml"), """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://www.example.com/a1</loc><news:news>
          <news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
          <news:publication_date>2026-11-29T08:00:00+01:00</news:publication_date>
          <news:title>Harbour reopens</news:title></news:news></url>
        <url><loc>https://www.example.com/a2</loc><news:news>
          <news:publication_date>2026-11-29T10:00:00Z</news:publication_date>
          <news:title>Ferries resume</news:title></news:news></url>
        </urlset>""");

    List<FeedEntry> entries = new SitemapWalk(SitemapPolicy.defaults(), NOW).articles(news, ArticlePatterns.NONE, 10);

    assertThat(entries).extracting(FeedEntry::title).containsExactly("Ferries resume", "Harbour reopens");
    assertThat(entries.get(1).published()).hasToString("2026-11-29T08:00+01:00");
  }

  @Test
  void plainEntriesAreTakenWhenRecentOrUndatedNewestFirstAndCapped() throws Exception {
    Sitemap plain = parse(URI.create("https://www.example.com/pages.xml"), """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://www.example.com/old</loc><lastmod>2026-10-01</lastmod></url>
        <url><loc>https://www.example.com/undated</loc></url>
        <url><loc>https://www.example.com/yesterday</loc><lastmod>2026-11-28T09:00:00Z</lastmod></url>
        <url><loc>https://www.example.com/today</loc><lastmod>2026-11-29T09:00:00Z</lastmod></url>
        </urlset>""");
    SitemapWalk walk = new SitemapWalk(SitemapPolicy.defaults(), NOW);

    assertThat(walk.articles(plain, ArticlePatterns.NONE, 10)).extracting(e -> e.link().getPath())
        .containsExactly("/today", "/yesterday", "/undated");
    assertThat(walk.articles(plain, ArticlePatterns.NONE, 2)).extracting(e -> e.link().getPath())
        .containsExactly("/today", "/yesterday");
    assertThat(walk.articles(plain, ArticlePatterns.NONE, 10)).allSatisfy(e -> {
      assertThat(e.published()).as("lastmod is not a publication date").isNull();
      assertThat(e.title()).isNull();
    });
  }

  @Test
  void sourcePatternsFilterSitemapEntries() throws Exception {
    Sitemap plain = parse(URI.create("https://www.example.com/pages.xml"), """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://www.example.com/news/a</loc></url>
        <url><loc>https://www.example.com/tag/b</loc></url>
        </urlset>""");
    ArticlePatterns patterns = new ArticlePatterns(List.of(), List.of(java.util.regex.Pattern.compile("/tag/")));
    assertThat(new SitemapWalk(SitemapPolicy.defaults(), NOW).articles(plain, patterns, 10))
        .extracting(e -> e.link().getPath()).containsExactly("/news/a");
  }

  private static Sitemap parse(URI url, String xml) throws SitemapException {
    return new SitemapParser().parse(xml.getBytes(StandardCharsets.UTF_8), url);
  }

  private static String indexOf(String... children) {
    return "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + String.join("", children)
        + "</sitemapindex>";
  }

  private static String child(String path, String lastmod) {
    List<String> parts = new ArrayList<>();
    parts.add("<loc>https://www.example.com" + path + "</loc>");
    if (lastmod != null) {
      parts.add("<lastmod>" + lastmod + "</lastmod>");
    }
    return "<sitemap>" + String.join("", parts) + "</sitemap>";
  }
}
