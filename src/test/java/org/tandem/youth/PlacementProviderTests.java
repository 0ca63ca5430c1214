package org.tandem.youth;

import java.util.HashMap;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A placement records its provider (name, address, phone, a confidential address), so
 * where the youth lives is not only free text; the address is the youth's location, read
 * only where the decision point allows it, and never in the timeline that identity alone
 * opens.
 */
@TandemTest
class PlacementProviderTests {

	private static final String SAFE_HOUSE = "Casa Segura, 12 Hidden Lane";

	@LocalServerPort
	int port;

	ApiClient worker;

	UUID youthId;

	@BeforeEach
	void youth() {
		worker = new ApiClient(port).as("socialworker");
		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", List.of(worker.agencyId()));
		youthId = worker.post("/api/v1/youth", body).id();
	}

	@Test
	void aPlacementKeepsItsProviderAndTheConfidentialAddressStaysWithThoseAllowed() {
		Response recorded = worker.post("/api/v1/youth/" + youthId + "/placements",
				placement(Map.of("name", " Safe house of the county ", "address", SAFE_HOUSE, "phone",
						"+1 (555) 010-0199 ext 2", "confidential", true)));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		JsonNode provider = recorded.json().path("provider");
		assertThat(provider.path("name").asString()).isEqualTo("Safe house of the county");
		assertThat(provider.path("address").asString()).isEqualTo(SAFE_HOUSE);
		assertThat(provider.path("phone").asString()).isEqualTo("+1 (555) 010-0199 ext 2");
		assertThat(provider.path("confidential").asBoolean()).isTrue();

		JsonNode listed = worker.get("/api/v1/youth/" + youthId + "/placements").json().get(0);
		assertThat(listed.path("provider").path("address").asString()).isEqualTo(SAFE_HOUSE);
		assertThat(worker.get("/api/v1/placements/" + recorded.id()).body()).contains(SAFE_HOUSE);

		// probation is not on the youth's team: no location, so no address
		Response probation = new ApiClient(port).as("probation").get("/api/v1/youth/" + youthId + "/placements");
		assertThat(probation.status()).isEqualTo(403);
		assertThat(probation.body()).doesNotContain("Hidden Lane");
		// the timeline says a placement began, not where
		assertThat(worker.get("/api/v1/youth/" + youthId + "/timeline").body()).doesNotContain("Hidden Lane");
	}

	@Test
	void aPlacementWithoutAProviderStillRecords() {
		Response recorded = worker.post("/api/v1/youth/" + youthId + "/placements", placement(null));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.json().has("provider")).as("no provider recorded").isFalse();
	}

	@Test
	void aBadPhoneOrTooLongANameIsRefusedOnItsField() {
		Response phone = worker.post("/api/v1/youth/" + youthId + "/placements",
				placement(Map.of("name", "Group home", "phone", "call the front desk")));
		assertThat(phone.status()).isEqualTo(400);
		assertThat(phone.code()).isEqualTo("T1003");
		assertThat(phone.body()).contains("provider.phone");

		Response name = worker.post("/api/v1/youth/" + youthId + "/placements",
				placement(Map.of("name", "x".repeat(201))));
		assertThat(name.status()).isEqualTo(400);
		assertThat(name.code()).as("the one code for text too long").isEqualTo("T1011");
		assertThat(name.body()).contains("provider.name");
		assertThat(worker.get("/api/v1/youth/" + youthId + "/placements").json().size()).as("nothing saved").isZero();
	}

	private static Map<String, Object> placement(Map<String, Object> provider) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "SHELTER_EMERGENCY");
		body.put("startedOn",
				java.time.LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")).minusDays(1).toString());
		if (provider != null) {
			body.put("provider", provider);
		}
		return body;
	}

}
