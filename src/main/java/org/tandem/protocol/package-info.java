/**
 * The county's interagency protocol as data: tiers, clocks (elapsed or business time),
 * required and optional agencies, ongoing-MDT triggers, lead agency by jurisdiction and
 * the confidentiality script; versioned definition files checked against a published
 * schema, imported by the county administrator. A running response keeps the version it
 * started under.
 */
@org.springframework.modulith.ApplicationModule(displayName = "County protocol")
package org.tandem.protocol;
