package broadsheet.checks;

import java.util.Locale;

/** The host of a link, read without a URL parser's exceptions or any name lookup. */
final class Hosts {
  private Hosts() {}

  /** The lower-case host of an absolute http(s) or protocol-relative address, else "". */
  static String of(String address) {
    String a = address == null ? "" : address.strip();
    int from;
    if (a.regionMatches(true, 0, "http://", 0, 7)) {
      from = 7;
    } else if (a.regionMatches(true, 0, "https://", 0, 8)) {
      from = 8;
    } else if (a.startsWith("//")) {
      from = 2;
    } else {
      return "";
    }
    int end = from;
    while (end < a.length() && "/?#".indexOf(a.charAt(end)) < 0) {
      end++;
    }
    String authority = a.substring(from, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? "" : authority.substring(0, close + 1).toLowerCase(Locale.ROOT);
    }
    int colon = authority.indexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    return host.endsWith(".")
        ? host.substring(0, host.length() - 1).toLowerCase(Locale.ROOT)
        : host.toLowerCase(Locale.ROOT);
  }

  /** Whether no reader can reach the host: this machine, a private network, a local name. */
  static boolean isPrivate(String host) {
    if (host.equals("localhost")
        || host.endsWith(".localhost")
        || host.endsWith(".local")
        || host.endsWith(".internal")
        || host.equals("0.0.0.0")) {
      return true;
    }
    if (host.startsWith("[")) {
      String v6 = host.substring(1, host.length() - 1);
      return v6.equals("::1")
          || v6.startsWith("fc")
          || v6.startsWith("fd")
          || v6.startsWith("fe80:");
    }
    int[] ip = ipv4(host);
    if (ip == null) {
      return false;
    }
    return ip[0] == 127
        || ip[0] == 10
        || (ip[0] == 192 && ip[1] == 168)
        || (ip[0] == 172 && ip[1] >= 16 && ip[1] <= 31)
        || (ip[0] == 169 && ip[1] == 254);
  }

  private static int[] ipv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    int[] out = new int[4];
    for (int i = 0; i < 4; i++) {
      if (parts[i].isEmpty()
          || parts[i].length() > 3
          || !parts[i].chars().allMatch(Character::isDigit)) {
        return null;
      }
      out[i] = Integer.parseInt(parts[i]);
      if (out[i] > 255) {
        return null;
      }
    }
    return out;
  }

  /** Whether {@code host} is {@code other} or its www. twin. */
  static boolean same(String host, String other) {
    String a = host.startsWith("www.") ? host.substring(4) : host;
    String b = other.startsWith("www.") ? other.substring(4) : other;
    return !a.isEmpty() && a.equals(b);
  }
}
