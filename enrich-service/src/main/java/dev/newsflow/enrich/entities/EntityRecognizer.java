package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Language;
import java.util.List;

/**
 * A named-entity engine for one or a few languages.
 *
 * <p>Implementations must be safe to call from several threads at once: one instance serves every
 * stream thread. Heavy models should be loaded by the constructor, which {@link EntityRecognizers}
 * calls once, lazily, for the first text in a language the engine supports.
 */
public interface EntityRecognizer {

  /** The engine name written into {@link dev.newsflow.common.article.Entity#engine()}, e.g. {@code hanlp-zh}. */
  String engine();

  /** Whether this engine recognises entities in {@code language}. */
  boolean supports(Language language);

  /**
   * The entity mentions in {@code text}, in text order, not overlapping, with offsets into {@code
   * text} exactly as given. Returns an empty list for blank text; never null.
   */
  List<EntityMention> recognize(String text, Language language);

  /**
   * The entity mentions in {@code text} when its words are already known: {@code tokens} are
   * their spans, in text order, not overlapping. Engines that tokenise (CoreNLP) label these
   * tokens instead of their own, so that an evaluation scores the tagger on a corpus's gold
   * tokenisation, as conlleval does. The default ignores {@code tokens} and tokenises as {@link
   * #recognize(String, Language)} does: right for engines whose word segmentation is part of the
   * model (Chinese).
   *
   * @throws IllegalArgumentException when a span lies outside {@code text} or spans overlap
   */
  default List<EntityMention> recognize(String text, List<TokenSpan> tokens, Language language) {
    return recognize(text, language);
  }
}
