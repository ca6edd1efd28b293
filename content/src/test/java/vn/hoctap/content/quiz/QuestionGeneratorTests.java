package vn.hoctap.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.importing.DocumentReaders;
import vn.hoctap.content.text.Folding;

/** The generator over the whole bundled library: every question keeps the rules, and there are enough of them. */
class QuestionGeneratorTests {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[,.]\\p{N}+)*%?");

    private static final Map<String, NewDocument> LIBRARY = new LinkedHashMap<>();
    private static final Map<String, List<QuizQuestion>> GENERATED = new LinkedHashMap<>();
    private static final Map<String, List<QuizQuestion>> ALL = new LinkedHashMap<>();

    @BeforeAll
    static void generateForTheWholeLibrary() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:library/*.md");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        DocumentReaders readers = new DocumentReaders();
        for (Resource f : files) {
            LIBRARY.put(f.getFilename(), readers.read(f.getFilename(), f.getContentAsByteArray()));
        }
        List<OtherDocument> others = LIBRARY.values().stream().map(OtherDocument::of).toList();
        QuestionGenerator generator = new QuestionGenerator();
        long id = 1;
        for (var e : LIBRARY.entrySet()) {
            GENERATED.put(e.getKey(), generator.generate(id, e.getValue(), others));
            ALL.put(e.getKey(), generator.allCandidates(id, e.getValue(), others));
            id++;
        }
        System.out.println("Cloze candidates per document (all that keep the rules / best kept for review):");
        GENERATED.forEach((name, qs) -> System.out.printf("  %-20s %3d / %2d%n", name, ALL.get(name).size(), qs.size()));
        System.out.printf("  %-20s %3d / %2d (average %.1f / %.1f)%n", "total",
                ALL.values().stream().mapToInt(List::size).sum(), GENERATED.values().stream().mapToInt(List::size).sum(),
                ALL.values().stream().mapToInt(List::size).average().orElse(0),
                GENERATED.values().stream().mapToInt(List::size).average().orElse(0));
        if (Boolean.getBoolean("quiz.print")) {
            GENERATED.forEach((name, qs) -> {
                System.out.println("== " + name);
                qs.forEach(q -> System.out.println("  Q: " + q.question() + "\n     " + q.options() + " -> "
                        + q.correctOptions() + "\n     " + q.explanation()));
            });
        }
    }

    @Test
    void everyDocumentOfTheLibraryIsCovered() {
        assertThat(LIBRARY).hasSizeGreaterThanOrEqualTo(10);
        assertThat(GENERATED).allSatisfy((name, qs) -> assertThat(qs).as(name).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void yieldsAtLeastFiveCandidatesPerDocumentOnAverage() {
        double average = GENERATED.values().stream().mapToInt(List::size).average().orElse(0);
        assertThat(average).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyQuestionHasExactlyOneCorrectOptionFoundInItsSourceSentence() {
        forEachQuestion((name, q) -> {
            assertThat(q.correct()).as(name + ": " + q.question()).hasSize(1);
            String source = nfc(q.sourceSentence());
            assertThat(source).as(name + ": " + q.question()).contains(nfc(q.correctOptions().get(0)));
        });
    }

    @Test
    void noDistractorAppearsInTheSourceSentence() {
        forEachQuestion((name, q) -> {
            for (int i = 0; i < q.options().size(); i++) {
                if (!q.correct().contains(i)) {
                    assertThat(appears(q.sourceSentence(), q.options().get(i)))
                            .as(name + ": distractor '" + q.options().get(i) + "' in «" + q.sourceSentence() + "»").isFalse();
                }
            }
        });
    }

    @Test
    void optionsAreDistinctEvenWithoutDiacritics() {
        forEachQuestion((name, q) -> {
            Set<String> folded = new HashSet<>();
            q.options().forEach(o -> folded.add(String.join(" ", words(o))));
            assertThat(folded).as(name + ": " + q.options()).hasSize(q.options().size());
            assertThat(q.options()).hasSize(4);
        });
    }

    @Test
    void everyQuestionFitsATelegramNativeQuizPoll() {
        forEachQuestion((name, q) -> assertThat(TelegramQuizLimits.problem(q)).as(name + ": " + q.question()).isNull());
    }

    @Test
    void questionsAreBlankedClozeDraftsThatDoNotGiveTheAnswerAway() {
        forEachQuestion((name, q) -> {
            assertThat(q.question()).startsWith("Điền vào chỗ trống: ").contains("_____");
            assertThat(appears(q.question(), q.correctOptions().get(0))).as(name + ": " + q.question()).isFalse();
            assertThat(q.source()).isEqualTo(QuizQuestion.Source.GENERATED);
            assertThat(q.status()).isEqualTo(QuizQuestion.Status.DRAFT);
            assertThat(Normalizer.isNormalized(q.question(), Normalizer.Form.NFC)).isTrue();
        });
    }

    @Test
    void generationIsDeterministic() {
        List<OtherDocument> others = LIBRARY.values().stream().map(OtherDocument::of).toList();
        QuestionGenerator generator = new QuestionGenerator();
        long id = 1;
        for (var e : LIBRARY.entrySet()) {
            assertThat(generator.generate(id++, e.getValue(), others)).isEqualTo(GENERATED.get(e.getKey()));
        }
    }

    @Test
    void asksTheFactsThatMatter() {
        List<QuizQuestion> population = GENERATED.get("21-nq-tw-2017.md");
        assertThat(population).extracting(q -> q.correctOptions().get(0))
                .contains("21-NQ/TW", "2,1 con");
        QuizQuestion code = population.stream().filter(q -> q.correctOptions().get(0).equals("21-NQ/TW")).findFirst()
                .orElseThrow();
        assertThat(code.question()).contains("Về công tác dân số trong tình hình mới");
        assertThat(code.options()).contains("18-NQ/TW", "19-NQ/TW", "20-NQ/TW");
        List<QuizQuestion> all = GENERATED.values().stream().flatMap(List::stream).toList();
        assertThat(all).anySatisfy(q -> assertThat(q.correctOptions().get(0)).endsWith("%"));
        assertThat(all).anySatisfy(q -> assertThat(q.correctOptions().get(0)).matches("20\\d\\d"));
        assertThat(all).anySatisfy(q -> assertThat(q.correctOptions().get(0)).startsWith("khóa "));
        assertThat(all).anySatisfy(q -> assertThat(q.correctOptions().get(0)).startsWith("Hội nghị Trung ương "));
        assertThat(all).anySatisfy(q -> assertThat(q.correctOptions().get(0)).isIn("Bộ Chính trị", "Ban Bí thư",
                "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"));
    }

    @Test
    void aStoredDocumentGivesTheSameQuestions() {
        NewDocument d = LIBRARY.get("21-nq-tw-2017.md");
        var stored = new vn.hoctap.content.document.Document(5, d.type(), d.number(), d.issuer(), d.issuedOn(), d.title(),
                d.summary(), d.term(), d.plenum(), d.keyPoints(), false);
        List<vn.hoctap.content.document.StoredSection> sections = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            var s = d.sections().get(i);
            sections.add(new vn.hoctap.content.document.StoredSection(5, i, s.level(), s.heading(), s.text()));
        }
        List<OtherDocument> others = LIBRARY.values().stream().map(OtherDocument::of).toList();
        assertThat(new QuestionGenerator().generate(stored, sections, others))
                .isEqualTo(new QuestionGenerator().generate(5, d, others));
    }

    @Test
    void numbersGetNearbyDistractors() {
        assertThat(QuestionGenerator.numberDistractors("10", true)).startsWith("5", "15", "20");
        assertThat(QuestionGenerator.numberDistractors("2,1", false)).startsWith("1,9", "2,3", "2,5");
        assertThat(QuestionGenerator.numberDistractors("100", true)).doesNotContain("105", "110");
        assertThat(QuestionGenerator.yearDistractors(2030, 2017, Set.of(2030), false)).startsWith("2025", "2035");
    }

    @Test
    void aDistractorFoundInTheSentenceIsDiscarded() {
        NewDocument doc = new NewDocument("NQ", "99", "TW", java.time.LocalDate.of(2020, 1, 10), "Về thử nghiệm",
                null, "XIII", 2, List.of(), List.of(new vn.hoctap.content.document.Section(1, "I. MỤC TIÊU",
                        "Đến năm 2030, giảm 10% số đơn vị và 5% biên chế so với năm 2025.")));
        List<QuizQuestion> qs = new QuestionGenerator().allCandidates(7, doc, List.of());
        QuizQuestion ten = qs.stream().filter(q -> q.correctOptions().equals(List.of("10%"))).findFirst().orElseThrow();
        assertThat(ten.options()).doesNotContain("5%").contains("15%", "20%");
        QuizQuestion year = qs.stream().filter(q -> q.correctOptions().equals(List.of("2030"))).findFirst().orElseThrow();
        assertThat(year.options()).doesNotContain("2025");
    }

    /** The rules hold for every candidate, not only for the ones chosen for review. */
    private static void forEachQuestion(java.util.function.BiConsumer<String, QuizQuestion> check) {
        ALL.forEach((name, qs) -> qs.forEach(q -> check.accept(name, q)));
    }

    /** Whether the option's words occur consecutively in the text, compared without diacritics. */
    private static boolean appears(String text, String option) {
        List<String> t = words(text);
        List<String> o = words(option);
        for (int i = 0; i + o.size() <= t.size(); i++) {
            if (t.subList(i, i + o.size()).equals(o)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Folding.fold(text));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
