package dev.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.common.article.Source;
import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplaySourceTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      https://www.BBC.co.uk/news/world-123     | www.bbc.co.uk
      http://news.example.org:8080/a           | news.example.org
      https://user@news.example.org/a          | news.example.org
      https://新闻.example.cn/2024/03/a.html     | xn--efvy88h.example.cn
      https://münchen.example.de/a             | xn--mnchen-3ya.example.de
      """)
  void eachPageIsAttributedToItsHostWhenNoSourceIsGiven(String url, String id) {
    Source source = ReplaySource.perHost().sourceFor(URI.create(url));
    assertThat(source.id()).isEqualTo(id);
    assertThat(source.name()).isNull();
  }

  @Test
  void aGivenSourceIsUsedForEveryPage() {
    Source lemonde = new Source("lemonde", "Le Monde", "FR");
    ReplaySource fixed = new ReplaySource(lemonde, ZoneId.of("Europe/Paris"), "fr");
    assertThat(fixed.sourceFor(URI.create("https://www.lemonde.fr/a"))).isEqualTo(lemonde);
    assertThat(fixed.sourceFor(URI.create("https://other.example/b"))).isEqualTo(lemonde);
  }

  @Test
  void aUrlWithoutHostHasNoDerivedSource() {
    assertThatThrownBy(() -> ReplaySource.perHost().sourceFor(URI.create("urn:uuid:1234")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
