package dev.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.common.article.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OptimaizeLanguageDetectorTest {
  // One instance for the class: the models take a second or two to load.
  private static final OptimaizeLanguageDetector DETECTOR = new OptimaizeLanguageDetector();

  @ParameterizedTest(name = "{0}-{1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Latn | The government announced new measures to fight inflation on Tuesday, after prices rose again.
      fr | Latn | Le gouvernement a annoncé mardi de nouvelles mesures contre l'inflation, après une nouvelle hausse des prix.
      de | Latn | Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation angekündigt, nachdem die Preise erneut stiegen.
      es | Latn | El gobierno anunció el martes nuevas medidas contra la inflación, tras una nueva subida de los precios.
      it | Latn | Il governo ha annunciato martedì nuove misure contro l'inflazione, dopo un nuovo aumento dei prezzi.
      pt | Latn | O governo anunciou na terça-feira novas medidas contra a inflação, depois de uma nova alta dos preços.
      ru | Cyrl | Правительство во вторник объявило о новых мерах по борьбе с инфляцией после очередного роста цен.
      ar | Arab | أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لمكافحة التضخم بعد ارتفاع الأسعار مرة أخرى.
      zh | Hans | 国务院总理在北京会见了来访的德国总理，双方就经济合作交换了意见。
      zh | Hant | 國務院總理在北京會見了來訪的德國總理，雙方就經濟合作交換了意見。
      zh | Hans | 苹果公司周二在加州发布了新款iPhone手机，售价与去年持平。
      ja | Jpan | 政府は火曜日、物価の再上昇を受けてインフレ対策の新たな措置を発表した。
      ko | Kore | 정부는 화요일 물가가 다시 오르자 인플레이션에 대응하기 위한 새로운 조치를 발표했다.
      el | Grek | Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα κατά του πληθωρισμού μετά από νέα άνοδο των τιμών.
      he | Hebr | הממשלה הודיעה ביום שלישי על צעדים חדשים נגד האינפלציה לאחר עלייה נוספת במחירים.
      hi | Deva | सरकार ने मंगलवार को कीमतों में फिर से वृद्धि के बाद महंगाई से लड़ने के लिए नए उपायों की घोषणा की।
      """)
  void detectsLanguageAndScriptOfNewsSentences(String code, String script, String sentence) {
    Language language = DETECTOR.detect(sentence);

    assertThat(language.code()).isEqualTo(code);
    assertThat(language.script()).isEqualTo(script);
    assertThat(language.confidence()).isBetween(OptimaizeLanguageDetector.DEFAULT_MIN_CONFIDENCE, 1.0);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   \n\t ", "12345 678", "2026-11-29 08:23:00 +08:00", "!!! ??? ... ---", "😀😀😀"})
  void textWithoutLettersIsUndeterminedWithoutScript(String text) {
    assertThat(DETECTOR.detect(text)).isEqualTo(Language.undetermined());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ok ok ok  | Latn
      Merkel    | Latn
      Путин     | Cyrl
      地震      | Hani
      """)
  void textTooShortToTellIsUndeterminedButKeepsItsScript(String text, String script) {
    assertThat(DETECTOR.detect(text)).isEqualTo(new Language(Language.UNDETERMINED, script, 0.0));
  }

  @Test
  void answersBelowTheConfidenceThresholdAreUndetermined() {
    // Long enough to try (10 letters), but Optimaize only gives it about 0.83 Dutch.
    assertThat(DETECTOR.detect("Brexit vote").code()).isEqualTo(Language.UNDETERMINED);
    assertThat(new OptimaizeLanguageDetector(0.5, 10, 4).detect("Brexit vote").code()).isEqualTo("nl");
  }

  @Test
  void traditionalChineseIsChineseEvenWhenOptimaizeSplitsItBetweenVariants() {
    // Optimaize gives this about 0.59 zh-TW and 0.41 zh-CN: neither passes 0.9 alone.
    Language language = DETECTOR.detect("政府週二宣布了抑制通貨膨脹的新措施。");

    assertThat(language.tag()).isEqualTo("zh-Hant");
    assertThat(language.confidence()).isGreaterThan(0.9);
  }

  @Test
  void rejectsThresholdsOutsideTheirRange() {
    assertThatThrownBy(() -> new OptimaizeLanguageDetector(1.5, 10, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OptimaizeLanguageDetector(0.9, -1, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "en, en", "zh-CN, zh", "zh-TW, zh", "iw, he", "ast, null", "'', null", "null, null"})
  void mapsOptimaizeNamesToIsoCodes(String name, String code) {
    assertThat(OptimaizeLanguageDetector.isoCode(name)).isEqualTo(code);
  }

  @Test
  void givesTheSameAnswersWhenCalledFromManyThreadsAtOnce() throws Exception {
    List<String> texts = List.of(
        "The government announced new measures to fight inflation on Tuesday.",
        "Правительство во вторник объявило о новых мерах по борьбе с инфляцией.",
        "国务院总理在北京会见了来访的德国总理，双方就经济合作交换了意见。",
        "Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation angekündigt.");
    List<Language> expected = texts.stream().map(DETECTOR::detect).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<Boolean> task = () -> {
          for (int i = 0; i < 100; i++) {
            int k = i % texts.size();
            if (!DETECTOR.detect(texts.get(k)).equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        };
        results.add(pool.submit(task));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
