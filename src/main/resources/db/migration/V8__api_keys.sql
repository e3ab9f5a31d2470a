-- Content keys: one for each app that reads the Content API when the server requires keys
-- (--api-keys required). The key is shown once, when an admin creates it; only its SHA-256 is
-- kept, so a leaked table does not leak keys. A revoked key stays listed with its revocation.
CREATE TABLE content_keys (
  id           ${id_column},
  name         VARCHAR(200) NOT NULL,
  key_hash     VARCHAR(64) NOT NULL UNIQUE,
  created_by   BIGINT REFERENCES accounts(id),
  created_at   VARCHAR(30) NOT NULL,
  last_used_at VARCHAR(30),
  revoked_at   VARCHAR(30)
);
