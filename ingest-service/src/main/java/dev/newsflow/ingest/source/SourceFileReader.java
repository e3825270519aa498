package dev.newsflow.ingest.source;

import dev.newsflow.common.article.Source;
import dev.newsflow.common.config.Durations;
import dev.newsflow.ingest.discover.ArticlePatterns;
import dev.newsflow.ingest.extract.ExtractionOverrides;
import dev.newsflow.ingest.source.YamlTree.Entry;
import dev.newsflow.ingest.source.YamlTree.Mapping;
import dev.newsflow.ingest.source.YamlTree.Node;
import dev.newsflow.ingest.source.YamlTree.Scalar;
import dev.newsflow.ingest.source.YamlTree.Sequence;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a parsed sources file against the schema and builds the sources. Collects every problem
 * rather than stopping at the first, so one run of {@code sources check} shows them all.
 */
final class SourceFileReader {
  static final Set<String> TOP_KEYS = Set.of("defaults", "sources");
  static final Set<String> DEFAULT_KEYS = Set.of("pollInterval", "perHostDelay", "limits");
  static final Set<String> SOURCE_KEYS = Set.of(
      "id", "name", "country", "timeZone", "language", "feeds", "articleUrls", "sitemaps", "sitemapsFromRobots",
      "sections", "articlePatterns", "pollInterval", "perHostDelay", "limits", "extraction");
  static final Set<String> EXTRACTION_KEYS = Set.of("body", "title", "byline", "date", "drop");
  static final Set<String> PATTERN_KEYS = Set.of("include", "exclude");
  static final int MAX_PATTERNS_PER_LIST = 200;
  static final int MAX_PATTERN_LENGTH = 1000;
  static final Set<String> LIMIT_KEYS = Set.of("maxFeedItems", "maxArticlesPerPoll");

  static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(1);
  static final Duration MAX_POLL_INTERVAL = Duration.ofDays(7);
  static final Duration MAX_PER_HOST_DELAY = Duration.ofMinutes(10);
  static final int MAX_LIMIT = 100_000;
  static final int MAX_URLS_PER_LIST = 10_000;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final List<SourceFileProblem> problems;

  SourceFileReader(List<SourceFileProblem> problems) {
    this.problems = problems;
  }

  /** Reads a defaults block (or the defaults file) on top of {@code base}. */
  SourceDefaults defaults(Node node, SourceDefaults base) {
    Mapping map = mapping(node, "the defaults");
    if (map == null) {
      return base;
    }
    checkKeys(map, DEFAULT_KEYS, "defaults");
    Duration poll = duration(map, "pollInterval", MIN_POLL_INTERVAL, MAX_POLL_INTERVAL);
    Duration delay = duration(map, "perHostDelay", Duration.ZERO, MAX_PER_HOST_DELAY);
    SourceLimits limits = limits(map.entries().get("limits"), base.limits());
    return new SourceDefaults(
        poll != null ? poll : base.pollInterval(),
        delay != null ? delay : base.perHostDelay(),
        limits);
  }

  /** Reads a whole sources file. */
  List<SourceConfig> sources(Node root, SourceDefaults base) {
    if (root == null) {
      problems.add(new SourceFileProblem(0, 0, "no-sources", "the file is empty; expected a 'sources:' list"));
      return List.of();
    }
    Mapping top = mapping(root, "the file");
    if (top == null) {
      return List.of();
    }
    checkKeys(top, TOP_KEYS, "the file");
    Entry defaultsEntry = top.entries().get("defaults");
    SourceDefaults defaults = defaultsEntry == null ? base : defaults(defaultsEntry.value(), base);
    Entry sourcesEntry = top.entries().get("sources");
    if (sourcesEntry == null) {
      problems.add(new SourceFileProblem(root.line(), root.column(), "missing-key", "no 'sources:' list"));
      return List.of();
    }
    if (!(sourcesEntry.value() instanceof Sequence list)) {
      wrongType(sourcesEntry.value(), "'sources' must be a list of sources");
      return List.of();
    }
    if (list.items().isEmpty()) {
      problems.add(new SourceFileProblem(sourcesEntry.line(), sourcesEntry.column(), "no-sources", "'sources' is empty"));
    }
    List<SourceConfig> sources = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    for (Node item : list.items()) {
      SourceConfig source = source(item, defaults);
      if (source == null) {
        continue;
      }
      Integer first = idLines.putIfAbsent(source.source().id(), item.line());
      if (first != null) {
        problems.add(new SourceFileProblem(item.line(), item.column(), "duplicate-id",
            "source id '" + source.source().id() + "' is already used on line " + first));
      } else {
        sources.add(source);
      }
    }
    return sources;
  }

  private SourceConfig source(Node node, SourceDefaults defaults) {
    Mapping map = mapping(node, "a source");
    if (map == null) {
      return null;
    }
    int before = problems.size();
    checkKeys(map, SOURCE_KEYS, "a source");
    String id = text(map, "id");
    if (id == null) {
      problems.add(new SourceFileProblem(map.line(), map.column(), "missing-key", "a source needs an 'id'"));
    } else if (!ID.matcher(id).matches()) {
      problems.add(at(map, "id", "bad-id",
          "source id '" + id + "' must be 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
    }
    String name = text(map, "name");
    String country = country(map);
    ZoneId zone = timeZone(map);
    String language = language(map);
    List<URI> feeds = urls(map, "feeds");
    List<URI> articleUrls = urls(map, "articleUrls");
    List<URI> sitemaps = urls(map, "sitemaps");
    Boolean fromRobots = bool(map, "sitemapsFromRobots");
    List<URI> sections = urls(map, "sections");
    ArticlePatterns patterns = patterns(map.entries().get("articlePatterns"));
    Duration poll = duration(map, "pollInterval", MIN_POLL_INTERVAL, MAX_POLL_INTERVAL);
    Duration delay = duration(map, "perHostDelay", Duration.ZERO, MAX_PER_HOST_DELAY);
    SourceLimits limits = limits(map.entries().get("limits"), defaults.limits());
    ExtractionOverrides extraction = extraction(map.entries().get("extraction"));
    boolean noUrls = feeds.isEmpty() && articleUrls.isEmpty() && sitemaps.isEmpty() && sections.isEmpty();
    if (noUrls && problems.size() == before) {
      problems.add(new SourceFileProblem(map.line(), map.column(), "no-urls", "source "
          + (id == null ? "" : "'" + id + "' ") + "has none of 'feeds', 'articleUrls', 'sitemaps', 'sections'"));
    }
    if (problems.size() > before) {
      return null;
    }
    return new SourceConfig(new Source(id, name, country), feeds, articleUrls, zone, language,
        poll != null ? poll : defaults.pollInterval(),
        delay != null ? delay : defaults.perHostDelay(),
        limits,
        new Discovery(sitemaps, Boolean.TRUE.equals(fromRobots), sections, patterns),
        extraction);
  }

  private ExtractionOverrides extraction(Entry entry) {
    if (entry == null || entry.value() instanceof Scalar s && s.text() == null) {
      return ExtractionOverrides.NONE;
    }
    Mapping map = mapping(entry.value(), "'extraction'");
    if (map == null) {
      return ExtractionOverrides.NONE;
    }
    checkKeys(map, EXTRACTION_KEYS, "'extraction'");
    int before = problems.size();
    String body = selector(map, "body");
    String title = selector(map, "title");
    String byline = selector(map, "byline");
    String date = selector(map, "date");
    List<String> drop = dropSelectors(map);
    return problems.size() > before
        ? ExtractionOverrides.NONE
        : new ExtractionOverrides(body, title, byline, date, drop);
  }

  private String selector(Mapping map, String key) {
    String css = text(map, key);
    if (css == null) {
      return null;
    }
    var problem = ExtractionOverrides.problem(css);
    if (problem.isPresent()) {
      problems.add(at(map, key, "bad-selector", "'" + css + "' is not a CSS selector: " + problem.get()));
      return null;
    }
    return css;
  }

  private List<String> dropSelectors(Mapping map) {
    Entry entry = map.entries().get("drop");
    if (entry == null || entry.value() instanceof Scalar s && s.text() == null) {
      return List.of();
    }
    if (!(entry.value() instanceof Sequence list)) {
      wrongType(entry.value(), "'drop' must be a list of CSS selectors");
      return List.of();
    }
    if (list.items().size() > ExtractionOverrides.MAX_DROP_SELECTORS) {
      problems.add(new SourceFileProblem(entry.line(), entry.column(), "out-of-range",
          "'drop' has " + list.items().size() + " selectors; at most " + ExtractionOverrides.MAX_DROP_SELECTORS));
      return List.of();
    }
    List<String> selectors = new ArrayList<>();
    for (Node item : list.items()) {
      if (!(item instanceof Scalar s) || s.text() == null || s.text().isBlank()) {
        wrongType(item, "each entry of 'drop' must be one CSS selector");
        continue;
      }
      var problem = ExtractionOverrides.problem(s.text());
      if (problem.isPresent()) {
        problems.add(new SourceFileProblem(s.line(), s.column(), "bad-selector",
            "'" + s.text() + "' is not a CSS selector: " + problem.get()));
      } else {
        selectors.add(s.text());
      }
    }
    return List.copyOf(selectors);
  }

  private Boolean bool(Mapping map, String key) {
    String text = text(map, key);
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        problems.add(at(map, key, "wrong-type", "'" + key + "' must be true or false, was '" + text + "'"));
        yield null;
      }
    };
  }

  private ArticlePatterns patterns(Entry entry) {
    if (entry == null || entry.value() instanceof Scalar s && s.text() == null) {
      return ArticlePatterns.NONE;
    }
    Mapping map = mapping(entry.value(), "'articlePatterns'");
    if (map == null) {
      return ArticlePatterns.NONE;
    }
    checkKeys(map, PATTERN_KEYS, "'articlePatterns'");
    return new ArticlePatterns(regexes(map, "include"), regexes(map, "exclude"));
  }

  private List<Pattern> regexes(Mapping map, String key) {
    Entry entry = map.entries().get(key);
    if (entry == null || entry.value() instanceof Scalar s && s.text() == null) {
      return List.of();
    }
    if (!(entry.value() instanceof Sequence list)) {
      wrongType(entry.value(), "'" + key + "' must be a list of regular expressions");
      return List.of();
    }
    if (list.items().size() > MAX_PATTERNS_PER_LIST) {
      problems.add(new SourceFileProblem(entry.line(), entry.column(), "out-of-range",
          "'" + key + "' has " + list.items().size() + " patterns; at most " + MAX_PATTERNS_PER_LIST));
      return List.of();
    }
    List<Pattern> patterns = new ArrayList<>();
    for (Node item : list.items()) {
      if (!(item instanceof Scalar s) || s.text() == null || s.text().isBlank()) {
        wrongType(item, "each entry of '" + key + "' must be one regular expression");
        continue;
      }
      if (s.text().length() > MAX_PATTERN_LENGTH) {
        problems.add(new SourceFileProblem(s.line(), s.column(), "bad-pattern",
            "a pattern of " + s.text().length() + " characters; at most " + MAX_PATTERN_LENGTH));
        continue;
      }
      try {
        patterns.add(Pattern.compile(s.text()));
      } catch (PatternSyntaxException e) {
        problems.add(new SourceFileProblem(s.line(), s.column(), "bad-pattern",
            "'" + s.text() + "' is not a regular expression: " + e.getDescription()
                + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "")));
      }
    }
    return List.copyOf(patterns);
  }

  private String country(Mapping map) {
    String country = text(map, "country");
    if (country == null) {
      return null;
    }
    String upper = country.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(upper)) {
      String hint = upper.equals("UK") ? " (the United Kingdom is GB)" : "";
      problems.add(at(map, "country", "bad-country", "'" + country + "' is not an ISO 3166-1 alpha-2 country code" + hint));
      return null;
    }
    return upper;
  }

  private ZoneId timeZone(Mapping map) {
    String zone = text(map, "timeZone");
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      problems.add(at(map, "timeZone", "bad-time-zone", "'" + zone + "' is not a time zone (e.g. Asia/Shanghai, Europe/Paris)"));
      return null;
    }
  }

  private String language(Mapping map) {
    String language = text(map, "language");
    if (language == null) {
      return null;
    }
    String tag = language.strip();
    Locale locale = LANGUAGE.matcher(tag).matches() ? Locale.forLanguageTag(tag) : null;
    if (locale == null || locale.getLanguage().isEmpty()) {
      problems.add(at(map, "language", "bad-language", "'" + language + "' is not a BCP 47 language tag (e.g. en, zh-Hans, pt-BR)"));
      return null;
    }
    return locale.toLanguageTag();
  }

  private List<URI> urls(Mapping map, String key) {
    Entry entry = map.entries().get(key);
    if (entry == null || entry.value() instanceof Scalar s && s.text() == null) {
      return List.of();
    }
    if (!(entry.value() instanceof Sequence list)) {
      wrongType(entry.value(), "'" + key + "' must be a list of URLs");
      return List.of();
    }
    if (list.items().size() > MAX_URLS_PER_LIST) {
      problems.add(new SourceFileProblem(entry.line(), entry.column(), "out-of-range",
          "'" + key + "' has " + list.items().size() + " URLs; at most " + MAX_URLS_PER_LIST));
      return List.of();
    }
    Set<URI> urls = new LinkedHashSet<>();
    for (Node item : list.items()) {
      if (!(item instanceof Scalar s) || s.text() == null) {
        wrongType(item, "each entry of '" + key + "' must be one URL");
        continue;
      }
      URI url = webUrl(s.text().strip());
      if (url == null) {
        problems.add(new SourceFileProblem(s.line(), s.column(), "bad-url", "'" + s.text() + "' is not an absolute http(s) URL"));
      } else {
        urls.add(url);
      }
    }
    return List.copyOf(urls);
  }

  /** An absolute http(s) URL with a host, internationalised host names turned into ASCII. */
  static URI webUrl(String text) {
    try {
      URI url = new URI(text);
      String scheme = url.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      if (url.getHost() == null && url.getRawAuthority() != null && !url.getRawAuthority().contains("@")) {
        // java.net.URI leaves a non-ASCII host unset; the ASCII form is what goes on the wire.
        String authority = url.getRawAuthority();
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon);
        url = new URI(scheme + "://" + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port
            + (url.getRawPath() == null ? "" : url.getRawPath())
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
      }
      return url.getHost() == null || url.getHost().isEmpty() ? null : url;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private SourceLimits limits(Entry entry, SourceLimits base) {
    if (entry == null) {
      return base;
    }
    Mapping map = mapping(entry.value(), "'limits'");
    if (map == null) {
      return base;
    }
    checkKeys(map, LIMIT_KEYS, "'limits'");
    Integer feedItems = count(map, "maxFeedItems");
    Integer articles = count(map, "maxArticlesPerPoll");
    return new SourceLimits(
        feedItems != null ? feedItems : base.maxFeedItems(),
        articles != null ? articles : base.maxArticlesPerPoll());
  }

  private Integer count(Mapping map, String key) {
    String text = text(map, key);
    if (text == null) {
      return null;
    }
    int value;
    try {
      value = Integer.parseInt(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      problems.add(at(map, key, "wrong-type", "'" + key + "' must be a whole number, was '" + text + "'"));
      return null;
    }
    if (value < 1 || value > MAX_LIMIT) {
      problems.add(at(map, key, "out-of-range", "'" + key + "' must be between 1 and " + MAX_LIMIT + ", was " + value));
      return null;
    }
    return value;
  }

  private Duration duration(Mapping map, String key, Duration min, Duration max) {
    String text = text(map, key);
    if (text == null) {
      return null;
    }
    Duration d = Durations.parseOrNull(text);
    if (d == null) {
      problems.add(at(map, key, "bad-duration", "'" + text + "' is not a duration (e.g. 500ms, 2s, 10m, 1h)"));
      return null;
    }
    if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      problems.add(at(map, key, "out-of-range", "'" + key + "' must be between " + show(min) + " and " + show(max) + ", was " + text));
      return null;
    }
    return d;
  }

  private static String show(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }

  /** The scalar under {@code key}, or null when absent or empty; a list or mapping is a problem. */
  private String text(Mapping map, String key) {
    Entry entry = map.entries().get(key);
    if (entry == null) {
      return null;
    }
    if (entry.value() instanceof Scalar s) {
      return s.text() == null || s.text().isBlank() ? null : s.text();
    }
    wrongType(entry.value(), "'" + key + "' must be a single value, not " + entry.value().kind());
    return null;
  }

  private Mapping mapping(Node node, String what) {
    if (node instanceof Mapping m) {
      return m;
    }
    wrongType(node, what + " must be a mapping of keys to values, not " + node.kind());
    return null;
  }

  private void checkKeys(Mapping map, Set<String> known, String where) {
    for (Entry entry : map.entries().values()) {
      if (!known.contains(entry.key())) {
        problems.add(new SourceFileProblem(entry.line(), entry.column(), "unknown-key",
            "unknown key '" + entry.key() + "' in " + where + suggestion(entry.key(), known)));
      }
    }
  }

  private static String suggestion(String key, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= 3
        ? " (did you mean '" + best + "'?)"
        : " (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")";
  }

  /** Levenshtein distance; keys are short. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private void wrongType(Node node, String message) {
    problems.add(new SourceFileProblem(node.line(), node.column(), "wrong-type", message));
  }

  /** A problem located at the value of {@code key}. */
  private static SourceFileProblem at(Mapping map, String key, String reason, String message) {
    Node value = map.entries().get(key).value();
    return new SourceFileProblem(value.line(), value.column(), reason, message);
  }
}
