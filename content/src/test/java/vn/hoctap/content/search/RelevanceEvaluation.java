package vn.hoctap.content.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import vn.hoctap.content.text.Folding;

/**
 * Scores a search function on the relevance set in {@code relevance/queries.tsv}: a result is
 * relevant when it is the expected document and (unless the expected section is "*") the
 * expected section. Reports MRR@10 and recall@5 with the rank of every query.
 */
public final class RelevanceEvaluation {

    public record Judgement(String query, String document, String section) {
        public boolean typedWithoutDiacritics() {
            return Folding.fold(query).equals(query.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A result as the evaluation sees it: document key (code@year) and section heading. */
    public record Result(String document, String section) {
    }

    public record Report(double mrrAt10, double recallAt5, List<String> lines) {
    }

    private RelevanceEvaluation() {
    }

    public static List<Judgement> judgements() {
        try (InputStream in = RelevanceEvaluation.class.getResourceAsStream("/relevance/queries.tsv")) {
            List<Judgement> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new Judgement(cols[0].strip(), cols[1].strip(), cols[2].strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report evaluate(BiFunction<String, Integer, List<Result>> search) {
        double reciprocalRanks = 0;
        int foundIn5 = 0;
        List<String> lines = new ArrayList<>();
        List<Judgement> all = judgements();
        for (Judgement j : all) {
            List<Result> results = search.apply(j.query(), 10);
            int rank = 0;
            for (int i = 0; i < results.size(); i++) {
                Result r = results.get(i);
                if (r.document().equals(j.document()) && ("*".equals(j.section()) || r.section().equals(j.section()))) {
                    rank = i + 1;
                    break;
                }
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            foundIn5 += rank >= 1 && rank <= 5 ? 1 : 0;
            lines.add(String.format("%-45s rank %s", j.query(), rank == 0 ? "-" : rank));
        }
        return new Report(reciprocalRanks / all.size(), (double) foundIn5 / all.size(), lines);
    }

    /** Adapts the library index: document key from code and year, overview as "Tổng quan". */
    public static BiFunction<String, Integer, List<Result>> of(LibraryIndex index) {
        return (q, n) -> index.search(q, n).hits().stream()
                .map(h -> new Result(h.code() + "@" + h.issuedOn().getYear(), h.isOverview() ? "Tổng quan" : h.sectionHeading()))
                .collect(Collectors.toList());
    }

    static Map<Boolean, Long> diacriticsSplit() {
        return judgements().stream().collect(Collectors.partitioningBy(Judgement::typedWithoutDiacritics, Collectors.counting()));
    }
}
