package vn.hoctap.scheduler.member.roster;

import java.util.List;
import java.util.Locale;

/** Picks the reader by the file's extension, with messages for the usual wrong files. */
public final class RosterFiles {

    /** Rows per roster or unit-tree file (header included); larger lists are split into several files. */
    public static final int MAX_ROWS = 100_000;

    static String tooManyRows() {
        String max = String.format(Locale.ROOT, "%,d", MAX_ROWS).replace(',', '.');
        return "Tệp có hơn " + max + " dòng: hãy chia danh sách thành nhiều tệp, mỗi tệp tối đa " + max + " dòng";
    }

    private RosterFiles() {
    }

    static RosterTable read(String fileName, byte[] content) throws RosterFileException {
        return read(fileName, content, header -> RosterColumn.ofHeader(header).isPresent());
    }

    /** Reads any table of the same kind of file (the unit tree too); {@code isHeaderCell} finds its header row. */
    public static RosterTable read(String fileName, byte[] content, java.util.function.Predicate<String> isHeaderCell)
            throws RosterFileException {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        if (!csv && !lower.endsWith(".xlsx")) {
            if (lower.endsWith(".xls")) {
                throw new RosterFileException("Tệp Excel đời cũ (.xls) không được hỗ trợ: hãy mở bằng Excel và lưu thành .xlsx");
            }
            throw new RosterFileException("Chỉ nhận tệp .csv hoặc .xlsx, không nhận «" + name + "»");
        }
        if (content == null || content.length == 0) {
            throw new RosterFileException("Tệp «" + name + "» trống");
        }
        if (csv && isZip(content)) {
            throw new RosterFileException("Tệp «" + name + "» thực ra là tệp Excel: hãy đổi đuôi thành .xlsx");
        }
        List<RosterTable.Row> rows = csv ? CsvRoster.read(content) : XlsxRoster.read(content);
        return RosterTable.of(rows, isHeaderCell);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
