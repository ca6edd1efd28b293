package vn.hoctap.bot.webapp;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.hoctap.bot.quiz.QuizActions;
import vn.hoctap.bot.telegram.Html;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.webapp.ReaderViews.AssignmentItem;
import vn.hoctap.bot.webapp.ReaderViews.AssignmentView;
import vn.hoctap.bot.webapp.ReaderViews.DocumentView;
import vn.hoctap.bot.webapp.ReaderViews.Home;
import vn.hoctap.bot.webapp.ReaderViews.Requirement;
import vn.hoctap.bot.webapp.ReaderViews.SectionView;
import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.Confirmation;
import vn.hoctap.scheduler.assignment.MemberAssignment;
import vn.hoctap.scheduler.assignment.StudyRecords;

/**
 * The Mini App's rules: the library is readable by every linked member (as in the chat's search),
 * but assignments, progress and confirmations only ever concern the member's own assignments
 * (anything else is "not found"). Reading a document in the reader counts as opening its summary.
 */
@Service
class Reader {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DocumentRepository documents;
    private final AssignmentRepository assignments;
    private final StudyRecords records;
    private final CompletionCheck completion;
    private final QuizRepository quizzes;
    private final Bookmarks bookmarks;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final Clock clock;

    Reader(DocumentRepository documents, AssignmentRepository assignments, StudyRecords records, CompletionCheck completion,
            QuizRepository quizzes, Bookmarks bookmarks, TelegramGateway telegram, Texts texts, Clock clock) {
        this.documents = documents;
        this.assignments = assignments;
        this.records = records;
        this.completion = completion;
        this.quizzes = quizzes;
        this.bookmarks = bookmarks;
        this.telegram = telegram;
        this.texts = texts;
        this.clock = clock;
    }

    Home home(WebAppMember member) {
        List<MemberAssignment> all = assignments.allFor(member.memberId());
        List<AssignmentItem> items = all.stream().map(a -> new AssignmentItem(a.assignmentId(), a.documentId(), a.documentCode(),
                a.title(), texts.date(a.deadline()), a.isDone(), a.isOverdue(clock.instant()))).toList();
        return new Home(member.fullName(), (int) all.stream().filter(MemberAssignment::isDone).count(), all.size(), items);
    }

    DocumentView document(WebAppMember member, long documentId) {
        Document d = documents.findById(documentId).orElseThrow(() -> new NoSuchElementException("document " + documentId));
        Optional<MemberAssignment> assignment = assignments.allFor(member.memberId()).stream()
                .filter(a -> a.documentId() == documentId).min(Comparator.comparing(MemberAssignment::isDone));
        assignment.ifPresent(a -> records.recordOpened(member.memberId(), a.assignmentId()));
        List<SectionView> sections = documents.sections(documentId).stream()
                .map(s -> new SectionView(s.position(), s.level(), s.heading(), s.text())).toList();
        return new DocumentView(d.id(), d.code(), d.title(), ISSUED.format(d.issuedOn()), d.hasSummary() ? d.summary() : null,
                d.keyPoints(), sections, bookmarks.of(member.memberId(), documentId),
                assignment.map(a -> assignmentView(member, a)).orElse(null));
    }

    private AssignmentView assignmentView(WebAppMember member, MemberAssignment a) {
        CompletionCheck.Rules rules = completion.rulesFor(a.assignmentId());
        Set<CompletionCheck.Requirement> missing = a.isDone() ? Set.of() : completion.missing(member.memberId(), a.assignmentId());
        List<Requirement> requirements = new ArrayList<>();
        if (rules.summary()) {
            requirements.add(new Requirement(texts.get("webapp.req.summary"), !missing.contains(CompletionCheck.Requirement.SUMMARY)));
        }
        // A quiz without approved questions cannot be started: not listed, not asked (CompletionCheck).
        boolean quizAvailable = !quizzes.approved(a.documentId()).isEmpty();
        if (rules.quiz() && quizAvailable) {
            requirements.add(new Requirement(texts.get("webapp.req.quiz", rules.passMark()),
                    !missing.contains(CompletionCheck.Requirement.QUIZ)));
        }
        if (rules.reflection()) {
            requirements.add(new Requirement(texts.get("webapp.req.reflection"),
                    !missing.contains(CompletionCheck.Requirement.REFLECTION)));
        }
        return new AssignmentView(a.assignmentId(), texts.date(a.deadline()), a.isDone(),
                a.isDone() ? texts.dateTime(a.confirmedAt()) : null, a.isOverdue(clock.instant()), requirements, quizAvailable);
    }

    /** @throws StudyRecords.Incomplete with what is missing; NoSuchElementException for someone else's assignment */
    ReaderViews.Confirmed confirm(WebAppMember member, long assignmentId) {
        own(member, assignmentId);
        Confirmation c = records.confirm(member.memberId(), assignmentId);
        var progress = records.progressOf(member.memberId());
        return new ReaderViews.Confirmed(texts.dateTime(c.confirmedAt()), progress.done(), progress.total());
    }

    List<String> missingLabels(long assignmentId, Set<CompletionCheck.Requirement> missing) {
        List<String> labels = new ArrayList<>();
        if (missing.contains(CompletionCheck.Requirement.SUMMARY)) {
            labels.add(texts.get("webapp.req.summary"));
        }
        if (missing.contains(CompletionCheck.Requirement.QUIZ)) {
            labels.add(texts.get("webapp.req.quiz", completion.rulesFor(assignmentId).passMark()));
        }
        if (missing.contains(CompletionCheck.Requirement.REFLECTION)) {
            labels.add(texts.get("webapp.req.reflection"));
        }
        return labels;
    }

    /** Puts the quiz's start buttons into the member's chat with the bot, where the quiz runs. */
    void quizInChat(WebAppMember member, long assignmentId) {
        MemberAssignment a = own(member, assignmentId);
        telegram.sendHtml(member.telegramUserId(), texts.get("webapp.quiz.chat", Html.escape(a.documentCode()), Html.escape(a.title())),
                new Keyboard(List.of(List.of(QuizActions.INLINE.button(texts.get("button.quizInline"), assignmentId),
                        QuizActions.POLLS.button(texts.get("button.quizPolls"), assignmentId)))));
    }

    void bookmark(WebAppMember member, long documentId, int position, boolean on) {
        if (documents.findById(documentId).isEmpty() || (position != -1 && documents.section(documentId, position).isEmpty())) {
            throw new NoSuchElementException("document " + documentId + " section " + position);
        }
        if (on) {
            bookmarks.add(member.memberId(), documentId, position);
        } else {
            bookmarks.remove(member.memberId(), documentId, position);
        }
    }

    List<Integer> bookmarks(WebAppMember member, long documentId) {
        return bookmarks.of(member.memberId(), documentId);
    }

    private MemberAssignment own(WebAppMember member, long assignmentId) {
        return assignments.findFor(member.memberId(), assignmentId)
                .orElseThrow(() -> new NoSuchElementException("assignment " + assignmentId));
    }
}
