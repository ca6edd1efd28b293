-- Opening a document records a view for every started assignment of it the member has
-- (StudyRecords.recordOpened): found by document, then narrowed by the unit path.
CREATE INDEX IF NOT EXISTS assignments_document ON assignments (document_id);
