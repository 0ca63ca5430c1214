/**
 * Notifications: in-app and by e-mail, each fact once per person. Other modules decide
 * what notifies whom and call {@link org.tandem.notification.Notifications#notify}; this
 * module stores the notice in their transaction, shows the inbox and delivers mail
 * durably from PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.tandem.notification;
