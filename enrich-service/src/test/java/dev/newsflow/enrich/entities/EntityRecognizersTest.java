package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Language;
import dev.newsflow.common.article.EntityCoverage;
import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityRecognizersTest {
  private static final Language GERMAN = new Language("de", "Latn", 0.99);

  /** Finds every capitalised word as a LOCATION: enough to see what the registry does. */
  private static class CapitalisedWords implements EntityRecognizer {
    @Override
    public String engine() {
      return "caps-de";
    }

    @Override
    public boolean supports(Language language) {
      return language.code().equals("de");
    }

    @Override
    public List<EntityMention> recognize(String text, Language language) {
      List<EntityMention> out = new ArrayList<>();
      var m = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+").matcher(text);
      while (m.find()) {
        out.add(new EntityMention(m.start(), m.end(), EntityType.LOCATION));
      }
      return out;
    }
  }

  @Test
  void theEngineOfTheTextsLanguageFindsTheEntitiesAndNamesItself() {
    EntityRecognizers recognizers = EntityRecognizers.builder().add("de", "caps-de", CapitalisedWords::new).build();

    List<Entity> entities = recognizers.entities("nach Berlin und Bonn, dann Berlin", GERMAN);

    assertThat(entities).extracting(Entity::text, Entity::count, Entity::engine).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Berlin", 2, "caps-de"),
        org.assertj.core.groups.Tuple.tuple("Bonn", 1, "caps-de"));
  }

  @Test
  void languagesWithoutAnEngineGetNoEntitiesAndNoEngineIsLoaded() {
    AtomicInteger loads = new AtomicInteger();
    EntityRecognizers recognizers = EntityRecognizers.builder()
        .add("de", "caps-de", () -> {
          loads.incrementAndGet();
          return new CapitalisedWords();
        })
        .build();

    assertThat(recognizers.entities("Paris et Lyon", new Language("fr", "Latn", 0.99))).isEmpty();
    assertThat(recognizers.entities("Paris et Lyon", Language.undetermined())).isEmpty();
    assertThat(recognizers.entities("Paris", null)).isEmpty();
    assertThat(recognizers.engineFor(GERMAN)).contains("caps-de");
    assertThat(recognizers.engineFor(Language.undetermined())).isEmpty();
    assertThat(loads).hasValue(0);
  }

  @Test
  void anEngineIsLoadedOnceEvenWhenManyThreadsAskAtOnce() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    EntityRecognizers recognizers = EntityRecognizers.builder()
        .add("de", "caps-de", () -> {
          loads.incrementAndGet();
          return new CapitalisedWords();
        })
        .build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Entity>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return recognizers.entities("Hamburg", GERMAN);
        }));
      }
      start.countDown();
      for (Future<List<Entity>> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).extracting(Entity::text).containsExactly("Hamburg");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).hasValue(1);
  }

  @Test
  void anEngineThatFailsToLoadIsTriedOnceAndItsLanguageGetsNoEntities() {
    AtomicInteger loads = new AtomicInteger();
    EntityRecognizers recognizers = EntityRecognizers.builder()
        .add("de", "broken", () -> {
          loads.incrementAndGet();
          throw new IllegalStateException("model missing");
        })
        .build();

    assertThat(recognizers.entities("Berlin", GERMAN)).isEmpty();
    assertThat(recognizers.entities("Bonn", GERMAN)).isEmpty();
    assertThat(recognizers.recognizer(GERMAN)).isEmpty();
    assertThat(loads).hasValue(1);
  }

  @Test
  void anEngineThatThrowsWhileRecognisingLetsTheCallerDecide() {
    EntityRecognizers recognizers = EntityRecognizers.builder()
        .add("de", "throws", () -> new CapitalisedWords() {
          @Override
          public List<EntityMention> recognize(String text, Language language) {
            throw new IllegalStateException("engine bug");
          }
        })
        .build();

    assertThatThrownBy(() -> recognizers.entities("Berlin", GERMAN)).hasMessageContaining("engine bug");
  }

  @Test
  void registrationsNeedATwoLetterLanguageCode() {
    assertThatThrownBy(() -> EntityRecognizers.builder().add("deu", "x", CapitalisedWords::new))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final Language ENGLISH = new Language("en", "Latn", 0.99);

  /** Labels a few fixed phrases, the first "Windows software" misc as a real model would. */
  private static class FixedPhrases implements EntityRecognizer {
    @Override
    public String engine() {
      return "fixed-en";
    }

    @Override
    public boolean supports(Language language) {
      return language.code().equals("en");
    }

    @Override
    public List<EntityMention> recognize(String text, Language language) {
      List<EntityMention> out = new ArrayList<>();
      label(text, "Microsoft", EntityType.ORGANIZATION, out);
      label(text, "Safer Internet Day", EntityType.MISC, out);
      int software = text.indexOf("Windows software");
      if (software >= 0) {
        out.add(new EntityMention(software, software + "Windows".length(), EntityType.MISC));
      }
      out.sort(java.util.Comparator.comparingInt(EntityMention::start));
      return out;
    }

    private static void label(String text, String phrase, EntityType type, List<EntityMention> out) {
      for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        out.add(new EntityMention(at, at + phrase.length(), type));
      }
    }
  }

  private static final String WINDOWS = "Microsoft marked Safer Internet Day. Shops were using counterfeit Windows. "
      + "A school dropped Android for Linux.";

  @Test
  void productNamesTheEngineLeftUnlabelledAreMiscUnderTheirOwnEngineName() {
    EntityRecognizers recognizers = EntityRecognizers.builder().add("en", "fixed-en", FixedPhrases::new).build();

    List<Entity> entities = recognizers.entities(WINDOWS, ENGLISH);

    assertThat(entities).extracting(Entity::normalized, Entity::type, Entity::engine).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Microsoft", EntityType.ORGANIZATION, "fixed-en"),
        org.assertj.core.groups.Tuple.tuple("Safer Internet Day", EntityType.MISC, "fixed-en"),
        org.assertj.core.groups.Tuple.tuple("Windows", EntityType.MISC, ProductNames.ENGINE),
        org.assertj.core.groups.Tuple.tuple("Android", EntityType.MISC, ProductNames.ENGINE),
        org.assertj.core.groups.Tuple.tuple("Linux", EntityType.MISC, ProductNames.ENGINE));
    assertThat(recognizers.mentions(WINDOWS, ENGLISH)).extracting(m -> WINDOWS.substring(m.start(), m.end()))
        .containsExactly("Microsoft", "Safer Internet Day", "Windows", "Android", "Linux");
  }

  @Test
  void aProductNameTheEngineAlsoFoundIsOneEntityOfTheEngine() {
    EntityRecognizers recognizers = EntityRecognizers.builder().add("en", "fixed-en", FixedPhrases::new).build();
    String text = "Counterfeit Windows software is sold openly. Shops were using counterfeit Windows.";

    List<Entity> entities = recognizers.entities(text, ENGLISH);

    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.normalized()).isEqualTo("Windows");
      assertThat(e.engine()).isEqualTo("fixed-en");
      assertThat(e.mentions()).extracting(Entity.Mention::start)
          .containsExactly(text.indexOf("Windows"), text.lastIndexOf("Windows"));
      assertThat(e.count()).isEqualTo(2);
    });
  }

  @Test
  void withMiscOffThereAreNeitherTheEnginesMiscNorProductNames() {
    EntityRecognizers recognizers =
        EntityRecognizers.builder().misc(false).add("en", "fixed-en", FixedPhrases::new).build();

    assertThat(recognizers.misc()).isFalse();
    assertThat(recognizers.only(java.util.Set.of("en")).misc()).isFalse();
    assertThat(recognizers.entities(WINDOWS, ENGLISH)).extracting(Entity::normalized).containsExactly("Microsoft");
    assertThat(recognizers.mentions(WINDOWS, ENGLISH)).extracting(EntityMention::type)
        .containsExactly(EntityType.ORGANIZATION);
  }

  @Test
  void productNamesAreLookedUpOnlyInLanguagesWithACoreNlpEngine() {
    EntityRecognizers recognizers = EntityRecognizers.builder()
        .add("zh", "fixed-zh", () -> new EntityRecognizer() {
          @Override
          public String engine() {
            return "fixed-zh";
          }

          @Override
          public boolean supports(Language language) {
            return true;
          }

          @Override
          public List<EntityMention> recognize(String text, Language language) {
            return List.of();
          }
        }).build();

    assertThat(recognizers.entities("他用盗版Windows和Linux。", new Language("zh", "Hans", 1.0))).isEmpty();
  }

  @Test
  void theAvailableEnginesCoverEnglishGermanFrenchSpanishAndChinese(@TempDir Path cache) {
    EntityRecognizers available = EntityRecognizers.available(unreachableStore(cache));

    assertThat(available.languages()).containsExactly("de", "en", "es", "fr", "zh");
    assertThat(available.engineFor(new Language("zh", "Hant", 1.0))).contains(HanlpEntityRecognizer.ENGINE);
    assertThat(available.engineFor(new Language("de", "Latn", 1.0))).contains("corenlp-de");
    assertThat(available.engineFor(new Language("it", "Latn", 1.0))).isEmpty();
  }

  @Test
  void aLanguageWhoseModelCannotBeFetchedGetsNoEntitiesAndSaysItFailed(@TempDir Path cache) {
    EntityRecognizers available = EntityRecognizers.available(unreachableStore(cache));

    EntityFindings findings = available.find("Angela Merkel besuchte Paris.", new Language("de", "Latn", 1.0));

    assertThat(findings.coverage()).isEqualTo(EntityCoverage.FAILED);
    assertThat(findings.engine()).isEqualTo("corenlp-de");
    assertThat(findings.entities()).isEmpty();
    assertThat(available.recognizer(new Language("de", "Latn", 1.0))).isEmpty();
  }

  @Test
  void byDefaultTheLanguagesWithACachedModelAreSwitchedOn(@TempDir Path cache) throws IOException {
    ModelStore store = unreachableStore(cache);
    assertThat(EntityRecognizers.defaultLanguages(store)).isEmpty();

    Path french = store.path(CoreNlpModels.forLanguage("fr").orElseThrow());
    Files.createDirectories(french.getParent());
    Files.write(french, new byte[] {1});

    assertThat(EntityRecognizers.defaultLanguages(store)).containsExactly("fr");
  }

  @Test
  void onlyKeepsTheLanguagesSwitchedOn(@TempDir Path cache) {
    EntityRecognizers available = EntityRecognizers.available(unreachableStore(cache));
    assertThat(available.only(java.util.Set.of("zh", "en", "it")).languages()).containsExactly("en", "zh");
    assertThat(available.only(java.util.Set.of()).languages()).isEmpty();
  }

  /** A cache whose repository refuses connections: nothing can be fetched. */
  private static ModelStore unreachableStore(Path cache) {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ModelStore(cache, URI.create("http://127.0.0.1:" + port + "/maven2/"));
  }
}
