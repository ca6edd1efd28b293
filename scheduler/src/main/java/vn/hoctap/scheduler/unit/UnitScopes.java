package vn.hoctap.scheduler.unit;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one scope mechanism: whether something lies in a login's or secretary's unit subtree
 * ({@code scope}, a unit id; {@code null} for an unscoped admin, who reaches everything). Every
 * refusal is an {@link OutOfScopeException} (403 on the dashboard and in the API). The subtree
 * predicate itself is the SQL function {@code unit_within} (migration V14_0).
 */
@Component
public class UnitScopes {

    private final JdbcClient jdbc;

    public UnitScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True if {@code unit} is {@code ancestor} or lies below it. */
    public boolean within(long unit, long ancestor) {
        return jdbc.sql("SELECT count(*) FROM units u, units a WHERE u.id = :u AND a.id = :a AND unit_within(u.path, a.path)")
                .param("u", unit).param("a", ancestor).query(Long.class).single() > 0;
    }

    public boolean reachesUnit(Long scope, long unitId) {
        return scope == null || within(unitId, scope);
    }

    public void requireUnit(Long scope, long unitId) {
        if (!reachesUnit(scope, unitId)) {
            throw new OutOfScopeException("unit " + unitId + " is outside your unit");
        }
    }

    public void requireMember(Long scope, long memberId) {
        require(scope, "member", memberId, """
                SELECT count(*) FROM members m JOIN units u ON u.id = m.unit_id, units s
                 WHERE m.id = :id AND s.id = :s AND unit_within(u.path, s.path)""");
    }

    /** Those of the given members that are in reach, in one query, for filtering lists. */
    public Set<Long> reachable(Long scope, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        if (scope == null) {
            return new HashSet<>(jdbc.sql("SELECT id FROM members WHERE id IN (:ids)").param("ids", memberIds).query(Long.class).list());
        }
        return new HashSet<>(jdbc.sql("""
                SELECT m.id FROM members m JOIN units u ON u.id = m.unit_id, units s
                 WHERE m.id IN (:ids) AND s.id = :s AND unit_within(u.path, s.path)""")
                .param("ids", memberIds).param("s", scope).query(Long.class).list());
    }

    /** An assignment is in reach if its audience and the scope overlap (either contains the other). */
    public void requireAssignment(Long scope, long assignmentId) {
        require(scope, "assignment", assignmentId, """
                SELECT count(*) FROM assignments a JOIN units au ON au.id = a.unit_id, units s
                 WHERE a.id = :id AND s.id = :s AND unit_related(au.path, s.path)""");
    }

    /** A campaign is in reach if one of its audience units overlaps the scope. */
    public void requireCampaign(Long scope, long campaignId) {
        require(scope, "campaign", campaignId, """
                SELECT count(*) FROM campaign_units cu JOIN units au ON au.id = cu.unit_id, units s
                 WHERE cu.campaign_id = :id AND s.id = :s AND unit_related(au.path, s.path)""");
    }

    /** Refuses unless {@code countInScope} (with {@code :id} and {@code :s}) finds the object inside the scope. */
    private void require(Long scope, String what, long id, String countInScope) {
        if (scope != null && jdbc.sql(countInScope).param("id", id).param("s", scope).query(Long.class).single() == 0) {
            throw new OutOfScopeException(what + " " + id + " is outside your unit");
        }
    }

    /** SQL LIKE pattern of the scope's subtree ('%' for everything), for list queries on {@code units.path}. */
    public String subtreePattern(Long scope) {
        if (scope == null) {
            return "%";
        }
        return jdbc.sql("SELECT path FROM units WHERE id = :id").param("id", scope).query(String.class).single() + "%";
    }

    /** The units a scope's pages start from: its own, or for an unscoped admin the open top units. */
    public List<Long> roots(Long scope) {
        if (scope != null) {
            return List.of(scope);
        }
        return jdbc.sql("SELECT id FROM units WHERE parent_id IS NULL AND closed_at IS NULL ORDER BY name").query(Long.class).list();
    }
}
