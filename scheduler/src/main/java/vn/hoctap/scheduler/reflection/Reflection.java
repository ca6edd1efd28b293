package vn.hoctap.scheduler.reflection;

import java.time.Instant;

/** A member's reflection (bài thu hoạch) and action plan for an assignment, drafts included. */
public record Reflection(long id, long memberId, long assignmentId, String reflectionDraft, String reflection,
        Instant reflectionAt, String planDraft, String plan, Instant planAt) {

    /** The two parts a member writes, in order. */
    public enum Part {
        REFLECTION, PLAN
    }

    public String draft(Part part) {
        return part == Part.REFLECTION ? reflectionDraft : planDraft;
    }

    public boolean submitted(Part part) {
        return (part == Part.REFLECTION ? reflectionAt : planAt) != null;
    }

    public static int words(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
