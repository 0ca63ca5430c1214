package org.tandem.evidence;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.Database;
import org.tandem.TandemTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The validation API over real HTTP on a county's own history: screenings of an imported
 * instrument paired with the determinations that followed them, suppression of small
 * groups, agreement between screeners, who may ask, and the refusals of bad parameters.
 *
 * <p>
 * The history is written straight into the database (as years of casework would have left
 * it): 14 youth confirmed within the window, 10 whose suspicion was ruled out, 8 with
 * nothing determined after a complete follow-up; 12 of them screened again by a second
 * person a week later.
 */
@TandemTest
class ValidationApiTests {

	private static final String INSTRUMENT = "evidence-check";

	private static final String BASE = "/api/v1/validation/" + INSTRUMENT + "/1";

	private static final double[] POSITIVE_SCORES = { 3, 3, 3, 3, 4, 4, 4, 5, 5, 2, 2, 1, 6, 3 };

	private static final double[] RULED_OUT_SCORES = { 0, 0, 1, 1, 2, 0, 0, 1, 3, 0 };

	private static final double[] NOTHING_SCORES = { 0, 1, 0, 0, 2, 0, 1, 4 };

	private static final String[] LEVELS = { "NO_CONCERN", "POSSIBLE_CONCERN", "POSSIBLE_CONCERN", "CLEAR_CONCERN" };

	private static boolean seeded;

	private static final List<int[]> SECOND_OPINIONS = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@BeforeEach
	void history() throws IOException, SQLException {
		if (seeded) {
			return;
		}
		String definition = new ClassPathResource("instruments/builtin/tandem-brief-screen-v1.yaml")
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceFirst("(?m)^id: tandem-brief-screen$", "id: " + INSTRUMENT);
		Response imported = as("admin").send("POST", "/api/v1/instruments", BodyPublishers.ofString(definition),
				"application/yaml");
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		try (Connection db = Database.asSuperuser(postgres)) {
			Person first = person(db, "socialworker");
			Person second = person(db, "socialworker2");
			LocalDate screened = LocalDate.now().minusDays(300);
			SplittableRandom random = new SplittableRandom(15);
			for (double score : POSITIVE_SCORES) {
				UUID youth = youthScreened(db, first, screened, (int) score, random);
				determination(db, first, youth, "CONFIRMED", "ACTIVE", screened.plusDays(40), null);
			}
			for (double score : RULED_OUT_SCORES) {
				UUID youth = youthScreened(db, first, screened, (int) score, random);
				determination(db, first, youth, "SUSPECTED", "RULED_OUT", screened.plusDays(5), screened.plusDays(60));
			}
			for (double score : NOTHING_SCORES) {
				youthScreened(db, first, screened, (int) score, random);
			}
			// second opinions: 12 youth screened again a week later by someone else
			try (PreparedStatement youth = db.prepareStatement("""
					select youth_id, score from screening where instrument_id = ? order by youth_id limit 12""")) {
				youth.setString(1, INSTRUMENT);
				ResultSet rs = youth.executeQuery();
				int n = 0;
				while (rs.next()) {
					int firstScore = Math.min(3, rs.getInt("score"));
					int secondScore = n % 4 == 0 ? Math.min(3, firstScore + 1) : firstScore;
					screening(db, second, rs.getObject("youth_id", UUID.class), screened.plusDays(7), secondScore,
							random);
					SECOND_OPINIONS.add(new int[] { level(firstScore), level(secondScore) });
					n++;
				}
			}
		}
		seeded = true;
	}

	@Test
	void pairsEachYouthsFirstScreeningWithTheOutcomeThatFollowedIt() {
		Response response = as("analyst").get(BASE + "?from=" + LocalDate.now().minusYears(2));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode report = response.json();
		assertThat(report.path("suppressed").asBoolean()).isFalse();
		assertThat(report.path("positives").asInt()).isEqualTo(14);
		assertThat(report.path("negatives").asInt()).isEqualTo(18);
		assertThat(report.path("n").asInt()).isEqualTo(32);
		assertThat(report.path("windowDays").asInt()).isEqualTo(180);
		Estimate expected = Roc.of(POSITIVE_SCORES, concat(RULED_OUT_SCORES, NOTHING_SCORES)).auc();
		assertThat(report.path("auc").asDouble()).isCloseTo(expected.value(), within(1e-12));
		assertThat(report.path("aucCi95").get(0).asDouble()).isCloseTo(expected.lower(), within(1e-12));
		assertThat(report.path("aucCi95").get(1).asDouble()).isCloseTo(expected.upper(), within(1e-12));
		JsonNode atThree = report.path("cutoffs").get(3);
		assertThat(atThree.path("score").asInt()).isEqualTo(3);
		assertThat(atThree.path("level").asString()).isEqualTo("CLEAR_CONCERN");
		assertThat(atThree.path("tp").asInt()).isEqualTo(11);
		assertThat(atThree.path("fp").asInt()).isEqualTo(2);
		assertThat(report.path("roc").get(0).path("sensitivity").asDouble()).isEqualTo(1.0);
		assertThat(report.path("alpha").path("overall").isNumber()).isTrue();
		assertThat(report.path("alpha").path("byIndicator").has("whereabouts-housing")).isTrue();
		assertThat(response.body()).doesNotContain("youth");
	}

	@Test
	void withoutADeterminationExcludedTooFewNegativesRemainAndTheStatisticsAreSuppressed() {
		Response response = as("analyst")
			.get(BASE + "?from=" + LocalDate.now().minusYears(2) + "&noDeterminationIs=EXCLUDED&by=AGE_BAND");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode report = response.json();
		assertThat(report.path("suppressed").asBoolean()).isTrue();
		assertThat(report.path("auc").isNull()).isTrue();
		assertThat(report.path("positives").isNull()).isTrue();
		assertThat(report.path("roc").isNull()).isTrue();
		assertThat(report.path("groups")).isNotEmpty();
		for (JsonNode group : report.path("groups")) {
			assertThat(group.path("by").asString()).isEqualTo("AGE_BAND");
			assertThat(group.path("suppressed").asBoolean()).isTrue();
			assertThat(group.path("auc").isNull()).isTrue();
		}
	}

	@Test
	void agreementBetweenScreenersIsKappaOnTheLevels() {
		Response response = as("admin").get(BASE + "/agreement?withinDays=10&from=" + LocalDate.now().minusYears(2));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode report = response.json();
		Kappa expected = Kappa.of(SECOND_OPINIONS.stream().mapToInt(p -> p[0]).toArray(),
				SECOND_OPINIONS.stream().mapToInt(p -> p[1]).toArray(), 3);
		assertThat(report.path("pairs").asInt()).isEqualTo(12);
		assertThat(report.path("kappa").asDouble()).isCloseTo(expected.unweighted().value(), within(1e-12));
		assertThat(report.path("weightedKappa").asDouble()).isCloseTo(expected.quadraticallyWeighted().value(),
				within(1e-12));
		assertThat(report.path("kappaCi95")).hasSize(2);

		Response tooNarrow = as("admin").get(BASE + "/agreement?withinDays=3&from=" + LocalDate.now().minusYears(2));
		assertThat(tooNarrow.json().path("suppressed").asBoolean()).isTrue();
		assertThat(tooNarrow.json().path("pairs").isNull()).isTrue();
	}

	@Test
	void onlyAnalystsAndAdministratorsForResearchOrAdministrationAndEveryAnswerIsAudited() throws SQLException {
		assertThat(as("socialworker").get(BASE).status()).isEqualTo(403);
		assertThat(as("supervisor").get(BASE + "/agreement").status()).isEqualTo(403);
		Response treatment = as("analyst").header("Tandem-Purpose", "TREATMENT").get(BASE);
		assertThat(treatment.status()).as(treatment.toString()).isEqualTo(403);
		assertThat(treatment.code()).isEqualTo("T4104");

		long before = audited();
		assertThat(as("admin").header("Tandem-Purpose", "ADMINISTRATION").get(BASE).status()).isEqualTo(200);
		assertThat(as("analyst").get(BASE + "/agreement").status()).isEqualTo(200);
		assertThat(audited()).isEqualTo(before + 2);
	}

	@Test
	void anUnknownInstrumentOrVersionIsNotFound() {
		Response version = as("analyst").get("/api/v1/validation/" + INSTRUMENT + "/9");
		assertThat(version.status()).as(version.toString()).isEqualTo(404);
		assertThat(version.code()).isEqualTo("T5003");
		Response instrument = as("analyst").get("/api/v1/validation/no-such-instrument/1/agreement");
		assertThat(instrument.status()).isEqualTo(404);
		assertThat(instrument.code()).isEqualTo("T5003");
	}

	@Test
	void badParametersAreRefusedOnTheirField() {
		assertRefused(BASE + "?windowDays=0", "T9850", "windowDays");
		assertRefused(BASE + "?windowDays=half", "T9850", "windowDays");
		assertRefused(BASE + "?from=2026-05-01&to=2026-04-01", "T9851", "to");
		assertRefused(BASE + "?to=2026-02-30", "T1014", "to");
		assertRefused(BASE + "?noDeterminationIs=MAYBE", "T1013", "noDeterminationIs");
		assertRefused(BASE + "?by=SHOE_SIZE", "T1013", "by");
		assertRefused(BASE + "/agreement?withinDays=400", "T9852", "withinDays");
		Response spanish = as("analyst").header("Accept-Language", "es").get(BASE + "?windowDays=0");
		assertThat(spanish.json().path("detail").asString()).contains("días");
	}

	private void assertRefused(String path, String code, String field) {
		Response response = as("analyst").get(path);
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.code()).as(path).isEqualTo(code);
		assertThat(response.body()).as(path).contains(field);
	}

	private long audited() throws SQLException {
		try (Connection db = Database.asSuperuser(postgres);
				PreparedStatement count = db.prepareStatement(
						"select count(*) from audit_event where action in ('VALIDATION_VIEWED', 'AGREEMENT_VIEWED')")) {
			ResultSet rs = count.executeQuery();
			rs.next();
			return rs.getLong(1);
		}
	}

	private ApiClient as(String username) {
		return new ApiClient(port).as(username);
	}

	record Person(UUID county, UUID id, UUID agency) {
	}

	private static Person person(Connection db, String username) throws SQLException {
		try (PreparedStatement find = db
			.prepareStatement("select county_id, id, agency_id from app_user where username = ?")) {
			find.setString(1, username);
			ResultSet rs = find.executeQuery();
			assertThat(rs.next()).as(username).isTrue();
			return new Person(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class));
		}
	}

	private static UUID youthScreened(Connection db, Person by, LocalDate on, int score, SplittableRandom random)
			throws SQLException {
		UUID youth = UUID.randomUUID();
		try (PreparedStatement insert = db.prepareStatement("""
				insert into youth (county_id, id, first_name, last_name, date_of_birth, search_names, created_at,
				    updated_at)
				values (?, ?, 'Evidence', 'Fixture', ?, 'evidence fixture', now(), now())""")) {
			insert.setObject(1, by.county());
			insert.setObject(2, youth);
			insert.setObject(3, on.minusYears(15));
			insert.executeUpdate();
		}
		screening(db, by, youth, on, score, random);
		return youth;
	}

	private static void screening(Connection db, Person by, UUID youth, LocalDate on, int score,
			SplittableRandom random) throws SQLException {
		StringBuilder answers = new StringBuilder("{");
		String[] items = { "wh-1", "wh-2", "wh-3", "wh-4", "cr-1", "cr-2", "cr-3", "cr-4", "ex-1", "ex-2", "ex-3",
				"ex-4" };
		for (String item : items) {
			double chance = random.nextDouble();
			String answer = chance < 0.1 ? "NOT_ENOUGH_INFORMATION" : chance < 0.1 + score / 8.0 ? "YES" : "NO";
			answers.append(answers.length() > 1 ? "," : "")
				.append('"')
				.append(item)
				.append("\":\"")
				.append(answer)
				.append('"');
		}
		try (PreparedStatement insert = db.prepareStatement("""
				insert into screening (county_id, id, youth_id, instrument_id, instrument_version, scoring_version,
				    status, answers, screened_on, started_by, started_at, updated_at, submitted_by, submitted_agency,
				    submitted_at, score, level)
				values (?, ?, ?, ?, 1, 1, 'SUBMITTED', ?::jsonb, ?, ?, now(), now(), ?, ?, now(), ?, ?)""")) {
			insert.setObject(1, by.county());
			insert.setObject(2, UUID.randomUUID());
			insert.setObject(3, youth);
			insert.setString(4, INSTRUMENT);
			insert.setString(5, answers.append('}').toString());
			insert.setObject(6, on);
			insert.setObject(7, by.id());
			insert.setObject(8, by.id());
			insert.setObject(9, by.agency());
			insert.setInt(10, score);
			insert.setString(11, LEVELS[Math.min(3, score)]);
			insert.executeUpdate();
		}
	}

	private static void determination(Connection db, Person by, UUID youth, String kind, String state, LocalDate on,
			LocalDate closedOn) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement("""
				insert into determination (county_id, id, youth_id, kind, determined_on, source, determined_by,
				    agency_id, recorded_at, state, closed_on)
				values (?, ?, ?, ?, ?, 'OTHER', ?, ?, now(), ?, ?)""")) {
			insert.setObject(1, by.county());
			insert.setObject(2, UUID.randomUUID());
			insert.setObject(3, youth);
			insert.setString(4, kind);
			insert.setObject(5, on);
			insert.setObject(6, by.id());
			insert.setObject(7, by.agency());
			insert.setString(8, state);
			insert.setObject(9, closedOn);
			insert.executeUpdate();
		}
	}

	private static int level(int score) {
		return score == 0 ? 0 : score < 3 ? 1 : 2;
	}

	private static double[] concat(double[] a, double[] b) {
		double[] all = new double[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
