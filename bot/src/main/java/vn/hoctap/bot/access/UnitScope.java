package vn.hoctap.bot.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.web.NoUnitsYet;
import vn.hoctap.scheduler.unit.OutOfScopeException;
import vn.hoctap.scheduler.unit.Requester;
import vn.hoctap.scheduler.unit.UnitScopes;

/**
 * The current login's reach, checked by every controller that takes a unit, member or campaign id:
 * a scoped login asking for anything outside its unit subtree gets {@link OutOfScopeException}
 * (403), whatever the page showed. Unscoped admins pass; unknown ids then give 404 downstream.
 * The checks themselves belong to the unit tree's owner ({@link UnitScopes}); this class only
 * knows who is logged in.
 */
@Component
public class UnitScope {

    private final UnitScopes scopes;

    UnitScope(UnitScopes scopes) {
        this.scopes = scopes;
    }

    public DashboardUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof DashboardUser user)) {
            throw new AccessDeniedException("not logged in");
        }
        return user;
    }

    /** For the services that take the requester and check scope themselves. */
    public Requester requester() {
        DashboardUser user = current();
        if (user.unitId() == null) {
            return Requester.admin();
        }
        return user.isAdmin() ? Requester.scopedAdmin(user.memberId(), user.unitId()) : new Requester(user.memberId(), user.unitId(), true);
    }

    /** The unit a login's pages start from: its own, or for an unscoped admin the top units. */
    public List<Long> roots() {
        return scopes.roots(current().unitId());
    }

    /**
     * The unit a page shows when none is asked for. A new installation has no unit yet: the pages
     * then send an admin to the organisation page to create or import one ({@link NoUnitsYet}).
     */
    public long firstRoot() {
        List<Long> roots = roots();
        if (roots.isEmpty()) {
            throw new NoUnitsYet();
        }
        return roots.get(0);
    }

    /** Whether a unit is in the login's subtree, for filtering lists. */
    public boolean reachesUnit(long unitId) {
        return scopes.reachesUnit(current().unitId(), unitId);
    }

    public void requireUnit(long unitId) {
        scopes.requireUnit(current().unitId(), unitId);
    }

    public void requireMember(long memberId) {
        scopes.requireMember(current().unitId(), memberId);
    }

    /** Those of the given members that are in the login's subtree, in one query, for filtering lists. */
    public Set<Long> reachable(Collection<Long> memberIds) {
        return scopes.reachable(current().unitId(), memberIds);
    }

    /** An assignment is in reach if its audience and the login's subtree overlap (either contains the other). */
    public void requireAssignment(long assignmentId) {
        scopes.requireAssignment(current().unitId(), assignmentId);
    }

    /** A campaign is in reach if one of its audience units overlaps the login's subtree. */
    public void requireCampaign(long campaignId) {
        scopes.requireCampaign(current().unitId(), campaignId);
    }

    /** SQL LIKE pattern of the login's subtree ('%' for everything), for list queries. */
    public String subtreePattern() {
        return scopes.subtreePattern(current().unitId());
    }
}
