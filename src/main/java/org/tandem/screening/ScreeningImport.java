package org.tandem.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.instrument.Instrument;
import org.tandem.instrument.Instruments;
import org.tandem.instrument.Score;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports historical screenings from CSV: a header
 * {@code youthId,instrumentId,instrumentVersion,
 * screenedOn} followed by one column per item id; a cell holds the item's answer value.
 * Every row is either imported or reported with its line, code and reason: nothing is
 * lost silently. Rows go in chunks, each in its own transaction, with one audit entry per
 * screening.
 */
@Service
public class ScreeningImport {

	static final List<String> FIXED = List.of("youthId", "instrumentId", "instrumentVersion", "screenedOn");

	static final int CHUNK = 5_000;

	static final int MAX_REPORTED_ERRORS = 1_000;

	public record RowError(long line, String code, String field, String message) {
	}

	public record Report(long rows, long imported, long rejected, boolean dryRun, List<RowError> errors,
			boolean moreErrors, long millis) {
	}

	private record Row(long line, UUID youthId, Instrument instrument, LocalDate screenedOn,
			Map<String, String> answers) {
	}

	private final JdbcClient jdbc;

	private final Instruments instruments;

	private final ScreeningService screenings;

	private final Screenings records;

	private final AuditLog audit;

	private final Tenancy tenancy;

	private final Problems problems;

	private final JsonMapper json;

	private final Clock clock;

	ScreeningImport(JdbcClient jdbc, Instruments instruments, ScreeningService screenings, Screenings records,
			AuditLog audit, Tenancy tenancy, Problems problems, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.screenings = screenings;
		this.records = records;
		this.audit = audit;
		this.tenancy = tenancy;
		this.problems = problems;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Reads the whole stream; with {@code dryRun}, checks every row and stores nothing.
	 */
	public Report importCsv(InputStream csv, boolean dryRun) {
		long started = System.nanoTime();
		CountyMember importer = Tenancy.currentMember()
			.orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
		UUID county = importer.countyId();
		LocalDate today = tenancy.inCounty(county, screenings::today);
		CsvRows rows = new CsvRows(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16));
		List<RowError> errors = new ArrayList<>();
		long[] counts = new long[3];
		try {
			List<String> header = rows.next();
			if (header == null || !header.subList(0, Math.min(header.size(), FIXED.size())).equals(FIXED)) {
				throw new TandemException(ErrorCode.CSV_UNREADABLE,
						"the first line must start with " + String.join(",", FIXED));
			}
			Map<String, Instrument> cache = new HashMap<>();
			List<List<String>> chunk = new ArrayList<>(CHUNK);
			List<Long> lines = new ArrayList<>(CHUNK);
			for (List<String> record = rows.next(); record != null || !chunk.isEmpty(); record = rows.next()) {
				if (record != null && !(record.size() == 1 && record.get(0).isBlank())) {
					chunk.add(record);
					lines.add(rows.line());
				}
				if (chunk.size() == CHUNK || (record == null && !chunk.isEmpty())) {
					List<List<String>> batch = List.copyOf(chunk);
					List<Long> batchLines = List.copyOf(lines);
					chunk.clear();
					lines.clear();
					tenancy.inCounty(county, () -> importChunk(header, batch, batchLines, cache, today, importer,
							dryRun, errors, counts));
				}
				if (record == null) {
					break;
				}
			}
		}
		catch (IOException ex) {
			throw new TandemException(ErrorCode.CSV_UNREADABLE, ex.getMessage());
		}
		return new Report(counts[0], counts[1], counts[2], dryRun, List.copyOf(errors), counts[2] > errors.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private void importChunk(List<String> header, List<List<String>> records, List<Long> lines,
			Map<String, Instrument> cache, LocalDate today, CountyMember importer, boolean dryRun,
			List<RowError> errors, long[] counts) {
		Map<UUID, LocalDate> known = knownYouth(records);
		List<Row> valid = new ArrayList<>(records.size());
		for (int r = 0; r < records.size(); r++) {
			counts[0]++;
			try {
				valid.add(parse(header, records.get(r), lines.get(r), cache, known, today));
			}
			catch (TandemException ex) {
				counts[2]++;
				if (errors.size() < MAX_REPORTED_ERRORS) {
					var field = ex.fieldErrors().isEmpty() ? null : ex.fieldErrors().get(0);
					errors.add(new RowError(lines.get(r), field == null ? ex.code().code() : field.code().code(),
							field == null ? null : field.field(),
							field == null ? problems.message(ex.code(), ex.args()) : problems.message(field)));
				}
			}
		}
		if (!dryRun && !valid.isEmpty()) {
			insert(valid, importer);
			audit.recordAll(ScreeningService.SUBMITTED, valid.stream().map(Row::youthId).toList(),
					Purpose.ADMINISTRATION, "imported");
		}
		counts[1] += dryRun ? 0 : valid.size();
	}

	private Row parse(List<String> header, List<String> record, long line, Map<String, Instrument> cache,
			Map<UUID, LocalDate> known, LocalDate today) {
		if (record.size() != header.size()) {
			throw new TandemException(ErrorCode.CSV_UNREADABLE,
					"line " + line + " has " + record.size() + " cells where the header has " + header.size());
		}
		UUID youthId;
		try {
			youthId = UUID.fromString(record.get(0).strip());
		}
		catch (IllegalArgumentException ex) {
			throw TandemException.onField(ErrorCode.YOUTH_NOT_FOUND, "youthId");
		}
		if (!known.containsKey(youthId)) {
			throw TandemException.onField(ErrorCode.YOUTH_NOT_FOUND, "youthId");
		}
		String instrumentId = record.get(1).strip();
		int version;
		try {
			version = Integer.parseInt(record.get(2).strip());
		}
		catch (NumberFormatException ex) {
			throw TandemException.onField(ErrorCode.INSTRUMENT_NOT_FOUND, "instrumentVersion", instrumentId,
					record.get(2));
		}
		Instrument instrument = cache.computeIfAbsent(instrumentId + "@" + version,
				key -> instruments.find(instrumentId, version).orElse(null));
		if (instrument == null) {
			throw TandemException.onField(ErrorCode.INSTRUMENT_NOT_FOUND, "instrumentId", instrumentId, version);
		}
		LocalDate screenedOn;
		try {
			screenedOn = LocalDate.parse(record.get(3).strip());
		}
		catch (DateTimeParseException ex) {
			throw TandemException.onField(ErrorCode.SCREENING_DATE_INVALID, "screenedOn");
		}
		if (screenedOn.isAfter(today) || screenedOn.isBefore(known.get(youthId))) {
			throw TandemException.onField(ErrorCode.SCREENING_DATE_INVALID, "screenedOn");
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (int c = FIXED.size(); c < header.size(); c++) {
			String value = record.get(c).strip();
			if (!value.isEmpty()) {
				answers.put(header.get(c), value);
			}
		}
		instrument.requireValid(answers, true);
		return new Row(line, youthId, instrument, screenedOn, answers);
	}

	/** The youth of the chunk that exist in the county, with their dates of birth. */
	private Map<UUID, LocalDate> knownYouth(List<List<String>> records) {
		List<UUID> ids = new ArrayList<>(records.size());
		for (List<String> record : records) {
			try {
				ids.add(UUID.fromString(record.get(0).strip()));
			}
			catch (IllegalArgumentException ex) {
				// reported for its row
			}
		}
		Map<UUID, LocalDate> known = new HashMap<>();
		jdbc.sql("select id, date_of_birth from youth_roster where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				known.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
			});
		return known;
	}

	/** All rows of a chunk in one statement: the arrays are unnested in step. */
	private void insert(List<Row> rows, CountyMember importer) {
		int n = rows.size();
		UUID[] ids = new UUID[n];
		UUID[] youth = new UUID[n];
		String[] instrumentIds = new String[n];
		Integer[] versions = new Integer[n];
		Integer[] scoringVersions = new Integer[n];
		String[] answers = new String[n];
		String[] screenedOn = new String[n];
		Integer[] scores = new Integer[n];
		String[] levels = new String[n];
		String[] indicatorScores = new String[n];
		String[] rescreenBy = new String[n];
		for (int i = 0; i < n; i++) {
			Row row = rows.get(i);
			Score score = row.instrument().score(row.answers());
			ids[i] = UUID.randomUUID();
			youth[i] = row.youthId();
			instrumentIds[i] = row.instrument().id();
			versions[i] = row.instrument().version();
			scoringVersions[i] = row.instrument().scoringVersion();
			answers[i] = json.writeValueAsString(row.answers());
			screenedOn[i] = row.screenedOn().toString();
			scores[i] = score.score();
			levels[i] = score.level();
			indicatorScores[i] = records.indicatorScores(score);
			rescreenBy[i] = Screenings.rescreenBy(score, row.screenedOn()).toString();
		}
		Instant now = clock.instant();
		jdbc.sql(
				"""
						insert into screening (county_id, id, youth_id, instrument_id, instrument_version, scoring_version, status,
						    answers, sources, script_confirmed, screened_on, started_by, started_at, updated_at, submitted_by,
						    submitted_agency, submitted_at, score, level, indicator_scores, rescreen_by, imported)
						select current_county(), r.id, r.youth_id, r.instrument_id, r.version, r.scoring_version, 'SUBMITTED',
						    r.answers, '{}', false, r.screened_on, :by, :now, :now, :by, :agency, :now, r.score, r.level,
						    r.indicator_scores, r.rescreen_by, true
						from unnest(:ids::uuid[], :youth::uuid[], :instruments::text[], :versions::int[], :scoringVersions::int[],
						            :answers::jsonb[], :screenedOn::date[], :scores::int[], :levels::text[], :indicatorScores::jsonb[],
						            :rescreenBy::date[])
						     as r(id, youth_id, instrument_id, version, scoring_version, answers, screened_on, score, level,
						          indicator_scores, rescreen_by)""")
			.param("by", importer.userId())
			.param("agency", importer.agencyId())
			.param("now", Timestamp.from(now))
			.param("ids", ids)
			.param("youth", youth)
			.param("instruments", instrumentIds)
			.param("versions", versions)
			.param("scoringVersions", scoringVersions)
			.param("answers", answers)
			.param("screenedOn", screenedOn)
			.param("scores", scores)
			.param("levels", levels)
			.param("indicatorScores", indicatorScores)
			.param("rescreenBy", rescreenBy)
			.update();
	}

}
