/**
 * Fetching pages and feeds over HTTP, safely.
 *
 * <p>{@link dev.newsflow.ingest.fetch.HttpFetcher} is the entry point: it refuses addresses that
 * an outsider must not make us reach (see {@link dev.newsflow.ingest.fetch.AddressPolicy}),
 * follows redirects itself so that every hop is checked again, bounds the body before and after
 * decompression, and enforces a total deadline. Every failure is a
 * {@link dev.newsflow.ingest.fetch.FetchException} with a stable reason code.
 */
package dev.newsflow.ingest.fetch;
