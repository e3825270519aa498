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
