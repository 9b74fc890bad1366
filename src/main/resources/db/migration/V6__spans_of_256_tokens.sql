-- The spans become 256 tokens each (issue 14: a quarter of the rows made the ingest's writes about a third cheaper),
-- their text UTF-16 bytes, big-endian (the store copies bytes as they are instead of writing a string a char at a
-- time, and a line's chars are found in them by their offsets, so a concordance line decodes only its own). The spans
-- of 64 tokens are dropped; a corpus stored before this version gets its spans again from its documents when it is
-- opened (CorpusIngest.open), as a corpus stored before version 2 did.
DROP TABLE document_span;
CREATE TABLE document_span (
  corpus_id VARCHAR(64) NOT NULL,
  doc_id INT NOT NULL,
  span INT NOT NULL,
  char_start INT NOT NULL,
  text ${varbinary} NOT NULL,
  offsets ${varbinary} NOT NULL,
  PRIMARY KEY (corpus_id, doc_id, span)
);
