package vn.hoctap.bot.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.hoctap.scheduler.campaign.Requester;

/**
 * The current login's reach, checked by every controller that takes a unit, member or campaign id:
 * a scoped login asking for anything outside its unit subtree gets {@link AccessDeniedException}
 * (403), whatever the page showed. Unscoped admins pass; unknown ids then give 404 downstream.
 */
@Component
public class UnitScope {

    private final JdbcClient jdbc;

    UnitScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DashboardUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof DashboardUser user)) {
            throw new AccessDeniedException("not logged in");
        }
        return user;
    }

    /** For the campaign service, which checks scope itself. */
    public Requester requester() {
        DashboardUser user = current();
        if (user.unitId() == null) {
            return Requester.admin();
        }
        return user.isAdmin() ? Requester.scopedAdmin(user.memberId(), user.unitId()) : new Requester(user.memberId(), user.unitId(), true);
    }

    /** The unit a login's pages start from: its own, or for an unscoped admin the top units. */
    public List<Long> roots() {
        Long unit = current().unitId();
        if (unit != null) {
            return List.of(unit);
        }
        return jdbc.sql("SELECT id FROM units WHERE parent_id IS NULL AND closed_at IS NULL ORDER BY name").query(Long.class).list();
    }

    /** Whether a unit is in the login's subtree, for filtering lists. */
    public boolean reachesUnit(long unitId) {
        Long scope = current().unitId();
        return scope == null || within("SELECT path FROM units WHERE id = :id", unitId, scope);
    }

    public void requireUnit(long unitId) {
        Long scope = current().unitId();
        if (scope != null && !within("SELECT path FROM units WHERE id = :id", unitId, scope)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your unit");
        }
    }

    public void requireMember(long memberId) {
        Long scope = current().unitId();
        if (scope != null && !within("SELECT u.path FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id = :id", memberId, scope)) {
            throw new AccessDeniedException("member " + memberId + " is outside your unit");
        }
    }

    /** Those of the given members that are in the login's subtree, in one query, for filtering lists. */
    public Set<Long> reachable(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT m.id FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id IN (:ids) AND u.path LIKE :subtree""")
                .param("ids", memberIds).param("subtree", subtreePattern()).query(Long.class).list());
    }

    /** An assignment is in reach if its audience and the login's subtree overlap (either contains the other). */
    public void requireAssignment(long assignmentId) {
        Long scope = current().unitId();
        if (scope != null && jdbc.sql("""
                SELECT count(*) FROM assignments a JOIN units au ON au.id = a.unit_id, units s
                 WHERE a.id = :a AND s.id = :s AND (au.path LIKE s.path || '%' OR s.path LIKE au.path || '%')""")
                .param("a", assignmentId).param("s", scope).query(Long.class).single() == 0) {
            throw new AccessDeniedException("assignment " + assignmentId + " is outside your unit");
        }
    }

    /** A campaign is in reach if one of its audience units overlaps the login's subtree. */
    public void requireCampaign(long campaignId) {
        Long scope = current().unitId();
        if (scope != null && jdbc.sql("""
                SELECT count(*) FROM campaign_units cu JOIN units au ON au.id = cu.unit_id, units s
                 WHERE cu.campaign_id = :c AND s.id = :s AND (au.path LIKE s.path || '%' OR s.path LIKE au.path || '%')""")
                .param("c", campaignId).param("s", scope).query(Long.class).single() == 0) {
            throw new AccessDeniedException("campaign " + campaignId + " is outside your unit");
        }
    }

    /** SQL LIKE pattern of the login's subtree ('%' for everything), for list queries. */
    public String subtreePattern() {
        Long scope = current().unitId();
        if (scope == null) {
            return "%";
        }
        return jdbc.sql("SELECT path FROM units WHERE id = :id").param("id", scope).query(String.class).single() + "%";
    }

    private boolean within(String pathQuery, long id, long scope) {
        String path = jdbc.sql(pathQuery).param("id", id).query(String.class).optional().orElse(null);
        if (path == null) {
            return false;
        }
        return jdbc.sql("SELECT count(*) FROM units WHERE id = :s AND :p LIKE path || '%'").param("s", scope).param("p", path)
                .query(Long.class).single() > 0;
    }
}
