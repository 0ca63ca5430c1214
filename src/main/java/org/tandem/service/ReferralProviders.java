package org.tandem.service;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The provider (and program) a referral goes to, as the directory names them to the
 * signed-in person; empty when the directory has no such entry for their county, or the
 * program is not one of the provider's.
 */
@Component
class ReferralProviders {

	/** The names a referral shows; {@code program} null when no program was chosen. */
	record Names(String provider, String program) {
	}

	private final Directory directory;

	ReferralProviders(Directory directory) {
		this.directory = directory;
	}

	Optional<Names> names(UUID providerId, UUID programId) {
		return directory.find(new ProviderId(providerId)).flatMap(provider -> {
			if (programId == null) {
				return Optional.of(new Names(provider.name(), null));
			}
			return provider.programs()
				.stream()
				.filter(program -> program.id() != null && program.id().value().equals(programId))
				.findFirst()
				.map(program -> new Names(provider.name(), program.name()));
		});
	}

}
