package vn.hoctap.scheduler.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
 * The members list's search, filters, count and pages: a district with cells A and B and a sibling
 * district; a district campaign of two documents that only Đào confirmed in full.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberSearchTests {

    private final TestDatabase database = TestDatabase.perClass();

    private JdbcClient jdbc;
    private MemberSearch search;
    private UnitRepository units;
    private long province;
    private long district;
    private long campaign;

    @BeforeAll
    void buildDistrict() {
        jdbc = JdbcClient.create(database.dataSource());
        search = new MemberSearch(jdbc);
        units = new UnitRepository(jdbc);
        province = units.create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        district = units.create(province, UnitLevel.DISTRICT, "Huyện").id();
        long cellA = units.create(district, UnitLevel.CELL, "Chi bộ A").id();
        long cellB = units.create(district, UnitLevel.CELL, "Chi bộ B").id();
        long sibling = units.create(province, UnitLevel.DISTRICT, "Huyện khác").id();
        long dao = member(cellA, "Trần Thị Đào", "HN-0011", "ACTIVE", 11L);
        long dung = member(cellA, "Lê Dung", "HN-0012", "BLOCKED", 12L);
        member(cellA, "Nguyễn Văn An", "HN-0013", "ACTIVE", null);
        member(cellA, "Võ Em", "HN-0014", "LEFT", 14L);
        member(cellA, "Phạm Em", null, "ACTIVE", 15L);
        member(cellB, "Bùi Ánh", "HN-0016", "ACTIVE", 16L);
        member(sibling, "Đỗ Bảo", "HN-0017", "ACTIVE", 17L);
        var docs = new DocumentRepository(jdbc);
        long doc1 = docs.save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", null)).id();
        long doc2 = docs.save(new NewDocument("NQ", "19", "TW", LocalDate.of(2017, 10, 25), "Sự nghiệp", null)).id();
        campaign = jdbc.sql("INSERT INTO campaigns (name, starts_at, deadline) VALUES ('Đợt', now() - interval '1 day', now() + interval '9 days') RETURNING id")
                .query(Long.class).single();
        long a1 = assignment(doc1);
        long a2 = assignment(doc2);
        confirm(dao, a1);
        confirm(dao, a2);
        confirm(dung, a1);
    }

    @Test
    void onePageCountsEveryMatch() {
        MemberSearch.Page page = search.find(query(null, null, null, null, 0, 2));
        assertThat(page.rows()).extracting(MemberRow::fullName).containsExactly("Nguyễn Văn An", "Lê Dung");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.pages()).isEqualTo(3);
        assertThat(page.page()).isZero();
    }

    @Test
    void aPagePastTheEndShowsTheLastPageWithTheCount() {
        MemberSearch.Page page = search.find(query(null, null, null, null, 9, 2));
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.rows()).extracting(MemberRow::fullName).containsExactly("Bùi Ánh");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.pages()).isEqualTo(3);
    }

    @Test
    void noMatchIsOneEmptyPageEvenWhenALaterPageWasAsked() {
        MemberSearch.Page page = search.find(query("không ai", null, null, null, 3, 2));
        assertThat(page.rows()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.page()).isZero();
        assertThat(page.pages()).isEqualTo(1);
    }

    @Test
    void searchFindsPartOfTheNameOrCardNumberIgnoringCaseAndStaysInTheSubtree() {
        assertThat(search.find(query("văn an", null, null, null, 0, 50)).rows()).extracting(MemberRow::fullName)
                .containsExactly("Nguyễn Văn An");
        assertThat(search.find(query("hn-0016", null, null, null, 0, 50)).rows()).extracting(MemberRow::fullName)
                .containsExactly("Bùi Ánh");
        assertThat(search.find(query("HN-001", null, null, null, 0, 50)).total()).isEqualTo(4); // not Em (no card), Võ Em (left), Bảo (sibling)
        assertThat(search.find(query("%", null, null, null, 0, 50)).total()).isZero(); // wildcards are searched as text
    }

    @Test
    void doneAndNotDoneInTheCampaignWithTheCount() {
        MemberSearch.Page done = search.find(query(null, campaign, true, null, 0, 50));
        assertThat(done.rows()).extracting(MemberRow::fullName).containsExactly("Trần Thị Đào");
        assertThat(done.rows()).allMatch(MemberRow::studied);
        assertThat(done.total()).isEqualTo(1);
        MemberSearch.Page notDone = search.find(query(null, campaign, false, null, 0, 2));
        assertThat(notDone.rows()).extracting(MemberRow::fullName).containsExactly("Nguyễn Văn An", "Lê Dung"); // Dung confirmed one of two
        assertThat(notDone.total()).isEqualTo(4);
        assertThat(notDone.pages()).isEqualTo(2);
    }

    @Test
    void namesSortByGivenNameInVietnameseOrderBothWays() {
        assertThat(search.find(query(null, null, null, MemberQuery.Sort.NAME, 0, 50)).rows()).extracting(MemberRow::fullName)
                .containsExactly("Nguyễn Văn An", "Bùi Ánh", "Lê Dung", "Trần Thị Đào", "Phạm Em");
        assertThat(search.find(new MemberQuery(district, null, null, null, null, null, MemberQuery.Sort.NAME, true, 0, 50)).rows())
                .extracting(MemberRow::fullName).containsExactly("Phạm Em", "Trần Thị Đào", "Lê Dung", "Bùi Ánh", "Nguyễn Văn An");
    }

    @Test
    void aRenamedMemberSortsByTheNewGivenName() {
        long other = units.create(province, UnitLevel.DISTRICT, "Huyện đổi tên").id();
        long cell = units.create(other, UnitLevel.CELL, "Chi bộ C").id();
        long renamed = member(cell, "Hà Văn Xuân", null, "ACTIVE", null);
        member(cell, "Lò Thị Minh", null, "ACTIVE", null);
        jdbc.sql("UPDATE members SET full_name = 'Hà Văn Bình' WHERE id = :m").param("m", renamed).update();
        assertThat(search.find(new MemberQuery(other, null, null, null, null, null, MemberQuery.Sort.NAME, false, 0, 50)).rows())
                .extracting(MemberRow::fullName).containsExactly("Hà Văn Bình", "Lò Thị Minh");
    }

    private MemberQuery query(String text, Long campaignId, Boolean done, MemberQuery.Sort sort, int page, int size) {
        return new MemberQuery(district, text, null, null, campaignId, done, sort, false, page, size);
    }

    private long member(long unit, String name, String ref, String status, Long telegram) {
        return jdbc.sql("""
                INSERT INTO members (unit_id, full_name, external_ref, status, telegram_user_id) VALUES (:u, :n, :r, :s, :t) RETURNING id""")
                .param("u", unit).param("n", name).param("r", ref, java.sql.Types.VARCHAR).param("s", status)
                .param("t", telegram, java.sql.Types.BIGINT).query(Long.class).single();
    }

    private long assignment(long doc) {
        return jdbc.sql("""
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                SELECT :d, :u, starts_at, deadline, id FROM campaigns WHERE id = :c RETURNING id""")
                .param("d", doc).param("u", district).param("c", campaign).query(Long.class).single();
    }

    private void confirm(long member, long assignment) {
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", member).param("a", assignment).update();
    }
}
