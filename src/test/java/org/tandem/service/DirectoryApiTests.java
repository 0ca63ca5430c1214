package org.tandem.service;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.service.DirectoryFixtures.provider;
import static org.tandem.service.DirectoryFixtures.with;

/**
 * The resource directory over JSON: the provider's shape, who edits, optimistic versions,
 * every bad value on its field with its own code, and the search's filters.
 */
@TandemTest
class DirectoryApiTests {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	@Test
	void aCoordinatorAddsAProviderWithTheTwelveDataPointsAndEveryWorkerReadsIt() {
		String name = "Casa " + TestData.word();
		Response created = as("resources").post("/api/v1/providers", provider(name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).contains("/api/v1/providers/" + created.id());

		JsonNode p = as("socialworker").get("/api/v1/providers/" + created.id()).json();
		assertThat(p.path("name").asString()).isEqualTo(name);
		assertThat(p.path("intakeContact").path("email").asString()).isEqualTo("intake@example.org");
		assertThat(p.path("intakeContact").path("phone").asString()).isEqualTo("555-0100");
		assertThat(p.path("location").path("address").asString()).isEqualTo("12 Hidden Lane");
		assertThat(p.path("location").path("city").asString()).isEqualTo("Fresno");
		assertThat(p.path("countiesServed")).hasSize(1);
		assertThat(p.path("countiesServed").get(0).asString())
			.isEqualTo(as("socialworker").me().path("county").path("id").asString());
		assertThat(p.path("type").asString()).isEqualTo("BOTH");
		assertThat(p.path("programs").get(0).path("name").asString()).isEqualTo("Counselling");
		assertThat(p.path("programs").get(0).path("needs").toString()).isEqualTo("[\"mental-health\",\"crisis\"]");
		assertThat(p.path("programs").get(0).path("components").toString())
			.isEqualTo("[\"TRAUMA_INFORMED\",\"SURVIVOR_INVOLVEMENT\"]");
		assertThat(p.path("clientsServed").path("ageMin").asInt()).isEqualTo(12);
		assertThat(p.path("clientsServed").path("ageMax").asInt()).isEqualTo(17);
		assertThat(p.path("clientsServed").path("genders").toString()).contains("NON_BINARY", "TRANSGENDER");
		assertThat(p.path("clientsServed").path("systems").toString()).contains("CHILD_WELFARE", "PROBATION");
		assertThat(p.path("securityMeasures").asString()).isEqualTo("24-hour staff");
		assertThat(p.path("staffTraining").asString()).contains("CSE 101");
		assertThat(p.path("fundingLimitations").asString()).contains("dependency");
		assertThat(p.path("strengths").asString()).contains("mentors");
		assertThat(p.path("barriers").asString()).contains("under 12");
		assertThat(p.path("languages").toString()).isEqualTo("[\"English\",\"Spanish\"]");
		assertThat(p.path("capacity").path("total").asInt()).isEqualTo(6);
		assertThat(p.path("capacity").path("available").asInt()).isEqualTo(2);
		assertThat(p.path("capacity").path("updatedOn").asString()).as("dated when the numbers were set")
			.matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(p.path("placementFactors").path("sogieAffirming").asBoolean()).isTrue();
		assertThat(p.path("placementFactors").path("recruitmentRiskManaged").asBoolean()).isFalse();
		assertThat(p.path("version").asInt()).isEqualTo(1);
		assertThat(p.path("editable").asBoolean()).as("a worker does not edit").isFalse();
		assertThat(as("resources").get("/api/v1/providers/" + created.id()).json().path("editable").asBoolean())
			.isTrue();
	}

	@Test
	void onlyAdministratorsAndCoordinatorsEdit() {
		Response refused = as("socialworker").post("/api/v1/providers", provider());
		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("T1008");
		assertThat(as("admin").post("/api/v1/providers", provider()).status()).isEqualTo(201);
		Response created = as("resources").post("/api/v1/providers", provider());
		Map<String, Object> change = with(provider(), "version", 1);
		Response update = as("socialworker").put("/api/v1/providers/" + created.id(), change);
		assertThat(update.status()).as(update.toString()).isEqualTo(403);
	}

	@Test
	void aChangeNamesTheVersionItWasMadeFromAndAStaleOneIsRefused() {
		Response created = as("resources").post("/api/v1/providers", provider());
		String path = "/api/v1/providers/" + created.id();

		Response first = as("admin").put(path,
				with(with(provider("Renamed"), "version", 1), "capacity", Map.of("total", 6, "available", 0)));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().path("version").asInt()).isEqualTo(2);
		assertThat(first.json().path("capacity").path("available").asInt()).isZero();

		Response stale = as("resources").put(path, with(provider("Mine"), "version", 1));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("T9608");
		assertThat(as("socialworker").get(path).json().path("name").asString()).isEqualTo("Renamed");

		Response noVersion = as("resources").put(path, provider("Mine"));
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(noVersion.code()).isEqualTo("T9618");

		Response programs = as("resources").put(path, with(provider("Renamed"), "version", 2));
		assertThat(programs.json().path("programs").get(0).path("id").asString())
			.as("a program keeps its id across changes")
			.isEqualTo(first.json().path("programs").get(0).path("id").asString());
	}

	@Test
	void eachBadValueIsRefusedOnItsFieldWithItsCodeInEnglishAndSpanish() {
		assertRefused(with(provider(), "name", " "), "T9601", "name");
		assertRefused(with(provider(), "clientsServed", Map.of("ageMin", 17, "ageMax", 12)), "T9602",
				"clientsServed.ageMax");
		assertRefused(with(provider(), "programs", List.of(Map.of("name", "Yoga", "needs", List.of("astrology")))),
				"T9603", "programs[0].needs[0]");
		assertRefused(with(provider(), "intakeContact", Map.of("email", "not an address")), "T9604",
				"intakeContact.email");
		assertRefused(with(provider(), "capacity", Map.of("total", -1)), "T9605", "capacity.total");
		assertRefused(with(provider(), "capacity", Map.of("total", 2, "available", 3)), "T9606", "capacity.available");
		assertRefused(with(provider(), "type", null), "T9611", "type");
		assertRefused(with(provider(), "type", "HOTEL"), "T1013", "type");
		assertRefused(with(provider(), "countiesServed", List.of("00000000-0000-0000-0000-000000000000")), "T9609",
				"countiesServed[0]");
		assertRefused(with(with(provider(), "type", "SERVICE"), "placementFactors", Map.of("sogieAffirming", true)),
				"T9613", "placementFactors");
		assertRefused(with(provider(), "capacity", Map.of("total", "six")), "T9615", "capacity.total");
		assertRefused(with(provider(), "programs", List.of(Map.of("name", "Yoga", "components", List.of("MAGIC")))),
				"T1013", "programs[0].components");

		Response spanish = as("resources").header("Accept-Language", "es")
			.post("/api/v1/providers", with(provider(), "capacity", Map.of("total", 2, "available", 3)));
		assertThat(spanish.json().path("errors").get(0).path("message").asString()).contains("disponibles");
		assertThat(spanish.json().path("title").asString()).isEqualTo("Más disponibles que en total");
	}

	@Test
	void everyProblemOfOneEntryIsReportedAtOnce() {
		Map<String, Object> bad = with(with(provider(), "name", ""), "intakeContact", Map.of("email", "x"));
		Response refused = as("resources").post("/api/v1/providers", bad);
		assertThat(refused.json().path("errors").findValuesAsString("field")).contains("name", "intakeContact.email");
	}

	private void assertRefused(Map<String, Object> provider, String code, String field) {
		Response refused = as("resources").post("/api/v1/providers", provider);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).as(refused.toString()).isEqualTo(code);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo(code);
	}

	@Test
	void workersSearchByNeedAgeGenderSystemCountyLanguageAndCapacity() {
		String tag = TestData.word();
		String match = as("resources")
			.post("/api/v1/providers",
					with(provider("Match " + tag), "languages", List.of("English", "Tagalog " + tag)))
			.id()
			.toString();
		String full = as("resources")
			.post("/api/v1/providers",
					with(with(provider("Full " + tag), "languages", List.of("Tagalog " + tag)), "capacity",
							Map.of("total", 4, "available", 0)))
			.id()
			.toString();
		String lang = "tagalog%20" + tag.toLowerCase();
		ApiClient worker = as("socialworker");

		assertThat(ids(worker, "language=" + lang)).containsExactlyInAnyOrder(match, full);
		assertThat(ids(worker, "language=" + lang + "&hasCapacity=true")).containsExactly(match);
		assertThat(ids(worker, "language=" + lang + "&need=mental-health&age=14&gender=TRANSGENDER&system=PROBATION"))
			.containsExactlyInAnyOrder(match, full);
		assertThat(ids(worker, "language=" + lang + "&need=education")).isEmpty();
		assertThat(ids(worker, "language=" + lang + "&age=9")).isEmpty();
		assertThat(ids(worker, "language=" + lang + "&gender=MALE")).isEmpty();
		assertThat(ids(worker, "language=" + lang + "&system=NONE")).isEmpty();
		String county = worker.me().path("county").path("id").asString();
		assertThat(ids(worker, "language=" + lang + "&county=" + county)).hasSize(2);

		Response badAge = worker.get("/api/v1/providers?age=old");
		assertThat(badAge.status()).isEqualTo(400);
		assertThat(badAge.code()).isEqualTo("T9615");
		assertThat(worker.get("/api/v1/providers?gender=robot").code()).isEqualTo("T1013");
	}

	static List<String> ids(ApiClient client, String query) {
		Response found = client.get("/api/v1/providers?" + query);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json().path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}

}
