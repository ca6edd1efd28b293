package vn.hoctap.content.quiz;

import java.util.Comparator;
import java.util.List;

import vn.hoctap.content.quiz.QuestionGenerator.Candidate;
import vn.hoctap.content.quiz.QuestionGenerator.Kind;
import vn.hoctap.content.quiz.QuestionGenerator.Unit;

/**
 * Turns the document's recurring terms into candidates, separate from the other facts because it
 * works over the whole document at once: a term's distractors are the document's other terms.
 */
final class KeyTermFacts {

    private KeyTermFacts() {
    }

    /** Whether the phrase holds a proper name: two capitalised syllables in a row ("Hồ Chí Minh"). */
    static boolean names(String phrase) {
        return NAME.matcher(phrase).find();
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}*\\s\\p{Lu}");

    /** Offers each term in every sentence that uses it; the ranking later keeps the best of them. */
    static void extract(List<Unit> units, List<KeyTerms.Term> terms, List<Candidate> out) {
        for (KeyTerms.Term term : terms) {
            // a term sharing words with the answer would be half right, and a term of the same length looks alike
            List<String> others = terms.stream().filter(t -> t != term)
                    .filter(t -> !KeyTerms.overlaps(t.key(), term.key())
                            && Ranking.wordOverlap(t.key(), term.key()) <= 0.34)
                    .sorted(Comparator.comparingInt((KeyTerms.Term t) -> Math.abs(t.syllables() - term.syllables()))
                            .thenComparing(t -> -t.count()).thenComparing(KeyTerms.Term::key))
                    .map(KeyTerms.Term::text).toList();
            for (Unit unit : units) {
                if (unit.metadata()) {
                    continue;
                }
                List<int[]> at = Phrases.occurrences(unit.full(), term.text());
                if (at.isEmpty()) {
                    continue;
                }
                String answer = unit.full().substring(at.get(0)[0], at.get(0)[1]);
                // distractors start with a capital only where a sentence starts, not after a name ("Công an nhân dân")
                String before = unit.full().substring(0, at.get(0)[0]).stripTrailing();
                boolean capital = Character.isUpperCase(answer.charAt(0))
                        && (before.isEmpty() || before.endsWith(":") || before.endsWith("."));
                // a name among plain phrases (or the reverse) would stand out as the odd one
                boolean named = names(answer);
                Ranking.offer(out, Kind.KEY_TERM, unit, answer, others.stream()
                        .map(o -> Distractors.capitalise(o, capital)).filter(o -> names(o) == named).toList());
            }
        }
    }
}
