package dev.newsflow.ingest.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Hello, world!            | Hello world",
      "state-of-the-art 2024   | state of the art 2024",
      "snake_case x1           | snake_case x1",
      "中文分词                  | 中 文 分 词",
      "在2012年Internet安全     | 在 2012 年 Internet 安 全",
      "日本語のカタカナ           | 日 本 語 の カ タ カ ナ",
      "ภาษาไทย                  | ภ า ษ า ไ ท ย",
      "한국어 문장                | 한국어 문장",
      "Ärger über Öl           | Ärger über Öl",
      "«Привет», — сказал он.  | Привет сказал он",
      "，。、！？…               | ''",
  })
  void splitsWordRunsAndEveryHanKanaAndThaiCharacter(String text, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
    assertThat(Tokens.of(text)).containsExactlyElementsOf(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "天天向上 天天     | 天=4",
      "the cat the dog | the=2",
  })
  void bagCountsRepeatedTokens(String text, String entry) {
    String[] kv = entry.split("=");
    assertThat(Tokens.bag(text)).containsEntry(kv[0], Integer.parseInt(kv[1]));
  }
}
