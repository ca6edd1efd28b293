package vn.hoctap.bot.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where data lives. Blank URLs mean "start embedded servers under {@code dataDir}", which is what
 * lets {@code java -jar} run on a fresh machine; configured URLs always win. The database pool
 * must cover the update workers (each holds a connection while it handles an update), the delivery
 * threads, Quartz, the long-polling lock and the dashboard.
 */
@ConfigurationProperties("hoctap.storage")
public record StorageProperties(
        @DefaultValue("data") Path dataDir,
        String databaseUrl,
        String databaseUsername,
        String databasePassword,
        String redisUrl,
        @DefaultValue("hoctap:") String redisKeyPrefix,
        @DefaultValue("2s") Duration redisTimeout,
        @DefaultValue("16") int redisPoolSize,
        @DefaultValue("24") int databasePoolSize) {
}
