package vn.hoctap.content.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoctap.content.document.Section;

/**
 * The summariser's work is bounded: its TextRank matrix is n×n, so a document of 12,000 sentences
 * (which took minutes and ran out of memory) is sampled down to {@link ExtractiveSummarizer#MAX_SENTENCES}
 * and still gets a summary that starts with its lead and may draw from its last part.
 */
class SummaryBoundsTests {

    @Test
    void twelveThousandSentencesAreSummarisedWithinTheBound() {
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (int s = 0; s < 120; s++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 100; i++, n++) {
                text.append("Câu số ").append(n).append(" bàn về nhiệm vụ ").append(n % 37).append(" của chi bộ ")
                        .append(n % 11).append(" trong năm 20").append(10 + n % 15).append(". ");
            }
            sections.add(new Section(1, (s + 1) + ". Phần " + (s + 1), text.toString()));
        }
        assertThat(n).isEqualTo(12_000);

        long started = System.nanoTime();
        String summary = new ExtractiveSummarizer(3000).summarize(sections);
        System.out.printf("summary of 12,000 sentences: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(summary).startsWith("Câu số 0 bàn về").contains("Câu số 11");
        assertThat(summary.length()).isBetween(ExtractiveSummarizer.MIN_CHARS, 3000 * 3 / 2);
    }

    @Test
    void samplingKeepsTheFirstAndSpreadsEvenly() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            all.add(i);
        }
        List<Integer> sample = ExtractiveSummarizer.sample(all);
        assertThat(sample).hasSize(ExtractiveSummarizer.MAX_SENTENCES).startsWith(0).isSorted().doesNotHaveDuplicates();
        assertThat(sample.get(sample.size() - 1)).isGreaterThan(11_900);
        assertThat(ExtractiveSummarizer.sample(all.subList(0, 100))).hasSize(100);
    }
}
