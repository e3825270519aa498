package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Entity.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Widely known software, device and platform product names as misc entities (the CoNLL guidelines
 * count products as misc), for the words the statistical models leave unlabelled: CoreNLP's
 * English misc model tags "Windows" in "counterfeit Windows software" but not in "using
 * counterfeit Windows.".
 *
 * <p>A short, hand-kept list, matched case-sensitively on whole words ("Windows-Update" and
 * "windows" are not matches), never on words an engine already labelled. Names of companies that
 * are also their product ("Google", "Facebook", "Skype") are left out: the corpora label those
 * organisations, and so are stores and services run as businesses ("iTunes": GermEval labels it an
 * organisation). A name followed by a capitalised word that is not a version is left alone: it
 * is probably the start of a longer name ("Linux Foundation", "GeForce GTX 480"). The names come
 * in three kinds, by how often the word means something else:
 *
 * <ul>
 *   <li>coined: {@code iPhone}, {@code Linux}, {@code PlayStation}: always the product;
 *   <li>word: {@code Windows}, {@code Kindle}, {@code Excel}, also ordinary English words, which
 *       a headline or the start of a sentence capitalises ("Windows and doors"): the product only
 *       after its maker ("Microsoft Windows"), before a version ("Windows 11"), or in running text,
 *       after a lower-case word or another product ("using counterfeit Windows", "Linux, Windows");
 *   <li>name part: {@code Office}, {@code Word}, {@code Teams}, {@code Galaxy}, {@code Edge}, too
 *       often part of other names ("the Office of the President") or ordinary words in German
 *       ("Teams"): only after the maker or before a version ("Microsoft Teams", "Galaxy S24").
 * </ul>
 *
 * <p>A version right after the name ("Windows 10", "Xbox One", "iPhone 15") belongs to the
 * mention. Entities from this list carry the engine name {@value #ENGINE}, so analysts can tell them
 * from the models' findings.
 */
final class ProductNames {
  /** The engine name of entities found by this list. */
  static final String ENGINE = "product-names";

  /** Languages whose text the list applies to: those with a CoreNLP engine (Latin script). */
  static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es");

  private enum Kind { COINED, WORD, NAME_PART }

  private static final Map<String, Kind> NAMES = Stream.of(
          names(Kind.COINED,
              // operating systems and platforms
              "Linux", "Ubuntu", "Debian", "Unix", "FreeBSD", "MS-DOS", "Android", "iOS", "iPadOS", "macOS",
              "watchOS", "ChromeOS",
              // devices
              "iPhone", "iPad", "iPod", "iMac", "MacBook", "AirPods", "PlayStation", "Xbox", "GameCube", "Wii",
              "Chromebook", "HoloLens", "Walkman", "Pentium", "GeForce", "Snapdragon",
              // software and services named after no company
              "Photoshop", "PowerPoint", "Gmail", "Firefox", "Thunderbird", "LibreOffice", "OpenOffice",
              "WordPress", "JavaScript", "ChatGPT", "Minecraft", "Fortnite", "Tetris", "Bluetooth"),
          names(Kind.WORD, "Windows", "Kindle", "Excel", "Outlook", "Acrobat", "Illustrator"),
          names(Kind.NAME_PART, "Office", "Word", "Teams", "Edge", "Chrome", "Safari", "Galaxy", "Surface",
              "Pixel", "Copilot", "Access"))
      .flatMap(m -> m.entrySet().stream())
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /** Makers whose name before a product makes even a name part one ("Microsoft Word"). */
  private static final Set<String> MAKERS =
      Set.of("Microsoft", "Apple", "Google", "Samsung", "Amazon", "Adobe", "Sony", "Nintendo", "Intel", "Nvidia",
          "Mozilla", "Qualcomm", "OpenAI", "MS");

  /** A version or model after a product name: "10", "11.2", "XP", "One", "S24", "365". */
  private static final Pattern VERSION =
      Pattern.compile("\\d{1,4}(\\.\\d{1,3})*|XP|Vista|NT|ME|RT|Server|Phone|Mobile|One|Pro|Max|Mini|Air|Plus|Ultra|SE"
          + "|X|XS|XR|[SAZ]\\d{1,3}");

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|-(?=[\\p{L}\\p{N}])|\\.(?=\\p{N}))*");

  private ProductNames() {}

  /**
   * Misc mentions of the listed product names in {@code text}, in text order, none overlapping a
   * mention in {@code taken} (what an engine found).
   */
  static List<EntityMention> find(String text, List<EntityMention> taken) {
    List<EntityMention> found = new ArrayList<>();
    List<int[]> words = words(text);
    for (int i = 0; i < words.size(); i++) {
      int[] word = words.get(i);
      Kind kind = NAMES.get(text.substring(word[0], word[1]));
      if (kind == null || word[1] < text.length() && text.charAt(word[1]) == '-') {
        continue; // "Windows- und Linux-Rechner": the first half of a compound
      }
      int end = word[1];
      int[] next = adjacent(text, words, i + 1, word[1]);
      boolean versioned = next != null && VERSION.matcher(text.substring(next[0], next[1])).matches();
      if (versioned) {
        end = next[1];
      }
      if (!accepts(kind, text, words, i, next, versioned) || overlaps(word[0], end, taken)) {
        continue;
      }
      found.add(new EntityMention(word[0], end, EntityType.MISC));
    }
    return found;
  }

  private static boolean accepts(Kind kind, String text, List<int[]> words, int i, int[] next, boolean versioned) {
    if (versioned) {
      return true;
    }
    if (next != null && Character.isUpperCase(text.codePointAt(next[0]))) {
      // part of a longer name the list does not know ("Linux Foundation", "GeForce GTX 480",
      // "Acrobat Reader"): half of it would be the wrong span
      return false;
    }
    if (kind == Kind.COINED) {
      return true;
    }
    int[] previous = previous(text, words, i);
    String before = previous == null ? null : text.substring(previous[0], previous[1]);
    if (before != null && MAKERS.contains(before)) {
      return true;
    }
    if (kind == Kind.NAME_PART || before == null) {
      return false;
    }
    return Character.isLowerCase(before.codePointAt(0)) || NAMES.get(before) == Kind.COINED
        || NAMES.get(before) == Kind.WORD;
  }

  /**
   * The word before word {@code i} in the same sentence, over spaces and commas only; null at the
   * start of the text or of a sentence, and after quotes, brackets, colons and the like.
   */
  private static int[] previous(String text, List<int[]> words, int i) {
    if (i == 0) {
      return null;
    }
    int[] previous = words.get(i - 1);
    String gap = text.substring(previous[1], words.get(i)[0]);
    return gap.matches("[ \\t]*,?[ \\t]*") && !gap.isEmpty() ? previous : null;
  }

  /** Word {@code i} when one space or tab alone separates it from {@code after}. */
  private static int[] adjacent(String text, List<int[]> words, int i, int after) {
    if (i >= words.size()) {
      return null;
    }
    int[] next = words.get(i);
    return next[0] == after + 1 && (text.charAt(after) == ' ' || text.charAt(after) == '\t') ? next : null;
  }

  private static boolean overlaps(int start, int end, List<EntityMention> taken) {
    for (EntityMention mention : taken) {
      if (mention.start() < end && start < mention.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words: letters and digits, with hyphens inside ("MS-DOS"; "Windows-Update" is one word) and
   * periods between digits ("4.0").
   */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(new int[] {matcher.start(), matcher.end()});
    }
    return words;
  }

  private static Map<String, Kind> names(Kind kind, String... names) {
    return Stream.of(names).collect(Collectors.toMap(n -> n, n -> kind));
  }
}
