package dev.newsflow.common.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;

class ArticleIdTest {

  @Test
  void idOfAKnownUrlNeverChanges() {
    // Pinned: consumers join on this id across versions; changing it breaks the contract.
    assertThat(ArticleId.of("http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm"))
        .isEqualTo("9eb51e04ad20e654e81062704f940c57");
  }

  @Test
  void differentUrlsGiveDifferentIds() {
    assertThat(ArticleId.of("https://example.org/a")).isNotEqualTo(ArticleId.of("https://example.org/b"));
  }

  @Test
  void blankUrlIsRejected() {
    assertThatThrownBy(() -> ArticleId.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void everyIdIsThirtyTwoLowerCaseHexDigitsAndStable(@ForAll @NotBlank String url) {
    String id = ArticleId.of(url);
    assertThat(ArticleId.isValid(id)).isTrue();
    assertThat(ArticleId.of(new String(url))).isEqualTo(id);
  }
}
