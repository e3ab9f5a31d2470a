package broadsheet.wordpress;

import java.util.List;

/** An export without attachments, for conversions that name none. */
final class NoMedia implements WordPressContent.Media {
  @Override
  public WordPressContent.Attachment byId(String id) {
    return null;
  }

  @Override
  public List<WordPressContent.Attachment> children(String postId) {
    return List.of();
  }
}
