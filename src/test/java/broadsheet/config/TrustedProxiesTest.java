package broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request comes from, given the proxies named in --trusted-proxy. */
class TrustedProxiesTest {
  private final TrustedProxies proxies =
      TrustedProxies.parse("10.0.0.0/8, 192.168.1.1 2001:db8::/32,::1");

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(TrustedProxies.NONE.client("10.1.2.3", "203.0.113.7")).isEqualTo("10.1.2.3");
    assertThat(TrustedProxies.parse("").client("127.0.0.1", "203.0.113.7")).isEqualTo("127.0.0.1");
  }

  @Test
  void fromATrustedProxyTheNearestUntrustedHopIsTheClient() {
    assertThat(proxies.client("10.1.2.3", "203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(proxies.client("192.168.1.1", "198.51.100.1, 203.0.113.7, 10.9.9.9"))
        .isEqualTo("203.0.113.7");
    assertThat(proxies.client("2001:db8::1", "2001:DB8:0:0:0:0:0:2, 2a00:1450::5"))
        .isEqualTo("2a00:1450:0:0:0:0:0:5");
    assertThat(proxies.client("[::1]", "203.0.113.7")).isEqualTo("203.0.113.7");
    // Every hop trusted: the farthest one is the client.
    assertThat(proxies.client("10.0.0.1", "10.0.0.2")).isEqualTo("10.0.0.2");
  }

  /**
   * A proxy that adds a line of its own after the client's (haproxy's option forwardfor does) is
   * read from its own line: the client's line cannot name the client.
   */
  @Test
  void severalHeaderLinesAreOneListInTheirOrder() {
    assertThat(proxies.clientOf("10.1.2.3", List.of("198.51.100.99", "203.0.113.7")))
        .isEqualTo("203.0.113.7");
    assertThat(proxies.clientOf("10.1.2.3", List.of("198.51.100.99", "10.0.0.5, 203.0.113.7")))
        .isEqualTo("203.0.113.7");
    assertThat(proxies.clientOf("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
  }

  @Test
  void anUntrustedSenderOrAHopThatIsNoAddressEndsTheWalk() {
    assertThat(proxies.client("192.168.1.2", "203.0.113.7")).isEqualTo("192.168.1.2");
    assertThat(proxies.client("10.1.2.3", "203.0.113.7, localhost")).isEqualTo("10.1.2.3");
    assertThat(proxies.client("10.1.2.3", "203.0.113.7, 999.1.1.1")).isEqualTo("10.1.2.3");
    assertThat(proxies.client("10.1.2.3", "")).isEqualTo("10.1.2.3");
    assertThat(proxies.client("10.1.2.3", null)).isEqualTo("10.1.2.3");
  }

  @Test
  void rangesMatchOnTheirPrefixOnly() {
    TrustedProxies odd = TrustedProxies.parse("172.16.0.0/12");
    assertThat(odd.client("172.31.255.255", "203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(odd.client("172.32.0.0", "203.0.113.7")).isEqualTo("172.32.0.0");
    assertThat(TrustedProxies.parse("0.0.0.0/0").client("8.8.8.8", "203.0.113.7"))
        .isEqualTo("203.0.113.7");
    // An IPv4 range says nothing about IPv6 senders.
    assertThat(odd.client("2001:db8::1", "203.0.113.7")).isEqualTo("2001:db8:0:0:0:0:0:1");
  }

  @Test
  void aBadValueIsRefusedAsBadUsage() {
    for (String bad : new String[] {"10.0.0.0/33", "proxy.example", "::1/129", "10.0.0/8", "1/2"}) {
      assertThatThrownBy(() -> TrustedProxies.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidSetting.class)
          .hasMessageStartingWith("--trusted-proxy takes addresses or CIDR ranges");
    }
  }
}
