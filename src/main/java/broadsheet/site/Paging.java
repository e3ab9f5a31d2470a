package broadsheet.site;

import broadsheet.web.PageError;

/** Which page of a list a reader asked for, checked against how many pages there are. */
public record Paging(int page, int pages, int size, String basePath) {
  public static final int SIZE = 20;

  /** Reads ?page=N: absent means 1; anything but a page that exists is a 400, never a 500. */
  public static Paging of(String param, int total, String basePath) {
    int pages = Math.max(1, (total + SIZE - 1) / SIZE);
    int page = 1;
    if (param != null) {
      if (!param.matches("[0-9]{1,9}")) {
        throw PageError.badRequest(
            "The page number must be a whole number from 1 to " + pages + ".");
      }
      page = Integer.parseInt(param);
      if (page < 1 || page > pages) {
        throw PageError.badRequest(
            "There is no page " + page + " here; pages run from 1 to " + pages + ".");
      }
    }
    return new Paging(page, pages, SIZE, basePath);
  }

  public int offset() {
    return (page - 1) * size;
  }

  public String url(int n) {
    return n == 1 ? basePath : basePath + "?page=" + n;
  }

  public String previous() {
    return page > 1 ? url(page - 1) : null;
  }

  public String next() {
    return page < pages ? url(page + 1) : null;
  }
}
