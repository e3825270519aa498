/**
 * Measuring the enrichment against labelled data: {@link dev.newsflow.enrich.evaluate.LangIdDataset}
 * reads a language-identification set, {@link dev.newsflow.enrich.evaluate.LangIdEvaluation} runs a
 * detector over it and {@link dev.newsflow.enrich.evaluate.LangIdReport} holds the figures.
 */
package dev.newsflow.enrich.evaluate;
