package broadsheet.web;

import broadsheet.content.CleanText;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The precompiled jte templates under src/main/jte; each page template takes one view record. A
 * page leaves without the characters HTML forbids, whichever field (or older store) brought them.
 */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public String render(String template, Object view) {
    StringOutput output = new StringOutput(16 * 1024);
    engine.render(template, view, output);
    return CleanText.output(output.toString());
  }
}
