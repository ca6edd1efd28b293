package vn.hoctap.bot.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an invitation stays valid. */
@ConfigurationProperties("hoctap.invitations")
public record InvitationProperties(@DefaultValue("14d") Duration ttl) {
}
