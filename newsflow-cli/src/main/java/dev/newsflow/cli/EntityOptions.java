package dev.newsflow.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Option;

/** Which entity engines run and whether they report misc entities: the options of {@code enrich} and {@code run}. */
final class EntityOptions {
  @Option(names = "--entity-languages", paramLabel = "LANG", split = ",",
      defaultValue = "${env:NEWSFLOW_ENTITY_LANGUAGES:-}",
      description = "Languages (ISO 639-1) whose named-entity engine runs, or 'none' (env NEWSFLOW_ENTITY_LANGUAGES). "
          + "Available: en, de, fr, es (Stanford CoreNLP; a named language's model is fetched into the model cache "
          + "on first use), zh (HanLP with repair rules; entity F1 about 55-59). Default: the languages whose model is "
          + "already in the cache (NEWSFLOW_MODELS, see `newsflow models fetch`).")
  Set<String> entityLanguages = new LinkedHashSet<>();

  @Option(names = "--entity-misc", arity = "1", paramLabel = "true|false",
      defaultValue = "${env:NEWSFLOW_ENTITY_MISC:-true}",
      description = "Whether misc entities (events, products, nationalities) are found besides persons, organisations "
          + "and locations (env NEWSFLOW_ENTITY_MISC; default: ${DEFAULT-VALUE}). false saves English its second "
          + "model (english.conll.4class), about half the CPU time of English entity recognition, and drops the other "
          + "languages' misc labels and the product-name list.")
  boolean entityMisc;
}
