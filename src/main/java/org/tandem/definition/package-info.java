/**
 * Definitions as data: the versioned files a county loads instead of waiting for a release
 * (instruments, its protocol, its disclosure rules, and the kinds that follow). One catalogue reads
 * each file against its published schema and rules, keeps every county's imports to itself, never
 * lets a stored version change, and keeps what it compiled. A kind is declared once
 * ({@link org.tandem.definition.DefinitionKind}) and registered once
 * ({@link org.tandem.definition.Definitions#register}). Owns the table {@code definition_version}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Definitions")
package org.tandem.definition;
