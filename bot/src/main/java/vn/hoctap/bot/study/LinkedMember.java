package vn.hoctap.bot.study;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.member.Member;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.member.MemberStatus;

/** Finds the member behind a Telegram user (not one who has left), telling the user how to link when there is none. */
@Component
public class LinkedMember {

    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    LinkedMember(MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    public Optional<Member> require(Incoming in) {
        Optional<Member> member = members.findByTelegramUserId(in.userId()).filter(m -> m.status() != MemberStatus.LEFT);
        if (member.isEmpty()) {
            if (in.isCallback()) {
                telegram.answerCallback(in.callbackId(), texts.get("study.notLinked"), true);
            } else {
                telegram.send(in.chatId(), texts.get("study.notLinked"));
            }
        }
        return member;
    }
}
