-- Herodotus schema, version 4: cross-article deduplication (issue 8). Every event mention that tells a happening
-- (actual, claimed, historical) is kept with what dedup compares; merge edges link mentions that tell the same
-- happening; canonical events group them, with the merge steps that explain each group. Near-duplicate articles are
-- found by MinHash signatures and linked; a later copy's mentions of sentences its earlier twin also holds are shadowed
-- by it (shadowed_by: the twin's article id) and count in no canonical event: the same text is not counted twice.
CREATE TABLE mentions (
  event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  family TEXT NOT NULL,
  day_from TEXT NOT NULL,
  day_to TEXT NOT NULL,
  skey TEXT NOT NULL,
  component TEXT NOT NULL,
  canonical_id TEXT NOT NULL,
  shadowed_by TEXT,
  features TEXT NOT NULL
);
CREATE INDEX mentions_family_day ON mentions(family, day_from);
CREATE INDEX mentions_skey ON mentions(skey);
CREATE INDEX mentions_component ON mentions(component);
CREATE INDEX mentions_canonical ON mentions(canonical_id);
CREATE TABLE mention_edges (
  a TEXT NOT NULL REFERENCES mentions(event_id) ON DELETE CASCADE,
  b TEXT NOT NULL REFERENCES mentions(event_id) ON DELETE CASCADE,
  score REAL NOT NULL,
  why TEXT NOT NULL,
  PRIMARY KEY (a, b)
);
CREATE INDEX mention_edges_b ON mention_edges(b);
CREATE TABLE canonical_events (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  event TEXT NOT NULL,
  reports INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX canonical_events_date ON canonical_events(date);
CREATE TABLE canonical_merges (
  canonical_id TEXT NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  score REAL NOT NULL,
  why TEXT NOT NULL,
  PRIMARY KEY (canonical_id, step)
);
CREATE TABLE article_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  minhash TEXT NOT NULL,
  sentence_keys TEXT NOT NULL
);
CREATE TABLE article_bands (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article_id)
);
CREATE INDEX article_bands_article ON article_bands(article_id);
CREATE TABLE near_duplicates (
  a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  similarity REAL NOT NULL,
  PRIMARY KEY (a, b)
);
CREATE INDEX near_duplicates_b ON near_duplicates(b);
