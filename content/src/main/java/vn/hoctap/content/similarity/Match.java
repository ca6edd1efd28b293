package vn.hoctap.content.similarity;

/** A candidate the submission is too close to, with the score (0..1) that flagged it. */
public record Match(String id, double score) {
}
