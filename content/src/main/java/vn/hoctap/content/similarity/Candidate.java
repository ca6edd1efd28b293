package vn.hoctap.content.similarity;

/** A text a submission is compared with: the document itself, or another member's submission. */
public record Candidate(String id, String text) {
}
