package vn.hoctap.bot.onboarding;

import java.time.Instant;

/** A freshly created invitation: the code is shown once, only its hash is stored. */
public record Invitation(long memberId, String code, String link, Instant expiresAt) {
}
