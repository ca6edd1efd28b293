package vn.hoctap.bot.programme;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.LinkedMember;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.programme.ActionProgrammes;

/** {@code /chuongtrinh}: the action programmes a member can read (their unit's and those above), one button each. */
@Component
class ProgrammeCommand implements CommandHandler {

    private final ActionProgrammes programmes;
    private final LinkedMember linked;
    private final TelegramGateway telegram;
    private final Texts texts;

    ProgrammeCommand(ActionProgrammes programmes, LinkedMember linked, TelegramGateway telegram, Texts texts) {
        this.programmes = programmes;
        this.linked = linked;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "chuongtrinh";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        var member = linked.require(in);
        if (member.isEmpty()) {
            return;
        }
        var readable = programmes.readableBy(member.get().id());
        if (readable.isEmpty()) {
            telegram.send(in.chatId(), texts.get("programme.none"));
            return;
        }
        telegram.send(in.chatId(), texts.get("programme.list"), Keyboard.of(readable.stream()
                .map(p -> new Button("📄 " + p.unitName() + ": " + p.title(), ProgrammeActions.READ.data(p.id())))
                .toArray(Button[]::new)));
    }
}
