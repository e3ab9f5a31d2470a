-- The content model. Portable between SQLite and PostgreSQL: ${id_column} is the one
-- placeholder that differs (an auto-assigned primary key), set per store by Database.
-- Times are ISO-8601 instants in UTC, whole seconds ("2026-11-20T08:30:00Z"): fixed width, so
-- they sort correctly as text on both stores; each article also keeps the zone it was written in.

CREATE TABLE settings (
  name  VARCHAR(100) PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE sections (
  id          ${id_column},
  slug        VARCHAR(200) NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  parent_id   BIGINT REFERENCES sections(id)
);

CREATE TABLE authors (
  id         ${id_column},
  slug       VARCHAR(200) NOT NULL UNIQUE,
  name       VARCHAR(200) NOT NULL,
  bio        TEXT NOT NULL DEFAULT '',
  avatar_url TEXT
);

CREATE TABLE tags (
  id   ${id_column},
  slug VARCHAR(200) NOT NULL UNIQUE,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE articles (
  id               ${id_column},
  slug             VARCHAR(200) NOT NULL UNIQUE,
  section_id       BIGINT NOT NULL REFERENCES sections(id),
  headline         TEXT NOT NULL,
  standfirst       TEXT NOT NULL DEFAULT '',
  body_markdown    TEXT NOT NULL DEFAULT '',
  body_html        TEXT NOT NULL DEFAULT '',
  status           VARCHAR(20) NOT NULL,
  time_zone        VARCHAR(60) NOT NULL,
  created_at       VARCHAR(30) NOT NULL,
  published_at     VARCHAR(30),
  updated_at       VARCHAR(30),
  image_url        TEXT,
  image_alt        TEXT,
  image_caption    TEXT,
  image_credit     TEXT,
  canonical_url    TEXT,
  seo_title        TEXT,
  seo_description  TEXT
);
CREATE INDEX articles_published ON articles(status, published_at);
CREATE INDEX articles_section ON articles(section_id, status, published_at);

CREATE TABLE article_authors (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  author_id  BIGINT NOT NULL REFERENCES authors(id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_author ON article_authors(author_id);

CREATE TABLE article_tags (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id     BIGINT NOT NULL REFERENCES tags(id),
  PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE corrections (
  id         ${id_column},
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind       VARCHAR(20) NOT NULL,
  body       TEXT NOT NULL,
  created_at VARCHAR(30) NOT NULL
);
CREATE INDEX corrections_article ON corrections(article_id);

CREATE TABLE pages (
  id            ${id_column},
  slug          VARCHAR(200) NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  body_markdown TEXT NOT NULL DEFAULT '',
  body_html     TEXT NOT NULL DEFAULT '',
  updated_at    VARCHAR(30) NOT NULL
);
