package org.tandem.sharing;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tandem.audit.Purpose;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;

/**
 * The fields of one of the youth's choices: typed names, dates and texts read and refused
 * on their field, and a stored row read back.
 */
final class ConsentFields {

	private ConsentFields() {
	}

	static Consent.Decision decision(String value) {
		Consent.Decision decision = Inputs.choice(Consent.Decision.class, value, "decision");
		if (decision == null) {
			throw Inputs.notOneOf("decision", Inputs.allowed(Consent.Decision.class));
		}
		return decision;
	}

	static List<Category> categories(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw TandemException.onField(ErrorCode.CONSENT_CATEGORIES_REQUIRED, "categories");
		}
		Set<Category> categories = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i++) {
			categories.add(Inputs.choice(Category.class, names.get(i), "categories[" + i + "]"));
		}
		return List.copyOf(categories);
	}

	static List<Purpose> purposes(List<String> names) {
		if (names == null || names.isEmpty()) {
			return null;
		}
		Set<Purpose> purposes = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i++) {
			purposes.add(Inputs.choice(Purpose.class, names.get(i), "purposes[" + i + "]"));
		}
		return List.copyOf(purposes);
	}

	static LocalDate date(String value, String field) {
		return Inputs.date(value, field);
	}

	static String text(String value, String field, int max) {
		return Inputs.text(value, field, max);
	}

	static Consent map(ResultSet rs, ZoneId zone, LocalDate today) throws SQLException {
		Date expires = rs.getDate("expires_on");
		LocalDate expiresOn = expires == null ? null : expires.toLocalDate();
		LocalDate givenOn = rs.getDate("given_on").toLocalDate();
		Timestamp revoked = rs.getTimestamp("revoked_at");
		List<String> purposeNames = strings(rs.getArray("purposes"));
		boolean active = revoked == null && !givenOn.isAfter(today) && (expiresOn == null || !today.isAfter(expiresOn));
		return new Consent(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				Consent.Decision.valueOf(rs.getString("decision")),
				strings(rs.getArray("categories")).stream().map(Category::valueOf).toList(),
				rs.getObject("recipient_agency_id", UUID.class), rs.getString("agency_name"),
				rs.getObject("recipient_user_id", UUID.class), rs.getString("user_name"),
				purposeNames == null ? null : purposeNames.stream().map(Purpose::valueOf).toList(), givenOn, expiresOn,
				rs.getString("witnessed_by"), rs.getString("note"), rs.getObject("recorded_by", UUID.class),
				Teams.at(rs.getTimestamp("recorded_at"), zone), Teams.at(revoked, zone),
				rs.getObject("revoked_by", UUID.class), rs.getString("revocation_reason"), active,
				bases(strings(rs.getArray("legal_bases"))), null);
	}

	static Map<Category, String> bases(List<String> entries) {
		Map<Category, String> bases = new EnumMap<>(Category.class);
		for (String entry : entries == null ? List.<String>of() : entries) {
			int at = entry.indexOf('=');
			bases.put(Category.valueOf(entry.substring(0, at)), entry.substring(at + 1));
		}
		return bases;
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? null : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

}
