package org.tandem.county;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.Tenancy;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import org.tandem.platform.CountyId;

/**
 * Every moment an API answer carries is written with the county's offset (for example
 * {@code 2026-03-08T01:30:00-08:00}), as clocks always were: a client reads the same
 * local time the pages show, and the instant is unchanged. Without a signed-in county,
 * UTC.
 */
@Configuration(proxyBeanMethods = false)
class CountyTimeJson {

	@Bean
	JsonMapperBuilderCustomizer countyOffsets(Counties counties) {
		SimpleModule module = new SimpleModule("county-offsets");
		module.addSerializer(Instant.class, new AtCountyOffset(counties));
		return builder -> builder.addModule(module);
	}

	static final class AtCountyOffset extends StdSerializer<Instant> {

		private final Counties counties;

		/** A county's time zone never changes once it is created. */
		private final Map<UUID, ZoneId> zones = new ConcurrentHashMap<>();

		AtCountyOffset(Counties counties) {
			super(Instant.class);
			this.counties = counties;
		}

		@Override
		public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
			ZoneId zone = Tenancy.currentCounty()
				.map(county -> zones.computeIfAbsent(county,
						id -> counties.findById(CountyId.of(id)).map(County::timeZone).orElse(ZoneId.of("UTC"))))
				.orElse(ZoneId.of("UTC"));
			generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(zone)));
		}

	}

}
