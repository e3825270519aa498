package dev.newsflow.enrich.evaluate;

import dev.newsflow.enrich.entities.EntityMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Between IOB2 tags over tokens and entities: reading them (conlleval's way) and writing them. */
final class BioTags {
  private BioTags() {}

  /** A run of tokens {@code [start, end)} that is one entity of {@code type}. */
  record Span(int start, int end, String type) {}

  /**
   * The entities in {@code tags}, read as conlleval does: an entity starts at {@code B-X}, or at
   * {@code I-X} after anything but {@code X} (so a stray {@code I-} is not lost), and continues
   * over {@code I-X}.
   */
  static List<Span> spans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = type != null && tag.equals("I-" + type);
      if (type != null && !continues) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (!continues && !tag.equals("O")) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans;
  }

  /**
   * Tags for the tokens of {@code sample} from mentions with offsets into {@link
   * NerSample#text()}. A token belongs to a mention when the mention covers more than half of its
   * characters, so a mention cut one character short of a two-character word misses it, and one
   * that reaches into the next word by a character does not take it in. Each mention starts with
   * {@code B-}.
   */
  static List<String> tags(NerSample sample, List<EntityMention> mentions) {
    String[] tags = new String[sample.tokens().size()];
    Arrays.fill(tags, "O");
    int[] starts = sample.tokenStarts();
    for (EntityMention mention : mentions) {
      String type = type(mention);
      boolean first = true;
      for (int i = 0; i < tags.length; i++) {
        int tokenStart = starts[i];
        int tokenEnd = tokenStart + sample.tokens().get(i).length();
        int covered = Math.min(mention.end(), tokenEnd) - Math.max(mention.start(), tokenStart);
        if (covered * 2 > tokenEnd - tokenStart) {
          tags[i] = (first ? "B-" : "I-") + type;
          first = false;
        }
      }
    }
    return List.of(tags);
  }

  static String type(EntityMention mention) {
    return switch (mention.type()) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }
}
