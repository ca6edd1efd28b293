package vn.hoctap.bot.help;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.scheduler.member.MemberRepository;

/** Plain text outside any dialogue: points linked members to the commands and others to linking. */
@Component
public class FreeText implements UpdateHandler {

    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    FreeText(MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.kind() == Incoming.Kind.TEXT;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        boolean linked = members.findByTelegramUserId(in.userId()).isPresent();
        telegram.send(in.chatId(), texts.get(linked ? "text.notUnderstood" : "study.notLinked"));
    }
}
