package dev.newsflow.enrich.language;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells simplified from traditional Chinese by counting characters that only one of the two
 * writes.
 *
 * <p>The lists hold frequent characters whose simplified and traditional forms differ and where
 * neither form is in common use in the other system (so no 后/後, 台/臺, 里/裡, 干/乾, 么/麼). A
 * few hundred characters of news text nearly always contain several of them; text without any
 * (very short, or classical) gets no verdict here.
 */
final class ChineseScript {
  private static final String SIMPLIFIED =
      "们这个说为国时会来对经发过学还东门车长马问见开关现电话语让认应动当实书业没买卖报头样边级岁总张"
          + "钱进运远选写觉贵费务华区际产员顿饭鸟鱼龙飞汉环检验纪织图听读谈议论记许设证识诉该调谁贸责"
          + "货胀亿乐亚兰罗杀战军农饮疗卫医药负压县参双师单条钟难欢种广网气无与";
  private static final String TRADITIONAL =
      "們這個說為國時會來對經發過學還東門車長馬問見開關現電話語讓認應動當實書業沒買賣報頭樣邊級歲總張"
          + "錢進運遠選寫覺貴費務華區際產員頓飯鳥魚龍飛漢環檢驗紀織圖聽讀談議論記許設證識訴該調誰貿責"
          + "貨脹億樂亞蘭羅殺戰軍農飲療衛醫藥負壓縣參雙師單條鐘難歡種廣網氣無與";

  private static final Set<Integer> ONLY_SIMPLIFIED = codePoints(SIMPLIFIED);
  private static final Set<Integer> ONLY_TRADITIONAL = codePoints(TRADITIONAL);

  static {
    if (SIMPLIFIED.codePointCount(0, SIMPLIFIED.length())
        != TRADITIONAL.codePointCount(0, TRADITIONAL.length())) {
      throw new ExceptionInInitializerError("the character lists must pair up one to one");
    }
  }

  private ChineseScript() {}

  /** {@code Hans} or {@code Hant} when {@code text} leans clearly to one, else empty. */
  static Optional<String> of(String text) {
    int simplified = 0;
    int traditional = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (ONLY_SIMPLIFIED.contains(cp)) {
        simplified++;
      } else if (ONLY_TRADITIONAL.contains(cp)) {
        traditional++;
      }
    }
    if (simplified > traditional) {
      return Optional.of(Script.SIMPLIFIED_HAN);
    }
    if (traditional > simplified) {
      return Optional.of(Script.TRADITIONAL_HAN);
    }
    return Optional.empty();
  }

  private static Set<Integer> codePoints(String s) {
    return s.codePoints().boxed().collect(Collectors.toUnmodifiableSet());
  }
}
