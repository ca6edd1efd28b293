package vn.hoctap.content.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.hoctap.content.document.Section;

/**
 * Writes a summary for a document that has none, from its own whole sentences: always the lead
 * sentence, then by TextRank over folded terms, preferring objectives, tasks and solutions over
 * situation reports and sentences holding the key figures (dates, counts, percentages, document
 * numbers; above all those the title repeats). Drops near-duplicates, keeps the original order,
 * and takes a length that follows the document's: about 30% of it, at least
 * {@link #MIN_CHARS}, at most {@code maxChars}.
 */
public final class ExtractiveSummarizer {

    private static final int ITERATIONS = 30;
    private static final double DAMPING = 0.85;
    private static final double NEAR_DUPLICATE = 0.6;
    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
            "\\b(19|20)\\d\\d\\b|\\d+([,.]\\d+)?\\s?%|\\b\\d+([,.]\\d+)?\\s(triệu|nghìn|tỷ|năm|lần)\\b"
            + "|\\b\\d{1,3}(\\.\\d{3})+\\b|\\b\\d{1,2}/\\d{1,2}(/\\d{4})?\\b|\\d+-[\\p{Lu}Đ]{2,4}/[\\p{Lu}Đ]+");
    /** A figure as written: "43.297", "98,3%", "18-NQ/TW", "30/11". */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "\\d+(?:[.,]\\d+)*%?(?:-[\\p{Lu}Đ]{2,4}/[\\p{Lu}Đ]+)?");
    /** Shortest summary worth a page: two or three sentences. */
    static final int MIN_CHARS = 400;
    /** Share of the document's own length a summary takes. */
    private static final double SHARE = 0.3;
    /** Below this share of the best score a sentence is not worth its place. */
    private static final double WEAK = 0.35;

    /**
     * Sentences TextRank compares (its matrix is n×n: 12,000 sentences took minutes and ran out of
     * memory). A longer document is sampled evenly, the lead sentence always included, so every
     * part of it can still be picked; 1,500² similarities take well under a second.
     */
    public static final int MAX_SENTENCES = 1_500;

    private final int maxChars;

    public ExtractiveSummarizer(int maxChars) {
        if (maxChars < 200) {
            throw new IllegalArgumentException("summary budget too small: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public String summarize(List<Section> sections) {
        return summarize(null, sections);
    }

    /** As {@link #summarize(List)}; figures the {@code title} repeats ("43.297 đảng viên") are kept first. */
    public String summarize(String title, List<Section> sections) {
        List<Sentences.Sentence> sentences = sample(Sentences.of(sections));
        if (sentences.isEmpty()) {
            return "";
        }
        int total = sentences.stream().mapToInt(s -> s.text().length() + 1).sum();
        int budget = Math.min(maxChars, Math.max(MIN_CHARS, (int) (total * SHARE)));
        List<Set<String>> terms = sentences.stream().map(s -> Sentences.terms(s.text())).toList();
        double[] rank = textRank(terms);
        Set<String> titleFigures = figures(title == null ? "" : title);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        double[] score = new double[sentences.size()];
        for (int i = 0; i < score.length; i++) {
            Sentences.Sentence s = sentences.get(i);
            boolean headline = figures(s.text()).stream().anyMatch(titleFigures::contains);
            // centrality damped: a sentence holding a figure is worth keeping even if few others repeat its words
            score[i] = (0.5 + rank[i]) * SectionWeights.of(s.heading()) * lengthFactor(s.text()) * targetFactor(s.text())
                    * (s.firstInSection() ? 1.15 : 1.0) * (headline ? 3.0 : 1.0);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        // the lead sentence opens the summary: it says what the text is about; then the headline's figures
        List<Integer> first = new ArrayList<>(List.of(0));
        order.stream().filter(i -> i != 0 && figures(sentences.get(i).text()).stream().anyMatch(titleFigures::contains))
                .findFirst()
                // no figure in the headline: the best sentence with a percentage is usually the result
                .or(() -> order.stream().filter(i -> i != 0 && sentences.get(i).text().contains("%")
                        && !sentences.get(0).text().contains("%")).findFirst())
                .ifPresent(first::add);
        order.removeAll(first);
        order.addAll(0, first);
        Set<Integer> chosen = new HashSet<>();
        int used = 0;
        double best = java.util.Arrays.stream(score).max().orElse(0);
        for (int i : order) {
            int cost = sentences.get(i).text().length() + 2;
            // a weak sentence does not get in just because it is short enough to fill the gap
            boolean weak = total > budget && !first.contains(i) && score[i] < WEAK * best;
            // the lead and the headline figure may stretch a short summary by half
            int limit = first.contains(i) ? budget * 3 / 2 : budget;
            if (weak || used + cost > limit || isNearDuplicate(terms.get(i), chosen, terms)) {
                continue;
            }
            chosen.add(i);
            used += cost;
        }
        return render(sentences, chosen);
    }

    /** At most {@link #MAX_SENTENCES}, evenly spread over the document, in order, the first one kept. */
    static <T> List<T> sample(List<T> all) {
        if (all.size() <= MAX_SENTENCES) {
            return all;
        }
        List<T> out = new ArrayList<>(MAX_SENTENCES);
        for (int i = 0; i < MAX_SENTENCES; i++) {
            out.add(all.get((int) ((long) i * all.size() / MAX_SENTENCES)));
        }
        return out;
    }

    private static Set<String> figures(String text) {
        Set<String> out = new HashSet<>();
        var m = FIGURE.matcher(text);
        while (m.find()) {
            // a bare small number ("3", "10") is no key figure; "98,1%", "1.846", "312" are
            if (m.group().length() >= 3 || m.group().endsWith("%")) {
                out.add(m.group().replaceAll("[.,]$", ""));
            }
        }
        return out;
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
        return TARGET.matcher(sentence).find() ? 2.0 : 1.0;
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
