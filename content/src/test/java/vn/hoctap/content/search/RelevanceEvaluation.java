package vn.hoctap.content.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.hoctap.content.text.Folding;

/**
 * Scores a search function on a relevance set ({@code relevance/queries.tsv}: the bundled library,
 * judged by document and section; {@code relevance/corpus-queries.tsv}: the corpus, judged by
 * document). Results are documents, each with the sections shown under it; a result is relevant
 * when it is the expected document and (unless the expected section is "*") shows the expected
 * section. Reports MRR@10, recall@5 and recall@10, and the same by document alone.
 */
public final class RelevanceEvaluation {

    public static final String LIBRARY_SET = "/relevance/queries.tsv";
    public static final String CORPUS_SET = "/relevance/corpus-queries.tsv";

    public record Judgement(String query, String document, String section) {
        public boolean typedWithoutDiacritics() {
            return Folding.fold(query).equals(query.toLowerCase(java.util.Locale.ROOT));
        }

        /** Asked as a question ("bao nhiêu", "là gì", "như thế nào", "?"…), not as keywords. */
        public boolean question() {
            return Folding.fold(query).matches(".*(\\?|\\bbao nhieu\\b|\\bla gi\\b|\\bthe nao\\b|\\bra sao\\b|\\bkhi nao\\b"
                    + "|\\bnam nao\\b|\\bnao\\b|\\bgi\\b|^ai\\b|\\bmay\\b|\\bo dau\\b|\\bvi sao\\b|\\blam sao\\b|\\bkhong\\b).*");
        }
    }

    /** A result as the evaluation sees it: document key and the headings of the sections shown for it. */
    public record Result(String document, List<String> sections) {
    }

    public record Report(double mrrAt10, double recallAt5, double recallAt10, double documentMrrAt10,
            double documentRecallAt10, List<String> lines) {
    }

    private RelevanceEvaluation() {
    }

    public static List<Judgement> judgements() {
        return judgements(LIBRARY_SET);
    }

    public static List<Judgement> judgements(String resource) {
        try (InputStream in = RelevanceEvaluation.class.getResourceAsStream(resource)) {
            List<Judgement> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new Judgement(cols[0].strip(), cols[1].strip(), cols.length > 2 ? cols[2].strip() : "*"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report evaluate(BiFunction<String, Integer, List<Result>> search) {
        return evaluate(judgements(), search);
    }

    public static Report evaluate(List<Judgement> all, BiFunction<String, Integer, List<Result>> search) {
        double reciprocalRanks = 0;
        double documentReciprocalRanks = 0;
        int foundIn5 = 0;
        int foundIn10 = 0;
        int documentIn10 = 0;
        List<String> lines = new ArrayList<>();
        for (Judgement j : all) {
            List<Result> results = search.apply(j.query(), 10);
            int rank = 0;
            int documentRank = 0;
            for (int i = 0; i < Math.min(10, results.size()); i++) {
                Result r = results.get(i);
                if (r.document().equals(j.document())) {
                    documentRank = documentRank == 0 ? i + 1 : documentRank;
                    if ("*".equals(j.section()) || r.sections().contains(j.section())) {
                        rank = i + 1;
                        break;
                    }
                }
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            documentReciprocalRanks += documentRank == 0 ? 0 : 1.0 / documentRank;
            foundIn5 += rank >= 1 && rank <= 5 ? 1 : 0;
            foundIn10 += rank >= 1 ? 1 : 0;
            documentIn10 += documentRank >= 1 ? 1 : 0;
            lines.add(String.format("%-60s rank %s", j.query(), rank == 0 ? "-" : rank));
        }
        int n = all.size();
        return new Report(reciprocalRanks / n, (double) foundIn5 / n, (double) foundIn10 / n,
                documentReciprocalRanks / n, (double) documentIn10 / n, lines);
    }

    /** Adapts the library index: document key from code and year, overview as "Tổng quan". */
    public static BiFunction<String, Integer, List<Result>> of(LibraryIndex index) {
        return of(index, h -> h.code() + "@" + h.issuedOn().getYear());
    }

    /** Adapts the library index with the given document key. */
    public static BiFunction<String, Integer, List<Result>> of(LibraryIndex index, Function<SearchHit, String> key) {
        return (q, n) -> index.search(q, n).documents().stream().map(d -> {
            List<String> sections = new ArrayList<>();
            sections.add(heading(d.best()));
            d.more().forEach(h -> sections.add(heading(h)));
            return new Result(key.apply(d.best()), sections);
        }).collect(Collectors.toList());
    }

    private static String heading(SearchHit h) {
        return h.isOverview() ? "Tổng quan" : h.sectionHeading();
    }

    /** Section results (as a plain engine returns them) grouped into documents in order of their first appearance. */
    public static List<Result> grouped(List<String[]> sectionResults, int documents) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String[] r : sectionResults) {
            if (groups.size() == documents && !groups.containsKey(r[0])) {
                continue;
            }
            groups.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        }
        return groups.entrySet().stream().map(e -> new Result(e.getKey(), e.getValue())).toList();
    }

    static Map<Boolean, Long> diacriticsSplit() {
        return diacriticsSplit(judgements());
    }

    static Map<Boolean, Long> diacriticsSplit(List<Judgement> judgements) {
        return judgements.stream().collect(Collectors.partitioningBy(Judgement::typedWithoutDiacritics, Collectors.counting()));
    }
}
