-- The dashboard's member history reads a member's bulk messages; without this it scans the outbox,
-- which grows by a row per member and message.
CREATE INDEX outbox_member ON outbox (member_id);
