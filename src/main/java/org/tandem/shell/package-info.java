/**
 * The shell of the pages: sign-in, the start page and what every page knows about its
 * viewer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.tandem.shell;
