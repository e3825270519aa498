package dev.newsflow.enrich.evaluate;

import dev.newsflow.enrich.entities.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sentence of the NER evaluation format: gold tokens with IOB2 tags over {@code PER}, {@code
 * ORG}, {@code LOC} and {@code MISC}.
 *
 * @param lang ISO 639-1 code
 * @param tokens the gold tokenisation
 * @param tags one tag per token: {@code O}, {@code B-TYPE} or {@code I-TYPE}
 */
public record NerSample(String lang, List<String> tokens, List<String> tags) {
  private static final Pattern TAG = Pattern.compile("O|[BI]-(PER|ORG|LOC|MISC)");

  public NerSample {
    Objects.requireNonNull(lang, "lang");
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (!lang.matches("[a-z]{2}")) {
      throw new NerDatasetException(NerDatasetException.BAD_LANGUAGE, "lang must be an ISO 639-1 code, was: " + lang);
    }
    if (tokens.size() != tags.size()) {
      throw new NerDatasetException(NerDatasetException.LENGTH_MISMATCH,
          tokens.size() + " tokens but " + tags.size() + " tags");
    }
    for (String tag : tags) {
      if (!TAG.matcher(tag).matches()) {
        throw new NerDatasetException(NerDatasetException.BAD_TAG, "not an IOB2 tag of PER/ORG/LOC/MISC: " + tag);
      }
    }
    for (String token : tokens) {
      if (token.isEmpty()) {
        throw new NerDatasetException(NerDatasetException.EMPTY_TOKEN, "empty token");
      }
    }
  }

  /**
   * The sentence as the engines see it: Chinese tokens run together, other languages' tokens
   * joined by single spaces (as the format's baselines were run).
   */
  public String text() {
    return String.join(separator(), tokens);
  }

  /** The UTF-16 offset in {@link #text()} where each token starts. */
  public int[] tokenStarts() {
    int[] starts = new int[tokens.size()];
    int offset = 0;
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = offset;
      offset += tokens.get(i).length() + separator().length();
    }
    return starts;
  }

  /** Where each token lies in {@link #text()}: the gold tokenisation as spans. */
  public List<TokenSpan> tokenSpans() {
    int[] starts = tokenStarts();
    List<TokenSpan> spans = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      spans.add(new TokenSpan(starts[i], starts[i] + tokens.get(i).length()));
    }
    return spans;
  }

  /** The same sentence with other tags (e.g. predicted ones). */
  public NerSample withTags(List<String> otherTags) {
    return new NerSample(lang, tokens, new ArrayList<>(otherTags));
  }

  private String separator() {
    return lang.equals("zh") ? "" : " ";
  }
}
