package vn.hoctap.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hoctap.content.corpus.Corpus;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.search.BundledLibrary;

/**
 * Every draft the generator can make from the whole corpus (the bundled library and the news,
 * reports, plans, outlines and speeches of {@code corpus/}), not only the best fifteen: one blank,
 * standing for whole words of its sentence, enough context, options all of the answer's kind, and
 * nothing the document's title gives away.
 */
class CorpusDraftsTests {

    private static final Pattern CODE = Pattern.compile("\\d{1,4}-[\\p{L}]{2,4}/[\\p{Lu}Đ]{1,8}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d+)?%?(?: \\p{L}+(?: \\p{L}+)?)?");
    private static final Pattern COUNT = Pattern.compile("(?iu)(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một) .+");
    private static final Pattern ORDINAL = Pattern.compile("(khóa|khoá|Khóa|Đại hội|Hội nghị Trung ương|Nghị quyết Trung ương) [IVXL\\d]+");
    private static final Set<String> BODIES = Set.of("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng",
            "Bộ Chính trị", "Ban Bí thư", "Ủy ban Kiểm tra Trung ương", "Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương");

    @Test
    void everyDraftOfTheWholeCorpusKeepsTheRules() {
        List<NewDocument> docs = new ArrayList<>();
        BundledLibrary.load().forEach(d -> docs.add(new NewDocument(d.type(), d.number(), d.issuer(), d.issuedOn(),
                d.title(), d.summary(), null, null, d.keyPoints(), d.sections())));
        Corpus.load().forEach(e -> docs.add(e.document()));
        List<OtherDocument> library = docs.stream().map(OtherDocument::of).toList();
        QuestionGenerator generator = new QuestionGenerator();
        int drafts = 0;
        Set<String> kindsSeen = new HashSet<>();
        for (NewDocument doc : docs) {
            for (QuizQuestion q : generator.allCandidates(1, doc, library)) {
                drafts++;
                String answer = q.correctOptions().get(0);
                String stem = q.question().substring(QuestionGenerator.PREFIX.length());
                String context = doc.title() + " — " + q.question() + " " + q.options();
                assertThat(stem.split(QuestionGenerator.BLANK, -1)).as("one blank: " + context).hasSize(2);
                assertThat(Phrases.occurrences(q.sourceSentence(), answer)).as("whole words, once: " + context).hasSize(1);
                int at = Phrases.occurrences(q.sourceSentence(), answer).get(0)[0];
                int end = at + answer.length();
                assertThat(at == 0 || !Character.isLetterOrDigit(q.sourceSentence().charAt(at - 1))).as(context).isTrue();
                assertThat(end == q.sourceSentence().length() || !Character.isLetterOrDigit(q.sourceSentence().charAt(end)))
                        .as(context).isTrue();
                assertThat(Phrases.words(stem.replace(QuestionGenerator.BLANK, " ")).size()).as("context: " + context)
                        .isGreaterThanOrEqualTo(ClozeQuestions.MIN_CONTEXT_WORDS);
                assertThat(Phrases.contains(doc.title(), answer)).as("title gives it away: " + context).isFalse();
                String kind = kind(answer);
                kindsSeen.add(kind);
                for (String option : q.options()) {
                    assertThat(kind(option)).as("options of one kind: " + context).isEqualTo(kind);
                }
            }
        }
        assertThat(drafts).isGreaterThan(500);
        assertThat(kindsSeen).contains("code", "year", "number%", "body", "term", "fraction");
    }

    /** What an option is, as a member would see it: a document number, a year, a body, a figure, a name or a phrase. */
    static String kind(String option) {
        if (CODE.matcher(option).matches()) {
            return "code";
        }
        if (YEAR.matcher(option).matches()) {
            return "year";
        }
        if (BODIES.contains(option)) {
            return "body";
        }
        if (ORDINAL.matcher(option).matches()) {
            return "ordinal " + option.replaceAll(" [IVXL\\d]+$", "");
        }
        if (NUMBER.matcher(option).matches()) {
            return "number" + (option.endsWith("%") ? "%" : option.replaceAll("^[\\d,]+", ""));
        }
        if (option.matches("(một|hai|ba) (phần tư|phần ba|nửa)")) {
            return "fraction";
        }
        if (COUNT.matcher(option).matches() && option.split(" ").length <= 3) {
            return "count " + option.replaceFirst("^\\S+ ", "");
        }
        return KeyTermFacts.names(option) ? "name" : "term";
    }
}
