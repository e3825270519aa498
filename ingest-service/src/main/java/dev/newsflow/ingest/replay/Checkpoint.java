package dev.newsflow.ingest.replay;

import java.util.Objects;

/**
 * How far replay got in one WARC file: every record up to and including the one at {@code offset}
 * is published (or skipped, or dead-lettered).
 *
 * @param fileSize the file's size when the checkpoint was written; a file of another size is
 *     another file, and is replayed from its start
 * @param offset the byte offset of the last handled record (in the compressed file for .warc.gz)
 * @param records how many records of the file are handled, that last one included
 * @param recordId the {@code WARC-Record-ID} of that record, to check a resumed position
 * @param done whether the whole file is handled
 */
record Checkpoint(long fileSize, long offset, long records, String recordId, boolean done) {
  Checkpoint {
    if (fileSize < 0 || offset < 0 || records < 0) {
      throw new IllegalArgumentException("negative checkpoint field");
    }
    Objects.requireNonNull(recordId, "recordId");
  }
}
