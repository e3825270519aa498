package dev.newsflow.enrich.entities;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.chinese.ChineseSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese persons, places and organisations from HanLP portable (Apache-2.0): its Viterbi
 * segmenter with the role-tagging recognisers for Chinese and transliterated names, places and
 * organisations, followed by {@link ChineseEntityRules}, {@link DottedNames}, {@link
 * OrganizationNames} and {@link LatinNames}.
 *
 * <p>HanLP's dictionaries are simplified Chinese, so text that is not known to be simplified is
 * converted first. Offsets stay valid because the conversion is almost always one character for
 * one; when it is not (a phrase mapping changed the length), the original text is used.
 *
 * <p>Thread-safe: the dictionaries are immutable after loading and each thread has its own
 * segmenter ({@link ChineseSegmenter}). About 60 MB of heap and under a second to load.
 */
public final class HanlpEntityRecognizer implements EntityRecognizer {
  /** The engine name in entities this recognizer finds. */
  public static final String ENGINE = "hanlp-zh";

  private final OrganizationNames organizations = new OrganizationNames();
  private final ChineseSegmenter segmenter;

  /** Loads HanLP's dictionaries (from its jar) by segmenting a first sentence. */
  public HanlpEntityRecognizer() {
    this(new ChineseSegmenter());
  }

  /**
   * Like {@link #HanlpEntityRecognizer()}, segmenting with {@code segmenter}: give it the one the
   * keyword step uses, so that an article is segmented once for both.
   */
  public HanlpEntityRecognizer(ChineseSegmenter segmenter) {
    this.segmenter = java.util.Objects.requireNonNull(segmenter, "segmenter");
    segmenter.segment("新华社北京电");
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public boolean supports(Language language) {
    return language != null && language.code().equals("zh");
  }

  @Override
  public List<EntityMention> recognize(String text, Language language) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String simplified = language != null && "Hans".equals(language.script()) ? text : toSimplified(text);
    List<Term> terms = segmenter.segment(simplified);
    List<EntityMention> mentions = new ArrayList<>();
    for (EntityMention mention : DottedNames.apply(terms, ChineseEntityRules.mentions(terms))) {
      // HanLP keeps offsets into its input; a mention outside the text would be a HanLP bug, and
      // an entity that points at the wrong characters is worse than a missing one.
      if (mention.end() <= text.length()) {
        organizations.check(simplified, mention).ifPresent(mentions::add);
      }
    }
    return LatinNames.apply(text, mentions);
  }

  /** {@code text} in simplified characters when that keeps every offset, else {@code text}. */
  static String toSimplified(String text) {
    String converted = HanLP.convertToSimplifiedChinese(text);
    return converted.length() == text.length() ? converted : text;
  }
}
