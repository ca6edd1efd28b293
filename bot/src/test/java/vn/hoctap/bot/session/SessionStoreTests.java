package vn.hoctap.bot.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoctap.bot.testing.BotIntegrationTest;

/** Sessions in PostgreSQL: round trip, no write when unchanged, reset deletes, expiry, bad data. */
class SessionStoreTests extends BotIntegrationTest {

    @Autowired
    SessionStore store;
    @Autowired
    TransactionTemplate tx;

    @Test
    void changedSessionRoundTripsWithItsExpiry() {
        ChatSession s = store.load(9_100_001);
        assertThat(s.state()).isEmpty();
        s.enter("reflection");
        s.put("assignment", "42");
        tx.executeWithoutResult(t -> store.saveIfChanged(s));
        ChatSession loaded = store.load(9_100_001);
        assertThat(loaded.state()).contains("reflection");
        assertThat(loaded.get("assignment")).contains("42");
        assertThat(count("SELECT count(*) FROM chat_sessions WHERE chat_id = 9100001 AND expires_at > now() + interval '6 days'"))
                .isEqualTo(1);
    }

    @Test
    void unchangedSessionIsNotWrittenAndAResetOneIsDeleted() {
        ChatSession s = store.load(9_100_002);
        store.saveIfChanged(s);
        assertThat(count("SELECT count(*) FROM chat_sessions WHERE chat_id = 9100002")).isZero();
        s.enter("waiting");
        store.saveIfChanged(s);
        ChatSession again = store.load(9_100_002);
        again.reset();
        store.saveIfChanged(again);
        assertThat(count("SELECT count(*) FROM chat_sessions WHERE chat_id = 9100002")).isZero();
    }

    @Test
    void expiredOrUnreadableSessionsLoadFresh() {
        jdbc.sql("INSERT INTO chat_sessions VALUES (9100003, 4, 'old', '{}', now() - interval '1 minute')").update();
        jdbc.sql("INSERT INTO chat_sessions VALUES (9100004, 4, 'quiz', 'not json', now() + interval '1 day')").update();
        assertThat(store.load(9_100_003).state()).isEmpty();
        ChatSession garbled = store.load(9_100_004);
        assertThat(garbled.state()).contains("quiz");
        assertThat(garbled.get("anything")).isEmpty();
        assertThat(store.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM chat_sessions WHERE chat_id = 9100003")).isZero();
    }
}
