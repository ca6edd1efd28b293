package vn.hoctap.bot.telegram.internal;

import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;

/** Stands in when no token is configured; nothing should call it, and if something does it says why. */
final class DisabledTelegramGateway implements TelegramGateway {

    private static IllegalStateException off() {
        return new IllegalStateException("Telegram is off: set TELEGRAM_BOT_TOKEN to send messages");
    }

    @Override
    public void send(long chatId, String text, Keyboard keyboard) {
        throw off();
    }

    @Override
    public int sendOnce(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
        throw off();
    }

    @Override
    public String sendQuizPoll(long chatId, String question, java.util.List<String> options, java.util.List<Integer> correct,
            String explanation) {
        throw off();
    }

    @Override
    public void sendHtml(long chatId, String html, Keyboard keyboard) {
        throw off();
    }

    @Override
    public void answerInline(String inlineQueryId, java.util.List<vn.hoctap.bot.telegram.InlineArticle> articles) {
        throw off();
    }

    @Override
    public void edit(long chatId, int messageId, String text, Keyboard keyboard) {
        throw off();
    }

    @Override
    public void answerCallback(String callbackId, String notice, boolean alert) {
        throw off();
    }

    @Override
    public void editHtml(long chatId, int messageId, String html, Keyboard keyboard) {
        throw off();
    }

    @Override
    public void setMenuWebApp(String text, String url) {
        throw off();
    }
}
