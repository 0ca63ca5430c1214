/**
 * Services: the resource directory of providers and programs, the holistic-needs
 * taxonomy, a youth's service plan, referrals that close the loop, program attendance and
 * the county's gap analysis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services")
package org.tandem.service;
