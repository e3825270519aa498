package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.EntityCoverage;
import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.chinese.ChineseSegmenter;
import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelFetchException;
import dev.newsflow.enrich.entities.models.ModelSpec;
import dev.newsflow.enrich.entities.models.ModelStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the named-entity engine for a language and merges what it finds into {@link Entity}
 * records.
 *
 * <pre>{@code
 * EntityRecognizers recognizers = EntityRecognizers.available().only(Set.of("zh"));
 * List<Entity> entities = recognizers.entities(article.text(), language);
 * }</pre>
 *
 * <p>Engines are registered by ISO 639-1 code and built on first use, once per language, however
 * many threads ask at the same time; the instance is then shared. A language without an engine,
 * {@code und}, or an engine that failed to load gives an empty list (the failure is logged once),
 * never a guess from an engine meant for another language. In English, German, French and Spanish
 * text, well-known product names the engine left unlabelled are added as misc ({@link
 * ProductNames}, engine {@value ProductNames#ENGINE}) unless misc entities are off. An engine
 * that throws while recognising propagates the exception: the caller decides what a failed
 * record becomes.
 *
 * <p>Thread-safe.
 */
public final class EntityRecognizers {
  private static final Logger log = LoggerFactory.getLogger(EntityRecognizers.class);

  private final Map<String, LazyRecognizer> byLanguage;
  private final boolean misc;

  private EntityRecognizers(Map<String, LazyRecognizer> byLanguage, boolean misc) {
    this.byLanguage = Map.copyOf(byLanguage);
    this.misc = misc;
  }

  /**
   * Every engine of the default build, with models from the cache the environment configures
   * ({@link ModelStore#fromEnvironment()}). See {@link #available(ModelStore)}.
   */
  public static EntityRecognizers available() {
    return available(ModelStore.fromEnvironment());
  }

  /**
   * Every engine of the default build: Stanford CoreNLP CRF models for English, German, French
   * and Spanish ({@link CoreNlpEntityRecognizer}, model files from {@code models}, fetched on first
   * use if they are not cached yet; English with a second model for misc entities) and HanLP for Chinese (either script). Which of them run in
   * production is the operator's choice ({@link #only(Set)}, {@link #defaultLanguages(ModelStore)}).
   * An engine whose model is neither cached nor fetchable fails to load: texts in its language
   * get no entities and coverage {@code failed}.
   */
  public static EntityRecognizers available(ModelStore models) {
    return available(models, new ChineseSegmenter(), true);
  }

  /**
   * Every engine of the default build ({@link #available(ModelStore)}), with or without misc
   * entities. Without ({@code misc} false), English does not load or run its second model (about
   * half the CPU time of English entity recognition), the other languages' models' misc labels are dropped
   * (they come with the model: no time saved), and no product names are looked up ({@link
   * ProductNames}): persons, organisations and locations only.
   */
  public static EntityRecognizers available(ModelStore models, boolean misc) {
    return available(models, new ChineseSegmenter(), misc);
  }

  /**
   * Like {@link #available(ModelStore, boolean)}, with Chinese segmented by {@code chinese}: give it
   * the one the keyword step uses, so that a Chinese article is segmented once for both.
   */
  public static EntityRecognizers available(ModelStore models, ChineseSegmenter chinese, boolean misc) {
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(chinese, "chinese");
    Builder builder = builder().misc(misc);
    for (ModelSpec model : mainModels()) {
      String language = model.language();
      builder.add(language, CoreNlpEntityRecognizer.engineName(language),
          () -> new CoreNlpEntityRecognizer(language, models.ensure(model), misc ? miscModel(models, language) : null));
    }
    return builder.add("zh", HanlpEntityRecognizer.ENGINE, () -> new HanlpEntityRecognizer(chinese)).build();
  }

  /** Whether misc entities are reported ({@link #available(ModelStore, boolean)}). */
  public boolean misc() {
    return misc;
  }

  /**
   * English misc entities come from a second model ({@link CoreNlpModels#ENGLISH_MISC}); when it
   * is neither cached nor fetchable, English runs without misc rather than not at all.
   */
  private static java.nio.file.Path miscModel(ModelStore models, String language) {
    if (!language.equals(CoreNlpModels.ENGLISH_MISC.language())) {
      return null;
    }
    try {
      return models.ensure(CoreNlpModels.ENGLISH_MISC);
    } catch (ModelFetchException e) {
      log.warn("English misc model unavailable, English entities without misc: {}", e.getMessage());
      return null;
    }
  }

  private static List<ModelSpec> mainModels() {
    return CoreNlpModels.all().stream()
        .filter(m -> CoreNlpModels.forLanguage(m.language()).orElseThrow().equals(m))
        .toList();
  }

  /**
   * The languages whose entity engine runs when the operator names none: those whose CoreNLP
   * model is in {@code models}' cache (fetching a model is the operator's act: {@code newsflow
   * models fetch}). Chinese stays opt-in: its precision is still below the others'.
   */
  public static Set<String> defaultLanguages(ModelStore models) {
    return mainModels().stream()
        .filter(m -> models.cached(m).isPresent())
        .map(ModelSpec::language)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** These engines restricted to {@code languages} (ISO 639-1); other languages get none. */
  public EntityRecognizers only(Set<String> languages) {
    Map<String, LazyRecognizer> kept = new java.util.HashMap<>(byLanguage);
    kept.keySet().retainAll(languages);
    return new EntityRecognizers(kept, misc);
  }

  /** No engine at all: every text gets no entities. */
  public static EntityRecognizers none() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The languages (ISO 639-1) that have an engine, whether loaded yet or not. */
  public List<String> languages() {
    return byLanguage.keySet().stream().sorted().toList();
  }

  /** The name of the engine for {@code language}, without loading it; empty when there is none. */
  public Optional<String> engineFor(Language language) {
    return Optional.ofNullable(language).map(l -> byLanguage.get(l.code())).map(LazyRecognizer::engine);
  }

  /**
   * The engine for {@code language}, loading it now if this is the first request; empty when the
   * language has no engine or its engine failed to load.
   */
  public Optional<EntityRecognizer> recognizer(Language language) {
    return Optional.ofNullable(language).map(l -> byLanguage.get(l.code())).flatMap(LazyRecognizer::get);
  }

  /** The entity mentions in {@code text}, unmerged (for evaluation); empty without an engine. */
  public List<EntityMention> mentions(String text, Language language) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return recognizer(language)
        .filter(r -> r.supports(language))
        .map(r -> withProducts(text, language, r.recognize(text, language)))
        .orElse(List.of());
  }

  /**
   * The entity mentions in {@code text} with its words given ({@link
   * EntityRecognizer#recognize(String, List, Language)}), unmerged (for evaluation on gold
   * tokens); empty without an engine.
   */
  public List<EntityMention> mentions(String text, List<TokenSpan> tokens, Language language) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return recognizer(language)
        .filter(r -> r.supports(language))
        .map(r -> withProducts(text, language, r.recognize(text, tokens, language)))
        .orElse(List.of());
  }

  /** An engine's mentions (without misc when it is off) and the product names, in text order. */
  private List<EntityMention> withProducts(String text, Language language, List<EntityMention> fromEngine) {
    List<EntityMention> kept = misc ? fromEngine : withoutMisc(fromEngine);
    List<EntityMention> products = products(text, language, kept);
    if (products.isEmpty()) {
      return kept;
    }
    List<EntityMention> all = new ArrayList<>(kept);
    all.addAll(products);
    all.sort(Comparator.comparingInt(EntityMention::start));
    return all;
  }

  private List<EntityMention> products(String text, Language language, List<EntityMention> taken) {
    return misc && ProductNames.LANGUAGES.contains(language.code()) ? ProductNames.find(text, taken) : List.of();
  }

  private static List<EntityMention> withoutMisc(List<EntityMention> mentions) {
    return mentions.stream().filter(m -> m.type() != EntityType.MISC).toList();
  }

  /** The entities of {@code text} in order of first mention, offsets into {@code text}. */
  public List<Entity> entities(String text, Language language) {
    return find(text, language).entities();
  }

  /**
   * The entities of {@code text} and whether an engine ran: {@code unsupported} when {@code
   * language} has no engine (or the engine does not take this variant of it), {@code failed} when
   * its engine could not be loaded, {@code engine} otherwise, even for a blank text.
   */
  public EntityFindings find(String text, Language language) {
    LazyRecognizer lazy = language == null ? null : byLanguage.get(language.code());
    if (lazy == null) {
      return EntityFindings.unsupported();
    }
    Optional<EntityRecognizer> loaded = lazy.get();
    if (loaded.isEmpty()) {
      return EntityFindings.failed(lazy.engine());
    }
    EntityRecognizer recognizer = loaded.get();
    if (!recognizer.supports(language)) {
      return EntityFindings.unsupported();
    }
    if (text == null || text.isBlank()) {
      return new EntityFindings(List.of(), EntityCoverage.ENGINE, recognizer.engine());
    }
    List<EntityMention> mentions = recognizer.recognize(text, language);
    if (!misc) {
      mentions = withoutMisc(mentions);
    }
    List<Entity> entities = mentions.isEmpty() ? List.of() : EntityMerger.merge(text, mentions, recognizer.engine());
    List<EntityMention> products = products(text, language, mentions);
    if (!products.isEmpty()) {
      entities = EntityMerger.withFurther(entities, EntityMerger.merge(text, products, ProductNames.ENGINE));
    }
    return new EntityFindings(entities, EntityCoverage.ENGINE, recognizer.engine());
  }

  /**
   * The entities of {@code article}: those of its text ({@link #find(String, Language)}), and,
   * when an engine ran, the persons of its byline and its outlet ({@link MetadataEntities}).
   */
  public EntityFindings find(Article article, Language language) {
    EntityFindings fromText = find(article.text(), language);
    if (fromText.coverage() != EntityCoverage.ENGINE) {
      return fromText;
    }
    return new EntityFindings(
        MetadataEntities.withMetadata(article, fromText.entities()), fromText.coverage(), fromText.engine());
  }

  /** Registers engines per language; the last registration for a language wins. */
  public static final class Builder {
    private final Map<String, LazyRecognizer> byLanguage = new LinkedHashMap<>();
    private boolean misc = true;

    private Builder() {}

    /**
     * Whether misc entities are reported (default true): engines' misc mentions, and product
     * names ({@link ProductNames}) in en, de, fr, es text. The engines themselves are the
     * loaders' business ({@link #available(ModelStore, boolean)} loads English without its misc
     * model).
     */
    public Builder misc(boolean misc) {
      this.misc = misc;
      return this;
    }

    /**
     * @param language ISO 639-1 code
     * @param engine the engine's name, known before it is loaded
     * @param loader builds the engine; called at most once, on first use for {@code language}
     */
    public Builder add(String language, String engine, Supplier<? extends EntityRecognizer> loader) {
      Objects.requireNonNull(language, "language");
      if (!language.matches("[a-z]{2}")) {
        throw new IllegalArgumentException("language must be an ISO 639-1 code, was: " + language);
      }
      byLanguage.put(language, new LazyRecognizer(language, engine, loader));
      return this;
    }

    public EntityRecognizers build() {
      return new EntityRecognizers(byLanguage, misc);
    }
  }

  /** Builds its engine once, on first use; remembers a failure rather than retrying per record. */
  private static final class LazyRecognizer {
    private final String language;
    private final String engine;
    private final Supplier<? extends EntityRecognizer> loader;
    private volatile Optional<EntityRecognizer> loaded; // null until the first get()

    LazyRecognizer(String language, String engine, Supplier<? extends EntityRecognizer> loader) {
      this.language = language;
      this.engine = Objects.requireNonNull(engine, "engine");
      this.loader = Objects.requireNonNull(loader, "loader");
    }

    String engine() {
      return engine;
    }

    Optional<EntityRecognizer> get() {
      Optional<EntityRecognizer> result = loaded;
      if (result != null) {
        return result;
      }
      synchronized (this) {
        if (loaded == null) {
          loaded = load();
        }
        return loaded;
      }
    }

    private Optional<EntityRecognizer> load() {
      long started = System.nanoTime();
      try {
        EntityRecognizer recognizer = Objects.requireNonNull(loader.get(), "loader returned null");
        log.info("loaded entity engine {} for {} in {} ms", engine, language, (System.nanoTime() - started) / 1_000_000);
        return Optional.of(recognizer);
      } catch (RuntimeException | LinkageError e) {
        log.error("entity engine {} for {} failed to load; texts in {} get no entities", engine, language, language, e);
        return Optional.empty();
      }
    }
  }
}
