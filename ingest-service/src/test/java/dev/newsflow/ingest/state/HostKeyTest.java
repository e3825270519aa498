package dev.newsflow.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostKeyTest {
  @ParameterizedTest
  @CsvSource({
      "https://WWW.Example.org/news/1.html, www.example.org",
      "https://www.example.org:443/a, www.example.org",
      "http://www.example.org:80/a, www.example.org",
      "http://www.example.org:443/a, www.example.org:443",
      "https://www.example.org:8443/a, www.example.org:8443",
      "http://127.0.0.3:41234/feed.xml, 127.0.0.3:41234",
      "http://[::1]:8080/x, [::1]:8080",
      "mailto:desk@example.org, ''"})
  void hostKeyIsTheLowerCaseHostWithItsPortUnlessDefault(String url, String expected) {
    assertThat(HostKey.of(URI.create(url))).isEqualTo(expected);
  }
}
