package dev.newsflow.ingest.evaluate;

/**
 * How one page scored.
 *
 * @param failed whether extraction threw
 * @param tokens token overlap, or null when the truth is snippets
 * @param snippets snippet counts, or null when the truth is a full text
 * @param title whether the title matched, or null when the truth has none
 * @param day whether the publication day matched, or null when the truth has none
 * @param minute whether the publication minute matched, or null when the truth has no time
 * @param nanos time spent decoding and extracting
 */
record PageScore(
    boolean failed,
    TokenOverlap tokens,
    SnippetMatch snippets,
    Boolean title,
    Boolean day,
    Boolean minute,
    long nanos) {}
