package dev.newsflow.ingest.extract;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Block;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Reads press releases published as PDF, DOC or DOCX into the same record as a page: text in
 * paragraphs with their kinds, title, authors and times from the document's properties.
 *
 * <p>Apache Tika's parsers do the reading, under bounds: at most {@link Limits#maxInputBytes()}
 * bytes in, at most {@link Limits#maxTextChars()} characters of text out (the rest is cut), and at
 * most {@link Limits#parseTimeout()} for one parse. A malformed, encrypted or runaway document
 * gives an {@link ExtractionException} with a reason code, never a crash or a hung caller; embedded
 * files (attachments, OLE objects) are not read. Any other binary (an image, an archive, an unknown
 * stream) is refused as {@link ExtractionException#UNSUPPORTED_TYPE}.
 *
 * <p>Document times are instants (Tika reads the offset the file gives); they are shown in the
 * source's time zone when it is known, else in UTC. Instances are thread-safe; {@link #close()}
 * stops the parse threads.
 */
public final class DocumentExtractor implements AutoCloseable {
  /** PDF. */
  public static final MediaType PDF = MediaType.application("pdf");
  /** Word 97-2003 (OLE2). */
  public static final MediaType DOC = MediaType.application("msword");
  /** Word 2007 and later (Office Open XML). */
  public static final MediaType DOCX =
      MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
  /** The documents read, by their detected type. */
  public static final Set<MediaType> SUPPORTED = Set.of(PDF, DOC, DOCX);

  /** Titles that are a file name or an editor's label rather than a headline. */
  private static final Pattern FILE_NAME_TITLE = Pattern.compile("(?i).*\\.(?:pdf|docx?|rtf|odt|txt)$");
  /**
   * Author names that office software writes by itself (the licence holder's default, the library
   * that wrote the file): never the person who wrote the release.
   */
  private static final Set<String> PLACEHOLDER_AUTHORS = Set.of(
      "microsoft office user", "windows user", "user", "admin", "administrator", "owner", "author",
      "unknown", "apache poi", "python-docx");
  private static final Pattern EDITOR_PREFIX = Pattern.compile("(?i)^microsoft word\\s*-\\s*");

  /**
   * Bounds on one document.
   *
   * @param maxInputBytes larger documents are refused as {@link ExtractionException#TOO_LARGE}
   * @param maxTextChars text beyond this many characters is cut at a paragraph boundary
   * @param parseTimeout a parse that takes longer is abandoned as {@link ExtractionException#BAD_DOCUMENT}
   */
  public record Limits(int maxInputBytes, int maxTextChars, Duration parseTimeout) {
    /** 20 MiB in, one million characters out, 30 seconds. */
    public static final Limits DEFAULT = new Limits(20 << 20, 1_000_000, Duration.ofSeconds(30));

    public Limits {
      if (maxInputBytes < 1 || maxTextChars < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
      if (parseTimeout == null || parseTimeout.isNegative() || parseTimeout.isZero()) {
        throw new IllegalArgumentException("parseTimeout must be positive, was " + parseTimeout);
      }
    }
  }

  /** Names of the parse threads: {@code newsflow-document-parse-0}, {@code -1} ... */
  static final String PARSE_THREAD_PREFIX = "newsflow-document-parse-";
  private static final Logger log = LoggerFactory.getLogger(DocumentExtractor.class);

  private final Clock clock;
  private final Limits limits;
  private final Detector detector = new DefaultDetector();
  /**
   * Parses run on threads of their own so that the caller can stop waiting: a parser stuck in a
   * pathological file does not answer interrupts, but it no longer holds up a fetch worker. They
   * are platform threads on purpose: a virtual thread that computes is never unmounted, so a few
   * runaway parses would occupy every carrier thread and stall all the virtual threads of the
   * process (the fetch workers among them). A platform thread costs its core only.
   */
  private final ExecutorService parses = Executors.newCachedThreadPool(
      Thread.ofPlatform().name(PARSE_THREAD_PREFIX, 0).daemon(true).factory());
  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int ABANDONED = 2;
  /** Parses given up on at their timeout that have not returned yet. */
  private final AtomicInteger runaway = new AtomicInteger();

  /** A reader with the {@link Limits#DEFAULT default limits} that uses the system clock. */
  public DocumentExtractor() {
    this(Clock.systemUTC(), Limits.DEFAULT);
  }

  /** A reader for which "now" is {@code clock}'s (no time after it is returned), within {@code limits}. */
  public DocumentExtractor(Clock clock, Limits limits) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Whether {@code body} should be read as a file rather than as a web page: it starts with a
   * binary file signature, or its declared type is not a text type.
   */
  public static boolean isBinary(byte[] body, String contentType) {
    if (BinarySniffer.hasBinarySignature(body)) {
      return true;
    }
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return !type.isEmpty() && !type.startsWith("text/") && !type.contains("html") && !type.contains("xml");
  }

  /**
   * Whether this extractor, rather than the page extractor, should read {@code body}: it looks like
   * a file ({@link #isBinary}) and its content is a supported document or not text at all. A page
   * served with a wrong binary type but HTML inside stays a page.
   */
  public boolean handles(byte[] body, String contentType) {
    if (body == null || body.length == 0 || !isBinary(body, contentType)) {
      return false;
    }
    MediaType type = detect(body, contentType);
    return SUPPORTED.contains(type) || !isTextType(type.toString());
  }

  private static boolean isTextType(String type) {
    return type.startsWith("text/") || type.contains("html") || type.contains("xml");
  }

  /**
   * The type of {@code body} by its content (magic bytes, container entries), with the declared
   * {@code contentType} as a hint only.
   */
  public MediaType detect(byte[] body, String contentType) {
    Metadata metadata = new Metadata();
    if (contentType != null) {
      metadata.set(Metadata.CONTENT_TYPE, contentType);
    }
    try (TikaInputStream in = TikaInputStream.get(body)) {
      return detector.detect(in, metadata).getBaseType();
    } catch (IOException | RuntimeException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  /**
   * Reads a document.
   *
   * @param body the file as fetched
   * @param contentType the declared {@code Content-Type}, or null
   * @param url where it was fetched from (for messages)
   * @param sourceZone the source's time zone, used to show document times; null for UTC
   * @throws ExtractionException {@code unsupported-type} for a binary that is not a PDF, DOC or
   *     DOCX; {@code too-large}, {@code encrypted-document}, {@code bad-document}, or {@code
   *     no-content} for a document without text (a scan without a text layer)
   */
  public ExtractedArticle extract(byte[] body, String contentType, URI url, ZoneId sourceZone)
      throws ExtractionException {
    if (body == null || body.length == 0) {
      throw new ExtractionException(ExtractionException.EMPTY, "empty body");
    }
    if (body.length > limits.maxInputBytes()) {
      throw new ExtractionException(ExtractionException.TOO_LARGE,
          body.length + " bytes; documents are read up to " + limits.maxInputBytes());
    }
    MediaType type = detect(body, contentType);
    if (!SUPPORTED.contains(type)) {
      throw new ExtractionException(ExtractionException.UNSUPPORTED_TYPE,
          type + " is not an article (only HTML, PDF, DOC and DOCX are read): " + url);
    }
    Parsed parsed = parse(body, type, url);
    if (parsed.blocks().isEmpty()) {
      throw new ExtractionException(ExtractionException.NO_CONTENT, "no text in " + type + " " + url);
    }
    return toArticle(parsed, sourceZone);
  }

  @Override
  public void close() {
    parses.shutdownNow();
  }

  private record Parsed(List<Block> blocks, Metadata metadata) {}

  private Parsed parse(byte[] body, MediaType type, URI url) throws ExtractionException {
    // RUNNING, then either DONE (the parse returned first) or ABANDONED (the timeout came first)
    AtomicInteger fate = new AtomicInteger(RUNNING);
    Future<Parsed> parse = parses.submit(() -> {
      try {
        return parseNow(body, type);
      } finally {
        if (!fate.compareAndSet(RUNNING, DONE)) {
          runaway.decrementAndGet();
        }
      }
    });
    try {
      return parse.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (fate.compareAndSet(RUNNING, ABANDONED)) {
        int still = runaway.incrementAndGet();
        log.warn("gave up reading {} after {} s; {} parse(s) past their timeout still running", url,
            limits.parseTimeout().toSeconds(), still);
      }
      parse.cancel(true);
      throw new ExtractionException(ExtractionException.BAD_DOCUMENT,
          type + " took longer than " + limits.parseTimeout().toSeconds() + "s to read: " + url);
    } catch (InterruptedException e) {
      parse.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException(ExtractionException.BAD_DOCUMENT, "interrupted while reading " + url, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof EncryptedDocumentException || hasCause(cause, "InvalidPasswordException")) {
        throw new ExtractionException(ExtractionException.ENCRYPTED_DOCUMENT,
            type + " needs a password: " + url, cause);
      }
      // Anything a parser throws on bad input (TikaException, IOException, SAXException, and the
      // runtime exceptions and errors such as StackOverflowError that malformed files provoke) is
      // the document's fault: it costs this document only.
      throw new ExtractionException(ExtractionException.BAD_DOCUMENT,
          type + " cannot be read (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "): " + url,
          cause);
    }
  }

  private Parsed parseNow(byte[] body, MediaType type) throws IOException, SAXException, TikaException {
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, type.toString());
    ParseContext context = new ParseContext();
    // Attachments and embedded objects are not the article, and each is another parse to bound.
    context.set(Parser.class, EmptyParser.INSTANCE);
    DocumentBlocks handler = new DocumentBlocks(limits.maxTextChars());
    try (TikaInputStream in = TikaInputStream.get(body)) {
      parserFor(type).parse(in, handler, metadata, context);
    } catch (SAXException | TikaException | IOException e) {
      if (!DocumentBlocks.isTextLimit(e)) {
        throw e;
      }
    }
    return new Parsed(handler.blocks(), metadata);
  }

  private static Parser parserFor(MediaType type) {
    if (type.equals(PDF)) {
      PDFParser pdf = new PDFParser();
      pdf.setOcrStrategy("no_ocr");
      pdf.setExtractInlineImages(false);
      pdf.setExtractAnnotationText(false);
      pdf.setExtractBookmarksText(false);
      pdf.setExtractActions(false);
      pdf.setExtractAcroFormContent(false);
      return pdf;
    }
    return type.equals(DOC) ? new OfficeParser() : new OOXMLParser();
  }

  private ExtractedArticle toArticle(Parsed parsed, ZoneId zone) {
    Metadata m = parsed.metadata();
    List<Block> blocks = parsed.blocks();
    String title = title(m.get(TikaCoreProperties.TITLE));
    if (title.isEmpty()) {
      title = blocks.stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::text)
          .filter(t -> t.length() <= 200).findFirst().orElse("");
    }
    LinkedHashSet<String> authors = new LinkedHashSet<>();
    for (String creator : m.getValues(TikaCoreProperties.CREATOR)) {
      for (String name : Bylines.namesFromMetadata(creator, null)) {
        if (!PLACEHOLDER_AUTHORS.contains(name.toLowerCase(Locale.ROOT))) {
          authors.add(name);
        }
      }
    }
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    for (String value : m.getValues(Office.KEYWORDS)) {
      for (String tag : value.split("[,;，、；]")) {
        if (!tag.isBlank() && tag.strip().length() <= ArticleDetails.MAX_TAG_CHARS && tags.size() < ArticleDetails.MAX_TAGS) {
          tags.add(tag.strip());
        }
      }
    }
    String description = m.get(TikaCoreProperties.DESCRIPTION);
    String language = m.get(TikaCoreProperties.LANGUAGE);
    return new ExtractedArticle(
        title,
        List.copyOf(authors),
        null,
        time(m.getDate(TikaCoreProperties.CREATED), zone),
        null,
        false,
        time(m.getDate(TikaCoreProperties.MODIFIED), zone),
        null,
        null,
        description == null || description.isBlank() ? null : Html.collapseWhitespace(description).strip(),
        language == null || !language.matches("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*") ? null : language.replace('_', '-'),
        Article.joined(blocks),
        blocks,
        null,
        List.copyOf(tags),
        null,
        false);
  }

  private static String title(String raw) {
    if (raw == null) {
      return "";
    }
    String title = EDITOR_PREFIX.matcher(Html.collapseWhitespace(raw).strip()).replaceFirst("");
    return FILE_NAME_TITLE.matcher(title).matches() || title.length() > 300 ? "" : title;
  }

  private OffsetDateTime time(Date date, ZoneId zone) {
    if (date == null || date.toInstant().isAfter(clock.instant())) {
      return null;
    }
    return date.toInstant().atZone(zone == null ? ZoneOffset.UTC : zone).toOffsetDateTime();
  }

  private static boolean hasCause(Throwable t, String simpleName) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getClass().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }
}
