package org.tandem.platform;

import java.util.Collection;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.springframework.stereotype.Component;

/**
 * Scheduled work done county by county: each county in turn, under that county's tenancy,
 * one batch per transaction, then the next batch while the last one came back full (it
 * may have left more behind), then the next county. Short transactions keep locks brief,
 * and each county's rows are seen only under its own tenancy.
 */
@Component
public class CountyBatches {

	private final Tenancy tenancy;

	CountyBatches(Tenancy tenancy) {
		this.tenancy = tenancy;
	}

	/**
	 * Runs {@code batch} (which handles at most {@code size} items and returns how many
	 * it handled) in each county until it handles fewer than {@code size}; returns how
	 * many were handled in all.
	 */
	public int inEachCounty(Collection<UUID> countyIds, int size, IntSupplier batch) {
		int handled = 0;
		for (UUID county : countyIds) {
			int last;
			do {
				last = tenancy.inCounty(county, batch::getAsInt);
				handled += last;
			}
			while (last == size);
		}
		return handled;
	}

}
