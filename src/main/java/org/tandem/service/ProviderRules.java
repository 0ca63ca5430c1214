package org.tandem.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.tandem.platform.CountyId;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.TandemException.FieldError;
import org.tandem.platform.Texts;
import org.tandem.service.Provider.Capacity;
import org.tandem.service.Provider.ClientsServed;
import org.tandem.service.Provider.IntakeContact;
import org.tandem.service.Provider.Location;
import org.tandem.service.Provider.PlacementFactors;
import org.tandem.service.Provider.Program;
import org.tandem.service.ProviderInput.Clients;
import org.tandem.service.ProviderInput.Contact;
import org.tandem.service.ProviderInput.Counts;
import org.tandem.service.ProviderInput.Place;
import org.tandem.service.ProviderInput.ProgramInput;

/**
 * Checks a provider as sent and reads it into an entry: every problem at once, each on
 * its field (the JSON path, such as {@code capacity.available}) with its own code, so
 * that a page or an import row can show them all next to what was typed.
 */
final class ProviderRules {

	static final int MAX_TEXT = 2000, MAX_NAME = 200, MAX_PROGRAMS = 50, MAX_NEEDS = 20, MAX_LANGUAGES = 20,
			MAX_COUNTIES = 100, MAX_AGE = 30;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Digits with the usual separators, an optional leading + and an extension. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-]*(\\s*(x|ext\\.?)\\s*[0-9]+)?",
			Pattern.CASE_INSENSITIVE);

	/** What the rules consult: the counties that exist, the needs of the taxonomy. */
	record Context(UUID ownCounty, Predicate<UUID> countyExists, Predicate<String> needKnown, LocalDate today) {
	}

	private final List<FieldError> problems = new ArrayList<>();

	private final Context context;

	private ProviderRules(Context context) {
		this.context = context;
	}

	/**
	 * The entry the input describes (no id, owner or version yet), or every problem
	 * thrown at once.
	 */
	static Provider check(ProviderInput input, Context context) {
		return new ProviderRules(context).read(input);
	}

	private Provider read(ProviderInput in) {
		String name = text(in.name(), "name", MAX_NAME);
		if (name == null && problems.stream().noneMatch(p -> p.field().equals("name"))) {
			refuse(ErrorCode.PROVIDER_NAME_REQUIRED, "name");
		}
		ProviderType type = Inputs.collect(problems, () -> Inputs.choice(ProviderType.class, in.type(), "type"));
		if (type == null && Texts.blankToNull(in.type()) == null) {
			refuse(ErrorCode.PROVIDER_TYPE_REQUIRED, "type");
		}
		Contact contact = in.intakeContact() == null ? new Contact(null, null, null) : in.intakeContact();
		String email = text(contact.email(), "intakeContact.email", 254);
		if (email != null && !EMAIL.matcher(email).matches()) {
			refuse(ErrorCode.PROVIDER_EMAIL_INVALID, "intakeContact.email");
		}
		String phone = text(contact.phone(), "intakeContact.phone", 40);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			refuse(ErrorCode.PROVIDER_PHONE_INVALID, "intakeContact.phone");
		}
		IntakeContact intake = new IntakeContact(text(contact.name(), "intakeContact.name", MAX_NAME), email, phone);
		Place place = in.location() == null ? new Place(null, null, false) : in.location();
		Location location = new Location(text(place.address(), "location.address", 500),
				text(place.city(), "location.city", 100), Boolean.TRUE.equals(place.confidential()), false);
		PlacementFactors factors = factors(in.placementFactors(), type);
		Provider provider = new Provider(null, null, 0, name, intake, location, counties(in.countiesServed()), type,
				programs(in.programs()), clients(in.clientsServed()), text(in.securityMeasures(), "securityMeasures"),
				text(in.staffTraining(), "staffTraining"), text(in.fundingLimitations(), "fundingLimitations"),
				text(in.strengths(), "strengths"), text(in.barriers(), "barriers"), languages(in.languages()),
				capacity(in.capacity()), factors, false);
		if (!problems.isEmpty()) {
			FieldError first = problems.get(0);
			throw TandemException.onFields(first.code(), problems, first.args());
		}
		return provider;
	}

	private List<CountyId> counties(List<String> values) {
		List<CountyId> counties = new ArrayList<>();
		List<String> given = values == null ? List.of() : values;
		if (given.size() > MAX_COUNTIES) {
			refuse(ErrorCode.NUMBER_OUT_OF_RANGE, "countiesServed", 1, MAX_COUNTIES);
		}
		for (int i = 0; i < given.size() && i < MAX_COUNTIES; i++) {
			String field = "countiesServed[" + i + "]";
			UUID county = parsedId(given.get(i));
			if (county == null || !context.countyExists().test(county)) {
				refuse(ErrorCode.PROVIDER_COUNTY_UNKNOWN, field);
			}
			else if (!counties.contains(new CountyId(county))) {
				counties.add(new CountyId(county));
			}
		}
		return counties.isEmpty() ? List.of(new CountyId(context.ownCounty())) : List.copyOf(counties);
	}

	private List<Program> programs(List<ProgramInput> values) {
		List<ProgramInput> given = values == null ? List.of() : values;
		if (given.size() > MAX_PROGRAMS) {
			refuse(ErrorCode.NUMBER_OUT_OF_RANGE, "programs", 0, MAX_PROGRAMS);
			return List.of();
		}
		List<Program> programs = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			ProgramInput program = given.get(i);
			String field = "programs[" + i + "]";
			String name = program == null ? null : text(program.name(), field + ".name", MAX_NAME);
			if (name == null) {
				refuse(ErrorCode.PROVIDER_PROGRAM_NAME_REQUIRED, field + ".name");
			}
			List<String> needs = new ArrayList<>();
			List<String> asked = program == null || program.needs() == null ? List.of() : program.needs();
			for (int j = 0; j < asked.size() && j < MAX_NEEDS; j++) {
				String code = Texts.blankToNull(asked.get(j));
				if (code == null) {
					continue;
				}
				code = code.toLowerCase(Locale.ROOT);
				if (!context.needKnown().test(code)) {
					refuse(ErrorCode.PROVIDER_NEED_UNKNOWN, field + ".needs[" + j + "]");
				}
				else if (!needs.contains(code)) {
					needs.add(code);
				}
			}
			String components = field + ".components";
			List<ProgramComponent> tags = program == null ? List.of() : Inputs.collect(problems,
					() -> Inputs.choices(ProgramComponent.class, program.components(), components));
			ProgramId id = program == null ? null : ProgramId.of(parsedId(program.id()));
			programs.add(new Program(id, name, List.copyOf(needs), tags));
		}
		return List.copyOf(programs);
	}

	private ClientsServed clients(Clients clients) {
		Clients given = clients == null ? new Clients(null, null, null, null) : clients;
		List<ProviderSystem> systems = Inputs.collect(problems,
				() -> Inputs.choices(ProviderSystem.class, given.systems(), "clientsServed.systems"));
		List<ProviderGender> genders = Inputs.collect(problems,
				() -> Inputs.choices(ProviderGender.class, given.genders(), "clientsServed.genders"));
		Integer min = age(given.ageMin(), "clientsServed.ageMin");
		Integer max = age(given.ageMax(), "clientsServed.ageMax");
		if (min != null && max != null && min > max) {
			refuse(ErrorCode.PROVIDER_AGES_INVERTED, "clientsServed.ageMax");
		}
		return new ClientsServed(systems == null ? List.of() : systems, min, max,
				genders == null ? List.of() : genders);
	}

	private Integer age(String value, String field) {
		Integer age = number(value, field);
		return age == null ? null : Inputs.collect(problems, () -> Inputs.within(age, field, 0, MAX_AGE));
	}

	private List<String> languages(List<String> values) {
		List<String> languages = new ArrayList<>();
		List<String> given = values == null ? List.of() : values;
		for (int i = 0; i < given.size(); i++) {
			String language = text(given.get(i), "languages[" + i + "]", 50);
			if (language != null && languages.stream().noneMatch(language::equalsIgnoreCase)) {
				languages.add(language);
			}
		}
		if (languages.size() > MAX_LANGUAGES) {
			refuse(ErrorCode.NUMBER_OUT_OF_RANGE, "languages", 0, MAX_LANGUAGES);
		}
		return List.copyOf(languages);
	}

	private Capacity capacity(Counts counts) {
		Counts given = counts == null ? new Counts(null, null, null, null) : counts;
		Integer total = count(given.total(), "capacity.total");
		Integer available = count(given.available(), "capacity.available");
		Integer waitlist = count(given.waitlist(), "capacity.waitlist");
		if (total != null && available != null && available > total) {
			refuse(ErrorCode.PROVIDER_AVAILABLE_OVER_TOTAL, "capacity.available");
		}
		LocalDate updatedOn = Inputs.collect(problems, () -> Inputs.date(given.updatedOn(), "capacity.updatedOn"));
		if (updatedOn != null && updatedOn.isAfter(context.today())) {
			refuse(ErrorCode.PROVIDER_CAPACITY_DATE_IN_FUTURE, "capacity.updatedOn");
		}
		return new Capacity(total, available, waitlist, updatedOn);
	}

	private Integer count(String value, String field) {
		Integer count = number(value, field);
		if (count != null && count < 0) {
			refuse(ErrorCode.PROVIDER_CAPACITY_NEGATIVE, field);
			return null;
		}
		return count;
	}

	private PlacementFactors factors(PlacementFactors factors, ProviderType type) {
		if (factors == null || factors.empty()) {
			return null;
		}
		if (type == ProviderType.SERVICE) {
			refuse(ErrorCode.PROVIDER_FACTORS_NOT_A_PLACEMENT, "placementFactors");
		}
		return new PlacementFactors(factors.caregiversTrained(), factors.exploiterAccessManaged(),
				factors.recruitmentRiskManaged(), factors.sogieAffirming(),
				text(factors.note(), "placementFactors.note", MAX_TEXT));
	}

	private Integer number(String value, String field) {
		String text = Texts.blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			refuse(ErrorCode.PROVIDER_NUMBER_INVALID, field);
			return null;
		}
	}

	private String text(String value, String field) {
		return text(value, field, MAX_TEXT);
	}

	private String text(String value, String field, int max) {
		return Inputs.collect(problems, () -> Inputs.text(value, field, max));
	}

	private static UUID parsedId(String value) {
		try {
			return value == null ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void refuse(ErrorCode code, String field, Object... more) {
		Object[] args = new Object[more.length + 1];
		args[0] = field;
		System.arraycopy(more, 0, args, 1, more.length);
		problems.add(FieldError.of(field, code, args));
	}

}
