package dev.newsflow.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast paths of {@link StrictDecoder} and {@link Utf8} give exactly what a decoder that
 * reports errors gives, and {@link CharsetSniffer} picks what trying every detector's guess picks.
 */
class StrictDecoderTest {
  private static final List<String> CHARSETS = List.of(
      "UTF-8", "GB18030", "Big5-HKSCS", "windows-31j", "x-windows-949", "windows-1252",
      "windows-1251", "KOI8-R", "ISO-8859-7", "EUC-JP", "UTF-16LE");

  /** What the JDK's decoder says when it reports every error. */
  private static Optional<String> reference(byte[] bytes, int offset, Charset charset) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  @Test
  void everyOneAndTwoByteSequenceIsJudgedAsTheJdkJudgesIt() {
    for (int a = 0; a < 256; a++) {
      byte[] one = {(byte) a};
      assertThat(Utf8.isValid(one, 0, 1)).as("%02x", a)
          .isEqualTo(reference(one, 0, StandardCharsets.UTF_8).isPresent());
      for (int b = 0; b < 256; b++) {
        byte[] two = {(byte) a, (byte) b};
        assertThat(Utf8.isValid(two, 0, 2)).as("%02x %02x", a, b)
            .isEqualTo(reference(two, 0, StandardCharsets.UTF_8).isPresent());
      }
    }
  }

  @Test
  void everyThreeByteSequenceWithAMultiByteLeadIsJudgedAsTheJdkJudgesIt() {
    for (int a = 0xC0; a < 0x100; a++) {
      for (int b = 0x70; b < 0xD0; b++) {
        for (int c = 0x70; c < 0xD0; c++) {
          byte[] three = {(byte) a, (byte) b, (byte) c};
          assertThat(Utf8.isValid(three, 0, 3)).as("%02x %02x %02x", a, b, c)
              .isEqualTo(reference(three, 0, StandardCharsets.UTF_8).isPresent());
        }
      }
    }
  }

  @Property(tries = 3000)
  void utf8IsJudgedAsTheJdkJudgesIt(@ForAll("nearlyUtf8") byte[] bytes) {
    assertThat(Utf8.isValid(bytes, 0, bytes.length))
        .isEqualTo(reference(bytes, 0, StandardCharsets.UTF_8).isPresent());
  }

  @Property(tries = 3000)
  void strictDecodingMatchesTheReportingDecoderInEveryCharset(
      @ForAll("nearlyUtf8") byte[] bytes, @ForAll("charsets") String charset) {
    Charset cs = Charset.forName(charset);
    assertThat(StrictDecoder.decode(bytes, 0, cs)).isEqualTo(reference(bytes, 0, cs));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-8, zh-Hant", "GB18030, zh-Hans", "windows-1252, fr", "Big5-HKSCS, zh-Hant",
      "windows-31j, ja", "x-windows-949, ko"})
  void realTextWithAnOffsetDecodesLikeTheReportingDecoder(String charset, String language) {
    Charset cs = Charset.forName(charset);
    String text = "<p>" + PageDecoderTest.sentence(language) + "</p>";
    byte[] bytes = ("xx" + text).getBytes(cs);
    assertThat(StrictDecoder.decode(bytes, 2, cs)).isEqualTo(reference(bytes, 2, cs)).contains(text);
  }

  @Test
  void aPageThatReallyHoldsTheReplacementCharacterStillDecodes() {
    String text = "<p>broken \uFFFD here</p>";
    assertThat(StrictDecoder.decode(text.getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8))
        .contains(text);
    Charset gb = Charset.forName("GB18030");
    assertThat(StrictDecoder.decode(text.getBytes(gb), 0, gb)).contains(text);
  }

  @Test
  void bytesInvalidInTheCharsetGiveNothing() {
    byte[] truncatedUtf8 = {'a', (byte) 0xE4, (byte) 0xB8};
    assertThat(StrictDecoder.decode(truncatedUtf8, 0, StandardCharsets.UTF_8)).isEmpty();
    byte[] badShiftJis = {'a', (byte) 0x81, (byte) 0x20};
    assertThat(StrictDecoder.decode(badShiftJis, 0, Charset.forName("windows-31j"))).isEmpty();
  }

  /** Trying every detector's guess, common charsets first: what the sniffer did before it skipped ICU. */
  private static Optional<CharsetSniffer.Sniffed> everyGuess(byte[] body) {
    Optional<String> utf8 = reference(body, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent() && CharsetSniffer.hasNonAscii(body, 0)) {
      return Optional.of(new CharsetSniffer.Sniffed(StandardCharsets.UTF_8, utf8.get()));
    }
    Icu4jEncodingDetector icu = new Icu4jEncodingDetector();
    icu.setStripMarkup(true);
    List<Charset> guesses = new ArrayList<>();
    for (var detector : List.of(new UniversalEncodingDetector(), icu)) {
      try (InputStream in = new ByteArrayInputStream(body)) {
        Charset found = detector.detect(in, new Metadata());
        if (found != null) {
          CharsetLabels.forLabel(found.name()).filter(c -> !guesses.contains(c)).ifPresent(guesses::add);
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    guesses.sort(Comparator.comparing(c -> {
      String name = c.name().toLowerCase(java.util.Locale.ROOT);
      return name.startsWith("x-mac") || name.startsWith("ibm") || name.startsWith("x-ibm")
          || name.equals("iso-8859-5") || name.equals("x-iso-8859-11");
    }));
    for (Charset c : guesses) {
      Optional<String> text = reference(body, 0, c);
      if (text.isPresent()) {
        return Optional.of(new CharsetSniffer.Sniffed(c, text.get()));
      }
    }
    return Optional.empty();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
      "zh-Hans, GB18030", "zh-Hans, UTF-8", "zh-Hant, Big5-HKSCS", "ja, windows-31j", "ja, EUC-JP",
      "ko, x-windows-949", "ru, windows-1251", "ru, KOI8-R", "ru, IBM866", "fr, windows-1252",
      "fr, ISO-8859-15"})
  void sniffingPicksWhatTryingEveryDetectorsGuessPicks(String language, String charset) {
    byte[] body = PageDecoderTest.page(PageDecoderTest.sentence(language), Charset.forName(charset), null);
    Optional<CharsetSniffer.Sniffed> expected = everyGuess(body);
    Optional<CharsetSniffer.Sniffed> actual = CharsetSniffer.sniff(body, 0);
    assertThat(actual.map(CharsetSniffer.Sniffed::charset)).isEqualTo(expected.map(CharsetSniffer.Sniffed::charset));
    assertThat(actual.map(CharsetSniffer.Sniffed::text)).isEqualTo(expected.map(CharsetSniffer.Sniffed::text));
  }

  @Provide
  Arbitrary<byte[]> nearlyUtf8() {
    Arbitrary<Byte> interesting = Arbitraries.oneOf(
        Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E),
        Arbitraries.bytes().between((byte) 0x80, (byte) 0xBF),
        Arbitraries.of((byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xE4,
            (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, (byte) 0x9F,
            (byte) 0xA0, (byte) 0x8F, (byte) 0x90, (byte) 0x1B, (byte) 0x00),
        Arbitraries.bytes());
    return interesting.array(byte[].class).ofMaxSize(40);
  }

  @Provide
  Arbitrary<String> charsets() {
    return Arbitraries.of(CHARSETS);
  }
}
