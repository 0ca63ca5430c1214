/**
 * The audit log: an append-only, hash-chained record of every read and write of a youth's
 * record, per county. Other modules call {@link org.tandem.audit.AuditLog}; nothing may
 * change an entry once written.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.tandem.audit;
