/** Language and script detection: {@link dev.newsflow.enrich.language.LanguageDetector}. */
package dev.newsflow.enrich.language;
