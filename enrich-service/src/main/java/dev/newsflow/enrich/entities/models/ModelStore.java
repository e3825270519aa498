package dev.newsflow.enrich.entities.models;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local cache of model files, filled on demand from model jars in a Maven repository.
 *
 * <pre>{@code
 * ModelStore store = ModelStore.fromEnvironment();
 * Path german = store.ensure(CoreNlpModels.forLanguage("de").orElseThrow());
 * }</pre>
 *
 * <p>Only the model's own entry is downloaded, with HTTP range requests, not the jar (a few tens
 * of MB instead of hundreds); its size and CRC are checked against the jar's directory, and it
 * appears in the cache in one atomic move, so a half-written file is never taken for a model.
 * Without a network the cache must be filled elsewhere ({@code newsflow models fetch}) and copied.
 *
 * <p>Thread-safe; two processes filling the same cache at once write the same bytes.
 */
public final class ModelStore {
  private static final Logger log = LoggerFactory.getLogger(ModelStore.class);

  /** Environment variable naming the cache directory. */
  public static final String DIRECTORY_ENV = "NEWSFLOW_MODELS";
  /** Environment variable naming the Maven repository (a mirror) to fetch models from. */
  public static final String REPOSITORY_ENV = "NEWSFLOW_MODEL_REPOSITORY";
  /** Maven Central, where the models are fetched from unless told otherwise. */
  public static final URI MAVEN_CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");
  /** The largest model file accepted (CoreNLP's largest used here is 105 MB). */
  static final long MAX_MODEL_BYTES = 1L << 30;
  /** A download that delivers no byte for this long has stalled and fails. */
  static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

  private final Path directory;
  private final URI repository;
  private final RangeZipReader reader;

  /**
   * @param directory the cache; created when the first model is fetched
   * @param repository base URL of a Maven repository layout; a missing final slash is added
   */
  public ModelStore(Path directory, URI repository) {
    this(directory, repository, STALL_TIMEOUT);
  }

  ModelStore(Path directory, URI repository, Duration stallTimeout) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    String base = Objects.requireNonNull(repository, "repository").toString();
    this.repository = URI.create(base.endsWith("/") ? base : base + "/");
    if (!"http".equals(this.repository.getScheme()) && !"https".equals(this.repository.getScheme())) {
      throw new IllegalArgumentException("model repository must be an http(s) URL, was: " + repository);
    }
    HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(15))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.reader = new RangeZipReader(http, MAX_MODEL_BYTES, new StalledBodyGuard(stallTimeout));
  }

  /**
   * The store the environment configures: {@value #DIRECTORY_ENV} (default {@code
   * ~/.cache/newsflow/models}) and {@value #REPOSITORY_ENV} (default Maven Central).
   */
  public static ModelStore fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static ModelStore fromEnvironment(Map<String, String> env) {
    String dir = env.get(DIRECTORY_ENV);
    String repo = env.get(REPOSITORY_ENV);
    return new ModelStore(
        dir == null || dir.isBlank() ? defaultDirectory() : Path.of(dir.strip()),
        repo == null || repo.isBlank() ? MAVEN_CENTRAL : URI.create(repo.strip()));
  }

  /** {@code ~/.cache/newsflow/models}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".cache", "newsflow", "models");
  }

  public Path directory() {
    return directory;
  }

  public URI repository() {
    return repository;
  }

  /** Where {@code model} is (or would be) in the cache. */
  public Path path(ModelSpec model) {
    return directory.resolve(model.cacheName());
  }

  /** The cached file of {@code model}, if it has been fetched. */
  public Optional<Path> cached(ModelSpec model) {
    Path path = path(model);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /** The jar {@code model} is fetched from. */
  public URI source(ModelSpec model) {
    return repository.resolve(model.artifactPath());
  }

  /**
   * The cached file of {@code model}, fetching it first if it is not there.
   *
   * @throws ModelFetchException when it is not cached and cannot be fetched; the message says
   *     from where and how to provide it otherwise
   */
  public synchronized Path ensure(ModelSpec model) {
    Optional<Path> cached = cached(model);
    return cached.isPresent() ? cached.get() : fetch(model);
  }

  /** Fetches {@code model} into the cache even if it is there already. */
  public synchronized Path fetch(ModelSpec model) {
    Path target = path(model);
    URI source = source(model);
    Path temp;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    } catch (IOException e) {
      throw new ModelFetchException(ModelFetchException.CACHE_IO, "cannot write to " + target.getParent() + ": " + e, e);
    }
    long started = System.nanoTime();
    try {
      long bytes;
      try (OutputStream out = Files.newOutputStream(temp)) {
        bytes = reader.copyEntry(source, model.entry(), out);
      }
      readableByAll(temp);
      move(temp, target);
      log.info("fetched model {} ({} MB) from {} in {} ms", model.cacheName(), bytes >> 20, source,
          (System.nanoTime() - started) / 1_000_000);
      return target;
    } catch (ModelFetchException e) {
      throw withAdvice(e, model);
    } catch (IOException e) {
      throw new ModelFetchException(ModelFetchException.CACHE_IO, "cannot write " + target + ": " + e, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private ModelFetchException withAdvice(ModelFetchException e, ModelSpec model) {
    if (!e.reason().equals(ModelFetchException.UNREACHABLE)) {
      return e;
    }
    return new ModelFetchException(e.reason(), e.getMessage().substring(e.reason().length() + 2)
        + "; the " + model.language() + " entity model must be in " + path(model)
        + " (run `newsflow models fetch " + model.language() + "` where the network is reachable and copy "
        + directory + ", or set " + REPOSITORY_ENV + " to a reachable Maven mirror)", e.getCause());
  }

  /** Temp files are private to their owner; a model cache is often shared by a service account. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the default permissions are what there is
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the partial download " + temp, e);
    }
  }
}
