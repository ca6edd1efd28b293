package vn.hoctap.scheduler.member.roster;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.member.MemberStatus;
import vn.hoctap.scheduler.unit.OrganisationHistory;
import vn.hoctap.scheduler.unit.UnitRepository;
import vn.hoctap.scheduler.unit.UnitRole;

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
            RETURNING id, (xmax = 0) AS inserted""";

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final OrganisationHistory history;

    public RosterImport(JdbcClient jdbc, UnitRepository units, OrganisationHistory history) {
        this.jdbc = jdbc;
        this.units = units;
        this.history = history;
    }

    /** Reads and validates the file without writing anything; every row counts as skipped. */
    public RosterReport check(String fileName, byte[] content) {
        return check(fileName, content, null);
    }

    /** {@link #check} for an importer limited to the subtree of {@code scopeUnitId} (null: everything). */
    public RosterReport check(String fileName, byte[] content, Long scopeUnitId) {
        RosterValidation.Result result;
        try {
            result = validate(fileName, content, scopeUnitId);
        } catch (RosterFileException e) {
            return RosterReport.fileProblems(List.of(RowProblem.file(e.getMessage())));
        }
        if (result.hasFileProblems()) {
            return RosterReport.fileProblems(result.problems());
        }
        return new RosterReport(result.rowsRead(), result.valid().size(), 0, 0, result.rowsRead(), result.problems(), result.outOfScope());
    }

    /**
     * Validates, then writes all rows in one transaction. With any row problem nothing is written
     * unless {@code importValidRows}, which writes the valid rows and skips the others; a
     * file-level problem always writes nothing. A database error rolls everything back and
     * propagates (as a {@link org.springframework.dao.DataAccessException}).
     */
    @Transactional
    public RosterReport importRoster(String fileName, byte[] content, boolean importValidRows) {
        return importRoster(fileName, content, importValidRows, null);
    }

    /**
     * {@link #importRoster} for an importer limited to the subtree of {@code scopeUnitId}: a row that
     * places a member outside it, or touches a member (same card number) who is outside it, refuses
     * the whole file, whatever {@code importValidRows} says.
     */
    @Transactional
    public RosterReport importRoster(String fileName, byte[] content, boolean importValidRows, Long scopeUnitId) {
        RosterValidation.Result result;
        try {
            result = validate(fileName, content, scopeUnitId);
        } catch (RosterFileException e) {
            return RosterReport.fileProblems(List.of(RowProblem.file(e.getMessage())));
        }
        if (result.hasFileProblems()) {
            return RosterReport.fileProblems(result.problems());
        }
        int rowsRead = result.rowsRead();
        int valid = result.valid().size();
        if (!result.problems().isEmpty() && (!importValidRows || result.outOfScope())) {
            return new RosterReport(rowsRead, valid, 0, 0, rowsRead, result.problems(), result.outOfScope());
        }
        // Members may move or leave: ended campaigns keep the organisation they were run in.
        history.freezeEndedCampaigns();
        int created = 0;
        for (RosterEntry entry : result.valid()) {
            var written = jdbc.sql(UPSERT).param("unit", entry.unitId()).param("name", entry.fullName())
                    .param("ref", entry.externalRef()).param("status", entry.status().name())
                    .query((rs, n) -> new long[] {rs.getLong("id"), rs.getBoolean("inserted") ? 1 : 0}).single();
            created += (int) written[1];
            if (entry.role() != null && entry.status() != MemberStatus.LEFT) {
                assignRole(entry.unitId(), written[0], entry.role());
            }
        }
        int updated = valid - created;
        log.info("Roster {} imported: {} rows, {} created, {} updated, {} skipped", fileName, rowsRead, created,
                updated, rowsRead - valid);
        return new RosterReport(rowsRead, valid, created, updated, rowsRead - valid, result.problems());
    }

    /** The role column: a new secretary replaces the unit's previous one; a member has one role per unit. */
    private void assignRole(long unitId, long memberId, UnitRole role) {
        jdbc.sql("DELETE FROM unit_roles WHERE unit_id = :u AND (member_id = :m OR role = 'SECRETARY' AND :r = 'SECRETARY')")
                .param("u", unitId).param("m", memberId).param("r", role.name()).update();
        jdbc.sql("INSERT INTO unit_roles (unit_id, member_id, role) VALUES (:u, :m, :r)").param("u", unitId).param("m", memberId)
                .param("r", role.name()).update();
    }

    private RosterValidation.Result validate(String fileName, byte[] content, Long scopeUnitId) throws RosterFileException {
        RosterTable table = RosterFiles.read(fileName, content);
        String scopePath = scopeUnitId == null ? null : units.findById(scopeUnitId).map(u -> u.path()).orElse("/none/");
        return RosterValidation.validate(table, new UnitResolver(jdbc, units, scopePath));
    }
}
