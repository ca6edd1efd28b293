package vn.hoctap.content.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A multiple-choice question about one document. {@code correct} holds 0-based indexes into
 * {@code options}; one or several options may be correct. Text is normalised to NFC and trimmed.
 * {@code id} is null until stored; {@code documentId} is 0 until the caller knows the document.
 * {@code sourceSentence} is the document text a generated question was made from (null for
 * authored ones).
 */
public record QuizQuestion(Long id, long documentId, String question, List<String> options, Set<Integer> correct,
        String explanation, Source source, Status status, String sourceSentence) {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;

    /** Who wrote the question. */
    public enum Source {
        /** Written by an author in the document's front matter ({@code questions:}); approved on import. */
        AUTHORED,
        /** Made by {@link QuestionGenerator}; an admin must approve it before members see it. */
        GENERATED
    }

    /** Review state. Members only ever see {@link #APPROVED} questions. */
    public enum Status {
        DRAFT, APPROVED, REJECTED
    }

    public QuizQuestion {
        question = nfc(question);
        if (question == null || question.isEmpty()) {
            throw new IllegalArgumentException("the question text is empty");
        }
        if (options == null || options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a question needs " + MIN_OPTIONS + " to " + MAX_OPTIONS
                    + " options, not " + (options == null ? 0 : options.size()));
        }
        List<String> cleaned = new ArrayList<>(options.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String option = nfc(options.get(i));
            if (option == null || option.isEmpty()) {
                throw new IllegalArgumentException("option " + (i + 1) + " is empty");
            }
            if (!seen.add(option)) {
                throw new IllegalArgumentException("option " + (i + 1) + " '" + option + "' is given twice");
            }
            cleaned.add(option);
        }
        options = List.copyOf(cleaned);
        if (correct == null || correct.isEmpty()) {
            throw new IllegalArgumentException("no correct option is marked");
        }
        SortedSet<Integer> indexes = new TreeSet<>();
        for (Integer index : correct) {
            if (index == null || index < 0 || index >= options.size()) {
                throw new IllegalArgumentException("correct option index " + index + " is out of range 0.."
                        + (options.size() - 1));
            }
            indexes.add(index);
        }
        correct = Collections.unmodifiableSortedSet(indexes);
        explanation = nfc(explanation);
        if (explanation != null && explanation.isEmpty()) {
            explanation = null;
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        sourceSentence = nfc(sourceSentence);
        if (sourceSentence != null && sourceSentence.isEmpty()) {
            sourceSentence = null;
        }
    }

    /** An authored question as written in a document's front matter: approved, not yet bound to a document. */
    public static QuizQuestion authored(String question, List<String> options, Set<Integer> correct, String explanation) {
        return new QuizQuestion(null, 0, question, options, correct, explanation, Source.AUTHORED, Status.APPROVED, null);
    }

    /** A generated question awaiting review, with the single correct option at {@code correctIndex}. */
    public static QuizQuestion generated(long documentId, String question, List<String> options, int correctIndex,
            String explanation, String sourceSentence) {
        return new QuizQuestion(null, documentId, question, options, Set.of(correctIndex), explanation,
                Source.GENERATED, Status.DRAFT, sourceSentence);
    }

    /** True when more than one option is correct (the member must pick all of them). */
    public boolean multipleCorrect() {
        return correct.size() > 1;
    }

    /** The correct options' text, in option order. */
    public List<String> correctOptions() {
        return correct.stream().map(options::get).toList();
    }

    /** Whether a member's choice (0-based option indexes) is exactly the set of correct options. */
    public boolean isCorrect(Set<Integer> chosen) {
        return chosen != null && chosen.equals(correct);
    }

    public QuizQuestion withDocumentId(long newDocumentId) {
        return new QuizQuestion(id, newDocumentId, question, options, correct, explanation, source, status, sourceSentence);
    }

    public QuizQuestion withId(Long newId) {
        return new QuizQuestion(newId, documentId, question, options, correct, explanation, source, status, sourceSentence);
    }

    public QuizQuestion withStatus(Status newStatus) {
        return new QuizQuestion(id, documentId, question, options, correct, explanation, source, newStatus, sourceSentence);
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
