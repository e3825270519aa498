package dev.newsflow.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.schedule.PollSchedule.Policy;
import dev.newsflow.ingest.schedule.PollSchedule.Yield;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PollScheduleTest {
  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final URI FEED = URI.create("https://www.example.com/rss/world.xml");
  private final PollSchedule schedule = new PollSchedule(new Policy(0.1, 6, 3));

  @Test
  void aPageNeverPolledIsDueAtOnce() {
    assertThat(schedule.due(FEED)).isBefore(T0);
  }

  @Test
  void busyPagesArePolledSoonerAndQuietOnesLaterWithinBoundsAroundTheConfiguredInterval() {
    Duration configured = Duration.ofMinutes(10);

    assertThat(schedule.polled(FEED, T0, Yield.NEW_ARTICLES, configured)).isEqualTo(Duration.ofMinutes(8));
    assertThat(schedule.due(FEED)).isEqualTo(T0.plus(Duration.ofMinutes(8)));
    assertThat(schedule.polled(FEED, T0, Yield.NOTHING_NEW, configured)).isEqualTo(Duration.ofSeconds(672));

    for (int i = 0; i < 50; i++) {
      schedule.polled(FEED, T0, Yield.NEW_ARTICLES, configured);
    }
    assertThat(schedule.polled(FEED, T0, Yield.NEW_ARTICLES, configured)).isEqualTo(Duration.ofMinutes(1));
    for (int i = 0; i < 50; i++) {
      schedule.polled(FEED, T0, Yield.NOTHING_NEW, configured);
    }
    assertThat(schedule.polled(FEED, T0, Yield.NOTHING_NEW, configured)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aFailedPollKeepsTheInterval() {
    schedule.polled(FEED, T0, Yield.NEW_ARTICLES, Duration.ofMinutes(10));

    assertThat(schedule.polled(FEED, T0.plusSeconds(60), Yield.FAILED, Duration.ofMinutes(10)))
        .isEqualTo(Duration.ofMinutes(8));
    assertThat(schedule.due(FEED)).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(8)));
  }

  @Test
  void aChangedConfiguredIntervalMovesTheBounds() {
    for (int i = 0; i < 50; i++) {
      schedule.polled(FEED, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));
    }
    assertThat(schedule.polled(FEED, T0, Yield.FAILED, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(30));
    assertThatThrownBy(() -> schedule.polled(FEED, T0, Yield.FAILED, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDatedSitemapThatStaysQuietIsRetiredButAFeedNeverIs() {
    URI march = URI.create("https://www.example.com/sitemaps/news-2024-03-05.xml");
    for (int i = 0; i < 2; i++) {
      schedule.polled(march, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));
      schedule.polled(FEED, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));
    }
    assertThat(schedule.retired(march)).isFalse();

    schedule.polled(march, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));
    for (int i = 0; i < 10; i++) {
      schedule.polled(FEED, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));
    }

    assertThat(schedule.retired(march)).isTrue();
    assertThat(schedule.retired(FEED)).isFalse();
  }

  @Test
  void newArticlesResetTheQuietCount() {
    URI march = URI.create("https://www.example.com/sitemap/2024/03/");
    schedule.polled(march, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));
    schedule.polled(march, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));
    schedule.polled(march, T0, Yield.NEW_ARTICLES, Duration.ofMinutes(10));
    schedule.polled(march, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));
    schedule.polled(march, T0, Yield.NOTHING_NEW, Duration.ofMinutes(10));

    assertThat(schedule.retired(march)).isFalse();
  }

  @ParameterizedTest(name = "{0} dated: {1}")
  @CsvSource({
    "https://www.example.com/sitemap-2024-03.xml, true",
    "https://www.example.com/sitemaps/2024/03/05/news.xml, true",
    "https://www.example.com/news_20240305.xml, true",
    "https://www.example.com/sitemap.xml?yyyy=2024&mm=03, false",
    "https://www.example.com/sitemap.xml?month=2024-03, true",
    "https://www.example.com/sitemap_news.xml, false",
    "https://www.example.com/rss/world.xml, false",
    "https://www.example.com/article/1234567890.xml, false",
    "https://www.example.com/sitemap-2024.xml, false",
    "https://www.example.com/sitemap-202413.xml, false",
  })
  void recognisesDatedSitemapUrls(String url, boolean dated) {
    assertThat(PollSchedule.isDated(URI.create(url))).isEqualTo(dated);
  }

  @Test
  void rejectsBoundsThatMakeNoSense() {
    assertThatThrownBy(() -> new Policy(0, 4, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Policy(0.5, 0.8, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Policy(1.5, 4, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Policy(0.5, Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void theIntervalAlwaysStaysWithinBounds(@ForAll("yields") List<Yield> yields) {
    PollSchedule s = new PollSchedule(new Policy(0.25, 4, 0));
    for (Yield y : yields) {
      Duration interval = s.polled(FEED, T0, y, Duration.ofMinutes(16));
      assertThat(interval).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(64));
      assertThat(s.retired(FEED)).isFalse();
    }
  }

  @Provide
  Arbitrary<List<Yield>> yields() {
    return Arbitraries.of(Yield.class).list().ofMaxSize(200);
  }
}
