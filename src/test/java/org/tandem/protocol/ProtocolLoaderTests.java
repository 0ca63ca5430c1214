package org.tandem.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.tandem.county.AgencyType;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.protocol.Protocol.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Protocols are refused with messages that point to the exact field; the shipped one
 * loads.
 */
class ProtocolLoaderTests {

	static String shipped() {
		try {
			return new ClassPathResource(ProtocolCatalogue.SHIPPED).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theShippedProtocolHasTheModelClocks() {
		Protocol protocol = ProtocolLoader.load(shipped());
		assertThat(protocol.id()).isEqualTo("model-protocol");
		assertThat(protocol.version()).isEqualTo(1);
		assertThat(protocol.tiers()).extracting(Protocol.Tier::id)
			.containsExactly("IMMEDIATE_CRISIS", "INITIAL_MDT", "ONGOING_MDT");
		assertThat(protocol.tier("IMMEDIATE_CRISIS").clocks()).containsExactly(
				new Clock("engage", protocol.tier("IMMEDIATE_CRISIS").clocks().get(0).title(), 2, "HOURS", 30),
				new Clock("stabilize", protocol.tier("IMMEDIATE_CRISIS").clocks().get(1).title(), 72, "HOURS", 720));
		assertThat(protocol.tier("INITIAL_MDT").clocks()).singleElement()
			.satisfies(
					clock -> assertThat(List.of(clock.name(), clock.amount(), clock.unit(), clock.warnBeforeMinutes()))
						.containsExactly("convene", 10, "DAYS", 2880));
		assertThat(protocol.tier("ONGOING_MDT").clocks()).singleElement()
			.satisfies(clock -> assertThat(List.of(clock.name(), clock.amount(), clock.unit()))
				.containsExactly("interval", 1, "MONTHS"));
		assertThat(protocol.tier("IMMEDIATE_CRISIS").requiredAgencies()).contains("CHILD_WELFARE", "LAW_ENFORCEMENT",
				"MENTAL_HEALTH", "SURVIVOR_ADVOCATE", "PUBLIC_HEALTH");
		assertThat(protocol.ongoingMdtTriggers()).containsExactlyInAnyOrder("RUNAWAY", "RETURN", "PLACEMENT_CHANGE",
				"LAW_ENFORCEMENT_CONTACT", "PSYCHIATRIC_CRISIS", "TRAFFICKER_THREAT", "PREPARING_TO_TESTIFY",
				"NEW_SERVICE_NEED");
		assertThat(protocol.title().es()).isNotBlank();
		assertThat(protocol.confidentialityScript().en()).contains("child abuse hotline");
		assertThat(protocol.confidentialityScript().es()).contains("abuso infantil");
	}

	@Test
	void theShippedProtocolNamesALeadForEveryJurisdiction() {
		assertThat(ProtocolLoader.load(shipped()).leadAgencyByJurisdiction()).containsOnly(
				entry("DEPENDENCY", "CHILD_WELFARE"), entry("DELINQUENCY", "PROBATION"),
				entry("DUAL_STATUS", "CHILD_WELFARE"), entry("NONE", "CHILD_WELFARE"),
				entry("UNKNOWN", "CHILD_WELFARE"), entry("CHILD_WELFARE", "CHILD_WELFARE"),
				entry("PROBATION", "PROBATION"));
	}

	@Test
	void theCatalogueServesTheShippedProtocol() {
		assertThat(new ProtocolCatalogue(null, null, null, null).shipped()).isEqualTo(ProtocolLoader.load(shipped()));
	}

	@Test
	void anInvalidShippedProtocolStopsStartupWithEveryProblemListed() {
		byte[] broken = edit(
				s -> s.replace("  DUAL_STATUS: CHILD_WELFARE\n", "").replace("name: stabilize", "name: engage"))
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ProtocolCatalogue.loadShipped("broken.yaml", broken))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("broken.yaml")
			.hasMessageContaining("$.leadAgencyByJurisdiction.DUAL_STATUS")
			.hasMessageContaining("$.tiers[0].clocks[1].name: repeats the clock name 'engage'");
	}

	@Test
	void aLoadedProtocolCannotBeChanged() {
		Protocol protocol = ProtocolLoader.load(shipped());
		assertThatThrownBy(() -> protocol.tiers().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> protocol.tier("ONGOING_MDT").clocks().clear())
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> protocol.tier("ONGOING_MDT").requiredAgencies().add("OTHER"))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> protocol.ongoingMdtTriggers().clear())
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> protocol.leadAgencyByJurisdiction().put("NONE", "OTHER"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void jsonIsReadAsWellAsYaml() throws IOException {
		JsonNode tree = new YAMLMapper().readTree(shipped());
		String json = new ObjectMapper().writeValueAsString(tree);
		assertThat(ProtocolLoader.load(json)).isEqualTo(ProtocolLoader.load(shipped()));
	}

	@Test
	void theSchemaKnowsEveryAgencyType() throws IOException {
		JsonNode schema = new ObjectMapper()
			.readTree(new ClassPathResource(ProtocolLoader.SCHEMA).getContentAsByteArray());
		List<String> inSchema = new ArrayList<>();
		schema.at("/$defs/agencyType/enum").forEach(value -> inSchema.add(value.asText()));
		assertThat(inSchema).containsExactlyElementsOf(Arrays.stream(AgencyType.values()).map(Enum::name).toList());
	}

	@Test
	void aMissingTierIsPointedAt() {
		String withoutInitial = edit(
				s -> s.substring(0, s.indexOf("  - id: INITIAL_MDT")) + s.substring(s.indexOf("  - id: ONGOING_MDT")));
		var problems = problems(withoutInitial);
		assertThat(problems).extracting(TandemException.FieldError::field).containsExactly("$.tiers");
		assertThat(message(problems.get(0))).contains("INITIAL_MDT");
	}

	@Test
	void aRepeatedTierIsPointedAt() {
		var problems = problems(edit(s -> s.replace("- id: INITIAL_MDT", "- id: IMMEDIATE_CRISIS")));
		assertThat(problems).extracting(TandemException.FieldError::field).containsExactly("$.tiers[1].id", "$.tiers");
		assertThat(message(problems.get(0))).contains("repeats the tier IMMEDIATE_CRISIS").contains("$.tiers[0]");
		assertThat(message(problems.get(1))).contains("INITIAL_MDT");
	}

	@Test
	void aRepeatedClockNameIsPointedAt() {
		var problems = problems(edit(s -> s.replace("name: stabilize", "name: engage")));
		assertThat(problems).extracting(TandemException.FieldError::field).containsExactly("$.tiers[0].clocks[1].name");
		assertThat(message(problems.get(0))).contains("'engage'");
	}

	@Test
	void theSameClockNameInAnotherTierIsFine() {
		ProtocolLoader.load(edit(s -> s.replace("name: convene", "name: engage")));
	}

	@Test
	void anAgencyBothRequiredAndOptionalIsPointedAt() {
		var problems = problems(
				edit(s -> s.replace("optionalAgencies: [LAW_ENFORCEMENT, COMMUNITY_PROVIDER, EDUCATION, OTHER]",
						"optionalAgencies: [LAW_ENFORCEMENT, COMMUNITY_PROVIDER, EDUCATION, OTHER, PROBATION]")));
		assertThat(problems).extracting(TandemException.FieldError::field)
			.containsExactly("$.tiers[1].optionalAgencies[4]");
		assertThat(message(problems.get(0))).contains("PROBATION").contains("required");
	}

	@Test
	void anUnknownAgencyTypeIsPointedAt() {
		var problems = problems(edit(s -> s.replace("MENTAL_HEALTH, SUBSTANCE_USE]", "MENTAL_HEALTH, DRUG_COURT]")));
		assertThat(problems).extracting(TandemException.FieldError::field)
			.containsExactly("$.tiers[1].requiredAgencies[5]");
	}

	@Test
	void anUnknownTriggerOrJurisdictionIsPointedAt() {
		assertThat(fieldsOf(edit(s -> s.replace("  - NEW_SERVICE_NEED\n", "  - BIRTHDAY\n"))))
			.containsExactly("$.ongoingMdtTriggers[7]");
		var problems = problems(
				edit(s -> s.replace("  NONE: CHILD_WELFARE\n", "  NONE: CHILD_WELFARE\n  TRIBAL: OTHER\n")));
		assertThat(problems).extracting(TandemException.FieldError::field)
			.containsExactly("$.leadAgencyByJurisdiction");
		assertThat(message(problems.get(0))).contains("TRIBAL");
	}

	@Test
	void aMissingClockAmountIsPointedAt() {
		var problems = problems(edit(s -> s.replace("        amount: 10\n", "")));
		assertThat(problems).extracting(TandemException.FieldError::field).containsExactly("$.tiers[1].clocks[0]");
		assertThat(message(problems.get(0))).contains("amount");
	}

	@Test
	void aNegativeOrZeroClockAmountIsPointedAt() {
		for (String amount : List.of("-3", "0")) {
			var problems = problems(edit(s -> s.replaceFirst("amount: 10\n", "amount: " + amount + "\n")));
			assertThat(problems).as(amount)
				.extracting(TandemException.FieldError::field)
				.containsExactly("$.tiers[1].clocks[0].amount");
		}
	}

	@Test
	void aWarningLongerThanItsClockIsPointedAt() {
		var problems = problems(edit(s -> s.replace("warnBeforeMinutes: 30\n", "warnBeforeMinutes: 120\n")));
		assertThat(problems).extracting(TandemException.FieldError::field)
			.containsExactly("$.tiers[0].clocks[0].warnBeforeMinutes");
		assertThat(message(problems.get(0))).contains("2 HOURS").contains("amber");
		assertThat(fieldsOf(edit(s -> s.replace("warnBeforeMinutes: 2880\n", "warnBeforeMinutes: 14400\n"))))
			.containsExactly("$.tiers[1].clocks[0].warnBeforeMinutes");
	}

	@Test
	void anOngoingMdtWithoutItsIntervalIsPointedAt() {
		String withoutInterval = edit(s -> s.substring(0, s.indexOf("      - name: interval")) + s.substring(s.indexOf(
				"    requiredAgencies: [CHILD_WELFARE, PROBATION, SURVIVOR_ADVOCATE, PUBLIC_HEALTH, MENTAL_HEALTH, LAW_ENFORCEMENT]"))
			.replace(
					"title:\n      en: Ongoing multidisciplinary team meeting\n      es: Reunión de seguimiento del equipo multidisciplinario\n    clocks:\n",
					"title:\n      en: Ongoing multidisciplinary team meeting\n      es: Reunión de seguimiento del equipo multidisciplinario\n    clocks: []\n"));
		assertThat(fieldsOf(withoutInterval)).containsExactly("$.tiers[2].clocks");
	}

	@Test
	void aMissingSpanishTextIsPointedAt() {
		var problems = problems(edit(s -> s.replace("      es: Reunión inicial del equipo multidisciplinario\n", "")));
		assertThat(problems).extracting(TandemException.FieldError::field).containsExactly("$.tiers[1].title");
		assertThat(message(problems.get(0))).contains("es");
	}

	@Test
	void aMissingJurisdictionIsPointedAt() {
		var problems = problems(edit(s -> s.replace("  DUAL_STATUS: CHILD_WELFARE\n", "")));
		assertThat(problems).extracting(TandemException.FieldError::field)
			.containsExactly("$.leadAgencyByJurisdiction.DUAL_STATUS");
	}

	@Test
	void anUnknownPropertyIsPointedAt() {
		assertThat(problems(edit(s -> s.replace("version: 1\n", "version: 1\ncolour: blue\n"))))
			.extracting(ProtocolLoaderTests::message)
			.anyMatch(message -> message.contains("colour"));
	}

	@Test
	void garbageIsAValidationErrorNotACrash() {
		List<String> garbage = List.of("", "   ", "- a\n- b", "{", "id: [", "\u0000\u0001", "&a [*a, *a]", "null", "[]",
				"42", "tiers: {}", "{\"id\": \"x\", \"version\": 1}", "version: 99999999999999999999",
				"x".repeat(ProtocolLoader.MAX_BYTES + 1));
		for (String definition : garbage) {
			assertThatThrownBy(() -> ProtocolLoader.load(definition)).isInstanceOf(TandemException.class)
				.extracting(ex -> ((TandemException) ex).code())
				.isEqualTo(ErrorCode.DEFINITION_INVALID);
		}
		assertThatThrownBy(() -> ProtocolLoader.load((byte[]) null)).isInstanceOf(TandemException.class);
		assertThatThrownBy(() -> ProtocolLoader.load((String) null)).isInstanceOf(TandemException.class);
	}

	@Test
	void damagedCopiesOfTheShippedProtocolAreRefusedOrLoadedNeverCrash() {
		String shipped = shipped();
		List<String> lines = shipped.lines().toList();
		List<String> damaged = new ArrayList<>();
		for (int l = 0; l < lines.size(); l++) {
			List<String> without = new ArrayList<>(lines);
			without.remove(l);
			damaged.add(String.join("\n", without));
		}
		for (int end = 0; end < shipped.length(); end += 37) {
			damaged.add(shipped.substring(0, end));
		}
		for (String definition : damaged) {
			try {
				ProtocolLoader.load(definition);
			}
			catch (TandemException ex) {
				assertThat(ex.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
				assertThat(ex.fieldErrors()).isNotEmpty()
					.allSatisfy(error -> assertThat(error.field()).startsWith("$"));
			}
		}
	}

	@Test
	void everyRefusalPointsAtFieldsWithTheDefinitionCode() {
		var problems = problems(edit(s -> s.replace("amount: 72\n", "amount: 0\n")));
		assertThat(problems).isNotEmpty().allSatisfy(problem -> {
			assertThat(problem.field()).startsWith("$");
			assertThat(problem.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
		});
	}

	static String edit(UnaryOperator<String> change) {
		String changed = change.apply(shipped());
		assertThat(changed).as("the edit must change the protocol").isNotEqualTo(shipped());
		return changed;
	}

	static List<TandemException.FieldError> problems(String definition) {
		try {
			ProtocolLoader.load(definition);
		}
		catch (TandemException ex) {
			assertThat(ex.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
			return ex.fieldErrors();
		}
		throw new AssertionError("the protocol was accepted");
	}

	static List<String> fieldsOf(String definition) {
		return problems(definition).stream().map(TandemException.FieldError::field).toList();
	}

	static String message(TandemException.FieldError problem) {
		return problem.args()[0].toString();
	}

	static java.util.Map.Entry<String, String> entry(String key, String value) {
		return java.util.Map.entry(key, value);
	}

}
