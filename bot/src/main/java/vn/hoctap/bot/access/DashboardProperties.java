package vn.hoctap.bot.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin (created once, at the first start with no dashboard users) and the login
 * throttle: attempts allowed per user name and per client address within the window.
 */
@ConfigurationProperties("hoctap.dashboard")
public record DashboardProperties(
        @DefaultValue("admin") String adminUsername,
        String adminPassword,
        @DefaultValue("5") int loginAttemptsPerUser,
        @DefaultValue("20") int loginAttemptsPerAddress,
        @DefaultValue("15m") Duration loginWindow) {
}
