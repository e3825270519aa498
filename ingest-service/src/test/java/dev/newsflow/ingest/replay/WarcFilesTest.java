package dev.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFilesTest {

  @Test
  void directoriesAreSearchedForWarcFilesInNameOrderAndNamedFilesAreTakenAsTheyAre(@TempDir Path dir) throws IOException {
    Path month = Files.createDirectories(dir.resolve("CC-NEWS/2024/01"));
    Files.createFile(month.resolve("CC-NEWS-20240101120000-00002.warc.gz"));
    Files.createFile(month.resolve("CC-NEWS-20240101010000-00001.warc.gz"));
    Files.createFile(month.resolve("warc.paths.gz"));
    Files.createFile(month.resolve("notes.txt"));
    Path other = Files.createFile(dir.resolve("capture.bin"));

    assertThat(WarcFiles.expand(List.of(dir.resolve("CC-NEWS"), other))).containsExactly(
        month.resolve("CC-NEWS-20240101010000-00001.warc.gz"),
        month.resolve("CC-NEWS-20240101120000-00002.warc.gz"),
        other);
  }

  @Test
  void aFileNamedTwiceIsReplayedOnce(@TempDir Path dir) throws IOException {
    Path warc = Files.createFile(dir.resolve("a.warc"));
    assertThat(WarcFiles.expand(List.of(warc, dir))).containsExactly(warc);
  }

  @Test
  void missingPathIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> WarcFiles.expand(List.of(dir.resolve("nope.warc.gz"))))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope.warc.gz");
  }
}
