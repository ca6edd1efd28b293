package vn.hoctap.bot.onboarding;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.bot.access.UnitScope;

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
    ResponseEntity<Invitation> create(@RequestBody CreateInvitation request) {
        if (request == null || request.memberId() == null) {
            throw new IllegalArgumentException("memberId is required");
        }
        scope.requireMember(request.memberId());
        return ResponseEntity.status(HttpStatus.CREATED).body(invitations.create(request.memberId()));
    }
}
