/** Key terms of an article: {@link dev.newsflow.enrich.keywords.KeywordExtractor}. */
package dev.newsflow.enrich.keywords;
