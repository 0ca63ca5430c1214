package org.tandem.evidence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * The county's history is {@link ValidationHistory}'s.
 */
@TandemTest
class ValidationApiTests {

	private static final String INSTRUMENT = "evidence-check";

	private static final String BASE = "/api/v1/validation/" + INSTRUMENT + "/1";

	private static List<int[]> secondOpinions;

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@BeforeEach
	void history() throws IOException, SQLException {
		if (secondOpinions == null) {
			secondOpinions = ValidationHistory.seed(port, postgres, INSTRUMENT);
		}
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
		Estimate expected = Roc
			.of(ValidationHistory.POSITIVE_SCORES,
					concat(ValidationHistory.RULED_OUT_SCORES, ValidationHistory.NOTHING_SCORES))
			.auc();
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

		// every screening: the second opinions a week later are judged by the same
		// outcomes
		Response each = as("analyst").get(BASE + "?screenings=EACH&from=" + LocalDate.now().minusYears(2));
		assertThat(each.json().path("n").asInt()).isEqualTo(32 + 12);

		Response byRace = as("analyst")
			.get(BASE + "?from=" + LocalDate.now().minusYears(2) + "&by=RACE_ETHNICITY,GENDER_IDENTITY");
		assertThat(byRace.json().path("groups")).hasSize(2);
		for (JsonNode group : byRace.json().path("groups")) {
			// nothing recorded for the history's youth: one group each, as large as the
			// whole
			assertThat(group.path("group").asString()).isEqualTo("UNKNOWN");
			assertThat(group.path("suppressed").asBoolean()).isFalse();
			assertThat(group.path("auc").asDouble()).isCloseTo(expected.value(), within(1e-12));
		}
	}

	@Test
	void withoutADeterminationExcludedTooFewNegativesRemainAndTheStatisticsAreSuppressed() {
		Response response = as("analyst")
			.get(BASE + "?from=" + LocalDate.now().minusYears(2) + "&noDeterminationIs=EXCLUDED&by=AGE_BAND");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode report = response.json();
		assertThat(report.path("suppressed").asBoolean()).isTrue();
		assertAbsent(report.path("auc"));
		assertAbsent(report.path("positives"));
		assertAbsent(report.path("roc"));
		assertThat(report.path("groups")).isNotEmpty();
		for (JsonNode group : report.path("groups")) {
			assertThat(group.path("by").asString()).isEqualTo("AGE_BAND");
			assertThat(group.path("suppressed").asBoolean()).isTrue();
			assertAbsent(group.path("auc"));
		}
	}

	@Test
	void agreementBetweenScreenersIsKappaOnTheLevels() {
		Response response = as("admin").get(BASE + "/agreement?withinDays=10&from=" + LocalDate.now().minusYears(2));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode report = response.json();
		Kappa expected = Kappa.of(secondOpinions.stream().mapToInt(p -> p[0]).toArray(),
				secondOpinions.stream().mapToInt(p -> p[1]).toArray(), 3);
		assertThat(report.path("pairs").asInt()).isEqualTo(12);
		assertThat(report.path("kappa").asDouble()).isCloseTo(expected.unweighted().value(), within(1e-12));
		assertThat(report.path("weightedKappa").asDouble()).isCloseTo(expected.quadraticallyWeighted().value(),
				within(1e-12));
		assertThat(report.path("kappaCi95")).hasSize(2);

		Response tooNarrow = as("admin").get(BASE + "/agreement?withinDays=3&from=" + LocalDate.now().minusYears(2));
		assertThat(tooNarrow.json().path("suppressed").asBoolean()).isTrue();
		assertAbsent(tooNarrow.json().path("pairs"));
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

	/** Left out of the answer: null, which the API's JSON leaves out altogether. */
	private static void assertAbsent(JsonNode node) {
		assertThat(node.isNull() || node.isMissingNode()).as(node.toString()).isTrue();
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

	private static double[] concat(double[] a, double[] b) {
		double[] all = new double[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
