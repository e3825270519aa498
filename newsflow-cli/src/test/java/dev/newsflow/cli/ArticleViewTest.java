package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.ArticleFixtures;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.json.ContractSchemas;
import org.junit.jupiter.api.Test;

class ArticleViewTest {
  private final EnrichedArticle article = ArticleFixtures.chinaDailyEnriched();

  @Test
  void jsonIsOneSchemaValidLine() {
    String json = ArticleView.JSON.render(article);
    assertThat(json).doesNotContain("\n");
    assertThat(ContractSchemas.enrichedArticle().violations(json)).isEmpty();
  }

  @Test
  void lineShowsLocalTimeWithOffsetLanguageSourceTitleAuthorsAndUrl() {
    assertThat(ArticleView.LINE.render(article)).isEqualTo(
        "2012-02-07 08:23 +08:00  en-Latn chinadaily   Let us join hands to make Internet safe  (Tang Lan)  "
            + "http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm?utm_source=rss");
  }

  @Test
  void prettyShowsMetadataAndMarksParagraphs() {
    String pretty = ArticleView.PRETTY.render(article);
    assertThat(pretty)
        .startsWith("── Let us join hands to make Internet safe\n")
        .contains("   source     China Daily (CN)\n")
        .contains("   published  2012-02-07T08:23+08:00\n")
        .contains("   authors    Tang Lan\n")
        .contains("hands. ¶ Such perverse");
  }
}
