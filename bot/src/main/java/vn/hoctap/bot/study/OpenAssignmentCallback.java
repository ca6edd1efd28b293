package vn.hoctap.bot.study;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.scheduler.assignment.StudyRecords;

/** Opens an assignment from the list: records the first opening and sends page 1 of its summary. */
@Component
class OpenAssignmentCallback implements CallbackHandler {

    private final AssignedOnly assigned;
    private final StudyRecords records;
    private final StudyViews views;
    private final TelegramGateway telegram;

    OpenAssignmentCallback(AssignedOnly assigned, StudyRecords records, StudyViews views, TelegramGateway telegram) {
        this.assigned = assigned;
        this.records = records;
        this.views = views;
        this.telegram = telegram;
    }

    @Override
    public Action action() {
        return StudyActions.OPEN;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        assigned.resolve(in, data.arg(0)).ifPresent(target -> {
            records.recordOpened(target.memberId(), target.assignment().assignmentId());
            telegram.answerCallback(in.callbackId(), null, false);
            StudyViews.Screen screen = views.page(target.assignment(), 1);
            telegram.sendHtml(in.chatId(), screen.text(), screen.keyboard());
        });
    }
}
