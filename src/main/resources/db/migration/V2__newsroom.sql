-- The newsroom: staff accounts and their sessions, the record of every workflow transition,
-- revisions of every save, preview links, uploaded images, and sign-in throttling.

CREATE TABLE accounts (
  id            ${id_column},
  email         VARCHAR(320) NOT NULL UNIQUE,
  name          VARCHAR(200) NOT NULL,
  role          VARCHAR(20) NOT NULL,
  password_hash TEXT,
  disabled      INTEGER NOT NULL DEFAULT 0,
  author_id     BIGINT REFERENCES authors(id),
  created_at    VARCHAR(30) NOT NULL
);

-- Sessions live in the store so that several nodes share them. The cookie holds a random token;
-- only its SHA-256 is kept here, so a leaked table does not leak sessions.
CREATE TABLE sessions (
  token_hash   VARCHAR(64) PRIMARY KEY,
  account_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token   VARCHAR(64) NOT NULL,
  created_at   VARCHAR(30) NOT NULL,
  last_seen_at VARCHAR(30) NOT NULL
);
CREATE INDEX sessions_account ON sessions(account_id);

CREATE TABLE sign_in_failures (
  id         ${id_column},
  subject    VARCHAR(400) NOT NULL,
  failed_at  VARCHAR(30) NOT NULL
);
CREATE INDEX sign_in_failures_subject ON sign_in_failures(subject, failed_at);

CREATE TABLE setup_tokens (
  token_hash VARCHAR(64) PRIMARY KEY,
  expires_at VARCHAR(30) NOT NULL
);

CREATE TABLE transitions (
  id          ${id_column},
  article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  account_id  BIGINT REFERENCES accounts(id),
  from_status VARCHAR(20),
  to_status   VARCHAR(20) NOT NULL,
  at          VARCHAR(30) NOT NULL
);
CREATE INDEX transitions_article ON transitions(article_id, at);

CREATE TABLE revisions (
  id            ${id_column},
  article_id    BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  account_id    BIGINT REFERENCES accounts(id),
  created_at    VARCHAR(30) NOT NULL,
  headline      TEXT NOT NULL,
  standfirst    TEXT NOT NULL,
  body_markdown TEXT NOT NULL,
  section_id    BIGINT NOT NULL,
  tag_names     TEXT NOT NULL,
  author_ids    TEXT NOT NULL,
  seo_title       TEXT,
  seo_description TEXT,
  canonical_url   TEXT,
  image_url       TEXT,
  image_alt       TEXT,
  image_caption   TEXT,
  image_credit    TEXT,
  note          TEXT
);
CREATE INDEX revisions_article ON revisions(article_id, id);

CREATE TABLE preview_links (
  id         ${id_column},
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  created_by BIGINT REFERENCES accounts(id),
  created_at VARCHAR(30) NOT NULL,
  expires_at VARCHAR(30) NOT NULL,
  revoked    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE images (
  hash         VARCHAR(64) PRIMARY KEY,
  format       VARCHAR(10) NOT NULL,
  width        INTEGER NOT NULL,
  height       INTEGER NOT NULL,
  bytes        BIGINT NOT NULL,
  uploaded_by  BIGINT REFERENCES accounts(id),
  uploaded_at  VARCHAR(30) NOT NULL,
  alt          TEXT NOT NULL DEFAULT ''
);
