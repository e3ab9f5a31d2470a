package broadsheet.newsroom;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Password hashing with Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), and the
 * random tokens the newsroom hands out.
 */
final class Passwords {
  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
  private static final SecureRandom RANDOM = new SecureRandom();

  public static final int MIN_LENGTH = 12;

  private Passwords() {}

  public static String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  public static boolean matches(String password, String hash) {
    if (password == null || hash == null) {
      return false;
    }
    return Password.check(password, hash).with(ARGON2);
  }

  /** Why a new password is refused, or null when it will do. */
  public static String problem(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "Use at least " + MIN_LENGTH + " characters.";
    }
    if (password.length() > 200) {
      return "Use at most 200 characters.";
    }
    return null;
  }

  /** A random, URL-safe token of 32 bytes. */
  public static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A password a person can type, for accounts created from the command line. */
  public static String generated() {
    return token().substring(0, 20);
  }
}
