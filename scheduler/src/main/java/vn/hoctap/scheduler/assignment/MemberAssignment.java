package vn.hoctap.scheduler.assignment;

import java.time.Instant;

/** One assignment as one member sees it: what to study, by when, and whether they are done. */
public record MemberAssignment(long assignmentId, long documentId, String documentCode, String title, Instant deadline,
        Instant confirmedAt) {

    public boolean isDone() {
        return confirmedAt != null;
    }

    public MemberAssignment confirmed(Instant at) {
        return new MemberAssignment(assignmentId, documentId, documentCode, title, deadline, at);
    }

    public boolean isOverdue(Instant now) {
        return !isDone() && now.isAfter(deadline);
    }
}
