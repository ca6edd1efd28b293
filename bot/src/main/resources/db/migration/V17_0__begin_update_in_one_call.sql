-- Starts handling one stored update in one round trip (issue 18): marks it DONE (committed only
-- with the handler's writes; a second handler of the same update waits on the row and then sees it
-- done), takes the chat's transaction-scoped advisory lock and reads the chat's session.
-- PL/pgSQL, VOLATILE: in READ COMMITTED each command inside takes a new snapshot, so the session
-- is read after the lock is held and sees what an earlier holder of the lock committed (a single
-- SQL statement would read it with the snapshot taken before waiting for the lock).
CREATE FUNCTION telegram_begin_update(p_update bigint, p_chat bigint, p_instance text, p_lock boolean)
RETURNS TABLE (fresh boolean, revision bigint, state text, data text)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    UPDATE telegram_inbox SET status = 'DONE', handled_at = now(), claimed_by = p_instance, last_error = NULL
     WHERE update_id = p_update AND status = 'PENDING';
    IF NOT FOUND THEN
        RETURN QUERY SELECT false, NULL::bigint, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF NOT p_lock THEN
        RETURN QUERY SELECT true, NULL::bigint, NULL::text, NULL::text;
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(p_chat);
    RETURN QUERY SELECT true, s.revision, s.state, s.data
                   FROM (SELECT 1) AS one
                   LEFT JOIN chat_sessions s ON s.chat_id = p_chat AND s.expires_at > now();
END
$$;
