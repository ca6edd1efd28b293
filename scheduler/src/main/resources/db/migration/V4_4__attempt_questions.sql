-- The questions an attempt asks, in order, fixed when it starts (approving or rejecting questions
-- meanwhile must not change a running attempt).
ALTER TABLE quiz_attempts ADD COLUMN question_ids bigint[] NOT NULL DEFAULT '{}';
