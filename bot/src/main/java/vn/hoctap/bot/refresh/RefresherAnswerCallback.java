package vn.hoctap.bot.refresh;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.search.SearchActions;
import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.webapp.WebAppLinks;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.StoredSection;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.text.Folding;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.refresh.Refreshers;

/**
 * An answer to a refresher ({@code rf:R:O}): recorded once; right is confirmed, wrong shows the
 * right option, the explanation and the section to reread, with buttons to open it in the chat
 * and in the reader. A second tap only says it was already answered.
 */
@Component
class RefresherAnswerCallback implements CallbackHandler {

    private final Refreshers refreshers;
    private final MemberRepository members;
    private final DocumentRepository documents;
    private final WebAppLinks webApp;
    private final TelegramGateway telegram;
    private final Texts texts;

    RefresherAnswerCallback(Refreshers refreshers, MemberRepository members, DocumentRepository documents, WebAppLinks webApp,
            TelegramGateway telegram, Texts texts) {
        this.refreshers = refreshers;
        this.members = members;
        this.documents = documents;
        this.webApp = webApp;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return RefreshActions.ANSWER;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var answer = members.findByTelegramUserId(in.userId())
                .flatMap(m -> refreshers.answer(data.arg(0), m.id(), (int) Math.min(Integer.MAX_VALUE, data.arg(1))));
        if (answer.isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
            return;
        }
        Refreshers.Answer a = answer.get();
        if (!a.firstTime()) {
            telegram.answerCallback(in.callbackId(), texts.get("quiz.already"), false);
            return;
        }
        telegram.answerCallback(in.callbackId(), null, false);
        QuizQuestion q = a.question();
        StringBuilder text = new StringBuilder(texts.get("refresher.answered", q.question(),
                RefresherMessages.letter((int) data.arg(1)) + ". " + q.options().get((int) data.arg(1))));
        List<Button> buttons = new ArrayList<>();
        if (a.correct()) {
            text.append("\n\n").append(texts.get("refresher.right"));
        } else {
            int right = q.correct().iterator().next();
            text.append("\n\n").append(texts.get("refresher.wrong", RefresherMessages.letter(right) + ". " + q.options().get(right)));
            if (q.explanation() != null) {
                text.append('\n').append(texts.get("quiz.explanation", q.explanation()));
            }
            StoredSection section = reread(a.documentId(), q);
            if (section != null) {
                text.append("\n\n").append(texts.get("refresher.reread", section.heading()));
                buttons.add(SearchActions.OPEN_SECTION.button(texts.get("button.reread"), a.documentId(), section.position() + 1L));
            }
            webApp.readDocument(a.documentId(), section == null ? -1 : section.position()).ifPresent(buttons::add);
        }
        if (in.messageId() != null) {
            telegram.edit(in.chatId(), in.messageId(), text.toString(), Keyboard.of(buttons.toArray(Button[]::new)));
        } else {
            telegram.send(in.chatId(), text.toString(), Keyboard.of(buttons.toArray(Button[]::new)));
        }
    }

    /** The section the answer comes from: the one holding its source sentence, the right option, or the explanation. */
    private StoredSection reread(long documentId, QuizQuestion q) {
        List<StoredSection> sections = documents.sections(documentId);
        List<String> clues = new ArrayList<>();
        if (q.sourceSentence() != null) {
            clues.add(q.sourceSentence());
        }
        q.correct().forEach(i -> clues.add(q.options().get(i)));
        if (q.explanation() != null) {
            clues.add(q.explanation());
        }
        for (String clue : clues) {
            String folded = Folding.fold(clue).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
            if (folded.length() < 2) {
                continue;
            }
            for (StoredSection s : sections) {
                if (Folding.fold(s.heading() + " " + s.text()).replaceAll("[^\\p{L}\\p{N}%]+", " ").contains(folded)) {
                    return s;
                }
            }
        }
        return null;
    }
}
