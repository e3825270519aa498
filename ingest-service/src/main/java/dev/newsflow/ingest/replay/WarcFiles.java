package dev.newsflow.ingest.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The WARC files behind the paths a user gives: files as named, directories searched (also in
 * subdirectories, as in Common Crawl's {@code crawl-data/CC-NEWS/2024/01/} layout) for {@code
 * *.warc} and {@code *.warc.gz}, in name order so that a re-run visits them in the same order.
 */
final class WarcFiles {
  private WarcFiles() {}

  static List<Path> expand(List<Path> paths) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(WarcFiles::isWarcName).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such WARC file or directory");
      }
    }
    return new ArrayList<>(files);
  }

  static boolean isWarcName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }
}
