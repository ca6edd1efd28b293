package vn.hoctap.bot.onboarding;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.UpdateHandler;

/**
 * A code typed (or pasted) as plain text: after {@code /start} asked for one, or at any time when
 * the text has exactly the shape of an invitation code (or is a whole invitation link), which no
 * search would look like. Members who open the bot without the deep link, or copy the code from a
 * printed sheet, end up here.
 */
@Component
class InvitationCodeText implements UpdateHandler {

    private final LinkReplies links;

    InvitationCodeText(LinkReplies links) {
        this.links = links;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.kind() == Incoming.Kind.TEXT
                && (session.isIn(LinkReplies.AWAITING_CODE) || InvitationCodes.pasted(in.text()).isPresent());
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        links.redeem(in, InvitationCodes.pasted(in.text()).orElse(in.text()), session);
    }
}
