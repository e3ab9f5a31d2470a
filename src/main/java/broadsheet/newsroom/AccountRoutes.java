package broadsheet.newsroom;

import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** Admins' screen for staff accounts: create, change role, disable. */
final class AccountRoutes {
  private final Accounts accounts;
  private final AccountRepository repository;
  private final Templates templates;
  private final AdminFrames frames;

  AccountRoutes(
      Accounts accounts, AccountRepository repository, Templates templates, AdminFrames frames) {
    this.accounts = accounts;
    this.repository = repository;
    this.templates = templates;
    this.frames = frames;
  }

  void register(JavalinConfig config) {
    config.routes.get("/admin/accounts", ctx -> page(ctx, Map.of(), "", "", "", null));
    config.routes.post("/admin/accounts", this::create);
    config.routes.post("/admin/accounts/{id}", this::update);
  }

  private void create(Context ctx) {
    requireAdmin(ctx);
    String email = Forms.value(ctx, "email");
    String name = Forms.value(ctx, "name");
    String role = Forms.value(ctx, "role");
    Map<String, String> errors = new LinkedHashMap<>();
    Accounts.Created created = accounts.add(email, name, role, null, errors);
    if (created == null) {
      ctx.status(400);
      page(ctx, errors, email, name, role, null);
      return;
    }
    page(
        ctx, Map.of(), "", "", "", "Account created. Its one-time password: " + created.password());
  }

  private void update(Context ctx) {
    Account me = requireAdmin(ctx);
    String id = ctx.pathParam("id");
    var account =
        id.matches("[0-9]{1,18}")
            ? repository.findById(Long.parseLong(id))
            : java.util.Optional.<Account>empty();
    if (account.isEmpty()) {
      throw new io.javalin.http.NotFoundResponse("No such account.");
    }
    Role role;
    try {
      role = Role.of(ctx.formParam("role"));
    } catch (IllegalArgumentException e) {
      throw new io.javalin.http.BadRequestResponse(e.getMessage());
    }
    boolean disabled = ctx.formParam("disabled") != null;
    if (account.get().id() == me.id() && (disabled || role != Role.ADMIN)) {
      throw new io.javalin.http.BadRequestResponse(
          "You cannot demote or disable your own account.");
    }
    repository.update(account.get().id(), role, disabled);
    ctx.redirect("/admin/accounts", HttpStatus.SEE_OTHER);
  }

  private void page(
      Context ctx,
      Map<String, String> errors,
      String email,
      String name,
      String role,
      String created) {
    requireAdmin(ctx);
    ctx.html(
        templates.render(
            "admin/accounts.jte",
            new AdminViews.Accounts(
                frames.frame(ctx, "accounts"),
                repository.all(),
                errors,
                email,
                name,
                role,
                created)));
  }

  private static Account requireAdmin(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    if (!Permissions.managesAccounts(me)) {
      throw new ForbiddenResponse("Only admins manage accounts.");
    }
    return me;
  }
}
