package dev.newsflow.enrich.entities;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.common.article.Entity.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns HanLP's part-of-speech tagged words into entity mentions, repairing what its
 * dictionary-based recognisers leave in pieces. Each rule was kept only because it raised F1 on
 * the two shared Chinese development sets together (simplified Wikipedia text and
 * Traditional-script news), none lowering either set by more than 0.1 point:
 *
 * <ul>
 *   <li>a place or organisation followed by up to three nouns ending in an institution word is one
 *       organisation ("北京 电影 学院");
 *   <li>a place, or a person's name, followed by an administrative or geographic suffix is one
 *       place ("将军澳 线", "中山 路", "桑德斯 山"): places are often named after people;
 *   <li>transliterated names written with a middle dot are one person ("科 瑞 · 舒尔曼"), taking
 *       up to four single-character pieces before the first dot;
 *   <li>places right after one another are one place, as in addresses ("美国 阿拉斯加州");
 *   <li>a one-character "person" is dropped: it is nearly always a function word HanLP misread;
 *   <li>so is a short Chinese personal name starting or ending with a function word ("王是"), and any
 *       single tagged word the dictionary mostly uses as a common word ("现代", "大陆").
 * </ul>
 *
 * <p>Organisations are checked further by {@link OrganizationNames}.
 */
final class ChineseEntityRules {
  private static final String NAME_DOTS = "·•・‧";
  private static final Set<String> ORGANIZATION_SUFFIXES = Set.of(
      "大学", "学院", "中学", "小学", "医院", "法院", "公司", "集团", "银行", "政府", "委员会", "协会",
      "队", "党", "部", "局", "会", "联", "社", "院", "所", "军", "军队", "部队", "日报", "晚报", "时报",
      "航空", "央行");
  private static final Set<String> PLACE_SUFFIXES = Set.of(
      "省", "市", "县", "区", "镇", "乡", "村", "州", "岛", "半岛", "湖", "山", "河", "江", "海", "湾",
      "峡", "桥", "路", "街", "站", "线", "公园", "广场", "机场", "体育场");
  private static final Set<String> SINGLE_CHARACTER_NAME_PARTS =
      Set.of("n", "b", "ng", "j", "a", "ag", "vg", "tg", "mg");
  private static final int MAX_PIECES_BEFORE_DOT = 4;
  private static final int MAX_NOUNS_BEFORE_INSTITUTION = 3;

  private ChineseEntityRules() {}

  /** The mentions in {@code terms} (HanLP output with offsets), in text order, not overlapping. */
  static List<EntityMention> mentions(List<Term> terms) {
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < terms.size()) {
      int next = dottedName(terms, i, out);
      if (next < 0) {
        next = institution(terms, i, out);
      }
      if (next < 0) {
        next = placeWithSuffix(terms, i, out);
      }
      if (next < 0) {
        Term term = terms.get(i);
        EntityType type = type(term);
        if (type != null && isName(term, type)) {
          out.add(mention(term, term, type));
        }
        next = i + 1;
      }
      i = next;
    }
    return joinAdjacentPlaces(out);
  }

  /**
   * Places written one right after the other are one place, the way Chinese writes addresses
   * from the largest unit down ("中国 黑龙江省 齐齐哈尔市", "美国 阿拉斯加州").
   */
  static List<EntityMention> joinAdjacentPlaces(List<EntityMention> mentions) {
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention mention : mentions) {
      EntityMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.end() == mention.start()
          && previous.type() == EntityType.LOCATION && mention.type() == EntityType.LOCATION) {
        out.set(out.size() - 1, new EntityMention(previous.start(), mention.end(), EntityType.LOCATION));
      } else {
        out.add(mention);
      }
    }
    return out;
  }

  /**
   * Whether a word HanLP tagged as a name of {@code type} stands on its own as one: not a single
   * character person, not a word the dictionary mostly knows as a common word, and not a Chinese
   * personal name of two or three characters that starts or ends with a function word ("于肯"
   * from "位于肯...", "王是" from "国王是", "都有着"), which is HanLP's name tagger joining a
   * surname-like character and a neighbouring word. (Inside a name such characters do occur:
   * 林则徐, 李自成.)
   */
  private static boolean isName(Term term, EntityType type) {
    if (ChineseWordClasses.mostlyCommonWord(term.word)) {
      return false;
    }
    if (type != EntityType.PERSON) {
      return true;
    }
    String word = term.word;
    if (word.length() < 2) {
      return false;
    }
    return !(nature(term).equals("nr") && word.length() <= 3
        && (ChineseWordClasses.isFunctionCharacter(word.charAt(0))
            || ChineseWordClasses.isFunctionCharacter(word.charAt(word.length() - 1))));
  }

  /**
   * The entity type of a HanLP part of speech: nr* persons, ns* places, nt* organisations, and
   * other proper nouns (nz) that end in a place word are places.
   */
  static EntityType type(Term term) {
    String nature = nature(term);
    if (nature.startsWith("nr")) {
      return EntityType.PERSON;
    }
    if (nature.startsWith("ns")) {
      return EntityType.LOCATION;
    }
    if (nature.startsWith("nt")) {
      return EntityType.ORGANIZATION;
    }
    if (nature.equals("nz") && endsWithPlaceSuffix(term.word)) {
      return EntityType.LOCATION;
    }
    return null;
  }

  /** A proper noun ending in a place word is a place HanLP's dictionary lists whole: "莱茵河", "库页岛". */
  private static boolean endsWithPlaceSuffix(String word) {
    for (int length = 1; length < word.length() && length <= 3; length++) {
      if (PLACE_SUFFIXES.contains(word.substring(word.length() - length))) {
        return true;
      }
    }
    return false;
  }

  private static int dottedName(List<Term> terms, int i, List<EntityMention> out) {
    if (!(i + 2 < terms.size() && isNamePart(terms.get(i)) && isDot(terms.get(i + 1)) && isNamePart(terms.get(i + 2)))) {
      return -1;
    }
    Term first = terms.get(i);
    // Pieces HanLP split off the front of the name were passed over as non-entities just before.
    int emittedUpTo = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
    int pieces = 1;
    for (int k = i - 1; k >= 0 && pieces < MAX_PIECES_BEFORE_DOT; k--, pieces++) {
      Term before = terms.get(k);
      if (before.word.length() != 1 || !isNamePart(before) || before.offset < emittedUpTo) {
        break;
      }
      first = before;
    }
    int last = i;
    while (last + 2 < terms.size() && isDot(terms.get(last + 1)) && isNamePart(terms.get(last + 2))) {
      last += 2;
    }
    out.add(mention(first, terms.get(last), EntityType.PERSON));
    return last + 1;
  }

  private static int institution(List<Term> terms, int i, List<EntityMention> out) {
    Term head = terms.get(i);
    EntityType type = type(head);
    if (!(type == EntityType.LOCATION || type == EntityType.ORGANIZATION || nature(head).equals("nz"))) {
      return -1;
    }
    for (int j = i + 1; j < terms.size() && j <= i + MAX_NOUNS_BEFORE_INSTITUTION; j++) {
      Term word = terms.get(j);
      String nature = nature(word);
      if (nature.equals("nis") || ORGANIZATION_SUFFIXES.contains(word.word)) {
        out.add(mention(head, word, EntityType.ORGANIZATION));
        return j + 1;
      }
      if (!(nature.equals("n") || nature.equals("nz") || nature.equals("vn")
          || nature.startsWith("ns") || nature.startsWith("nt"))) {
        return -1;
      }
    }
    return -1;
  }

  private static int placeWithSuffix(List<Term> terms, int i, List<EntityMention> out) {
    Term head = terms.get(i);
    EntityType type = type(head);
    if (!(type == EntityType.LOCATION || type == EntityType.PERSON || nature(head).equals("nz"))
        || i + 1 >= terms.size() || !PLACE_SUFFIXES.contains(terms.get(i + 1).word)) {
      return -1;
    }
    out.add(mention(head, terms.get(i + 1), EntityType.LOCATION));
    return i + 2;
  }

  private static boolean isDot(Term term) {
    return term.word.length() == 1 && NAME_DOTS.indexOf(term.word.charAt(0)) >= 0;
  }

  private static boolean isNamePart(Term term) {
    if (isDot(term)) {
      return false;
    }
    String nature = nature(term);
    return nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt")
        || nature.equals("nz") || nature.equals("nx") || nature.equals("x")
        || (term.word.length() == 1 && SINGLE_CHARACTER_NAME_PARTS.contains(nature));
  }

  private static String nature(Term term) {
    return term.nature == null ? "" : term.nature.toString();
  }

  private static EntityMention mention(Term first, Term last, EntityType type) {
    return new EntityMention(first.offset, last.offset + last.word.length(), type);
  }
}
