package dev.newsflow.cli;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.json.Json;
import java.time.format.DateTimeFormatter;

/** The ways the CLI prints an enriched article. */
enum ArticleView {
  /** The record exactly as on the topic, one JSON object per line. */
  JSON {
    @Override
    String render(EnrichedArticle a) {
      return Json.write(a);
    }
  },
  /** One readable line: time, language, source, title, authors, URL. */
  LINE {
    @Override
    String render(EnrichedArticle a) {
      Article article = a.article();
      String when = article.published() == null ? "(no date)        " : article.published().format(LINE_TIME);
      String authors = article.authors().isEmpty() ? "" : "  (" + String.join(", ", article.authors()) + ")";
      return String.format("%s  %-7s %-12s %s%s  %s",
          when, a.language().tag(), article.source().id(), article.title(), authors, article.url());
    }
  },
  /** A block per article for people: metadata, then the start of the text. */
  PRETTY {
    @Override
    String render(EnrichedArticle a) {
      Article article = a.article();
      StringBuilder out = new StringBuilder();
      out.append("── ").append(article.title()).append('\n');
      out.append("   source     ").append(article.source().name() == null ? article.source().id() : article.source().name());
      if (article.source().country() != null) {
        out.append(" (").append(article.source().country()).append(')');
      }
      out.append('\n');
      out.append("   published  ").append(article.published() == null ? "unknown" : article.published()).append('\n');
      out.append("   authors    ").append(article.authors().isEmpty() ? "unknown" : String.join(", ", article.authors())).append('\n');
      out.append("   language   ").append(a.language().tag())
          .append(String.format(" (confidence %.2f)", a.language().confidence())).append('\n');
      out.append("   size       ").append(a.stats().words()).append(" words, ")
          .append(a.stats().paragraphs()).append(" paragraphs, ")
          .append(Math.max(1, Math.round(a.stats().readingTimeSeconds() / 60.0))).append(" min read\n");
      out.append("   url        ").append(article.url()).append('\n');
      out.append("   id         ").append(a.id()).append('\n');
      String text = article.text().replace("\n\n", " ¶ ");
      out.append("   text       ").append(text.length() > 300 ? text.substring(0, 300) + " …" : text).append('\n');
      return out.toString();
    }
  };

  private static final DateTimeFormatter LINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  abstract String render(EnrichedArticle article);
}
