package dev.newsflow.ingest.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.decode.DecodedPage;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.ExtractedArticle;
import dev.newsflow.ingest.extract.ExtractionException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Measures extraction quality over evaluation datasets.
 *
 * <p>A dataset is a folder holding {@code truth.jsonl} (one JSON object per page: {@code id},
 * {@code url}, {@code title}, {@code lang}, optional {@code charset}, and either {@code body} or
 * {@code with}/{@code without} snippets, optional {@code meta.date}) and {@code pages/<id>.html.gz}.
 * Each page is decoded as production decodes it (the {@code charset} field standing in for the
 * HTTP header), extracted, and scored against its truth; see {@link Figures} for the measures.
 *
 * <pre>{@code
 * EvaluationReport report = new ExtractionEvaluation(new ArticleExtractor(), new PageDecoder(), null)
 *     .evaluate(Path.of("../shared/datasets/extraction"), 0, PageListener.NONE);
 * System.out.print(report.table());
 * }</pre>
 *
 * <p>Pages run one after another on the calling thread, so pages per second is a single-core
 * figure. It counts decoding and extraction only, not reading files or scoring.
 */
public final class ExtractionEvaluation {
  /** The file that makes a folder a dataset. */
  public static final String TRUTH_FILE = "truth.jsonl";

  private final ArticleExtractor extractor;
  private final PageDecoder decoder;
  private final ZoneId zone;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param extractor the extractor under test
   * @param decoder turns page bytes into text, as in production
   * @param zone the time zone pages' local times are read in, or null (unknown, as for a new source)
   */
  public ExtractionEvaluation(ArticleExtractor extractor, PageDecoder decoder, ZoneId zone) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.zone = zone;
  }

  /**
   * The datasets in {@code dir}: the folder itself when it holds a truth file, else its
   * subfolders that do, by name.
   *
   * @throws IOException when there is none
   */
  public static List<Path> datasetsIn(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve(TRUTH_FILE))) {
      return List.of(dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a dataset folder");
    }
    List<Path> sets;
    try (Stream<Path> children = Files.list(dir)) {
      sets = children.filter(p -> Files.isRegularFile(p.resolve(TRUTH_FILE)))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
    if (sets.isEmpty()) {
      throw new NoSuchFileException(dir.toString(), null, "no " + TRUTH_FILE + " in it or its subfolders");
    }
    return sets;
  }

  /**
   * Evaluates every dataset in {@code dir} (see {@link #datasetsIn}).
   *
   * @param limit at most this many pages per dataset, in truth-file order; 0 for all
   * @param listener told about every page, e.g. to show progress or keep predictions
   * @throws IOException when a truth file or a page cannot be read
   */
  public EvaluationReport evaluate(Path dir, int limit, PageListener listener) throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    Objects.requireNonNull(listener, "listener");
    Map<Path, List<Truth>> work = new LinkedHashMap<>();
    int total = 0;
    for (Path set : datasetsIn(dir)) {
      List<Truth> truths = Truth.read(set.resolve(TRUTH_FILE), mapper);
      if (limit > 0 && truths.size() > limit) {
        truths = truths.subList(0, limit);
      }
      work.put(set, truths);
      total += truths.size();
    }

    List<Figures> sets = new ArrayList<>();
    List<Figures> languages = new ArrayList<>();
    int done = 0;
    for (Map.Entry<Path, List<Truth>> entry : work.entrySet()) {
      String name = entry.getKey().getFileName().toString();
      Tally all = new Tally(name, Figures.ALL_LANGUAGES);
      Map<String, Tally> byLanguage = new LinkedHashMap<>();
      for (Truth truth : entry.getValue()) {
        byte[] bytes = readPage(entry.getKey(), truth.id());
        PageResult result = extract(name, truth, bytes);
        PageScore score = score(truth, result);
        all.add(score);
        byLanguage.computeIfAbsent(truth.language(), l -> new Tally(name, l)).add(score);
        listener.onPage(result, ++done, total);
      }
      sets.add(all.figures());
      byLanguage.values().stream().map(Tally::figures)
          .sorted(Comparator.comparingInt(Figures::pages).reversed().thenComparing(Figures::language))
          .forEach(languages::add);
    }
    return new EvaluationReport(sets, languages);
  }

  private static byte[] readPage(Path set, String id) throws IOException {
    Path file = set.resolve("pages").resolve(id + ".html.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private PageResult extract(String set, Truth truth, byte[] bytes) {
    URI url = pageUrl(set, truth);
    String contentType = truth.charset() == null ? null : "text/html; charset=" + truth.charset();
    long start = System.nanoTime();
    try {
      DecodedPage page = decoder.decode(bytes, contentType);
      ExtractedArticle article = extractor.extract(page, url, zone);
      return new PageResult(set, truth.id(), truth.language(), article, null, System.nanoTime() - start);
    } catch (ExtractionException e) {
      long nanos = System.nanoTime() - start;
      return new PageResult(set, truth.id(), truth.language(), null, e.getMessage(), nanos);
    } catch (RuntimeException e) {
      long nanos = System.nanoTime() - start;
      return new PageResult(set, truth.id(), truth.language(), null,
          ExtractionException.EXTRACTOR_FAILURE + ": " + e, nanos);
    }
  }

  /** The page's URL when the dataset gives a usable one, else a stand-in on a reserved domain. */
  static URI pageUrl(String set, Truth truth) {
    if (truth.url() != null && truth.url().toLowerCase(Locale.ROOT).matches("https?://.+")) {
      try {
        URI uri = new URI(truth.url().strip());
        if (uri.getHost() != null) {
          return uri;
        }
      } catch (java.net.URISyntaxException e) {
        // falls through to the stand-in
      }
    }
    return URI.create("https://dataset.invalid/" + set + "/" + truth.id().replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  static PageScore score(Truth truth, PageResult result) {
    ExtractedArticle article = result.article();
    String text = result.text();
    TokenOverlap tokens = truth.hasBody() ? TokenOverlap.of(text, truth.body()) : null;
    SnippetMatch snippets = truth.hasBody() ? null : SnippetMatch.of(text, truth.with(), truth.without());
    Boolean title = truth.title() == null || truth.title().isBlank()
        ? null
        : article != null && SnippetMatch.collapse(article.title()).equals(SnippetMatch.collapse(truth.title()));
    // The truth holds the day and time the page shows, in its own local time: compare with that,
    // also where no offset is known (an evaluation runs without a source time zone).
    Boolean day = truth.publishedDay() == null
        ? null
        : article != null && article.publishedLocal() != null
            && article.publishedLocal().toLocalDate().equals(truth.publishedDay());
    Boolean minute = truth.publishedMinute() == null
        ? null
        : article != null && article.publishedLocal() != null
            && article.publishedLocal().truncatedTo(ChronoUnit.MINUTES).equals(truth.publishedMinute());
    return new PageScore(article == null, tokens, snippets, title, day, minute, result.nanos());
  }
}
