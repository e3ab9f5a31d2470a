package broadsheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, run offline in-process: the errors it finds in a page, none expected. */
public final class HtmlChecker {
  private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

  /** Where the one validator reports the page it is checking now. */
  private static List<String> errors = new ArrayList<>();

  /** Set up once (loading the schema costs far more than checking a page) and reused. */
  private static SimpleDocumentValidator validator;

  private HtmlChecker() {}

  /** Error messages with line numbers; an empty list means the page is valid HTML. */
  public static synchronized List<String> errors(String html) {
    errors = new ArrayList<>();
    try {
      if (validator == null) {
        validator = validator();
      }
      InputSource source =
          new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      source.setEncoding("UTF-8");
      validator.checkHtmlInputSource(source);
    } catch (Exception e) {
      validator = null;
      throw new IllegalStateException("the HTML checker could not run: " + e, e);
    }
    return errors;
  }

  private static SimpleDocumentValidator validator() throws Exception {
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(SCHEMA, handler);
    validator.setUpValidatorAndParsers(handler, true, false);
    return validator;
  }
}
