package vn.hoctap.bot.study;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.assignment.StudyRecords;

/** {@code /hoc}: the member's open assignments, one button each. */
@Component
class StudyMenuCommand implements CommandHandler {

    private final LinkedMember linked;
    private final AssignmentRepository assignments;
    private final StudyViews views;
    private final TelegramGateway telegram;
    private final Texts texts;

    StudyMenuCommand(LinkedMember linked, AssignmentRepository assignments, StudyViews views,
            TelegramGateway telegram, Texts texts) {
        this.linked = linked;
        this.assignments = assignments;
        this.views = views;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "hoc";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        linked.require(in).ifPresent(member -> showList(in.chatId(), member.id()));
    }

    void showList(long chatId, long memberId) {
        // One query for both the list and the progress line.
        var all = assignments.allFor(memberId);
        var open = assignments.openOf(all);
        if (open.isEmpty()) {
            telegram.send(chatId, texts.get("study.none"));
            return;
        }
        StudyViews.Screen screen = views.list(open, StudyRecords.progressOf(all));
        telegram.sendHtml(chatId, screen.text(), screen.keyboard());
    }
}
