package vn.hoctap.bot.onboarding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.bot.onboarding.Redemption.Outcome;
import vn.hoctap.bot.telegram.BotIdentity;
import vn.hoctap.scheduler.member.Member;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.member.MemberStatus;

/**
 * Creates invitations and redeems them. Redeeming locks the invitation row, so two people racing
 * with one code cannot both link; a new invitation expires the member's earlier open ones; a member
 * already linked to one Telegram account cannot be taken over by another code; every refusal
 * changes nothing.
 */
@Service
public class Invitations {

    private final JdbcClient jdbc;
    private final MemberRepository members;
    private final BotIdentity bot;
    private final InvitationProperties props;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final InvitationCodes codes = new InvitationCodes();

    Invitations(JdbcClient jdbc, MemberRepository members, BotIdentity bot, InvitationProperties props, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.members = members;
        this.bot = bot;
        this.props = props;
        this.clock = clock;
    }

    /** @throws NoSuchElementException for an unknown member, IllegalStateException for one who left */
    public Invitation create(long memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> new NoSuchElementException("member " + memberId));
        if (member.status() == MemberStatus.LEFT) {
            throw new IllegalStateException("member " + memberId + " has left the organisation");
        }
        String code = codes.newCode();
        Instant now = clock.instant();
        Instant expires = now.plus(props.ttl());
        // Only the newest invitation of a member works: earlier codes that may have been forwarded expire now,
        // at the very instant the new one is created (which is how a redemption tells "replaced" from "expired").
        jdbc.sql("UPDATE invitations SET expires_at = :now WHERE member_id = :m AND used_at IS NULL AND expires_at > :now")
                .param("now", Timestamp.from(now)).param("m", memberId).update();
        jdbc.sql("INSERT INTO invitations (member_id, code_hash, created_at, expires_at) VALUES (:m, :h, :now, :e)")
                .param("m", memberId).param("h", InvitationCodes.hash(code))
                .param("now", Timestamp.from(now)).param("e", Timestamp.from(expires)).update();
        return new Invitation(memberId, code, bot.deepLink(code), expires);
    }

    @Transactional
    public Redemption redeem(String code, long telegramUserId) {
        if (!InvitationCodes.looksLikeCode(code)) {
            return Redemption.of(Outcome.UNKNOWN_CODE);
        }
        Optional<Row> found = jdbc.sql("""
                SELECT id, member_id, expires_at, used_at, used_by_telegram_user_id FROM invitations
                 WHERE code_hash = :h FOR UPDATE""").param("h", InvitationCodes.hash(code))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("member_id"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") != null, (Long) rs.getObject("used_by_telegram_user_id")))
                .optional();
        if (found.isEmpty()) {
            return Redemption.of(Outcome.UNKNOWN_CODE);
        }
        Row invitation = found.get();
        Member member = members.findById(invitation.memberId()).orElseThrow();
        Optional<Member> current = members.findByTelegramUserId(telegramUserId);
        if (current.isPresent() && current.get().id() == member.id()) {
            markUsed(invitation, telegramUserId);
            return new Redemption(Outcome.ALREADY_LINKED, member, null);
        }
        if (invitation.used()) {
            return Redemption.of(Outcome.USED_CODE);
        }
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            // A newer invitation made before this one ran out ended it early: it was replaced, not expired.
            boolean replaced = jdbc.sql("""
                    SELECT count(*) FROM invitations WHERE member_id = :m AND id > :id AND created_at <= :expires""")
                    .param("m", invitation.memberId()).param("id", invitation.id())
                    .param("expires", Timestamp.from(invitation.expiresAt())).query(Long.class).single() > 0;
            return new Redemption(replaced ? Outcome.SUPERSEDED_CODE : Outcome.EXPIRED_CODE, null, invitation.expiresAt());
        }
        if (member.status() == MemberStatus.LEFT) {
            return Redemption.of(Outcome.MEMBER_INACTIVE);
        }
        if (current.isPresent()) {
            return Redemption.of(Outcome.ACCOUNT_LINKED_TO_OTHER);
        }
        if (member.telegramUserId() != null) {
            // A second (older, forwarded or leaked) code must not move a linked member to another account.
            return Redemption.of(Outcome.MEMBER_LINKED_ELSEWHERE);
        }
        members.linkTelegram(member.id(), telegramUserId);
        markUsed(invitation, telegramUserId);
        events.publishEvent(new MemberLinked(member.id()));
        return new Redemption(Outcome.LINKED, members.findById(member.id()).orElseThrow(), null);
    }

    private void markUsed(Row invitation, long telegramUserId) {
        if (!invitation.used()) {
            jdbc.sql("UPDATE invitations SET used_at = :now, used_by_telegram_user_id = :t WHERE id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("t", telegramUserId).param("id", invitation.id())
                    .update();
        }
    }

    private record Row(long id, long memberId, Instant expiresAt, boolean used, Long usedBy) {
    }
}
