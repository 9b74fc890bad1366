-- A document's text is kept once, in its spans (issue 14: writing it a second time, as a CLOB, was a third of the
-- ingest's writes). From this version the spans of a document cover its whole text: the first starts at its first
-- char, the last ends at its last, and a document without tokens has one span of none. A document stored before keeps
-- its text in the text column (its spans may leave out what comes before its first token and after its last);
-- a document stored from now on has none there. char_count is the text's length in chars, for listing documents
-- without reading their texts.
ALTER TABLE document ALTER COLUMN text DROP NOT NULL;
ALTER TABLE document ADD COLUMN char_count INT;
UPDATE document SET char_count = LENGTH(text);
ALTER TABLE document ALTER COLUMN char_count SET NOT NULL;
