package org.tandem.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.TandemTest;

/**
 * Pages over plain HTTP as a browser would ask for them, without a browser: a session
 * cookie from the form login, redirects not followed (so "send to the sign-in page" is
 * visible as a 302).
 */
public final class PageSession {

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	public record Answer(int status, String body) {
	}

	private PageSession(int port) {
		this.port = port;
	}

	/** Nobody signed in. */
	public static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	/** Signed in as a demo user with the test password. */
	public static PageSession signedIn(int port, String username) {
		PageSession session = new PageSession(port);
		String login = session.get("/login").body();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TandemTest.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
		Answer answer = session.send(session.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
		if (answer.status() != 302) {
			throw new IllegalStateException("sign-in of " + username + " answered " + answer.status());
		}
		return session;
	}

	public Answer get(String path) {
		return send(request(path).GET());
	}

	/** Submits a form as typed, with the CSRF token of the page it is on. */
	public Answer post(String page, String path, java.util.Map<String, String> fields) {
		StringBuilder form = new StringBuilder(
				"_csrf=" + URLEncoder.encode(csrf(get(page).body()), StandardCharsets.UTF_8));
		fields.forEach((name, value) -> form.append('&')
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form.toString())));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30));
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrf(String html) {
		Matcher input = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(html);
		if (!input.find()) {
			throw new IllegalStateException("no CSRF token in the sign-in page");
		}
		return input.group(1);
	}

}
