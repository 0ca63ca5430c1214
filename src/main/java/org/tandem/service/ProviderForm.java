package org.tandem.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.platform.CountyId;
import org.tandem.platform.Texts;
import org.tandem.service.Provider.PlacementFactors;
import org.tandem.service.Provider.Program;
import org.tandem.service.ProviderInput.Clients;
import org.tandem.service.ProviderInput.Contact;
import org.tandem.service.ProviderInput.Counts;
import org.tandem.service.ProviderInput.Place;
import org.tandem.service.ProviderInput.ProgramInput;

/**
 * A provider flattened to one level of text: the fields of the page's form and the
 * columns of the directory's spreadsheet (CSV and XLSX). Lists are written separated by
 * semicolons (or one a line), a program as {@code Name: NEED, NEED}; factors as yes, no
 * or blank.
 */
public class ProviderForm {

	/** The spreadsheet's columns, in order. */
	static final List<String> COLUMNS = List.of("name", "type", "intakeName", "intakeEmail", "intakePhone", "address",
			"city", "confidential", "countiesServed", "programs", "systems", "ageMin", "ageMax", "genders", "languages",
			"securityMeasures", "staffTraining", "fundingLimitations", "strengths", "barriers", "capacityTotal",
			"capacityAvailable", "capacityWaitlist", "capacityUpdatedOn", "caregiversTrained", "exploiterAccessManaged",
			"recruitmentRiskManaged", "sogieAffirming", "factorsNote");

	private final Map<String, String> values = new LinkedHashMap<>();

	private List<String> countiesServed = new ArrayList<>();

	private List<String> systems = new ArrayList<>();

	private List<String> genders = new ArrayList<>();

	private boolean confidential;

	private Integer version;

	/** The form of an entry, its counties named by {@code countyName}. */
	static ProviderForm of(Provider p, Function<UUID, String> countyName) {
		ProviderForm f = new ProviderForm();
		f.set("name", p.name());
		f.set("type", p.type().name());
		f.set("intakeName", p.intakeContact().name());
		f.set("intakeEmail", p.intakeContact().email());
		f.set("intakePhone", p.intakeContact().phone());
		f.set("address", p.location().address());
		f.set("city", p.location().city());
		f.confidential = p.location().confidential();
		f.countiesServed = new ArrayList<>(p.countiesServed().stream().map(CountyId::value).map(countyName).toList());
		f.set("programs", p.programs().stream().map(ProviderForm::programLine).collect(Collectors.joining("\n")));
		f.systems = new ArrayList<>(p.clientsServed().systems().stream().map(Enum::name).toList());
		f.genders = new ArrayList<>(p.clientsServed().genders().stream().map(Enum::name).toList());
		f.set("ageMin", text(p.clientsServed().ageMin()));
		f.set("ageMax", text(p.clientsServed().ageMax()));
		f.set("languages", String.join(", ", p.languages()));
		f.set("securityMeasures", p.securityMeasures());
		f.set("staffTraining", p.staffTraining());
		f.set("fundingLimitations", p.fundingLimitations());
		f.set("strengths", p.strengths());
		f.set("barriers", p.barriers());
		f.set("capacityTotal", text(p.capacity().total()));
		f.set("capacityAvailable", text(p.capacity().available()));
		f.set("capacityWaitlist", text(p.capacity().waitlist()));
		f.set("capacityUpdatedOn", text(p.capacity().updatedOn()));
		PlacementFactors factors = p.placementFactors();
		if (factors != null) {
			f.set("caregiversTrained", yesNo(factors.caregiversTrained()));
			f.set("exploiterAccessManaged", yesNo(factors.exploiterAccessManaged()));
			f.set("recruitmentRiskManaged", yesNo(factors.recruitmentRiskManaged()));
			f.set("sogieAffirming", yesNo(factors.sogieAffirming()));
			f.set("factorsNote", factors.note());
		}
		f.version = p.version();
		return f;
	}

	/**
	 * The JSON shape of this form; counties given by name become ids by {@code countyId}.
	 */
	ProviderInput toInput(Function<String, String> countyId) {
		List<ProgramInput> programs = split(get("programs"), "[;\\n]").stream().map(ProviderForm::program).toList();
		PlacementFactors factors = new PlacementFactors(bool(get("caregiversTrained")),
				bool(get("exploiterAccessManaged")), bool(get("recruitmentRiskManaged")), bool(get("sogieAffirming")),
				get("factorsNote"));
		return new ProviderInput(get("name"), new Contact(get("intakeName"), get("intakeEmail"), get("intakePhone")),
				new Place(get("address"), get("city"), confidential),
				countiesServed.stream().flatMap(c -> split(c, ";").stream()).map(countyId).toList(), get("type"),
				programs, new Clients(lists(systems), get("ageMin"), get("ageMax"), lists(genders)),
				get("securityMeasures"), get("staffTraining"), get("fundingLimitations"), get("strengths"),
				get("barriers"), split(get("languages"), "[;,]"), new Counts(get("capacityTotal"),
						get("capacityAvailable"), get("capacityWaitlist"), get("capacityUpdatedOn")),
				factors, version);
	}

	/**
	 * A program as one line: {@code Name: NEED, NEED, COMPONENT}; after the colon, the
	 * components of a promising program are told from needs by their names.
	 */
	private static String programLine(Program program) {
		List<String> codes = new ArrayList<>(program.needs());
		program.components().forEach(component -> codes.add(component.name()));
		return codes.isEmpty() ? program.name() : program.name() + ": " + String.join(", ", codes);
	}

	private static ProgramInput program(String line) {
		int colon = line.indexOf(':');
		if (colon < 0) {
			return new ProgramInput(null, line, List.of(), List.of());
		}
		List<String> codes = split(line.substring(colon + 1), "[,\\s]+");
		return new ProgramInput(null, line.substring(0, colon).strip(),
				codes.stream().filter(code -> !ProgramComponent.named(code)).toList(),
				codes.stream().filter(ProgramComponent::named).toList());
	}

	/**
	 * The form field (and spreadsheet column) of a problem's field in the JSON shape
	 * ({@code capacity.available} is {@code capacityAvailable}).
	 */
	static String field(String jsonField) {
		String path = jsonField.replaceAll("\\[\\d+]", "");
		return switch (path) {
			case "intakeContact.name" -> "intakeName";
			case "intakeContact.email" -> "intakeEmail";
			case "intakeContact.phone" -> "intakePhone";
			case "location.address" -> "address";
			case "location.city" -> "city";
			case "programs.name", "programs.needs", "programs.components" -> "programs";
			case "clientsServed.systems" -> "systems";
			case "clientsServed.genders" -> "genders";
			case "clientsServed.ageMin" -> "ageMin";
			case "clientsServed.ageMax" -> "ageMax";
			case "capacity.total" -> "capacityTotal";
			case "capacity.available" -> "capacityAvailable";
			case "capacity.waitlist" -> "capacityWaitlist";
			case "capacity.updatedOn" -> "capacityUpdatedOn";
			case "placementFactors", "placementFactors.note" -> "factorsNote";
			default -> path;
		};
	}

	/** A column's value as the spreadsheet writes it. */
	String column(String column) {
		return switch (column) {
			case "confidential" -> confidential ? "yes" : "no";
			case "countiesServed" -> String.join("; ", countiesServed);
			case "systems" -> String.join("; ", systems);
			case "genders" -> String.join("; ", genders);
			case "programs" -> get("programs") == null ? "" : get("programs").replace("\n", "; ");
			default -> get(column) == null ? "" : get(column);
		};
	}

	/** Reads a column of a spreadsheet row. */
	void column(String column, String value) {
		switch (column) {
			case "confidential" -> confidential = Boolean.TRUE.equals(bool(value));
			case "countiesServed" -> countiesServed = split(value, ";");
			case "systems" -> systems = split(value, "[;,]");
			case "genders" -> genders = split(value, "[;,]");
			default -> set(column, value);
		}
	}

	private static List<String> lists(List<String> values) {
		return values == null ? List.of() : values.stream().flatMap(v -> split(v, "[;,]").stream()).toList();
	}

	private static List<String> split(String value, String separator) {
		return value == null ? new ArrayList<>() : new ArrayList<>(
				Arrays.stream(value.split(separator)).map(String::strip).filter(v -> !v.isEmpty()).toList());
	}

	private static Boolean bool(String value) {
		String text = Texts.blankToNull(value);
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(java.util.Locale.ROOT)) {
			case "yes", "true", "y", "sí", "si", "1" -> true;
			case "no", "false", "n", "0" -> false;
			default -> null;
		};
	}

	private static String yesNo(Boolean value) {
		return value == null ? "" : value ? "yes" : "no";
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private void set(String field, String value) {
		values.put(field, value);
	}

	private String get(String field) {
		return values.get(field);
	}

	// The page binds these (Spring data binding reads bean properties).

	public Map<String, String> getValues() {
		return values;
	}

	public List<String> getCountiesServed() {
		return countiesServed;
	}

	public void setCountiesServed(List<String> countiesServed) {
		this.countiesServed = countiesServed == null ? new ArrayList<>() : countiesServed;
	}

	public List<String> getSystems() {
		return systems;
	}

	public void setSystems(List<String> systems) {
		this.systems = systems == null ? new ArrayList<>() : systems;
	}

	public List<String> getGenders() {
		return genders;
	}

	public void setGenders(List<String> genders) {
		this.genders = genders == null ? new ArrayList<>() : genders;
	}

	public boolean isConfidential() {
		return confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
