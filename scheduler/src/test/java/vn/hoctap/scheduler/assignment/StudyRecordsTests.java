package vn.hoctap.scheduler.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

class StudyRecordsTests {

    private final TestDatabase database = TestDatabase.perTest();

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    private JdbcClient jdbc;
    private AssignmentRepository assignments;
    private StudyRecords records;
    private long member;
    private long otherDistrictMember;
    private long provinceWide;
    private long districtOnly;
    private long document2;
    private long commune;

    @BeforeEach
    void setUp() {
        var dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assignments = new AssignmentRepository(jdbc, clock);
        records = new StudyRecords(jdbc, assignments, new CompletionCheck(jdbc, new vn.hoctap.scheduler.quiz.QuizProperties(5, java.time.Duration.ofMinutes(10), 80)), clock);
        var units = new UnitRepository(jdbc);
        var members = new MemberRepository(jdbc);
        var docs = new DocumentRepository(jdbc);
        var province = units.create(null, UnitLevel.PROVINCE, "Tỉnh");
        var district = units.create(province.id(), UnitLevel.DISTRICT, "Huyện A");
        var otherDistrict = units.create(province.id(), UnitLevel.DISTRICT, "Huyện B");
        commune = units.create(district.id(), UnitLevel.COMMUNE, "Xã").id();
        var cell = units.create(commune, UnitLevel.CELL, "Chi bộ 1");
        member = members.create(cell.id(), "Nguyễn Văn An").id();
        otherDistrictMember = members.create(otherDistrict.id(), "Trần Thị Bình").id();
        long doc1 = docs.save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", "x")).id();
        document2 = docs.save(new NewDocument("NQ", "19", "TW", LocalDate.of(2017, 10, 25), "Sự nghiệp", "y")).id();
        provinceWide = assignments.create(doc1, province.id(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(10)));
        districtOnly = assignments.create(document2, district.id(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(5)));
    }

    @Test
    void memberSeesAssignmentsOfEveryAncestorUnitSoonestFirst() {
        assertThat(assignments.openFor(member)).extracting(MemberAssignment::assignmentId)
                .containsExactly(districtOnly, provinceWide);
        assertThat(assignments.openFor(otherDistrictMember)).extracting(MemberAssignment::assignmentId)
                .containsExactly(provinceWide);
    }

    @Test
    void assignmentsNotYetStartedAreHidden() {
        assignments.create(document2, commune, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(9)));
        assertThat(assignments.allFor(member)).hasSize(2);
    }

    @Test
    void confirmingTwiceRecordsOneConfirmation() {
        records.recordOpened(member, provinceWide);
        Confirmation first = records.confirm(member, provinceWide);
        Confirmation second = records.confirm(member, provinceWide);
        assertThat(first.recordedNow()).isTrue();
        assertThat(second.recordedNow()).isFalse();
        assertThat(second.confirmedAt()).isEqualTo(first.confirmedAt());
        assertThat(jdbc.sql("SELECT count(*) FROM confirmations").query(Long.class).single()).isEqualTo(1);
        assertThat(records.progressOf(member)).isEqualTo(new Progress(1, 2));
    }

    @Test
    void confirmingAnAssignmentOfAnotherUnitIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> records.confirm(otherDistrictMember, districtOnly))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> records.confirm(member, 999_999)).isInstanceOf(NoSuchElementException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM confirmations").query(Long.class).single()).isZero();
    }

    @Test
    void confirmingWithoutOpeningTheSummaryIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> records.confirm(member, provinceWide)).isInstanceOf(StudyRecords.Incomplete.class)
                .satisfies(e -> assertThat(((StudyRecords.Incomplete) e).missing()).containsExactly(CompletionCheck.Requirement.SUMMARY));
        assertThat(jdbc.sql("SELECT count(*) FROM confirmations").query(Long.class).single()).isZero();
    }

    @Test
    void outsideACampaignOnlyTheSummaryIsMissingAndAnUnknownAssignmentLacksIt() {
        CompletionCheck check = new CompletionCheck(jdbc, new vn.hoctap.scheduler.quiz.QuizProperties(5, Duration.ofMinutes(10), 80));
        assertThat(check.missing(member, provinceWide)).containsExactly(CompletionCheck.Requirement.SUMMARY);
        assertThat(check.missing(member, 999_999)).containsExactly(CompletionCheck.Requirement.SUMMARY);
        jdbc.sql("INSERT INTO assignment_views (member_id, assignment_id) VALUES (:m, :a)").param("m", member).param("a", provinceWide).update();
        assertThat(check.missing(member, provinceWide)).isEmpty();
        assertThat(check.missingAll(member, java.util.List.of(provinceWide, districtOnly)))
                .containsEntry(provinceWide, java.util.Set.of()).containsEntry(districtOnly, java.util.Set.of(CompletionCheck.Requirement.SUMMARY));
    }

    @Test
    void readingADocumentCountsForEveryStartedAssignmentOfItTheMemberHas() {
        long doc1 = jdbc.sql("SELECT document_id FROM assignments WHERE id = :a").param("a", provinceWide).query(Long.class).single();
        long communeCopy = assignments.create(doc1, commune, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(3)));
        long notStarted = assignments.create(doc1, commune, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(9)));
        long ended = assignments.create(doc1, commune, NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(1)));
        long elsewhere = assignments.create(doc1, jdbc.sql("SELECT unit_id FROM members WHERE id = :m").param("m", otherDistrictMember)
                .query(Long.class).single(), NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(3)));
        // A campaign's copy that also asks for the reflection and action plan.
        long campaign = jdbc.sql("""
                INSERT INTO campaigns (name, starts_at, deadline, require_reflection) VALUES ('Đợt', :s, :d, true) RETURNING id""")
                .param("s", java.sql.Timestamp.from(NOW.minus(Duration.ofDays(1)))).param("d", java.sql.Timestamp.from(NOW.plus(Duration.ofDays(4))))
                .query(Long.class).single();
        long campaignCopy = jdbc.sql("""
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id) VALUES (:d, :u, :s, :e, :c) RETURNING id""")
                .param("d", doc1).param("u", commune).param("s", java.sql.Timestamp.from(NOW.minus(Duration.ofDays(1))))
                .param("e", java.sql.Timestamp.from(NOW.plus(Duration.ofDays(4)))).param("c", campaign).query(Long.class).single();
        records.recordOpened(member, communeCopy);
        assertThat(jdbc.sql("SELECT assignment_id FROM assignment_views WHERE member_id = :m ORDER BY assignment_id").param("m", member)
                .query(Long.class).list()).containsExactlyInAnyOrder(provinceWide, communeCopy, campaignCopy)
                .doesNotContain(notStarted, ended, elsewhere, districtOnly);
        records.recordOpened(member, provinceWide);
        assertThat(jdbc.sql("SELECT count(*) FROM assignment_views").query(Long.class).single()).as("opened again: no new rows").isEqualTo(3);
        assertThat(records.confirm(member, provinceWide).recordedNow()).isTrue();
        assertThat(jdbc.sql("SELECT assignment_id FROM confirmations WHERE member_id = :m").param("m", member).query(Long.class).list())
                .as("studied once, done for the unit's copy too; the campaign's still waits for its reflection")
                .containsExactlyInAnyOrder(provinceWide, communeCopy);
        assertThat(records.confirm(member, communeCopy).recordedNow()).as("already confirmed with the first").isFalse();
    }

    @Test
    void timeSpentFromFirstOpeningIsRecorded() {
        jdbc.sql("INSERT INTO assignment_views (member_id, assignment_id, first_opened_at) VALUES (:m, :a, :t)")
                .param("m", member).param("a", provinceWide).param("t", java.sql.Timestamp.from(NOW.minusSeconds(600))).update();
        records.confirm(member, provinceWide);
        assertThat(jdbc.sql("SELECT study_seconds FROM confirmations").query(Long.class).single()).isEqualTo(600);
    }

    @Test
    void openingKeepsTheFirstOpenTime() {
        records.recordOpened(member, provinceWide);
        records.recordOpened(member, provinceWide);
        assertThat(jdbc.sql("SELECT count(*) FROM assignment_views").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void doneAssignmentsPastDeadlineLeaveTheMenuButStayInProgress() {
        long past = assignments.create(document2, commune, NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(2)));
        assertThat(assignments.openFor(member)).extracting(MemberAssignment::assignmentId).contains(past);
        records.recordOpened(member, past);
        records.confirm(member, past);
        assertThat(assignments.openFor(member)).extracting(MemberAssignment::assignmentId).doesNotContain(past);
        // Studied late, the document still counts for the running district assignment of it.
        assertThat(records.progressOf(member)).isEqualTo(new Progress(2, 3));
    }
}
