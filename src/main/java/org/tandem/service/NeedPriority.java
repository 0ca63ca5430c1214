package org.tandem.service;

/** How soon the team means to meet a need of the service plan. */
public enum NeedPriority {

	HIGH, MEDIUM, LOW

}
