package vn.hoctap.content.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hoctap.content.corpus.Corpus;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.text.TextCleaner;
import vn.hoctap.content.text.VietnameseSentences;

/**
 * Summaries of the corpus (news, reports, plans, outlines, speeches): whole sentences of the text
 * only, never ending at a colon, no page furniture, the lead sentence first, the figures of the
 * headline kept, and a length that follows the document's.
 */
class NewsSummaryTests {

    private static final Pattern FURNITURE = Pattern.compile("(?iu)ảnh:|cập nhật|lượt xem:|vui lòng nhập|tin liên quan"
            + "|gửi bình luận|(?m)^chia sẻ|\\(GMT\\+7\\)|thưa các đồng chí");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*%?");

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer(3000);

    @Test
    void everyCorpusSummaryIsMadeOfWholeSentencesAndKeepsLeadAndHeadlineFigures() {
        for (Corpus.Entry e : Corpus.load()) {
            NewDocument d = e.document();
            String summary = summarizer.summarize(d.title(), d.sections());
            List<String> units = units(d.sections());
            assertThat(summary).as(e.file()).isNotBlank().doesNotEndWith(":").matches("(?s).*[.!?…”\")]$");
            assertThat(FURNITURE.matcher(summary).find()).as(e.file() + ": " + summary).isFalse();
            assertThat(summary).as(e.file() + " opens with the lead").startsWith(units.get(0));
            for (String paragraph : summary.split("\n\n")) {
                assertThat(madeOfUnits(paragraph, units)).as(e.file() + " splices: " + paragraph).isTrue();
            }
            String body = String.join(" ", units);
            Matcher m = FIGURE.matcher(d.title());
            while (m.find()) {
                String figure = m.group();
                boolean year = figure.matches("(19|20)\\d\\d");
                if (!year && (figure.length() >= 3 || figure.endsWith("%")) && body.contains(figure)) {
                    assertThat(summary).as(e.file() + " keeps the headline figure " + figure).contains(figure);
                }
            }
        }
    }

    @Test
    void shortTextsGetShortSummaries() {
        for (Corpus.Entry e : Corpus.load()) {
            NewDocument d = e.document();
            int length = units(d.sections()).stream().mapToInt(String::length).sum();
            String summary = summarizer.summarize(d.title(), d.sections());
            assertThat(summary.length()).as(e.file()).isLessThanOrEqualTo(Math.max(ExtractiveSummarizer.MIN_CHARS * 3 / 2, length / 2));
        }
        // and a long text still fills the page budget
        List<Section> longText = new ArrayList<>();
        for (Corpus.Entry e : Corpus.load()) {
            longText.addAll(e.document().sections());
        }
        assertThat(summarizer.summarize(longText).length()).isBetween(2000, 3000);
    }

    private static List<String> units(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            for (String u : VietnameseSentences.units(TextCleaner.clean(s.text()))) {
                String t = u.strip().replaceFirst("^[-•+*]\\s*", "");
                if (t.length() >= 15) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The paragraph is a run of the document's own sentences, each whole, joined by spaces. */
    private static boolean madeOfUnits(String paragraph, List<String> units) {
        String rest = paragraph.strip();
        while (!rest.isEmpty()) {
            String found = null;
            for (String u : units) {
                if (rest.startsWith(u) && (found == null || u.length() > found.length())) {
                    found = u;
                }
            }
            if (found == null) {
                return false;
            }
            rest = rest.substring(found.length()).strip();
        }
        return true;
    }
}
