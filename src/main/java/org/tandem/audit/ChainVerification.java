package org.tandem.audit;

/**
 * The outcome of checking a county's audit chain.
 *
 * @param entries how many entries were checked
 * @param firstBrokenSeq the first entry whose hash or link does not match, or null when intact
 */
public record ChainVerification(long entries, Long firstBrokenSeq) {

	public boolean intact() {
		return firstBrokenSeq == null;
	}
}
