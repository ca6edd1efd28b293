package vn.hoctap.content.document;

/** A section as stored: its document and its position in reading order (0-based). */
public record StoredSection(long documentId, int position, int level, String heading, String text) {
}
