package vn.hoctap.bot.webapp;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.assignment.StudyRecords;

/** The Mini App: its one page, and the JSON API the page calls with Telegram's initData. */
@RestController
class ReaderController {

    private static final Resource PAGE = new ClassPathResource("static/webapp/index.html");

    private final Reader reader;
    private final Texts texts;

    ReaderController(Reader reader, Texts texts) {
        this.reader = reader;
        this.texts = texts;
    }

    @GetMapping({"/webapp", "/webapp/"})
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).body(PAGE);
    }

    @GetMapping("/webapp/api/me")
    ReaderViews.Home me(@AuthenticationPrincipal WebAppMember member) {
        return reader.home(member);
    }

    @GetMapping("/webapp/api/documents/{id}")
    ReaderViews.DocumentView document(@AuthenticationPrincipal WebAppMember member, @PathVariable long id) {
        return reader.document(member, id);
    }

    @PutMapping("/webapp/api/documents/{id}/bookmarks/{position}")
    List<Integer> bookmark(@AuthenticationPrincipal WebAppMember member, @PathVariable long id, @PathVariable int position) {
        reader.bookmark(member, id, position, true);
        return reader.bookmarks(member, id);
    }

    @DeleteMapping("/webapp/api/documents/{id}/bookmarks/{position}")
    List<Integer> unbookmark(@AuthenticationPrincipal WebAppMember member, @PathVariable long id, @PathVariable int position) {
        reader.bookmark(member, id, position, false);
        return reader.bookmarks(member, id);
    }

    @PostMapping("/webapp/api/assignments/{id}/confirm")
    ResponseEntity<?> confirm(@AuthenticationPrincipal WebAppMember member, @PathVariable long id) {
        try {
            return ResponseEntity.ok(reader.confirm(member, id));
        } catch (StudyRecords.Incomplete e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new ReaderViews.Refused(texts.get("confirm.missing"), reader.missingLabels(id, e.missing())));
        }
    }

    @PostMapping("/webapp/api/assignments/{id}/quiz")
    ResponseEntity<Map<String, String>> quiz(@AuthenticationPrincipal WebAppMember member, @PathVariable long id) {
        reader.quizInChat(member, id);
        return ResponseEntity.accepted().body(Map.of("message", texts.get("webapp.quiz.sent")));
    }
}
