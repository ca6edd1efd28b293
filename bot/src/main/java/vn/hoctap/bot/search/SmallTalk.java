package vn.hoctap.bot.search;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.StudyActions;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.content.text.Folding;

/**
 * Members greet the bot and thank it ("Xin chào", "Cảm ơn bot", "Dạ vâng"); searching the library
 * for those words answered with unrelated resolutions. A short polite answer with the way on instead.
 * Only whole short messages match, so "chào cờ" or any real query still goes to search.
 */
@Component
class SmallTalk implements UpdateHandler {

    private static final int MAX_LENGTH = 40;
    private static final String POLITE = "(?: (?:a|ad|admin|bot|ban|dong chi|dc|d/c|anh|chi|em|nhe|nha|nhieu|nhe a|nhieu a))*";
    private static final Pattern GREETING = Pattern.compile("(?:(?:da|vang) )?(?:xin chao|chao|hello|hi|alo)" + POLITE);
    private static final Pattern THANKS = Pattern.compile(
            "(?:(?:da|vang|ok|oke) )*(?:xin cam on|cam on|cam on nhieu|thank you|thanks|ok|oke|okay|vang|da|da vang|vang a|da roi|ro roi|duoc roi)"
                    + POLITE);

    private final TelegramGateway telegram;
    private final Texts texts;

    SmallTalk(TelegramGateway telegram, Texts texts) {
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.kind() == Incoming.Kind.TEXT && kind(in.text()) != null;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        telegram.send(in.chatId(), texts.get(kind(in.text())), Keyboard.of(StudyActions.LIST.button(texts.get("button.study"))));
    }

    /** The bundle key answering this text, or null when it is not a greeting or thanks. */
    static String kind(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return null;
        }
        String folded = Folding.fold(text).replaceAll("[^a-z/ ]+", " ").replaceAll("\\s+", " ").strip();
        if (GREETING.matcher(folded).matches()) {
            return "smalltalk.greeting";
        }
        return THANKS.matcher(folded).matches() ? "smalltalk.thanks" : null;
    }
}
