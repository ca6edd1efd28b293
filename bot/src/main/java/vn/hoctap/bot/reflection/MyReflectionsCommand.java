package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.LinkedMember;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.reflection.Reflection;
import vn.hoctap.scheduler.reflection.Reflections;

/** {@code /baithuhoach}: the member's own submitted reflections and whether each action plan is in. */
@Component
class MyReflectionsCommand implements CommandHandler {

    private final LinkedMember linked;
    private final AssignmentRepository assignments;
    private final Reflections reflections;
    private final TelegramGateway telegram;
    private final Texts texts;

    MyReflectionsCommand(LinkedMember linked, AssignmentRepository assignments, Reflections reflections,
            TelegramGateway telegram, Texts texts) {
        this.linked = linked;
        this.assignments = assignments;
        this.reflections = reflections;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "baithuhoach";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        var member = linked.require(in);
        if (member.isEmpty()) {
            return;
        }
        var mine = reflections.ofMember(member.get().id());
        if (mine.isEmpty()) {
            telegram.send(in.chatId(), texts.get("reflection.list.none"));
            return;
        }
        StringBuilder text = new StringBuilder(texts.get("reflection.list"));
        for (Reflection r : mine) {
            String code = assignments.findFor(member.get().id(), r.assignmentId()).map(a -> a.documentCode()).orElse("—");
            String start = r.reflection().length() > 150 ? r.reflection().substring(0, 149) + "…" : r.reflection();
            text.append("\n\n").append(texts.get("reflection.list.item", code, texts.dateTime(r.reflectionAt()),
                    Reflection.words(r.reflection()), start.replace('\n', ' '),
                    texts.get(r.planAt() != null ? "reflection.plan.yes" : "reflection.plan.no")));
        }
        telegram.send(in.chatId(), text.toString());
    }
}
