package org.tandem.county;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.UserId;

@Repository
@Transactional(readOnly = true)
public class TrainingRecords {

	private final JdbcClient jdbc;

	TrainingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TrainingRecord> forUser(UserId userId) {
		return jdbc.sql("""
				select id, user_id, course, completed_on, expires_on from training_record
				where user_id = ? order by completed_on desc""")
			.param(userId.value())
			.query((rs, n) -> new TrainingRecord(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("course"), rs.getObject("completed_on", LocalDate.class),
					rs.getObject("expires_on", LocalDate.class)))
			.list();
	}

	/** Whether the person holds a training that is current on the given day. */
	public boolean hasCurrentTraining(UserId userId, LocalDate day) {
		return forUser(userId).stream().anyMatch(record -> record.currentOn(day));
	}

	@Transactional
	public TrainingRecord add(UUID userId, String course, LocalDate completedOn, LocalDate expiresOn, UUID recordedBy) {
		if (expiresOn != null && expiresOn.isBefore(completedOn)) {
			throw TandemException.onField(ErrorCode.TRAINING_DATES_INVERTED, "expiresOn");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_record (county_id, id, user_id, course, completed_on, expires_on, recorded_by)
				values (current_county(), ?, ?, ?, ?, ?, ?)""")
			.params(id, userId, course.strip(), completedOn, expiresOn, recordedBy)
			.update();
		return new TrainingRecord(id, userId, course.strip(), completedOn, expiresOn);
	}

	@Transactional
	public void remove(UUID userId, UUID id) {
		jdbc.sql("delete from training_record where user_id = ? and id = ?").params(userId, id).update();
	}

}
