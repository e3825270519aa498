package dev.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the callers do, the frontier loses nothing, duplicates nothing and keeps each host's order. */
class FrontierProperties {
  private static final int MAX_URLS = 12;
  private static final int POLL = -1;
  private static final int POLL_AND_PUT_BACK = -2;

  /**
   * Each step offers a URL to host {@code 0..4} (a non-negative step), or takes the next URL and
   * gives its host back, once in a while putting the URL back. A model (one deque per host) says
   * what must come out.
   */
  @Property(tries = 300)
  void keepsPerHostOrderAndNeverLosesOrDuplicatesAUrl(
      @ForAll @Size(max = 300) List<@IntRange(min = -2, max = 4) Integer> steps) {
    Frontier frontier = new Frontier(MAX_URLS, 1 << 20, () -> 0L);
    Map<String, Deque<Integer>> model = new HashMap<>();
    int modelSize = 0;
    List<Integer> seen = new ArrayList<>();
    int next = 0;
    for (int step : steps) {
      if (step >= 0) {
        String host = "h" + step + ".example";
        int handle = next++;
        boolean accepted = frontier.offer(URI.create("https://" + host + "/" + handle + "/ü?x=" + handle), handle);
        assertThat(accepted).isEqualTo(modelSize < MAX_URLS);
        if (accepted) {
          model.computeIfAbsent(host, h -> new ArrayDeque<>()).addLast(handle);
          modelSize++;
        }
        continue;
      }
      Frontier.Lease lease = frontier.poll();
      if (modelSize == 0) {
        assertThat(lease).isNull();
        continue;
      }
      assertThat(lease).isNotNull();
      Deque<Integer> hostQueue = model.get(lease.host());
      assertThat(hostQueue).isNotNull();
      assertThat(lease.handle()).isEqualTo(hostQueue.peekFirst());
      assertThat(lease.url().getPath()).isEqualTo("/" + lease.handle() + "/ü");
      boolean putBack = step == POLL_AND_PUT_BACK && lease.handle() % 2 == 0;
      frontier.release(lease, 0L, putBack);
      if (!putBack) {
        hostQueue.removeFirst();
        modelSize--;
        seen.add(lease.handle());
      }
      assertThat(frontier.size()).isEqualTo(modelSize);
    }
    Frontier.Lease lease;
    while ((lease = frontier.poll()) != null) {
      assertThat(lease.handle()).isEqualTo(model.get(lease.host()).removeFirst());
      seen.add(lease.handle());
      frontier.release(lease, 0L, false);
    }
    assertThat(model.values()).allSatisfy(q -> assertThat(q).isEmpty());
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(frontier.size()).isZero();
    assertThat(frontier.bytes()).isZero();
    assertThat(frontier.blocksInUse()).isZero();
  }
}
