package vn.hoctap.scheduler.member.roster;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Loads a unit secretary's member list (CSV or XLSX) into {@code members}, keyed by the party
 * card number, so admins keep the roster in the spreadsheet they already have. The dashboard
 * first calls {@link #check} to show every problem, then {@link #importRoster}. Members missing
 * from the file are left alone: a roster is not a full sync.
 */
@Service
public class RosterImport {

    private static final Logger log = LoggerFactory.getLogger(RosterImport.class);

    /**
     * Upsert by card number. A member the bot marked BLOCKED (they blocked the bot) stays BLOCKED
     * when the roster merely says they are active: the roster knows membership, not Telegram.
     * {@code xmax = 0} is how PostgreSQL tells an inserted row from an updated one.
     */
    private static final String UPSERT = """
            INSERT INTO members (unit_id, full_name, external_ref, status) VALUES (:unit, :name, :ref, :status)
            ON CONFLICT (external_ref) DO UPDATE SET unit_id = EXCLUDED.unit_id, full_name = EXCLUDED.full_name,
                status = CASE WHEN members.status = 'BLOCKED' AND EXCLUDED.status = 'ACTIVE' THEN 'BLOCKED'
                              ELSE EXCLUDED.status END
            RETURNING (xmax = 0) AS inserted""";

    private final JdbcClient jdbc;
    private final UnitRepository units;

    public RosterImport(JdbcClient jdbc, UnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Reads and validates the file without writing anything; every row counts as skipped. */
    public RosterReport check(String fileName, byte[] content) {
        RosterValidation.Result result;
        try {
            result = validate(fileName, content);
        } catch (RosterFileException e) {
            return RosterReport.fileProblems(List.of(RowProblem.file(e.getMessage())));
        }
        if (result.hasFileProblems()) {
            return RosterReport.fileProblems(result.problems());
        }
        return new RosterReport(result.rowsRead(), result.valid().size(), 0, 0, result.rowsRead(), result.problems());
    }

    /**
     * Validates, then writes all rows in one transaction. With any row problem nothing is written
     * unless {@code importValidRows}, which writes the valid rows and skips the others; a
     * file-level problem always writes nothing. A database error rolls everything back and
     * propagates (as a {@link org.springframework.dao.DataAccessException}).
     */
    @Transactional
    public RosterReport importRoster(String fileName, byte[] content, boolean importValidRows) {
        RosterValidation.Result result;
        try {
            result = validate(fileName, content);
        } catch (RosterFileException e) {
            return RosterReport.fileProblems(List.of(RowProblem.file(e.getMessage())));
        }
        if (result.hasFileProblems()) {
            return RosterReport.fileProblems(result.problems());
        }
        int rowsRead = result.rowsRead();
        int valid = result.valid().size();
        if (!result.problems().isEmpty() && !importValidRows) {
            return new RosterReport(rowsRead, valid, 0, 0, rowsRead, result.problems());
        }
        int created = 0;
        for (RosterEntry entry : result.valid()) {
            boolean inserted = jdbc.sql(UPSERT).param("unit", entry.unitId()).param("name", entry.fullName())
                    .param("ref", entry.externalRef()).param("status", entry.status().name())
                    .query(Boolean.class).single();
            created += inserted ? 1 : 0;
        }
        int updated = valid - created;
        log.info("Roster {} imported: {} rows, {} created, {} updated, {} skipped", fileName, rowsRead, created,
                updated, rowsRead - valid);
        return new RosterReport(rowsRead, valid, created, updated, rowsRead - valid, result.problems());
    }

    private RosterValidation.Result validate(String fileName, byte[] content) throws RosterFileException {
        RosterTable table = RosterFiles.read(fileName, content);
        return RosterValidation.validate(table, new UnitResolver(jdbc, units));
    }
}
