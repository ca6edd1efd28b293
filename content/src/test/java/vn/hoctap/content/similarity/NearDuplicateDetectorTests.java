package vn.hoctap.content.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.importing.DocumentReaders;
import vn.hoctap.content.text.Folding;

/** Reflections on Nghị quyết 21-NQ/TW: copies are flagged, honest reflections on the same topic are not. */
class NearDuplicateDetectorTests {

    /** Member An's own reflection. */
    private static final String AN = """
            Qua nghiên cứu Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương khóa XII về công tác dân số trong tình \
            hình mới, bản thân tôi nhận thức rõ hơn rằng dân số không chỉ là chuyện sinh ít hay sinh nhiều. Điều tôi \
            tâm đắc nhất là Nghị quyết chuyển trọng tâm từ kế hoạch hóa gia đình sang dân số và phát triển. Ở xã tôi, \
            nhiều gia đình trẻ lên thành phố làm ăn, để lại ông bà già và các cháu nhỏ, nên chuyện chăm sóc người cao \
            tuổi đang trở thành gánh nặng thật sự. Tôi cũng thấy tâm lý muốn có con trai vẫn còn khá nặng, có nhà sinh \
            đến đứa thứ tư chỉ vì chưa có con trai. Là đảng viên, tôi sẽ gương mẫu sinh đủ hai con, không lựa chọn giới \
            tính thai nhi và vận động con cháu khám sức khỏe trước khi kết hôn. Trong sinh hoạt chi bộ, tôi đề xuất mỗi \
            quý dành một buổi trao đổi về chăm sóc người già neo đơn trong thôn, đồng thời phối hợp với cộng tác viên \
            dân số để nắm tình hình các hộ sinh con thứ ba.""";

    /** An's reflection handed in by Bình: sentences reordered, a few words changed, diacritics removed. */
    private static final String BINH_COPY = """
            La dang vien, toi se guong mau sinh du hai con, khong lua chon gioi tinh thai nhi va van dong con chau kham \
            suc khoe truoc khi ket hon. Qua nghien cuu Nghi quyet so 21-NQ/TW cua Ban Chap hanh Trung uong khoa XII ve \
            cong tac dan so trong tinh hinh moi, toi nhan thuc ro hon rang dan so khong chi la chuyen sinh it hay sinh \
            nhieu. O thon toi, nhieu gia dinh tre len thanh pho lam an, de lai ong ba gia va cac chau nho, nen chuyen \
            cham soc nguoi cao tuoi dang tro thanh ganh nang lon. Dieu toi thay tam dac la Nghi quyet chuyen trong tam \
            tu ke hoach hoa gia dinh sang dan so va phat trien. Trong sinh hoat chi bo, toi de xuat moi quy danh mot \
            buoi trao doi ve cham soc nguoi gia neo don trong thon, dong thoi phoi hop voi cong tac vien dan so de nam \
            tinh hinh cac ho sinh con thu ba. Toi cung thay tam ly muon co con trai van con kha nang, co nha sinh den \
            dua thu nam chi vi chua co con trai.""";

    /** Chi's own reflection: same topic and vocabulary, her own sentences. */
    private static final String CHI = """
            Sau khi học tập Nghị quyết 21-NQ/TW về công tác dân số trong tình hình mới, tôi xin liên hệ với thực tế ở tổ \
            dân phố nơi tôi sinh sống. Khu phố có nhiều công nhân trẻ thuê trọ, phần lớn kết hôn muộn và chỉ muốn sinh \
            một con vì chi phí nuôi dạy quá cao. Điều này cho thấy đúng như Nghị quyết đã chỉ ra, mức sinh ở đô thị đang \
            xuống thấp, trong khi ở vùng núi quê chồng tôi vẫn còn tình trạng tảo hôn. Tôi hiểu rằng chính sách dân số \
            bây giờ phải tính đến chất lượng dân số, cơ cấu tuổi và sự phân bố dân cư chứ không chỉ đếm số con. Bản thân \
            tôi làm ở trạm y tế phường nên sẽ tích cực tư vấn khám sức khỏe tiền hôn nhân và tầm soát sơ sinh cho các \
            cặp vợ chồng trẻ. Tôi cũng sẽ nhắc gia đình mình quan tâm hơn tới bố mẹ già, vì chúng ta đang bước vào thời \
            kỳ dân số già đi rất nhanh mà hệ thống an sinh chưa theo kịp.""";

    /** Dũng's own reflection. */
    private static final String DUNG = """
            Nghị quyết 21-NQ/TW giúp tôi thay đổi cách nghĩ về công tác dân số. Trước đây tôi cho rằng làm dân số chỉ là \
            vận động các gia đình đừng sinh con thứ ba. Nay tôi hiểu cần quan tâm toàn diện từ quy mô, cơ cấu đến chất \
            lượng dân số. Tại cơ quan tôi, nhiều chị em ngại sinh con thứ hai vì áp lực công việc, nên công đoàn cần có \
            hỗ trợ thiết thực như nhà trẻ và chế độ làm việc linh hoạt. Tôi cũng lo ngại việc siêu âm để biết giới tính \
            thai nhi vẫn còn phổ biến ở một số phòng khám tư. Với vai trò đảng viên, tôi cam kết tuyên truyền cho người \
            thân về bình đẳng giới, coi con trai hay con gái đều như nhau, và tham gia góp ý khi địa phương xây dựng kế \
            hoạch chăm sóc người cao tuổi. Tôi sẽ đưa nội dung này vào kế hoạch hành động cá nhân và báo cáo với chi bộ \
            vào kỳ sinh hoạt cuối năm.""";

    private static final String INTRO = """
            Được chi bộ phân công nghiên cứu Nghị quyết số 21-NQ/TW, tôi đã đọc kỹ văn bản và tham gia đầy đủ buổi học \
            tập do Đảng ủy xã tổ chức. Tôi nhận thấy Nghị quyết có nhiều nội dung sát với đời sống của bà con trong \
            thôn, nhất là chuyện sinh con và chăm sóc ông bà khi về già. Sau đây tôi xin trình bày hai nội dung tâm đắc.
            """;
    private static final String OUTRO = """
            Bản thân tôi là trưởng thôn nên sẽ lồng ghép việc tuyên truyền các nội dung trên vào các buổi họp thôn hằng \
            tháng. Tôi cũng đề nghị chi bộ phân công đảng viên theo dõi từng cụm dân cư để kịp thời nắm tình hình.
            """;

    private static String resolution;
    private static String twoParagraphsOfTheResolution;
    private final NearDuplicateDetector detector = new NearDuplicateDetector();

    @BeforeAll
    static void readTheResolution() throws IOException {
        NewDocument doc = new DocumentReaders().read("21-nq-tw-2017.md",
                new ClassPathResource("library/21-nq-tw-2017.md").getContentAsByteArray());
        resolution = doc.sections().stream().map(s -> s.heading() + "\n" + s.text()).collect(Collectors.joining("\n\n"));
        twoParagraphsOfTheResolution = doc.sections().stream()
                .filter(s -> s.heading().startsWith("2. Duy trì") || s.heading().startsWith("4. Thích ứng"))
                .map(Section::text).collect(Collectors.joining("\n\n"));
    }

    @Test
    void theExamplesAreRealisticReflections() {
        for (String text : List.of(AN, BINH_COPY, CHI, DUNG)) {
            assertThat(text.split("\\s+").length).isGreaterThanOrEqualTo(120);
        }
        assertThat(twoParagraphsOfTheResolution).contains("mức sinh thay thế", "già hóa dân số");
    }

    @Test
    void aReflectionCopiedFromAnotherMemberWithSmallEditsIsFlagged() {
        List<Match> matches = detector.matches(BINH_COPY, peers("binh"));
        System.out.printf("copy of An vs peers: %s%n", scores(BINH_COPY));
        assertThat(matches).extracting(Match::id).containsExactly("an");
        assertThat(matches.get(0).score()).isGreaterThan(0.7);
        assertThat(detector.matches(AN, peers("an"))).extracting(Match::id).containsExactly("binh");
    }

    @Test
    void aReflectionCopyingTwoParagraphsOfTheResolutionIsFlaggedAgainstTheDocument() {
        String submission = INTRO + "\n" + twoParagraphsOfTheResolution + "\n" + OUTRO;
        double containment = detector.containment(submission, resolution);
        System.out.printf("two copied paragraphs in %d words: containment %.2f%n", submission.split("\\s+").length, containment);
        assertThat(containment).isGreaterThanOrEqualTo(0.5);
        List<Match> matches = detector.matches(submission, List.of(new Candidate("document", resolution)));
        assertThat(matches).extracting(Match::id).containsExactly("document");
        // resemblance alone would miss it: the resolution is several times longer than the submission
        assertThat(detector.similarity(detector.signatureOf(submission), detector.signatureOf(resolution))).isLessThan(0.3);
    }

    @Test
    void originalReflectionsOnTheSameTopicAreNotFlagged() {
        for (var own : List.of(new Candidate("an", AN), new Candidate("chi", CHI), new Candidate("dung", DUNG))) {
            List<Candidate> others = new java.util.ArrayList<>(peers(own.id()));
            others.removeIf(c -> c.id().equals("binh"));
            others.add(new Candidate("document", resolution));
            System.out.printf("%s (original) vs others: %s%n", own.id(), scores(own.text()));
            assertThat(detector.matches(own.text(), others)).as(own.id()).isEmpty();
            assertThat(detector.containment(own.text(), resolution)).as(own.id()).isLessThan(0.25);
        }
    }

    @Test
    void matchesComeBestFirstWithTheirScores() {
        String halfCopied = AN.substring(0, AN.indexOf("Là đảng viên")) + DUNG.substring(DUNG.indexOf("Tại cơ quan tôi"));
        List<Match> matches = detector.matches(halfCopied, peers("x"), 0.3);
        assertThat(matches).extracting(Match::id).containsSubsequence("an", "dung");
        assertThat(matches).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.3, 1.0));
    }

    @Test
    void emptyAndVeryShortTextsAreNeverFlaggedAndDoNotCrash() {
        List<Candidate> all = List.of(new Candidate("an", AN), new Candidate("empty", ""), new Candidate("null", null));
        for (String tiny : new String[] {"", "   ", null, "Đã học.", "Tôi đồng ý với nghị quyết.", "Qua nghiên cứu Nghị quyết số 21"}) {
            assertThat(detector.matches(tiny, all)).isEmpty();
            assertThat(detector.containment(tiny, AN)).isLessThanOrEqualTo(1.0);
            Signature s = detector.signatureOf(tiny);
            assertThat(detector.similarity(s, detector.signatureOf(AN))).isLessThan(0.1);
        }
        assertThat(detector.containment("", AN)).isZero();
        assertThat(detector.similarity(detector.signatureOf("Đã học."), detector.signatureOf("Đã học."))).isZero();
        assertThat(detector.signatureOf("").isEmpty()).isTrue();
        assertThat(detector.matches(AN, all)).extracting(Match::id).containsExactly("an");
    }

    @Test
    void minHashEstimatesTheJaccardSimilarity() {
        for (String other : List.of(BINH_COPY, CHI, AN + " " + DUNG)) {
            double exact = jaccard(AN, other);
            double estimate = detector.similarity(detector.signatureOf(AN), detector.signatureOf(other));
            assertThat(estimate).as("%.2f vs %.2f", estimate, exact).isCloseTo(exact, within(0.12));
        }
        assertThat(detector.signatureOf(AN)).isEqualTo(new NearDuplicateDetector().signatureOf(AN));
        assertThat(detector.similarity(detector.signatureOf(AN), detector.signatureOf(AN))).isEqualTo(1.0);
    }

    private static List<Candidate> peers(String except) {
        return List.of(new Candidate("an", AN), new Candidate("binh", BINH_COPY), new Candidate("chi", CHI),
                new Candidate("dung", DUNG)).stream().filter(c -> !c.id().equals(except)).toList();
    }

    private String scores(String text) {
        StringBuilder sb = new StringBuilder();
        for (Candidate c : List.of(new Candidate("an", AN), new Candidate("binh", BINH_COPY), new Candidate("chi", CHI),
                new Candidate("dung", DUNG), new Candidate("document", resolution))) {
            if (!c.text().equals(text)) {
                sb.append(String.format("%s J≈%.2f C=%.2f; ", c.id(),
                        detector.similarity(detector.signatureOf(text), detector.signatureOf(c.text())),
                        detector.containment(text, c.text())));
            }
        }
        return sb.toString();
    }

    /** Exact Jaccard over the same shingles, computed independently. */
    private static double jaccard(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) both.size() / union.size();
    }

    private static Set<String> shingles(String text) {
        Set<String> out = new HashSet<>();
        for (String sentence : Folding.fold(text).split("[.!?;:…\\n\\r]+")) {
            String[] w = sentence.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
            for (int i = 0; i + 3 <= w.length; i++) {
                if (!w[i].isEmpty()) {
                    out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
                }
            }
        }
        return out;
    }
}
