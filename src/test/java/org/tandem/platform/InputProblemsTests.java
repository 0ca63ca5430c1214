package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

/**
 * Bad input answers the same way wherever it is sent: a JSON body bound by Jackson, a
 * query parameter, or a value a module reads itself. Each problem names its field, says
 * what is wrong in the caller's language (the allowed values, that the day does not
 * exist, the range), and never echoes what was sent.
 */
@TandemTest
class InputProblemsTests {

	@LocalServerPort
	int port;

	private ApiClient worker() {
		return new ApiClient(port).as("socialworker");
	}

	@Test
	void theSizeLimitIsNamedInTheMessage() {
		String body = "{\"firstName\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
		Response refused = worker().post("/api/v1/youth", body);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1001");
		assertThat(detail(refused)).doesNotContain("{0}").containsPattern("1[,.]?048[,.]?576");
	}

	@Test
	void aMethodNotAllowedIsNamedInTheMessage() {
		Response refused = worker().send("DELETE", "/api/v1/youth", BodyPublishers.noBody(), null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(405);
		assertThat(detail(refused)).contains("DELETE").doesNotContain("?");
	}

	@Test
	void anUnknownEnumValueInAJsonBodyListsTheAllowedValues() {
		Map<String, Object> youth = TestData.youth();
		youth.put("jurisdiction", "MARTIAN_COURT");

		Response english = worker().post("/api/v1/youth", youth);
		Response spanish = worker().header("Accept-Language", "es").post("/api/v1/youth", youth);

		assertEnumProblem(english, "jurisdiction", "DEPENDENCY, DELINQUENCY, DUAL_STATUS, NONE, UNKNOWN");
		assertEnumProblem(spanish, "jurisdiction", "DEPENDENCY, DELINQUENCY, DUAL_STATUS, NONE, UNKNOWN");
		assertThat(english.body()).doesNotContain("MARTIAN_COURT");
		assertThat(field(spanish).path("message").asString()).isNotEqualTo(field(english).path("message").asString());
	}

	@Test
	void anUnknownEnumValueInAQueryParameterAnswersTheSameWay() {
		Response refused = worker().get("/api/v1/screenings/due?scope=everyone");

		assertEnumProblem(refused, "scope", "AGENCY, COUNTY, MINE");
	}

	@Test
	void enumValuesInQueryParametersAreReadInAnyLetterCaseAsInBodies() {
		Response lower = worker().get("/api/v1/screenings/due?scope=county&limit=5");

		assertThat(lower.status()).as(lower.toString()).isEqualTo(200);
	}

	@Test
	void anUnknownValueAModuleReadsItselfAnswersTheSameWay() {
		UUID youth = worker().post("/api/v1/youth", TestData.youthOf(worker().agencyId())).id();

		Response placement = worker().post("/api/v1/youth/" + youth + "/placements",
				Map.of("type", "TREEHOUSE", "startedOn", "2025-01-01"));
		Response determination = worker().post("/api/v1/youth/" + youth + "/determinations",
				Map.of("kind", "MAYBE", "source", "DISCLOSURE"));

		assertEnumProblem(placement, "type", "HOME_OF_PARENT, RELATIVE, FOSTER_HOME");
		assertEnumProblem(determination, "kind", "AT_RISK, SUSPECTED, CONFIRMED");
	}

	@Test
	void anImpossibleDateSaysTheDayDoesNotExist() {
		Map<String, Object> youth = TestData.youth();
		youth.put("dateOfBirth", "2011-02-30");

		Response refused = worker().post("/api/v1/youth", youth);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1014");
		assertThat(field(refused).path("field").asString()).isEqualTo("dateOfBirth");
		assertThat(field(refused).path("message").asString()).contains("does not exist");
		assertThat(refused.body()).doesNotContain("not valid JSON");
	}

	@Test
	void anImpossibleDateAModuleReadsItselfAnswersTheSameWay() {
		UUID youth = worker().post("/api/v1/youth", TestData.youthOf(worker().agencyId())).id();

		Response refused = worker().post("/api/v1/youth/" + youth + "/determinations",
				Map.of("kind", "AT_RISK", "source", "DISCLOSURE", "determinedAt", "2011-02-30"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1014");
		assertThat(field(refused).path("message").asString()).contains("does not exist");
	}

	@Test
	void aNumberOutOfRangeGivesTheRange() {
		UUID youth = worker().post("/api/v1/youth", TestData.youthOf(worker().agencyId())).id();

		Response refused = worker().post("/api/v1/youth/" + youth + "/screenings",
				"{\"instrumentId\": \"tandem-brief-screen\", \"instrumentVersion\": 99999999999, \"scriptConfirmed\": true}");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1016");
		assertThat(field(refused).path("field").asString()).isEqualTo("instrumentVersion");
		assertThat(detail(refused)).containsPattern("2[,.]?147[,.]?483[,.]?647").doesNotContain("not valid JSON");
	}

	@Test
	void pagesOutsideTheirBoundsAreRefusedNotClamped() {
		Response negative = worker().get("/api/v1/youth?q=a&page=-1");
		Response tooLarge = worker().get("/api/v1/youth?q=a&pageSize=5000");

		assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
		assertThat(negative.code()).isEqualTo("T1016");
		assertThat(field(negative).path("field").asString()).isEqualTo("page");
		assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(400);
		assertThat(tooLarge.code()).isEqualTo("T1016");
		assertThat(detail(tooLarge)).contains("pageSize").contains("100");
	}

	@Test
	void theCountysAgenciesAreListedForApiClients() {
		Response agencies = worker().get("/api/v1/agencies");

		assertThat(agencies.status()).as(agencies.toString()).isEqualTo(200);
		assertThat(agencies.json().size()).isGreaterThanOrEqualTo(10);
		assertThat(agencies.json().findValues("id").stream().map(JsonNode::asString)).contains(worker().agencyId());
		assertThat(agencies.json().findValues("type").stream().map(JsonNode::asString)).contains("CHILD_WELFARE",
				"PROBATION");
		JsonNode otherCounty = new ApiClient(port).as("socialworker2").get("/api/v1/agencies").json();
		assertThat(otherCounty.findValues("id").stream().map(JsonNode::asString)).doesNotContain(worker().agencyId());
	}

	private static void assertEnumProblem(Response refused, String field, String allowed) {
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).as(refused.toString()).isEqualTo("T1013");
		assertThat(field(refused).path("field").asString()).isEqualTo(field);
		assertThat(field(refused).path("code").asString()).isEqualTo("T1013");
		assertThat(field(refused).path("message").asString()).contains(field).contains(allowed);
	}

	private static JsonNode field(Response response) {
		return response.json().path("errors").path(0);
	}

	private static String detail(Response response) {
		return response.json().path("detail").asString();
	}

}
