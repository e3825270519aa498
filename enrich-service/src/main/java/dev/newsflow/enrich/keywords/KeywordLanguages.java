package dev.newsflow.enrich.keywords;

import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.chinese.ChineseSegmenter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.util.AttributeSource;

/**
 * Which {@link Terms} each language gets, built on first use and kept: the project's own
 * stopword lists for English, French, German and Spanish; HanLP's segmenter for Chinese; Lucene's
 * morphological analysers for Japanese (Kuromoji) and Korean (Nori), nouns only; Lucene's word
 * breaking for Thai; and Lucene's stopword sets for about thirty other languages.
 */
final class KeywordLanguages {
  /** Languages with a Lucene stopword set, read with Unicode word breaking. */
  private static final Map<String, Supplier<CharArraySet>> LUCENE_STOPWORDS = Map.ofEntries(
      Map.entry("ar", ArabicAnalyzer::getDefaultStopSet),
      Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet),
      Map.entry("bn", BengaliAnalyzer::getDefaultStopSet),
      Map.entry("ca", CatalanAnalyzer::getDefaultStopSet),
      Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
      Map.entry("da", DanishAnalyzer::getDefaultStopSet),
      Map.entry("el", GreekAnalyzer::getDefaultStopSet),
      Map.entry("et", EstonianAnalyzer::getDefaultStopSet),
      Map.entry("eu", BasqueAnalyzer::getDefaultStopSet),
      Map.entry("fa", PersianAnalyzer::getDefaultStopSet),
      Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
      Map.entry("ga", IrishAnalyzer::getDefaultStopSet),
      Map.entry("gl", GalicianAnalyzer::getDefaultStopSet),
      Map.entry("hi", HindiAnalyzer::getDefaultStopSet),
      Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
      Map.entry("hy", ArmenianAnalyzer::getDefaultStopSet),
      Map.entry("id", IndonesianAnalyzer::getDefaultStopSet),
      Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
      Map.entry("lt", LithuanianAnalyzer::getDefaultStopSet),
      Map.entry("lv", LatvianAnalyzer::getDefaultStopSet),
      Map.entry("ne", NepaliAnalyzer::getDefaultStopSet),
      Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
      Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
      Map.entry("nn", NorwegianAnalyzer::getDefaultStopSet),
      Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
      Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
      Map.entry("ro", RomanianAnalyzer::getDefaultStopSet),
      Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
      Map.entry("sr", SerbianAnalyzer::getDefaultStopSet),
      Map.entry("sv", SwedishAnalyzer::getDefaultStopSet),
      Map.entry("ta", TamilAnalyzer::getDefaultStopSet),
      Map.entry("te", TeluguAnalyzer::getDefaultStopSet),
      Map.entry("tr", TurkishAnalyzer::getDefaultStopSet));

  /** Languages whose stopwords are written with the project's own lists. */
  private static final Set<String> OWN_LISTS = Set.of("en", "fr", "de", "es");

  /** Every language code keywords are found for. */
  static final Set<String> CODES;

  static {
    Set<String> codes = new TreeSet<>(LUCENE_STOPWORDS.keySet());
    codes.addAll(OWN_LISTS);
    codes.addAll(Set.of("zh", "ja", "ko", "th"));
    CODES = Set.copyOf(codes);
  }

  private final Map<String, Optional<Terms>> loaded = new ConcurrentHashMap<>();
  private final ChineseSegmenter chinese;

  KeywordLanguages(ChineseSegmenter chinese) {
    this.chinese = chinese;
  }

  /** The terms of {@code language}, or empty when keywords are not found for it. */
  Optional<Terms> forLanguage(Language language) {
    String key = language.code().equals("zh") && "Hant".equals(language.script()) ? "zh-Hant" : language.code();
    return loaded.computeIfAbsent(key, this::create);
  }

  private Optional<Terms> create(String key) {
    if (OWN_LISTS.contains(key)) {
      return Optional.of(new LetterRunTerms(Stopwords.forLanguage(key)));
    }
    return Optional.ofNullable(switch (key) {
      case "zh" -> new ChineseTerms(false, chinese);
      case "zh-Hant" -> new ChineseTerms(true, chinese);
      case "ja" -> japanese();
      case "ko" -> korean();
      case "th" -> new AnalyzerTerms(
          chain(ThaiTokenizer::new, t -> new StopFilter(new LowerCaseFilter(t), ThaiAnalyzer.getDefaultStopSet())),
          any -> true, 2);
      default -> LUCENE_STOPWORDS.containsKey(key) ? alphabetic(key) : null;
    });
  }

  private static Terms alphabetic(String code) {
    Function<TokenStream, TokenStream> lowerCase = switch (code) {
      case "tr" -> TurkishLowerCaseFilter::new;
      case "el" -> GreekLowerCaseFilter::new;
      case "ga" -> t -> new LowerCaseFilter(new IrishLowerCaseFilter(t));
      default -> LowerCaseFilter::new;
    };
    CharArraySet stopwords = LUCENE_STOPWORDS.get(code).get();
    return new AnalyzerTerms(chain(StandardTokenizer::new, t -> new StopFilter(lowerCase.apply(t), stopwords)),
        any -> true, 3);
  }

  /** Nouns (not numbers, pronouns, suffixes or dependent nouns such as こと), minus stopwords. */
  private static Terms japanese() {
    Analyzer analyzer = chain(
        () -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL),
        t -> new StopFilter(new LowerCaseFilter(t), JapaneseAnalyzer.getDefaultStopSet()));
    Predicate<AttributeSource> noun = token -> {
      String pos = token.getAttribute(org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute.class)
          .getPartOfSpeech();
      return pos != null && pos.startsWith("名詞") && !pos.contains("数") && !pos.contains("代名詞")
          && !pos.contains("非自立") && !pos.contains("接尾");
    };
    return new AnalyzerTerms(analyzer, noun, 2);
  }

  /** Common and proper nouns. */
  private static Terms korean() {
    Analyzer analyzer = chain(KoreanTokenizer::new, LowerCaseFilter::new);
    Set<POS.Tag> nouns = Set.of(POS.Tag.NNG, POS.Tag.NNP);
    Predicate<AttributeSource> noun = token -> nouns.contains(
        token.getAttribute(org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute.class).getLeftPOS());
    return new AnalyzerTerms(analyzer, noun, 2);
  }

  private static Analyzer chain(Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    };
  }
}
