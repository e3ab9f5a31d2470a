package broadsheet.newsroom;

import io.javalin.http.Context;

/** The newsroom's form fields as its screens read them. */
final class Forms {
  private Forms() {}

  /** A form field's value without surrounding space; "" when the field was not sent. */
  static String value(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  /** A text field (a body) as typed, spaces and all; "" when the field was not sent. */
  static String text(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v;
  }
}
