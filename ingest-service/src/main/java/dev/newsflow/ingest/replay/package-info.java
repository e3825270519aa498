/**
 * Backfill from web archives: WARC and WARC.gz files (Common Crawl CC-NEWS and the like) replayed
 * as if their pages had just been fetched.
 *
 * <p>{@link dev.newsflow.ingest.replay.WarcReplayer} is the entry point; {@link
 * dev.newsflow.ingest.replay.ReplaySource} says whom pages are attributed to, {@link
 * dev.newsflow.ingest.replay.ReplaySettings} bounds memory and sets the checkpoint directory, and
 * {@link dev.newsflow.ingest.replay.ReplayReport} tells what a run did. Everything else is
 * package-private.
 */
package dev.newsflow.ingest.replay;
