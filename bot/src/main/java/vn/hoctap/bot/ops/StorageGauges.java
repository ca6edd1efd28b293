package vn.hoctap.bot.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauges read from PostgreSQL when Prometheus scrapes (never on the hot path): the inbox backlog,
 * the outbox by status, delivery attempts, active campaigns. Each query's answer is reused for a
 * few seconds so one scrape (or several instances' scrapes) costs a handful of small queries. The
 * figures are the cluster's, the same on every instance.
 */
@Component
class StorageGauges {

    static final List<String> OUTBOX_STATUSES = List.of("PENDING", "SENDING", "SENT", "FAILED", "UNREACHABLE", "CANCELLED", "SKIPPED");
    private static final Duration REUSE = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Map<String, Cached> cache = new HashMap<>();

    StorageGauges(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("hoctap.inbox.backlog", () -> value("backlog",
                () -> one("SELECT count(*) FROM telegram_inbox WHERE status = 'PENDING'")))
                .description("Stored Telegram updates not handled yet").register(registry);
        Gauge.builder("hoctap.inbox.failed", () -> value("failed",
                () -> one("SELECT count(*) FROM telegram_inbox WHERE status = 'FAILED'")))
                .description("Updates whose handler failed, within the inbox retention").register(registry);
        for (String status : OUTBOX_STATUSES) {
            Gauge.builder("hoctap.outbox.depth", () -> outbox(status)).tag("status", status)
                    .description("Campaign messages in the outbox by status").register(registry);
        }
        FunctionCounter.builder("hoctap.delivery.attempts", this, g -> g.value("attempts",
                () -> one("SELECT coalesce(sum(attempts), 0) FROM outbox")))
                .description("Send attempts recorded on outbox rows").register(registry);
        Gauge.builder("hoctap.campaigns.active", () -> value("campaigns",
                () -> one("SELECT count(*) FROM campaigns WHERE status = 'ACTIVE' AND starts_at <= now() AND deadline > now()")))
                .description("Campaigns running now").register(registry);
    }

    /** One GROUP BY answers every status's gauge for the next few seconds. */
    private double outbox(String status) {
        return value("outbox." + status, () -> {
            Map<String, Long> all = new HashMap<>();
            jdbc.sql("SELECT status, count(*) FROM outbox GROUP BY status")
                    .query((rs, n) -> all.put(rs.getString(1), rs.getLong(2))).list();
            long now = System.nanoTime();
            synchronized (cache) {
                for (String s : OUTBOX_STATUSES) {
                    cache.put("outbox." + s, new Cached(all.getOrDefault(s, 0L), now));
                }
            }
            return all.getOrDefault(status, 0L).doubleValue();
        });
    }

    private double one(String sql) {
        return jdbc.sql(sql).query(Long.class).single().doubleValue();
    }

    /** The cached figure, or a fresh one; NaN (a gap in the graph) if PostgreSQL cannot answer. */
    private double value(String key, Supplier<Double> query) {
        synchronized (cache) {
            Cached c = cache.get(key);
            if (c != null && System.nanoTime() - c.at() < REUSE.toNanos()) {
                return c.value();
            }
        }
        double fresh;
        try {
            fresh = query.get();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
        synchronized (cache) {
            cache.put(key, new Cached(fresh, System.nanoTime()));
        }
        return fresh;
    }

    private record Cached(double value, long at) {
    }
}
