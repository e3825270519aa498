package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Language;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.international.french.process.FrenchTokenizer;
import edu.stanford.nlp.international.spanish.process.SpanishTokenizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Persons, organisations, locations (and, where the model has them, misc) from one Stanford
 * CoreNLP CRF model (GPL-3.0-or-later) for English, German, French or Spanish.
 *
 * <p>The text is tokenised with CoreNLP's tokenizer for the language (with the options CoreNLP's
 * own pipeline uses for it, German adjusted), cut into lines ({@link Sentences}), and each line is
 * labelled by the CRF. Runs of tokens with the same label become one mention spanning the tokens'
 * character offsets in the text as given.
 *
 * <p>Thread-safe, and the same text always gets the same answer: the classifier is shared (CRF
 * inference keeps its state per call, as in CoreNLP's multi-threaded {@code ner} annotator), its
 * one piece of state that changes while labelling is frozen (see {@link #freezeKnownWords}), and
 * tokenizers are made per call. EntityEvaluationIT checks four threads against one.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {
  /** Engine names by language, e.g. {@code corenlp-en}, known before the model is loaded. */
  public static String engineName(String language) {
    return "corenlp-" + language;
  }

  /**
   * Tokenizer options per language: those of CoreNLP's pipeline (TokenizerAnnotator's defaults),
   * except that German keeps hyphenated and slashed words whole ("US-Präsident"), as in the
   * German model's training data (+1.3 F1 on GermEval); that English keeps hyphenated words whole
   * too ("ENRON-CPS"), as the CoNLL and MUC data the English model learnt from do, and writes
   * quotes the Penn Treebank way ({@code ``} {@code ''}, and "’s" as "'s"), as its tokenised
   * training text does (+0.1 F1 on both English sets); and that characters a tokenizer cannot
   * place (control characters in scraped text) are kept as tokens without a warning each: the
   * default logs one line per text that has one, which floods a production log.
   */
  private static final Map<String, String> TOKENIZER_OPTIONS = Map.of(
      "en", "invertible,untokenizable=noneKeep,splitHyphenated=false,quotes=latex",
      "de", "invertible,untokenizable=noneKeep,ptb3Escaping=false,splitHyphenated=false,splitForwardSlash=false",
      "fr", "invertible,untokenizable=noneKeep,splitCompounds=false,splitContractions=false,quotes=ORIGINAL",
      "es", "invertible,untokenizable=noneKeep,ellipses=ascii,splitAll=false");

  private final String language;
  private final String engine;
  private final CRFClassifier<CoreLabel> classifier;
  private final CRFClassifier<CoreLabel> miscClassifier; // null: the model's own types only
  private final TokenizerFactory<CoreLabel> tokenizers;
  private final boolean german;

  /**
   * Loads the CRF model in {@code modelFile} (a {@code .crf.ser.gz} file) for {@code language}.
   *
   * @throws IllegalArgumentException when CoreNLP has no tokenizer set up here for {@code language}
   * @throws IllegalStateException when the model cannot be read
   */
  public CoreNlpEntityRecognizer(String language, Path modelFile) {
    this(language, modelFile, null);
  }

  /**
   * Loads the CRF model in {@code modelFile} for {@code language}, and a second model, {@code
   * miscModelFile}, that only adds misc entities (events, products, nationalities) where the first
   * found nothing: the first model's persons, organisations and locations are kept as they are.
   * For English, whose best model for those three ({@code english.all.3class}) has no misc type,
   * {@code english.conll.4class} adds it. The second model roughly doubles the CPU time per text.
   *
   * @param miscModelFile the second model, or null for the first model's types only
   * @throws IllegalArgumentException when CoreNLP has no tokenizer set up here for {@code language}
   * @throws IllegalStateException when a model cannot be read
   */
  public CoreNlpEntityRecognizer(String language, Path modelFile, Path miscModelFile) {
    this.language = Objects.requireNonNull(language, "language");
    if (!TOKENIZER_OPTIONS.containsKey(language)) {
      throw new IllegalArgumentException("no CoreNLP tokenizer configured for " + language);
    }
    this.engine = engineName(language);
    this.german = language.equals("de");
    this.tokenizers = tokenizerFactory(language);
    this.classifier = load(modelFile);
    this.miscClassifier = miscModelFile == null ? null : load(miscModelFile);
  }

  private static CRFClassifier<CoreLabel> load(Path modelFile) {
    if (!Files.isRegularFile(modelFile)) {
      throw new IllegalStateException("CoreNLP model file not found: " + modelFile);
    }
    CRFClassifier<CoreLabel> loaded;
    try {
      loaded = CRFClassifier.getClassifier(modelFile.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot load CoreNLP model " + modelFile + ": " + e.getMessage(), e);
    }
    freezeKnownWords(loaded);
    return loaded;
  }

  /** Whether a second model adds misc entities ({@link #CoreNlpEntityRecognizer(String, Path, Path)}). */
  public boolean addsMisc() {
    return miscClassifier != null;
  }

  @Override
  public String engine() {
    return engine;
  }

  @Override
  public boolean supports(Language language) {
    return language != null && language.code().equals(this.language);
  }

  @Override
  public List<EntityMention> recognize(String text, Language language) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(text)).tokenize();
    return label(text, repair(text, tokens));
  }

  /**
   * Labels the given tokens: each is the word the tokenizer makes of exactly that span, when it
   * makes one (so quotes and brackets are spelt as the model learnt them, {@code ``} or {@code
   * -LRB-}), else the span's text as it stands. No repair joins anything: the boundaries are the
   * caller's. Lines and long-line sentences as for {@link #recognize(String, Language)}.
   */
  @Override
  public List<EntityMention> recognize(String text, List<TokenSpan> tokens, Language language) {
    if (text == null || text.isBlank() || tokens.isEmpty()) {
      return List.of();
    }
    List<CoreLabel> own = tokenizers.getTokenizer(new StringReader(text)).tokenize();
    List<CoreLabel> given = new ArrayList<>(tokens.size());
    int next = 0; // first own token that may still match
    int previousEnd = 0;
    for (TokenSpan span : tokens) {
      if (span.start() < previousEnd || span.end() > text.length()) {
        throw new IllegalArgumentException("token span [" + span.start() + ", " + span.end()
            + ") overlaps the one before or lies outside the text (length " + text.length() + ")");
      }
      previousEnd = span.end();
      while (next < own.size() && own.get(next).beginPosition() < span.start()) {
        next++;
      }
      CoreLabel same = next < own.size() && own.get(next).beginPosition() == span.start()
          && own.get(next).endPosition() == span.end() ? own.get(next) : null;
      given.add(same != null ? same : token(text, span));
    }
    return label(text, given);
  }

  private static CoreLabel token(String text, TokenSpan span) {
    String word = text.substring(span.start(), span.end());
    CoreLabel token = new CoreLabel();
    token.setWord(word);
    token.setValue(word);
    token.setOriginalText(word);
    token.setBeginPosition(span.start());
    token.setEndPosition(span.end());
    return token;
  }

  private List<EntityMention> label(String text, List<CoreLabel> tokens) {
    List<EntityMention> mentions = new ArrayList<>();
    for (List<CoreLabel> sentence : Sentences.split(text, tokens, german)) {
      if (!sentence.isEmpty()) {
        List<CoreLabel> labelled = classifier.classifySentence(sentence);
        if (miscClassifier != null) {
          addMisc(labelled, miscClassifier.classifySentence(sentence));
        }
        mentions(labelled, text.length(), mentions);
      }
    }
    return mentions;
  }

  /** Joins tokens the tokenizer split where the model's training data has one ({@link TokenRepairs}). */
  private List<CoreLabel> repair(String text, List<CoreLabel> tokens) {
    if (language.equals("en") || german) {
      tokens = TokenRepairs.joinDotRuns(text, tokens);
    }
    if (german) {
      tokens = TokenRepairs.joinAbbreviations(text, tokens);
      tokens = TokenRepairs.joinGenitiveApostrophes(text, tokens);
      tokens = TokenRepairs.joinOrdinals(text, tokens);
    }
    return tokens;
  }

  /**
   * Copies into {@code labelled} each run of misc labels in {@code misc} (the same tokens) that
   * lies wholly on tokens {@code labelled} leaves unlabelled, as CoreNLP's own combination of
   * models does: a misc run that overlaps a person, organisation or location is dropped, never cut.
   */
  private static void addMisc(List<CoreLabel> labelled, List<CoreLabel> misc) {
    int i = 0;
    while (i < misc.size()) {
      if (CoreNlpLabels.type(misc.get(i).get(CoreAnnotations.AnswerAnnotation.class)) != EntityType.MISC) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < misc.size()
          && CoreNlpLabels.type(misc.get(end).get(CoreAnnotations.AnswerAnnotation.class)) == EntityType.MISC) {
        end++;
      }
      boolean free = true;
      for (int j = i; j < end; j++) {
        free &= CoreNlpLabels.type(labelled.get(j).get(CoreAnnotations.AnswerAnnotation.class)) == null;
      }
      if (free) {
        for (int j = i; j < end; j++) {
          labelled.get(j).set(CoreAnnotations.AnswerAnnotation.class, "MISC");
        }
      }
      i = end;
    }
  }

  /**
   * Appends the runs of equally labelled tokens in {@code labelled} to {@code into}, without
   * quotes or brackets at either end: the models now and then take the quote or bracket next to a
   * name into it, and a mention is the name. Other punctuation stays ("Yahoo!", "Chr.").
   */
  private void mentions(List<CoreLabel> labelled, int textLength, List<EntityMention> into) {
    EntityType open = null;
    int start = -1;
    int end = -1;
    for (CoreLabel token : labelled) {
      String label = token.get(CoreAnnotations.AnswerAnnotation.class);
      EntityType type = CoreNlpLabels.type(label);
      // IOB-labelled models (German, French) mark with B- an entity right after another of its type
      boolean continues = open != null && type == open && !CoreNlpLabels.begins(label);
      if (open != null && !continues) {
        add(into, start, end, open, textLength);
        open = null;
      }
      if (type != null) {
        if (open == null) {
          open = type;
          start = -1;
        }
        if (!QUOTES_AND_BRACKETS.matcher(token.word()).matches()) {
          start = start < 0 ? token.beginPosition() : start;
          end = token.endPosition();
        }
      }
    }
    if (open != null) {
      add(into, start, end, open, textLength);
    }
  }

  /** Tokens of only quotes or brackets, in the tokenizers' own spellings too ({@code ``}, {@code -LRB-}). */
  private static final Pattern QUOTES_AND_BRACKETS =
      Pattern.compile("[\"'`´‘’‚‛“”„‟«»‹›()\\[\\]{}<>]+|-[LR][RSC]B-");

  /**
   * CoreNLP lets a classifier learn, while labelling, up to 10,000 more "known lower-case words"
   * (a feature), so its answers depend on what it labelled before and on which thread got there
   * first. An article's entities must not depend on the articles before it: the set is frozen at
   * the model's own vocabulary.
   */
  private static void freezeKnownWords(CRFClassifier<CoreLabel> classifier) {
    classifier.flags.maxAdditionalKnownLCWords = 0;
    if (classifier.getKnownLCWords() instanceof MaxSizeConcurrentHashSet<String> known) {
      known.setMaxSize(known.size());
    }
  }

  private static void add(List<EntityMention> into, int start, int end, EntityType type, int textLength) {
    // offsets come from the tokenizer; one outside the text would point at the wrong characters
    if (start >= 0 && end > start && end <= textLength) {
      into.add(new EntityMention(start, end, type));
    }
  }

  private static TokenizerFactory<CoreLabel> tokenizerFactory(String language) {
    String options = TOKENIZER_OPTIONS.get(language);
    CoreLabelTokenFactory tokens = new CoreLabelTokenFactory();
    return switch (language) {
      case "fr" -> FrenchTokenizer.factory(tokens, options);
      case "es" -> SpanishTokenizer.factory(tokens, options);
      default -> PTBTokenizer.factory(tokens, options);
    };
  }
}
