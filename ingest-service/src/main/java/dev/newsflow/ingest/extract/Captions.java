package dev.newsflow.ingest.extract;

import java.util.regex.Pattern;

/**
 * Recognises the caption of a picture that lost its markup: a short line that opens with a figure
 * label ("Abbildung 4:", "Fig. 2.", "Photograph by ..."), is the credit alone ("Foto: Jane Doe"),
 * or ends with the picture's credit
 * ("... (Foto: Getty)", "... © AFP / Jane Doe", "(Credit: Jane Doe / Agency)"). Captions in
 * {@code figcaption} or named like captions are removed with the markup; these are the ones in
 * plain paragraphs and table cells, where only their wording gives them away.
 */
final class Captions {
  /** A caption is at most this long (characters); a paragraph that cites a figure is longer. */
  static final int MAX_CAPTION_CHARS = 300;

  /** A trailing credit, its label included, fits in this many last characters of a line. */
  static final int CREDIT_TAIL_CHARS = 120;

  private static final Pattern FIGURE_LABEL = Pattern.compile(
      "(?iu)^(?:abbildung|abb\\.|figure|fig\\.|grafik|schaubild|illustration|ilustración|imagen|"
          + "rycina|ryc\\.)\\s*\\d{0,3}[a-z]?\\s*[:.]\\s.*"
          + "|^(?:photograph|photo|picture|image|foto)s? by\\s[^.!?]{1,80}$"
          + "|^(?:foto|fotos|photo|photos|bild|bilder|kuva|zdjęcie|fot\\.|credit|credits|image)\\s*:"
          + "\\s*[^.!?:]{1,60}$");
  /** A credit at the end: a label or a copyright sign, then names, agencies and slashes only. */
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "(?iu).*(?:[(\\[]\\s*(?:foto|fotos|photo|photos|bild|bilder|credit|credits|image|quelle|"
          + "source|fuente|zdjęcie|fot\\.)\\s*:\\s*[^()\\[\\]]{1,80}[)\\]]"
          + "|[.!?]\\s+(?:foto|fotos|photo|photos|bild|bilder|kuva|zdjęcie|fot\\.|credit|credits)\\s*:"
          + "\\s*[^.!?:]{1,60}"
          + "|©\\s*[^!?©]{1,60}"
          + "|\\bphoto\\s*:\\s*[^.!?]{1,60})\\s*$");

  private Captions() {}

  /** Whether {@code text} opens with a figure's label ("Abbildung 4:", "Fig. 2."). */
  static boolean opensWithFigureLabel(String text) {
    return FIGURE_LABEL.matcher(text.length() > MAX_CAPTION_CHARS ? text.substring(0, MAX_CAPTION_CHARS) : text)
        .lookingAt();
  }

  /** Whether {@code line}, a line of the main text, is a picture's caption. */
  static boolean isCaption(String line) {
    if (line.length() > MAX_CAPTION_CHARS) {
      return false;
    }
    if (FIGURE_LABEL.matcher(line).matches()) {
      return true;
    }
    // A credit is within the last characters; matching only those keeps the cost per line flat.
    String tail = line.length() > CREDIT_TAIL_CHARS ? line.substring(line.length() - CREDIT_TAIL_CHARS) : line;
    return (tail.indexOf(':') >= 0 || tail.indexOf('©') >= 0) && TRAILING_CREDIT.matcher(tail).matches();
  }
}
