package broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.TestStore;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content named by id is found where it lives now, in the shapes of Addresses, or not at all. */
class CurrentAddressesTest {
  @TempDir Path dir;

  @Test
  void eachKindIsFoundAtItsCurrentAddressAndUnpublishedWorkAtNone() {
    try (Database db = TestStore.open(dir)) {
      Fixtures f = Fixtures.on(db).settings("The Test Courier", "");
      long city = f.section("city", "City", null);
      long ada = f.author("ada-quill", "Ada Quill");
      long tram = f.article("tram-line", city, "Tram line", "Text.", ada, List.of("Trams"), 1);
      long draft = f.article("tram-draft", city, "Draft", "Text.", ada, List.of(), 1, Status.DRAFT);
      f.page("about", "About us", "We are a paper.");
      long about = new PageRepository(db).findBySlug("about").orElseThrow().id();
      long trams = new TagRepository(db).findBySlug("trams").orElseThrow().id();
      var addresses = new CurrentAddresses(db);

      assertThat(addresses.article(tram)).contains("/city/tram-line");
      assertThat(addresses.section(city)).contains("/city");
      assertThat(addresses.author(ada)).contains("/author/ada-quill");
      assertThat(addresses.tag(trams)).contains("/tag/trams");
      assertThat(addresses.page(about)).contains("/page/about");

      assertThat(addresses.article(draft)).isEqualTo(Optional.empty());
      assertThat(addresses.article(999_999)).isEqualTo(Optional.empty());
      assertThat(addresses.tag(999_999)).isEqualTo(Optional.empty());
    }
  }
}
