package vn.hoctap.bot.campaigns;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;

/** {@code /nhacnho}: a cell secretary reminds the members of their cell who are not done. */
@Component
class RemindCommand implements CommandHandler {

    private final PushFlow flow;

    RemindCommand(PushFlow flow) {
        this.flow = flow;
    }

    @Override
    public String command() {
        return "nhacnho";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        flow.secretary(in.userId(), in.chatId()).ifPresent(s -> flow.pickCampaign(s, in.chatId(), CampaignActions.PUSH_PREVIEW, "push.pick"));
    }
}
