package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleAssemblerTest {

  @ParameterizedTest(name = "{0} declaring {1} -> {2}")
  @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
      https://news.example.org/a?utm_source=x | null                                   | https://news.example.org/a
      https://news.example.org/a?page=2       | /a                                     | https://news.example.org/a
      https://www.example.org/a               | https://example.org/a#top              | https://example.org/a
      https://m.example.org/a                 | https://www.example.org/a              | https://www.example.org/a
      https://news.example.org/a              | https://aggregator.example.com/a       | https://news.example.org/a
      https://news.example.org/a              | javascript:alert(1)                    | https://news.example.org/a
      https://news.example.org/a              | 'http://[bad'                          | https://news.example.org/a
      """)
  void canonicalLinkIsUsedOnlyWhenItStaysOnTheSameSite(String fetched, String declared, String expected) {
    assertThat(ArticleAssembler.canonicalFor(URI.create(fetched), declared)).isEqualTo(expected);
  }
}
