package vn.hoctap.content.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.hoctap.content.document.Section;

/**
 * Writes a summary for a document that has none, from its own sentences: ranks them with TextRank
 * over folded terms, prefers objectives, tasks and solutions over situation reports, drops
 * near-duplicates, keeps the original order and stays within {@code maxChars}.
 */
public final class ExtractiveSummarizer {

    private static final int ITERATIONS = 30;
    private static final double DAMPING = 0.85;
    private static final double NEAR_DUPLICATE = 0.6;
    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
            "\\b(19|20)\\d\\d\\b|\\d+([,.]\\d+)?\\s?%|\\b\\d+([,.]\\d+)?\\s(triệu|nghìn|tỷ|năm|lần)\\b");

    private final int maxChars;

    public ExtractiveSummarizer(int maxChars) {
        if (maxChars < 200) {
            throw new IllegalArgumentException("summary budget too small: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public String summarize(List<Section> sections) {
        List<Sentences.Sentence> sentences = Sentences.of(sections);
        if (sentences.isEmpty()) {
            return "";
        }
        List<Set<String>> terms = sentences.stream().map(s -> Sentences.terms(s.text())).toList();
        double[] rank = textRank(terms);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        double[] score = new double[sentences.size()];
        for (int i = 0; i < score.length; i++) {
            Sentences.Sentence s = sentences.get(i);
            score[i] = rank[i] * SectionWeights.of(s.heading()) * lengthFactor(s.text()) * targetFactor(s.text())
                    * (s.firstInSection() ? 1.15 : 1.0);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        Set<Integer> chosen = new HashSet<>();
        int used = 0;
        for (int i : order) {
            int cost = sentences.get(i).text().length() + 2;
            if (used + cost > maxChars || isNearDuplicate(terms.get(i), chosen, terms)) {
                continue;
            }
            chosen.add(i);
            used += cost;
        }
        return render(sentences, chosen);
    }

    private static String render(List<Sentences.Sentence> sentences, Set<Integer> chosen) {
        StringBuilder out = new StringBuilder();
        String currentSection = null;
        for (int i = 0; i < sentences.size(); i++) {
            if (!chosen.contains(i)) {
                continue;
            }
            Sentences.Sentence s = sentences.get(i);
            if (currentSection == null) {
                out.append(s.text());
            } else {
                out.append(s.sectionIndex() == sentences.get(lastChosenBefore(i, chosen)).sectionIndex() ? " " : "\n\n")
                        .append(s.text());
            }
            currentSection = s.heading();
        }
        return out.toString();
    }

    private static int lastChosenBefore(int i, Set<Integer> chosen) {
        for (int j = i - 1; j >= 0; j--) {
            if (chosen.contains(j)) {
                return j;
            }
        }
        return i;
    }

    private static boolean isNearDuplicate(Set<String> candidate, Set<Integer> chosen, List<Set<String>> terms) {
        for (int c : chosen) {
            if (jaccard(candidate, terms.get(c)) > NEAR_DUPLICATE) {
                return true;
            }
        }
        return false;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    /** Sentences with years, percentages or counts are usually the targets members must remember. */
    private static double targetFactor(String sentence) {
        return TARGET.matcher(sentence).find() ? 1.5 : 1.0;
    }

    private static double lengthFactor(String sentence) {
        int n = sentence.length();
        if (n < 40) {
            return 0.4;
        }
        return n > 450 ? 0.75 : 1.0;
    }

    /** PageRank on the sentence graph, edges weighted by term overlap normalised by sentence lengths. */
    private static double[] textRank(List<Set<String>> terms) {
        int n = terms.size();
        double[][] w = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sim = similarity(terms.get(i), terms.get(j));
                w[i][j] = sim;
                w[j][i] = sim;
                out[i] += sim;
                out[j] += sim;
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (w[j][i] > 0 && out[j] > 0) {
                        sum += w[j][i] / out[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
            }
            rank = next;
        }
        return rank;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.size() < 2 || b.size() < 2) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return common == 0 ? 0 : common / (Math.log(a.size()) + Math.log(b.size()));
    }

}
