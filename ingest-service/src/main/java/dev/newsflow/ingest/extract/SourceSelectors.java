package dev.newsflow.ingest.extract;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Applies a source's {@link ExtractionOverrides} to a parsed page. */
final class SourceSelectors {
  private final ExtractionOverrides overrides;

  SourceSelectors(ExtractionOverrides overrides) {
    this.overrides = overrides;
  }

  /** Removes what the source says is never part of an article. */
  void drop(Document doc) {
    for (String css : overrides.drop()) {
      doc.select(css).remove();
    }
  }

  /** The headline the source's title selector finds. */
  Optional<String> title(Document doc) {
    if (overrides.title() == null) {
      return Optional.empty();
    }
    return doc.select(overrides.title()).stream()
        .map(SourceSelectors::value)
        .filter(s -> !s.isEmpty())
        .findFirst();
  }

  /** The authors (and an outlet) the source's byline selector finds; empty when it finds none. */
  Optional<Bylines.Byline> byline(Document doc, String siteName) {
    if (overrides.byline() == null) {
      return Optional.empty();
    }
    LinkedHashSet<String> authors = new LinkedHashSet<>();
    String outlet = null;
    for (Element e : doc.select(overrides.byline())) {
      String text = value(e);
      Optional<Bylines.Byline> line = Bylines.parseLine(text);
      if (line.isPresent()) {
        authors.addAll(line.get().authors());
        outlet = outlet == null ? line.get().outlet() : outlet;
      } else {
        authors.addAll(Bylines.namesFromMetadata(text, siteName));
      }
    }
    return authors.isEmpty() ? Optional.empty() : Optional.of(new Bylines.Byline(List.copyOf(authors), outlet));
  }

  /** The publication time the source's date selector finds, never one after now. */
  Optional<OffsetDateTime> published(Document doc, ZoneId zone, Clock clock) {
    if (overrides.date() == null) {
      return Optional.empty();
    }
    for (Element e : doc.select(overrides.date())) {
      Optional<OffsetDateTime> time = Optional.empty();
      for (String attribute : new String[] {"datetime", "content"}) {
        if (time.isEmpty() && e.hasAttr(attribute)) {
          time = Dates.parseMachine(e.attr(attribute), zone);
        }
      }
      if (time.isEmpty()) {
        String text = Html.collapseWhitespace(e.text()).strip();
        time = Dates.parseMachine(text, zone)
            .or(() -> Dates.findVisible(text, zone).map(Dates.Found::time));
      }
      if (time.isPresent() && !time.get().toInstant().isAfter(clock.instant())) {
        return time;
      }
    }
    return Optional.empty();
  }

  /**
   * The elements the source's body selector finds, outermost only (a match inside another match
   * is already part of it); empty when there is no body selector or it finds nothing.
   */
  List<Element> body(Document doc) {
    if (overrides.body() == null) {
      return List.of();
    }
    Elements matches = doc.select(overrides.body());
    List<Element> outermost = new ArrayList<>();
    for (Element e : matches) {
      if (outermost.stream().noneMatch(outer -> isAncestor(outer, e))) {
        outermost.add(e);
      }
    }
    return outermost;
  }

  boolean hasBody() {
    return overrides.body() != null;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static String value(Element e) {
    String raw = e.nameIs("meta") ? e.attr("content") : e.text();
    return Html.collapseWhitespace(raw).strip();
  }
}
