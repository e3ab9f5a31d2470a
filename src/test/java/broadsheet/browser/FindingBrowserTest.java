package broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.content.AuthorRepository;
import broadsheet.newsroom.AccountRepository;
import broadsheet.newsroom.Accounts;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editorial check's finding shows next to the field it concerns, as the editor sees it. */
class FindingBrowserTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void aPreviewShowsLeakedEmphasisRightAboveTheBody() throws Exception {
    new Accounts(
            new AccountRepository(site.app().database()),
            new AuthorRepository(site.app().database()))
        .add("desk@test.example", "Dee Desk", "editor", "desk password 123", new HashMap<>());
    ChromeDriver browser = Browser.start();
    try {
      var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
      browser.get(site.url("/admin"));
      browser.findElement(By.id("email")).sendKeys("desk@test.example");
      browser.findElement(By.id("password")).sendKeys("desk password 123");
      browser.findElement(By.cssSelector("main button[type=submit]")).click();
      wait.until(ExpectedConditions.urlContains("/admin/articles"));
      browser.get(site.url("/admin/articles/new"));
      browser.findElement(By.id("f-headline")).sendKeys("Envoys meet again");
      browser.findElement(By.id("f-standfirst")).sendKeys("Talks resume in the capital.");
      browser
          .findElement(By.id("f-body"))
          .sendKeys("<p>Not a proposal that **“automatically paves the way for peace.”**</p>");
      new Select(browser.findElement(By.id("f-section"))).selectByVisibleText("City");
      browser.findElement(By.cssSelector("button[value=preview]")).click();

      WebElement finding =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#c-body li")));
      assertThat(finding.getText())
          .contains("Stops publishing")
          .contains("**“automatically paves the way for peace.”**");
      WebElement body = browser.findElement(By.id("f-body"));
      WebElement label = browser.findElement(By.cssSelector("label[for=f-body]"));
      // Between the body's label and its text box, and named by the box as its description.
      assertThat(finding.getLocation().getY())
          .isGreaterThan(label.getLocation().getY())
          .isLessThan(body.getLocation().getY());
      assertThat(body.getAttribute("aria-describedby")).isEqualTo("c-body");
    } finally {
      browser.quit();
    }
  }
}
