package vn.hoctap.bot.conference;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.conference.CheckIns;
import vn.hoctap.scheduler.conference.RollCalls;

/** {@code /ngoaidang N}: the secretary of a hosting unit records how many non-members attend at its point. */
@Component
class NonMembersCommand implements CommandHandler {

    private static final int MAX = 1_000_000;

    private final RollCallView view;
    private final RollCalls rollCalls;
    private final CheckIns checkIns;
    private final TelegramGateway telegram;
    private final Texts texts;

    NonMembersCommand(RollCallView view, RollCalls rollCalls, CheckIns checkIns, TelegramGateway telegram, Texts texts) {
        this.view = view;
        this.rollCalls = rollCalls;
        this.checkIns = checkIns;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "ngoaidang";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        String arg = in.argument() == null ? "" : in.argument().strip().replace(".", "");
        if (!arg.matches("\\d{1,7}") || Integer.parseInt(arg) > MAX) {
            telegram.send(in.chatId(), texts.get("conf.nonMembers.usage"));
            return;
        }
        view.ledUnit(in, "conf.nonMembers.notSecretary").ifPresent(unit -> rollCalls.hostedPoint(unit).ifPresentOrElse(point -> {
            checkIns.nonMembers(point.id(), Integer.parseInt(arg));
            telegram.send(in.chatId(), texts.get("conf.nonMembers.saved", VietnameseNumbers.count(Integer.parseInt(arg)), point.label()));
        }, () -> telegram.send(in.chatId(), texts.get("conf.nonMembers.noPoint"))));
    }
}
