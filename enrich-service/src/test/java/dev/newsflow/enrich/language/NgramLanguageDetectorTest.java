package dev.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.common.article.Language;
import dev.newsflow.langid.NgramModel;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NgramLanguageDetectorTest {
  // One model for the class (and for jqwik's instances): it takes a second or two to load.
  private static final NgramModel MODEL = NgramModel.loadDefault();
  private static final NgramLanguageDetector DETECTOR =
      new NgramLanguageDetector(MODEL, NgramLanguageDetector.DEFAULT_MIN_CONFIDENCE);
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  @ParameterizedTest(name = "{0}-{1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Latn | The government announced new measures to fight inflation on Tuesday, after prices rose again.
      fr | Latn | Le gouvernement a annoncé mardi de nouvelles mesures contre l'inflation, après une nouvelle hausse des prix.
      de | Latn | Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation angekündigt, nachdem die Preise erneut stiegen.
      es | Latn | El gobierno anunció el martes nuevas medidas contra la inflación, tras una nueva subida de los precios.
      pt | Latn | O governo anunciou na terça-feira novas medidas contra a inflação, depois de uma nova alta dos preços.
      nn | Latn | Regjeringa la fram nye tiltak mot prisveksten tysdag, etter at prisane steig igjen.
      nb | Latn | Regjeringen la frem nye tiltak mot prisveksten tirsdag, etter at prisene steg igjen.
      id | Latn | Pemerintah mengumumkan langkah-langkah baru untuk melawan inflasi pada hari Selasa setelah harga kembali naik.
      tr | Latn | Hükümet, fiyatların yeniden yükselmesinin ardından salı günü enflasyonla mücadele için yeni önlemler açıkladı.
      om | Latn | Mootummaan naannoo Oromiyaa rakkoo gatii midhaanii furuuf tarkaanfii haaraa fudhachuu isaa beeksise.
      ru | Cyrl | Правительство во вторник объявило о новых мерах по борьбе с инфляцией после очередного роста цен.
      uk | Cyrl | Уряд у вівторок оголосив про нові заходи боротьби з інфляцією після чергового зростання цін.
      kk | Cyrl | Үкімет сейсенбі күні бағаның қайта өсуіне байланысты инфляциямен күрестің жаңа шараларын жариялады.
      ar | Arab | أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لمكافحة التضخم بعد ارتفاع الأسعار مرة أخرى.
      fa | Arab | دولت روز سه‌شنبه پس از افزایش دوباره قیمت‌ها، اقدامات تازه‌ای برای مبارزه با تورم اعلام کرد.
      zh | Hans | 国务院总理在北京会见了来访的德国总理，双方就经济合作交换了意见。
      zh | Hant | 國務院總理在北京會見了來訪的德國總理，雙方就經濟合作交換了意見。
      ja | Jpan | 政府は火曜日、物価の再上昇を受けてインフレ対策の新たな措置を発表した。
      ko | Kore | 정부는 화요일 물가가 다시 오르자 인플레이션에 대응하기 위한 새로운 조치를 발표했다.
      el | Grek | Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα κατά του πληθωρισμού μετά από νέα άνοδο των τιμών.
      he | Hebr | הממשלה הודיעה ביום שלישי על צעדים חדשים נגד האינפלציה לאחר עלייה נוספת במחירים.
      hi | Deva | सरकार ने मंगलवार को कीमतों में फिर से वृद्धि के बाद महंगाई से लड़ने के लिए नए उपायों की घोषणा की।
      am | Ethi | መንግሥት የዋጋ ግሽበትን ለመቆጣጠር አዳዲስ እርምጃዎችን እንደሚወስድ ማክሰኞ አስታውቋል።
      hy | Armn | Կառավարությունը երեքշաբթի օրը հայտարարեց գնաճի դեմ նոր միջոցառումների մասին։
      ka | Geor | მთავრობამ სამშაბათს ინფლაციასთან ბრძოლის ახალი ზომები გამოაცხადა.
      """)
  void detectsLanguageAndScriptOfNewsSentences(String code, String script, String sentence) {
    Language language = DETECTOR.detect(sentence);

    assertThat(language.code()).isEqualTo(code);
    assertThat(language.script()).isEqualTo(script);
    assertThat(language.confidence()).isBetween(NgramLanguageDetector.DEFAULT_MIN_CONFIDENCE, 1.0);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      de | Bürgermeister
      pl | Wiadomości
      pt | Notícias
      fi | Uutiset
      hu | Hírek
      kk | Жаңалықтар
      om | Oromiyaa keessatti
      ti | ጽፍሓት መሬት
      zh | 地震
      ja | カメラ
      ko | 韓國 대통령
      el | Αθήνα
      th | กรุงเทพ
      si | කොළඹ
      ta | சென்னை
      """)
  void shortTitlesInManyScriptsAreRecognised(String code, String text) {
    assertThat(DETECTOR.detect(text).code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Путин meets Biden in Geneva for talks on arms control
      ru | Встреча Путина и Biden в Женеве завершилась без соглашения
      de | Die Aktie von 三菱 stieg am Montag um drei Prozent
      """)
  void mixedScriptTextGoesByTheScriptOfMostLetters(String code, String text) {
    assertThat(DETECTOR.detect(text).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   \n\t ", "12345 678", "2026-11-29 08:23:00 +08:00", "!!! ??? ... ---", "😀😀😀", "\u0301\u0301"})
  void textWithoutLettersIsUndeterminedWithoutScript(String text) {
    assertThat(DETECTOR.detect(text)).isEqualTo(Language.undetermined());
  }

  @Test
  void aScriptNoLanguageOfTheModelWritesIsUndeterminedButNamed() {
    Language tibetan = DETECTOR.detect("བོད་ཡིག");

    assertThat(tibetan.code()).isEqualTo(Language.UNDETERMINED);
    assertThat(tibetan.confidence()).isZero();
  }

  @Test
  void theDeclaredLanguageSettlesANearTieBetweenCloseLanguages() {
    String croatianOrBosnian = "Vlada je najavila nove mjere";

    assertThat(DETECTOR.detect(croatianOrBosnian).code()).isEqualTo("bs");
    assertThat(DETECTOR.detect(croatianOrBosnian, "hr-HR").code()).isEqualTo("hr");
  }

  @ParameterizedTest(name = "declared {0}")
  @ValueSource(strings = {"de", "nl", "ms", "zz", "", "123"})
  void theDeclaredLanguageNeverOverridesClearEvidence(String declared) {
    String english = "The government announced new measures to fight inflation on Tuesday.";

    assertThat(DETECTOR.detect(english, declared).code()).isEqualTo("en");
  }

  @Test
  void aStrongPriorMakesAParagraphProveItIsInACloseLanguageButNotInAClearlyDifferentOne() {
    NgramLanguageDetector strong = DETECTOR.withDeclaredPrior(12);
    String nynorsk = "Regjeringa la fram nye tiltak mot prisveksten tysdag, etter at prisane steig igjen.";
    String french = "Le gouvernement a annoncé mardi de nouvelles mesures contre l'inflation.";

    assertThat(DETECTOR.detect(nynorsk, "nb").code()).isEqualTo("nn");
    assertThat(strong.detect(nynorsk, "nb").code()).isEqualTo("nb");
    assertThat(strong.detect(french, "en").code()).isEqualTo("fr");
  }

  @Test
  void readingLimitsKeepTheAnswerOnClearTextsAndRejectAMarginThePriorWouldFill() {
    NgramLanguageDetector brief = DETECTOR.withReadingLimits(40, 13).withDeclaredPrior(12);
    String german = "Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation angekündigt.";

    assertThat(brief.detect(german, "en").code()).isEqualTo("de");
    assertThat(brief.detect(german, "de").code()).isEqualTo("de");
    assertThatThrownBy(() -> DETECTOR.withReadingLimits(250, 12).withDeclaredPrior(12))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DETECTOR.withReadingLimits(0, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DETECTOR.withDeclaredPrior(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDeclaredNorwegianMeansBokmal() {
    assertThat(NgramLanguageDetector.primaryLanguage("no-NO")).isEqualTo("nb");
    assertThat(NgramLanguageDetector.primaryLanguage("EN_us")).isEqualTo("en");
    assertThat(NgramLanguageDetector.primaryLanguage(null)).isEmpty();
  }

  @Test
  void aTextThatFitsNoLanguageWellEnoughIsUndetermined() {
    NgramLanguageDetector strict = new NgramLanguageDetector(MODEL, 0.99);

    assertThat(strict.detect("Hoy").code()).isEqualTo(Language.UNDETERMINED);
    assertThat(strict.detect("Hoy").script()).isEqualTo("Latn");
  }

  @Test
  void supportsEveryLanguageOfTheSharedEvaluationSet() {
    assertThat(DETECTOR.languages()).containsAll(Set.of((
        "af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga gu he hi hr hu hy id is it ja ka kk "
            + "ko la lg lt lv mi mk mn mr ms nb nl nn om pa pl pt ro ru si sk sl sn so sq sr st sv sw ta te th ti tl tn tr "
            + "ts uk ur vi xh yo zh zu").split(" ")));
    assertThat(DETECTOR.languages()).allSatisfy(code -> assertThat(ISO_639_1).contains(code));
  }

  @Test
  void rejectsAThresholdOutsideItsRange() {
    assertThatThrownBy(() -> new NgramLanguageDetector(MODEL, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NgramLanguageDetector(MODEL, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void anyTextGivesAValidAnswerAndNeverThrows(@ForAll @StringLength(max = 300) String text) {
    assertValid(DETECTOR.detect(text));
  }

  @Property(tries = 300)
  void lettersOfManyScriptsMixedWithPunctuationGiveAValidAnswer(
      @ForAll @StringLength(max = 120)
      @CharRange(from = 'a', to = 'z') @CharRange(from = 'À', to = 'ʯ') @CharRange(from = 'Ѐ', to = 'ӿ')
      @CharRange(from = 'ء', to = 'ي') @CharRange(from = 'ሀ', to = 'ፚ') @CharRange(from = '一', to = '龥')
      @Chars({' ', '.', '-', '\'', '1', '\u0301'}) String text,
      @ForAll @StringLength(max = 6) String declared) {
    assertValid(DETECTOR.detect(text, declared));
  }

  private static void assertValid(Language language) {
    assertThat(language.confidence()).isBetween(0.0, 1.0);
    assertThat(language.code()).satisfiesAnyOf(
        code -> assertThat(code).isEqualTo(Language.UNDETERMINED),
        code -> assertThat(ISO_639_1).contains(code));
  }
}
