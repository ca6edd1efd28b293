package vn.hoctap.bot.onboarding;

import vn.hoctap.bot.access.UnitScope;

import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API endpoint (admins, or secretaries for their own members) that creates an invitation and returns its deep link (shown once). */
@RestController
class InvitationController {

    private final Invitations invitations;
    private final UnitScope scope;

    InvitationController(Invitations invitations, UnitScope scope) {
        this.invitations = invitations;
        this.scope = scope;
    }

    record CreateInvitation(Long memberId) {
    }

    @PostMapping("/api/invitations")
    ResponseEntity<?> create(@RequestBody CreateInvitation request) {
        if (request == null || request.memberId() == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "memberId is required"));
        }
        scope.requireMember(request.memberId());
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(invitations.create(request.memberId()));
        } catch (NoSuchElementException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no member " + request.memberId()));
        } catch (IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
        }
    }
}
