package org.tandem.service;

/** Where a need of the service plan stands. */
public enum NeedStatus {

	OPEN, MET, NO_LONGER_NEEDED, DECLINED_BY_YOUTH

}
