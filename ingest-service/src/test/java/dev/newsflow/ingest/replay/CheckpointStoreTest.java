package dev.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

  @Test
  void savedCheckpointIsLoadedBackForAFileOfTheSameNameInAnotherDirectory(@TempDir Path dir) throws IOException {
    CheckpointStore store = new CheckpointStore(dir.resolve("state"));
    Checkpoint checkpoint = new Checkpoint(123_456, 98_765, 42, "<urn:uuid:0b6b1bb8-5a0e-4d5b-9b8e-8d3f0c7f4a11>", false);
    store.save(dir.resolve("a/CC-NEWS-20240101-00000.warc.gz"), checkpoint);

    assertThat(store.load(dir.resolve("b/CC-NEWS-20240101-00000.warc.gz"))).contains(checkpoint);
    assertThat(store.load(dir.resolve("b/CC-NEWS-20240101-00001.warc.gz"))).isEmpty();
  }

  @Test
  void laterSaveReplacesTheEarlierOneAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    CheckpointStore store = new CheckpointStore(dir);
    Path warc = Path.of("x.warc");
    store.save(warc, new Checkpoint(10, 0, 1, "a", false));
    store.save(warc, new Checkpoint(10, 5, 2, "b", true));

    assertThat(store.load(warc)).contains(new Checkpoint(10, 5, 2, "b", true));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.warc.checkpoint");
    }
  }

  @Test
  void damagedCheckpointIsIgnored(@TempDir Path dir) throws IOException {
    CheckpointStore store = new CheckpointStore(dir);
    Files.writeString(store.fileFor(Path.of("x.warc")), "offset=twelve\n");
    assertThat(store.load(Path.of("x.warc"))).isEmpty();
  }
}
