package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

  @ParameterizedTest(name = "{0}: public={1}, loopback-allowed={2}")
  @CsvSource({
    // address,                 publicOnly, allowingLoopback
    "93.184.216.34,             true,  true",   // an ordinary public server
    "8.8.8.8,                   true,  true",
    "1.1.1.1,                   true,  true",
    "100.63.255.255,            true,  true",   // just below CGNAT
    "100.128.0.0,               true,  true",   // just above CGNAT
    "172.15.255.255,            true,  true",   // just below 172.16/12
    "172.32.0.0,                true,  true",   // just above 172.16/12
    "169.253.255.255,           true,  true",
    "223.255.255.255,           true,  true",
    "127.0.0.1,                 false, true",
    "127.255.255.254,           false, true",
    "10.0.0.1,                  false, false",
    "10.255.255.255,            false, false",
    "172.16.0.1,                false, false",
    "172.31.255.255,            false, false",
    "192.168.1.1,               false, false",
    "169.254.169.254,           false, false",  // cloud metadata
    "169.254.0.1,               false, false",
    "100.64.0.1,                false, false",  // CGNAT
    "100.127.255.255,           false, false",
    "0.0.0.0,                   false, false",
    "0.1.2.3,                   false, false",
    "224.0.0.1,                 false, false",  // multicast
    "239.255.255.250,           false, false",
    "240.0.0.1,                 false, false",  // reserved
    "255.255.255.255,           false, false",  // broadcast
    "192.0.0.8,                 false, false",
    "192.0.2.1,                 false, false",  // documentation
    "198.18.0.1,                false, false",  // benchmarking
    "198.51.100.7,              false, false",
    "203.0.113.9,               false, false",
    "2606:4700:4700::1111,      true,  true",   // public IPv6
    "2a00:1450:4001:82b::200e,  true,  true",
    "::1,                       false, true",
    "::,                        false, false",
    "fe80::1,                   false, false",  // link-local
    "febf:ffff::1,              false, false",
    "fec0::1,                   false, false",  // site-local
    "fc00::1,                   false, false",  // unique-local
    "fd12:3456:789a::1,         false, false",
    "ff02::1,                   false, false",  // multicast
    "::ffff:127.0.0.1,          false, true",   // IPv4-mapped
    "::ffff:169.254.169.254,    false, false",
    "::ffff:10.0.0.1,           false, false",
    "::ffff:93.184.216.34,      true,  true",
    "::10.0.0.1,                false, false",  // IPv4-compatible (deprecated)
    "::127.0.0.1,               false, true",
    "64:ff9b::a9fe:a9fe,        false, false",  // NAT64 of 169.254.169.254
    "64:ff9b::5db8:d822,        true,  true",   // NAT64 of 93.184.216.34
    "2002:a00:1::,              false, false",  // 6to4 of 10.0.1.0
    "2002:5db8:d822::1,         true,  true",   // 6to4 of 93.184.216.34
    "2001:0:4136:e378::1,       false, false",  // Teredo
    "2001:db8::1,               false, false",  // documentation
  })
  void judgesAddressesByRange(String address, boolean publicOnly, boolean allowingLoopback)
      throws Exception {
    InetAddress a = InetAddress.getByName(address);

    assertThat(AddressPolicy.publicOnly().permits(a)).isEqualTo(publicOnly);
    assertThat(AddressPolicy.allowingLoopback().permits(a)).isEqualTo(allowingLoopback);
  }

  @Test
  void hostIsRefusedWhenAnyOfItsAddressesIsRefused() throws Exception {
    InetAddress[] mixed = {
        InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")};
    AddressPolicy policy = new AddressPolicy(false, host -> mixed);

    FetchException e = catchThrowableOfType(FetchException.class,
        () -> policy.check(URI.create("http://news.example/")));

    assertThat(e.reason()).isEqualTo("address-refused");
    assertThat(e).hasMessageContaining("10.1.2.3");
  }

  @Test
  void hostWithOnlyPublicAddressesIsAllowed() throws Exception {
    InetAddress[] both = {
        InetAddress.getByName("93.184.216.34"), InetAddress.getByName("2606:4700::6810:84e5")};
    AddressPolicy policy = new AddressPolicy(false, host -> both);

    assertThat(policy.check(URI.create("http://news.example/"))).containsExactly(both);
  }

  @Test
  void hostThatDoesNotResolveIsAnIoFailure() {
    AddressPolicy policy = new AddressPolicy(false, host -> {
      throw new UnknownHostException(host);
    });

    FetchException e = catchThrowableOfType(FetchException.class,
        () -> policy.check(URI.create("http://nowhere.invalid/")));

    assertThat(e.reason()).isEqualTo("io");
  }
}
