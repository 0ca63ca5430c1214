package org.tandem.county;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tandem.platform.CountyMember;

/** The signed-in person: who they are, their county and agency, and their roles. */
public final class TandemUser implements UserDetails, CredentialsContainer, CountyMember, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID userId;

	private final String username;

	private final String displayName;

	private final UUID countyId;

	private final String countyName;

	private final UUID agencyId;

	private final String agencyName;

	private final AgencyType agencyType;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	public TandemUser(UserAccount account, County county, Agency agency, String passwordHash, boolean locked) {
		this.userId = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.countyId = county.id();
		this.countyName = county.name();
		this.agencyId = agency.id();
		this.agencyName = agency.name();
		this.agencyType = agency.type();
		this.roles = Set.copyOf(account.roles());
		this.enabled = account.enabled();
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	@Override
	public UUID userId() {
		return userId;
	}

	@Override
	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	@Override
	public UUID countyId() {
		return countyId;
	}

	public String countyName() {
		return countyName;
	}

	@Override
	public UUID agencyId() {
		return agencyId;
	}

	public String agencyName() {
		return agencyName;
	}

	public AgencyType agencyType() {
		return agencyType;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Set<String> roleNames() {
		return roles.stream().map(Role::name).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = roles.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
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
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TandemUser user && user.userId.equals(userId);
	}

	@Override
	public int hashCode() {
		return userId.hashCode();
	}

	@Override
	public String toString() {
		// Never the name or password: this may reach a log.
		return "TandemUser[" + userId + "]";
	}

}
