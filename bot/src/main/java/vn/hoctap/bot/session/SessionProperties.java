package vn.hoctap.bot.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code hoctap.telegram.session-ttl}: how long an idle chat's dialogue state is kept. */
@ConfigurationProperties("hoctap.telegram")
public record SessionProperties(@DefaultValue("7d") Duration sessionTtl) {
}
