package org.tandem.screening;

public enum ScreeningStatus {

	DRAFT, SUBMITTED

}
