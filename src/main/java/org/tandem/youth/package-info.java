/**
 * The youth registry: who a youth is (names, aliases, date of birth, jurisdiction,
 * self-identified demographics, languages, a safe way to reach them) and which agencies
 * are involved. Every read and write is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Youth registry")
package org.tandem.youth;
