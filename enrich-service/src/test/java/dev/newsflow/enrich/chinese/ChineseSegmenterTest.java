package dev.newsflow.enrich.chinese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseSegmenterTest {
  private final ChineseSegmenter segmenter = new ChineseSegmenter();

  private static List<String> words(List<Term> terms) {
    return terms.stream().map(t -> t.word + "/" + t.nature).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "国务院总理李克强在北京会见了联合国秘书长古特雷斯。",
      "奥巴马的特别助理科瑞·舒尔曼在周一发布的博客中写道。",
      "北京大学医学部和上海交通大学签署了合作协议。",
  })
  void segmentsAsTheKeywordStepAlwaysDid(String text) {
    // The keyword step's own configuration before the segmentation was shared: keywords must not change.
    List<Term> before = HanLP.newSegment()
        .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true).seg(text);

    assertThat(words(segmenter.segment(text))).isEqualTo(words(before));
  }

  @Test
  void theSameTextAgainGetsTheRememberedWords() {
    String text = "李明在上海工作。";
    List<Term> first = segmenter.segment(text);

    assertThat(segmenter.segment(new String(text.toCharArray()))).isSameAs(first);
  }

  @Test
  void anotherTextIsSegmentedAfresh() {
    List<Term> first = segmenter.segment("李明在上海工作。");
    List<Term> second = segmenter.segment("王芳在广州学习。");

    assertThat(second).isNotSameAs(first);
    assertThat(words(second)).contains("王芳/nr");
  }

  @Test
  void eachThreadRemembersItsOwnText() throws Exception {
    List<Term> here = segmenter.segment("李明在上海工作。");

    List<Term> there = CompletableFuture.supplyAsync(() -> segmenter.segment("李明在上海工作。")).get();

    assertThat(there).isNotSameAs(here);
    assertThat(words(there)).isEqualTo(words(here));
  }

  @Test
  void wordsCarryOffsetsAndCannotBeChanged() {
    String text = "张伟说，北京很大。";
    List<Term> terms = segmenter.segment(text);

    assertThat(terms).allSatisfy(t -> assertThat(text.substring(t.offset, t.offset + t.word.length())).isEqualTo(t.word));
    assertThatThrownBy(() -> terms.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
