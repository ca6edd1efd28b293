package vn.hoctap.bot.telegram.internal;

import java.util.List;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;

/** Our keyboards as TelegramBots objects, and the length Telegram counts for HTML text. */
final class Markup {

    private Markup() {
    }

    /** Telegram counts the length of HTML text after parsing: tags do not count, an entity is one character. */
    static int visibleLength(String html) {
        return html.replaceAll("<[^>]*>", "").replaceAll("&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);", "&").length();
    }

    static InlineKeyboardMarkup of(Keyboard keyboard) {
        List<InlineKeyboardRow> rows = keyboard.rows().stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(Markup::button).toList())).toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(Button b) {
        if (b.webApp()) {
            return InlineKeyboardButton.builder().text(b.text()).webApp(new WebAppInfo(b.url())).build();
        }
        return b.url() != null ? InlineKeyboardButton.builder().text(b.text()).url(b.url()).build()
                : InlineKeyboardButton.builder().text(b.text()).callbackData(b.callbackData()).build();
    }
}
