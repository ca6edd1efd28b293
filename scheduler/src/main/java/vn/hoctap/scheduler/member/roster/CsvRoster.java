package vn.hoctap.scheduler.member.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads roster CSV files. Excel saves CSV with a comma or, in Vietnamese regional settings, a
 * semicolon, and "CSV UTF-8" adds a BOM; both are accepted. Other encodings are refused rather
 * than guessed, because a wrongly decoded name would be stored wrong.
 */
final class CsvRoster {

    private CsvRoster() {
    }

    static List<RosterTable.Row> read(byte[] content) throws RosterFileException {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false) // keeps record numbers equal to spreadsheet rows
                .get();
        List<RosterTable.Row> rows = new ArrayList<>();
        CSVParser parser = null;
        try {
            parser = format.parse(new StringReader(text));
            for (CSVRecord record : parser) {
                if (rows.size() >= RosterFiles.MAX_ROWS) {
                    throw new RosterFileException(RosterFiles.tooManyRows());
                }
                rows.add(new RosterTable.Row((int) record.getRecordNumber(), record.toList()));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long line = parser == null ? 1 : parser.getCurrentLineNumber();
            throw new RosterFileException("Không đọc được tệp CSV gần dòng " + line
                    + " (có thể thiếu dấu ngoặc kép đóng)", e);
        }
    }

    private static String decode(byte[] content) throws RosterFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new RosterFileException("Tệp CSV không dùng bảng mã UTF-8: trong Excel hãy chọn "
                    + "«Lưu thành» › «CSV UTF-8 (Comma delimited)», hoặc gửi tệp .xlsx", e);
        }
    }

    /** Semicolon when the header line (the first non-blank one) has more of them than commas. */
    static char delimiter(String text) {
        for (String line : text.split("\\R", 50)) {
            if (line.isBlank()) {
                continue;
            }
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                }
            }
            return semicolons > commas ? ';' : ',';
        }
        return ',';
    }
}
