/**
 * Near-duplicate detection: {@link dev.newsflow.enrich.dedup.SimHash} fingerprints of article text,
 * and the cluster index the topology keeps in a state store, so that syndicated copies of one story
 * (other URL, other boilerplate) share a cluster id.
 */
package dev.newsflow.enrich.dedup;
