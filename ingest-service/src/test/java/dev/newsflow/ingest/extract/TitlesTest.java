package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

  @ParameterizedTest(name = "[{0}] → [{4}]")
  @CsvSource(delimiter = '#', nullValues = "-", value = {
      "Let us join hands to make Internet safe - China Daily#China Daily#example.org#-#Let us join hands to make Internet safe",
      "Let us join hands to make Internet safe |Op-Ed Contributors |chinadaily.com.cn#-#www.chinadaily.com.cn#-#Let us join hands to make Internet safe",
      "示例市启用新一代智能公交调度系统_示例新闻网#示例新闻网#127.0.0.1#-#示例市启用新一代智能公交调度系统",
      "示例市启用新一代智能公交调度系统_新华网#-#127.0.0.1#示例市启用新一代智能公交调度系统#示例市启用新一代智能公交调度系统",
      "Nordblick | Kiel baut erstes Quartier mit Meerwasser-Wärmepumpe#Nordblick#example.de#-#Kiel baut erstes Quartier mit Meerwasser-Wärmepumpe",
      "Biden - Xi summit ends without deal#-#example.com#-#Biden - Xi summit ends without deal",
      "COVID-19 cases fall for a third week#-#example.com#-#COVID-19 cases fall for a third week",
      "Réforme des retraites : le gouvernement recule#-#example.fr#-#Réforme des retraites : le gouvernement recule",
      "Headline about the harbour | The Example Times#The Example Times#example.com#-#Headline about the harbour",
  })
  void siteNameAffixesAreRemoved(String raw, String siteName, String host, String h1, String expected) {
    assertThat(Titles.clean(raw, siteName, host, h1)).isEqualTo(expected);
  }
}
