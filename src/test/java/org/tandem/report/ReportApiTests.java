package org.tandem.report;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports API as analysts and administrators use it: the answer's shape, exports with
 * the same numbers, and a specific answer (in English and Spanish) to each kind of bad
 * input.
 */
@TandemTest
class ReportApiTests {

	@LocalServerPort
	int port;

	private ApiClient analyst() {
		return new ApiClient(this.port).as("analyst");
	}

	@Test
	void aReportAnswersWithItsPeriodCohortDateRowsAndNotes() {
		Response answer = analyst().get("/api/v1/reports/identification?from=2025-12-01&to=2026-01-31&by=gender");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode json = answer.json();
		assertThat(json.path("report").asString()).isEqualTo("identification");
		assertThat(json.path("cohortDate").asString()).isEqualTo("determinedOn");
		assertThat(json.path("from").asString()).isEqualTo("2025-12-01");
		assertThat(json.path("to").asString()).isEqualTo("2026-01-31");
		assertThat(json.path("by").asString()).isEqualTo("gender");
		assertThat(json.path("rows").isArray()).isTrue();
		JsonNode first = json.path("rows").get(0);
		assertThat(first.path("status").asString()).isEqualTo("AT_RISK");
		assertThat(first.path("gender").asString()).isEqualTo("FEMALE");
		assertThat(first.has("count")).isTrue();
		assertThat(json.path("suppressed").isInt()).isTrue();
		assertThat(json.path("notes").get(0).asString()).contains("<11");
	}

	@Test
	void everyCountIsANumberOfAtLeastTheThresholdZeroOrTheMarker() {
		for (String report : new String[] { "identification", "screenings", "mdt-timeliness" }) {
			JsonNode rows = analyst().get("/api/v1/reports/" + report).json().path("rows");
			for (JsonNode row : rows) {
				JsonNode count = row.path("count");
				if (count.isString()) {
					assertThat(count.asString()).as(report).isEqualTo("<11");
				}
				else {
					assertThat(count.asLong()).as(report + " " + row).matches(n -> n == 0 || n >= 11);
				}
			}
		}
	}

	@Test
	void badInputGetsASpecificAnswer() {
		Response unknown = analyst().get("/api/v1/reports/everything");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("T9801");
		assertThat(unknown.body()).contains("mdt-timeliness");

		Response inverted = analyst().get("/api/v1/reports/screenings?from=2026-02-01&to=2026-01-01");
		assertThat(inverted.status()).isEqualTo(400);
		assertThat(inverted.code()).isEqualTo("T9802");
		assertThat(inverted.body()).contains("\"to\"");

		Response by = analyst().get("/api/v1/reports/mdt-timeliness?by=gender");
		assertThat(by.status()).isEqualTo(400);
		assertThat(by.code()).isEqualTo("T9803");
		assertThat(by.body()).contains("clock, agency");

		Response date = analyst().get("/api/v1/reports/screenings?from=2026-02-30");
		assertThat(date.status()).isEqualTo(400);
		assertThat(date.code()).isEqualTo("T1014");

		Response spanish = analyst().header("Accept-Language", "es")
			.get("/api/v1/reports/screenings?from=2026-02-01&to=2026-01-01");
		assertThat(spanish.body()).contains("El final del período");
	}

	@Test
	void onlyAnalystsAndAdministratorsSeeReports() {
		assertThat(new ApiClient(this.port).as("admin").get("/api/v1/reports/screenings").status()).isEqualTo(200);
		for (String user : new String[] { "nurse", "socialworker", "supervisor", "hotline" }) {
			assertThat(new ApiClient(this.port).as(user).get("/api/v1/reports/screenings").status()).as(user)
				.isEqualTo(403);
		}
	}

	@Test
	void theExportsCarryTheSameSuppressedNumbers() throws Exception {
		String query = "?from=2025-01-01&to=2026-12-31&by=agency";
		JsonNode json = analyst().get("/api/v1/reports/identification" + query).json();
		JsonNode grand = json.path("rows").get(json.path("rows").size() - 1);

		Response csv = analyst().get("/api/v1/reports/identification.csv" + query);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition").orElseThrow()).contains("attachment",
				"tandem-identification-by-agency-2025-01-01-to-2026-12-31.csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo("status,agency,count");
		assertThat(lines).hasSize(json.path("rows").size() + 1);
		assertThat(lines[lines.length - 1]).isEqualTo("ALL,ALL," + grand.path("count").asString());

		HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/reports/identification.xlsx" + query))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("analyst:" + TandemTest.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = workbook.getSheet("identification");
			var totals = sheet.getRow(sheet.getLastRowNum());
			var cell = totals.getCell(totals.getLastCellNum() - 1);
			String shown = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
					? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue();
			assertThat(shown).isEqualTo(grand.path("count").asString());
			assertThat(workbook.getSheet("notes").getRow(0).getCell(0).getStringCellValue()).contains("<11");
		}
	}

}
