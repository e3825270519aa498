package dev.newsflow.ingest.replay;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * One small checkpoint file per WARC, named after the WARC file ({@code
 * CC-NEWS-20240101-00000.warc.gz.checkpoint}), so a directory of archives can be moved without
 * losing the position. Common Crawl's file names are unique; for other archives a file of the same
 * name but another size is recognised and starts over.
 *
 * <p>Writes go to a temporary file that is then moved over the old one, so a crash leaves either
 * the old checkpoint or the new one, never half of one.
 */
final class CheckpointStore {
  static final String SUFFIX = ".checkpoint";

  private final Path directory;

  CheckpointStore(Path directory) {
    this.directory = directory;
  }

  /** The checkpoint of {@code warc}, if one was written and is readable. */
  Optional<Checkpoint> load(Path warc) throws IOException {
    Path file = fileFor(warc);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
      p.load(reader);
    }
    try {
      return Optional.of(new Checkpoint(
          Long.parseLong(p.getProperty("fileSize", "")),
          Long.parseLong(p.getProperty("offset", "")),
          Long.parseLong(p.getProperty("records", "")),
          p.getProperty("recordId", ""),
          Boolean.parseBoolean(p.getProperty("done", "false"))));
    } catch (IllegalArgumentException e) {
      // A damaged checkpoint costs a replay from the start, which is harmless: articles keep
      // their ids, so what was published before is only published again, not duplicated in meaning.
      return Optional.empty();
    }
  }

  void save(Path warc, Checkpoint checkpoint) throws IOException {
    Files.createDirectories(directory);
    Properties p = new Properties();
    p.setProperty("fileSize", Long.toString(checkpoint.fileSize()));
    p.setProperty("offset", Long.toString(checkpoint.offset()));
    p.setProperty("records", Long.toString(checkpoint.records()));
    p.setProperty("recordId", checkpoint.recordId());
    p.setProperty("done", Boolean.toString(checkpoint.done()));
    StringWriter text = new StringWriter();
    p.store(text, "newsflow replay position in " + warc.getFileName());
    Path file = fileFor(warc);
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
    try {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  Path fileFor(Path warc) {
    return directory.resolve(warc.getFileName().toString() + SUFFIX);
  }
}
