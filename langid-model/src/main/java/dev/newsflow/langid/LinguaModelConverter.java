package dev.newsflow.langid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build-time tool: turns the JSON language models bundled in Lingua 1.2.2 (relative n-gram
 * frequencies per language, Apache-2.0 data by Peter M. Stahl) into one {@link NgramModel} file.
 *
 * <p>Each JSON file maps a fraction ({@code "numerator/denominator"}) to the space-separated
 * n-grams that have it. Languages that are alone in their script, and the CJK languages, get no
 * n-grams: the script decides them, so their tables would only cost memory.
 *
 * <p>Usage: {@code LinguaModelConverter OUTPUT_FILE}.
 */
public final class LinguaModelConverter {
  private static final String PROBE = "language-models/en/unigrams.json";
  private static final Pattern MODEL_FILE = Pattern.compile("language-models/([a-z]{2})/(unigrams|bigrams|trigrams|quadrigrams|fivegrams)\\.json");
  private static final List<String> ORDERS = List.of("unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams");
  private static final List<UnicodeScript> SCRIPT_DECIDED = List.of(
      UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

  private LinguaModelConverter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: LinguaModelConverter OUTPUT_FILE");
    }
    Path output = Path.of(args[0]);
    if (isCurrent(output)) {
      System.out.println("language model up to date: " + output);
      return;
    }
    long start = System.nanoTime();
    URL probe = LinguaModelConverter.class.getClassLoader().getResource(PROBE);
    if (probe == null || !"jar".equals(probe.getProtocol())) {
      throw new IllegalStateException("Lingua's model jar is not on the class path (looked for " + PROBE + ")");
    }
    NgramModelWriter writer = new NgramModelWriter();
    try (JarFile jar = ((JarURLConnection) probe.openConnection()).getJarFile()) {
      convert(jar, writer);
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    Path partial = output.resolveSibling(output.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      writer.write(out);
    }
    Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("language model: %d distinct n-grams, %d entries, %d MB, written to %s in %d ms%n",
        writer.distinctNgrams(), writer.entries(), Files.size(output) >> 20, output,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The conversion takes a minute: skip it when a model of the current format is already there. */
  private static boolean isCurrent(Path output) throws IOException {
    if (!Files.isRegularFile(output)) {
      return false;
    }
    try (var in = new java.io.DataInputStream(Files.newInputStream(output))) {
      return in.readInt() == NgramModel.MAGIC && in.readInt() == NgramModel.FORMAT_VERSION;
    } catch (java.io.EOFException e) {
      return false;
    }
  }

  static void convert(JarFile jar, NgramModelWriter writer) throws IOException {
    TreeSet<String> codes = new TreeSet<>();
    jar.stream().forEach(entry -> {
      Matcher m = MODEL_FILE.matcher(entry.getName());
      if (m.matches()) {
        codes.add(m.group(1));
      }
    });
    JsonFactory json = new JsonFactory();
    Map<String, UnicodeScript> scripts = new HashMap<>();
    for (String code : codes) {
      Map<String, Double> unigrams = new HashMap<>();
      read(json, jar, code, "unigrams", unigrams::put);
      scripts.put(code, mainScript(unigrams));
    }
    Map<UnicodeScript, Integer> perScript = new EnumMap<>(UnicodeScript.class);
    scripts.values().forEach(s -> perScript.merge(s, 1, Integer::sum));
    for (String code : codes) {
      UnicodeScript script = scripts.get(code);
      int language = writer.addLanguage(code, script.name());
      if (perScript.get(script) < 2 || SCRIPT_DECIDED.contains(script)) {
        continue;
      }
      for (String order : ORDERS) {
        read(json, jar, code, order, (ngram, logProbability) -> writer.add(ngram, language, logProbability));
      }
    }
  }

  private interface Sink {
    void accept(String ngram, double logProbability);
  }

  private static void read(JsonFactory json, JarFile jar, String code, String order, Sink sink) throws IOException {
    String name = "language-models/" + code + "/" + order + ".json";
    var entry = jar.getEntry(name);
    if (entry == null) {
      throw new IllegalStateException("Lingua's jar has no " + name);
    }
    try (InputStream in = jar.getInputStream(entry); JsonParser parser = json.createParser(in)) {
      boolean inNgrams = false;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && parser.currentName().equals("ngrams")) {
          inNgrams = true;
        } else if (inNgrams && token == JsonToken.VALUE_STRING) {
          double logProbability = logOfFraction(parser.currentName(), name);
          for (String ngram : parser.getText().split(" ")) {
            if (!ngram.isEmpty()) {
              sink.accept(ngram, logProbability);
            }
          }
        } else if (inNgrams && token == JsonToken.END_OBJECT) {
          inNgrams = false;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static double logOfFraction(String fraction, String file) {
    int slash = fraction.indexOf('/');
    if (slash < 0) {
      throw new IllegalStateException("not a fraction in " + file + ": " + fraction);
    }
    double numerator = Double.parseDouble(fraction.substring(0, slash));
    double denominator = Double.parseDouble(fraction.substring(slash + 1));
    return Math.log(numerator / denominator);
  }

  private static UnicodeScript mainScript(Map<String, Double> unigrams) {
    Map<UnicodeScript, Double> weights = new EnumMap<>(UnicodeScript.class);
    unigrams.forEach((gram, logProbability) -> {
      UnicodeScript script = UnicodeScript.of(gram.codePointAt(0));
      if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
        weights.merge(script, Math.exp(logProbability), Double::sum);
      }
    });
    List<Map.Entry<UnicodeScript, Double>> sorted = new ArrayList<>(weights.entrySet());
    sorted.sort(Map.Entry.<UnicodeScript, Double>comparingByValue().reversed());
    return sorted.isEmpty() ? UnicodeScript.UNKNOWN : sorted.get(0).getKey();
  }
}
