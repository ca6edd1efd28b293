package vn.hoctap.bot.reflection;

import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.quiz.QuizActions;
import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.StudyActions;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.MemberAssignment;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.reflection.Reflection;
import vn.hoctap.scheduler.reflection.Reflections;

/**
 * The writing dialogue: which part comes next (reflection, then action plan) is read from
 * PostgreSQL, not from the session, so after a restart of the app or of Redis the member simply
 * continues. The session only says "text typed now belongs to assignment A".
 */
@Component
class ReflectionFlow {

    static final String STATE = "reflection";
    static final String ASSIGNMENT = "reflection.assignment";
    /**
     * Characters a draft may reach: the longest accepted reflection (3,000 words) with room to edit.
     * Beyond it a message is not added and the member is told why.
     */
    static final int MAX_DRAFT_CHARS = 25_000;
    /** "Xem lại" shows this much of the draft: two Telegram messages at most, never a flood. */
    static final int PREVIEW_CHARS = 7_000;

    private final MemberRepository members;
    private final AssignmentRepository assignments;
    private final DocumentRepository documents;
    private final Reflections reflections;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final CompletionCheck completion;

    ReflectionFlow(MemberRepository members, AssignmentRepository assignments, DocumentRepository documents, Reflections reflections,
            TelegramGateway telegram, Texts texts, CompletionCheck completion) {
        this.completion = completion;
        this.members = members;
        this.assignments = assignments;
        this.documents = documents;
        this.reflections = reflections;
        this.telegram = telegram;
        this.texts = texts;
    }

    record Target(long memberId, MemberAssignment assignment) {
    }

    Optional<Target> target(long telegramUserId, long assignmentId) {
        return members.findByTelegramUserId(telegramUserId)
                .flatMap(m -> assignments.findFor(m.id(), assignmentId).map(a -> new Target(m.id(), a)));
    }

    /** The part still to submit, or empty when both are in. */
    Optional<Reflection.Part> nextPart(Target t) {
        var r = reflections.find(t.memberId(), t.assignment().assignmentId());
        if (r.isEmpty() || !r.get().submitted(Reflection.Part.REFLECTION)) {
            return Optional.of(Reflection.Part.REFLECTION);
        }
        return r.get().submitted(Reflection.Part.PLAN) ? Optional.empty() : Optional.of(Reflection.Part.PLAN);
    }

    void begin(long chatId, Target t, ChatSession session) {
        Optional<Reflection.Part> part = nextPart(t);
        if (part.isEmpty()) {
            session.reset();
            telegram.send(chatId, texts.get("reflection.done"));
            return;
        }
        session.enter(STATE);
        session.put(ASSIGNMENT, Long.toString(t.assignment().assignmentId()));
        String draft = reflections.find(t.memberId(), t.assignment().assignmentId()).map(r -> r.draft(part.get())).orElse("");
        if (!draft.isBlank()) {
            telegram.send(chatId, texts.get("reflection.draft", Reflection.words(draft)), actions(t));
        } else {
            prompt(chatId, t, part.get());
        }
    }

    void prompt(long chatId, Target t, Reflection.Part part) {
        telegram.send(chatId, part == Reflection.Part.REFLECTION
                ? texts.get("reflection.prompt.reflection", t.assignment().documentCode(), reflections.minWords(), reflections.maxWords())
                : texts.get("reflection.prompt.plan", reflections.minWords(), reflections.maxWords()));
    }

    void append(long chatId, Target t, String text) {
        Reflection.Part part = nextPart(t).orElse(Reflection.Part.PLAN);
        String current = reflections.find(t.memberId(), t.assignment().assignmentId()).map(r -> r.draft(part)).orElse("");
        if (current.length() + text.length() + 1 > MAX_DRAFT_CHARS) {
            telegram.send(chatId, texts.get("reflection.draftFull", MAX_DRAFT_CHARS, Reflection.words(current)), actions(t));
            return;
        }
        String draft = reflections.append(t.memberId(), t.assignment().assignmentId(), part, text);
        telegram.send(chatId, texts.get("reflection.saved", Reflection.words(draft)), actions(t));
    }

    void preview(long chatId, Target t) {
        Reflection.Part part = nextPart(t).orElse(Reflection.Part.PLAN);
        String draft = reflections.find(t.memberId(), t.assignment().assignmentId()).map(r -> r.draft(part)).orElse("");
        String shown = draft.length() <= PREVIEW_CHARS ? draft
                : draft.substring(0, PREVIEW_CHARS) + "\n\n" + texts.get("reflection.previewCut", draft.length() - PREVIEW_CHARS);
        telegram.send(chatId, texts.get("reflection.preview", Reflection.words(draft), shown), actions(t));
    }

    void rewrite(long chatId, Target t) {
        nextPart(t).ifPresent(part -> reflections.clearDraft(t.memberId(), t.assignment().assignmentId(), part));
        telegram.send(chatId, texts.get("reflection.rewritten"));
    }

    void submit(long chatId, Target t, ChatSession session) {
        Optional<Reflection.Part> part = nextPart(t);
        if (part.isEmpty()) {
            telegram.send(chatId, texts.get("reflection.done"));
            return;
        }
        try {
            Reflection r = reflections.submit(t.memberId(), t.assignment().assignmentId(), part.get(), documentText(t));
            if (part.get() == Reflection.Part.REFLECTION) {
                telegram.send(chatId, texts.get("reflection.submitted", Reflection.words(r.reflection())));
                session.enter(STATE);
                session.put(ASSIGNMENT, Long.toString(t.assignment().assignmentId()));
                prompt(chatId, t, Reflection.Part.PLAN);
            } else {
                session.reset();
                planSubmitted(chatId, t, Reflection.words(r.plan()));
            }
        } catch (Reflections.LengthRefused e) {
            String key = e.words() < reflections.minWords() ? "reflection.tooShort" : "reflection.tooLong";
            telegram.send(chatId, texts.get(key, reflections.minWords(), reflections.maxWords(), e.words()), actions(t));
        }
    }

    /** Invites "Tôi đã học xong" only when nothing else is missing; otherwise says what still is (e.g. the quiz). */
    private void planSubmitted(long chatId, Target t, int words) {
        long a = t.assignment().assignmentId();
        var missing = completion.missing(t.memberId(), a);
        if (missing.isEmpty() || t.assignment().isDone()) {
            telegram.send(chatId, texts.get("reflection.planSubmitted", words),
                    Keyboard.of(StudyActions.CONFIRM.button(texts.get("button.confirm"), a, 0)));
            return;
        }
        StringBuilder text = new StringBuilder(texts.get("reflection.planSubmitted.more", words));
        java.util.List<Button> buttons = new java.util.ArrayList<>();
        if (missing.contains(CompletionCheck.Requirement.SUMMARY)) {
            text.append('\n').append(texts.get("confirm.missing.summary"));
            buttons.add(StudyActions.OPEN.button(texts.get("button.study"), a));
        }
        if (missing.contains(CompletionCheck.Requirement.QUIZ)) {
            text.append('\n').append(texts.get("confirm.missing.quiz", completion.rulesFor(a).passMark()));
            buttons.add(QuizActions.INLINE.button(texts.get("button.quizInline"), a));
        }
        telegram.send(chatId, text.toString(), Keyboard.of(buttons.toArray(Button[]::new)));
    }

    private String documentText(Target t) {
        var doc = documents.findById(t.assignment().documentId()).orElseThrow();
        return (doc.summary() == null ? "" : doc.summary()) + "\n\n" + documents.sections(doc.id()).stream()
                .map(s -> s.heading() + "\n" + s.text()).collect(Collectors.joining("\n\n"));
    }

    private Keyboard actions(Target t) {
        long a = t.assignment().assignmentId();
        return new Keyboard(java.util.List.of(java.util.List.of(ReflectionActions.PREVIEW.button(texts.get("button.preview"), a),
                ReflectionActions.SUBMIT.button(texts.get("button.submit"), a),
                ReflectionActions.REWRITE.button(texts.get("button.rewrite"), a))));
    }
}
