package dev.newsflow.ingest.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      HTTP://WWW.ChinaDaily.com.cn/opinion/2012-02/07/content_14548165.htm | http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm
      https://example.org:443/a?b=1#comments                              | https://example.org/a?b=1
      http://example.org:80                                                | http://example.org/
      http://example.org:8080/x                                            | http://example.org:8080/x
      https://example.org/a?utm_source=rss&utm_medium=feed&id=7            | https://example.org/a?id=7
      https://example.org/a?id=7&fbclid=abc&gclid=def                      | https://example.org/a?id=7
      https://example.org/a?b=2&a=1                                        | https://example.org/a?b=2&a=1
      https://example.org/a?jsessionid=XYZ                                 | https://example.org/a
      https://bücher.example/artikel                                       | https://xn--bcher-kva.example/artikel
      https://BÜCHER.example:8443/artikel?utm_campaign=x                   | https://xn--bcher-kva.example:8443/artikel
      http://新闻.example/2026/11/17.html                                   | http://xn--efvy88h.example/2026/11/17.html
      https://example.org./a                                               | https://example.org/a
      """)
  void canonicalForms(String input, String expected) {
    assertThat(UrlCanonicalizer.canonicalize(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/a", "mailto:news@example.org", "/relative/path", "http://", "not a url"})
  void nonHttpUrlsAreRefused(String input) {
    assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(input)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void canonicalizingTwiceChangesNothing(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String host,
      @ForAll @AlphaChars @StringLength(max = 20) String path,
      @ForAll @AlphaChars @StringLength(max = 10) String query) {
    String url = "HTTPS://" + host + ".Example:443/" + path + (query.isEmpty() ? "" : "?utm_x=1&q=" + query) + "#frag";
    String once = UrlCanonicalizer.canonicalize(URI.create(url));
    assertThat(UrlCanonicalizer.canonicalize(once)).isEqualTo(once);
  }
}
