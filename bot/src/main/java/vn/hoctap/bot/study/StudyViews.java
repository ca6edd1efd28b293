package vn.hoctap.bot.study;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Html;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.summary.SummaryPages;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.MemberAssignment;
import vn.hoctap.scheduler.assignment.Progress;

/**
 * Renders the study screens (assignment list, summary pages) as Telegram HTML plus buttons; every
 * piece of document text is escaped here, so callers send with {@code sendHtml}/{@code editHtml}.
 * Callback data: {@code o:A} open, {@code p:A:N} page N, {@code c:A:N} confirm from page N
 * ({@code c:A:0}: confirm from a message that is not a summary page, left as it is), {@code l} list.
 */
@Component
class StudyViews {

    record Screen(String text, Keyboard keyboard) {
    }

    private final Texts texts;
    private final DocumentRepository documents;
    private final SummaryPages pages;
    private final Clock clock;
    private final CompletionCheck completion;
    private final List<StudyTask> tasks;

    StudyViews(Texts texts, DocumentRepository documents, StudyProperties props, Clock clock, CompletionCheck completion,
            List<StudyTask> tasks) {
        this.completion = completion;
        this.tasks = List.copyOf(tasks);
        this.texts = texts;
        this.documents = documents;
        this.pages = new SummaryPages(props.pageChars());
        this.clock = clock;
    }

    Screen list(List<MemberAssignment> open, Progress progress) {
        Instant now = clock.instant();
        StringBuilder text = new StringBuilder(texts.get("study.list.header", progress.done(), progress.total()));
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            MemberAssignment a = open.get(i);
            text.append("\n\n").append(texts.get("study.list.item", i + 1, Html.escape(a.documentCode()), Html.escape(a.title()),
                    Html.escape(status(a, now))));
            String mark = a.isDone() ? "✅ " : a.isOverdue(now) ? "⚠️ " : "⏳ ";
            // The same document assigned twice (a campaign and a unit's own plan) gets the deadline, not two equal buttons.
            boolean twice = open.stream().filter(o -> o.documentId() == a.documentId()).count() > 1;
            buttons.add(StudyActions.OPEN.button(twice ? texts.get("button.openDue", mark + a.documentCode(), texts.date(a.deadline()))
                    : mark + a.documentCode() + " — " + shorten(a.title(), 40), a.assignmentId()));
        }
        text.append("\n\n").append(texts.get("study.list.footer"));
        return new Screen(text.toString(), Keyboard.of(buttons.toArray(Button[]::new)));
    }

    /** Page {@code requested} (1-based, clamped to the existing pages) of the assignment's summary. */
    Screen page(MemberAssignment a, int requested) {
        List<String> all = summaryPages(a);
        int page = Math.max(1, Math.min(requested, all.size()));
        String text = texts.get("study.page", Html.escape(a.documentCode()), Html.escape(a.title()), Html.escape(all.get(page - 1)),
                page, all.size(),
                texts.date(a.deadline()));
        List<Button> nav = new ArrayList<>();
        if (page > 1) {
            nav.add(StudyActions.PAGE.button(texts.get("button.prev"), a.assignmentId(), page - 1));
        }
        if (page < all.size()) {
            nav.add(StudyActions.PAGE.button(texts.get("button.next"), a.assignmentId(), page + 1));
        }
        Button confirm = StudyActions.CONFIRM.button(texts.get(a.isDone() ? "button.confirmed" : "button.confirm"), a.assignmentId(), page);
        Button list = StudyActions.LIST.button(texts.get("button.list"));
        CompletionCheck.Rules rules = completion.rulesFor(a.assignmentId());
        List<List<Button>> rows = new ArrayList<>(List.of(nav));
        tasks.forEach(t -> rows.add(t.pageButtons(a, rules)));
        rows.add(List.of(confirm));
        rows.add(List.of(list));
        return new Screen(text, new Keyboard(rows));
    }

    /** How many summary pages the assignment's document has. */
    int pageCount(MemberAssignment a) {
        return summaryPages(a).size();
    }

    private List<String> summaryPages(MemberAssignment a) {
        String summary = documents.summaryOf(a.documentId()).filter(s -> !s.isBlank()).orElse(texts.get("study.noSummary"));
        return pages.split(summary);
    }

    private String status(MemberAssignment a, Instant now) {
        if (a.isDone()) {
            return texts.get("study.status.done", texts.dateTime(a.confirmedAt()));
        }
        if (a.isOverdue(now)) {
            return texts.get("study.status.overdue", texts.date(a.deadline()));
        }
        return texts.get("study.status.todo", texts.date(a.deadline()));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }
}
