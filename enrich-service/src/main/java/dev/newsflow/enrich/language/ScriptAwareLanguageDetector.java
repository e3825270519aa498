package dev.newsflow.enrich.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import dev.newsflow.common.article.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link LanguageDetector} that first looks at the script and asks an n-gram model only where the
 * script leaves a choice.
 *
 * <ul>
 *   <li>Kana makes the text Japanese, hangul Korean, Han without either Chinese ({@code Hans} or
 *       {@code Hant} by {@link ChineseScript}): the n-gram model only gets these wrong (on short
 *       Chinese it says Korean).
 *   <li>A script only one supported language writes (Greek, Armenian, Georgian, Thai, Sinhala,
 *       Bengali, Gurmukhi, Gujarati, Tamil, Telugu, ...) decides the language outright.
 *   <li>Otherwise (Latin, Cyrillic, Arabic, Devanagari, Hebrew) Optimaize's n-gram profiles
 *       choose, but only among the languages written in that script, so a Russian word can no
 *       longer come out as Latvian.
 * </ul>
 *
 * <p>Ethiopic is taken as Amharic: no model here tells it from Tigrinya.
 *
 * <p>Thread-safe: Optimaize's detectors hold no per-call state. Loading the profiles takes about a
 * second and some 100 MiB of heap, once per instance.
 */
public final class ScriptAwareLanguageDetector implements LanguageDetector {
  /** Below this probability the n-gram answer is {@code und}. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  /** Confidence of an answer the script alone gives. */
  static final double SCRIPT_CONFIDENCE = 0.99;

  /** Scripts that tell the language by themselves though Optimaize has no profile for them. */
  private static final Map<UnicodeScript, String> SCRIPT_ONLY_LANGUAGES = Map.of(
      UnicodeScript.ARMENIAN, "hy",
      UnicodeScript.GEORGIAN, "ka",
      UnicodeScript.SINHALA, "si",
      UnicodeScript.ETHIOPIC, "am");

  private final double minConfidence;
  private final TextObjectFactory textObjects = CommonTextObjectFactories.forDetectingShortCleanText();
  /** Languages of one script whose profiles compete. */
  private final Map<UnicodeScript, com.optimaize.langdetect.LanguageDetector> byScript;
  /** Scripts only one language (with a profile or not) writes. */
  private final Map<UnicodeScript, String> soleLanguage;
  private final Set<String> languages;

  /** A detector with the default threshold. */
  public ScriptAwareLanguageDetector() {
    this(DEFAULT_MIN_CONFIDENCE);
  }

  /** @param minConfidence probability (0..1) of the n-gram model below which the answer is {@code und} */
  public ScriptAwareLanguageDetector(double minConfidence) {
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
    }
    this.minConfidence = minConfidence;
    List<LanguageProfile> profiles;
    try {
      profiles = new LanguageProfileReader().readAllBuiltIn();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Optimaize's built-in profiles", e);
    }
    Map<UnicodeScript, List<LanguageProfile>> groups = new EnumMap<>(UnicodeScript.class);
    Set<String> known = new TreeSet<>();
    for (LanguageProfile profile : profiles) {
      String code = OptimaizeLanguageDetector.isoCode(profile.getLocale().getLanguage());
      UnicodeScript script = mainScript(profile);
      if (code == null || script == null || isCjk(script)) {
        continue;
      }
      known.add(code);
      groups.computeIfAbsent(script, s -> new ArrayList<>()).add(profile);
    }
    Map<UnicodeScript, com.optimaize.langdetect.LanguageDetector> detectors = new EnumMap<>(UnicodeScript.class);
    Map<UnicodeScript, String> sole = new EnumMap<>(SCRIPT_ONLY_LANGUAGES);
    groups.forEach((script, group) -> {
      if (group.size() == 1) {
        sole.put(script, OptimaizeLanguageDetector.isoCode(group.get(0).getLocale().getLanguage()));
      } else {
        detectors.put(script, LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(group)
            .build());
      }
    });
    known.addAll(SCRIPT_ONLY_LANGUAGES.values());
    known.addAll(List.of("zh", "ja", "ko"));
    this.byScript = detectors;
    this.soleLanguage = sole;
    this.languages = Set.copyOf(known);
  }

  @Override
  public Set<String> languages() {
    return languages;
  }

  @Override
  public Language detect(String text) {
    if (text == null || text.isBlank()) {
      return Language.undetermined();
    }
    Map<UnicodeScript, Integer> counts = letterScripts(text);
    if (counts.isEmpty()) {
      return Language.undetermined();
    }
    if (counts.containsKey(UnicodeScript.HIRAGANA) || counts.containsKey(UnicodeScript.KATAKANA)) {
      return new Language("ja", Script.JAPANESE, SCRIPT_CONFIDENCE);
    }
    if (counts.containsKey(UnicodeScript.HANGUL)) {
      return new Language("ko", Script.KOREAN, SCRIPT_CONFIDENCE);
    }
    UnicodeScript dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    if (dominant == UnicodeScript.HAN) {
      // Simplified unless the text shows traditional characters: the far more common case
      return new Language("zh", ChineseScript.of(text).orElse(Script.SIMPLIFIED_HAN), SCRIPT_CONFIDENCE);
    }
    String script = Script.code(dominant);
    String sole = soleLanguage.get(dominant);
    if (sole != null) {
      return new Language(sole, script, SCRIPT_CONFIDENCE);
    }
    com.optimaize.langdetect.LanguageDetector detector = byScript.get(dominant);
    if (detector == null) {
      return new Language(Language.UNDETERMINED, script, 0.0);
    }
    List<DetectedLanguage> results = detector.getProbabilities(textObjects.forText(text));
    if (results.isEmpty()) {
      return new Language(Language.UNDETERMINED, script, 0.0);
    }
    DetectedLanguage best = results.get(0);
    String code = OptimaizeLanguageDetector.isoCode(best.getLocale().getLanguage());
    double confidence = Math.min(1.0, best.getProbability());
    if (code == null || confidence < minConfidence) {
      return new Language(Language.UNDETERMINED, script, 0.0);
    }
    return new Language(code, script, confidence);
  }

  private static Map<UnicodeScript, Integer> letterScripts(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        UnicodeScript script = UnicodeScript.of(cp);
        if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
          counts.merge(script, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static boolean isCjk(UnicodeScript script) {
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
      default -> false;
    };
  }

  /** The script of most of the letters a profile has seen. */
  private static UnicodeScript mainScript(LanguageProfile profile) {
    Map<UnicodeScript, Long> weights = new EnumMap<>(UnicodeScript.class);
    for (Map.Entry<String, Integer> gram : profile.iterateGrams(1)) {
      int cp = gram.getKey().codePointAt(0);
      if (Character.isLetter(cp)) {
        UnicodeScript script = UnicodeScript.of(cp);
        if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
          weights.merge(script, (long) gram.getValue(), Long::sum);
        }
      }
    }
    return weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
