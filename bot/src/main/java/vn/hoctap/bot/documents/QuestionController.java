package vn.hoctap.bot.documents;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<Map<String, Object>> approve(@PathVariable long id) {
        return questions.approve(id) ? ResponseEntity.ok(Map.of("id", id, "status", "APPROVED"))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no question " + id));
    }

    @PostMapping("/api/questions/{id}/reject")
    ResponseEntity<Map<String, Object>> reject(@PathVariable long id) {
        return questions.reject(id) ? ResponseEntity.ok(Map.of("id", id, "status", "REJECTED"))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no question " + id));
    }
}
