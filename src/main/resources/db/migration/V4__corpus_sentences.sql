-- Each corpus's sentence starts (token positions), the gaps between them as varints, one row per corpus;
-- corpora stored before this version get theirs when they are opened (CorpusIngest.open).
CREATE TABLE IF NOT EXISTS corpus_sentence (
  corpus_id VARCHAR(64) PRIMARY KEY,
  starts ${blob} NOT NULL
);
