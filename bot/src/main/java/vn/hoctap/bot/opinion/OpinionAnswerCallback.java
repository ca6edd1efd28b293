package vn.hoctap.bot.opinion;

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
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.member.MemberStatus;
import vn.hoctap.scheduler.opinion.OpinionForms;

/**
 * An answer to a question of an opinion form ({@code opa:question:choice}): stored (the last answer
 * counts), the question's message shows the choice, and the next question follows; after the last
 * one the member may send a free comment (the chat waits for it until they send it or skip).
 */
@Component
class OpinionAnswerCallback implements CallbackHandler {

    static final String AWAITING_COMMENT = "opinion-comment";
    static final String FORM = "form";

    private final OpinionForms forms;
    private final OpinionMessages messages;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    OpinionAnswerCallback(OpinionForms forms, OpinionMessages messages, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.forms = forms;
        this.messages = messages;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return OpinionActions.ANSWER;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var member = members.findByTelegramUserId(in.userId()).filter(m -> m.status() != MemberStatus.LEFT);
        var question = forms.question(data.arg(0));
        if (member.isEmpty() || question.isEmpty() || data.arg(1) > 2 || !forms.sentTo(question.get().formId(), member.get().id())) {
            telegram.answerCallback(in.callbackId(), texts.get("opinion.stale"), true);
            return;
        }
        OpinionForms.Question q = question.get();
        OpinionForms.Choice choice = OpinionForms.Choice.values()[(int) data.arg(1)];
        boolean changed = forms.answered(q.id(), member.get().id());
        forms.answer(q.id(), member.get().id(), choice);
        OpinionForms.Form form = forms.form(q.formId()).orElseThrow();
        int total = forms.questionCount(form.id());
        telegram.answerCallback(in.callbackId(), texts.get("opinion.saved"), false);
        if (in.messageId() != null) {
            telegram.edit(in.chatId(), in.messageId(), messages.body(form, q, total) + "\n" + texts.get("opinion.yourChoice",
                    messages.choice(choice)), messages.keyboard(q));
        }
        if (changed) {
            return; // a changed answer: the next question (or the comment) was offered the first time
        }
        var next = forms.question(form.id(), q.position() + 1);
        if (next.isPresent()) {
            telegram.send(in.chatId(), messages.body(form, next.get(), total), messages.keyboard(next.get()));
            return;
        }
        session.enter(AWAITING_COMMENT);
        session.put(FORM, Long.toString(form.id()));
        telegram.send(in.chatId(), texts.get("opinion.askComment"),
                Keyboard.of(new Button(texts.get("opinion.skip"), OpinionActions.SKIP.data(form.id()))));
    }
}
