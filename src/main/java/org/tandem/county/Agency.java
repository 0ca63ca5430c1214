package org.tandem.county;

import java.util.UUID;

public record Agency(UUID countyId, UUID id, String name, AgencyType type, boolean active) {
}
