package vn.hoctap.content.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoctap.content.document.DocumentKinds;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.quiz.QuestionGenerator.Unit;
import vn.hoctap.content.text.Folding;
import vn.hoctap.content.text.VietnameseSentences;

/**
 * Cuts a document into the weighted sentences questions are made from, so the fact finders never
 * deal with summaries, sections or lists.
 */
final class DocumentUnits {

    /** Sentences that lean on the one before ("Đây là…", "Nhờ cách làm này…") make stems without their subject. */
    private static final Pattern ANAPHORIC = Pattern.compile("(?iu)^(?:đây|điều này|việc này|cách làm này|nhờ cách làm này|nhờ đó"
            + "|theo đó|ông|bà|họ|các chi bộ này|những nơi này)(?![\\p{L}])");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s+");

    private DocumentUnits() {
    }

    /**
     * The metadata sentence first, then the summary, key points and sections; a list item carries
     * the line introducing the list, because the item alone often does not say what it is about.
     */
    static List<Unit> of(NewDocument doc) {
        List<Unit> units = new ArrayList<>();
        if (doc.numbered() && DocumentKinds.partyDocument(doc.type())) {
            // a report's, plan's or article's number and year are nothing a member needs to remember
            units.add(new Unit(metadataSentence(doc), null, 1.5, -1, true));
        }
        if (doc.summary() != null) {
            for (String paragraph : doc.summary().split("\\n\\s*\\n")) {
                for (String s : VietnameseSentences.split(paragraph)) {
                    add(units, s, null, 1.0);
                }
            }
        }
        for (String point : doc.keyPoints()) {
            for (String s : VietnameseSentences.split(point)) {
                add(units, s, null, 1.2);
            }
        }
        String parent = "";
        for (Section section : doc.sections()) {
            if (section.level() == 1) {
                parent = section.heading();
            }
            double weight = weight(section.level() == 1 ? section.heading() : parent + " " + section.heading());
            String leadIn = null;
            for (String line : section.text().split("\\n")) {
                if (line.isBlank()) {
                    leadIn = null;
                    continue;
                }
                Matcher item = LIST_ITEM.matcher(line);
                if (item.find()) {
                    for (String s : VietnameseSentences.split(line.substring(item.end()))) {
                        add(units, s, leadIn, weight);
                    }
                    continue;
                }
                String paragraph = line.strip();
                leadIn = paragraph.endsWith(":") && paragraph.length() <= 120 ? paragraph : null;
                for (String s : VietnameseSentences.split(paragraph)) {
                    // a lead-in is asked together with its items, never on its own
                    if (!s.strip().endsWith(":")) {
                        add(units, s, null, weight);
                    }
                }
            }
        }
        return units;
    }

    /** Fragments too short to be a sentence make questions with no context. */
    private static void add(List<Unit> units, String sentence, String leadIn, double weight) {
        String s = sentence.strip();
        if (s.length() >= 20 && s.split("\\s+").length >= 5 && !ANAPHORIC.matcher(s).find()) {
            units.add(new Unit(s, leadIn, weight, units.size(), false));
        }
    }

    /** Members need the objectives, tasks and solutions more than the review of the past. */
    static double weight(String heading) {
        String h = Folding.fold(heading);
        if (h.contains("muc tieu")) {
            return 1.6;
        }
        if (h.contains("nhiem vu") || h.contains("giai phap")) {
            return 1.5;
        }
        if (h.contains("quan diem") || h.contains("dinh huong")) {
            return 1.3;
        }
        if (h.contains("tinh hinh") || h.contains("nguyen nhan") || h.contains("ket qua") || h.contains("han che")
                || h.contains("boi canh") || h.contains("danh gia")) {
            return 0.6;
        }
        return 1.0;
    }

    /** The document's number, title, plenum, term and year as one sentence. */
    static String metadataSentence(NewDocument doc) {
        String title = doc.title();
        // the title keeps the question unambiguous, but a long one would leave no room in a poll
        if (title.length() > 110) {
            int cut = title.indexOf(';');
            if (cut < 20 || cut > 110) {
                cut = title.lastIndexOf(' ', 100);
            }
            title = title.substring(0, cut).replaceAll("[,;\\s]+$", "") + "…";
        }
        StringBuilder sb = new StringBuilder(DocumentKinds.label(doc.type())).append(" số ")
                .append(doc.code()).append(" «").append(title).append("» được ban hành");
        if (doc.plenum() != null) {
            sb.append(" tại Hội nghị Trung ương ").append(doc.plenum());
            if (doc.term() != null) {
                sb.append(" khóa ").append(doc.term());
            }
        } else if (doc.term() != null) {
            sb.append(" trong nhiệm kỳ khóa ").append(doc.term());
        }
        return sb.append(", năm ").append(doc.issuedOn().getYear()).append('.').toString();
    }
}
