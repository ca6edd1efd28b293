-- Each member's facts in each campaign (assignments outside a campaign have none), kept so the dashboard does not aggregate every confirmation,
-- passed quiz and reflection of a province on each page view (that took 150-800 ms at 100,000 members):
-- which of the campaign's assignments the member confirmed, passed the quiz of, and finished the
-- reflection and action plan of (sorted assignment ids), and their latest confirmation of the campaign.
--
-- Statement triggers on the three fact tables keep it in the writer's own transaction, whichever code
-- (or SQL) writes a fact, so it is never behind what was committed, and a bulk insert costs one
-- statement, not one per row. Whether an assignment applies to a member (its audience and the member's
-- unit) is NOT stored: readers work it out per unit at query time, so moving members or units, editing a
-- campaign's audience and freezing an ended campaign's tree need no upkeep here.
CREATE TABLE campaign_member_facts (
    campaign_id       bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    member_id         bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    confirmed         bigint[] NOT NULL DEFAULT '{}',
    quiz              bigint[] NOT NULL DEFAULT '{}',
    reflection        bigint[] NOT NULL DEFAULT '{}',
    last_confirmed_at timestamptz,
    PRIMARY KEY (campaign_id, member_id));

-- Recomputes the rows of the given (campaign, member) pairs from the fact tables. The rows are created
-- and locked first, in key order, and only then recomputed by a new statement: under READ COMMITTED that
-- statement's snapshot includes whatever a concurrent writer of the same member committed while we
-- waited for its lock, so two writers of one member (a confirmation and a quiz at once) cannot lose
-- each other's fact.
CREATE FUNCTION refresh_campaign_member_facts(campaigns bigint[], members bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO campaign_member_facts (campaign_id, member_id)
    SELECT c, m FROM unnest(campaigns, members) p(c, m) ORDER BY c, m ON CONFLICT DO NOTHING;
    PERFORM 1 FROM campaign_member_facts f JOIN unnest(campaigns, members) p(c, m) ON f.campaign_id = p.c AND f.member_id = p.m
      ORDER BY f.campaign_id, f.member_id FOR UPDATE OF f;
    UPDATE campaign_member_facts f SET
        confirmed = coalesce((SELECT array_agg(x.assignment_id ORDER BY x.assignment_id) FROM confirmations x
                               JOIN assignments a ON a.id = x.assignment_id WHERE x.member_id = f.member_id AND a.campaign_id = f.campaign_id), '{}'),
        last_confirmed_at = (SELECT max(x.confirmed_at) FROM confirmations x
                               JOIN assignments a ON a.id = x.assignment_id WHERE x.member_id = f.member_id AND a.campaign_id = f.campaign_id),
        quiz = coalesce((SELECT array_agg(DISTINCT x.assignment_id ORDER BY x.assignment_id) FROM quiz_attempts x
                          JOIN assignments a ON a.id = x.assignment_id
                         WHERE x.member_id = f.member_id AND a.campaign_id = f.campaign_id AND x.passed), '{}'),
        reflection = coalesce((SELECT array_agg(x.assignment_id ORDER BY x.assignment_id) FROM reflections x
                                JOIN assignments a ON a.id = x.assignment_id WHERE x.member_id = f.member_id
                                 AND a.campaign_id = f.campaign_id AND x.reflection_at IS NOT NULL AND x.plan_at IS NOT NULL), '{}')
      FROM unnest(campaigns, members) p(c, m) WHERE f.campaign_id = p.c AND f.member_id = p.m;
END $$;

-- One trigger function for the three tables and three operations: the pairs touched are read from the
-- statement's transition tables (an UPDATE's old and new rows both count, for a row moved to another
-- member or assignment). Updates that change no fact (a reflection draft saved, a quiz answer recorded
-- before the attempt ends) are filtered out here, so they cost one cheap statement.
CREATE FUNCTION campaign_member_facts_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    cs bigint[];
    ms bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(c), array_agg(m) INTO cs, ms FROM (
            SELECT DISTINCT a.campaign_id AS c, n.member_id AS m FROM new_rows n JOIN assignments a ON a.id = n.assignment_id
             WHERE a.campaign_id IS NOT NULL) p;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(c), array_agg(m) INTO cs, ms FROM (
            SELECT DISTINCT a.campaign_id AS c, o.member_id AS m FROM old_rows o JOIN assignments a ON a.id = o.assignment_id
             WHERE a.campaign_id IS NOT NULL) p;
    ELSIF TG_TABLE_NAME = 'confirmations' THEN
        SELECT array_agg(c), array_agg(m) INTO cs, ms FROM (
            SELECT DISTINCT a.campaign_id AS c, r.member_id AS m
              FROM (SELECT member_id, assignment_id FROM new_rows UNION SELECT member_id, assignment_id FROM old_rows) r
              JOIN assignments a ON a.id = r.assignment_id WHERE a.campaign_id IS NOT NULL) p;
    ELSIF TG_TABLE_NAME = 'quiz_attempts' THEN
        SELECT array_agg(c), array_agg(m) INTO cs, ms FROM (
            SELECT DISTINCT a.campaign_id AS c, r.member_id AS m
              FROM new_rows n JOIN old_rows o ON o.id = n.id
             CROSS JOIN LATERAL (VALUES (n.member_id, n.assignment_id), (o.member_id, o.assignment_id)) r(member_id, assignment_id)
              JOIN assignments a ON a.id = r.assignment_id
             WHERE a.campaign_id IS NOT NULL AND (n.member_id, n.assignment_id, n.passed) IS DISTINCT FROM (o.member_id, o.assignment_id, o.passed)) p;
    ELSE
        SELECT array_agg(c), array_agg(m) INTO cs, ms FROM (
            SELECT DISTINCT a.campaign_id AS c, r.member_id AS m
              FROM new_rows n JOIN old_rows o ON o.id = n.id
             CROSS JOIN LATERAL (VALUES (n.member_id, n.assignment_id), (o.member_id, o.assignment_id)) r(member_id, assignment_id)
              JOIN assignments a ON a.id = r.assignment_id
             WHERE a.campaign_id IS NOT NULL AND (n.member_id, n.assignment_id, n.reflection_at IS NULL, n.plan_at IS NULL)
                   IS DISTINCT FROM (o.member_id, o.assignment_id, o.reflection_at IS NULL, o.plan_at IS NULL)) p;
    END IF;
    IF cs IS NOT NULL THEN
        PERFORM refresh_campaign_member_facts(cs, ms);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER confirmations_facts_insert AFTER INSERT ON confirmations REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();
CREATE TRIGGER confirmations_facts_update AFTER UPDATE ON confirmations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();
CREATE TRIGGER confirmations_facts_delete AFTER DELETE ON confirmations REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();
CREATE TRIGGER quiz_attempts_facts_insert AFTER INSERT ON quiz_attempts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();
CREATE TRIGGER quiz_attempts_facts_update AFTER UPDATE ON quiz_attempts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();
CREATE TRIGGER quiz_attempts_facts_delete AFTER DELETE ON quiz_attempts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();
CREATE TRIGGER reflections_facts_insert AFTER INSERT ON reflections REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();
CREATE TRIGGER reflections_facts_update AFTER UPDATE ON reflections REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();
CREATE TRIGGER reflections_facts_delete AFTER DELETE ON reflections REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_member_facts_changed();

-- The facts of what is already there.
SELECT refresh_campaign_member_facts(array_agg(c), array_agg(m)) FROM (
    SELECT DISTINCT a.campaign_id AS c, x.member_id AS m FROM (
        SELECT member_id, assignment_id FROM confirmations UNION SELECT member_id, assignment_id FROM quiz_attempts WHERE passed
        UNION SELECT member_id, assignment_id FROM reflections WHERE reflection_at IS NOT NULL AND plan_at IS NOT NULL) x
      JOIN assignments a ON a.id = x.assignment_id WHERE a.campaign_id IS NOT NULL) p HAVING count(*) > 0;
