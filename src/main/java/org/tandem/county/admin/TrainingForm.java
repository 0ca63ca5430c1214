package org.tandem.county.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public class TrainingForm {

	@NotBlank(message = "{training.course.required}")
	@Size(max = 200, message = "{field.tooLong}")
	private String course;

	@NotNull(message = "{training.completedOn.required}")
	@PastOrPresent(message = "{training.completedOn.future}")
	private LocalDate completedOn;

	private LocalDate expiresOn;

	public String getCourse() {
		return course;
	}

	public void setCourse(String course) {
		this.course = course;
	}

	public LocalDate getCompletedOn() {
		return completedOn;
	}

	public void setCompletedOn(LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

}
