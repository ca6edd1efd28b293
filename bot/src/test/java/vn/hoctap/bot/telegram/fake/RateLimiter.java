package vn.hoctap.bot.telegram.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Optional flood control imitating Telegram's limits on sending messages: a sliding one-second
 * window globally and per chat. A send that would exceed either limit is refused with 429 and a
 * retry_after (whole seconds, at least 1) instead of being delivered.
 */
final class RateLimiter {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private int perSecondGlobal;
    private int perSecondPerChat;
    private final Deque<Long> globalSends = new ArrayDeque<>();
    private final Map<Long, Deque<Long>> chatSends = new HashMap<>();

    /** Limits of zero or less mean "unlimited" for that dimension; both zero switches limiting off. */
    synchronized void configure(int perSecondGlobal, int perSecondPerChat) {
        this.perSecondGlobal = perSecondGlobal;
        this.perSecondPerChat = perSecondPerChat;
        globalSends.clear();
        chatSends.clear();
    }

    /** Records a send to {@code chatId} or throws the 429 Telegram would answer. */
    synchronized void acquire(long chatId) {
        if (perSecondGlobal <= 0 && perSecondPerChat <= 0) {
            return;
        }
        long now = System.nanoTime();
        Deque<Long> chat = chatSends.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        expire(globalSends, now);
        expire(chat, now);
        boolean globalFull = perSecondGlobal > 0 && globalSends.size() >= perSecondGlobal;
        boolean chatFull = perSecondPerChat > 0 && chat.size() >= perSecondPerChat;
        if (globalFull || chatFull) {
            long waitNanos = Math.max(globalFull ? globalSends.peekFirst() + WINDOW_NANOS - now : 0,
                    chatFull ? chat.peekFirst() + WINDOW_NANOS - now : 0);
            int retryAfter = (int) Math.max(1, (waitNanos + WINDOW_NANOS - 1) / WINDOW_NANOS);
            throw ApiError.tooManyRequests(retryAfter);
        }
        globalSends.addLast(now);
        chat.addLast(now);
    }

    private static void expire(Deque<Long> sends, long now) {
        while (!sends.isEmpty() && now - sends.peekFirst() >= WINDOW_NANOS) {
            sends.removeFirst();
        }
    }
}
