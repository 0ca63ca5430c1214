package org.tandem.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a notification in one language. Texts (e-mailed too) say what happened in
 * general terms only; {@code {0}} is the notice's time ({@code at}) on the county clock.
 * In-app texts may name the youth ({@code {1}}) and the task or clock ({@code {2}}). A
 * {@code variant} parameter picks a more specific text when the bundle has one (for
 * example the tier of a response).
 */
@Component
class NotificationTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String kind, Map<String, String> params, Locale locale, ZoneId zone) {
		return message(kind, "text", params, locale, zone);
	}

	/**
	 * The text shown in Tandem itself: about one youth, it names them ({@code youth}: as
	 * the viewer may see the name) and what is owed ({@code task} or {@code clock} in
	 * words); otherwise, or without such a text, the general one. Never e-mailed.
	 */
	String inApp(String kind, Map<String, String> params, String youth, Locale locale, ZoneId zone) {
		if (params.get("youth") == null) {
			return text(kind, params, locale, zone);
		}
		Object[] args = { time(params.get("at"), zone), youth, what(params, locale) };
		String variant = params.get("variant");
		String specific = variant == null ? null
				: messages.getMessage("notification." + kind + "." + variant + ".inApp", args, null, locale);
		if (specific != null) {
			return specific;
		}
		String text = messages.getMessage("notification." + kind + ".inApp", args, null, locale);
		return text != null ? text : text(kind, params, locale, zone);
	}

	/**
	 * The task or clock a notice is about, in words (a clock of a county's own protocol:
	 * its name).
	 */
	private String what(Map<String, String> params, Locale locale) {
		if (params.get("task") != null) {
			return messages.getMessage("task." + params.get("task"), null, params.get("task"), locale);
		}
		if (params.get("clock") != null) {
			return messages.getMessage("clock." + params.get("clock"), null, params.get("clock"), locale);
		}
		return "";
	}

	String subject(String kind, Map<String, String> params, Locale locale, ZoneId zone) {
		return message(kind, "subject", params, locale, zone);
	}

	String get(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String message(String kind, String part, Map<String, String> params, Locale locale, ZoneId zone) {
		Object[] args = { time(params.get("at"), zone) };
		String variant = params.get("variant");
		if (variant != null) {
			String specific = messages.getMessage("notification." + kind + "." + variant + "." + part, args, null,
					locale);
			if (specific != null) {
				return specific;
			}
		}
		return messages.getMessage("notification." + kind + "." + part, args,
				messages.getMessage("notification.GENERIC." + part, args, locale), locale);
	}

	private static String time(String at, ZoneId zone) {
		if (at == null) {
			return "";
		}
		try {
			return TIME.format(Instant.parse(at).atZone(zone));
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

	static Locale locale(String language) {
		return "es".equals(language) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
	}

}
