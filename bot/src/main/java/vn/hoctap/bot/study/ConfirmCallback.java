package vn.hoctap.bot.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.Confirmation;
import vn.hoctap.scheduler.assignment.Progress;
import vn.hoctap.scheduler.assignment.StudyRecords;

/**
 * "Tôi đã học xong" ({@code c:A:N}: from summary page N, which is redrawn with the button marked;
 * N = 0 from any other message, which is left alone). If the assignment's rules are not met it says what is missing, with a button
 * for each; otherwise the first tap records the confirmation, marks the button and replies with
 * the member's progress; any later tap (double tap, old message) only shows when it was recorded.
 */
@Component
class ConfirmCallback implements CallbackHandler {

    private final AssignedOnly assigned;
    private final StudyRecords records;
    private final StudyViews views;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final CompletionCheck completion;
    private final List<StudyTask> tasks;

    ConfirmCallback(AssignedOnly assigned, StudyRecords records, StudyViews views, TelegramGateway telegram, Texts texts,
            CompletionCheck completion, List<StudyTask> tasks) {
        this.tasks = List.copyOf(tasks);
        this.completion = completion;
        this.assigned = assigned;
        this.records = records;
        this.views = views;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return StudyActions.CONFIRM;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        assigned.resolve(in, data.arg(0)).ifPresent(target -> {
            Confirmation c;
            try {
                c = records.confirm(target.memberId(), target.assignment().assignmentId());
            } catch (StudyRecords.Incomplete incomplete) {
                telegram.answerCallback(in.callbackId(), texts.get("confirm.missing.short"), false);
                explainMissing(in.chatId(), target.assignment().assignmentId(), incomplete.missing());
                return;
            }
            if (!c.recordedNow()) {
                telegram.answerCallback(in.callbackId(), texts.get("study.alreadyConfirmed", texts.dateTime(c.confirmedAt())),
                        false);
                return;
            }
            telegram.answerCallback(in.callbackId(), texts.get("study.confirmed.notice"), false);
            // Page 0: pressed under a quiz result or a submitted plan, whose text must stay as it is.
            if (in.messageId() != null && data.arg(1) > 0) {
                StudyViews.Screen screen = views.page(target.assignment().confirmed(c.confirmedAt()), (int) Math.min(Integer.MAX_VALUE, data.arg(1)));
                telegram.editHtml(in.chatId(), in.messageId(), screen.text(), screen.keyboard());
            }
            Progress p = records.progressOf(target.memberId());
            String reply = texts.get("study.confirmed", target.assignment().documentCode(), texts.dateTime(c.confirmedAt()),
                    p.done(), p.total(), p.percent());
            if (p.done() == p.total()) {
                reply += "\n\n" + texts.get("study.confirmed.allDone");
            }
            telegram.send(in.chatId(), reply);
        });
    }

    private void explainMissing(long chatId, long assignmentId, Set<CompletionCheck.Requirement> missing) {
        StringBuilder text = new StringBuilder(texts.get("confirm.missing"));
        List<Button> buttons = new ArrayList<>();
        if (missing.contains(CompletionCheck.Requirement.SUMMARY)) {
            text.append('\n').append(texts.get("confirm.missing.summary"));
            buttons.add(StudyActions.OPEN.button(texts.get("button.study"), assignmentId));
        }
        CompletionCheck.Rules rules = completion.rulesFor(assignmentId);
        tasks.forEach(t -> t.missing(missing, assignmentId, rules).ifPresent(m -> {
            text.append('\n').append(m.line());
            buttons.add(m.button());
        }));
        telegram.send(chatId, text.toString(), Keyboard.of(buttons.toArray(Button[]::new)));
    }
}
