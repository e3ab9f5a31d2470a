package broadsheet.content;

/** The picture at the top of an article. Alt text is required to publish; credit is owed. */
public record FeaturedImage(String url, String alt, String caption, String credit) {}
