package vn.hoctap.bot.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The admin credential for the REST API (a bearer token; the dashboard brings real logins later). */
@ConfigurationProperties("hoctap.admin")
public record AdminProperties(String token) {
}
