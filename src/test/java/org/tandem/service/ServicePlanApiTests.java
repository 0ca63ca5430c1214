package org.tandem.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

/**
 * The holistic-needs taxonomy and service plans: versions kept like the safety plan, a
 * stale revision refused, bad input refused on its field, each need shown only to those
 * who may see its category (and the refusal in the youth's accounting), and the needs an
 * assessment suggests, each naming its item.
 */
@TandemTest
class ServicePlanApiTests {

	@LocalServerPort
	int port;

	private ApiClient worker;

	private ApiClient probation;

	private UUID youthId;

	@BeforeEach
	void youth() {
		worker = new ApiClient(port).as("socialworker");
		probation = new ApiClient(port).as("probation");
		Map<String, Object> youth = TestData.youth();
		// child welfare and probation serve the youth: both on the team
		youth.put("agencyIds", List.of(worker.agencyId(), probation.agencyId()));
		Response created = worker.post("/api/v1/youth", youth);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		youthId = created.id();
	}

	private String plans() {
		return "/api/v1/youth/" + youthId + "/service-plans";
	}

	private String plan() {
		return "/api/v1/youth/" + youthId + "/service-plan";
	}

	private static Map<String, Object> need(String code, String goal) {
		Map<String, Object> need = new HashMap<>();
		need.put("code", code);
		need.put("goal", goal);
		return need;
	}

	private static Map<String, Object> version(Integer basedOn, Map<String, Object>... needs) {
		Map<String, Object> body = new HashMap<>();
		body.put("needs", List.of(needs));
		body.put("youthParticipated", true);
		if (basedOn != null) {
			body.put("basedOnVersion", basedOn);
		}
		return body;
	}

	@Test
	void theTaxonomyNamesEachNeedInBothLanguagesWithItsParent() {
		Response taxonomy = worker.get("/api/v1/service-needs/current");
		assertThat(taxonomy.status()).as(taxonomy.toString()).isEqualTo(200);
		assertThat(taxonomy.json().path("version").asInt()).isEqualTo(1);
		Map<String, JsonNode> byCode = new HashMap<>();
		taxonomy.json().path("needs").forEach(need -> byCode.put(need.path("code").asString(), need));
		assertThat(byCode).containsKeys("physical-health", "mental-health", "sexual-reproductive-health",
				"substance-use", "housing-placement", "public-benefits", "immigration-relief", "record-sealing",
				"identity-documents", "restraining-order", "permanence", "family-finding", "extended-foster-care",
				"support-networks", "education", "vocational-life-skills", "crisis-basic-needs");
		assertThat(byCode.get("mental-health").path("parent").asString()).isEqualTo("health");
		assertThat(byCode.get("mental-health").path("category").asString()).isEqualTo("MENTAL_HEALTH");
		assertThat(byCode.get("substance-use").path("category").asString()).isEqualTo("SUBSTANCE_USE");
		assertThat(byCode.get("education").path("category").asString()).isEqualTo("EDUCATION");
		assertThat(byCode.get("record-sealing").path("category").asString()).isEqualTo("COURT_LEGAL");
		assertThat(byCode.get("family-finding").path("title").path("es").asString())
			.isEqualTo("Búsqueda de familiares y vínculos");
		assertThat(byCode.get("health").path("parent").isMissingNode() || byCode.get("health").path("parent").isNull())
			.as("a top-level need has no parent")
			.isTrue();
	}

	@Test
	void versionsAreKeptAndAStaleRevisionIsRefused() {
		Map<String, Object> housing = need("housing-placement", "I want to stay with my aunt.");
		housing.put("priority", "HIGH");
		housing.put("responsibleAgencyId", worker.agencyId());
		Response first = worker.post(plans(), version(null, housing));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().path("version").asInt()).isEqualTo(1);
		assertThat(first.header("Location")).hasValue(plans() + "/1");
		JsonNode saved = first.json().path("needs").get(0);
		assertThat(saved.path("status").asString()).as("open unless said otherwise").isEqualTo("OPEN");
		assertThat(saved.path("responsibleAgencyName").asString()).isNotBlank();
		assertThat(saved.path("title").path("en").asString()).isEqualTo("Housing and placement");

		Map<String, Object> met = need("housing-placement", "I want to stay with my aunt.");
		met.put("status", "MET");
		Response second = worker.post(plans(), version(1, met, need("education", "Finish 10th grade")));
		assertThat(second.status()).as(second.toString()).isEqualTo(201);

		Response stale = worker.post(plans(), version(1, need("education", "written without seeing version 2")));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("T9632");
		assertThat(fields(stale)).containsExactly("basedOnVersion");
		assertThat(stale.json().path("newestVersion").asInt()).isEqualTo(2);

		JsonNode newest = worker.get(plan()).json();
		assertThat(newest.path("version").asInt()).isEqualTo(2);
		assertThat(newest.path("needs").values())
			.extracting(n -> n.path("code").asString() + " " + n.path("status").asString())
			.containsExactly("housing-placement MET", "education OPEN");
		assertThat(worker.get(plans() + "/1").json().path("needs").get(0).path("status").asString())
			.as("version 1 as it was saved")
			.isEqualTo("OPEN");
		Response missing = worker.get(plans() + "/3");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.code()).isEqualTo("T9633");
	}

	@Test
	void badInputIsRefusedOnItsFieldInEnglishAndSpanish() {
		Response none = worker.get(plan());
		assertThat(none.status()).as("no plan yet").isEqualTo(404);
		assertThat(none.code()).isEqualTo("T9633");

		Map<String, Object> badStatus = need("education", "School");
		badStatus.put("status", "FINISHED");
		Response refused = worker.post(plans(),
				version(null, need("not-a-need", "a goal"), need("education", ""), badStatus));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T9630");
		assertThat(fields(refused)).containsExactly("needs[0].code", "needs[1].goal", "needs[2].code",
				"needs[2].status");
		assertThat(codes(refused)).containsExactly("T9630", "T1003", "T9631", "T1013");

		Response spanish = worker.header("Accept-Language", "es")
			.post(plans(), version(null, need("not-a-need", "una meta")));
		assertThat(spanish.json().path("errors").get(0).path("message").asString())
			.contains("no es una necesidad de la taxonomía");
		assertThat(new ApiClient(port).as("socialworker").get(plan()).status()).as("nothing saved").isEqualTo(404);
	}

	@Test
	void aNeedIsShownOnlyToThoseWhoMaySeeItsCategoryAndTheRefusalIsAccountedFor() {
		Response saved = worker.post(plans(), version(null, need("mental-health", "Sleep without nightmares"),
				need("housing-placement", "Stay at my aunt's")));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);

		JsonNode seenByWorker = worker.get(plan()).json();
		assertThat(seenByWorker.path("needs").values()).extracting(n -> n.path("code").asString())
			.containsExactly("mental-health", "housing-placement");
		Response seenByProbation = probation.get(plan());
		assertThat(seenByProbation.status()).as(seenByProbation.toString()).isEqualTo(200);
		assertThat(seenByProbation.json().path("needs").values()).extracting(n -> n.path("code").asString())
			.as("probation has no consent to see mental health")
			.containsExactly("housing-placement");
		assertThat(seenByProbation.body()).doesNotContain("nightmares");

		// probation revises what it sees: the mental-health need it cannot see is kept
		Response revised = probation.post(plans(), version(1, need("housing-placement", "Stay at my aunt's"),
				need("vocational-life-skills", "A summer job")));
		assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
		assertThat(worker.get(plan()).json().path("needs").values()).extracting(n -> n.path("code").asString())
			.containsExactlyInAnyOrder("mental-health", "housing-placement", "vocational-life-skills");
		Response hidden = probation.post(plans(), version(2, need("mental-health", "written blind")));
		assertThat(hidden.status()).as("a need of a category probation may not see").isEqualTo(403);

		JsonNode accounting = worker.get("/api/v1/youth/" + youthId + "/disclosures").json();
		List<String> probationLines = new ArrayList<>();
		accounting.forEach(line -> {
			if (line.path("agencyId").asString().equals(probation.agencyId())) {
				probationLines.add(line.path("category").asString() + " " + line.path("kinds").toString());
			}
		});
		assertThat(probationLines).as(accounting.toString())
			.anyMatch(line -> line.startsWith("MENTAL_HEALTH") && line.contains("REFUSED"))
			.anyMatch(line -> line.startsWith("SERVICES") && line.contains("SAW"));
		assertThat(accounting.valueStream()
			.filter(line -> line.path("agencyId").asString().equals(worker.agencyId())
					&& line.path("category").asString().equals("MENTAL_HEALTH"))
			.toList()).as("the worker saw the mental-health need").isNotEmpty();
	}

	@Test
	void anAssessmentSuggestsNeedsNamingTheItems() {
		Response none = worker.get(plan() + "/suggestions");
		assertThat(none.status()).as(none.toString()).isEqualTo(200);
		assertThat(none.json().path("needs").size()).as("never assessed").isZero();

		Map<String, String> answers = ServiceFixtures.ratings();
		answers.put("hp-1", "IMMEDIATE_ACTION");
		answers.put("ew-1", "ACTION");
		answers.put("mh-2", "ACTION");
		answers.put("su-1", "WATCH");
		Map<String, Object> body = new HashMap<>();
		body.put("instrumentId", "cse-needs-strengths");
		body.put("instrumentVersion", 1);
		body.put("answers", answers);
		body.put("scriptConfirmed", true);
		body.put("screenedOn", LocalDate.now().minusDays(1).toString());
		Response assessed = worker.post("/api/v1/youth/" + youthId + "/screenings", body);
		assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
		worker.post(plans(), version(null, need("education", "Back to school")));

		Response suggested = worker.get(plan() + "/suggestions");
		assertThat(suggested.status()).as(suggested.toString()).isEqualTo(200);
		assertThat(suggested.json().path("assessmentId").asString()).isEqualTo(assessed.id().toString());
		Map<String, JsonNode> byCode = new LinkedHashMap<>();
		suggested.json().path("needs").forEach(need -> byCode.put(need.path("code").asString(), need));
		assertThat(byCode.keySet()).as("rated 2 or 3; 'watch' is not actionable")
			.containsExactlyInAnyOrder("housing-placement", "education", "mental-health");
		JsonNode housing = byCode.get("housing-placement");
		assertThat(housing.path("items").get(0).path("item").asString()).isEqualTo("cse-needs-strengths/hp-1");
		assertThat(housing.path("items").get(0).path("text").path("en").asString()).startsWith("Stability");
		assertThat(housing.path("items").get(0).path("points").asInt()).isEqualTo(3);
		assertThat(housing.path("inPlan").asBoolean()).isFalse();
		assertThat(byCode.get("education").path("inPlan").asBoolean()).as("already in the plan").isTrue();

		Response probationSees = probation.get(plan() + "/suggestions");
		assertThat(probationSees.status()).as("probation may not see the assessment without consent").isEqualTo(403);
	}

	private static List<String> fields(Response problem) {
		List<String> fields = new ArrayList<>();
		problem.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}

	private static List<String> codes(Response problem) {
		List<String> codes = new ArrayList<>();
		problem.json().path("errors").forEach(error -> codes.add(error.path("code").asString()));
		return codes;
	}

}
