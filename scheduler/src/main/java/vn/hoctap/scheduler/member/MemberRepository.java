package vn.hoctap.scheduler.member;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members and their Telegram links. */
@Repository
public class MemberRepository {

    private static final RowMapper<Member> ROW = (rs, n) -> new Member(rs.getLong("id"), rs.getLong("unit_id"),
            rs.getString("full_name"), (Long) rs.getObject("telegram_user_id"), MemberStatus.valueOf(rs.getString("status")));

    private final JdbcClient jdbc;

    public MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Member create(long unitId, String fullName) {
        return jdbc.sql("INSERT INTO members (unit_id, full_name) VALUES (:u, :n) RETURNING *")
                .param("u", unitId).param("n", fullName).query(ROW).single();
    }

    /** Members of one unit (not its subunits) without a linked Telegram account, for the invitation sheet. */
    public List<Unlinked> unlinkedIn(long unitId) {
        return jdbc.sql("""
                SELECT id, unit_id, full_name, external_ref FROM members
                 WHERE unit_id = :u AND telegram_user_id IS NULL AND status <> 'LEFT' ORDER BY full_name, id""")
                .param("u", unitId).query(UNLINKED).list();
    }

    /** One member, if not yet linked and not left (a fresh invitation from the member page). */
    public Optional<Unlinked> unlinked(long memberId) {
        return jdbc.sql("""
                SELECT id, unit_id, full_name, external_ref FROM members
                 WHERE id = :m AND telegram_user_id IS NULL AND status <> 'LEFT'""").param("m", memberId).query(UNLINKED).optional();
    }

    private static final RowMapper<Unlinked> UNLINKED = (rs, n) -> new Unlinked(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4));

    /** A member still to link, with the card number (mã đảng viên) printed beside the QR code. */
    public record Unlinked(long id, long unitId, String fullName, String externalRef) {
    }

    public Optional<Member> findById(long id) {
        return jdbc.sql("SELECT * FROM members WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** The member holding a party card number (the roster's {@code external_ref}, unique), as admins know members. */
    public Optional<Long> findIdByCard(String cardNumber) {
        return jdbc.sql("SELECT id FROM members WHERE external_ref = :r").param("r", cardNumber.strip()).query(Long.class).optional();
    }

    public Optional<Member> findByTelegramUserId(long telegramUserId) {
        return jdbc.sql("SELECT * FROM members WHERE telegram_user_id = :t").param("t", telegramUserId).query(ROW).optional();
    }

    /**
     * Points the member at this Telegram account (replacing an older link of the same member,
     * e.g. a new phone). The unique index refuses an account already linked to someone else.
     */
    public void linkTelegram(long memberId, long telegramUserId) {
        jdbc.sql("UPDATE members SET telegram_user_id = :t, linked_at = now() WHERE id = :id")
                .param("t", telegramUserId).param("id", memberId).update();
    }

    public void setStatus(long memberId, MemberStatus status) {
        jdbc.sql("UPDATE members SET status = :s WHERE id = :id").param("s", status.name()).param("id", memberId).update();
    }
}
