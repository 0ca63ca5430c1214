package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;

import tools.jackson.databind.json.JsonMapper;

/**
 * Typed ids travel as plain UUIDs in JSON and request paths, so clients see no
 * difference.
 */
class TypedIdsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ConversionService conversion = ApplicationConversionService.getSharedInstance();

	private final UUID uuid = UUID.fromString("7b0f3f6e-2a57-4a53-9d5e-0c7c3a9f41aa");

	record Event(YouthId youthId, AgencyId agencyId, List<UserId> invitees, CountyId countyId) {
	}

	@Test
	void jsonCarriesThePlainUuid() {
		Event event = new Event(new YouthId(uuid), new AgencyId(uuid), List.of(new UserId(uuid)), new CountyId(uuid));
		String text = json.writeValueAsString(event);
		assertThat(text)
			.isEqualTo("{\"youthId\":\"%1$s\",\"agencyId\":\"%1$s\",\"invitees\":[\"%1$s\"],\"countyId\":\"%1$s\"}"
				.formatted(uuid));
		assertThat(json.readValue(text, Event.class)).isEqualTo(event);
	}

	@Test
	void requestPathsConvertAndRefuseMalformedIds() {
		assertThat(conversion.convert(uuid.toString(), YouthId.class)).isEqualTo(new YouthId(uuid));
		assertThat(conversion.convert(uuid.toString(), AgencyId.class).value()).isEqualTo(uuid);
		assertThatThrownBy(() -> conversion.convert("not-an-id", YouthId.class))
			.isInstanceOf(ConversionFailedException.class);
	}

	@Test
	void differentKindsOfIdAreNeverEqual() {
		assertThat((Object) new YouthId(uuid)).isNotEqualTo(new AgencyId(uuid));
		assertThat(new YouthId(uuid)).hasToString(uuid.toString());
		assertThat(YouthId.of((UUID) null)).isNull();
		assertThatThrownBy(() -> new UserId(null)).isInstanceOf(NullPointerException.class);
	}

}
