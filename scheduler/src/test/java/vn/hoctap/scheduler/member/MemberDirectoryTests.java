package vn.hoctap.scheduler.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The dashboard's member list: a district with cells A (created first) and B, and a sibling district.
 * A campaign for the district with two documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberDirectoryTests {

    private final TestDatabase database = TestDatabase.perClass();

    private JdbcClient jdbc;
    private MemberDirectory directory;
    private long district;
    private long campaign;

    @BeforeAll
    void buildDistrict() {
        var dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        directory = new MemberDirectory(jdbc);
        var units = new UnitRepository(jdbc);
        long province = units.create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        district = units.create(province, UnitLevel.DISTRICT, "Huyện").id();
        long cellA = units.create(district, UnitLevel.CELL, "Chi bộ A").id();
        long cellB = units.create(district, UnitLevel.CELL, "Chi bộ B").id();
        long sibling = units.create(province, UnitLevel.DISTRICT, "Huyện khác").id();
        long dao = member(cellA, "Trần Thị Đào", "ACTIVE", 11L);
        long dung = member(cellA, "Lê Dung", "BLOCKED", 12L);
        member(cellA, "Nguyễn Văn An", "ACTIVE", null);
        member(cellA, "Võ Em", "LEFT", 14L);
        member(cellA, "Phạm Em", "ACTIVE", 15L);
        member(cellB, "Bùi Ánh", "ACTIVE", 16L);
        member(sibling, "Đỗ Bảo", "ACTIVE", 17L);
        var docs = new DocumentRepository(jdbc);
        long doc1 = docs.save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", null)).id();
        long doc2 = docs.save(new NewDocument("NQ", "19", "TW", LocalDate.of(2017, 10, 25), "Sự nghiệp", null)).id();
        campaign = jdbc.sql("INSERT INTO campaigns (name, starts_at, deadline) VALUES ('Đợt', now() - interval '1 day', now() + interval '9 days') RETURNING id")
                .query(Long.class).single();
        long a1 = assignment(doc1), a2 = assignment(doc2);
        for (long a : new long[] {a1, a2}) {
            jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", dao).param("a", a).update();
            jdbc.sql("INSERT INTO quiz_attempts (member_id, assignment_id, mode, finished_at, score, total, passed) VALUES (:m, :a, 'INLINE', now(), 5, 5, true)")
                    .param("m", dao).param("a", a).update();
        }
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", dung).param("a", a1).update();
        jdbc.sql("INSERT INTO reflections (member_id, assignment_id, reflection_at, plan_at) VALUES (:m, :a, now(), now())")
                .param("m", dao).param("a", a1).update();
    }

    @Test
    void membersByUnitThenGivenNameInVietnameseOrderWithoutLeftOrSiblings() {
        assertThat(directory.list(district, null, 0, 50)).extracting(MemberRow::fullName)
                .containsExactly("Nguyễn Văn An", "Lê Dung", "Trần Thị Đào", "Phạm Em", "Bùi Ánh");
        assertThat(directory.count(district)).isEqualTo(5);
    }

    @Test
    void pagesWithOffsetAndLimit() {
        assertThat(directory.list(district, null, 1, 2)).extracting(MemberRow::fullName).containsExactly("Lê Dung", "Trần Thị Đào");
        assertThat(directory.list(district, null, 5, 50)).isEmpty();
    }

    @Test
    void rowsCarryUnitStatusLinkAndCampaignStanding() {
        List<MemberRow> rows = directory.list(district, campaign, 0, 50);
        MemberRow dao = rows.get(2);
        assertThat(dao.unitName()).isEqualTo("Chi bộ A");
        assertThat(dao.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(dao.linked()).isTrue();
        assertThat(dao.studied()).isTrue();
        assertThat(dao.quizPassed()).isTrue();
        assertThat(dao.reflection()).isFalse(); // reflected on the first document only
        MemberRow dung = rows.get(1);
        assertThat(dung.status()).isEqualTo(MemberStatus.BLOCKED);
        assertThat(dung.studied()).isFalse(); // confirmed one of two
        assertThat(rows.get(0).linked()).isFalse();
        assertThat(directory.list(district, null, 0, 50).get(2).studied()).isFalse();
    }

    @Test
    void unknownUnitIsNoSuchElement() {
        assertThatThrownBy(() -> directory.list(999_999, null, 0, 50)).isInstanceOf(NoSuchElementException.class);
    }

    private long member(long unit, String name, String status, Long telegram) {
        return jdbc.sql("INSERT INTO members (unit_id, full_name, status, telegram_user_id) VALUES (:u, :n, :s, :t) RETURNING id")
                .param("u", unit).param("n", name).param("s", status).param("t", telegram, java.sql.Types.BIGINT).query(Long.class).single();
    }

    private long assignment(long doc) {
        return jdbc.sql("""
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                SELECT :d, :u, starts_at, deadline, id FROM campaigns WHERE id = :c RETURNING id""")
                .param("d", doc).param("u", district).param("c", campaign).query(Long.class).single();
    }
}
