package org.tandem.county;

import java.time.ZoneId;
import java.util.UUID;

public record County(UUID id, String name, ZoneId timeZone, boolean demo) {
}
