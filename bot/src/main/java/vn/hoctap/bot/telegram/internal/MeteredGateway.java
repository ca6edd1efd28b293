package vn.hoctap.bot.telegram.internal;

import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import vn.hoctap.bot.telegram.InlineArticle;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramCallException;
import vn.hoctap.bot.telegram.TelegramGateway;

/**
 * Counts what is sent to Telegram by kind ({@code reply}: answers to members; {@code bulk}: campaign
 * delivery through {@link #sendOnce}) and outcome ({@code ok}, {@code rate_limited} for a 429 that
 * reached the caller, {@code error}). The 429s a reply waits out inside the gateway are counted by
 * {@link TelegramHttpMetrics} at the HTTP level. A decorator, so the gateway stays about sending.
 */
final class MeteredGateway implements TelegramGateway {

    private final TelegramGateway target;
    private final MeterRegistry registry;
    /** Counters by "kind outcome", found once: a registry lookup builds and sorts tags each time. */
    private final java.util.Map<String, io.micrometer.core.instrument.Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();

    MeteredGateway(TelegramGateway target, MeterRegistry registry) {
        this.target = target;
        this.registry = registry;
    }

    @Override
    public void send(long chatId, String text, Keyboard keyboard) {
        count("reply", () -> { target.send(chatId, text, keyboard); return null; });
    }

    @Override
    public int sendOnce(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
        return count("bulk", () -> target.sendOnce(chatId, text, keyboard, paidBroadcast));
    }

    @Override
    public String sendQuizPoll(long chatId, String question, List<String> options, List<Integer> correct, String explanation) {
        return count("reply", () -> target.sendQuizPoll(chatId, question, options, correct, explanation));
    }

    @Override
    public void sendHtml(long chatId, String html, Keyboard keyboard) {
        count("reply", () -> { target.sendHtml(chatId, html, keyboard); return null; });
    }

    @Override
    public void answerInline(String inlineQueryId, List<InlineArticle> articles) {
        count("reply", () -> { target.answerInline(inlineQueryId, articles); return null; });
    }

    @Override
    public void edit(long chatId, int messageId, String text, Keyboard keyboard) {
        count("reply", () -> { target.edit(chatId, messageId, text, keyboard); return null; });
    }

    @Override
    public void editHtml(long chatId, int messageId, String html, Keyboard keyboard) {
        count("reply", () -> { target.editHtml(chatId, messageId, html, keyboard); return null; });
    }

    @Override
    public void setMenuWebApp(String text, String url) {
        target.setMenuWebApp(text, url);
    }

    @Override
    public void answerCallback(String callbackId, String notice, boolean alert) {
        count("reply", () -> { target.answerCallback(callbackId, notice, alert); return null; });
    }

    private <T> T count(String kind, Supplier<T> call) {
        String outcome = "error";
        try {
            T result = call.get();
            outcome = "ok";
            return result;
        } catch (TelegramCallException e) {
            outcome = e.errorCode() == 429 ? "rate_limited" : "error";
            throw e;
        } finally {
            String tag = outcome;
            counters.computeIfAbsent(kind + " " + tag, k -> registry.counter("hoctap.telegram.sends", "kind", kind, "outcome", tag))
                    .increment();
        }
    }
}
