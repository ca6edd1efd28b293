package vn.hoctap.content.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.hoctap.content.document.DocumentKinds;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.text.TextCleaner;

/**
 * Reads any other text a propaganda office handles: reports, plans, guidance, outlines, speeches
 * and news articles, with or without a number. Kind, number, title and date come from the text
 * when it has them ("BÁO CÁO", "Số 125-BC/HU", the headline, "ngày 12 tháng 3 năm 2024"), else
 * from the {@link ImportHints} and the file name. Page furniture is removed by {@link TextCleaner}
 * first. Sections follow the text's headings ("I.", "1.") or, in news, its short sub-headlines.
 */
final class FreeTextParser {

    private static final int MAX_TITLE_CHARS = 250;
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_SUBHEAD_CHARS = 120;
    private static final int MIN_BODY_LETTERS = 80;
    /** Header lines of a party office's text: the party, the committee, ornaments. */
    private static final Pattern FURNITURE = Pattern.compile("(?u)^(?:ĐẢNG CỘNG SẢN VIỆT NAM|ĐẢNG BỘ\\b.*|BAN CHẤP HÀNH\\b.*"
            + "|BAN THƯỜNG VỤ\\b.*|TỈNH ỦY\\b.*|TỈNH UỶ\\b.*|THÀNH ỦY\\b.*|THÀNH UỶ\\b.*|HUYỆN ỦY\\b.*|HUYỆN UỶ\\b.*"
            + "|ĐẢNG ỦY\\b.*|ĐẢNG UỶ\\b.*|BAN TUYÊN GIÁO\\b.*|BAN TUYÊN GIÁO VÀ DÂN VẬN\\b.*|\\*+)$");

    /** "Thưa các đồng chí,", "Xin trân trọng cảm ơn!": a speech's address and closing, not its content. */
    private static final Pattern SALUTATION = Pattern.compile("(?iu)^(?:(?:kính )?thưa\\s.{0,100}[,:!]?"
            + "|(?:xin )?(?:trân trọng )?(?:chúc|cảm ơn)\\s.{0,100}[.!]?)$");

    private FreeTextParser() {
    }

    static NewDocument parse(String text, ImportHints hints, String fileName) {
        List<String> raw = OfficialLines.of(text);
        LocalDate issued = TextMetadata.date(raw).or(() -> Optional.ofNullable(hints.issuedOn()))
                .or(() -> TextMetadata.dateInFileName(fileName)).orElse(hints.today());
        Optional<TextMetadata.Number> number = TextMetadata.number(raw);
        String source = TextCleaner.source(raw).orElse(hints.source());
        List<String> lines = new ArrayList<>(TextCleaner.cleanLines(raw));
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (OfficialLines.isSignature(lines.get(i))) {
                end = i;
                break;
            }
        }
        lines = new ArrayList<>(lines.subList(0, end));
        // header furniture, the number line and the place-and-date line are metadata, not text
        int scan = Math.min(lines.size(), 15);
        for (int i = 0; i < scan; i++) {
            String l = lines.get(i);
            if (FURNITURE.matcher(l).matches() || TextMetadata.isNumberLine(l) || TextMetadata.isPlaceDateLine(l)
                    || OfficialLines.isSeparator(l)) {
                lines.set(i, "");
            }
        }
        String type = number.map(TextMetadata.Number::type).orElse(DocumentKinds.NEWS);
        int at = firstText(lines, 0);
        List<String> title = new ArrayList<>();
        Optional<Map.Entry<String, String>> kind = at < 0 ? Optional.empty() : typeLine(lines.get(at));
        if (kind.isPresent()) {
            if (number.isEmpty()) {
                type = kind.get().getValue();
            }
            String rest = lines.get(at).substring(kind.get().getKey().length()).strip();
            if (!rest.isEmpty() && Character.isLetter(rest.codePointAt(0))) {
                title.add(rest);
            }
            at = firstText(lines, at + 1);
            while (at >= 0 && title.size() < MAX_TITLE_LINES && looksLikeTitle(lines.get(at))) {
                title.add(lines.get(at));
                int next = at + 1;
                // a title goes on over the next line only when both are upper case (a centred heading)
                if (next < lines.size() && !lines.get(next).isBlank() && OfficialLines.isAllCaps(lines.get(at))
                        && OfficialLines.isAllCaps(lines.get(next))) {
                    at = next;
                } else {
                    at = firstText(lines, next);
                    break;
                }
            }
        } else if (at >= 0 && looksLikeTitle(lines.get(at))) {
            title.add(lines.get(at));
            at = firstText(lines, at + 1);
        }
        String titleText = title.isEmpty() ? Optional.ofNullable(hints.title()).orElse(TextMetadata.titleFromFileName(fileName))
                : String.join(" ", title).replaceAll("\\s+", " ");
        List<String> body = at < 0 ? List.of() : lines.subList(at, lines.size()).stream()
                .filter(l -> !SALUTATION.matcher(l).matches() && !TextMetadata.isPlaceDateLine(l)).toList();
        List<Section> sections = sections(body);
        long letters = sections.stream().flatMapToInt(s -> s.text().chars()).filter(Character::isLetter).count();
        if (letters < MIN_BODY_LETTERS) {
            throw new ImportProblem("the text has no body: after the title and header only "
                    + letters + " letters remain");
        }
        String issuer = number.map(TextMetadata.Number::issuer).orElse(source == null ? "" : source);
        return new NewDocument(type, number.map(TextMetadata.Number::number).orElse(""), issuer, issued, titleText, null,
                null, null, List.of(), sections);
    }

    /** A kind's name at the start of an upper-case line ("BÁO CÁO", "ĐỀ CƯƠNG TUYÊN TRUYỀN"). */
    private static Optional<Map.Entry<String, String>> typeLine(String line) {
        if (!OfficialLines.isAllCaps(line)) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : DocumentTypes.UNNUMBERED_NAMES.entrySet()) {
            if (line.startsWith(e.getKey()) && (line.length() == e.getKey().length()
                    || !Character.isLetter(line.codePointAt(e.getKey().length())))) {
                String name = line.startsWith("ĐỀ CƯƠNG") ? line.replaceFirst("^ĐỀ CƯƠNG(?: TUYÊN TRUYỀN| GIỚI THIỆU)?", "")
                        : line.substring(e.getKey().length());
                return Optional.of(Map.entry(line.substring(0, line.length() - name.length()), e.getValue()));
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeTitle(String line) {
        return line.length() <= MAX_TITLE_CHARS && HeadingLine.of(line).isEmpty() && !line.endsWith(".")
                && !line.endsWith(":") && !line.endsWith(";");
    }

    private static int firstText(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** At its "I."/"1." headings when it has two or more, else at short sub-headlines; prose first is "Mở đầu". */
    static List<Section> sections(List<String> body) {
        List<String> text = body.stream().filter(l -> !l.isBlank()).toList();
        long headings = text.stream().filter(l -> HeadingLine.of(l).isPresent()).count();
        List<Section> out = new ArrayList<>();
        if (headings >= 2) {
            int first = OfficialSections.firstHeading(text, false);
            StringBuilder intro = new StringBuilder();
            text.subList(0, first).forEach(l -> OfficialSections.append(intro, l));
            if (!intro.isEmpty()) {
                out.add(new Section(1, MarkdownDocuments.INTRO_HEADING, intro.toString()));
            }
            out.addAll(OfficialSections.split(text.subList(first, text.size()), false));
            return out;
        }
        String heading = MarkdownDocuments.INTRO_HEADING;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            boolean subhead = i > 0 && i + 1 < text.size() && isSubhead(line) && !isSubhead(text.get(i + 1));
            if (subhead) {
                if (!current.isEmpty()) {
                    out.add(new Section(1, heading, current.toString()));
                }
                heading = line;
                current.setLength(0);
            } else {
                current.append(current.isEmpty() ? "" : "\n").append(line);
            }
        }
        if (!current.isEmpty()) {
            out.add(new Section(1, heading, current.toString()));
        }
        return out;
    }

    /** A short line starting with a capital and not ending like a sentence: a news sub-headline. */
    private static boolean isSubhead(String line) {
        return line.length() <= MAX_SUBHEAD_CHARS && Character.isUpperCase(line.codePointAt(0))
                && !line.matches("(?s).*[.:;,!?…\"”)]$") && line.split("\\s+").length >= 2;
    }
}
