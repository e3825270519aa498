package dev.newsflow.enrich.language;

import dev.newsflow.common.article.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * {@link LanguageDetector} backed by the Optimaize n-gram detector (through Tika), which knows
 * about 70 languages.
 *
 * <p>Optimaize reports Chinese as {@code zh-CN} or {@code zh-TW}; their probabilities are added up
 * into {@code zh} before the threshold applies, and the script ({@code Hans}/{@code Hant}) comes
 * from the characters, with Optimaize's variant only as a tie-breaker. Languages Optimaize knows
 * that have no ISO 639-1 code (e.g. Asturian) come out as {@code und}.
 *
 * <p>Thread-safe. Tika's detector object keeps the text of the current call in a buffer, so each
 * thread gets its own; the language profiles behind them are loaded once per JVM (about 1.5 s and
 * some tens of MiB), by the first constructor call rather than by the first record.
 */
public final class OptimaizeLanguageDetector implements LanguageDetector {
  /** Below this probability the answer is {@code und}. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.90;

  /**
   * Text with fewer letters than this is {@code und}: on a word or two Optimaize is confidently
   * wrong ("ok ok ok" comes out as Slovak at 0.998).
   */
  public static final int DEFAULT_MIN_LETTERS = 10;

  /** Han, kana, hangul or Thai letters needed, where one letter is about a word. */
  public static final int DEFAULT_MIN_UNSPACED_LETTERS = 4;

  private final double minConfidence;
  private final int minLetters;
  private final int minUnspacedLetters;
  private final ThreadLocal<org.apache.tika.language.detect.LanguageDetector> detectors =
      ThreadLocal.withInitial(() -> new OptimaizeLangDetector().loadModels());

  /** A detector with the default thresholds. */
  public OptimaizeLanguageDetector() {
    this(DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_LETTERS, DEFAULT_MIN_UNSPACED_LETTERS);
  }

  /**
   * @param minConfidence probability (0..1) below which the answer is {@code und}
   * @param minLetters letters needed before detection is tried at all
   * @param minUnspacedLetters the same for text in Han, kana, hangul or Thai
   */
  public OptimaizeLanguageDetector(double minConfidence, int minLetters, int minUnspacedLetters) {
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
    }
    if (minLetters < 0 || minUnspacedLetters < 0) {
      throw new IllegalArgumentException("letter minimums must not be negative");
    }
    this.minConfidence = minConfidence;
    this.minLetters = minLetters;
    this.minUnspacedLetters = minUnspacedLetters;
    detectors.get();
  }

  private static final Set<String> LANGUAGES = BuiltInLanguages.getLanguages().stream()
      .map(locale -> isoCode(locale.getLanguage()))
      .filter(java.util.Objects::nonNull)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  @Override
  public Set<String> languages() {
    return LANGUAGES;
  }

  @Override
  public Language detect(String text) {
    if (text == null || text.isBlank()) {
      return Language.undetermined();
    }
    Script.LetterCount letters = Script.letters(text);
    boolean unspaced = letters.unspaced() * 2 > letters.all();
    if (letters.all() == 0 || (unspaced ? letters.unspaced() < minUnspacedLetters : letters.all() < minLetters)) {
      return undetermined(Script.of(text, null));
    }

    List<LanguageResult> results = detectors.get().detectAll(text);
    Map<String, Double> byCode = new LinkedHashMap<>();
    String chineseVariant = null;
    for (LanguageResult result : results) {
      String name = result.getLanguage();
      String code = isoCode(name);
      if (code == null) {
        continue;
      }
      byCode.merge(code, (double) result.getRawScore(), Double::sum);
      if (code.equals("zh") && chineseVariant == null) {
        chineseVariant = name.equalsIgnoreCase("zh-TW") ? Script.TRADITIONAL_HAN : Script.SIMPLIFIED_HAN;
      }
    }
    var best = byCode.entrySet().stream().max(Map.Entry.comparingByValue());
    if (best.isEmpty() || best.get().getValue() < minConfidence) {
      return undetermined(Script.of(text, chineseVariant));
    }
    String code = best.get().getKey();
    double confidence = Math.min(1.0, best.get().getValue());
    return new Language(code, script(code, text, chineseVariant), confidence);
  }

  /**
   * The script for a language: fixed for Chinese, Japanese and Korean (where brand names in Latin
   * letters may outnumber the Han characters of a short text), else the text's main script.
   */
  private static String script(String code, String text, String chineseVariant) {
    return switch (code) {
      case "zh" -> ChineseScript.of(text).orElse(chineseVariant);
      case "ja" -> Script.JAPANESE;
      case "ko" -> Script.KOREAN;
      default -> Script.of(text, chineseVariant);
    };
  }

  /** {@code und}, keeping the script when the text shows one: it is still worth knowing. */
  private static Language undetermined(String script) {
    return new Language(Language.UNDETERMINED, script, 0.0);
  }

  /** The ISO 639-1 code in an Optimaize language name ({@code de}, {@code zh-TW}), or null. */
  static String isoCode(String name) {
    if (name == null) {
      return null;
    }
    int dash = name.indexOf('-');
    String base = (dash < 0 ? name : name.substring(0, dash)).toLowerCase(Locale.ROOT);
    return switch (base) {
      // Java's legacy codes, in case a profile carries them
      case "iw" -> "he";
      case "in" -> "id";
      case "ji" -> "yi";
      default -> base.matches("[a-z]{2}") ? base : null;
    };
  }
}
