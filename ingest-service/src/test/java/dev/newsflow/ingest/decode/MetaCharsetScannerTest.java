package dev.newsflow.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaCharsetScannerTest {

  @ParameterizedTest(name = "{0} declares [{1}]")
  @CsvSource(delimiter = '|', value = {
      "<meta charset=utf-8>|utf-8",
      "<meta charset='GBK'/>|GBK",
      "<meta\tcharset=\"big5\">|big5",
      "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=euc-kr'>|euc-kr",
      "<meta content=\"text/html;charset=Shift_JIS\" http-equiv=\"content-type\">|Shift_JIS",
      "<meta name=\"x\" content=\"charset=koi8-r\"><meta charset=\"windows-1251\">|windows-1251",
  })
  void findsTheDeclaredLabel(String head, String label) {
    byte[] body = ("<html><head>" + head + "</head>").getBytes(StandardCharsets.US_ASCII);

    assertThat(MetaCharsetScanner.declaredLabel(body, 0)).contains(label);
  }

  @Property(tries = 300)
  void neverThrowsOnArbitraryBytes(@ForAll byte[] body) {
    assertThat(MetaCharsetScanner.declaredLabel(body, 0)).isNotNull();
  }

  @Property(tries = 300)
  void neverThrowsOnArbitraryMarkupLikeStrings(@ForAll String junk) {
    byte[] body = ("<meta " + junk + " charset=" + junk).getBytes(StandardCharsets.UTF_8);

    assertThat(new PageDecoder().decode(body, "text/html; charset=" + junk).html()).isNotNull();
  }
}
