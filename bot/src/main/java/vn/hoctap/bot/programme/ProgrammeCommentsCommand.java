package vn.hoctap.bot.programme;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.programme.ActionProgrammes;
import vn.hoctap.scheduler.unit.UnitRoles;

/** {@code /gopy}: the secretary sees the newest comments (20) on the action programme of the unit they lead. */
@Component
class ProgrammeCommentsCommand implements CommandHandler {

    private static final int SHOWN = 20;

    private final ActionProgrammes programmes;
    private final MemberRepository members;
    private final UnitRoles roles;
    private final TelegramGateway telegram;
    private final Texts texts;

    ProgrammeCommentsCommand(ActionProgrammes programmes, MemberRepository members, UnitRoles roles, TelegramGateway telegram, Texts texts) {
        this.programmes = programmes;
        this.members = members;
        this.roles = roles;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "gopy";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        var member = members.findByTelegramUserId(in.userId());
        var unit = member.flatMap(m -> roles.unitLedBy(m.id()));
        if (unit.isEmpty()) {
            telegram.send(in.chatId(), texts.get("programme.notSecretary"));
            return;
        }
        var own = programmes.readableBy(member.get().id()).stream().filter(p -> p.unitId() == unit.get()).findFirst();
        if (own.isEmpty()) {
            telegram.send(in.chatId(), texts.get("programme.noneOwn"));
            return;
        }
        var comments = programmes.comments(own.get().id(), SHOWN);
        String lines = comments.isEmpty() ? texts.get("programme.noComments") : comments.stream()
                .map(c -> texts.get("programme.commentLine", c.fullName(), c.unitName(), c.version(), c.comment()))
                .collect(Collectors.joining("\n"));
        telegram.send(in.chatId(), texts.get("programme.comments", own.get().title(), comments.size()) + "\n" + lines);
    }
}
