package vn.hoctap.bot.documents;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;

/** Admin review of quiz questions: generated ones are drafts until approved; members see only approved ones. */
@RestController
class QuestionController {

    private final QuizRepository questions;

    QuestionController(QuizRepository questions) {
        this.questions = questions;
    }

    @GetMapping("/api/documents/{id}/questions")
    List<QuizQuestion> list(@PathVariable long id, @RequestParam(name = "status", defaultValue = "DRAFT") String status) {
        return "APPROVED".equalsIgnoreCase(status) ? questions.approved(id) : questions.drafts(id);
    }

    @PostMapping("/api/questions/{id}/approve")
    Map<String, Object> approve(@PathVariable long id) {
        if (!questions.approve(id)) {
            throw new NoSuchElementException("no question " + id);
        }
        return Map.of("id", id, "status", "APPROVED");
    }

    @PostMapping("/api/questions/{id}/reject")
    Map<String, Object> reject(@PathVariable long id) {
        if (!questions.reject(id)) {
            throw new NoSuchElementException("no question " + id);
        }
        return Map.of("id", id, "status", "REJECTED");
    }
}
