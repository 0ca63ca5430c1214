package org.tandem.report;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies of the county by name: every one is a column, counted or not. */
@Repository
class ReportAgencies {

	private final JdbcClient jdbc;

	ReportAgencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> names() {
		return this.jdbc.sql("select name from report_agency order by name").query(String.class).list();
	}

}
