package vn.hoctap.bot.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/** Builds a small tree with one cell, members and documents for a test, through the real repositories. */
public final class StudyFixture {

    public final long province;
    public final long cell;
    private final MemberRepository members;
    private final DocumentRepository documents;
    private final AssignmentRepository assignments;

    public StudyFixture(UnitRepository units, MemberRepository members, DocumentRepository documents,
            AssignmentRepository assignments) {
        this.members = members;
        this.documents = documents;
        this.assignments = assignments;
        this.province = units.create(null, UnitLevel.PROVINCE, "Tỉnh thử " + System.nanoTime()).id();
        long district = units.create(province, UnitLevel.DISTRICT, "Huyện thử").id();
        long commune = units.create(district, UnitLevel.COMMUNE, "Xã thử").id();
        this.cell = units.create(commune, UnitLevel.CELL, "Chi bộ thử").id();
    }

    public long member(String name) {
        return members.create(cell, name).id();
    }

    /** A document with a unique number and the given summary, assigned to the whole province. */
    public long assignment(String title, String summary, Duration untilDeadline) {
        String number = Long.toString(Math.abs(System.nanoTime() % 1_000_000));
        long doc = documents.save(new NewDocument("NQ", number, "TW", LocalDate.of(2017, 10, 25), title, summary)).id();
        Instant now = Instant.now();
        return assignments.create(doc, province, now.minus(Duration.ofMinutes(5)), now.plus(untilDeadline));
    }

    public String code(long assignmentId) {
        return documents.findById(assignments.documentOf(assignmentId).orElseThrow()).orElseThrow().code();
    }
}
