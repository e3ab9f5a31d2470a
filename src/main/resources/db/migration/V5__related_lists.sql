-- Related articles as the index found them when an article, or one close to it, was last
-- published: rendering a page then reads a short list instead of running a search.
CREATE TABLE related_articles (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  related_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, related_id)
);
CREATE INDEX related_articles_related ON related_articles (related_id);
