package vn.hoctap.bot.study;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.assignment.MemberAssignment;

/**
 * Resolves the assignment a button names, but only if the pressing member is assigned it: a
 * tampered id or a button forwarded from someone else's chat gets "no longer valid", nothing more.
 */
@Component
public class AssignedOnly {

    private final LinkedMember linked;
    private final AssignmentRepository assignments;
    private final TelegramGateway telegram;
    private final Texts texts;

    AssignedOnly(LinkedMember linked, AssignmentRepository assignments, TelegramGateway telegram, Texts texts) {
        this.linked = linked;
        this.assignments = assignments;
        this.telegram = telegram;
        this.texts = texts;
    }

    public record Target(long memberId, MemberAssignment assignment) {
    }

    public Optional<Target> resolve(Incoming in, long assignmentId) {
        return linked.require(in).flatMap(member -> {
            Optional<MemberAssignment> a = assignments.findFor(member.id(), assignmentId);
            if (a.isEmpty()) {
                telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
            }
            return a.map(found -> new Target(member.id(), found));
        });
    }
}
