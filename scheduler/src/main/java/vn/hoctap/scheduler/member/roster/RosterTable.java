package vn.hoctap.scheduler.member.roster;

import java.text.Normalizer;
import java.util.List;

/**
 * A roster file, CSV or XLSX, reduced to cleaned text cells with the row numbers the admin sees,
 * so validation never cares where the rows came from. The header is the first row naming a roster
 * column (title lines such as "DANH SÁCH ĐẢNG VIÊN" above it are ignored), else the first
 * non-blank row.
 */
public record RosterTable(Row header, List<Row> rows) {

    /** One spreadsheet row; {@code number} is 1-based as in Excel. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = cells.stream().map(RosterTable::clean).toList();
        }

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /** How far down a header is looked for, in non-blank rows. */
    private static final int HEADER_SEARCH = 10;

    /** @throws RosterFileException when no row has anything in it */
    static RosterTable of(List<Row> rows, java.util.function.Predicate<String> isHeaderCell) throws RosterFileException {
        List<Row> nonBlank = rows.stream().filter(r -> !r.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            throw new RosterFileException("Tệp trống: không có dòng nào có dữ liệu");
        }
        int header = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, nonBlank.size()); i++) {
            if (nonBlank.get(i).cells().stream().anyMatch(isHeaderCell)) {
                header = i;
                break;
            }
        }
        return new RosterTable(nonBlank.get(header), nonBlank.subList(header + 1, nonBlank.size()));
    }

    /**
     * NFC (Vietnamese typed on a Mac or pasted from the web may be decomposed), then trimmed of
     * every kind of space, including the non-breaking and zero-width ones spreadsheets carry.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
