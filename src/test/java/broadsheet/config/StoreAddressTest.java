package broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A store's address as people see it: never a password, always the host and database. */
class StoreAddressTest {
  @Test
  void everyFormOfPasswordIsHidden() {
    assertThat(StoreAddress.redact("jdbc:postgresql://db:5432/news?user=web&password=s3cr%26t"))
        .isEqualTo("jdbc:postgresql://db:5432/news?user=web&password=***");
    assertThat(StoreAddress.redact("jdbc:postgresql://db/news?password=s3cret&sslmode=require"))
        .isEqualTo("jdbc:postgresql://db/news?password=***&sslmode=require");
    assertThat(StoreAddress.redact("postgresql://web:s3cret@db/news?sslpassword=key"))
        .isEqualTo("postgresql://web:***@db/news?sslpassword=***");
    // A value runs to the next parameter or space, colons included.
    assertThat(StoreAddress.redact("cannot open x?PASSWORD=s3:cret: refused"))
        .isEqualTo("cannot open x?PASSWORD=*** refused");
    assertThat(StoreAddress.redact("password=s3cret")).isEqualTo("password=***");
    assertThat(StoreAddress.redact("sqlite:/srv/paper/broadsheet.db"))
        .isEqualTo("sqlite:/srv/paper/broadsheet.db");
    assertThat(StoreAddress.redact(null)).isNull();
  }

  @Test
  void aStoreIsDescribedByHostAndDatabaseOnly() {
    assertThat(StoreAddress.describe("jdbc:postgresql://db.internal:6432/news?password=x"))
        .isEqualTo("database news on db.internal:6432");
    assertThat(StoreAddress.describe("postgresql://web:x@db/news"))
        .isEqualTo("database news on db:5432");
    assertThat(StoreAddress.describe("jdbc:postgresql:news?user=web"))
        .isEqualTo("database news on localhost:5432");
    assertThat(StoreAddress.describe("sqlite:/srv/paper/broadsheet.db"))
        .isEqualTo("the SQLite store /srv/paper/broadsheet.db");
  }
}
