package org.tandem.youth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.platform.Texts;

/**
 * What a worker enters about a youth, from the page form or as JSON. Only first name,
 * last name and date of birth are required; everything else the youth may not have shared
 * yet.
 */
public class YouthForm {

	@NotBlank(message = "{youth.firstName.required}")
	@Size(max = 100, message = "{field.tooLong}")
	private String firstName;

	@Size(max = 100, message = "{field.tooLong}")
	private String middleName;

	@NotBlank(message = "{youth.lastName.required}")
	@Size(max = 100, message = "{field.tooLong}")
	private String lastName;

	@Size(max = 100, message = "{field.tooLong}")
	private String preferredName;

	@Size(max = 20, message = "{youth.aliases.tooMany}")
	private List<@Size(max = 100, message = "{field.tooLong}") String> aliases = new ArrayList<>();

	@NotNull(message = "{youth.dateOfBirth.required}")
	private LocalDate dateOfBirth;

	private Jurisdiction jurisdiction = Jurisdiction.UNKNOWN;

	private Set<RaceEthnicity> raceEthnicity = EnumSet.noneOf(RaceEthnicity.class);

	@Size(max = 100, message = "{field.tooLong}")
	private String genderIdentity;

	@Size(max = 100, message = "{field.tooLong}")
	private String sexualOrientation;

	@Size(max = 50, message = "{field.tooLong}")
	private String pronouns;

	@Size(max = 10, message = "{youth.languages.tooMany}")
	private List<@Size(max = 50, message = "{field.tooLong}") String> languages = new ArrayList<>();

	@Size(max = 2000, message = "{field.tooLong}")
	private String safeContactNote;

	private Set<UUID> agencyIds = new LinkedHashSet<>();

	/**
	 * Set after the worker has seen the likely duplicates and says this is a different
	 * youth.
	 */
	private boolean confirmNotDuplicate;

	/**
	 * The version the worker edited, to refuse overwriting someone else's later change.
	 */
	private Integer version;

	public static YouthForm of(Youth youth) {
		YouthForm form = new YouthForm();
		form.firstName = youth.firstName();
		form.middleName = youth.middleName();
		form.lastName = youth.lastName();
		form.preferredName = youth.preferredName();
		form.aliases = new ArrayList<>(youth.aliases());
		form.dateOfBirth = youth.dateOfBirth();
		form.jurisdiction = youth.jurisdiction();
		form.raceEthnicity = youth.raceEthnicity().isEmpty() ? EnumSet.noneOf(RaceEthnicity.class)
				: EnumSet.copyOf(youth.raceEthnicity());
		form.genderIdentity = youth.genderIdentity();
		form.sexualOrientation = youth.sexualOrientation();
		form.pronouns = youth.pronouns();
		form.languages = new ArrayList<>(youth.languages());
		form.safeContactNote = youth.safeContactNote();
		form.agencyIds = new LinkedHashSet<>(youth.agencyIds());
		form.version = youth.version();
		return form;
	}

	/**
	 * Blank optional text becomes null, lists lose blanks and repeats: what is stored is
	 * what was meant.
	 */
	void tidy() {
		firstName = strip(firstName);
		middleName = Texts.blankToNull(middleName);
		lastName = strip(lastName);
		preferredName = Texts.blankToNull(preferredName);
		genderIdentity = Texts.blankToNull(genderIdentity);
		sexualOrientation = Texts.blankToNull(sexualOrientation);
		pronouns = Texts.blankToNull(pronouns);
		safeContactNote = Texts.blankToNull(safeContactNote);
		aliases = cleanList(aliases);
		languages = cleanList(languages);
		if (jurisdiction == null) {
			jurisdiction = Jurisdiction.UNKNOWN;
		}
		if (raceEthnicity == null) {
			raceEthnicity = EnumSet.noneOf(RaceEthnicity.class);
		}
		if (agencyIds == null) {
			agencyIds = new LinkedHashSet<>();
		}
	}

	private static List<String> cleanList(List<String> values) {
		return values == null ? new ArrayList<>()
				: new ArrayList<>(values.stream().map(Texts::blankToNull).filter(v -> v != null).distinct().toList());
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	/** Aliases as the page's text area shows them: one a line. */
	@JsonIgnore
	public String getAliasLines() {
		return String.join("\n", aliases);
	}

	public void setAliasLines(String lines) {
		this.aliases = lines == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(lines.split("\\R")));
	}

	/** Languages as the page's field shows them: separated by commas. */
	@JsonIgnore
	public String getLanguageList() {
		return String.join(", ", languages);
	}

	public void setLanguageList(String list) {
		this.languages = list == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(list.split(",")));
	}

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getMiddleName() {
		return middleName;
	}

	public void setMiddleName(String middleName) {
		this.middleName = middleName;
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getPreferredName() {
		return preferredName;
	}

	public void setPreferredName(String preferredName) {
		this.preferredName = preferredName;
	}

	public List<String> getAliases() {
		return aliases;
	}

	public void setAliases(List<String> aliases) {
		this.aliases = aliases;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public Jurisdiction getJurisdiction() {
		return jurisdiction;
	}

	public void setJurisdiction(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	public Set<RaceEthnicity> getRaceEthnicity() {
		return raceEthnicity;
	}

	public void setRaceEthnicity(Set<RaceEthnicity> raceEthnicity) {
		this.raceEthnicity = raceEthnicity;
	}

	public String getGenderIdentity() {
		return genderIdentity;
	}

	public void setGenderIdentity(String genderIdentity) {
		this.genderIdentity = genderIdentity;
	}

	public String getSexualOrientation() {
		return sexualOrientation;
	}

	public void setSexualOrientation(String sexualOrientation) {
		this.sexualOrientation = sexualOrientation;
	}

	public String getPronouns() {
		return pronouns;
	}

	public void setPronouns(String pronouns) {
		this.pronouns = pronouns;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public String getSafeContactNote() {
		return safeContactNote;
	}

	public void setSafeContactNote(String safeContactNote) {
		this.safeContactNote = safeContactNote;
	}

	public Set<UUID> getAgencyIds() {
		return agencyIds;
	}

	public void setAgencyIds(Set<UUID> agencyIds) {
		this.agencyIds = agencyIds;
	}

	public boolean isConfirmNotDuplicate() {
		return confirmNotDuplicate;
	}

	public void setConfirmNotDuplicate(boolean confirmNotDuplicate) {
		this.confirmNotDuplicate = confirmNotDuplicate;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
