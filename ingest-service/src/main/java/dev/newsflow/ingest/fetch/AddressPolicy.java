package dev.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which network addresses a fetch may connect to: the guard against server-side request forgery,
 * where a feed or a redirect points us at the cloud metadata service, the broker, or a router's
 * admin page.
 *
 * <p>{@link #publicOnly()} refuses every address that is not globally routable: loopback
 * (127/8, ::1), private (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), link-local
 * (169.254/16 with the metadata service 169.254.169.254, fe80::/10), unique-local (fc00::/7),
 * site-local (fec0::/10), multicast, "this network" and the unspecified addresses (0/8, ::),
 * broadcast and reserved (240/4), the IETF, benchmarking and documentation ranges (192.0.0/24,
 * 198.18/15, 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32), and IPv6 forms that carry
 * an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16), judged by
 * the IPv4 address they carry. Teredo (2001::/32) is refused outright: the IPv4 address it
 * carries is obfuscated and no news site is served over it.
 *
 * <p>A host name is judged by all the addresses it resolves to: one refused address refuses the
 * host, since the HTTP client may pick any of them.
 *
 * <p>The HTTP client resolves the host again to connect. Both lookups are answered from the JVM's
 * positive DNS cache ({@code networkaddress.cache.ttl}, 30 s by default), so a name whose DNS
 * answer changes right after the check (DNS rebinding) still connects to the checked address,
 * unless the cache entry expires in the few milliseconds between the two. Setting that TTL to 0
 * would reopen the gap; closing it fully needs a client that connects to a given address.
 */
public final class AddressPolicy {

  /** Resolves a host name to all its addresses; a seam so tests can stand in for DNS. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(false, InetAddress::getAllByName);
  private static final AddressPolicy ALLOWING_LOOPBACK =
      new AddressPolicy(true, InetAddress::getAllByName);

  private final boolean loopbackAllowed;
  private final Resolver resolver;

  AddressPolicy(boolean loopbackAllowed, Resolver resolver) {
    this.loopbackAllowed = loopbackAllowed;
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** Only globally routable addresses; the production policy. */
  public static AddressPolicy publicOnly() {
    return PUBLIC_ONLY;
  }

  /**
   * Public addresses plus loopback (127/8, ::1), for tests against a local server and for
   * development. Every other non-public range stays refused.
   */
  public static AddressPolicy allowingLoopback() {
    return ALLOWING_LOOPBACK;
  }

  /** Whether a connection to this address is allowed. */
  public boolean permits(InetAddress address) {
    Objects.requireNonNull(address, "address");
    if (address instanceof Inet4Address) {
      return permitsV4(address.getAddress());
    }
    if (address instanceof Inet6Address) {
      return permitsV6(address.getAddress());
    }
    return false;
  }

  /**
   * Resolves the URL's host and returns its addresses if every one of them is permitted.
   *
   * @throws FetchException {@code address-refused} if any address is refused, {@code io} if the
   *     host does not resolve
   */
  List<InetAddress> check(URI url) throws FetchException {
    String host = url.getHost();
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchException.Reason.IO, url, "host does not resolve: " + host, e);
    } catch (RuntimeException e) {
      // The JDK throws IllegalArgumentException for some malformed literal addresses.
      throw new FetchException(FetchException.Reason.BAD_URL, url, "bad host: " + host, e);
    }
    if (addresses == null || addresses.length == 0) {
      throw new FetchException(FetchException.Reason.IO, url, "host does not resolve: " + host);
    }
    for (InetAddress a : addresses) {
      if (!permits(a)) {
        throw new FetchException(FetchException.Reason.ADDRESS_REFUSED, url,
            "address refused: " + host + " is " + a.getHostAddress());
      }
    }
    return List.of(addresses);
  }

  private boolean permitsV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (a0 == 127) {
      return loopbackAllowed;
    }
    boolean refused = a0 == 0 // "this network", 0.0.0.0 included
        || a0 == 10
        || (a0 == 100 && (a1 & 0xc0) == 64) // 100.64/10 carrier-grade NAT
        || (a0 == 169 && a1 == 254) // link-local, cloud metadata
        || (a0 == 172 && (a1 & 0xf0) == 16)
        || (a0 == 192 && a1 == 168)
        || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments
        || (a0 == 192 && a1 == 0 && a2 == 2) // TEST-NET-1
        || (a0 == 198 && (a1 & 0xfe) == 18) // benchmarking
        || (a0 == 198 && a1 == 51 && a2 == 100) // TEST-NET-2
        || (a0 == 203 && a1 == 0 && a2 == 113) // TEST-NET-3
        || a0 >= 224; // multicast, reserved, broadcast
    return !refused;
  }

  private boolean permitsV6(byte[] b) {
    if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return permitsV4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped ::ffff:a.b.c.d
    }
    if (isZero(b, 0, 12)) {
      if (isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1)) {
        return b[15] == 1 && loopbackAllowed; // :: unspecified, ::1 loopback
      }
      return permitsV4(Arrays.copyOfRange(b, 12, 16)); // deprecated IPv4-compatible ::a.b.c.d
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
        && isZero(b, 4, 12)) {
      return permitsV4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::/96
    }
    if (b0 == 0x20 && b1 == 0x02) {
      return permitsV4(Arrays.copyOfRange(b, 2, 6)); // 6to4 2002::/16
    }
    boolean refused = b0 == 0xff // multicast
        || (b0 & 0xfe) == 0xfc // unique-local fc00::/7
        || (b0 == 0xfe && (b1 & 0xc0) == 0x80) // link-local fe80::/10
        || (b0 == 0xfe && (b1 & 0xc0) == 0xc0) // site-local fec0::/10
        || (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) // Teredo 2001::/32
        || (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8);
    return !refused;
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return loopbackAllowed ? "AddressPolicy[public+loopback]" : "AddressPolicy[public]";
  }
}
