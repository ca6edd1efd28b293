package vn.hoctap.content.document;

import java.text.Normalizer;

/**
 * One part of a document as its authors structured it: a heading ("I. QUAN ĐIỂM", "1. Mục tiêu",
 * "Điều 3.") at a nesting level (1 = top), and the text under it up to the next heading.
 */
public record Section(int level, String heading, String text) {

    public Section {
        if (level < 1) {
            throw new IllegalArgumentException("section level starts at 1: " + level);
        }
        heading = heading == null ? "" : Normalizer.normalize(heading.strip(), Normalizer.Form.NFC);
        text = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
