package dev.newsflow.common.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Realistic contract records for tests. */
public final class ArticleFixtures {
  private ArticleFixtures() {}

  public static Article chinaDaily() {
    Article article = Article.of(
        "http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm?utm_source=rss",
        "http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm",
        new Source("chinadaily", "China Daily", "CN"),
        "Let us join hands to make Internet safe",
        List.of("Tang Lan"),
        OffsetDateTime.parse("2012-02-07T08:23:00+08:00"),
        null,
        "en",
        "China Daily",
        null,
        "With the Safer Internet Day being observed on Feb 7, it's time for more countries to join hands.\n\n"
            + "Such perverse accusations ignore two basic facts.",
        Instant.parse("2026-11-29T12:00:00Z"));
    return article.withBlocks(List.of(
        Block.paragraph("With the Safer Internet Day being observed on Feb 7, it's time for more countries to join hands."),
        Block.paragraph("Such perverse accusations ignore two basic facts.")))
        .withDetails("Opinion", List.of("Internet safety", "Safer Internet Day"),
            "http://www.chinadaily.com.cn/opinion/images/2012-02/07/internet.jpg")
        .withByline(null, "China Daily");
  }

  public static EnrichedArticle chinaDailyEnriched() {
    Article article = chinaDaily();
    return EnrichedArticle.of(
        article,
        new Language("en", "Latn", 0.99),
        List.of(new Entity(
            "Safer Internet Day", "Safer Internet Day", Entity.EntityType.MISC,
            List.of(new Entity.Mention(9, 27)), 1, "test")),
        EntityCoverage.ENGINE,
        "test",
        List.of("internet", "safety"),
        new TextStats(120, 25, 2, 6),
        NearDuplicate.of(article.id(), 0x8e3f_0c21_5a6b_d047L),
        Instant.parse("2026-11-29T12:00:01Z"));
  }
}
