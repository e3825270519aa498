package dev.newsflow.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDecoderTest {
  private final PageDecoder decoder = new PageDecoder();

  /** Real sentences of the kind news pages carry, one per script. */
  static final String CHINESE_SIMPLIFIED =
      "随着安全互联网日的到来，更多国家应当携手努力，共同加强网络安全。"
          + "网络安全专家指出，我国在核心技术方面仍然依赖外国，自我防御能力较弱。"
          + "因此，应对网络安全威胁的唯一途径是加强合作与互信。";
  static final String CHINESE_TRADITIONAL =
      "隨著安全網路日的到來，更多國家應當攜手努力，共同加強網路安全。"
          + "網路安全專家指出，核心技術方面仍然依賴外國，自我防禦能力較弱。"
          + "因此，應對網路安全威脅的唯一途徑是加強合作與互信。";
  static final String JAPANESE =
      "東京都は十七日、新しい防災計画を発表した。大規模な地震に備えて、"
          + "避難所の数を増やし、食料や水の備蓄を見直すという。担当者は「住民の安全を第一に考えたい」と話している。";
  static final String KOREAN =
      "서울시는 17일 새로운 대중교통 계획을 발표했다. 시는 버스 노선을 개편하고 "
          + "지하철 배차 간격을 줄여 출퇴근 시간의 혼잡을 줄이겠다고 밝혔다. 시민들은 대체로 환영하는 분위기다.";
  static final String RUSSIAN =
      "В понедельник правительство объявило о новой программе поддержки малого бизнеса. "
          + "По словам министра, средства будут направлены на развитие регионов и создание рабочих мест. "
          + "Эксперты считают, что эта мера поможет экономике страны.";
  static final String FRENCH =
      "Le gouvernement a présenté mercredi un projet de loi sur la sécurité numérique. "
          + "Les députés débattront du texte à l'automne ; « c'est une étape décisive », a déclaré la ministre.";

  static byte[] page(String sentence, Charset charset, String metaCharset) {
    String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
    return ("<!doctype html><html><head>" + meta + "<title>t</title></head><body><p>"
        + sentence + "</p></body></html>").getBytes(charset);
  }

  static String paragraph(DecodedPage page) {
    String html = page.html();
    return html.substring(html.indexOf("<p>") + 3, html.indexOf("</p>"));
  }

  static String sentence(String name) {
    return switch (name) {
      case "zh-Hans" -> CHINESE_SIMPLIFIED;
      case "zh-Hant" -> CHINESE_TRADITIONAL;
      case "ja" -> JAPANESE;
      case "ko" -> KOREAN;
      case "ru" -> RUSSIAN;
      case "fr" -> FRENCH;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} page declared {2} in meta decodes as {3}")
  @CsvSource({
      "zh-Hans, GBK,          gbk,          GB18030",
      "zh-Hans, GB2312,       gb2312,       GB18030",
      "zh-Hans, GB18030,      gb18030,      GB18030",
      "zh-Hant, Big5,         big5,         Big5-HKSCS",
      "ja,      Shift_JIS,    shift_jis,    windows-31j",
      "ja,      EUC-JP,       euc-jp,       EUC-JP",
      "ko,      EUC-KR,       euc-kr,       x-windows-949",
      "ru,      windows-1251, windows-1251, windows-1251",
      "ru,      KOI8-R,       koi8-r,       KOI8-R",
      "fr,      ISO-8859-1,   iso-8859-1,   windows-1252",
      "fr,      UTF-8,        utf-8,        UTF-8",
  })
  void metaDeclaredLegacyCharsetsDecodeWithoutMojibake(
      String language, String encoding, String label, String expected) {
    DecodedPage decoded = decoder.decode(page(sentence(language), Charset.forName(encoding), label), null);

    assertThat(paragraph(decoded)).isEqualTo(sentence(language));
    assertThat(decoded.charset()).isEqualTo(Charset.forName(expected));
    assertThat(decoded.charsetSource()).isEqualTo("meta");
  }

  @ParameterizedTest(name = "undeclared {0} page in {1} is detected")
  @CsvSource({
      "zh-Hans, GBK",
      "zh-Hant, Big5",
      "ja,      Shift_JIS",
      "ja,      EUC-JP",
      "ko,      EUC-KR",
      "ru,      windows-1251",
      "ru,      KOI8-R",
      "fr,      UTF-8",
      "zh-Hans, UTF-8",
  })
  void undeclaredCharsetsAreDetectedStatistically(String language, String encoding) {
    DecodedPage decoded = decoder.decode(page(sentence(language), Charset.forName(encoding), null), null);

    assertThat(paragraph(decoded)).isEqualTo(sentence(language));
    assertThat(decoded.charsetSource()).isEqualTo("detected");
  }

  @Test
  void httpHeaderCharsetWinsOverMeta() {
    byte[] body = page(RUSSIAN, Charset.forName("KOI8-R"), "windows-1251");

    DecodedPage decoded = decoder.decode(body, "text/html; charset=\"KOI8-R\"");

    assertThat(paragraph(decoded)).isEqualTo(RUSSIAN);
    assertThat(decoded.charsetSource()).isEqualTo("http-header");
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedAndTheMarkRemoved() {
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
      byte[] body = ("\uFEFF<html><head><meta charset=\"gbk\"></head><body><p>" + JAPANESE + "</p>")
          .getBytes(utf16);

      DecodedPage decoded = decoder.decode(body, "text/html; charset=iso-8859-1");

      assertThat(decoded.html()).startsWith("<html>");
      assertThat(paragraph(decoded)).isEqualTo(JAPANESE);
      assertThat(decoded.charset()).isEqualTo(utf16);
      assertThat(decoded.charsetSource()).isEqualTo("bom");
    }
  }

  @Test
  void utf8ByteOrderMarkOverridesAWrongHeader() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = page(CHINESE_SIMPLIFIED, StandardCharsets.UTF_8, "gbk");
    byte[] body = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, body, 0, 3);
    System.arraycopy(rest, 0, body, 3, rest.length);

    DecodedPage decoded = decoder.decode(body, "text/html; charset=gbk");

    assertThat(decoded.html()).startsWith("<!doctype");
    assertThat(paragraph(decoded)).isEqualTo(CHINESE_SIMPLIFIED);
    assertThat(decoded.charsetSource()).isEqualTo("bom");
  }

  @Test
  void gbkPageMisdeclaredAsUtf8IsDetected() {
    byte[] body = page(CHINESE_SIMPLIFIED, Charset.forName("GBK"), "utf-8");

    DecodedPage decoded = decoder.decode(body, "text/html; charset=UTF-8");

    assertThat(paragraph(decoded)).isEqualTo(CHINESE_SIMPLIFIED);
    assertThat(decoded.charset()).isEqualTo(Charset.forName("GB18030"));
    assertThat(decoded.charsetSource()).isEqualTo("detected");
  }

  @Test
  void utf8PageMisdeclaredAsLatin1ByTheServerIsReadAsUtf8() {
    byte[] body = page(FRENCH, StandardCharsets.UTF_8, null);

    DecodedPage decoded = decoder.decode(body, "text/html; charset=ISO-8859-1");

    assertThat(paragraph(decoded)).isEqualTo(FRENCH);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void serverDefaultLatin1HeaderLosesToThePagesOwnMetaCharset() {
    byte[] body = page(CHINESE_SIMPLIFIED, Charset.forName("GBK"), "gb2312");

    DecodedPage decoded = decoder.decode(body, "text/html; charset=ISO-8859-1");

    assertThat(paragraph(decoded)).isEqualTo(CHINESE_SIMPLIFIED);
    assertThat(decoded.charsetSource()).isEqualTo("meta");
  }

  @Test
  void httpEquivContentTypeMetaIsRecognised() {
    byte[] body = ("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">"
        + "</head><body><p>" + CHINESE_SIMPLIFIED + "</p></body></html>").getBytes(Charset.forName("GBK"));

    DecodedPage decoded = decoder.decode(body, "text/html");

    assertThat(paragraph(decoded)).isEqualTo(CHINESE_SIMPLIFIED);
    assertThat(decoded.charsetSource()).isEqualTo("meta");
  }

  @Test
  void metaInsideACommentIsIgnored() {
    byte[] body = ("<html><head><!-- <meta charset=\"koi8-r\"> --><meta charset=\"windows-1251\">"
        + "</head><body><p>" + RUSSIAN + "</p></body></html>").getBytes(Charset.forName("windows-1251"));

    DecodedPage decoded = decoder.decode(body, null);

    assertThat(decoded.charset()).isEqualTo(Charset.forName("windows-1251"));
    assertThat(paragraph(decoded)).isEqualTo(RUSSIAN);
  }

  @ParameterizedTest(name = "unknown or malformed label [{0}] falls through to detection")
  @CsvSource(delimiter = '|', value = {
      "<meta charset=\"klingon-42\">",
      "<meta charset=\"\">",
      "<meta charset=>",
      "<meta charset=\"utf-8",
      "<meta http-equiv=\"refresh\" content=\"0; charset=koi8-r\">",
      "<meta content=\"text/html; charset=\" http-equiv=\"content-type\">",
      "<meta charset=\"../../etc/passwd\">",
      "<meta",
  })
  void unknownOrMalformedMetaFallsThroughToDetection(String meta) {
    byte[] body = ("<html><head>" + meta + "<p>" + CHINESE_SIMPLIFIED + "</p>").getBytes(Charset.forName("GBK"));

    DecodedPage decoded = decoder.decode(body, "text/html; charset=no-such-charset");

    assertThat(decoded.html()).contains(CHINESE_SIMPLIFIED);
    assertThat(decoded.charsetSource()).isEqualTo("detected");
  }

  @Test
  void metaBeyondTheLookAheadIsNotSeen() {
    String padding = "<!-- " + "x".repeat(MetaCharsetScanner.LOOK_AHEAD_BYTES) + " -->";
    byte[] body = ("<html><head>" + padding + "<meta charset=\"koi8-r\"></head><body>plain ascii</body>")
        .getBytes(StandardCharsets.US_ASCII);

    DecodedPage decoded = decoder.decode(body, null);

    assertThat(decoded.charsetSource()).isEqualTo("default");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void emptyAndNullBodiesDecodeToEmptyText() {
    assertThat(decoder.decode(new byte[0], null).html()).isEmpty();
    assertThat(decoder.decode(null, "text/html; charset=utf-8").html()).isEmpty();
  }

  @Test
  void asciiPageWithoutDeclarationDefaultsToUtf8() {
    DecodedPage decoded = decoder.decode("<p>Hello</p>".getBytes(StandardCharsets.US_ASCII), null);

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.charsetSource()).isEqualTo("default");
  }

  @ParameterizedTest
  @CsvSource({
      "text/html; charset=gb2312, GB18030",
      "text/html;charset=\"ISO-8859-1\", windows-1252",
      "text/html; Charset=US-ASCII; foo=bar, windows-1252",
      "application/xhtml+xml; charset='utf-8', UTF-8",
      "text/html; charset=Shift_JIS, windows-31j",
  })
  void headerLabelsMapToWhatBrowsersUse(String header, String expected) {
    assertThat(PageDecoder.headerCharset(header)).contains(Charset.forName(expected));
  }
}
