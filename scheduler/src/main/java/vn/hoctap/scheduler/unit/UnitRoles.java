package vn.hoctap.scheduler.unit;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Who leads a unit: one secretary and any number of deputies, each a member of the unit's subtree
 * (a commune's secretary belongs to one of its cells). The bot gives both the secretary's tools
 * (/chibo, /nhacnho) for that unit; the daily digest and escalations go to the secretary.
 */
@Service
public class UnitRoles {

    /** A role holder, for pages and the API. */
    public record Holder(long unitId, long memberId, String fullName, UnitRole role, boolean linked) {
    }

    private final JdbcClient jdbc;
    private final UnitRepository units;

    public UnitRoles(JdbcClient jdbc, UnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public List<Holder> of(long unitId) {
        return jdbc.sql("""
                SELECT r.unit_id, r.member_id, m.full_name, r.role, m.telegram_user_id IS NOT NULL AS linked
                  FROM unit_roles r JOIN members m ON m.id = r.member_id WHERE r.unit_id = :u
                 ORDER BY r.role DESC, m.full_name""").param("u", unitId)
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3), UnitRole.valueOf(rs.getString(4)),
                        rs.getBoolean(5))).list();
    }

    /** The unit a member leads (secretary or deputy), the lowest one if several. */
    public Optional<Long> unitLedBy(long memberId) {
        return jdbc.sql("""
                SELECT u.id FROM unit_roles r JOIN units u ON u.id = r.unit_id
                 WHERE r.member_id = :m AND u.closed_at IS NULL ORDER BY u.depth DESC, r.role DESC, u.id LIMIT 1""")
                .param("m", memberId).query(Long.class).optional();
    }

    /**
     * Sets a member's role in a unit; {@code role == null} removes it. A new secretary replaces the
     * previous one (who keeps no role). {@code scope} is the caller's unit ({@code null}: everything).
     */
    @Transactional
    public void assign(long unitId, long memberId, UnitRole role, Long scope) {
        Unit unit = units.findById(unitId).filter(u -> !u.closed()).orElseThrow(() -> new NoSuchElementException("unit " + unitId));
        if (scope != null) {
            Unit root = units.findById(scope).orElseThrow();
            if (!root.contains(unit)) {
                throw new OutOfScopeException("unit " + unitId + " is outside your unit's subtree");
            }
        }
        String memberPath = jdbc.sql("""
                SELECT u.path FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id = :m AND m.status <> 'LEFT'""")
                .param("m", memberId).query(String.class).optional()
                .orElseThrow(() -> new NoSuchElementException("member " + memberId));
        if (!memberPath.startsWith(unit.path())) {
            throw new UnitChangeException("unit.memberOutside", "Đảng viên " + memberId + " không thuộc «" + unit.name() + "»",
                    String.valueOf(memberId), unit.name());
        }
        jdbc.sql("DELETE FROM unit_roles WHERE unit_id = :u AND member_id = :m").param("u", unitId).param("m", memberId).update();
        if (role == null) {
            return;
        }
        if (role == UnitRole.SECRETARY) {
            jdbc.sql("DELETE FROM unit_roles WHERE unit_id = :u AND role = 'SECRETARY'").param("u", unitId).update();
        }
        jdbc.sql("INSERT INTO unit_roles (unit_id, member_id, role) VALUES (:u, :m, :r)").param("u", unitId).param("m", memberId)
                .param("r", role.name()).update();
    }
}
