package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import vn.hoctap.content.testing.TestPostgres;

/** One long-poller per bot among all instances; when it stops (or dies) another takes over. */
class PollerLockTests {

    @Test
    void onlyOneInstanceHoldsTheLockAndAnotherTakesOverWhenItIsReleased() {
        String url = TestPostgres.createDatabase();
        try (HikariDataSource a = pool(url); HikariDataSource b = pool(url)) {
            PollerLock first = new PollerLock(a, "4242");
            PollerLock second = new PollerLock(b, "4242");
            PollerLock otherBot = new PollerLock(b, "5151");
            assertThat(first.holdOrTake()).isTrue();
            assertThat(first.holdOrTake()).as("still held").isTrue();
            assertThat(second.holdOrTake()).isFalse();
            assertThat(otherBot.holdOrTake()).as("another bot polls on its own").isTrue();
            first.close();
            assertThat(second.holdOrTake()).isTrue();
            assertThat(first.holdOrTake()).isFalse();
            second.close();
            otherBot.close();
        } finally {
            TestPostgres.drop(url);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setMaximumPoolSize(3);
        return ds;
    }
}
