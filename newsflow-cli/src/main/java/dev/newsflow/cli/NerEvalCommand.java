package dev.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.enrich.entities.EntityRecognizers;
import dev.newsflow.enrich.evaluate.NerCounts;
import dev.newsflow.enrich.evaluate.NerDataset;
import dev.newsflow.enrich.evaluate.NerEngineLoad;
import dev.newsflow.enrich.evaluate.NerEvaluator;
import dev.newsflow.enrich.evaluate.NerRun;
import dev.newsflow.enrich.evaluate.NerSample;
import dev.newsflow.enrich.evaluate.NerScore;
import dev.newsflow.enrich.evaluate.NerTokenization;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow eval ner}: entity-level P/R/F1 of the entity engines on the NER dataset format. */
@Command(
    name = "ner",
    header = "Measures named-entity recognition over labelled sentences.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the named-entity engines over NER evaluation files (JSON lines with lang, tokens and IOB2 tags)",
      "and prints conlleval-style entity-level precision, recall and F1 per file, language and type,",
      "over all types and over PER/ORG/LOC only, with engine load time, heap and throughput.",
      "Models missing from the cache (--models) are fetched first, as `newsflow models fetch` does.",
      "The header says whose tokens the engines labelled (--tokens)."
    })
final class NerEvalCommand implements Callable<Integer> {
  private static final String ROW = "  %-12s %6s %6s %7s %7s %7s%n";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "DIR|FILE",
      description = "A .jsonl file, or a directory whose .jsonl files are all evaluated.")
  Path dataset;

  @Option(names = "--predictions", paramLabel = "OUT",
      description = "Also write each input line with a 'predicted' array of BIO tags (all files, in order).")
  Path predictions;

  @Option(names = "--lang", paramLabel = "xx", description = "Only sentences in this language (ISO 639-1).")
  String lang;

  @Option(names = "--tokens", defaultValue = "gold", paramLabel = "gold|own",
      description = {
        "Whose tokens the engines label (default: ${DEFAULT-VALUE}).",
        "gold: each file's own tokens, given to the engine as they are. This is how conlleval scores a tagger",
        "and how the sets' published baselines (CoreNLP with whitespace tokenisation) were run, so only these",
        "figures compare with them; hence the default.",
        "own: the space-joined sentence through newsflow's own tokenizer, as an article's text would go. Tokenizer",
        "and tagger together, but on text no article looks like, and a boundary drawn differently from the",
        "set's (French elisions such as l'Ariège, wiki markup such as ''Name) costs an entity even when the",
        "tagger was right. Chinese engines segment words themselves either way."
      })
  String tokens;

  @CommandLine.Mixin ModelOptions models;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    NerTokenization tokenization = tokenization(tokens);
    List<NerDataset> datasets = new ArrayList<>();
    for (NerDataset d : NerDataset.read(dataset)) {
      List<NerSample> kept = d.samples().stream().filter(s -> lang == null || s.lang().equals(lang)).toList();
      if (!kept.isEmpty()) {
        datasets.add(new NerDataset(d.name(), kept));
      }
    }
    if (datasets.isEmpty()) {
      out.println("no sentences" + (lang == null ? "" : " in " + lang) + " under " + dataset);
      return 1;
    }

    NerEvaluator evaluator = new NerEvaluator(EntityRecognizers.available(models.store()), tokenization);
    out.println("tokens: " + tokenization.description());
    out.println("engines");
    for (String language : new TreeSet<>(datasets.stream().flatMap(d -> d.samples().stream()).map(NerSample::lang).toList())) {
      NerEngineLoad load = evaluator.load(language);
      out.printf("  %-4s %-12s load %5d ms   heap after load %4d MB (+%d MB)%n", language,
          load.engine() == null ? "none (all O)" : load.loaded() ? load.engine() : load.engine() + " failed to load (all O)",
          load.millis(),
          load.heapBytesAfter() >> 20, load.heapBytesAdded() >> 20);
    }

    Map<String, NerScore> byLanguage = new TreeMap<>();
    List<NerRun> runs = new ArrayList<>();
    for (NerDataset d : datasets) {
      NerRun run = evaluator.run(d);
      runs.add(run);
      run.byLanguage().forEach((language, score) -> byLanguage.merge(language, score, NerScore::plus));
      out.printf("%n%s: %d sentences, %.0f sentences/s, %.0f sentences per CPU-second%n", d.name(), d.samples().size(),
          run.sentencesPerSecond(), run.sentencesPerCpuSecond());
      print(out, run.score());
    }
    if (datasets.size() > 1 || byLanguage.size() > 1) {
      byLanguage.forEach((language, score) -> {
        out.printf("%nlanguage %s (all files)%n", language);
        print(out, score);
      });
    }
    if (predictions != null) {
      writePredictions(runs);
      out.printf("%npredictions written to %s%n", predictions);
    }
    out.flush();
    return 0;
  }

  private NerTokenization tokenization(String given) {
    return switch (given.strip().toLowerCase(Locale.ROOT)) {
      case "gold" -> NerTokenization.GOLD;
      case "own" -> NerTokenization.OWN;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--tokens must be gold or own, was: " + given);
    };
  }

  private static void print(PrintWriter out, NerScore score) {
    out.printf(ROW, "type", "gold", "pred", "P", "R", "F1");
    for (String type : score.types()) {
      row(out, type, score.of(type));
    }
    row(out, "all", score.total());
    row(out, "PER/ORG/LOC", score.withoutMisc());
  }

  private static void row(PrintWriter out, String label, NerCounts counts) {
    out.printf(ROW, label, counts.gold(), counts.predicted(),
        String.format("%.2f", counts.precision()), String.format("%.2f", counts.recall()), String.format("%.2f", counts.f1()));
  }

  private void writePredictions(List<NerRun> runs) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (NerRun run : runs) {
        for (int i = 0; i < run.dataset().samples().size(); i++) {
          NerSample sample = run.dataset().samples().get(i);
          ObjectNode line = mapper.createObjectNode();
          line.put("lang", sample.lang());
          sample.tokens().forEach(line.putArray("tokens")::add);
          sample.tags().forEach(line.putArray("tags")::add);
          run.predictions().get(i).forEach(line.putArray("predicted")::add);
          writer.write(mapper.writeValueAsString(line));
          writer.newLine();
        }
      }
    }
  }
}
