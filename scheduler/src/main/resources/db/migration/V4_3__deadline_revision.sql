-- Counts deadline changes. Reminder and escalation steps carry it in their keys, so after a deadline
-- moves they are new steps (the outbox is unique per step and member) instead of silently repeating
-- ones that already ran.
ALTER TABLE campaigns ADD COLUMN deadline_revision int NOT NULL DEFAULT 0;
