package vn.hoctap.bot.members;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.onboarding.Invitation;
import vn.hoctap.bot.onboarding.Invitations;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The printable sheet of invitation QR codes for one unit's members who have not linked Telegram
 * yet, to hand out at the cell meeting. Printing makes new codes, so it is a POST and the earlier
 * sheet's codes stop working (only a member's newest invitation is valid).
 */
@DashboardPage
class InvitationSheetPages {

    /** One card on the sheet. */
    record Card(String fullName, String externalRef, String link, String qrSvg, java.time.Instant expiresAt) {
    }

    private final Invitations invitations;
    private final QrCodes qr;
    private final UnitScope scope;
    private final UnitRepository units;
    private final MemberRepository members;

    InvitationSheetPages(Invitations invitations, QrCodes qr, UnitScope scope, UnitRepository units, MemberRepository members) {
        this.invitations = invitations;
        this.qr = qr;
        this.scope = scope;
        this.units = units;
        this.members = members;
    }

    @GetMapping("/units/{id}/invitations")
    String confirm(@PathVariable long id, Model model) {
        scope.requireUnit(id);
        model.addAttribute("unit", unit(id));
        model.addAttribute("unlinked", members.unlinkedIn(id).size());
        return "members/invitations-confirm";
    }

    @PostMapping("/units/{id}/invitations")
    String sheet(@PathVariable long id, Model model) {
        scope.requireUnit(id);
        Unit unit = unit(id);
        List<Card> cards = members.unlinkedIn(id).stream().map(m -> {
            Invitation inv = invitations.create(m.id());
            return new Card(m.fullName(), m.externalRef(), inv.link(), qr.svg(inv.link()), inv.expiresAt());
        }).toList();
        model.addAttribute("unit", unit);
        model.addAttribute("cards", cards);
        return "members/invitations";
    }

    /** A fresh invitation for one member, from the member page; the member's older codes stop working. */
    @PostMapping("/members/{id}/invitation")
    String one(@PathVariable long id, Model model) {
        scope.requireMember(id);
        MemberRepository.Unlinked m = members.unlinked(id).orElseThrow(() -> new NoSuchElementException("unlinked member " + id));
        Invitation inv = invitations.create(m.id());
        model.addAttribute("unit", unit(m.unitId()));
        model.addAttribute("cards", List.of(new Card(m.fullName(), m.externalRef(), inv.link(), qr.svg(inv.link()), inv.expiresAt())));
        return "members/invitations";
    }

    private Unit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NoSuchElementException("unit " + id));
    }
}
