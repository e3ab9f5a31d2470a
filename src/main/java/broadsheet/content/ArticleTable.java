package broadsheet.content;

import broadsheet.store.Instants;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The articles table's one mapping: its columns, listed once, how a draft fills them and how a row
 * reads back. Reads, writes and the import's batches all take their SQL from here, with positional
 * parameters and columns read by position, which SQLite and PostgreSQL run alike. A new column is a
 * constant here, a field of {@link Article} and {@link ArticleDraft}, and a migration.
 */
final class ArticleTable {
  /**
   * The columns in the order a select lists them (a column's name is the constant's, in lower
   * case); each that a draft writes says where its value comes from, a String or a Long.
   */
  enum Column {
    ID(null),
    SLUG(ArticleDraft::slug),
    SECTION_ID(ArticleDraft::sectionId),
    HEADLINE(ArticleDraft::headline),
    STANDFIRST(ArticleDraft::standfirst),
    BODY_MARKDOWN(ArticleDraft::bodyMarkdown),
    BODY_HTML(ArticleDraft::bodyHtml),
    STATUS(d -> d.status().code()),
    TIME_ZONE(d -> d.timeZone().getId()),
    CREATED_AT(null), // set once, by the insert
    PUBLISHED_AT(d -> Instants.format(d.publishedAt())),
    UPDATED_AT(d -> Instants.format(d.updatedAt())),
    IMAGE_URL(d -> d.image() == null ? null : d.image().url()),
    IMAGE_ALT(d -> d.image() == null ? null : d.image().alt()),
    IMAGE_CAPTION(d -> d.image() == null ? null : d.image().caption()),
    IMAGE_CREDIT(d -> d.image() == null ? null : d.image().credit()),
    CANONICAL_URL(ArticleDraft::canonicalUrl),
    SEO_TITLE(ArticleDraft::seoTitle),
    SEO_DESCRIPTION(ArticleDraft::seoDescription);

    private final Function<ArticleDraft, Object> fromDraft;

    Column(Function<ArticleDraft, Object> fromDraft) {
      this.fromDraft = fromDraft;
    }

    String sqlName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Its position in a select's result. */
    int at() {
      return ordinal() + 1;
    }
  }

  /** The columns a draft writes, in the order {@link #bind} sets them. */
  private static final List<Column> DRAFTED =
      Arrays.stream(Column.values()).filter(c -> c.fromDraft != null).toList();

  private static final Columns WRITTEN =
      new Columns(DRAFTED.stream().map(Column::sqlName).toList());

  /** Where the joined section's columns start in a select's result. */
  private static final int SECTION_AT = Column.values().length + 1;

  /** A new article's row, from {@link #bind} and then its creation time; returns its id. */
  static final String INSERT =
      "INSERT INTO articles ("
          + WRITTEN.list()
          + ", created_at) VALUES ("
          + WRITTEN.marks()
          + ", ?) RETURNING id";

  /** Every column a draft writes, from {@link #bind}, and then the article's id. */
  static final String UPDATE = "UPDATE articles SET " + WRITTEN.assignments() + " WHERE id = ?";

  private ArticleTable() {}

  /**
   * Every column of {@code articles a} with its section {@code s}, for {@link #read}; the columns
   * named {@code unread} come back empty without being read (bodies a page does not show).
   */
  static String select(Set<Column> unread) {
    return "SELECT "
        + Arrays.stream(Column.values())
            .map(c -> unread.contains(c) ? "'' AS " + c.sqlName() : "a." + c.sqlName())
            .collect(Collectors.joining(", "))
        + ", "
        + SectionTable.COLUMNS.list("s")
        + " FROM articles a JOIN sections s ON s.id = a.section_id";
  }

  /**
   * Sets the draft's columns as parameters from {@code first} on; returns the index of the next
   * parameter.
   */
  static int bind(PreparedStatement stmt, int first, ArticleDraft d) throws SQLException {
    int i = first;
    for (Column c : DRAFTED) {
      Object value = c.fromDraft.apply(d);
      if (value instanceof Long n) {
        stmt.setLong(i++, n);
      } else {
        stmt.setString(i++, (String) value);
      }
    }
    return i;
  }

  /** A row of {@link #select}: the article without its byline, tags and corrections. */
  static Article read(ResultSet rs) throws SQLException {
    String imageUrl = rs.getString(Column.IMAGE_URL.at());
    FeaturedImage image =
        imageUrl == null
            ? null
            : new FeaturedImage(
                imageUrl,
                rs.getString(Column.IMAGE_ALT.at()),
                rs.getString(Column.IMAGE_CAPTION.at()),
                rs.getString(Column.IMAGE_CREDIT.at()));
    return new Article(
        rs.getLong(Column.ID.at()),
        rs.getString(Column.SLUG.at()),
        SectionTable.read(rs, SECTION_AT),
        rs.getString(Column.HEADLINE.at()),
        rs.getString(Column.STANDFIRST.at()),
        rs.getString(Column.BODY_MARKDOWN.at()),
        rs.getString(Column.BODY_HTML.at()),
        Status.of(rs.getString(Column.STATUS.at())),
        ZoneId.of(rs.getString(Column.TIME_ZONE.at())),
        Instants.parse(rs.getString(Column.CREATED_AT.at())),
        Instants.parse(rs.getString(Column.PUBLISHED_AT.at())),
        Instants.parse(rs.getString(Column.UPDATED_AT.at())),
        image,
        rs.getString(Column.CANONICAL_URL.at()),
        rs.getString(Column.SEO_TITLE.at()),
        rs.getString(Column.SEO_DESCRIPTION.at()),
        List.of(),
        List.of(),
        List.of());
  }
}
