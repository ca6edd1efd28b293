package vn.hoctap.content.importing;

import java.util.ArrayList;
import java.util.List;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;

/**
 * Reads a party document as it is published (from .txt, .docx or .pdf, all reduced to plain text):
 * the header gives number, date, term, plenum and title; the body is cut into sections at its
 * headings and ends at the signature block. Prose between the title and the first heading becomes
 * a "Mở đầu" section. A body without any heading short enough to be one (directives often are
 * just long numbered paragraphs) is cut at those numbered paragraphs instead.
 */
final class OfficialTextParser {

    /** Fewer letters than this between title and first heading is layout ("Kính gửi", ornaments), not an introduction. */
    private static final int MIN_INTRO_LETTERS = 40;

    private OfficialTextParser() {
    }

    static NewDocument parse(String text) {
        List<String> lines = OfficialLines.of(text);
        boolean paragraphs = OfficialSections.firstHeading(lines, false) < 0;
        int first = OfficialSections.firstHeading(lines, paragraphs);
        List<String> head = first < 0 ? lines : lines.subList(0, first);
        OfficialHeader header = OfficialHeader.read(head);
        int end = lines.size();
        for (int i = header.end(); i < lines.size(); i++) {
            if (OfficialLines.isSignature(lines.get(i))) {
                end = i;
                break;
            }
        }
        if (first < 0 || first >= end) {
            throw new ImportProblem("found no sections in the body: expected headings such as 'I. …', '1. …', "
                    + "'a) …', 'Chương I' or 'Điều 1.'");
        }
        List<Section> sections = new ArrayList<>();
        String intro = introduction(lines.subList(header.end(), first));
        if (intro != null) {
            sections.add(new Section(1, MarkdownDocuments.INTRO_HEADING, intro));
        }
        sections.addAll(OfficialSections.split(lines.subList(first, end), paragraphs));
        return new NewDocument(header.type(), header.number(), header.issuer(), header.issued(), header.title(), null,
                header.term(), header.plenum(), List.of(), sections);
    }

    private static String introduction(List<String> lines) {
        List<String> prose = lines.stream().filter(l -> !OfficialLines.isSeparator(l)).toList();
        long letters = prose.stream().flatMapToInt(String::chars).filter(Character::isLetter).count();
        if (letters < MIN_INTRO_LETTERS) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        prose.forEach(line -> OfficialSections.append(text, line));
        return text.toString();
    }
}
