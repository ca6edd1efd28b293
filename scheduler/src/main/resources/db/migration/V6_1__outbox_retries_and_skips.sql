-- Rows put back in the queue (a failed attempt, a 429 pause, quiet hours, the per-chat rule) are
-- claimed by their due time ahead of the untouched backlog, so a retry never waits behind a whole
-- broadcast. SKIPPED: the send-time check found the message no longer applies (member done, campaign
-- cancelled, member left); last_error says why.
ALTER TABLE outbox ADD COLUMN rescheduled boolean NOT NULL DEFAULT false;
CREATE INDEX outbox_due_rescheduled ON outbox (not_before, id) WHERE status = 'PENDING' AND rescheduled;
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNREACHABLE', 'CANCELLED', 'SKIPPED'));
