package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Old addresses arrive in every spelling; each comes down to one key. */
class LegacyRedirectsTest {
  @Test
  void addressesComeDownToOneKey() {
    assertThat(LegacyRedirects.key("/2025/07/10/Harbour-Wall/"))
        .isEqualTo("/2025/07/10/harbour-wall");
    assertThat(LegacyRedirects.key("//category//world///")).isEqualTo("/category/world");
    assertThat(LegacyRedirects.key("/%C3%A9t%C3%A9/")).isEqualTo("/été");
    assertThat(LegacyRedirects.key("/a+b")).isEqualTo("/a+b");
    assertThat(LegacyRedirects.key("/broken%zz")).isEqualTo("/broken%zz");
    assertThat(LegacyRedirects.key("slug")).isEqualTo("/slug");
    assertThat(LegacyRedirects.key("/")).isEqualTo("/");
    assertThat(LegacyRedirects.key("")).isEqualTo("/");
  }

  @Test
  void anItemsLinkKeepsItsPathOrItsWordPressQuery() {
    assertThat(LegacyRedirects.keyOfUrl("https://old.example/2025/07/slug/"))
        .isEqualTo("/2025/07/slug");
    assertThat(LegacyRedirects.keyOfUrl("http://old.example/?p=123")).isEqualTo("/?p=123");
    assertThat(LegacyRedirects.keyOfUrl("http://old.example/?page_id=9&preview=true"))
        .isEqualTo("/?page_id=9");
    assertThat(LegacyRedirects.keyOfUrl("https://old.example/")).isNull();
    assertThat(LegacyRedirects.keyOfUrl("not a url at all")).isNull();
    assertThat(LegacyRedirects.keyOfUrl("")).isNull();
  }
}
