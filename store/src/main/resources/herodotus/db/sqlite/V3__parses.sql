-- Herodotus schema, version 3: the parse of each article is kept, so that a changed knowledge base or lexicon can be
-- applied to stored articles again (herodotus reresolve) without running the parser.
CREATE TABLE parses (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  lang TEXT NOT NULL,
  date_given INTEGER NOT NULL,
  parse TEXT NOT NULL
);
