package vn.hoctap.bot.study;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.MemberAssignment;
import vn.hoctap.scheduler.assignment.Progress;

/** {@code /tiendo}: the member's progress across every assignment, done or not, and the way on while some are not. */
@Component
class ProgressCommand implements CommandHandler {

    private final LinkedMember linked;
    private final AssignmentRepository assignments;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final Clock clock;
    private final CompletionCheck completion;

    ProgressCommand(LinkedMember linked, AssignmentRepository assignments, TelegramGateway telegram, Texts texts,
            Clock clock, CompletionCheck completion) {
        this.completion = completion;
        this.linked = linked;
        this.assignments = assignments;
        this.telegram = telegram;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String command() {
        return "tiendo";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        linked.require(in).ifPresent(member -> {
            var all = assignments.allFor(member.id());
            if (all.isEmpty()) {
                telegram.send(in.chatId(), texts.get("progress.none"));
                return;
            }
            Progress p = new Progress((int) all.stream().filter(MemberAssignment::isDone).count(), all.size());
            StringBuilder text = new StringBuilder(texts.get("progress.header", member.fullName(), p.done(), p.total(), p.percent()));
            Instant now = clock.instant();
            // What each open document still needs, so the member knows the next step without opening it.
            var missing = completion.missingAll(member.id(), all.stream().filter(a -> !a.isDone()).map(MemberAssignment::assignmentId).toList());
            for (MemberAssignment a : all) {
                text.append("\n\n");
                if (a.isDone()) {
                    text.append(texts.get("progress.item.done", a.documentCode(), a.title(), texts.dateTime(a.confirmedAt())));
                } else if (a.isOverdue(now)) {
                    text.append(texts.get("progress.item.overdue", a.documentCode(), a.title(), texts.date(a.deadline())));
                } else {
                    text.append(texts.get("progress.item.todo", a.documentCode(), a.title(), texts.date(a.deadline())));
                }
                if (!a.isDone()) {
                    text.append('\n').append(missingLine(a.assignmentId(), missing.getOrDefault(a.assignmentId(), java.util.Set.of())));
                }
            }
            // Something left to do: one tap back to the list instead of a dead end.
            telegram.send(in.chatId(), text.toString(), p.done() == p.total() ? Keyboard.NONE
                    : Keyboard.of(StudyActions.LIST.button(texts.get("button.study"))));
        });
    }

    private String missingLine(long assignmentId, java.util.Set<CompletionCheck.Requirement> missing) {
        if (missing.isEmpty()) {
            return texts.get("progress.missing.none");
        }
        return texts.get("progress.missing", String.join(", ", missing.stream().map(r -> r == CompletionCheck.Requirement.QUIZ
                // The pass mark is the campaign's: a member who failed at 70% must know the bar is 80%.
                ? texts.get("progress.missing.quiz", completion.rulesFor(assignmentId).passMark())
                : texts.get("progress.missing." + r.name().toLowerCase(java.util.Locale.ROOT))).toList()));
    }
}
