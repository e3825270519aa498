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
 * <p>Languages Lingua 1.2.2 lacks come from n-gram counts in a folder of {@code CODE.tsv} files
 * ({@code ngram TAB count}, as {@link NgramCounter} writes them): a unigram's probability is its
 * share of all letters, a longer n-gram's its count over its prefix's count.
 *
 * <p>Usage: {@code LinguaModelConverter OUTPUT_FILE [SUPPLEMENTARY_DIR]}.
 */
public final class LinguaModelConverter {
  private static final String PROBE = "language-models/en/unigrams.json";
  private static final Pattern MODEL_FILE = Pattern.compile("language-models/([a-z]{2})/(unigrams|bigrams|trigrams|quadrigrams|fivegrams)\\.json");
  private static final List<String> ORDERS = List.of("unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams");
  private static final List<UnicodeScript> SCRIPT_DECIDED = List.of(
      UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

  private LinguaModelConverter() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: LinguaModelConverter OUTPUT_FILE [SUPPLEMENTARY_DIR]");
    }
    Path output = Path.of(args[0]);
    Map<String, Map<String, Double>> supplementary = args.length == 2 ? readSupplementary(Path.of(args[1])) : Map.of();
    if (isCurrent(output, args.length == 2 ? Path.of(args[1]) : null)) {
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
      convert(jar, supplementary, writer);
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
  private static boolean isCurrent(Path output, Path supplementaryDir) throws IOException {
    if (!Files.isRegularFile(output)) {
      return false;
    }
    if (supplementaryDir != null) {
      var modified = Files.getLastModifiedTime(output);
      try (var files = Files.list(supplementaryDir)) {
        if (files.anyMatch(f -> {
          try {
            return Files.getLastModifiedTime(f).compareTo(modified) > 0;
          } catch (IOException e) {
            return true;
          }
        })) {
          return false;
        }
      }
    }
    try (var in = new java.io.DataInputStream(Files.newInputStream(output))) {
      return in.readInt() == NgramModel.MAGIC && in.readInt() == NgramModel.FORMAT_VERSION;
    } catch (java.io.EOFException e) {
      return false;
    }
  }

  /** Log-probabilities per language from the count files in {@code dir}. */
  static Map<String, Map<String, Double>> readSupplementary(Path dir) throws IOException {
    Map<String, Map<String, Double>> models = new java.util.TreeMap<>();
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]{2}\\.tsv")).sorted().toList()) {
        Map<String, Long> counts = new HashMap<>();
        for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            counts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).trim()));
          }
        }
        long letters = counts.entrySet().stream()
            .filter(e -> e.getKey().codePointCount(0, e.getKey().length()) == 1)
            .mapToLong(Map.Entry::getValue).sum();
        Map<String, Double> logProbabilities = new HashMap<>();
        counts.forEach((gram, count) -> {
          int last = gram.offsetByCodePoints(gram.length(), -1);
          long context = last == 0 ? letters : counts.getOrDefault(gram.substring(0, last), 0L);
          if (context > 0) {
            logProbabilities.put(gram, Math.log((double) count / context));
          }
        });
        models.put(file.getFileName().toString().substring(0, 2), logProbabilities);
      }
    }
    return models;
  }

  static void convert(JarFile jar, Map<String, Map<String, Double>> supplementary, NgramModelWriter writer)
      throws IOException {
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
    supplementary.forEach((code, model) -> {
      if (codes.contains(code)) {
        throw new IllegalStateException("Lingua already has a model for " + code);
      }
      Map<String, Double> unigrams = new HashMap<>();
      model.forEach((gram, lp) -> {
        if (gram.codePointCount(0, gram.length()) == 1) {
          unigrams.put(gram, lp);
        }
      });
      scripts.put(code, mainScript(unigrams));
    });
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
    for (var model : supplementary.entrySet()) {
      int language = writer.addLanguage(model.getKey(), scripts.get(model.getKey()).name());
      model.getValue().forEach((ngram, logProbability) -> writer.add(ngram, language, logProbability));
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
