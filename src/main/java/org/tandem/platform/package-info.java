/**
 * What every module stands on: the error catalogue, county tenancy for transactions, the
 * embedded database and the web conventions. Open to all modules; depends on none of
 * them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tandem.platform;
