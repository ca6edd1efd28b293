package vn.hoctap.scheduler.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Decides at send time whether a queued message still applies: quiet hours, the member finished or
 * snoozed meanwhile, the campaign was cancelled, the announcement has not gone out yet. Implemented
 * by the campaign module (a port, so delivery does not depend on campaigns).
 */
public interface SendRules {

    /** A verdict for every item, in one round trip for the whole batch. */
    Map<Long, Verdict> check(List<OutboxItem> items, Instant now);

    /** What to do with one queued message now. */
    sealed interface Verdict {
    }

    record Send() implements Verdict {
    }

    /** Not yet: back to the queue until {@code until}. */
    record Defer(Instant until) implements Verdict {
    }

    /** No longer applies; recorded as SKIPPED with the reason. */
    record Skip(String reason) implements Verdict {
    }

    Verdict SEND = new Send();
}
