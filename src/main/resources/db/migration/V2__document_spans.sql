-- Each document cut into spans of 64 tokens (text and offsets), so a concordance line reads a row or
-- two; corpora stored before this version get their spans when they are opened (CorpusIngest.open).
CREATE TABLE IF NOT EXISTS document_span (
  corpus_id VARCHAR(64) NOT NULL,
  doc_id INT NOT NULL,
  span INT NOT NULL,
  char_start INT NOT NULL,
  text VARCHAR(1000000) NOT NULL,
  offsets ${varbinary} NOT NULL,
  PRIMARY KEY (corpus_id, doc_id, span)
);
