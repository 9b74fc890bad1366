-- Corpora, their documents and the documents' metadata (the schema of the first version).
-- Portable SQL: ${blob} and ${clob} name the large-object types of the database (BLOB and CLOB in H2,
-- bytea and text in PostgreSQL). IF NOT EXISTS lets a data directory written before Flyway take these
-- files as they are (it is baselined at version 0, see StoreSchema).
CREATE TABLE IF NOT EXISTS corpus (
  id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(300) NOT NULL,
  description VARCHAR(10000),
  language_note VARCHAR(1000),
  source_note VARCHAR(2000),
  visibility VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  doc_count INT NOT NULL,
  token_count BIGINT NOT NULL,
  analyzer_version INT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  lexicon ${blob}
);

CREATE TABLE IF NOT EXISTS document (
  corpus_id VARCHAR(64) NOT NULL,
  doc_id INT NOT NULL,
  file_name VARCHAR(1000),
  title VARCHAR(2000),
  author VARCHAR(1000),
  doc_date VARCHAR(100),
  source VARCHAR(2000),
  genre VARCHAR(500),
  token_count INT NOT NULL,
  first_token INT NOT NULL,
  text ${clob} NOT NULL,
  tokens ${blob} NOT NULL,
  offsets ${blob} NOT NULL,
  PRIMARY KEY (corpus_id, doc_id)
);

CREATE TABLE IF NOT EXISTS document_meta (
  corpus_id VARCHAR(64) NOT NULL,
  doc_id INT NOT NULL,
  ord INT NOT NULL,
  meta_key VARCHAR(200) NOT NULL,
  meta_value VARCHAR(4000),
  PRIMARY KEY (corpus_id, doc_id, ord)
);
