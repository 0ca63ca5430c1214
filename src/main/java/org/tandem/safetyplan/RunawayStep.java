package org.tandem.safetyplan;

/**
 * One member's part if the youth runs: who (an agency, a person or a role) does what, for
 * example "Caregiver — calls the social worker and texts the youth 'we want you home
 * safe'".
 */
public record RunawayStep(String who, String does) {
}
