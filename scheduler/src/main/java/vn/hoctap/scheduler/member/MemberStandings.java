package vn.hoctap.scheduler.member;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** For the member page: every campaign whose audience includes the member's unit, and whether the member has finished it. */
@Service
public class MemberStandings {

    /** One campaign as it stands for one member. */
    public record Standing(long campaignId, String name, Instant deadline, String status, boolean studied) {
    }

    private final JdbcClient jdbc;

    public MemberStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's party card number (external reference), if the roster gave one. */
    public String cardNumber(long memberId) {
        return jdbc.sql("SELECT external_ref FROM members WHERE id = :m").param("m", memberId).query(String.class).optional().orElse(null);
    }

    public List<Standing> of(long memberId) {
        return jdbc.sql("""
                SELECT c.id, c.name, c.deadline, c.status,
                       NOT EXISTS (SELECT 1 FROM assignments a JOIN units au ON au.id = a.unit_id
                                    WHERE a.campaign_id = c.id AND unit_within(u.path, au.path)
                                      AND NOT EXISTS (SELECT 1 FROM confirmations x WHERE x.member_id = m.id AND x.assignment_id = a.id)) AS studied
                  FROM members m JOIN units u ON u.id = m.unit_id, campaigns c
                 WHERE m.id = :m AND EXISTS (SELECT 1 FROM assignments a JOIN units au ON au.id = a.unit_id
                                              WHERE a.campaign_id = c.id AND unit_within(u.path, au.path))
                 ORDER BY c.starts_at DESC, c.id DESC LIMIT 100""").param("m", memberId)
                .query((rs, n) -> new Standing(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getBoolean(5))).list();
    }
}
