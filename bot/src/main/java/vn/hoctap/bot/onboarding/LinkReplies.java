package vn.hoctap.bot.onboarding;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.StudyActions;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** Redeems a code typed or passed by deep link, and tells the member what happened. */
@Component
class LinkReplies {

    static final String AWAITING_CODE = "awaiting-invitation-code";

    private final Invitations invitations;
    private final TelegramGateway telegram;
    private final Texts texts;

    LinkReplies(Invitations invitations, TelegramGateway telegram, Texts texts) {
        this.invitations = invitations;
        this.telegram = telegram;
        this.texts = texts;
    }

    void redeem(Incoming in, String code, ChatSession session) {
        Redemption r = invitations.redeem(code.strip(), in.userId());
        Keyboard studyButton = Keyboard.of(StudyActions.LIST.button(texts.get("button.study")));
        switch (r.outcome()) {
            case LINKED -> {
                session.reset();
                telegram.send(in.chatId(), texts.get("start.result.linked", r.member().fullName()), studyButton);
            }
            case ALREADY_LINKED -> {
                session.reset();
                telegram.send(in.chatId(), texts.get("start.result.already", r.member().fullName()), studyButton);
            }
            case UNKNOWN_CODE -> telegram.send(in.chatId(), texts.get("start.result.unknown"));
            case USED_CODE -> telegram.send(in.chatId(), texts.get("start.result.used"));
            case SUPERSEDED_CODE -> telegram.send(in.chatId(), texts.get("start.result.superseded", texts.date(r.expiredAt())));
            case EXPIRED_CODE -> telegram.send(in.chatId(), texts.get("start.result.expired", texts.date(r.expiredAt())));
            case ACCOUNT_LINKED_TO_OTHER -> telegram.send(in.chatId(), texts.get("start.result.other"));
            case MEMBER_LINKED_ELSEWHERE -> telegram.send(in.chatId(), texts.get("start.result.memberElsewhere"));
            case MEMBER_INACTIVE -> telegram.send(in.chatId(), texts.get("start.result.inactive"));
        }
    }
}
