package vn.hoctap.bot.campaigns;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;

/** {@code /chibo}: a secretary's view of their cell in a campaign (straight to it when only one campaign is running). */
@Component
class CellCommand implements CommandHandler {

    private final PushFlow flow;
    private final CellViews views;

    CellCommand(PushFlow flow, CellViews views) {
        this.flow = flow;
        this.views = views;
    }

    @Override
    public String command() {
        return "chibo";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        flow.secretary(in.userId(), in.chatId()).ifPresent(s -> {
            var campaigns = flow.campaignsOf(s);
            if (campaigns.size() == 1) {
                views.show(s, campaigns.get(0).id(), in.chatId());
            } else {
                flow.pickCampaign(s, in.chatId(), CampaignActions.CELL_VIEW, "cell.pick");
            }
        });
    }
}
