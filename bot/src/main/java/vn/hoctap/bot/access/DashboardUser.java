package vn.hoctap.bot.access;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a dashboard or API login. It carries the unit scope so every query can be
 * limited without another lookup; {@code unitId == null} means the whole organisation.
 */
public final class DashboardUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final DashboardRole role;
    private final Long unitId;
    private final Long memberId;
    private final boolean enabled;

    public DashboardUser(long id, String username, String passwordHash, DashboardRole role, Long unitId, Long memberId,
            boolean enabled) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.unitId = unitId;
        this.memberId = memberId;
        this.enabled = enabled;
    }

    public long id() {
        return id;
    }

    public DashboardRole role() {
        return role;
    }

    /** The root of what this login may see, or null for everything. */
    public Long unitId() {
        return unitId;
    }

    public Long memberId() {
        return memberId;
    }

    public boolean isAdmin() {
        return role == DashboardRole.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
