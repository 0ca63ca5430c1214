package org.tandem.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

/**
 * The instrument API over real HTTP: the list, the schema, and an administrator's
 * imports.
 */
@TandemTest
class InstrumentApiTests {

	private static final String INSTRUMENTS = "/api/v1/instruments";

	private static final List<String> BUILT_IN = List.of("tandem-indicator-screen", "tandem-brief-screen",
			"seraf-risk-framework", "cse-needs-strengths");

	@LocalServerPort
	int port;

	@Test
	void listsTheFourBuiltInInstruments() {
		Response list = client("socialworker").get(INSTRUMENTS);

		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		Map<String, JsonNode> byId = byId(list.json());
		assertThat(byId).containsKeys(BUILT_IN.toArray(String[]::new));
		for (String id : BUILT_IN) {
			JsonNode instrument = byId.get(id);
			assertThat(instrument.path("builtIn").asBoolean()).as(id + " builtIn").isTrue();
			assertThat(instrument.path("versions").values()).extracting(JsonNode::asInt).as(id).contains(1);
			assertThat(instrument.path("title").path("en").asString()).as(id).isNotBlank();
			assertThat(instrument.path("kind").asString()).as(id).isIn("SCREENING", "ASSESSMENT");
		}
		assertThat(byId.get("tandem-indicator-screen").path("form").asString()).isEqualTo("FULL");
		assertThat(byId.get("tandem-brief-screen").path("form").asString()).isEqualTo("BRIEF");

		Response indicator = client("socialworker").get(INSTRUMENTS + "/tandem-indicator-screen/versions/1");
		assertThat(indicator.status()).as(indicator.toString()).isEqualTo(200);
		int items = 0;
		for (JsonNode indicatorNode : indicator.json().path("indicators")) {
			items += indicatorNode.path("items").size();
		}
		assertThat(items).isEqualTo(47);
	}

	@Test
	void anUnknownInstrumentVersionIsNotFound() {
		Response unknown = client("socialworker").get(INSTRUMENTS + "/tandem-brief-screen/versions/42");

		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("T5003");
	}

	@Test
	void publishesTheJsonSchemaOfDefinitions() {
		Response schema = client("socialworker").header("Accept", "application/schema+json")
			.get(INSTRUMENTS + "/schema");

		assertThat(schema.status()).as(schema.toString()).isEqualTo(200);
		assertThat(schema.contentType()).startsWith("application/schema+json");
		JsonNode json = schema.json();
		assertThat(json.path("$schema").asString()).contains("json-schema.org");
		assertThat(json.path("properties").has("indicators")).isTrue();
	}

	/**
	 * A client that asks for plain JSON (as most do, and as this test client does by
	 * default) gets the schema too: a JSON Schema is JSON.
	 */
	@Test
	void publishesTheSchemaToAClientAskingForJson() {
		for (String accept : List.of("application/json", "*/*")) {
			Response schema = client("socialworker").header("Accept", accept).get(INSTRUMENTS + "/schema");

			assertThat(schema.status()).as("Accept " + accept + ": " + schema).isEqualTo(200);
			assertThat(schema.json().has("$schema")).isTrue();
		}
	}

	/**
	 * An Accept header the endpoint cannot satisfy is the client's problem (406), not
	 * "something went wrong on our side" (500 T1099).
	 */
	@Test
	void anAcceptHeaderThatCannotBeSatisfiedIsNotAServerError() {
		Response schema = client("socialworker").header("Accept", "text/csv").get(INSTRUMENTS + "/schema");

		assertThat(schema.status()).as(schema.toString()).isEqualTo(406);
		assertThat(schema.code()).isNotEqualTo("T1099");
	}

	@Test
	void onlyACountyAdministratorImports() {
		for (String user : List.of("socialworker", "supervisor", "analyst")) {
			Response refused = client(user).send("POST", INSTRUMENTS,
					BodyPublishers.ofString(tiny(uniqueId(), 1), StandardCharsets.UTF_8), "application/yaml");

			assertThat(refused.status()).as(user + ": " + refused).isEqualTo(403);
			assertThat(refused.code()).as(user).isEqualTo("T1008");
		}
	}

	@Test
	void importsYamlSentAsTheBody() {
		String id = uniqueId();

		Response created = importYaml("admin", tiny(id, 1));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith(INSTRUMENTS + "/" + id + "/versions/1"));
		assertThat(created.json().path("id").asString()).isEqualTo(id);
		assertThat(created.json().path("version").asInt()).isEqualTo(1);

		JsonNode listed = byId(client("socialworker").get(INSTRUMENTS).json()).get(id);
		assertThat(listed).as("%s in the list", id).isNotNull();
		assertThat(listed.path("builtIn").asBoolean()).isFalse();
		assertThat(listed.path("versions").values()).extracting(JsonNode::asInt).containsExactly(1);
		assertThat(listed.path("latestVersion").asInt()).isEqualTo(1);
		assertThat(listed.path("title").path("en").asString()).isEqualTo("Tiny screen");

		Response read = client("socialworker").get(INSTRUMENTS + "/" + id + "/versions/1");
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().path("indicators").size()).isEqualTo(2);

		// A second version joins the first.
		assertThat(importYaml("admin", tiny(id, 2)).status()).isEqualTo(201);
		JsonNode both = byId(client("socialworker").get(INSTRUMENTS).json()).get(id);
		assertThat(both.path("versions").values()).extracting(JsonNode::asInt).containsExactly(1, 2);
		assertThat(both.path("latestVersion").asInt()).isEqualTo(2);
	}

	@Test
	void importsJsonSentAsTheBody() {
		String id = uniqueId();
		JsonNode definition = client("admin").get(INSTRUMENTS + "/tandem-brief-screen/versions/1").json();
		((tools.jackson.databind.node.ObjectNode) definition).put("id", id);
		((tools.jackson.databind.node.ObjectNode) definition).remove("defaultForRoles");

		Response created = client("admin").post(INSTRUMENTS, ApiClient.JSON.writeValueAsString(definition));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(byId(client("socialworker").get(INSTRUMENTS).json())).containsKey(id);
	}

	@Test
	void importsAnUploadedFile() {
		String id = uniqueId();
		String boundary = "----tandem" + UUID.randomUUID();

		Response created = client("admin").send("POST", INSTRUMENTS,
				BodyPublishers.ofByteArray(multipart(boundary, "file", id + ".yaml", tiny(id, 1))),
				"multipart/form-data; boundary=" + boundary);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("id").asString()).isEqualTo(id);
		JsonNode listed = byId(client("socialworker").get(INSTRUMENTS).json()).get(id);
		assertThat(listed).isNotNull();
		assertThat(listed.path("builtIn").asBoolean()).isFalse();
	}

	@Test
	void refusesAVersionThatExists() {
		String id = uniqueId();
		assertThat(importYaml("admin", tiny(id, 1)).status()).isEqualTo(201);

		Response again = importYaml("admin", tiny(id, 1).replace("Tiny screen", "Tiny screen again"));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("T5002");
		assertThat(client("socialworker").get(INSTRUMENTS + "/" + id + "/versions/1")
			.json()
			.path("title")
			.path("en")
			.asString()).isEqualTo("Tiny screen");

		// A built-in version cannot be replaced either.
		Response builtIn = importYaml("admin", tiny("tandem-brief-screen", 1));
		assertThat(builtIn.status()).as(builtIn.toString()).isEqualTo(409);
		assertThat(builtIn.code()).isEqualTo("T5002");
	}

	@Test
	void refusesAnInvalidDefinitionNamingTheField() {
		String id = uniqueId();

		Response unknownScale = importYaml("admin", tiny(id, 1).replace("scale: yes-no}", "scale: yesno}"));

		assertThat(unknownScale.status()).as(unknownScale.toString()).isEqualTo(400);
		assertThat(unknownScale.code()).isEqualTo("T5001");
		assertThat(unknownScale.json().path("errors").values()).extracting(e -> e.path("field").asString())
			.contains("$.indicators[0].items[0].scale");
		assertThat(unknownScale.json().path("errors").values()).extracting(e -> e.path("code").asString())
			.containsOnly("T5001");

		Response gap = importYaml("admin", tiny(id, 1).replace("      from: 1\n", "      from: 2\n"));
		assertThat(gap.status()).as(gap.toString()).isEqualTo(400);
		assertThat(gap.code()).isEqualTo("T5001");
		assertThat(gap.json().path("errors").values()).extracting(e -> e.path("field").asString())
			.contains("$.scoring.levels[1].from");

		Response notYaml = importYaml("admin", "id: [");
		assertThat(notYaml.status()).as(notYaml.toString()).isEqualTo(400);
		assertThat(notYaml.code()).isEqualTo("T5001");

		// Nothing of it was stored.
		assertThat(byId(client("admin").get(INSTRUMENTS).json())).doesNotContainKey(id);
	}

	@Test
	void anImportedInstrumentBelongsToItsCountyOnly() {
		String id = uniqueId();
		assertThat(importYaml("admin", tiny(id, 1)).status()).isEqualTo(201);
		assertThat(byId(client("socialworker").get(INSTRUMENTS).json())).containsKey(id);

		ApiClient other = client("socialworker2");
		assertThat(byId(other.get(INSTRUMENTS).json())).doesNotContainKey(id)
			.containsKeys(BUILT_IN.toArray(String[]::new));
		Response read = other.get(INSTRUMENTS + "/" + id + "/versions/1");
		assertThat(read.status()).as(read.toString()).isEqualTo(404);
		assertThat(read.code()).isEqualTo("T5003");

		Response youth = other.post("/api/v1/youth", TestData.youth());
		assertThat(youth.status()).as(youth.toString()).isEqualTo(201);
		Response screening = other.post("/api/v1/youth/" + youth.id() + "/screenings",
				Map.of("instrumentId", id, "instrumentVersion", 1, "answers",
						Map.of("ho-1", "NO", "ho-2", "NO", "mo-1", "NO"), "scriptConfirmed", true));
		assertThat(screening.status()).as(screening.toString()).isEqualTo(404);
		assertThat(screening.code()).isEqualTo("T5003");

		// The other county may import its own instrument under the same id and version.
		Response theirs = importYaml("admin2", tiny(id, 1).replace("Tiny screen", "Their tiny screen"));
		assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
		assertThat(other.get(INSTRUMENTS + "/" + id + "/versions/1").json().path("title").path("en").asString())
			.isEqualTo("Their tiny screen");
		assertThat(client("socialworker").get(INSTRUMENTS + "/" + id + "/versions/1")
			.json()
			.path("title")
			.path("en")
			.asString()).isEqualTo("Tiny screen");
	}

	@Test
	void anImportedInstrumentCanBeUsedToScreen() {
		String id = uniqueId();
		assertThat(importYaml("admin", tiny(id, 1)).status()).isEqualTo(201);
		ApiClient worker = client("socialworker");
		Response youth = worker.post("/api/v1/youth", TestData.youth());

		Response screening = worker.post("/api/v1/youth/" + youth.id() + "/screenings",
				Map.of("instrumentId", id, "instrumentVersion", 1, "answers",
						Map.of("ho-1", "YES", "ho-2", "NO", "mo-1", "NOT_ENOUGH_INFORMATION"), "scriptConfirmed",
						true));

		assertThat(screening.status()).as(screening.toString()).isEqualTo(201);
		assertThat(screening.json().path("level").asString()).isEqualTo("CONCERN");
		assertThat(screening.json().path("notEnoughInformation").asInt()).isEqualTo(1);
	}

	// --- helpers

	private ApiClient client(String user) {
		return new ApiClient(port).as(user);
	}

	private Response importYaml(String user, String yaml) {
		return client(user).send("POST", INSTRUMENTS, BodyPublishers.ofString(yaml, StandardCharsets.UTF_8),
				"application/yaml");
	}

	private static String uniqueId() {
		return "test-" + TestData.word().toLowerCase();
	}

	/** The test resource tiny.yaml under another id and version. */
	private static String tiny(String id, int version) {
		try {
			String tiny = new ClassPathResource("instruments/tiny.yaml").getContentAsString(StandardCharsets.UTF_8);
			return tiny.replaceFirst("(?m)^id: tiny-screen$", "id: " + id)
				.replaceFirst("(?m)^version: 1$", "version: " + version);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] multipart(String boundary, String field, String filename, String content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\n" + "Content-Type: application/yaml\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static Map<String, JsonNode> byId(JsonNode list) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		list.forEach(instrument -> byId.put(instrument.path("id").asString(), instrument));
		return byId;
	}

}
