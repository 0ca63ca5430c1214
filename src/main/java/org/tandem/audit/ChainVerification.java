package org.tandem.audit;

/**
 * The outcome of checking a county's audit chain.
 *
 * @param entries how many entries were checked
 * @param intact whether every entry links to its predecessor and carries the hash of its
 * content
 * @param firstBrokenSeq the first entry whose hash or link does not match, or null when
 * intact
 */
public record ChainVerification(long entries, boolean intact, Long firstBrokenSeq) {

	static ChainVerification of(long entries, Long firstBrokenSeq) {
		return new ChainVerification(entries, firstBrokenSeq == null, firstBrokenSeq);
	}
}
