package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.Database;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.county.Counties;

/**
 * Counties are kept apart by the application and, underneath it, by PostgreSQL row-level
 * security, which holds even for hand-written SQL that forgets its county filter.
 */
@TandemTest
class CountyIsolationTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	Counties counties;

	UUID demoCounty;

	UUID secondCounty;

	@BeforeEach
	void counties() {
		demoCounty = counties.findByName("Demo County").orElseThrow().id();
		secondCounty = counties.findByName("Second County").orElseThrow().id();
	}

	@Test
	void anotherCountysWorkerCannotReadOrFindAYouth() {
		String last = TestData.word();
		ApiClient demoWorker = new ApiClient(port).as("socialworker");
		Response created = demoWorker.post("/api/v1/youth",
				TestData.youth(TestData.word(), last, TestData.dateOfBirth()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = created.id();
		ApiClient otherWorker = new ApiClient(port).as("socialworker2");

		Response read = otherWorker.get("/api/v1/youth/" + id);
		assertThat(read.status()).as(read.toString()).isEqualTo(404);
		assertThat(read.code()).isEqualTo("T3001");
		assertThat(read.body()).doesNotContain(last);

		Response update = otherWorker.put("/api/v1/youth/" + id,
				TestData.youth("Changed", "ByTheWrongCounty", TestData.dateOfBirth()));
		assertThat(update.status()).as(update.toString()).isEqualTo(404);
		assertThat(demoWorker.get("/api/v1/youth/" + id).json().path("lastName").asString()).isEqualTo(last);

		assertThat(searchIds(otherWorker, last)).isEmpty();
		assertThat(searchIds(demoWorker, last)).containsExactly(id);
	}

	@Test
	void anotherCountysDuplicateIsNotADuplicate() {
		String first = TestData.word(), last = TestData.word();
		var youth = TestData.youth(first, last, TestData.dateOfBirth());
		assertThat(new ApiClient(port).as("socialworker").post("/api/v1/youth", youth).status()).isEqualTo(201);

		Response elsewhere = new ApiClient(port).as("socialworker2").post("/api/v1/youth", youth);

		// The duplicate warning must not reveal that a youth of this name exists in
		// another county.
		assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
	}

	@Test
	void withoutACountyTheApplicationRoleSeesNoRows() throws SQLException {
		try (Connection superuser = Database.asSuperuser(postgres)) {
			assertThat(count(superuser, "select count(*) from youth")).as("youth exist at all").isPositive();
			assertThat(count(superuser, "select count(*) from app_user")).isPositive();
		}
		try (Connection app = Database.asApp(postgres)) {
			assertThat(single(app, "select current_user::text")).isEqualTo("tandem_app");
			assertThat(count(app, "select count(*) from youth")).isZero();
			assertThat(count(app, "select count(*) from youth_agency")).isZero();
			assertThat(count(app, "select count(*) from app_user")).isZero();
			assertThat(count(app, "select count(*) from agency")).isZero();
			assertThat(count(app, "select count(*) from audit_event")).isZero();
		}
	}

	@Test
	void scopedToOneCountyTheApplicationRoleSeesOnlyThatCounty() throws SQLException {
		UUID demoYouth = createInDemoCounty();
		try (Connection app = Database.asApp(postgres)) {
			setCounty(app, secondCounty);
			assertThat(count(app, "select count(*) from youth where id = '" + demoYouth + "'")).isZero();
			assertThat(count(app, "select count(*) from youth")).as("Second County's own youth").isPositive();
			assertThat(count(app, "select count(*) from youth where county_id <> '" + secondCounty + "'")).isZero();
			assertThat(count(app, "select count(*) from audit_event where youth_id = '" + demoYouth + "'")).isZero();
			assertThat(count(app, "select count(*) from app_user where username = 'socialworker'")).isZero();
			assertThat(count(app, "select count(*) from app_user where username = 'socialworker2'")).isEqualTo(1);

			// The same query, scoped to the youth's own county, sees it: the check above
			// can fail.
			setCounty(app, demoCounty);
			assertThat(count(app, "select count(*) from youth where id = '" + demoYouth + "'")).isEqualTo(1);
			assertThat(count(app, "select count(*) from audit_event where youth_id = '" + demoYouth + "'"))
				.isPositive();
		}
	}

	/**
	 * The views modules publish for each other run with the reader's rights, so row-level
	 * security holds.
	 */
	@Test
	void publishedReadModelsKeepToTheCounty() throws SQLException {
		UUID demoYouth = createInDemoCounty();
		List<String> views = List.of("agency_directory", "person_directory", "youth_roster", "youth_open_case",
				"submitted_screening", "response_lead", "screening_result", "determination_outcome",
				"youth_demographics");
		try (Connection superuser = Database.asSuperuser(postgres)) {
			assertThat(count(superuser, "select count(*) from youth_roster where id = '" + demoYouth + "'"))
				.isEqualTo(1);
		}
		try (Connection app = Database.asApp(postgres)) {
			for (String view : views) {
				assertThat(count(app, "select count(*) from " + view)).as(view + " without a county").isZero();
			}
			setCounty(app, secondCounty);
			for (String view : views) {
				assertThat(count(app, "select count(*) from " + view + " where county_id <> '" + secondCounty + "'"))
					.as(view + " scoped to Second County")
					.isZero();
			}
			assertThat(count(app, "select count(*) from youth_roster")).as("Second County's own youth").isPositive();
			assertThat(count(app, "select count(*) from youth_roster where id = '" + demoYouth + "'")).isZero();
		}
	}

	@Test
	void scopedToOneCountyTheApplicationRoleCannotWriteIntoAnother() throws SQLException {
		UUID demoYouth = createInDemoCounty();
		try (Connection app = Database.asApp(postgres)) {
			app.setAutoCommit(false);
			try {
				setCounty(app, secondCounty);
				assertThatThrownBy(() -> insertYouth(app, demoCounty)).isInstanceOf(SQLException.class)
					.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("42501"))
					.hasMessageContaining("row-level security");
				app.rollback();

				setCounty(app, secondCounty);
				try (Statement statement = app.createStatement()) {
					assertThat(statement
						.executeUpdate("update youth set first_name = 'Hijacked' where id = '" + demoYouth + "'"))
						.isZero();
				}
				// Writing into its own county works, so the refusal above is about the
				// county.
				insertYouth(app, secondCounty);
			}
			finally {
				app.rollback();
			}
		}
	}

	@Test
	void theApplicationRoleCannotChangeOrDeleteAuditEntries() throws SQLException {
		createInDemoCounty();
		try (Connection app = Database.asApp(postgres)) {
			app.setAutoCommit(false);
			setCounty(app, demoCounty);
			assertThat(count(app, "select count(*) from audit_event")).isPositive();
			for (String sql : List.of("update audit_event set detail = 'edited'", "delete from audit_event",
					"truncate audit_event")) {
				try {
					assertThatThrownBy(() -> {
						try (Statement statement = app.createStatement()) {
							statement.executeUpdate(sql);
						}
					}).as(sql)
						.isInstanceOf(SQLException.class)
						.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("42501"))
						.hasMessageContaining("permission denied");
				}
				finally {
					app.rollback();
				}
				setCounty(app, demoCounty);
			}
		}
	}

	@Test
	void evenTheOwnerCannotChangeOrDeleteAuditEntries() throws SQLException {
		createInDemoCounty();
		try (Connection owner = Database.asSuperuser(postgres)) {
			owner.setAutoCommit(false);
			for (String sql : List.of("update audit_event set detail = 'edited' where county_id = '" + demoCounty + "'",
					"delete from audit_event where county_id = '" + demoCounty + "'", "truncate audit_event")) {
				try {
					assertThatThrownBy(() -> {
						try (Statement statement = owner.createStatement()) {
							statement.executeUpdate(sql);
						}
					}).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
				}
				finally {
					owner.rollback();
				}
			}
		}
	}

	private UUID createInDemoCounty() {
		Response created = new ApiClient(port).as("socialworker").post("/api/v1/youth", TestData.youth());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private static void insertYouth(Connection connection, UUID county) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						insert into youth (county_id, id, first_name, last_name, date_of_birth, search_names, created_at, updated_at)
						values (?, ?, 'Injected', 'Row', date '2012-01-01', 'injected row', now(), now())""")) {
			insert.setObject(1, county);
			insert.setObject(2, UUID.randomUUID());
			insert.executeUpdate();
		}
	}

	private static void setCounty(Connection connection, UUID county) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select set_config('tandem.county_id', ?, false)")) {
			statement.setString(1, county.toString());
			statement.execute();
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		return ((Number) single(connection, sql)).longValue();
	}

	private static Object single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getObject(1);
		}
	}

	private static List<UUID> searchIds(ApiClient client, String query) {
		Response found = client.get("/api/v1/youth?pageSize=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		List<UUID> ids = new ArrayList<>();
		found.json().path("items").forEach(item -> ids.add(UUID.fromString(item.path("id").asString())));
		return ids;
	}

}
