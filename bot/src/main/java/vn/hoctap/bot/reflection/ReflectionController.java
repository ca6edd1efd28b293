package vn.hoctap.bot.reflection;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.reflection.Reflection;
import vn.hoctap.scheduler.reflection.Reflections;

/** Admin view of an assignment's reflections with their copy flags (the secretary's page comes with the dashboard). */
@RestController
class ReflectionController {

    record Submission(long memberId, String memberName, int words, Instant submittedAt, boolean planSubmitted, String reflection,
            String plan, List<Reflections.Flag> flags) {
    }

    private final Reflections reflections;
    private final MemberRepository members;
    private final UnitScope scope;

    ReflectionController(Reflections reflections, MemberRepository members, UnitScope scope) {
        this.scope = scope;
        this.reflections = reflections;
        this.members = members;
    }

    @GetMapping("/api/assignments/{id}/reflections")
    List<Submission> list(@PathVariable long id) {
        scope.requireAssignment(id);
        return reflections.ofAssignment(id, scope.current().unitId()).stream().map(r -> new Submission(r.memberId(),
                members.findById(r.memberId()).map(m -> m.fullName()).orElse(""), Reflection.words(r.reflection()), r.reflectionAt(),
                r.planAt() != null, r.reflection(), r.plan(), reflections.flags(r.id()))).toList();
    }
}
