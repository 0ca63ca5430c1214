package org.tandem.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
import org.tandem.county.Counties;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.service.DirectoryFixtures.provider;
import static org.tandem.service.DirectoryFixtures.with;

/**
 * An entry belongs to the county that created it and is read by every county it serves,
 * changed only by its owner: in the API and, underneath it, in PostgreSQL's row-level
 * security. A safe house's address reaches only those the disclosure rules let see
 * locations.
 */
@TandemTest
class DirectorySharingTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	Counties counties;

	UUID demo;

	UUID second;

	@BeforeEach
	void counties() {
		demo = counties.findByName("Demo County").orElseThrow().id();
		second = counties.findByName("Second County").orElseThrow().id();
	}

	ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	@Test
	void aServedCountyReadsAnEntryButOnlyItsOwnerChangesIt() {
		Map<String, Object> shared = with(provider(), "countiesServed", List.of(demo.toString(), second.toString()));
		UUID sharedId = as("resources").post("/api/v1/providers", shared).id();
		UUID ownId = as("resources").post("/api/v1/providers", provider()).id();

		assertThat(as("socialworker2").get("/api/v1/providers/" + sharedId).status()).isEqualTo(200);
		assertThat(DirectoryApiTests.ids(as("socialworker2"), "county=" + second + "&pageSize=100"))
			.contains(sharedId.toString())
			.doesNotContain(ownId.toString());
		Response notServed = as("socialworker2").get("/api/v1/providers/" + ownId);
		assertThat(notServed.status()).isEqualTo(404);
		assertThat(notServed.code()).isEqualTo("T9607");

		Response change = as("admin2").put("/api/v1/providers/" + sharedId, with(shared, "version", 1));
		assertThat(change.status()).as(change.toString()).isEqualTo(403);
		assertThat(change.code()).isEqualTo("T9610");
		assertThat(as("admin2").get("/api/v1/providers/" + sharedId).json().path("editable").asBoolean()).isFalse();
		assertThat(as("admin2").put("/api/v1/providers/" + ownId, with(shared, "version", 1)).status()).isEqualTo(404);
	}

	@Test
	void aSafeHousesAddressIsShownOnlyToThoseTheRulesLetSeeLocations() {
		Map<String, Object> safeHouse = with(provider(), "location",
				Map.of("address", "7 Quiet Road", "city", "Fresno", "confidential", true));
		UUID id = as("resources").post("/api/v1/providers", safeHouse).id();

		JsonNode keeper = as("resources").get("/api/v1/providers/" + id).json().path("location");
		assertThat(keeper.path("address").asString()).isEqualTo("7 Quiet Road");
		JsonNode worker = as("socialworker").get("/api/v1/providers/" + id).json().path("location");
		assertThat(worker.path("address").asString()).isEqualTo("7 Quiet Road");
		assertThat(worker.path("addressWithheld").asBoolean()).isFalse();

		JsonNode analyst = as("analyst").get("/api/v1/providers/" + id).json().path("location");
		assertThat(analyst.path("address").isMissingNode() || analyst.path("address").isNull()).as(analyst.toString())
			.isTrue();
		assertThat(analyst.path("addressWithheld").asBoolean()).isTrue();
		assertThat(analyst.path("confidential").asBoolean()).isTrue();
		assertThat(analyst.path("city").asString()).isEqualTo("Fresno");
		assertThat(as("analyst").get("/api/v1/providers?pageSize=100").body()).doesNotContain("7 Quiet Road");
	}

	@Test
	void rowLevelSecurityLetsServedCountiesReadAndOnlyTheOwnerWrite() throws SQLException {
		UUID shared = as("resources")
			.post("/api/v1/providers", with(provider(), "countiesServed", List.of(demo.toString(), second.toString())))
			.id();
		UUID own = as("resources").post("/api/v1/providers", provider()).id();
		try (Connection app = Database.asApp(postgres)) {
			assertThat(count(app, "select count(*) from provider")).as("no county, no rows").isZero();

			setCounty(app, second);
			assertThat(count(app, "select count(*) from provider where id = '" + shared + "'")).isEqualTo(1);
			assertThat(count(app, "select count(*) from provider where id = '" + own + "'")).isZero();
			assertThat(update(app, "update provider set name = 'Taken over' where id = '" + shared + "'")).isZero();
			assertThatThrownBy(() -> update(app, """
					insert into provider (county_id, id, version, name, provider_type, counties_served, updated_at)
					values ('%s', gen_random_uuid(), 1, 'Planted', 'SERVICE', '{%s}', now())""".formatted(demo,
					second)))
				.hasMessageContaining("row-level security");
			assertThatThrownBy(() -> update(app, "delete from provider where id = '" + shared + "'"))
				.as("nobody deletes entries")
				.hasMessageContaining("permission denied");

			setCounty(app, demo);
			assertThat(update(app, "update provider set strengths = 'Checked' where id = '" + shared + "'"))
				.isEqualTo(1);
			assertThatThrownBy(
					() -> update(app, "update provider set county_id = '" + second + "' where id = '" + shared + "'"))
				.as("an owner cannot hand an entry to another county")
				.hasMessageContaining("row-level security");
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
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static int update(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			return statement.executeUpdate();
		}
	}

}
