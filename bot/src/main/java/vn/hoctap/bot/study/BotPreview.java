package vn.hoctap.bot.study;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.content.document.Document;
import vn.hoctap.scheduler.assignment.MemberAssignment;

/**
 * What a member would see on Telegram for a document, for the dashboard's preview: the same
 * {@link StudyViews} pages, rendered as an assignment due in a week.
 */
@Component
public class BotPreview {

    /** One screen: the Telegram HTML the bot sends (document text escaped by {@link StudyViews}) and the button labels, row by row. */
    public record Screen(String html, List<List<String>> buttons) {
    }

    private final StudyViews views;
    private final Clock clock;

    BotPreview(StudyViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    public List<Screen> pages(Document document) {
        MemberAssignment preview = new MemberAssignment(0, document.id(), document.code(), document.title(),
                clock.instant().plus(Duration.ofDays(7)), null);
        List<Screen> screens = new ArrayList<>();
        int count = views.pageCount(preview);
        for (int page = 1; page <= count; page++) {
            StudyViews.Screen s = views.page(preview, page);
            screens.add(new Screen(s.text(), s.keyboard().rows().stream().map(row -> row.stream().map(Button::text).toList())
                    .filter(row -> !row.isEmpty()).toList()));
        }
        return screens;
    }
}
