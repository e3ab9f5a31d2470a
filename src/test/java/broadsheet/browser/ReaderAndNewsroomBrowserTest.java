package broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.content.AuthorRepository;
import broadsheet.newsroom.AccountRepository;
import broadsheet.newsroom.Accounts;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What people click, in a real browser: the consent banner, and a story from draft to home page.
 */
class ReaderAndNewsroomBrowserTest {
  @RegisterExtension final RunningSite site = RunningSite.with(Fixtures::smallPaper);
  private ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    browser = Browser.start();
    var accounts =
        new Accounts(
            new AccountRepository(site.app().database()),
            new AuthorRepository(site.app().database()));
    accounts.add(
        "writer@test.example",
        "Wendy Writer",
        "contributor",
        "writer password 123",
        new HashMap<>());
    accounts.add(
        "editor@test.example", "Eddie Editor", "editor", "editor password 123", new HashMap<>());
  }

  /**
   * Neither the reader's nor the newsroom's pages ask for anything their Content-Security-Policy
   * refuses; and the console does report it when a page breaks the policy (an inline script).
   */
  @AfterEach
  void noPolicyViolationsThenStop() {
    if (browser == null) {
      return;
    }
    try {
      assertThat(Browser.policyViolations(browser)).isEmpty();
      browser.executeScript(
          "var s = document.createElement('script'); s.textContent = 'window.ran = 1';"
              + " document.head.appendChild(s);");
      assertThat(Browser.policyViolations(browser)).isNotEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void aReaderRejectsCookiesAndThenLoadsAVideoFromItsPlaceholder() {
    browser.get(site.url("/city/tram-line-opens"));
    assertThat(browser.manage().getCookies()).isEmpty();
    click(By.cssSelector(".consent-banner button[value=reject]"));
    gone(By.cssSelector(".consent-banner"));
    assertThat(browser.getCurrentUrl()).endsWith("/city/tram-line-opens");
    assertThat(browser.manage().getCookieNamed("consent").getValue()).isEqualTo("v1-a0-m0-e0");
    assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();

    click(By.cssSelector(".embed-placeholder button"));
    assertThat(find(By.cssSelector(".story iframe")).getAttribute("src"))
        .contains("youtube-nocookie.com/embed/tram-video");

    click(By.linkText("Cookie settings"));
    click(By.cssSelector(".consent-actions button[value=reject]"));
    find(By.cssSelector(".embed-placeholder button"));
    assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();
  }

  @Test
  void aContributorWritesAndSubmitsAndAnEditorPublishesToTheHomePage() {
    signIn("writer@test.example", "writer password 123");
    click(By.linkText("New article"));
    find(By.id("f-headline")).sendKeys("Lighthouse keeper retires after forty years");
    browser
        .findElement(By.id("f-standfirst"))
        .sendKeys("Margaret Dunn climbed the 112 steps for the last time.");
    browser
        .findElement(By.id("f-body"))
        .sendKeys("She climbed the steps every night.\n\nIt was **“the best job in the world.”**");
    new Select(browser.findElement(By.id("f-section"))).selectByVisibleText("City");
    browser.findElement(By.id("f-tags")).sendKeys("Lighthouse");
    click(By.cssSelector("button[value=preview]"));
    assertThat(find(By.cssSelector(".preview-pane strong")).getText())
        .isEqualTo("“the best job in the world.”");
    click(By.cssSelector("button[value=save]"));
    waitForText(".notice", "Saved.");
    assertThat(browser.findElements(By.xpath("//button[text()='Publish']"))).isEmpty();
    click(By.xpath("//button[text()='Submit for review']"));
    waitForText(".article-status .status", "review");
    click(By.cssSelector(".sign-out button"));
    find(By.id("email"));

    signIn("editor@test.example", "editor password 123");
    new Select(find(By.id("filter-status"))).selectByVisibleText("review");
    click(By.cssSelector(".filters button"));
    click(By.linkText("Lighthouse keeper retires after forty years"));
    click(By.xpath("//button[text()='Publish']"));
    waitForText(".article-status .status", "published");

    browser.manage().deleteAllCookies();
    browser.get(site.url("/"));
    click(By.linkText("Lighthouse keeper retires after forty years"));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.titleIs(
                "Lighthouse keeper retires after forty years | City | The Test Courier"));
    assertThat(find(By.cssSelector(".byline")).getText()).contains("Wendy Writer");
  }

  /** An element of the page a previous click is leading to, once it is there. */
  private org.openqa.selenium.WebElement find(By what) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(what));
  }

  /** Waits until the page a click led to no longer has any such element. */
  private void gone(By what) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.numberOfElementsToBe(what, 0));
  }

  /** Clicks an element of the page a previous click is leading to, once it is there. */
  private void click(By what) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.elementToBeClickable(what))
        .click();
  }

  /** Waits for the page a click led to, then for the text to be there. */
  private void waitForText(String css, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBe(By.cssSelector(css), text));
  }

  private void signIn(String email, String password) {
    browser.get(site.url("/admin"));
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("main button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/admin/articles"));
  }
}
