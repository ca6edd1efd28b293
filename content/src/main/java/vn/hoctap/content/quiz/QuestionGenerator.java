package vn.hoctap.content.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.document.StoredSection;

/**
 * Makes cloze ("fill in the blank") questions from a document, for an admin to review: a sentence
 * of the document with one fact replaced by "_____", the fact and three plausible distractors as
 * options. Facts are what members should remember: target years ("đến năm 2030"), percentages and
 * quantities ("10%", "2,1 con"), document numbers ("18-NQ/TW"), congress term and plenum ("khóa
 * XII", "Hội nghị Trung ương 6"), issuing bodies ("Bộ Chính trị"), counts ("sáu căn cứ") and the
 * multi-syllable terms the document keeps using ("nhất thể hóa"). Sentences from the objectives,
 * tasks and solutions are preferred; the document's own number, plenum, term and year are asked
 * from a sentence built from its metadata, with its title so the question is unambiguous.
 *
 * <p>Every question has exactly one blank and one correct option, which appears once in
 * {@code sourceSentence} as whole words (never part of a word, a date or a number) and not in the
 * document's title; options are of the answer's kind (a year for a year, a body for a body); no
 * distractor appears there (compared word by word without diacritics, so a sentence that also
 * mentions 2025 never offers 2025 as a wrong answer for 2030); options are distinct; the question
 * fits a Telegram native quiz poll. Option order is shuffled with a seed derived from the document
 * id and the question, so the output is deterministic. Questions are GENERATED drafts.
 *
 * <p>The work is split among package-private parts: {@link DocumentUnits} cuts the document into
 * sentences, {@link DocumentFacts}, {@link NumberFacts} and {@link KeyTermFacts} find the facts,
 * {@link Distractors} makes wrong answers, {@link Ranking} admits, scores and selects candidates and
 * {@link ClozeQuestions} writes the questions.
 */
public class QuestionGenerator {

    /** At most this many questions per document, best first. */
    public static final int MAX_QUESTIONS = 15;

    static final String PREFIX = "Điền vào chỗ trống: ";
    static final String BLANK = "_____";
    static final String EXPLANATION_PREFIX = "Nguyên văn: ";

    /**
     * What is blanked, how much it is worth, how many questions of the kind a document gets, and
     * whether the same value may be asked twice (10% can be two different targets; "bốn nhóm" asked
     * twice is the same fact).
     */
    enum Kind {
        DOCUMENT_NUMBER(1.25, 2, false), BODY(1.0, 2, false), CONGRESS_TERM(1.0, 2, false), PLENUM(1.1, 2, false),
        YEAR(1.15, 4, true), PERCENT(1.4, 5, true), QUANTITY(1.3, 4, true), COUNT(1.25, 3, false),
        KEY_TERM(1.0, 6, false);

        final double weight;
        final int cap;
        final boolean repeatable;

        Kind(double weight, int cap, boolean repeatable) {
            this.weight = weight;
            this.cap = cap;
            this.repeatable = repeatable;
        }
    }

    /** A sentence of the document, with the line introducing its list (if it is a list item). */
    record Unit(String text, String leadIn, double weight, int order, boolean metadata) {
        String full() {
            return leadIn == null ? text : leadIn + " " + text;
        }
    }

    record Candidate(Kind kind, Unit unit, String answer, List<String> distractors, double score) {
    }

    public List<QuizQuestion> generate(long documentId, NewDocument doc, List<OtherDocument> library) {
        return ClozeQuestions.of(documentId, Ranking.select(candidates(doc, library)));
    }

    /** The same for a stored document, with its sections as stored. */
    public List<QuizQuestion> generate(Document doc, List<StoredSection> sections, List<OtherDocument> library) {
        List<Section> parts = sections.stream().map(s -> new Section(s.level(), s.heading(), s.text())).toList();
        NewDocument rebuilt = new NewDocument(doc.type(), doc.number(), doc.issuer(), doc.issuedOn(), doc.title(),
                doc.summary(), doc.term(), doc.plenum(), doc.keyPoints(), parts);
        return generate(doc.id(), rebuilt, library);
    }

    /** Every question the document allows, before choosing the best {@link #MAX_QUESTIONS}. */
    List<QuizQuestion> allCandidates(long documentId, NewDocument doc, List<OtherDocument> library) {
        List<Candidate> all = new ArrayList<>(candidates(doc, library));
        all.sort(Ranking.BEST_FIRST);
        return ClozeQuestions.of(documentId, all);
    }

    /**
     * Candidates in a fixed order (per sentence: document facts, then numbers; key terms last),
     * which the stable best-first sort keeps among equal scores, so the output never changes.
     */
    private static List<Candidate> candidates(NewDocument doc, List<OtherDocument> library) {
        List<Unit> units = DocumentUnits.of(doc);
        int issueYear = doc.issuedOn().getYear();
        Set<Integer> docYears = NumberFacts.years(units);
        List<KeyTerms.Term> terms = KeyTerms.of(units.stream().filter(u -> !u.metadata()).map(Unit::text).toList(), 14);
        List<Candidate> candidates = new ArrayList<>();
        for (Unit unit : units) {
            DocumentFacts.extract(doc, library, unit, candidates);
            NumberFacts.extract(unit, issueYear, docYears, candidates);
        }
        KeyTermFacts.extract(units, terms, candidates);
        // a fact the title states is no question: the member sees the title above the quiz
        candidates.removeIf(c -> Phrases.contains(doc.title(), c.answer()) || c.kind() == Kind.DOCUMENT_NUMBER
                && !c.unit().metadata() && Phrases.contains(doc.title(), c.answer().replaceFirst("-.*", "")));
        return Ranking.withMentionBonus(units, candidates);
    }

    // The rules live in Distractors; these stay because the package's tests check them through the generator.

    static List<String> yearDistractors(int year, int issueYear, Set<Integer> docYears, boolean issue) {
        return Distractors.years(year, issueYear, docYears, issue);
    }

    static List<String> numberDistractors(String written, boolean percent) {
        return Distractors.numbers(written, percent);
    }
}
