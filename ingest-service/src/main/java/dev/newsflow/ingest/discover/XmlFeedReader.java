package dev.newsflow.ingest.discover;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 in one streaming pass.
 *
 * <p>The three formats agree enough to share one walk: entries are {@code item} or {@code entry}
 * elements; their direct children carry the link (text, or Atom's {@code href}), the title and
 * a date. The XML parser is the JDK's own, with DTDs, external entities and entity expansion off:
 * a feed cannot make us read a file, open a connection, or expand a billion laughs.
 */
final class XmlFeedReader {
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

  private XmlFeedReader() {}

  static List<FeedEntry> read(byte[] xml, URI feedUrl, ZoneId zone) throws FeedException {
    XMLStreamReader reader = null;
    try {
      reader = SecureXml.inputFactory().createXMLStreamReader(XmlCharsets.reader(xml));
      return walk(reader, feedUrl, zone);
    } catch (XMLStreamException e) {
      throw new FeedException(FeedException.Reason.MALFORMED_XML,
          "not well-formed XML: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // The JDK parser reports some broken encodings as unchecked exceptions.
      throw new FeedException(FeedException.Reason.MALFORMED_XML,
          "unreadable XML: " + e.getMessage(), e);
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

  private static List<FeedEntry> walk(XMLStreamReader r, URI feedUrl, ZoneId zone)
      throws XMLStreamException, FeedException {
    List<FeedEntry> entries = new ArrayList<>();
    Deque<URI> bases = new ArrayDeque<>();
    bases.push(feedUrl);
    boolean rootSeen = false;
    Entry entry = null;
    int depth = 0;
    int entryDepth = -1;
    Field field = null;
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          bases.push(Links.rebase(bases.peek(), r.getAttributeValue(XMLConstants.XML_NS_URI, "base")));
          String name = r.getLocalName();
          if (!rootSeen) {
            rootSeen = true;
            checkRoot(r, name);
          }
          if (entry == null && (name.equals("item") || name.equals("entry"))) {
            entry = new Entry();
            entryDepth = depth;
          } else if (entry != null && depth == entryDepth + 1) {
            field = startField(r, name, bases.peek(), entry);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE -> {
          if (field != null) {
            field.text.append(r.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (field != null && depth == entryDepth + 1) {
            field.finish(entry);
            field = null;
          } else if (entry != null && depth == entryDepth) {
            FeedEntry done = entry.build(zone);
            if (done != null) {
              entries.add(done);
            }
            entry = null;
          }
          bases.pop();
          depth--;
        }
        default -> {
          // Comments, processing instructions, unexpanded entity references: not content.
        }
      }
    }
    if (!rootSeen) {
      throw new FeedException(FeedException.Reason.NOT_A_FEED, "no root element");
    }
    return entries;
  }

  private static void checkRoot(XMLStreamReader r, String name) throws FeedException {
    boolean feed = name.equals("rss") || name.equals("RDF") || name.equals("channel")
        || (name.equals("feed") && (r.getNamespaceURI() == null
            || r.getNamespaceURI().isEmpty() || r.getNamespaceURI().equals(ATOM_NS)
            || r.getNamespaceURI().startsWith("http://purl.org/atom")));
    if (!feed) {
      throw new FeedException(FeedException.Reason.NOT_A_FEED,
          "root element <" + name + "> is not RSS, RDF or Atom");
    }
  }

  private static Field startField(XMLStreamReader r, String name, URI base, Entry entry) {
    return switch (name) {
      case "link" -> {
        String href = r.getAttributeValue(null, "href");
        if (href != null) {
          // Atom (or atom:link inside RSS): prefer rel="alternate", which is also the default.
          String rel = r.getAttributeValue(null, "rel");
          if (rel == null || rel.isBlank() || rel.strip().equalsIgnoreCase("alternate")) {
            entry.offerLink(Links.resolve(base, href), 2);
          }
          yield null;
        }
        yield new Field(Kind.LINK, base, false);
      }
      case "guid", "id" -> {
        String permaLink = r.getAttributeValue(null, "isPermaLink");
        yield "false".equalsIgnoreCase(permaLink == null ? null : permaLink.strip())
            ? null : new Field(Kind.GUID, base, false);
      }
      case "title" -> {
        String type = r.getAttributeValue(null, "type");
        boolean markup = type != null
            && (type.toLowerCase(Locale.ROOT).contains("html"));
        yield new Field(Kind.TITLE, base, markup);
      }
      case "pubDate", "published", "issued", "date" -> new Field(Kind.PUBLISHED, base, false);
      case "updated", "modified" -> new Field(Kind.UPDATED, base, false);
      default -> null;
    };
  }

  private enum Kind { LINK, GUID, TITLE, PUBLISHED, UPDATED }

  /** A child element of an entry whose text we are collecting. */
  private static final class Field {
    final Kind kind;
    final URI base;
    final boolean markup;
    final StringBuilder text = new StringBuilder();

    Field(Kind kind, URI base, boolean markup) {
      this.kind = kind;
      this.base = base;
      this.markup = markup;
    }

    void finish(Entry entry) {
      String s = text.toString();
      switch (kind) {
        case LINK -> entry.offerLink(Links.resolve(base, s), 3);
        case GUID -> entry.offerLink(Links.resolve(null, s), 1);
        case TITLE -> entry.title = markup ? Jsoup.parse(s).text() : plain(s);
        case PUBLISHED -> entry.published = s;
        case UPDATED -> entry.updated = s;
        default -> throw new IllegalStateException(kind.name());
      }
    }

    // RSS titles are plain text by the spec, but double-escaped entities are everywhere.
    private static String plain(String s) {
      return s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    }
  }

  /** What we know so far about the entry being read. */
  private static final class Entry {
    URI link;
    int linkRank;
    String title;
    String published;
    String updated;

    /** Keeps the best link seen: RSS link over Atom alternate over a permalink guid. */
    void offerLink(URI candidate, int rank) {
      if (candidate != null && rank > linkRank) {
        link = candidate;
        linkRank = rank;
      }
    }

    FeedEntry build(ZoneId zone) {
      if (link == null) {
        return null;
      }
      String t = title == null ? null : title.strip().replaceAll("\\s+", " ");
      OffsetDateTime date = FeedDates.parse(published, zone);
      return new FeedEntry(link, t, date != null ? date : FeedDates.parse(updated, zone));
    }
  }
}
