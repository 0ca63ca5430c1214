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
 * The words of a notification in one language. Texts say what happened in general terms only;
 * {@code {0}} is the notice's time ({@code at}) on the county clock. A {@code variant} parameter
 * picks a more specific text when the bundle has one (for example the tier of a response).
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
			String specific = messages.getMessage("notification." + kind + "." + variant + "." + part, args, null, locale);
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
