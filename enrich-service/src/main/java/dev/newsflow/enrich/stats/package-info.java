/** CJK-aware character, word and paragraph counts: {@link dev.newsflow.enrich.stats.TextStatistics}. */
package dev.newsflow.enrich.stats;
