package vn.hoctap.scheduler.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who a campaign message goes to. A member is done with a campaign when every campaign assignment
 * that applies to them (their unit is inside its unit) is confirmed. Only linked, active members
 * can be messaged; blocked ones are known unreachable and left out.
 */
@Repository
public class CampaignTargets {

    private static final String NOT_DONE = """
            SELECT m.id, m.telegram_user_id, m.full_name, u.id AS unit_id,
                   array_agg(DISTINCT d.number || '-' || d.doc_type || '/' || d.issuer)
                       FILTER (WHERE cf.member_id IS NULL) AS pending
              FROM members m
              JOIN units u ON u.id = m.unit_id
              JOIN assignments a ON a.campaign_id = :c
              JOIN units au ON au.id = a.unit_id AND unit_within(u.path, au.path)
              JOIN documents d ON d.id = a.document_id
              LEFT JOIN confirmations cf ON cf.assignment_id = a.id AND cf.member_id = m.id
             WHERE m.status = 'ACTIVE' AND m.telegram_user_id IS NOT NULL /*unit*/
             GROUP BY m.id, m.telegram_user_id, m.full_name, u.id
            HAVING count(cf.member_id) < count(*)
             ORDER BY m.id
            """;

    /** A member still to finish, with the unit they belong to. */
    public record Pending(CampaignTexts.Learner learner, long unitId) {
    }

    private final JdbcClient jdbc;

    public CampaignTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Pending> notDone(long campaignId) {
        return query(NOT_DONE, campaignId, null);
    }

    /** Not-done members of one unit's subtree (a secretary's cell). */
    public List<Pending> notDoneIn(long campaignId, long unitId) {
        return query(NOT_DONE.replace("/*unit*/", "AND unit_within(u.path, (SELECT path FROM units WHERE id = :unit))"), campaignId, unitId);
    }

    private List<Pending> query(String sql, long campaignId, Long unitId) {
        var spec = jdbc.sql(sql).param("c", campaignId);
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        return spec.query((rs, n) -> {
            String[] pending = rs.getArray("pending") == null ? new String[0] : (String[]) rs.getArray("pending").getArray();
            List<String> docs = new ArrayList<>(Arrays.asList(pending));
            docs.removeIf(java.util.Objects::isNull);
            return new Pending(new CampaignTexts.Learner(rs.getLong("id"), rs.getLong("telegram_user_id"), rs.getString("full_name"),
                    docs), rs.getLong("unit_id"));
        }).list();
    }

    /** Per cell of the audience: members (not LEFT), done, and the cell's secretary (chat if linked) and parent. */
    public record CellFigure(long cellId, String cellName, Long parentId, Long secretaryMemberId, Long secretaryChatId,
            long members, long done, String path) {
    }

    public List<CellFigure> cells(long campaignId) {
        return jdbc.sql("""
                WITH member_status AS (
                    SELECT m.id, m.unit_id, bool_and(cf.member_id IS NOT NULL) AS done
                      FROM members m
                      JOIN units u ON u.id = m.unit_id
                      JOIN assignments a ON a.campaign_id = :c
                      JOIN units au ON au.id = a.unit_id AND unit_within(u.path, au.path)
                      LEFT JOIN confirmations cf ON cf.assignment_id = a.id AND cf.member_id = m.id
                     WHERE m.status <> 'LEFT'
                     GROUP BY m.id, m.unit_id)
                SELECT u.id, u.name, u.parent_id, u.path, r.member_id AS secretary_member_id, s.telegram_user_id AS secretary_chat,
                       count(ms.id) AS members, count(ms.id) FILTER (WHERE ms.done) AS done
                  FROM units u JOIN member_status ms ON ms.unit_id = u.id
                  LEFT JOIN unit_roles r ON r.unit_id = u.id AND r.role = 'SECRETARY'
                  LEFT JOIN members s ON s.id = r.member_id
                 WHERE u.level = 'CELL'
                 GROUP BY u.id, u.name, u.parent_id, u.path, r.member_id, s.telegram_user_id
                 ORDER BY u.id""").param("c", campaignId)
                .query((rs, n) -> new CellFigure(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("parent_id"),
                        (Long) rs.getObject("secretary_member_id"), (Long) rs.getObject("secretary_chat"), rs.getLong("members"),
                        rs.getLong("done"), rs.getString("path")))
                .list();
    }

    /** A unit above the cells with a linked, active secretary, for the higher-level daily digest. */
    public record Leader(long unitId, String unitName, String path, CampaignTexts.Learner secretary) {
    }

    public List<Leader> leaders() {
        return jdbc.sql("""
                SELECT u.id, u.name, u.path, m.id AS member_id, m.telegram_user_id, m.full_name FROM units u
                  JOIN unit_roles r ON r.unit_id = u.id AND r.role = 'SECRETARY' JOIN members m ON m.id = r.member_id
                 WHERE u.level <> 'CELL' AND u.closed_at IS NULL AND m.telegram_user_id IS NOT NULL AND m.status = 'ACTIVE'
                 ORDER BY u.path""")
                .query((rs, n) -> new Leader(rs.getLong("id"), rs.getString("name"), rs.getString("path"), new CampaignTexts.Learner(
                        rs.getLong("member_id"), rs.getLong("telegram_user_id"), rs.getString("full_name"), List.of()))).list();
    }

    /** A unit's name and its secretary's contact, if the unit has a linked secretary. */
    public record UnitContact(String unitName, CampaignTexts.Learner learner) {
    }

    public java.util.Optional<UnitContact> unitContact(long unitId) {
        return jdbc.sql("""
                SELECT u.name, m.id, m.telegram_user_id, m.full_name FROM units u
                  JOIN unit_roles r ON r.unit_id = u.id AND r.role = 'SECRETARY' JOIN members m ON m.id = r.member_id
                 WHERE u.id = :u AND m.telegram_user_id IS NOT NULL AND m.status = 'ACTIVE'""").param("u", unitId)
                .query((rs, n) -> new UnitContact(rs.getString(1),
                        new CampaignTexts.Learner(rs.getLong(2), rs.getLong(3), rs.getString(4), List.of()))).optional();
    }
}
