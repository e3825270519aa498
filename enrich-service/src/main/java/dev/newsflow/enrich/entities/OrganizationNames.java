package dev.newsflow.enrich.entities;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.common.article.Entity.EntityType;
import java.util.List;
import java.util.Optional;

/**
 * Checks the organisations HanLP proposes by reading them again as plain dictionary words (no
 * role tagging). HanLP's organisation tagger ends an organisation at any institution-like word
 * (会, 所, 队, 场, 人, 部) and takes in the words before it, so it proposes "一场", "他会" and "很多人"
 * as well as "任英国文化协会". An organisation name needs a part that names it:
 *
 * <ul>
 *   <li>leading function words, numerals, verbs and the like are cut off ("任 | 英国文化协会");
 *   <li>what is left must contain a proper noun, an abbreviation or a transliteration piece, so
 *       generic descriptions ("地方政府", "铁路公司", "教育系统") are dropped;
 *   <li>a name ending in 人 (person) is a people or a demonym ("契丹人"), not an organisation.
 * </ul>
 *
 * <p>Thread-safe: each thread has its own segmenter.
 */
final class OrganizationNames {
  private static final String PEOPLE = "人";

  private final ThreadLocal<Segment> words = ThreadLocal.withInitial(() -> HanLP.newSegment()
      .enableNameRecognize(false)
      .enableTranslatedNameRecognize(false)
      .enableJapaneseNameRecognize(false)
      .enablePlaceRecognize(false)
      .enableOrganizationRecognize(false));

  /**
   * {@code mention} (an organisation in {@code text}) with leading filler cut off, or empty when
   * nothing in it names an organisation. Mentions of other types are returned unchanged.
   */
  Optional<EntityMention> check(String text, EntityMention mention) {
    if (mention.type() != EntityType.ORGANIZATION) {
      return Optional.of(mention);
    }
    List<Term> pieces = words.get().seg(text.substring(mention.start(), mention.end()));
    int first = 0;
    int skipped = 0;
    while (first < pieces.size() && ChineseWordClasses.isLeadingFiller(pieces.get(first).nature)) {
      skipped += pieces.get(first).word.length();
      first++;
    }
    List<Term> rest = pieces.subList(first, pieces.size());
    if (rest.isEmpty() || rest.get(rest.size() - 1).word.equals(PEOPLE)
        || rest.stream().noneMatch(t -> ChineseWordClasses.canCarryAName(t.nature))) {
      return Optional.empty();
    }
    return Optional.of(new EntityMention(mention.start() + skipped, mention.end(), mention.type()));
  }
}
