package org.tandem.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

/** The youth registry over real HTTP, as a social worker of Demo County. */
@TandemTest
class YouthApiTests {

	private static final String YOUTH = "/api/v1/youth";

	@LocalServerPort
	int port;

	ApiClient worker;

	@BeforeEach
	void signIn() {
		worker = new ApiClient(port).as("socialworker");
	}

	@Test
	void createsAYouthAndReadsItBack() {
		String first = TestData.word(), last = TestData.word();
		LocalDate born = TestData.dateOfBirth();
		Map<String, Object> body = TestData.youth(first, last, born);
		body.put("aliases", List.of("  ", "Lil " + last));
		body.put("raceEthnicity", List.of("HISPANIC_LATINO", "BLACK_AFRICAN_AMERICAN"));
		body.put("jurisdiction", "DEPENDENCY");

		Response created = worker.post(YOUTH, body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = created.id();
		assertThat(created.header("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith(YOUTH + "/" + id));
		JsonNode json = created.json();
		assertThat(json.path("firstName").asString()).isEqualTo(first);
		assertThat(json.path("lastName").asString()).isEqualTo(last);
		assertThat(json.path("dateOfBirth").asString()).isEqualTo(born.toString());
		assertThat(json.path("jurisdiction").asString()).isEqualTo("DEPENDENCY");
		assertThat(json.path("version").asInt()).isZero();
		// Blank aliases are dropped: what is stored is what was meant.
		assertThat(json.path("aliases").values()).extracting(JsonNode::asString).containsExactly("Lil " + last);

		Response read = worker.get(YOUTH + "/" + id);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.id()).isEqualTo(id);
		assertThat(read.json().path("lastName").asString()).isEqualTo(last);
		assertThat(read.json().path("raceEthnicity").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("HISPANIC_LATINO", "BLACK_AFRICAN_AMERICAN");
	}

	@Test
	void searchFindsAYouthByNameAndByDateOfBirth() {
		String first = TestData.word(), last = TestData.word();
		LocalDate born = TestData.dateOfBirth();
		UUID id = create(TestData.youth(first, last, born));

		assertThat(searchIds(last)).contains(id);
		assertThat(searchIds(last.toLowerCase() + " " + first.toUpperCase())).contains(id);
		assertThat(searchIds(born.toString())).contains(id);
		assertThat(searchIds(born.format(DateTimeFormatter.ofPattern("M/d/uuuu")))).contains(id);
		assertThat(searchIds(TestData.word())).doesNotContain(id);

		Response page = worker.get(YOUTH + "?q=" + last + "&page=0&pageSize=5");
		assertThat(page.json().path("page").asInt()).isZero();
		assertThat(page.json().path("pageSize").asInt()).isEqualTo(5);
	}

	@Test
	void searchDoesNotTurnAnImpossibleDateIntoAnotherDay() {
		int year = LocalDate.now().getYear() - 14;
		while (!java.time.Year.isLeap(year)) {
			year--;
		}
		LocalDate leapDay = LocalDate.of(year, 2, 29);
		UUID id = create(TestData.youth(TestData.word(), TestData.word(), leapDay));
		assertThat(searchIds("2/29/" + year)).contains(id);

		// February 31st names no one; it must not be read as the 29th (nor list and audit
		// those youth).
		assertThat(searchIds("2/31/" + year)).doesNotContain(id);
		assertThat(searchIds("31.2." + year)).doesNotContain(id);
	}

	@Test
	void aPageFarBeyondTheEndIsEmptyNotAnError() {
		Response page = worker.get(YOUTH + "?q=a&pageSize=100&page=30000000");

		assertThat(page.status()).as(page.toString()).isIn(200, 400);
		if (page.status() == 200) {
			assertThat(page.json().path("items").size()).isZero();
		}
	}

	@Test
	void searchIgnoresAccents() {
		String last = "Ñúñez" + TestData.word().toLowerCase();
		UUID id = create(TestData.youth("Zoë", last, TestData.dateOfBirth()));

		assertThat(searchIds("zoe nunez" + last.substring(5))).contains(id);
	}

	@Test
	void warnsOfALikelyDuplicateDespiteAccentsAndANearbyBirthDate() {
		String suffix = TestData.word();
		LocalDate born = TestData.dateOfBirth();
		Map<String, Object> original = TestData.youth("María", "López " + suffix, born);
		original.put("confirmNotDuplicate", true);
		UUID first = create(original);

		Response warning = worker.post(YOUTH, TestData.youth("Maria", "Lopez " + suffix, born.plusDays(3)));

		assertThat(warning.status()).as(warning.toString()).isEqualTo(409);
		assertThat(warning.contentType()).startsWith("application/problem+json");
		assertThat(warning.code()).isEqualTo("T3003");
		JsonNode candidates = warning.json().path("candidates");
		assertThat(candidates.isArray()).isTrue();
		JsonNode candidate = find(candidates, first);
		assertThat(candidate).as("candidates %s contain %s", candidates, first).isNotNull();
		assertThat(candidate.path("firstName").asString()).isEqualTo("María");
		assertThat(candidate.path("dateOfBirth").asString()).isEqualTo(born.toString());
		// Nothing was created: searching the new spelling finds only the original.
		assertThat(searchIds("Lopez " + suffix)).containsExactly(first);
	}

	@Test
	void warnsWhenTheNameIsAnotherYouthsAlias() {
		String last = TestData.word();
		LocalDate born = TestData.dateOfBirth();
		Map<String, Object> known = TestData.youth(TestData.word(), TestData.word(), born);
		known.put("aliases", List.of("Candy " + last));
		UUID existing = create(known);

		Response warning = worker.post(YOUTH, TestData.youth("Candy", last, born));

		assertThat(warning.status()).as(warning.toString()).isEqualTo(409);
		assertThat(warning.code()).isEqualTo("T3003");
		assertThat(find(warning.json().path("candidates"), existing)).isNotNull();
	}

	@Test
	void warnsWhenAnAliasIsAnotherYouthsName() {
		String first = TestData.word(), last = TestData.word();
		LocalDate born = TestData.dateOfBirth();
		UUID existing = create(TestData.youth(first, last, born));

		Map<String, Object> probe = TestData.youth(TestData.word(), TestData.word(), born.plusDays(10));
		probe.put("aliases", List.of(first + " " + last));
		Response warning = worker.post(YOUTH, probe);

		assertThat(warning.status()).as(warning.toString()).isEqualTo(409);
		assertThat(find(warning.json().path("candidates"), existing)).isNotNull();
	}

	@Test
	void warnsWhenDayAndMonthAreSwapped() {
		String first = TestData.word(), last = TestData.word();
		LocalDate born = LocalDate.of(LocalDate.now().getYear() - 14, 3, 7);
		UUID existing = create(TestData.youth(first, last, born));

		Response warning = worker.post(YOUTH, TestData.youth(first, last, LocalDate.of(born.getYear(), 7, 3)));

		assertThat(warning.status()).as(warning.toString()).isEqualTo(409);
		assertThat(find(warning.json().path("candidates"), existing)).isNotNull();
	}

	@Test
	void doesNotWarnForTheSameNameBornYearsApart() {
		String first = TestData.word(), last = TestData.word();
		LocalDate born = LocalDate.now().minusYears(16).withDayOfMonth(10);
		create(TestData.youth(first, last, born));

		Response sibling = worker.post(YOUTH, TestData.youth(first, last, born.plusYears(3).plusMonths(4)));

		assertThat(sibling.status()).as(sibling.toString()).isEqualTo(201);
	}

	@Test
	void createsAnywayWhenTheWorkerConfirmsItIsSomeoneElse() {
		String first = TestData.word(), last = TestData.word();
		LocalDate born = TestData.dateOfBirth();
		UUID existing = create(TestData.youth(first, last, born));
		Map<String, Object> twin = TestData.youth(first, last, born);
		assertThat(worker.post(YOUTH, twin).status()).isEqualTo(409);

		twin.put("confirmNotDuplicate", true);
		Response created = worker.post(YOUTH, twin);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.id()).isNotEqualTo(existing);
		assertThat(searchIds(first + " " + last)).containsExactlyInAnyOrder(existing, created.id());
	}

	@Test
	void refusesAYouthWithoutALastName() {
		Map<String, Object> body = TestData.youth();
		body.remove("lastName");

		Response refused = worker.post(YOUTH, body);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("T1002");
		JsonNode errors = refused.json().path("errors");
		assertThat(errors.values()).extracting(error -> error.path("field").asString()).containsExactly("lastName");
		assertThat(errors.get(0).path("code").asString()).isEqualTo("T1002");
		assertThat(errors.get(0).path("message").asString()).isNotBlank();
	}

	@Test
	void fieldMessagesAreHumanTextFromTheBundleNotKeys() {
		Map<String, Object> body = TestData.youth();
		body.put("lastName", " ");

		Response refused = worker.post(YOUTH, body);

		assertThat(refused.status()).isEqualTo(400);
		String message = refused.json().path("errors").get(0).path("message").asString();
		assertThat(message).as("message of a blank last name")
			.isNotBlank()
			.doesNotContain("{")
			.doesNotContain("youth.");
		assertThat(refused.json().path("detail").asString()).isNotBlank().isNotEqualTo("validation-failed");
	}

	@Test
	void refusesADateOfBirthInTheFuture() {
		Response refused = worker.post(YOUTH,
				TestData.youth(TestData.word(), TestData.word(), LocalDate.now().plusDays(2)));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T3002");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("dateOfBirth");
	}

	@Test
	void refusesAnImplausiblyOldDateOfBirth() {
		Response refused = worker.post(YOUTH,
				TestData.youth(TestData.word(), TestData.word(), LocalDate.of(1950, 1, 1)));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T3006");
	}

	@Test
	void refusesDeclinedTogetherWithAnotherRace() {
		Map<String, Object> body = TestData.youth();
		body.put("raceEthnicity", List.of("DECLINED", "WHITE"));

		Response refused = worker.post(YOUTH, body);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T3004");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("raceEthnicity");

		body.put("raceEthnicity", List.of("DECLINED"));
		assertThat(worker.post(YOUTH, body).status()).isEqualTo(201);
	}

	@Test
	void recordsTheAgenciesInvolvedButOnlyOfTheWorkersCounty() {
		String ownAgency = worker.get("/api/v1/me").json().path("agency").path("id").asString();
		String otherCountysAgency = new ApiClient(port).as("socialworker2")
			.get("/api/v1/me")
			.json()
			.path("agency")
			.path("id")
			.asString();

		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", List.of(ownAgency));
		Response created = worker.post(YOUTH, body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("agencyIds").values()).extracting(JsonNode::asString).containsExactly(ownAgency);

		Map<String, Object> elsewhere = TestData.youth();
		elsewhere.put("agencyIds", List.of(otherCountysAgency));
		Response refused = worker.post(YOUTH, elsewhere);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T2009");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("agencyIds");
	}

	@Test
	void anUpdateMustSayWhichVersionItChanges() {
		Map<String, Object> body = TestData.youth();
		UUID id = create(body);
		Response refused = worker.put(YOUTH + "/" + id, body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1003");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("version");
	}

	@Test
	void anUnknownPurposeOfUseIsRefusedNotGuessed() {
		UUID id = create(TestData.youth());
		Response refused = worker.header("Tandem-Purpose", "curiosity").get(YOUTH + "/" + id);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1013");
		assertThat(refused.json().path("detail").asString()).contains("Tandem-Purpose");
	}

	@Test
	void refusesAnUpdateMadeOnAStaleVersion() {
		Map<String, Object> body = TestData.youth();
		UUID id = create(body);

		body.put("version", 0);
		body.put("preferredName", "Ri");
		Response updated = worker.put(YOUTH + "/" + id, body);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().path("version").asInt()).isEqualTo(1);
		assertThat(updated.json().path("preferredName").asString()).isEqualTo("Ri");

		body.put("preferredName", "Someone else's edit");
		Response stale = worker.put(YOUTH + "/" + id, body);

		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("T3005");
		assertThat(worker.get(YOUTH + "/" + id).json().path("preferredName").asString()).isEqualTo("Ri");
	}

	@Test
	void answersNotFoundForAnUnknownOrMalformedId() {
		Response unknown = worker.get(YOUTH + "/" + UUID.randomUUID());
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.code()).isEqualTo("T3001");

		Response malformed = worker.get(YOUTH + "/not-a-uuid");
		assertThat(malformed.status()).as(malformed.toString()).isEqualTo(404);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.code()).isIn("T1004", "T3001");

		Response updateUnknown = worker.put(YOUTH + "/" + UUID.randomUUID(), TestData.youth());
		assertThat(updateUnknown.status()).as(updateUnknown.toString()).isEqualTo(404);
	}

	@Test
	void refusesMalformedJson() {
		Response refused = worker.post(YOUTH, "{\"firstName\": \"Ana\", \"lastName\": ");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("T1000");
	}

	@Test
	void refusesAValueOfTheWrongFormatAsNotADate() {
		Map<String, Object> body = TestData.youth();
		body.put("dateOfBirth", "yesterday");

		Response refused = worker.post(YOUTH, body);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1014");
		// It names the field without echoing what was sent.
		assertThat(refused.body()).contains("dateOfBirth").doesNotContain("yesterday");
	}

	@Test
	void refusesABodyOverTheLimitDeclaredUpFront() {
		Response refused = worker.post(YOUTH, oversizedBody());

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("T1001");
	}

	@Test
	void refusesAChunkedBodyOverTheLimit() {
		byte[] bytes = oversizedBody().getBytes(StandardCharsets.UTF_8);
		// No Content-Length: the size is only found out while reading.
		Response refused = worker.send("POST", YOUTH,
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)), "application/json");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1001");
	}

	@Test
	void explainsProblemsInSpanishWhenAskedTo() {
		Path spanish = Path.of("src/main/resources/messages_es.properties");
		Map<String, Object> future = TestData.youth(TestData.word(), TestData.word(), LocalDate.now().plusYears(1));

		Response english = worker.header("Accept-Language", "en").post(YOUTH, future);
		Response espanol = worker.header("Accept-Language", "es-MX,es;q=0.9").post(YOUTH, future);

		assertThat(english.code()).isEqualTo("T3002");
		assertThat(espanol.code()).isEqualTo("T3002");
		String inEnglish = english.json().path("detail").asString();
		String enEspanol = espanol.json().path("detail").asString();
		assertThat(inEnglish).isNotBlank();
		assertThat(enEspanol).as("Spanish detail (bundle %s present: %s)", spanish, Files.exists(spanish))
			.isNotBlank()
			.isNotEqualTo(inEnglish)
			.isNotEqualTo("date-of-birth-in-future");
	}

	private UUID create(Map<String, Object> body) {
		Response created = worker.post(YOUTH, body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private List<UUID> searchIds(String query) {
		Response found = worker
			.get(YOUTH + "?pageSize=100&q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		List<UUID> ids = new ArrayList<>();
		found.json().path("items").forEach(item -> ids.add(UUID.fromString(item.path("id").asString())));
		return ids;
	}

	private static JsonNode find(JsonNode candidates, UUID id) {
		for (JsonNode candidate : candidates) {
			if (id.toString().equals(candidate.path("id").asString())) {
				return candidate;
			}
		}
		return null;
	}

	private static String oversizedBody() {
		return "{\"firstName\": \"Ana\", \"lastName\": \"Big\", \"dateOfBirth\": \"2012-01-01\", \"safeContactNote\": \""
				+ "x".repeat(1024 * 1024 + 10) + "\"}";
	}

}
