package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsflow.common.article.Block;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PDF, DOC and DOCX press releases become articles; other binaries are refused with a reason. */
class DocumentExtractorTest {
  static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  static final Instant CREATED = Instant.parse("2026-11-20T08:30:00Z");
  static final URI URL = URI.create("https://press.example.org/releases/terminal.pdf");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final DocumentExtractor DOCUMENTS =
      new DocumentExtractor(Clock.fixed(NOW, ZoneOffset.UTC), DocumentExtractor.Limits.DEFAULT);

  static final List<String> RELEASE = List.of(
      "The port authority opens the new container terminal in April.",
      "It will handle a third of the port's traffic from the first year.");

  @AfterAll
  static void stopParses() {
    DOCUMENTS.close();
  }

  static ExtractionException refusal(byte[] body, String contentType) {
    return refusal(DOCUMENTS, body, contentType);
  }

  static ExtractionException refusal(DocumentExtractor documents, byte[] body, String contentType) {
    ExtractionException e = catchThrowableOfType(ExtractionException.class,
        () -> documents.extract(body, contentType, URL, BERLIN));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Test
  void pdfGivesTextInParagraphsAndItsPropertiesAsMetadata() throws Exception {
    byte[] pdf = TestDocuments.pdf("New terminal opens in April", "Anna Schmidt", CREATED, RELEASE, Optional.empty());

    ExtractedArticle article = DOCUMENTS.extract(pdf, "application/pdf", URL, BERLIN);

    assertThat(article.title()).isEqualTo("New terminal opens in April");
    assertThat(article.authors()).containsExactly("Anna Schmidt");
    assertThat(article.published()).isEqualTo("2026-11-20T09:30+01:00");
    assertThat(article.paragraphs()).containsExactlyElementsOf(RELEASE);
    assertThat(article.blocks()).extracting(Block::kind).containsOnly(Block.Kind.PARAGRAPH);
  }

  @Test
  void docxGivesParagraphsTableCellsAndItsCoreProperties() throws Exception {
    byte[] docx = TestDocuments.docx("Neues Terminal öffnet im April", "Jonas Weber", CREATED, "Hafen, Terminal",
        RELEASE, List.of("Liegeplätze", "4"));

    ExtractedArticle article = DOCUMENTS.extract(docx, "application/octet-stream", URL, BERLIN);

    assertThat(article.title()).isEqualTo("Neues Terminal öffnet im April");
    assertThat(article.authors()).containsExactly("Jonas Weber");
    assertThat(article.published()).isEqualTo("2026-11-20T09:30+01:00");
    assertThat(article.tags()).containsExactly("Hafen", "Terminal");
    assertThat(article.blocks()).containsSubsequence(
        Block.paragraph(RELEASE.get(0)), Block.paragraph(RELEASE.get(1)),
        new Block(Block.Kind.TABLE, "Liegeplätze"), new Block(Block.Kind.TABLE, "4"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Microsoft Office User", "Apache POI", "Windows User", "Administrator", "user"})
  void authorNamesOfficeSoftwareFillsInByItselfAreNotAuthors(String placeholder) throws Exception {
    byte[] docx = TestDocuments.docx("Title", placeholder, CREATED, "", RELEASE, List.of());
    assertThat(DOCUMENTS.extract(docx, null, URL, BERLIN).authors()).isEmpty();

    byte[] pdf = TestDocuments.pdf("Title", placeholder + "; Anna Schmidt", CREATED, RELEASE, Optional.empty());
    assertThat(DOCUMENTS.extract(pdf, null, URL, BERLIN).authors()).containsExactly("Anna Schmidt");
  }

  @Test
  void documentTimeIsInUtcWhenTheSourceZoneIsUnknownAndNeverAfterNow() throws Exception {
    byte[] pdf = TestDocuments.pdf("Title", "Anna Schmidt", CREATED, RELEASE, Optional.empty());
    assertThat(DOCUMENTS.extract(pdf, null, URL, null).published()).isEqualTo("2026-11-20T08:30Z");

    byte[] future = TestDocuments.pdf("Title", "Anna Schmidt", NOW.plusSeconds(86_400), RELEASE, Optional.empty());
    assertThat(DOCUMENTS.extract(future, null, URL, BERLIN).published()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"press-release.pdf, ''", "Microsoft Word - release.docx, ''", "Microsoft Word - Terminal opens, Terminal opens"})
  void fileNamesAreNotTitles(String property, String expected) throws Exception {
    byte[] pdf = TestDocuments.pdf(property, "Anna Schmidt", CREATED, RELEASE, Optional.empty());
    assertThat(DOCUMENTS.extract(pdf, null, URL, BERLIN).title()).isEqualTo(expected);
  }

  @Test
  void encryptedPdfIsRefusedAsEncrypted() {
    byte[] pdf = TestDocuments.pdf("Secret", "Anna Schmidt", CREATED, RELEASE, Optional.of("user-secret"));
    assertThat(refusal(pdf, "application/pdf").reason()).isEqualTo(ExtractionException.ENCRYPTED_DOCUMENT);
  }

  @Test
  void truncatedPdfIsABadDocument() {
    byte[] pdf = TestDocuments.pdf("Title", "Anna Schmidt", CREATED, RELEASE, Optional.empty());
    byte[] truncated = Arrays.copyOf(pdf, 40);
    ExtractionException e = refusal(truncated, "application/pdf");
    assertThat(e.reason()).isEqualTo(ExtractionException.BAD_DOCUMENT);
    assertThat(e.getMessage()).contains("application/pdf cannot be read").contains(URL.toString());
  }

  @Test
  void pdfWithoutTextIsRefusedAsWithoutContent() {
    byte[] pdf = TestDocuments.pdf("Scan", "Anna Schmidt", CREATED, List.of(), Optional.empty());
    assertThat(refusal(pdf, "application/pdf").reason()).isEqualTo(ExtractionException.NO_CONTENT);
  }

  @Test
  void documentLargerThanTheInputBoundIsRefusedBeforeParsing() {
    DocumentExtractor small = new DocumentExtractor(Clock.fixed(NOW, ZoneOffset.UTC),
        new DocumentExtractor.Limits(100, 1_000, Duration.ofSeconds(30)));
    byte[] pdf = TestDocuments.pdf("Title", "Anna Schmidt", CREATED, RELEASE, Optional.empty());
    assertThat(refusal(small, pdf, "application/pdf").reason()).isEqualTo(ExtractionException.TOO_LARGE);
  }

  @Test
  void aParseThatOutlivesItsTimeoutIsAbandonedOnAPlatformThread() {
    DocumentExtractor impatient = new DocumentExtractor(Clock.fixed(NOW, ZoneOffset.UTC),
        new DocumentExtractor.Limits(1 << 20, 1_000, Duration.ofNanos(1)));
    byte[] pdf = TestDocuments.pdf("Title", "Anna Schmidt", CREATED, RELEASE, Optional.empty());

    ExtractionException e = refusal(impatient, pdf, "application/pdf");

    assertThat(e.reason()).isEqualTo(ExtractionException.BAD_DOCUMENT);
    assertThat(e.getMessage()).contains("took longer than");
    // Thread.getAllStackTraces lists platform threads only: a virtual parse thread would be missing.
    // A runaway parse on a virtual thread would hold a carrier and starve the fetch workers.
    assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
        .anyMatch(name -> name.startsWith(DocumentExtractor.PARSE_THREAD_PREFIX));
    impatient.close();
  }

  @Test
  void textBeyondTheCapIsCutAtAParagraph() throws Exception {
    DocumentExtractor capped = new DocumentExtractor(Clock.fixed(NOW, ZoneOffset.UTC),
        new DocumentExtractor.Limits(1 << 20, 80, Duration.ofSeconds(30)));
    byte[] docx = TestDocuments.docx("Title", "Jonas Weber", CREATED, "", RELEASE, List.of());

    ExtractedArticle article = capped.extract(docx, null, URL, BERLIN);

    assertThat(article.paragraphs()).containsExactly(RELEASE.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      png           | image/png
      gif           | text/html
      zip           | application/zip
      xls           | application/msword
      octet-stream  | application/octet-stream
      """)
  void otherBinariesAreRefusedAsUnsupported(String what, String contentType) {
    byte[] body = switch (what) {
      case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
      case "gif" -> "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
      case "zip" -> TestDocuments.zip();
      case "xls" -> TestDocuments.xls();
      default -> new byte[] {0, 1, 2, 3, (byte) 0xFE, (byte) 0xFF, 7, 8, 9, 0, 0, 0};
    };
    ExtractionException e = refusal(body, contentType);
    assertThat(e.reason()).isEqualTo(ExtractionException.UNSUPPORTED_TYPE);
    assertThat(e.getMessage()).contains("only HTML, PDF, DOC and DOCX");
  }

  @Provide
  Arbitrary<byte[]> documentLikeBytes() {
    Arbitrary<byte[]> prefix = Arbitraries.of(
        "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1),
        new byte[] {'P', 'K', 3, 4},
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    Arbitrary<byte[]> rest = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    return net.jqwik.api.Combinators.combine(prefix, rest).as((p, r) -> {
      byte[] all = Arrays.copyOf(p, p.length + r.length);
      System.arraycopy(r, 0, all, p.length, r.length);
      return all;
    });
  }

  @Property(tries = 100)
  void malformedDocumentsGiveAReasonNeverACrash(@ForAll("documentLikeBytes") byte[] body) {
    try {
      DOCUMENTS.extract(body, "application/pdf", URL, BERLIN);
    } catch (ExtractionException e) {
      assertThat(e.reason()).isIn(ExtractionException.BAD_DOCUMENT, ExtractionException.NO_CONTENT,
          ExtractionException.UNSUPPORTED_TYPE, ExtractionException.ENCRYPTED_DOCUMENT);
    }
  }
}
