package org.tandem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls against the running application, with HTTP Basic or a bearer token.
 * Immutable: {@link #as}, {@link #bearer} and {@link #header} return a new client.
 */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String authorization;

	private final List<String[]> headers;

	public ApiClient(int port) {
		this(port, null, List.of());
	}

	private ApiClient(int port, String authorization, List<String[]> headers) {
		this.port = port;
		this.authorization = authorization;
		this.headers = headers;
	}

	/** Signs in as a demo user with the test password. */
	public ApiClient as(String username) {
		return as(username, TandemTest.PASSWORD);
	}

	public ApiClient as(String username, String password) {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ApiClient(port, "Basic " + basic, headers);
	}

	public ApiClient bearer(String token) {
		return new ApiClient(port, "Bearer " + token, headers);
	}

	public ApiClient header(String name, String value) {
		List<String[]> more = new ArrayList<>(headers);
		more.add(new String[] { name, value });
		return new ApiClient(port, authorization, List.copyOf(more));
	}

	/**
	 * The signed-in user as {@code GET /api/v1/me} describes them (id, county, agency,
	 * roles).
	 */
	public JsonNode me() {
		Response me = get("/api/v1/me");
		if (me.status() != 200) {
			throw new AssertionError("GET /api/v1/me failed: " + me);
		}
		return me.json();
	}

	public String agencyId() {
		return me().path("agency").path("id").asString();
	}

	public String userId() {
		return me().path("id").asString();
	}

	public Response get(String path) {
		return send("GET", path, BodyPublishers.noBody(), null);
	}

	/** Posts a JSON body: a String is sent as it is, anything else is written as JSON. */
	public Response post(String path, Object body) {
		return send("POST", path, BodyPublishers.ofString(json(body), StandardCharsets.UTF_8), "application/json");
	}

	public Response put(String path, Object body) {
		return send("PUT", path, BodyPublishers.ofString(json(body), StandardCharsets.UTF_8), "application/json");
	}

	public Response send(String method, String path, BodyPublisher body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json")
			.method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		for (String[] header : headers) {
			request.setHeader(header[0], header[1]);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object body) {
		return body instanceof String text ? text : JSON.writeValueAsString(body);
	}

	/** What came back. */
	public record Response(int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public Optional<String> header(String name) {
			return headers.firstValue(name);
		}

		public String contentType() {
			return header("Content-Type").orElse("");
		}

		/** The catalogue code of a problem response. */
		public String code() {
			return json().path("code").asString("");
		}

		public UUID id() {
			return UUID.fromString(json().path("id").asString());
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}

}
