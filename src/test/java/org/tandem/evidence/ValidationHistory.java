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
import org.springframework.core.io.ClassPathResource;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county's screening history for validation tests, written straight into the database
 * (as years of casework would have left it) for an instrument of its own, imported from
 * the brief screen under another id so that no other test's screenings count: 14 youth
 * confirmed within the window, 10 whose suspicion was ruled out, 8 with nothing
 * determined after a complete follow-up, all screened 300 days ago; 12 of them screened
 * again by a second person a week later.
 */
public final class ValidationHistory {

	public static final double[] POSITIVE_SCORES = { 3, 3, 3, 3, 4, 4, 4, 5, 5, 2, 2, 1, 6, 3 };

	public static final double[] RULED_OUT_SCORES = { 0, 0, 1, 1, 2, 0, 0, 1, 3, 0 };

	public static final double[] NOTHING_SCORES = { 0, 1, 0, 0, 2, 0, 1, 4 };

	private static final String[] LEVELS = { "NO_CONCERN", "POSSIBLE_CONCERN", "POSSIBLE_CONCERN", "CLEAR_CONCERN" };

	private ValidationHistory() {
	}

	/**
	 * Imports the instrument and writes its history; returns the level indexes (0 to 2)
	 * of each pair of first and second opinions.
	 */
	public static List<int[]> seed(int port, EmbeddedPostgres postgres, String instrument)
			throws IOException, SQLException {
		String definition = new ClassPathResource("instruments/builtin/tandem-brief-screen-v1.yaml")
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceFirst("(?m)^id: tandem-brief-screen$", "id: " + instrument)
			// a copy for validation only: it must not become anyone's default screen in
			// the
			// shared demo county that later tests use
			.replaceFirst("(?m)^defaultForRoles: .*$", "defaultForRoles: []");
		Response imported = new ApiClient(port).as("admin")
			.send("POST", "/api/v1/instruments", BodyPublishers.ofString(definition), "application/yaml");
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		List<int[]> secondOpinions = new ArrayList<>();
		try (Connection db = Database.asSuperuser(postgres)) {
			Person first = person(db, "socialworker");
			Person second = person(db, "clinician");
			LocalDate screened = LocalDate.now().minusDays(300);
			SplittableRandom random = new SplittableRandom(15);
			for (double score : POSITIVE_SCORES) {
				UUID youth = youthScreened(db, instrument, first, screened, (int) score, random);
				determination(db, first, youth, "CONFIRMED", "ACTIVE", screened.plusDays(40), null);
			}
			for (double score : RULED_OUT_SCORES) {
				UUID youth = youthScreened(db, instrument, first, screened, (int) score, random);
				determination(db, first, youth, "SUSPECTED", "RULED_OUT", screened.plusDays(5), screened.plusDays(60));
			}
			for (double score : NOTHING_SCORES) {
				youthScreened(db, instrument, first, screened, (int) score, random);
			}
			try (PreparedStatement youth = db.prepareStatement(
					"select youth_id, score from screening where instrument_id = ? order by youth_id limit 12")) {
				youth.setString(1, instrument);
				ResultSet rs = youth.executeQuery();
				int n = 0;
				while (rs.next()) {
					int firstScore = Math.min(3, rs.getInt("score"));
					int secondScore = n % 4 == 0 ? Math.min(3, firstScore + 1) : firstScore;
					screening(db, instrument, second, rs.getObject("youth_id", UUID.class), screened.plusDays(7),
							secondScore, random);
					secondOpinions.add(new int[] { level(firstScore), level(secondScore) });
					n++;
				}
			}
		}
		return secondOpinions;
	}

	private static int level(int score) {
		return score == 0 ? 0 : score < 3 ? 1 : 2;
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

	static UUID youthScreened(Connection db, String instrument, Person by, LocalDate on, int score,
			SplittableRandom random) throws SQLException {
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
		screening(db, instrument, by, youth, on, score, random);
		return youth;
	}

	private static void screening(Connection db, String instrument, Person by, UUID youth, LocalDate on, int score,
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
			insert.setString(4, instrument);
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

}
