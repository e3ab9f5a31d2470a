package broadsheet.hostile;

import broadsheet.RunningSite;
import broadsheet.browser.Browser;
import broadsheet.newsroom.Newsroom;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Chromium loads the pages that show the corpus, with a hook installed before any page's script:
 * hostile(), alert(), confirm(), prompt() and print() record their call instead of acting, and
 * every Content-Security-Policy violation is recorded too (a refused inline script or handler is
 * markup that got through, even though the policy stopped it).
 */
final class InBrowser {
  private static final String HOOK =
      """
      (() => {
        const calls = [];
        Object.defineProperty(window, '__corpusCalls', {value: calls});
        for (const name of ['hostile', 'alert', 'confirm', 'prompt', 'print']) {
          window[name] = function () { calls.push(name + '(' + Array.from(arguments).join(',') + ')'); };
        }
        document.addEventListener('securitypolicyviolation', e =>
          calls.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
      })();
      """;

  /** After the page and a turn of its event loop: what the hook saw, and handlers in the DOM. */
  private static final String REPORT =
      """
      const done = arguments[arguments.length - 1];
      setTimeout(() => {
        const found = Array.from(window.__corpusCalls || ['the hook is missing']);
        for (const e of document.querySelectorAll('*')) {
          for (const a of e.attributes) {
            if (a.name.toLowerCase().startsWith('on')) found.push('handler ' + e.tagName + ' ' + a.name);
          }
        }
        done(found);
      }, 0);
      """;

  private final RunningSite site;
  private final Desk desk;

  InBrowser(RunningSite site, Desk desk) {
    this.site = site;
    this.desk = desk;
  }

  /**
   * What ran or was injected on these pages (newsroom pages as the signed-in desk): none, we hope.
   */
  List<String> visit(List<String> paths) throws IOException {
    ChromeDriver browser = Browser.start();
    try {
      browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
      browser.get(site.url("/robots.txt"));
      browser
          .manage()
          .addCookie(
              new Cookie.Builder(Newsroom.STAFF_COOKIE, desk.session())
                  .path("/")
                  .isHttpOnly(true)
                  .build());
      List<String> ran = new ArrayList<>();
      for (String path : paths) {
        try {
          browser.get(site.url(path));
          @SuppressWarnings("unchecked")
          List<Object> found = (List<Object>) browser.executeAsyncScript(REPORT);
          found.forEach(f -> ran.add(path + ": " + f));
        } catch (UnhandledAlertException e) {
          ran.add(path + ": a dialog opened: " + e.getAlertText());
        }
      }
      ran.addAll(Browser.policyViolations(browser));
      return ran;
    } finally {
      browser.quit();
    }
  }
}
