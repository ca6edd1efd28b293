package vn.hoctap.scheduler.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.reflection.Reflection.Part;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Reflections and plans against real PostgreSQL: drafts grow and clear per part, submitting is
 * bounded by word counts (inclusive) and changes nothing when refused, and a reflection copied from
 * the document or from another member is flagged, an own one not, re-submitting replacing the flags.
 */
class ReflectionsTests {

    private final TestDatabase database = TestDatabase.perTest();

    private static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");
    private static final String DOCUMENT = "Nghị quyết đặt mục tiêu duy trì vững chắc mức sinh thay thế trên phạm vi cả nước. "
            + "Đưa tỷ số giới tính khi sinh về mức cân bằng tự nhiên và nâng cao chất lượng dân số. "
            + "Phát triển mạng lưới chăm sóc người cao tuổi và hoàn thiện chính sách hỗ trợ gia đình sinh đủ hai con.";
    private static final String OWN = "Chi bộ thôn tôi sẽ tổ chức sinh hoạt chuyên đề hằng quý cho thanh niên mới lập gia đình. "
            + "Bản thân tôi cam kết vận động ba hộ gia đình hàng xóm đưa người già đi khám sức khỏe định kỳ tại trạm y tế xã. "
            + "Tôi cũng sẽ kể lại cho con cháu nghe những điều đã học trong buổi họp tổ dân phố tới.";

    private JdbcClient jdbc;
    private Reflections reflections;
    private long member;
    private long otherMember;
    private long assignment;

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(database.dataSource());
        long cell = new UnitRepository(jdbc).create(null, UnitLevel.CELL, "Chi bộ").id();
        var members = new MemberRepository(jdbc);
        member = members.create(cell, "Nguyễn Văn An").id();
        otherMember = members.create(cell, "Trần Thị Bình").id();
        long doc = new DocumentRepository(jdbc).save(new NewDocument("NQ", "21", "TW", LocalDate.of(2017, 10, 25), "Dân số", DOCUMENT)).id();
        assignment = new AssignmentRepository(jdbc, Clock.fixed(T0, ZoneOffset.UTC))
                .create(doc, cell, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7)));
        reflections = bounded(5, 200);
    }

    private Reflections bounded(int minWords, int maxWords) {
        return new Reflections(jdbc, Clock.fixed(T0, ZoneOffset.UTC), new ReflectionProperties(minWords, maxWords, 0.5));
    }

    @Test
    void aDraftGrowsMessageByMessageAndEachPartHasItsOwn() {
        reflections.append(member, assignment, Part.REFLECTION, "  Đoạn một.  ");
        assertThat(reflections.append(member, assignment, Part.REFLECTION, "Đoạn hai.")).isEqualTo("Đoạn một.\n\nĐoạn hai.");
        assertThat(reflections.append(member, assignment, Part.PLAN, "Kế hoạch.")).isEqualTo("Kế hoạch.");
        Reflection r = reflections.find(member, assignment).orElseThrow();
        assertThat(r.reflectionDraft()).isEqualTo("Đoạn một.\n\nĐoạn hai.");
        assertThat(r.planDraft()).isEqualTo("Kế hoạch.");
        assertThat(reflections.find(otherMember, assignment)).isEmpty();
        assertThat(count("SELECT count(*) FROM reflections")).isEqualTo(1);
    }

    @Test
    void clearingADraftStartsOverButKeepsWhatWasSubmitted() {
        reflections.append(member, assignment, Part.REFLECTION, "một hai ba bốn năm");
        reflections.submit(member, assignment, Part.REFLECTION, DOCUMENT);
        reflections.clearDraft(member, assignment, Part.REFLECTION);
        assertThat(reflections.append(member, assignment, Part.REFLECTION, "Lại từ đầu.")).isEqualTo("Lại từ đầu.");
        Reflection r = reflections.find(member, assignment).orElseThrow();
        assertThat(r.reflection()).isEqualTo("một hai ba bốn năm");
        assertThat(r.reflectionAt()).isEqualTo(T0);
    }

    @Test
    void theWordBoundsAreInclusiveAndARefusedSubmissionChangesNothing() {
        Reflections fiveToTen = bounded(5, 10);
        fiveToTen.append(member, assignment, Part.REFLECTION, "một hai ba bốn");
        assertThatThrownBy(() -> fiveToTen.submit(member, assignment, Part.REFLECTION, DOCUMENT))
                .isInstanceOfSatisfying(Reflections.LengthRefused.class, e -> assertThat(e.words()).isEqualTo(4));
        assertThat(reflections.find(member, assignment).orElseThrow().submitted(Part.REFLECTION)).isFalse();

        fiveToTen.append(member, assignment, Part.REFLECTION, "năm");
        assertThat(fiveToTen.submit(member, assignment, Part.REFLECTION, DOCUMENT).submitted(Part.REFLECTION)).isTrue();

        fiveToTen.append(member, assignment, Part.PLAN, "một hai ba bốn năm sáu bảy tám chín mười");
        assertThat(fiveToTen.submit(member, assignment, Part.PLAN, DOCUMENT).plan()).endsWith("mười");
        fiveToTen.append(member, assignment, Part.PLAN, "mười một");
        assertThatThrownBy(() -> fiveToTen.submit(member, assignment, Part.PLAN, DOCUMENT))
                .isInstanceOfSatisfying(Reflections.LengthRefused.class, e -> assertThat(e.words()).isEqualTo(12));
        assertThat(reflections.find(member, assignment).orElseThrow().plan()).isEqualTo("một hai ba bốn năm sáu bảy tám chín mười");
    }

    @Test
    void submittingWithoutADraftIsRefusedAsZeroWords() {
        assertThatThrownBy(() -> reflections.submit(member, assignment, Part.PLAN, DOCUMENT))
                .isInstanceOfSatisfying(Reflections.LengthRefused.class, e -> assertThat(e.words()).isZero());
        assertThat(count("SELECT count(*) FROM reflections")).isZero();
    }

    @Test
    void aReflectionCopiedFromAnotherMemberIsFlaggedWithTheirIdAndTheirOwnIsNot() {
        long own = submitReflection(otherMember, OWN);
        assertThat(reflections.flags(own)).isEmpty();

        long copied = submitReflection(member, OWN + " Tôi hoàn toàn đồng ý với những nội dung trên.");
        assertThat(reflections.flags(copied)).singleElement().satisfies(f -> {
            assertThat(f.matched()).isEqualTo("member:" + otherMember);
            assertThat(f.score()).isBetween(0.5, 0.999);
        });
        assertThat(reflections.flags(own)).isEmpty();
    }

    @Test
    void reSubmittingReplacesTheFlagsAndAPlanIsNeverCompared() {
        long id = submitReflection(member, DOCUMENT);
        assertThat(reflections.flags(id)).extracting(Reflections.Flag::matched).containsExactly("document");

        reflections.clearDraft(member, assignment, Part.REFLECTION);
        reflections.append(member, assignment, Part.REFLECTION, OWN);
        reflections.submit(member, assignment, Part.REFLECTION, DOCUMENT);
        assertThat(reflections.flags(id)).isEmpty();

        reflections.append(member, assignment, Part.PLAN, DOCUMENT);
        reflections.submit(member, assignment, Part.PLAN, DOCUMENT);
        assertThat(reflections.flags(id)).isEmpty();
    }

    @Test
    void onlySubmittedReflectionsAreListed() {
        submitReflection(member, OWN);
        reflections.append(otherMember, assignment, Part.REFLECTION, "Bản nháp chưa nộp của đồng chí Bình.");
        assertThat(reflections.ofAssignment(assignment)).extracting(Reflection::memberId).containsExactly(member);
        assertThat(reflections.ofMember(otherMember)).isEmpty();
        assertThat(reflections.ofMember(member)).hasSize(1);
    }

    private long submitReflection(long memberId, String text) {
        reflections.append(memberId, assignment, Part.REFLECTION, text);
        return reflections.submit(memberId, assignment, Part.REFLECTION, DOCUMENT).id();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
