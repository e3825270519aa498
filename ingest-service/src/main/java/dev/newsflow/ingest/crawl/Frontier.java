package dev.newsflow.ingest.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;

/**
 * The URLs waiting to be fetched: one FIFO queue per host, hosts taking turns by the time each
 * may next be asked, and at most one URL of a host out at a time. It is built to hold millions of
 * URLs in little heap: each URL is kept as the UTF-8 bytes of what follows its
 * {@code scheme://authority} (which is stored once per host) plus an int handle the caller maps
 * to its own context, packed into linked 128-byte blocks shared by all hosts. A URL costs its path
 * and query plus 3 to 7 bytes (about 96 bytes of heap for an 80-byte path, measured with {@code
 * newsflow bench crawl}); no object is made per queued URL.
 *
 * <p>Bounded: {@link #offer} refuses a URL (returns false) once {@code maxUrls} URLs or
 * {@code maxBytes} encoded bytes are queued, and the timed {@code offer} waits for room; a URL
 * longer than {@link #MAX_URL_BYTES} is never accepted. URLs that were taken and are put back
 * ({@link #release} with {@code requeue}) are always accepted, since they were counted before.
 *
 * <pre>{@code
 * Frontier frontier = new Frontier(1_000_000, 64L << 20);
 * frontier.offer(URI.create("https://example.org/news/1.html"), 0);
 * Frontier.Lease lease = frontier.take();                  // waits for a host whose turn it is
 * ... fetch lease.url() ...
 * frontier.release(lease, System.nanoTime() + delayNanos, false);
 * }</pre>
 *
 * <p>Times are {@link System#nanoTime()} readings. Thread-safe.
 */
public final class Frontier {
  /** The longest URL accepted, in UTF-8 bytes after its host part. */
  public static final int MAX_URL_BYTES = 16 * 1024;
  /** Idle hosts are remembered (for their next-request time) until there are at least this many. */
  static final int MAX_IDLE_HOSTS = 100_000;
  private static final String[] NO_ORIGINS = new String[0];

  /** A URL handed out by {@link #take}: its host is out until {@link #release}d. */
  public static final class Lease {
    private final Host host;
    private final URI url;
    private final int handle;
    private final int encodedBytes;
    private boolean released;

    private Lease(Host host, URI url, int handle, int encodedBytes) {
      this.host = host;
      this.url = url;
      this.handle = handle;
      this.encodedBytes = encodedBytes;
    }

    public URI url() {
      return url;
    }

    /** The handle given to {@link #offer}. */
    public int handle() {
      return handle;
    }

    /** The host the URL was queued under (lower case; empty for a URL without a host). */
    public String host() {
      return host.name;
    }

    @Override
    public String toString() {
      return "Lease[" + url + ", handle=" + handle + "]";
    }
  }

  static final class Host {
    final String name;
    String[] origins = NO_ORIGINS;
    int head = -1;
    int headPos;
    int tail = -1;
    int tailPos;
    int count;
    Lease first;
    long readyAt;
    long turn;
    boolean inFlight;
    boolean scheduled;

    Host(String name, long readyAt) {
      this.name = name;
      this.readyAt = readyAt;
    }

    boolean isEmpty() {
      return count == 0 && first == null;
    }
  }

  /** One URL split for storage: its host, the index of its origin in that host, the rest. */
  private record Encoded(String host, String origin, byte[] rest, int handle) {
    int size(int originIndex) {
      return varintSize(originIndex) + varintSize(rest.length) + rest.length + varintSize(handle);
    }
  }

  private final int maxUrls;
  private final long maxBytes;
  private final LongSupplier nanoTime;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final Condition room = lock.newCondition();
  private final Map<String, Host> hosts = new HashMap<>();
  private final PriorityQueue<Host> schedule = new PriorityQueue<>(
      Comparator.<Host>comparingLong(h -> h.readyAt).thenComparingLong(h -> h.turn));
  private final BlockStore blocks = new BlockStore();
  private int size;
  private long bytes;
  private long turns;
  private int sweepAbove = MAX_IDLE_HOSTS;
  private boolean closed;
  /**
   * The one taker waiting for the first host's time; the others wait for a signal, so that idle
   * takers do not all wake whenever a host is due (as in {@link java.util.concurrent.DelayQueue}).
   */
  private Thread leader;

  /**
   * @param maxUrls the most URLs queued at once
   * @param maxBytes the most encoded bytes queued at once (a URL's path and query plus 3 to 7)
   */
  public Frontier(int maxUrls, long maxBytes) {
    this(maxUrls, maxBytes, System::nanoTime);
  }

  Frontier(int maxUrls, long maxBytes, LongSupplier nanoTime) {
    if (maxUrls < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("maxUrls and maxBytes must be >= 1");
    }
    this.maxUrls = maxUrls;
    this.maxBytes = maxBytes;
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * Queues {@code url} at the end of its host's queue, if there is room.
   *
   * @param handle the caller's reference for the URL, handed back with it
   * @return false, leaving the frontier unchanged, when it is full
   * @throws IllegalArgumentException when the URL is longer than {@link #MAX_URL_BYTES} or
   *     {@code maxBytes}
   * @throws IllegalStateException once closed
   */
  public boolean offer(URI url, int handle) {
    Encoded e = encode(url, handle);
    lock.lock();
    try {
      return add(e);
    } finally {
      lock.unlock();
    }
  }

  /** Like {@link #offer(URI, int)}, waiting up to {@code timeout} for room. */
  public boolean offer(URI url, int handle, long timeout, TimeUnit unit) throws InterruptedException {
    Encoded e = encode(url, handle);
    long nanos = unit.toNanos(timeout);
    lock.lockInterruptibly();
    try {
      while (!add(e)) {
        if (nanos <= 0) {
          return false;
        }
        nanos = room.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for the host that has been ready longest and hands out the head of its queue; the host
   * gets nothing else until the lease is {@link #release}d. Returns null once closed.
   */
  public Lease take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (!closed) {
        Host h = schedule.peek();
        if (h == null) {
          work.await();
          continue;
        }
        long wait = h.readyAt - nanoTime.getAsLong();
        if (wait <= 0) {
          Lease lease = lease(schedule.poll());
          if (lease != null) {
            return lease;
          }
          continue;
        }
        if (leader != null) {
          work.await();
          continue;
        }
        Thread me = Thread.currentThread();
        leader = me;
        try {
          work.awaitNanos(Math.min(wait, TimeUnit.SECONDS.toNanos(1)));
        } finally {
          if (leader == me) {
            leader = null;
          }
        }
      }
      return null;
    } finally {
      if (leader == null && !schedule.isEmpty()) {
        wake(schedule.peek()); // hand the watch over the next host to another taker
      }
      lock.unlock();
    }
  }

  /** Like {@link #take}, without waiting: null when no host with work is ready now. */
  public Lease poll() {
    lock.lock();
    try {
      while (!closed) {
        Host h = schedule.peek();
        if (h == null || h.readyAt - nanoTime.getAsLong() > 0) {
          return null;
        }
        Lease lease = lease(schedule.poll());
        if (lease != null) {
          return lease;
        }
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Gives a lease's host back.
   *
   * @param notBeforeNanos the earliest {@link System#nanoTime()} of the host's next request; an
   *     earlier time than the one already set is ignored
   * @param requeue whether the URL goes back to the head of its host's queue (to be tried again)
   * @throws IllegalStateException when the lease was released already
   */
  public void release(Lease lease, long notBeforeNanos, boolean requeue) {
    lock.lock();
    try {
      if (lease.released) {
        throw new IllegalStateException("released twice: " + lease);
      }
      lease.released = true;
      Host h = lease.host;
      h.inFlight = false;
      if (notBeforeNanos - h.readyAt > 0) {
        h.readyAt = notBeforeNanos;
      }
      if (requeue) {
        h.first = new Lease(h, lease.url, lease.handle, lease.encodedBytes);
        size++;
        bytes += lease.encodedBytes;
      }
      schedule(h);
      if (hosts.size() > sweepAbove) {
        forgetIdleHosts();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Takes every queued URL whose handle matches out of the frontier; returns their handles. */
  public int[] removeIf(IntPredicate matches) {
    lock.lock();
    try {
      int[] removed = new int[16];
      int n = 0;
      for (Host h : hosts.values()) {
        if (h.first != null && matches.test(h.first.handle)) {
          removed = grow(removed, n);
          removed[n++] = h.first.handle;
          size--;
          bytes -= h.first.encodedBytes;
          h.first = null;
        }
        if (h.count == 0) {
          continue;
        }
        List<Lease> kept = new ArrayList<>();
        while (h.count > 0) {
          Lease lease = readEntry(h);
          size--;
          bytes -= lease.encodedBytes;
          if (matches.test(lease.handle)) {
            removed = grow(removed, n);
            removed[n++] = lease.handle;
          } else {
            kept.add(lease);
          }
        }
        for (Lease lease : kept) {
          append(h, encode(lease.url, lease.handle));
        }
        if (h.isEmpty()) {
          h.origins = NO_ORIGINS;
        }
      }
      if (n > 0) {
        room.signalAll();
      }
      return Arrays.copyOf(removed, n);
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every waiting {@link #take} with null; offers fail from now on. */
  public void close() {
    lock.lock();
    try {
      closed = true;
      work.signalAll();
      room.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** URLs queued, not counting those handed out. */
  public int size() {
    lock.lock();
    try {
      return size;
    } finally {
      lock.unlock();
    }
  }

  /** Encoded bytes queued (the figure {@code maxBytes} bounds). */
  public long bytes() {
    lock.lock();
    try {
      return bytes;
    } finally {
      lock.unlock();
    }
  }

  /** Hosts known: with queued URLs, out, or idle and remembered for their next-request time. */
  public int hosts() {
    lock.lock();
    try {
      return hosts.size();
    } finally {
      lock.unlock();
    }
  }

  /** Heap held by the block pages (they are kept at their peak). */
  long reservedBytes() {
    lock.lock();
    try {
      return blocks.reservedBytes();
    } finally {
      lock.unlock();
    }
  }

  int blocksInUse() {
    lock.lock();
    try {
      return blocks.blocksInUse();
    } finally {
      lock.unlock();
    }
  }

  private static Encoded encode(URI url, int handle) {
    Objects.requireNonNull(url, "url");
    String text = url.toString();
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    String origin = "";
    if (url.getScheme() != null && url.getRawAuthority() != null) {
      String o = url.getScheme() + "://" + url.getRawAuthority();
      if (text.startsWith(o)) {
        origin = o;
      }
    }
    byte[] rest = text.substring(origin.length()).getBytes(StandardCharsets.UTF_8);
    if (rest.length > MAX_URL_BYTES) {
      throw new IllegalArgumentException("URL longer than " + MAX_URL_BYTES + " bytes: "
          + text.substring(0, 100) + "...");
    }
    return new Encoded(host, origin, rest, handle);
  }

  private boolean add(Encoded e) {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    Host h = hosts.get(e.host);
    int originIndex = h == null ? 0 : originIndex(h, e.origin);
    int entryBytes = e.size(originIndex);
    if (entryBytes > maxBytes) {
      throw new IllegalArgumentException("URL longer than the frontier's byte bound: " + entryBytes);
    }
    if (size >= maxUrls || bytes + entryBytes > maxBytes) {
      return false;
    }
    if (h == null) {
      h = new Host(e.host, nanoTime.getAsLong());
      hosts.put(e.host, h);
    }
    append(h, e);
    schedule(h);
    return true;
  }

  /** The index {@code origin} has or will get in the host's table. */
  private static int originIndex(Host h, String origin) {
    for (int i = 0; i < h.origins.length; i++) {
      if (h.origins[i].equals(origin)) {
        return i;
      }
    }
    return h.origins.length;
  }

  private void append(Host h, Encoded e) {
    int originIndex = originIndex(h, e.origin);
    if (originIndex == h.origins.length) {
      h.origins = Arrays.copyOf(h.origins, originIndex + 1);
      h.origins[originIndex] = e.origin;
    }
    writeVarint(h, originIndex);
    writeVarint(h, e.rest.length);
    for (byte b : e.rest) {
      writeByte(h, b);
    }
    writeVarint(h, e.handle);
    h.count++;
    size++;
    bytes += e.size(originIndex);
  }

  private Lease lease(Host h) {
    h.scheduled = false;
    Lease lease;
    if (h.first != null) {
      lease = h.first;
      h.first = null;
    } else if (h.count > 0) {
      lease = readEntry(h);
    } else {
      return null;
    }
    size--;
    bytes -= lease.encodedBytes;
    h.inFlight = true;
    if (h.isEmpty()) {
      h.origins = NO_ORIGINS;
    }
    room.signalAll();
    return lease;
  }

  /** Reads the head entry of the host's chain, freeing the blocks it leaves behind. */
  private Lease readEntry(Host h) {
    int originIndex = readVarint(h);
    int length = readVarint(h);
    byte[] rest = new byte[length];
    for (int i = 0; i < length; i++) {
      rest[i] = readByte(h);
    }
    int handle = readVarint(h);
    h.count--;
    if (h.count == 0) {
      blocks.free(h.head);
      h.head = -1;
      h.tail = -1;
    }
    URI url = URI.create(h.origins[originIndex] + new String(rest, StandardCharsets.UTF_8));
    int encodedBytes = varintSize(originIndex) + varintSize(length) + length + varintSize(handle);
    return new Lease(h, url, handle, encodedBytes);
  }

  private void writeByte(Host h, byte b) {
    if (h.tail < 0) {
      h.head = h.tail = blocks.allocate();
      h.headPos = 0;
      h.tailPos = 0;
    } else if (h.tailPos == BlockStore.BLOCK_BYTES) {
      int block = blocks.allocate();
      blocks.link(h.tail, block);
      h.tail = block;
      h.tailPos = 0;
    }
    blocks.put(h.tail, h.tailPos++, b);
  }

  private byte readByte(Host h) {
    if (h.headPos == BlockStore.BLOCK_BYTES) {
      int used = h.head;
      h.head = blocks.next(used);
      blocks.free(used);
      h.headPos = 0;
    }
    return blocks.get(h.head, h.headPos++);
  }

  private void writeVarint(Host h, int value) {
    while ((value & ~0x7f) != 0) {
      writeByte(h, (byte) ((value & 0x7f) | 0x80));
      value >>>= 7;
    }
    writeByte(h, (byte) value);
  }

  private int readVarint(Host h) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = readByte(h);
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  static int varintSize(int value) {
    int n = 1;
    while ((value & ~0x7f) != 0) {
      value >>>= 7;
      n++;
    }
    return n;
  }

  private void schedule(Host h) {
    if (!h.inFlight && !h.scheduled && !h.isEmpty()) {
      h.turn = turns++;
      h.scheduled = true;
      schedule.add(h);
      if (schedule.peek() == h) {
        leader = null;
        wake(h);
      }
    }
  }

  /**
   * Wakes takers for the first host: all of them when it is due already (there may be a backlog
   * of due hosts to share out, and a chain of single wake-ups is slow on a busy machine), else one
   * to wait for its time.
   */
  private void wake(Host first) {
    if (first.readyAt - nanoTime.getAsLong() <= 0) {
      work.signalAll();
    } else {
      work.signal();
    }
  }

  /** Forgets hosts with nothing queued whose delay has passed; rarely, so the sweep is cheap overall. */
  private void forgetIdleHosts() {
    long now = nanoTime.getAsLong();
    for (Iterator<Host> it = hosts.values().iterator(); it.hasNext(); ) {
      Host h = it.next();
      if (!h.inFlight && !h.scheduled && h.isEmpty() && h.readyAt - now <= 0) {
        it.remove();
      }
    }
    sweepAbove = Math.max(MAX_IDLE_HOSTS, 2 * hosts.size());
  }

  private static int[] grow(int[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
  }
}
