package vn.hoctap.bot.testing;

import vn.hoctap.bot.telegram.fake.SentMessage;

/** What a Telegram user reads: an HTML message's text without its tags and with entities decoded. */
public final class Shown {

    private Shown() {
    }

    public static String text(SentMessage m) {
        if (!"HTML".equalsIgnoreCase(m.parseMode())) {
            return m.text();
        }
        return m.text().replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
