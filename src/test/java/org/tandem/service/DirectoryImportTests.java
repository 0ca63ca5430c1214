package org.tandem.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county starts from its spreadsheet: valid rows are saved, every invalid row is
 * reported with its number, column and code, and nothing is silently dropped; the export
 * reads back in, in CSV and XLSX.
 */
@TandemTest
class DirectoryImportTests {

	private static final String BOUNDARY = "tandem-directory-boundary";

	@LocalServerPort
	int port;

	@Test
	void validRowsAreSavedAndEachInvalidRowIsReportedWithItsNumberColumnAndCode() {
		String tag = TestData.word();
		String csv = """
				name,type,intakeEmail,ageMin,ageMax,programs,capacityTotal,capacityAvailable,countiesServed,languages
				"Casa %1$s, North",BOTH,intake@example.org,12,17,"Counselling: mental-health, crisis",6,2,Demo County; Second County,"English, Lang%1$s"
				,SERVICE,,,,,,,,Lang%1$s
				Bad %1$s,PLACEMENT,not-an-address,17,12,Yoga: astrology,2,3,Nowhere County,Lang%1$s
				"""
			.formatted(tag);
		Response imported = upload(new ApiClient(port).as("resources"), "providers.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		JsonNode report = imported.json();
		assertThat(report.path("rows").asInt()).isEqualTo(3);
		assertThat(report.path("saved").asInt()).isEqualTo(1);
		assertThat(report.path("created").get(0).path("row").asInt()).isEqualTo(2);
		assertThat(report.path("created").get(0).path("name").asString()).isEqualTo("Casa " + tag + ", North");
		List<String> problems = report.path("errors")
			.valueStream()
			.map(e -> e.path("row").asInt() + " " + e.path("field").asString() + " " + e.path("code").asString())
			.toList();
		assertThat(problems).containsExactlyInAnyOrder("3 name T9601", "4 intakeEmail T9604", "4 ageMax T9602",
				"4 programs T9603", "4 capacityAvailable T9606", "4 countiesServed T9609");

		JsonNode saved = new ApiClient(port).as("socialworker2")
			.get("/api/v1/providers?language=lang" + tag.toLowerCase())
			.json()
			.path("items");
		assertThat(saved).as("the county named serves it").hasSize(1);
		assertThat(saved.get(0).path("programs").get(0).path("needs").toString()).contains("mental-health", "crisis");
	}

	@Test
	void theExportReadsBackInAsCsvAndAsXlsx() throws Exception {
		ApiClient keeper = new ApiClient(port).as("resources");
		String name = "Export " + TestData.word();
		keeper.post("/api/v1/providers", DirectoryFixtures.provider(name));

		byte[] csv = download(keeper, "csv");
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("name,type,").contains(name);
		byte[] xlsx = download(keeper, "xlsx");
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
			int rows = sheet.getLastRowNum();
			Response back = upload(keeper, "providers.xlsx", DirectoryFiles.XLSX, onlyRowsNamed(sheet, name));
			assertThat(back.status()).as(back.toString()).isEqualTo(200);
			assertThat(back.json().path("errors")).as(back.toString()).isEmpty();
			assertThat(back.json().path("saved").asInt()).isEqualTo(1);
			assertThat(rows).isPositive();
		}
		Response again = upload(keeper, "providers.csv", "text/csv", csv);
		assertThat(again.json().path("errors")).as(again.toString()).isEmpty();

		assertThat(new ApiClient(port).as("socialworker").get("/api/v1/providers/export").status()).isEqualTo(403);
	}

	@Test
	void aFileWithAnUnknownColumnIsRefusedAsAWhole() {
		Response refused = upload(new ApiClient(port).as("admin"), "providers.csv", "text/csv",
				"name,favouriteColour\nCasa,Blue\n".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T9616");
		assertThat(refused.body()).contains("favouriteColour");
	}

	/** A workbook of the header and the rows whose name is {@code name}. */
	private static byte[] onlyRowsNamed(Sheet sheet, String name) throws Exception {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet copy = book.createSheet("Providers");
			int r = 0;
			for (Row row : sheet) {
				if (row.getRowNum() == 0 || name.equals(row.getCell(0).getStringCellValue())) {
					Row target = copy.createRow(r++);
					for (int c = 0; c < row.getLastCellNum(); c++) {
						target.createCell(c).setCellValue(row.getCell(c).getStringCellValue());
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private byte[] download(ApiClient client, String format) {
		Response answer = client.get("/api/v1/providers/export?format=" + format);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		try {
			var request = java.net.http.HttpRequest
				.newBuilder(
						java.net.URI.create("http://localhost:" + port + "/api/v1/providers/export?format=" + format))
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder()
							.encodeToString(("resources:" + TandemTest.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build();
			return java.net.http.HttpClient.newHttpClient().send(request, BodyHandlers.ofByteArray()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Response upload(ApiClient client, String filename, String type, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send("POST", "/api/v1/providers/import", BodyPublishers.ofByteArray(body.toByteArray()),
				"multipart/form-data; boundary=" + BOUNDARY);
	}

}
