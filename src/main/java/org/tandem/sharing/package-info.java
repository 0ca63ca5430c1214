/**
 * Sharing as the county's MOU, the law and the youth allow: the one policy decision point
 * ({@link org.tandem.sharing.Disclosures}) over the county's disclosure rules (versioned
 * data), team membership, the youth's consents and refusals, and time-limited emergency
 * ("break-glass") access with supervisor review; and the accounting of disclosures read
 * from the audit log.
 *
 * <p>
 * Depends only on platform, county, audit and definition (which keeps the rules'
 * versions): the modules that hold youth data call this one, so it never calls them.
 * Where it needs a fact they own (a youth exists; an agency has an open case) it reads
 * the read model (a view) they publish for it, in the same SQL statement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing",
		allowedDependencies = { "platform", "county", "audit", "definition" })
package org.tandem.sharing;
