package vn.hoctap.content.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.hoctap.content.quiz.QuestionGenerator.Candidate;
import vn.hoctap.content.quiz.QuestionGenerator.Kind;
import vn.hoctap.content.quiz.QuestionGenerator.Unit;
import vn.hoctap.content.text.Folding;

/**
 * Decides which candidates are worth asking, so every fact finder admits, scores and caps its
 * candidates by the same rules.
 */
final class Ranking {

    private static final int DISTRACTORS = 3;
    private static final int MAX_PER_UNIT = 1;

    /** Ties go to the earlier sentence, then to the answer, so equal scores still come out in a stable order. */
    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparingInt(c -> c.unit().order()).thenComparing(Candidate::answer);

    private Ranking() {
    }

    /** Keeps the candidate if three distractors survive: not in the sentence, distinct, not the answer. */
    static void offer(List<Candidate> out, Kind kind, Unit unit, String answer, List<String> pool) {
        String sentence = unit.full();
        Set<String> keys = new HashSet<>();
        keys.add(Phrases.key(answer));
        List<String> chosen = new ArrayList<>();
        for (String d : pool) {
            if (chosen.size() == DISTRACTORS) {
                break;
            }
            String option = d.strip();
            if (option.isEmpty() || option.length() > TelegramQuizLimits.MAX_OPTION || Phrases.contains(sentence, option)
                    || !keys.add(Phrases.key(option))) {
                continue;
            }
            chosen.add(option);
        }
        // exactly one occurrence: a stem has one blank, and a second mention would give the answer away
        if (chosen.size() < DISTRACTORS || Phrases.occurrences(sentence, answer).size() != 1) {
            return;
        }
        double score = unit.weight() * kind.weight;
        // a year named as a target is worth more than a year in the history
        if (kind == Kind.YEAR && Folding.fold(sentence).matches(".*(den nam|moc|huong toi|muc tieu).*")) {
            score += 0.2;
        }
        // a long sentence is cut to fit the poll and loses context
        if (unit.full().length() > 260) {
            score *= 0.9;
        }
        out.add(new Candidate(kind, unit, answer, List.copyOf(chosen), score));
    }

    /** A fact the document repeats is one it wants remembered: 0.1 more per further mention, at most 0.3. */
    static List<Candidate> withMentionBonus(List<Unit> units, List<Candidate> candidates) {
        List<Candidate> weighted = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.unit().metadata()) {
                weighted.add(c);
                continue;
            }
            long mentions = units.stream().filter(u -> !u.metadata() && Phrases.contains(u.full(), c.answer())).count();
            double bonus = Math.min(0.3, 0.1 * (mentions - 1));
            weighted.add(new Candidate(c.kind(), c.unit(), c.answer(), c.distractors(), c.score() + bonus));
        }
        return weighted;
    }

    /** Best first, with per-kind and per-sentence caps and without asking the same fact twice. */
    static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(BEST_FIRST);
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        Map<Integer, Integer> perUnit = new HashMap<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            if (chosen.size() == QuestionGenerator.MAX_QUESTIONS) {
                break;
            }
            // the metadata sentence may be asked twice: its number and its plenum are different facts
            if (perKind.getOrDefault(c.kind(), 0) >= c.kind().cap
                    || perUnit.getOrDefault(c.unit().order(), 0) >= (c.unit().metadata() ? 2 : MAX_PER_UNIT)) {
                continue;
            }
            String answer = Phrases.key(c.answer());
            List<Candidate> sameAnswer = chosen.stream().filter(o -> Phrases.key(o.answer()).equals(answer)).toList();
            boolean repeat = sameAnswer.size() >= (c.kind().repeatable ? 2 : 1) || sameAnswer.stream()
                    .anyMatch(o -> wordOverlap(Phrases.key(anchor(o)), Phrases.key(anchor(c))) >= 0.4);
            if (repeat) {
                continue;
            }
            chosen.add(c);
            perKind.merge(c.kind(), 1, Integer::sum);
            perUnit.merge(c.unit().order(), 1, Integer::sum);
        }
        return chosen;
    }

    /** The part of the sentence the question is about: the list's lead-in when the answer is there. */
    private static String anchor(Candidate c) {
        Unit u = c.unit();
        if (u.leadIn() != null && !Phrases.occurrences(u.leadIn(), c.answer()).isEmpty()) {
            return u.leadIn();
        }
        return u.full();
    }

    /** Shared words over all words (Jaccard), to tell the same fact in two sentences from two facts. */
    static double wordOverlap(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.split(" ")));
        Set<String> y = new HashSet<>(List.of(b.split(" ")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        x.addAll(y);
        return x.isEmpty() ? 0 : (double) both.size() / x.size();
    }
}
