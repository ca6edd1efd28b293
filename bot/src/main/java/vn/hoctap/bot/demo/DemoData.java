package vn.hoctap.bot.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoctap.bot.onboarding.Invitation;
import vn.hoctap.bot.onboarding.Invitations;
import vn.hoctap.content.library.DocumentLibrary;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * A small fictional province with members, the bundled library of real documents and one
 * assignment (18-NQ/TW of 2017), loaded with
 * {@code --hoctap.demo=true} (or HOCTAP_DEMO=true) so a newcomer sees something. Loading twice is
 * harmless: it is skipped once the demo province exists.
 */
@Component
@ConditionalOnProperty(name = "hoctap.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PROVINCE = "Đảng bộ tỉnh Sông Hồng (dữ liệu mẫu)";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final MemberRepository members;
    private final DocumentLibrary library;
    private final AssignmentRepository assignments;
    private final Invitations invitations;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoData(JdbcClient jdbc, UnitRepository units, MemberRepository members, DocumentLibrary library,
            AssignmentRepository assignments, Invitations invitations, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.members = members;
        this.library = library;
        this.assignments = assignments;
        this.invitations = invitations;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM units WHERE name = :n").param("n", PROVINCE).query(Long.class).single() > 0) {
            log.info("Demo data already loaded");
            return;
        }
        List<Invitation> links = tx.execute(status -> load());
        log.info("Demo data loaded. Invitation links for demo members (valid 14 days):");
        links.forEach(i -> log.info("  member {}: {}", i.memberId(), i.link()));
    }

    private List<Invitation> load() {
        Unit province = units.create(null, UnitLevel.PROVINCE, PROVINCE);
        Unit district1 = units.create(province.id(), UnitLevel.DISTRICT, "Đảng bộ huyện Bình An");
        Unit district2 = units.create(province.id(), UnitLevel.DISTRICT, "Đảng bộ thành phố Hồng Châu");
        Unit commune1 = units.create(district1.id(), UnitLevel.COMMUNE, "Đảng bộ xã Tân Phú");
        Unit commune2 = units.create(district2.id(), UnitLevel.COMMUNE, "Đảng bộ phường Trung Tâm");
        Unit[] cells = {
            units.create(commune1.id(), UnitLevel.CELL, "Chi bộ thôn Đông"),
            units.create(commune1.id(), UnitLevel.CELL, "Chi bộ thôn Tây"),
            units.create(commune2.id(), UnitLevel.CELL, "Chi bộ khu phố 1"),
        };
        String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em",
            "Vũ Thị Giang", "Đặng Văn Hùng", "Bùi Thị Hoa", "Đỗ Văn Khánh", "Ngô Thị Lan", "Dương Văn Minh",
            "Lý Thị Ngọc"};
        List<Long> memberIds = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            memberIds.add(members.create(cells[i % cells.length].id(), names[i]).id());
        }
        // The first member of each cell (the three with invitation links) is its secretary, to try /chibo and /nhacnho.
        for (int i = 0; i < cells.length; i++) {
            jdbc.sql("INSERT INTO unit_roles (unit_id, member_id, role) VALUES (:u, :m, 'SECRETARY')").param("u", cells[i].id())
                    .param("m", memberIds.get(i)).update();
        }
        long studied = library.importBundledLibrary().stream().map(r -> r.document())
                .filter(d -> d.code().equals("18-NQ/TW") && d.issuedOn().getYear() == 2017).findFirst()
                .orElseThrow(() -> new IllegalStateException("bundled library lacks 18-NQ/TW (2017)")).id();
        Instant now = clock.instant();
        assignments.create(studied, province.id(), now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30)));
        return memberIds.subList(0, 3).stream().map(invitations::create).toList();
    }
}
