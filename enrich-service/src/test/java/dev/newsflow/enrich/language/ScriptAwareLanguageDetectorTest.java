package dev.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.common.article.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptAwareLanguageDetectorTest {
  // One instance for the class: the profiles take a second or two to load.
  private static final ScriptAwareLanguageDetector DETECTOR = new ScriptAwareLanguageDetector();

  @ParameterizedTest(name = "{0}-{1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Latn | The government announced new measures to fight inflation on Tuesday, after prices rose again.
      fr | Latn | Le gouvernement a annoncé mardi de nouvelles mesures contre l'inflation, après une nouvelle hausse des prix.
      de | Latn | Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation angekündigt, nachdem die Preise erneut stiegen.
      es | Latn | El gobierno anunció el martes nuevas medidas contra la inflación, tras una nueva subida de los precios.
      pt | Latn | O governo anunciou na terça-feira novas medidas contra a inflação, depois de uma nova alta dos preços.
      ru | Cyrl | Правительство во вторник объявило о новых мерах по борьбе с инфляцией после очередного роста цен.
      uk | Cyrl | Уряд у вівторок оголосив про нові заходи боротьби з інфляцією після чергового зростання цін.
      ar | Arab | أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لمكافحة التضخم بعد ارتفاع الأسعار مرة أخرى.
      zh | Hans | 国务院总理在北京会见了来访的德国总理，双方就经济合作交换了意见。
      zh | Hant | 國務院總理在北京會見了來訪的德國總理，雙方就經濟合作交換了意見。
      ja | Jpan | 政府は火曜日、物価の再上昇を受けてインフレ対策の新たな措置を発表した。
      ko | Kore | 정부는 화요일 물가가 다시 오르자 인플레이션에 대응하기 위한 새로운 조치를 발표했다.
      el | Grek | Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα κατά του πληθωρισμού μετά από νέα άνοδο των τιμών.
      he | Hebr | הממשלה הודיעה ביום שלישי על צעדים חדשים נגד האינפלציה לאחר עלייה נוספת במחירים.
      hi | Deva | सरकार ने मंगलवार को कीमतों में फिर से वृद्धि के बाद महंगाई से लड़ने के लिए नए उपायों की घोषणा की।
      hy | Armn | Կառավարությունը երեքշաբթի օրը հայտարարեց գնաճի դեմ նոր միջոցառումների մասին։
      ka | Geor | მთავრობამ სამშაბათს ინფლაციასთან ბრძოლის ახალი ზომები გამოაცხადა.
      """)
  void detectsLanguageAndScriptOfNewsSentences(String code, String script, String sentence) {
    Language language = DETECTOR.detect(sentence);

    assertThat(language.code()).isEqualTo(code);
    assertThat(language.script()).isEqualTo(script);
    assertThat(language.confidence()).isBetween(ScriptAwareLanguageDetector.DEFAULT_MIN_CONFIDENCE, 1.0);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      zh | 地震
      zh | 习近平
      ja | カメラ
      ja | 東京へ
      ko | 서울
      ko | 韓國 대통령
      el | Αθήνα
      th | กรุงเทพ
      hy | Երևան
      si | කොළඹ
      ta | சென்னை
      """)
  void shortTextInAScriptOfOneLanguageIsThatLanguage(String code, String text) {
    assertThat(DETECTOR.detect(text).code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Правительство объявило новые меры
      uk | Уряд оголосив нові заходи
      bg | Правителството обяви нови мерки
      """)
  void cyrillicTextIsOnlyComparedWithCyrillicLanguages(String code, String text) {
    assertThat(DETECTOR.detect(text).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   \n\t ", "12345 678", "2026-11-29 08:23:00 +08:00", "!!! ??? ... ---", "😀😀😀"})
  void textWithoutLettersIsUndeterminedWithoutScript(String text) {
    assertThat(DETECTOR.detect(text)).isEqualTo(Language.undetermined());
  }

  @Test
  void aScriptOfOneProfileIsThatLanguageAndAScriptOfNoneIsUndetermined() {
    // Khmer: Optimaize has a profile, so it is a script of one language; Tibetan has none at all.
    assertThat(DETECTOR.detect("ព្រះរាជាណាចក្រកម្ពុជា").code()).isEqualTo("km");
    assertThat(DETECTOR.detect("བོད་ཡིག").code()).isEqualTo(Language.UNDETERMINED);
  }

  @Test
  void aTextThatFitsNoLanguageWellIsUndetermined() {
    assertThat(new ScriptAwareLanguageDetector(1.0).detect("ok ok").code()).isEqualTo(Language.UNDETERMINED);
  }

  @Test
  void supportsTheLanguagesOfItsProfilesAndOfTheScriptsItKnows() {
    assertThat(DETECTOR.languages()).contains("en", "de", "zh", "ja", "ko", "hy", "ka", "si", "am").hasSizeGreaterThan(60);
    assertThat(DETECTOR.languages()).allSatisfy(code -> assertThat(code).matches("[a-z]{2}"));
  }

  @Test
  void rejectsAThresholdOutsideItsRange() {
    assertThatThrownBy(() -> new ScriptAwareLanguageDetector(-0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
