package vn.hoctap.bot.webapp;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.StudyTask;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.MemberAssignment;

/** "Đọc toàn văn" on every summary page, first among the tasks (nothing when the Mini App is off). */
@Component
@Order(1)
class ReadTask implements StudyTask {

    private final WebAppLinks links;

    ReadTask(WebAppLinks links) {
        this.links = links;
    }

    @Override
    public List<Button> pageButtons(MemberAssignment a, CompletionCheck.Rules rules) {
        return links.readDocument(a.documentId(), -1).map(List::of).orElse(List.of());
    }
}
