package vn.hoctap.content.importing;

import java.time.LocalDate;

/**
 * What the person importing a file knows about it (the upload form's fields), used only where the
 * text itself does not say: a news article's title, date or source. Any field may be null.
 * {@code today} is the date an undated text gets when nothing else gives one.
 */
public record ImportHints(String title, LocalDate issuedOn, String source, LocalDate today) {

    public ImportHints {
        title = blankToNull(title);
        source = blankToNull(source);
        if (title != null && title.length() > 500) {
            throw new IllegalArgumentException("title is longer than 500 characters");
        }
        if (source != null && source.length() > 120) {
            throw new IllegalArgumentException("source is longer than 120 characters");
        }
        today = today == null ? LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : today;
    }

    /** No hints: everything comes from the text or the file name. */
    public static ImportHints none() {
        return new ImportHints(null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
