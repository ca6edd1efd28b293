package vn.hoctap.bot.reflection;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.UnitPicker;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.reflection.Reflection;
import vn.hoctap.scheduler.unit.UnitRepository;

/** Reading submitted reflections of a campaign in a unit subtree (usually a cell), with their copy flags. */
@DashboardPage
class ReflectionPages {

    /** One submission with its strongest copy flag (matched is "document" or "member:ID"). */
    record Submission(long memberId, String fullName, String unitName, String documentCode, Instant submittedAt, int words,
            String reflection, String plan, String flaggedAgainst, Double flagScore, Long similarMemberId, String similarName) {
    }

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final UnitScope scope;
    private final UnitPicker picker;
    private final UnitRepository units;

    ReflectionPages(JdbcClient jdbc, Campaigns campaigns, UnitScope scope, UnitRepository units, UnitPicker picker) {
        this.picker = picker;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.scope = scope;
        this.units = units;
    }

    @GetMapping("/reflections")
    String list(@RequestParam(required = false) Long campaign, @RequestParam(required = false) Long unit, Model model) {
        model.addAttribute("campaigns", campaigns.visible(scope.requester()));
        model.addAttribute("nodes", picker.tree(scope.subtreePattern(), false));
        if (campaign == null) {
            return "reflections";
        }
        long unitId = unit != null ? unit : scope.firstRoot();
        scope.requireUnit(unitId);
        scope.requireCampaign(campaign);
        model.addAttribute("campaignId", campaign);
        model.addAttribute("unit", units.findById(unitId).orElseThrow(() -> new java.util.NoSuchElementException("unit " + unitId)));
        model.addAttribute("submissions", submissions(campaign, unitId));
        return "reflections";
    }

    private List<Submission> submissions(long campaign, long unitId) {
        return jdbc.sql("""
                SELECT r.member_id, m.full_name, u.name AS unit_name, d.doc_type, d.number, d.issuer, r.reflection_at, r.reflection, r.plan,
                       f.matched, f.score, fm.id AS similar_id, fm.full_name AS similar_name
                  FROM reflections r
                  JOIN assignments a ON a.id = r.assignment_id AND a.campaign_id = :c
                  JOIN documents d ON d.id = a.document_id
                  JOIN members m ON m.id = r.member_id
                  JOIN units u ON u.id = m.unit_id
                  JOIN units s ON s.id = :u AND unit_within(u.path, s.path)
                  LEFT JOIN LATERAL (SELECT matched, score FROM reflection_flags WHERE reflection_id = r.id
                                      ORDER BY score DESC LIMIT 1) f ON true
                  -- the member whose text it resembles, named only when inside the unit being looked at
                  LEFT JOIN members fm ON f.matched = 'member:' || fm.id
                   AND EXISTS (SELECT 1 FROM units fu WHERE fu.id = fm.unit_id AND unit_within(fu.path, s.path))
                 WHERE r.reflection_at IS NOT NULL
                 ORDER BY u.path, m.full_name, r.id
                 LIMIT 500""").param("c", campaign).param("u", unitId)
                .query((rs, n) -> new Submission(rs.getLong("member_id"), rs.getString("full_name"), rs.getString("unit_name"),
                        rs.getString("number") + "-" + rs.getString("doc_type") + "/" + rs.getString("issuer"),
                        rs.getTimestamp("reflection_at").toInstant(), Reflection.words(rs.getString("reflection")),
                        rs.getString("reflection"), rs.getString("plan"), rs.getString("matched"),
                        rs.getBigDecimal("score") == null ? null : rs.getBigDecimal("score").doubleValue(),
                        (Long) rs.getObject("similar_id", Long.class), rs.getString("similar_name")))
                .list();
    }
}
