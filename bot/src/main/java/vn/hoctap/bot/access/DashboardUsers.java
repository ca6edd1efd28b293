package vn.hoctap.bot.access;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * Dashboard logins in PostgreSQL; passwords only ever stored through the delegating encoder ({bcrypt}…).
 * A secretary login tied to a member takes its scope from the member's role: the unit they lead as
 * secretary or deputy (the lowest, as the bot does), so the login and the member's Telegram account
 * always reach the same units; with no role left the login is disabled.
 */
@Repository
public class DashboardUsers implements UserDetailsService {

    private static final RowMapper<DashboardUser> ROW = (rs, n) -> new DashboardUser(rs.getLong("id"), rs.getString("username"),
            rs.getString("password_hash"), DashboardRole.valueOf(rs.getString("role")), (Long) rs.getObject("unit_id", Long.class),
            (Long) rs.getObject("member_id", Long.class), rs.getBoolean("enabled"));

    private static final String SELECT = """
            SELECT id, username, password_hash, role, member_id, unit_id AS stored_unit_id,
                   CASE WHEN role = 'SECRETARY' AND member_id IS NOT NULL THEN
                       (SELECT u.id FROM unit_roles r JOIN units u ON u.id = r.unit_id
                         WHERE r.member_id = du.member_id AND u.closed_at IS NULL ORDER BY u.depth DESC, r.role DESC, u.id LIMIT 1)
                   ELSE unit_id END AS unit_id,
                   enabled AND (role = 'ADMIN' OR member_id IS NULL OR EXISTS (
                       SELECT 1 FROM unit_roles r JOIN units u ON u.id = r.unit_id
                        WHERE r.member_id = du.member_id AND u.closed_at IS NULL)) AS enabled
              FROM dashboard_users du\s""";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    DashboardUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public DashboardUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no dashboard user " + username));
    }

    public Optional<DashboardUser> find(String username) {
        return jdbc.sql(SELECT + "WHERE lower(username) = lower(:u)").param("u", username)
                .query(ROW).optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM dashboard_users").query(Long.class).single();
    }

    public List<DashboardUser> all() {
        return jdbc.sql(SELECT + "ORDER BY role, lower(username)").query(ROW).list();
    }

    /** Creates a login; throws {@link IllegalArgumentException} with an admin-readable reason when refused. */
    public DashboardUser create(String username, String rawPassword, DashboardRole role, Long unitId, Long memberId) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new RuleViolation("username", "rule.account.username", "username: 3-64 letters, digits, '.', '_', '@' or '-'");
        }
        if (rawPassword == null || rawPassword.length() < 10) {
            throw new RuleViolation("password", "rule.account.password", "password: at least 10 characters");
        }
        if (role == DashboardRole.SECRETARY && memberId != null) {
            unitId = jdbc.sql("""
                    SELECT u.id FROM unit_roles r JOIN units u ON u.id = r.unit_id
                     WHERE r.member_id = :m AND u.closed_at IS NULL ORDER BY u.depth DESC, r.role DESC, u.id LIMIT 1""")
                    .param("m", memberId).query(Long.class).optional()
                    .orElseThrow(() -> new RuleViolation("memberId", "rule.account.memberNotLeader", "member " + memberId + " is not secretary or deputy of any unit", Long.toString(memberId)));
        }
        if (role == DashboardRole.SECRETARY && unitId == null) {
            throw new RuleViolation("unitId", "rule.account.secretaryNeedsUnit", "a secretary needs a unit");
        }
        if (unitId != null && jdbc.sql("SELECT count(*) FROM units WHERE id = :id").param("id", unitId).query(Long.class).single() == 0) {
            throw new RuleViolation("unitId", "rule.account.unknownUnit", "no unit with id " + unitId, Long.toString(unitId));
        }
        if (memberId != null && jdbc.sql("SELECT count(*) FROM members WHERE id = :id").param("id", memberId).query(Long.class).single() == 0) {
            throw new RuleViolation("memberId", "rule.account.unknownMember", "no member with id " + memberId, Long.toString(memberId));
        }
        if (find(username).isPresent()) {
            throw new RuleViolation("username", "rule.account.taken", "username already taken: " + username, username);
        }
        long id = jdbc.sql("""
                INSERT INTO dashboard_users (username, password_hash, role, unit_id, member_id)
                VALUES (:u, :h, :r, :unit, :m) RETURNING id""").param("u", username).param("h", encoder.encode(rawPassword))
                .param("r", role.name()).param("unit", unitId).param("m", memberId).query(Long.class).single();
        return new DashboardUser(id, username, null, role, unitId, memberId, true);
    }
}
