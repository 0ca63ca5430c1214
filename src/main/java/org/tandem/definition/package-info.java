/**
 * Definitions as data: the versioned files a county loads instead of waiting for a
 * release (instruments, its protocol, its disclosure rules, and the kinds that follow).
 * One catalogue reads each file against its published schema and rules, keeps every
 * county's imports to itself, never lets a stored version change, and keeps what it
 * compiled. Owns the table {@code definition_version}.
 *
 * <p>
 * Adding a kind, in the module that owns it: a JSON Schema file; a record type that
 * implements {@link org.tandem.definition.Versioned}; a rules class for what the schema
 * cannot say (returning {@link org.tandem.definition.DefinitionProblem}s with their field
 * paths); a shipped model file; and one registration, a
 * {@code @Bean DefinitionCatalogue<YourType>} returning
 * {@code definitions.register(KIND)} for a {@link org.tandem.definition.DefinitionKind}
 * constant (see {@code instrument.InstrumentKind}). No table and no migration: every kind
 * shares {@code definition_version}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Definitions")
package org.tandem.definition;
