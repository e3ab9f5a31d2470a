package broadsheet.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} is believed ({@code --trusted-proxy}): addresses or
 * CIDR ranges, IPv4 and IPv6. Without them a request's address is the connection's, whatever it
 * claims; behind them it is the nearest address in the header that is not a trusted proxy itself.
 */
public record TrustedProxies(List<Range> ranges) {
  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  public TrustedProxies {
    ranges = List.copyOf(ranges);
  }

  /** Reads a comma- or space-separated list; null or blank means none. */
  public static TrustedProxies parse(String value) {
    if (value == null || value.isBlank()) {
      return NONE;
    }
    List<Range> ranges = new ArrayList<>();
    for (String item : value.strip().split("[,\\s]+")) {
      ranges.add(Range.parse(item));
    }
    return new TrustedProxies(ranges);
  }

  /**
   * The client's address of a request from {@code remote} carrying this {@code X-Forwarded-For}
   * (null if none): the header is read right to left only while each hop so far is trusted, and an
   * entry that is not an address ends the walk.
   */
  public String client(String remote, String forwardedFor) {
    InetAddress current = literal(remote);
    if (current == null) {
      return remote;
    }
    if (forwardedFor != null && !ranges.isEmpty()) {
      String[] hops = forwardedFor.split(",");
      for (int i = hops.length - 1; i >= 0 && trusts(current); i--) {
        InetAddress hop = literal(hops[i]);
        if (hop == null) {
          break;
        }
        current = hop;
      }
    }
    return current.getHostAddress();
  }

  /**
   * The same for every {@code X-Forwarded-For} line of a request, in order: a proxy may add a line
   * of its own after the one a client sent, and the nearest hops are in the last.
   */
  public String clientOf(String remote, List<String> forwardedFor) {
    return client(remote, forwardedFor.isEmpty() ? null : String.join(",", forwardedFor));
  }

  public boolean trusts(InetAddress address) {
    return ranges.stream().anyMatch(r -> r.contains(address));
  }

  /** An IP address written out, never looked up by name; null if the text is not one. */
  public static InetAddress literal(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    boolean v4 = IPV4.matcher(s).matches();
    if (!v4 && !(s.contains(":") && IPV6.matcher(s).matches())) {
      return null;
    }
    try {
      return InetAddress.getByName(s);
    } catch (UnknownHostException | IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return ranges.toString();
  }

  /** One address ({@code 10.0.0.1}) or range ({@code 10.0.0.0/8}, {@code 2001:db8::/32}). */
  public record Range(InetAddress network, int prefix) {
    static Range parse(String text) {
      int slash = text.indexOf('/');
      InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        throw bad(text);
      }
      int bits = address.getAddress().length * 8;
      int prefix = bits;
      if (slash >= 0) {
        String length = text.substring(slash + 1);
        if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
          throw bad(text);
        }
        prefix = Integer.parseInt(length);
      }
      return new Range(address, prefix);
    }

    private static InvalidSetting bad(String text) {
      return new InvalidSetting(
          "--trusted-proxy takes addresses or CIDR ranges (e.g. 10.0.0.0/8, 2001:db8::/32), not "
              + text);
    }

    boolean contains(InetAddress address) {
      byte[] a = address.getAddress();
      byte[] n = network.getAddress();
      if (a.length != n.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (a[i] != n[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      int mask = (0xff << (8 - rest)) & 0xff;
      return rest == 0 || (a[full] & mask) == (n[full] & mask);
    }

    @Override
    public String toString() {
      return network.getHostAddress() + "/" + prefix;
    }
  }
}
