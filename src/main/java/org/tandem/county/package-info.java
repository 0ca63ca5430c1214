/**
 * Counties, their agencies, the people who work in them, their roles and training, and
 * how they sign in (form, HTTP Basic, OIDC bearer tokens).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Counties and people")
package org.tandem.county;
