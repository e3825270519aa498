package dev.newsflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.common.json.Json;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.DocumentExtractor;
import dev.newsflow.ingest.extract.ExtractedArticle;
import dev.newsflow.ingest.extract.ExtractionException;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow extract}: the extractor on one URL, file or folder, without Kafka. */
@Command(
    name = "extract",
    header = "Extracts articles from a URL, a file or a folder of pages and prints them as JSON.",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the article from a URL (fetched from public addresses only), a page (.html,",
      ".html.gz) or document (.pdf, .doc, .docx) file, or every such file in a folder, and",
      "prints each record as one JSON line (or writes <name>.json files into --out). Pages",
      "without an article are reported on stderr with their reason code; the exit code is 1",
      "when any page failed."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TARGET",
      description = "http(s) URL, file (.html, .html.gz, .pdf, .doc, .docx) or folder.")
  String target;

  @Option(names = "--time-zone", paramLabel = "ZONE",
      description = "The zone the page shows local times in, e.g. Asia/Shanghai (default: unknown).")
  ZoneId zone;

  @Option(names = "--out", paramLabel = "DIR", description = "Write <name>.json files here instead of printing.")
  Path out;

  /** File names the command reads from a folder; the part before the extension names the output. */
  private static final Pattern READABLE_FILE =
      Pattern.compile("(?i)(.+)\\.(?:html?|xhtml|html?\\.gz|xhtml\\.gz|pdf|docx?)");

  @Override
  public Integer call() throws IOException {
    if (out != null) {
      Files.createDirectories(out);
    }
    try (DocumentExtractor documents = new DocumentExtractor()) {
      return extractTarget(new Extractors(new ArticleExtractor(), documents));
    }
  }

  /** Pages go to the page extractor, PDF and Word files to the document extractor. */
  private record Extractors(ArticleExtractor pages, DocumentExtractor documents) {
    ExtractedArticle extract(byte[] body, String contentType, URI url, ZoneId zone)
        throws ExtractionException {
      return documents.handles(body, contentType)
          ? documents.extract(body, contentType, url, zone)
          : pages.extract(body, contentType, url, zone);
    }
  }

  private int extractTarget(Extractors extractor) throws IOException {
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return fromUrl(extractor, URI.create(target.strip()));
    }
    Path path = Path.of(target);
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> children = Files.list(path)) {
        files = children.filter(ExtractCommand::isPageFile).sorted().toList();
      }
      int failed = 0;
      for (Path file : files) {
        failed += fromFile(extractor, file) ? 0 : 1;
      }
      return failed == 0 ? 0 : 1;
    }
    if (!Files.isRegularFile(path)) {
      throw new IOException("no such file, folder or URL: " + target);
    }
    return fromFile(extractor, path) ? 0 : 1;
  }

  private int fromUrl(Extractors extractor, URI url) throws IOException {
    FetchResult page;
    try (HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults())) {
      page = fetcher.fetch(url);
    } catch (FetchException e) {
      spec.commandLine().getErr().println(url + ": " + e.getMessage());
      return 1;
    }
    return emit(extractor, page.body(), page.contentType(), page.finalUrl(), url.toString(),
        FileNames.safe(page.finalUrl().getHost() + page.finalUrl().getPath())) ? 0 : 1;
  }

  private boolean fromFile(Extractors extractor, Path file) throws IOException {
    byte[] body;
    try (InputStream in = Files.newInputStream(file)) {
      body = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
          ? new GZIPInputStream(in).readAllBytes()
          : in.readAllBytes();
    }
    Matcher readable = READABLE_FILE.matcher(file.getFileName().toString());
    String name = readable.matches() ? readable.group(1) : file.getFileName().toString();
    return emit(extractor, body, null, file.toAbsolutePath().toUri(), file.toString(), FileNames.safe(name));
  }

  private boolean emit(Extractors extractor, byte[] body, String contentType, URI url, String source,
      String name) throws IOException {
    ExtractedArticle article;
    try {
      article = extractor.extract(body, contentType, url, zone);
    } catch (ExtractionException e) {
      spec.commandLine().getErr().println(source + ": " + e.getMessage());
      return false;
    }
    ObjectNode json = Json.mapper().createObjectNode().put("source", source);
    json.setAll((ObjectNode) Json.mapper().valueToTree(article));
    if (out != null) {
      Files.writeString(out.resolve(name + ".json"), Json.writePretty(json), StandardCharsets.UTF_8);
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(Json.write(json));
      stdout.flush();
    }
    return true;
  }

  static boolean isPageFile(Path p) {
    return Files.isRegularFile(p) && READABLE_FILE.matcher(p.getFileName().toString()).matches();
  }
}
