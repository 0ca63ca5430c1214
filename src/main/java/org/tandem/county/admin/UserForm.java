package org.tandem.county.admin;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.platform.Texts;
import org.tandem.county.Role;
import org.tandem.county.UserAccount;

public class UserForm {

	static final int MIN_PASSWORD = 12;

	@NotBlank(message = "{user.username.required}")
	@Pattern(regexp = "[a-z0-9._-]{2,64}", message = "{user.username.pattern}")
	private String username;

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 200, message = "{field.tooLong}")
	private String displayName;

	@Email(message = "{user.email.invalid}")
	@Size(max = 200, message = "{field.tooLong}")
	private String email;

	@NotNull(message = "{user.agency.required}")
	private UUID agencyId;

	@NotEmpty(message = "{user.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	private String preferredLanguage = "en";

	/**
	 * Required for a new account; for an existing one, a new password or blank to keep
	 * it.
	 */
	private String password;

	static UserForm of(UserAccount account) {
		UserForm form = new UserForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.email = account.email();
		form.agencyId = account.agencyId();
		form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		form.enabled = account.enabled();
		form.preferredLanguage = account.preferredLanguage();
		return form;
	}

	UserAccount toAccount(UUID countyId, UUID id) {
		return new UserAccount(countyId, id, username, displayName, Texts.blankToNull(email), agencyId, roles, enabled,
				null, "es".equals(preferredLanguage) ? "es" : "en");
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public UUID getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(UUID agencyId) {
		this.agencyId = agencyId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
