package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.Database;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.county.Counties;
import tools.jackson.databind.JsonNode;

/**
 * Every read and write of a youth is in the county's audit log, with who, in which role
 * and agency, and why; and the hash chain finds an entry changed behind the application's
 * back.
 */
@TandemTest
class AuditChainTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	Counties counties;

	@Test
	void recordsWhoCreatedAndViewedAYouthInWhichRoleAndAgencyAndWhy() {
		ApiClient worker = new ApiClient(port).as("socialworker").header(Purpose.HEADER, "INVESTIGATION");
		String agencyId = worker.get("/api/v1/me").json().path("agency").path("id").asString();
		UUID demoCounty = counties.findByName("Demo County").orElseThrow().id();
		UUID id = worker.post("/api/v1/youth", TestData.youth()).id();
		assertThat(worker.get("/api/v1/youth/" + id).status()).isEqualTo(200);
		// Without a stated purpose, the everyday one.
		assertThat(new ApiClient(port).as("socialworker").get("/api/v1/youth/" + id).status()).isEqualTo(200);

		Response log = new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + id);

		assertThat(log.status()).as(log.toString()).isEqualTo(200);
		List<JsonNode> entries = list(log.json());
		assertThat(entries).extracting(entry -> entry.path("action").asString())
			.containsExactly("YOUTH_VIEWED", "YOUTH_VIEWED", "YOUTH_CREATED");
		for (JsonNode entry : entries) {
			assertThat(entry.path("youthId").asString()).isEqualTo(id.toString());
			assertThat(entry.path("countyId").asString()).isEqualTo(demoCounty.toString());
			assertThat(entry.path("actorUsername").asString()).isEqualTo("socialworker");
			assertThat(entry.path("actorRoles").asString()).isEqualTo("SOCIAL_WORKER");
			assertThat(entry.path("actorAgencyId").asString()).isEqualTo(agencyId);
			assertThat(entry.path("hash").asString()).matches("[0-9a-f]{64}");
			assertThat(entry.path("occurredAt").asString()).isNotBlank();
		}
		assertThat(entries).extracting(entry -> entry.path("purpose").asString())
			.containsExactly("TREATMENT", "INVESTIGATION", "INVESTIGATION");
		// Newest first, and each links to the one before it.
		assertThat(entries.get(0).path("seq").asLong()).isGreaterThan(entries.get(1).path("seq").asLong());
	}

	@Test
	void recordsEachYouthListedInASearch() {
		ApiClient worker = new ApiClient(port).as("socialworker").header(Purpose.HEADER, "mdt");
		String last = TestData.word();
		UUID id = worker.post("/api/v1/youth", TestData.youth(TestData.word(), last, TestData.dateOfBirth())).id();
		assertThat(worker.get("/api/v1/youth?q=" + last).status()).isEqualTo(200);

		List<JsonNode> entries = list(new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + id).json());

		assertThat(entries).first().satisfies(listed -> {
			assertThat(listed.path("action").asString()).isEqualTo("YOUTH_LISTED");
			assertThat(listed.path("detail").asString()).isEqualTo("search");
			assertThat(listed.path("purpose").asString()).isEqualTo("MDT");
		});
	}

	@Test
	void concurrentReadsKeepTheChainLinearAndComplete() throws Exception {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID id = worker.post("/api/v1/youth", TestData.youth()).id();
		int readers = 16;
		List<Integer> statuses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		try {
			List<Future<Integer>> reads = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				reads.add(pool.submit(() -> worker.get("/api/v1/youth/" + id).status()));
			}
			for (Future<Integer> read : reads) {
				statuses.add(read.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(statuses).containsOnly(200);
		List<JsonNode> entries = list(new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + id).json());
		assertThat(entries).filteredOn(entry -> entry.path("action").asString().equals("YOUTH_VIEWED"))
			.hasSize(readers);
		assertThat(entries).extracting(entry -> entry.path("seq").asLong()).doesNotHaveDuplicates();
		JsonNode verification = verify(new ApiClient(port).as("admin"));
		assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
	}

	@Test
	void onlyTheCountyAdministratorReadsTheLogAndOnlyOfTheirCounty() {
		UUID id = new ApiClient(port).as("socialworker").post("/api/v1/youth", TestData.youth()).id();

		Response worker = new ApiClient(port).as("socialworker").get("/api/v1/audit?youthId=" + id);
		assertThat(worker.status()).as(worker.toString()).isEqualTo(403);
		assertThat(worker.contentType()).startsWith("application/problem+json");
		assertThat(worker.code()).isEqualTo("T1008");
		assertThat(new ApiClient(port).as("socialworker").get("/api/v1/audit/verify").status()).isEqualTo(403);

		Response otherCounty = new ApiClient(port).as("admin2").get("/api/v1/audit?youthId=" + id);
		assertThat(otherCounty.status()).isEqualTo(200);
		assertThat(otherCounty.json().size()).isZero();
		assertThat(new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + id).json().size()).isPositive();
	}

	@Test
	void verificationFindsTheFirstEntryChangedBehindTheApplicationsBack() throws SQLException {
		UUID secondCounty = counties.findByName("Second County").orElseThrow().id();
		ApiClient admin2 = new ApiClient(port).as("admin2");
		UUID id = new ApiClient(port).as("socialworker2").post("/api/v1/youth", TestData.youth()).id();
		assertThat(new ApiClient(port).as("socialworker2").get("/api/v1/youth/" + id).status()).isEqualTo(200);

		JsonNode before = verify(admin2);
		assertThat(before.path("intact").asBoolean()).as(before.toString()).isTrue();
		assertThat(before.path("entries").asLong()).isPositive();
		assertThat(before.path("firstBrokenSeq").isMissingNode() || before.path("firstBrokenSeq").isNull()).isTrue();

		long created = seqOf(secondCounty, id, "YOUTH_CREATED");
		String originalPurpose;
		try (Connection owner = Database.asSuperuser(postgres)) {
			originalPurpose = purposeOf(owner, secondCounty, created);
			setPurpose(owner, secondCounty, created, "RESEARCH");
		}
		try {
			JsonNode after = verify(admin2);

			assertThat(after.path("intact").asBoolean()).as(after.toString()).isFalse();
			assertThat(after.path("firstBrokenSeq").asLong()).isEqualTo(created);
			assertThat(after.path("entries").asLong()).isGreaterThanOrEqualTo(before.path("entries").asLong());
			// The tampering in Second County does not make Demo County's chain look
			// broken.
			JsonNode demo = verify(new ApiClient(port).as("admin"));
			assertThat(demo.path("intact").asBoolean()).as(demo.toString()).isTrue();
		}
		finally {
			try (Connection owner = Database.asSuperuser(postgres)) {
				setPurpose(owner, secondCounty, created, originalPurpose);
			}
		}
		JsonNode restored = verify(admin2);
		assertThat(restored.path("intact").asBoolean()).as(restored.toString()).isTrue();
	}

	@Test
	void verificationFindsARemovedEntry() throws SQLException {
		UUID secondCounty = counties.findByName("Second County").orElseThrow().id();
		ApiClient admin2 = new ApiClient(port).as("admin2");
		UUID id = new ApiClient(port).as("socialworker2").post("/api/v1/youth", TestData.youth()).id();
		assertThat(new ApiClient(port).as("socialworker2").get("/api/v1/youth/" + id).status()).isEqualTo(200);
		long created = seqOf(secondCounty, id, "YOUTH_CREATED");
		assertThat(verify(admin2).path("intact").asBoolean()).isTrue();

		try (Connection owner = Database.asSuperuser(postgres)) {
			owner.setAutoCommit(false);
			try (Statement statement = owner.createStatement()) {
				statement.execute("set local session_replication_role = replica");
				// Keep the row to put back, then remove it as someone who got around the
				// trigger would.
				statement.execute("create temporary table removed on commit preserve rows as select * from audit_event"
						+ " where county_id = '" + secondCounty + "' and seq = " + created);
				assertThat(statement.executeUpdate(
						"delete from audit_event where county_id = '" + secondCounty + "' and seq = " + created))
					.isEqualTo(1);
			}
			owner.commit();
			try {
				JsonNode after = verify(admin2);
				assertThat(after.path("intact").asBoolean()).as(after.toString()).isFalse();
				// The gap shows at the entry after it, which no longer follows its
				// predecessor.
				assertThat(after.path("firstBrokenSeq").asLong()).isEqualTo(created + 1);
			}
			finally {
				try (Statement statement = owner.createStatement()) {
					statement.execute("insert into audit_event select * from removed");
				}
				owner.commit();
			}
		}
		assertThat(verify(admin2).path("intact").asBoolean()).isTrue();
	}

	private JsonNode verify(ApiClient admin) {
		Response verification = admin.get("/api/v1/audit/verify");
		assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
		return verification.json();
	}

	private long seqOf(UUID county, UUID youth, String action) throws SQLException {
		try (Connection owner = Database.asSuperuser(postgres);
				PreparedStatement query = owner.prepareStatement(
						"select seq from audit_event where county_id = ? and youth_id = ? and action = ?")) {
			query.setObject(1, county);
			query.setObject(2, youth);
			query.setString(3, action);
			try (ResultSet rs = query.executeQuery()) {
				assertThat(rs.next()).as("%s of %s", action, youth).isTrue();
				return rs.getLong(1);
			}
		}
	}

	private static String purposeOf(Connection owner, UUID county, long seq) throws SQLException {
		try (PreparedStatement query = owner
			.prepareStatement("select purpose from audit_event where county_id = ? and seq = ?")) {
			query.setObject(1, county);
			query.setLong(2, seq);
			try (ResultSet rs = query.executeQuery()) {
				assertThat(rs.next()).isTrue();
				return rs.getString(1);
			}
		}
	}

	/**
	 * Changes an entry as someone with the owner's password could: past the append-only
	 * trigger.
	 */
	private static void setPurpose(Connection owner, UUID county, long seq, String purpose) throws SQLException {
		owner.setAutoCommit(false);
		try (Statement statement = owner.createStatement();
				PreparedStatement update = owner
					.prepareStatement("update audit_event set purpose = ? where county_id = ? and seq = ?")) {
			statement.execute("set local session_replication_role = replica");
			update.setString(1, purpose);
			update.setObject(2, county);
			update.setLong(3, seq);
			assertThat(update.executeUpdate()).isEqualTo(1);
			owner.commit();
		}
		catch (SQLException | RuntimeException ex) {
			owner.rollback();
			throw ex;
		}
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> entries = new ArrayList<>();
		array.forEach(entries::add);
		return entries;
	}

}
