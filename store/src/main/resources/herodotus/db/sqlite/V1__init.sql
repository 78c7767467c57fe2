-- Herodotus schema, version 1: articles, actors, places, events with evidence, actor roles, toponyms, read problems.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL CHECK (date_precision IN ('year','month','day')),
  lang TEXT NOT NULL,
  title TEXT, url TEXT, source TEXT,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  known INTEGER NOT NULL
);
CREATE TABLE places (
  key TEXT PRIMARY KEY,
  geonameid INTEGER,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  admin1 TEXT,
  feature_code TEXT,
  lat REAL NOT NULL,
  lon REAL NOT NULL
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event TEXT NOT NULL,
  mode TEXT,
  quad_code INTEGER NOT NULL,
  realis TEXT NOT NULL,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  place_key TEXT REFERENCES places(key),
  location_precision INTEGER,
  cameo TEXT,
  acled_event_type TEXT,
  acled_sub_event_type TEXT,
  confidence REAL NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  quote TEXT NOT NULL,
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  coder_version TEXT NOT NULL,
  dictionaries TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type_date ON events(event, date);
CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor','recipient')),
  position INTEGER NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors(id),
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  resolved_by TEXT NOT NULL,
  PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id);
CREATE TABLE toponyms (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  place_key TEXT NOT NULL REFERENCES places(key),
  resolved_by TEXT NOT NULL,
  event_place INTEGER NOT NULL,
  PRIMARY KEY (article_id, start)
);
CREATE TABLE problems (
  origin TEXT PRIMARY KEY,
  message TEXT NOT NULL,
  seen_at TEXT NOT NULL
);
