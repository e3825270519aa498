package dev.newsflow.enrich.chinese;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * HanLP's Viterbi segmentation of simplified Chinese with its recognisers for Chinese and
 * transliterated personal names, places and organisations (not Japanese names), with each word's
 * offset in the text.
 *
 * <pre>{@code
 * ChineseSegmenter chinese = new ChineseSegmenter();
 * List<Term> words = chinese.segment("李克强在北京会见了古特雷斯。");
 * }</pre>
 *
 * <p>Keywords and entities of one article both need this segmentation of the same text, and it is
 * the costliest step for Chinese. Give both the same instance: each thread remembers the last
 * text it segmented, so the second step of an article gets the first one's words without
 * segmenting again.
 *
 * <p>Thread-safe: each thread has its own segmenter and remembered result. The words returned
 * are shared between callers and must not be modified.
 */
public final class ChineseSegmenter {
  private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(ChineseSegmenter::newSegment);
  private final ThreadLocal<Segmentation> last = new ThreadLocal<>();

  /** The words of {@code text} in order, with offsets into it; unmodifiable. */
  public List<Term> segment(String text) {
    Objects.requireNonNull(text, "text");
    Segmentation previous = last.get();
    if (previous != null && (previous.text() == text || previous.text().equals(text))) {
      return previous.words();
    }
    List<Term> words = Collections.unmodifiableList(segments.get().seg(text));
    last.set(new Segmentation(text, words));
    return words;
  }

  private static Segment newSegment() {
    return HanLP.newSegment()
        .enableNameRecognize(true)
        .enableTranslatedNameRecognize(true)
        // Its Japanese-name recogniser finds few Japanese names in Chinese news and many false ones.
        .enableJapaneseNameRecognize(false)
        .enablePlaceRecognize(true)
        .enableOrganizationRecognize(true)
        .enableOffset(true);
  }

  private record Segmentation(String text, List<Term> words) {}
}
