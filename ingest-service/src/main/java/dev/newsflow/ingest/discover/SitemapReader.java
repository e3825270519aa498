package dev.newsflow.ingest.discover;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a sitemap document in one streaming pass with the JDK's StAX parser, DTDs and external
 * entities off (as for feeds).
 *
 * <p>Elements are matched by local name and depth rather than by namespace: the protocol's
 * namespace is often missing or mistyped in the wild ({@code http://www.google.com/schemas/...},
 * {@code https://}), and the names do not collide at the depths read. The Google News fields
 * are only read inside {@code <news>}, so an image or video title is never taken for the
 * article's.
 */
final class SitemapReader {
  /** Longer text in a field is cut: no real URL, date or title comes close. */
  private static final int MAX_FIELD_CHARS = 8192;

  private SitemapReader() {}

  static Sitemap read(Reader xml, URI base, int maxUrls, ZoneId zone) throws SitemapException, IOException {
    XMLStreamReader reader = null;
    try {
      reader = SecureXml.inputFactory().createXMLStreamReader(xml);
      return new Walk(reader, base, maxUrls, zone).run();
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException io) {
        throw io;
      }
      throw new SitemapException(SitemapException.Reason.MALFORMED_XML, "not well-formed XML: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // The JDK parser reports some broken input as unchecked exceptions.
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new SitemapException(SitemapException.Reason.MALFORMED_XML, "unreadable XML: " + e.getMessage(), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // Nothing left to release that matters.
        }
      }
    }
  }

  /** The state of one pass over a document. */
  private static final class Walk {
    private final XMLStreamReader r;
    private final URI base;
    private final int maxUrls;
    private final ZoneId zone;
    private final List<Sitemap.Url> urls = new ArrayList<>();
    private final List<Sitemap.Child> children = new ArrayList<>();
    private Sitemap.Kind kind;
    private int skipped;

    // The entry being read (<url> or <sitemap>) and the field whose text is being collected.
    private boolean inEntry;
    private boolean inNews;
    private boolean inPublication;
    private String field;
    private final StringBuilder text = new StringBuilder();
    private String loc;
    private String lastmod;
    private String newsName;
    private String newsLanguage;
    private String newsDate;
    private String newsTitle;
    private boolean hasNews;

    Walk(XMLStreamReader r, URI base, int maxUrls, ZoneId zone) {
      this.zone = zone;
      this.r = r;
      this.base = base;
      this.maxUrls = maxUrls;
    }

    Sitemap run() throws XMLStreamException, SitemapException {
      int depth = 0;
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            start(r.getLocalName(), depth);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (field != null && text.length() < MAX_FIELD_CHARS) {
              String t = r.getText();
              text.append(t, 0, Math.min(t.length(), MAX_FIELD_CHARS - text.length()));
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            end(r.getLocalName(), depth);
            depth--;
          }
          default -> {
            // Comments, processing instructions, unexpanded entity references: not content.
          }
        }
      }
      if (kind == null) {
        throw new SitemapException(SitemapException.Reason.NOT_A_SITEMAP, "no root element");
      }
      return new Sitemap(kind, urls, children, skipped);
    }

    private void start(String name, int depth) throws SitemapException {
      if (depth == 1) {
        kind = switch (name) {
          case "urlset" -> Sitemap.Kind.URL_SET;
          case "sitemapindex" -> Sitemap.Kind.INDEX;
          default -> throw new SitemapException(SitemapException.Reason.NOT_A_SITEMAP,
              "root element <" + name + "> is neither <urlset> nor <sitemapindex>");
        };
      } else if (depth == 2) {
        inEntry = name.equals(kind == Sitemap.Kind.URL_SET ? "url" : "sitemap");
        if (inEntry) {
          loc = lastmod = newsName = newsLanguage = newsDate = newsTitle = null;
          hasNews = false;
        }
      } else if (inEntry && depth == 3) {
        if (name.equals("loc") || name.equals("lastmod")) {
          collect(name);
        } else if (name.equals("news") && kind == Sitemap.Kind.URL_SET) {
          inNews = true;
          hasNews = true;
        }
      } else if (inNews && depth == 4) {
        if (name.equals("publication")) {
          inPublication = true;
        } else if (name.equals("publication_date") || name.equals("title")) {
          collect(name);
        }
      } else if (inPublication && depth == 5 && (name.equals("name") || name.equals("language"))) {
        collect(name);
      }
    }

    private void end(String name, int depth) throws SitemapException {
      if (field != null && field.equals(name)) {
        finishField(depth);
      } else if (inPublication && depth == 4) {
        inPublication = false;
      } else if (inNews && depth == 3) {
        inNews = false;
      } else if (inEntry && depth == 2) {
        inEntry = false;
        finishEntry();
      }
    }

    private void collect(String name) {
      field = name;
      text.setLength(0);
    }

    private void finishField(int depth) {
      String value = text.toString().strip();
      if (depth == 3) {
        if (field.equals("loc")) {
          loc = value;
        } else {
          lastmod = value;
        }
      } else if (depth == 4) {
        if (field.equals("publication_date")) {
          newsDate = value;
        } else {
          newsTitle = value.replaceAll("\\s+", " ");
        }
      } else if (field.equals("name")) {
        newsName = value;
      } else {
        newsLanguage = value;
      }
      field = null;
    }

    private void finishEntry() throws SitemapException {
      URI location = Links.resolve(base, loc);
      if (location == null) {
        skipped++;
        return;
      }
      if (urls.size() + children.size() >= maxUrls) {
        throw new SitemapException(SitemapException.Reason.TOO_MANY_URLS,
            "sitemap lists more than " + maxUrls + " entries");
      }
      // lastmod only tells how fresh a sitemap or URL is, usually to the day, and never becomes an
      // article's date: UTC for a zone-less one is close enough for that.
      OffsetDateTime modified = FeedDates.parse(lastmod, ZoneOffset.UTC);
      if (kind == Sitemap.Kind.INDEX) {
        children.add(new Sitemap.Child(location, modified));
      } else {
        Sitemap.News news = hasNews
            ? new Sitemap.News(blankToNull(newsName), blankToNull(newsLanguage), FeedDates.parse(newsDate, zone),
                blankToNull(newsTitle))
            : null;
        urls.add(new Sitemap.Url(location, modified, news));
      }
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }
}
