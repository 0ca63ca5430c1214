package org.tandem.county.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.county.Agency;
import org.tandem.county.AgencyType;

public class AgencyForm {

	@NotBlank(message = "{agency.name.required}")
	@Size(max = 200, message = "{field.tooLong}")
	private String name;

	@NotNull(message = "{agency.type.required}")
	private AgencyType type;

	private boolean active = true;

	static AgencyForm of(Agency agency) {
		AgencyForm form = new AgencyForm();
		form.name = agency.name();
		form.type = agency.type();
		form.active = agency.active();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AgencyType getType() {
		return type;
	}

	public void setType(AgencyType type) {
		this.type = type;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
