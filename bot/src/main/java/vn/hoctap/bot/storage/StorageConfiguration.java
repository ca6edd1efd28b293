package vn.hoctap.bot.storage;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * Chooses between configured servers and embedded ones. The embedded servers are the
 * {@code embeddedServers} singleton that {@link EmbeddedServersHeadStart} registers (and starts)
 * before the refresh; as a dependency of the pools, Spring stops them after the pools are closed.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    DataSource dataSource(StorageProperties props, EmbeddedServers embedded) {
        DatabaseUrls.Jdbc jdbc = isBlank(props.databaseUrl())
                ? new DatabaseUrls.Jdbc(embedded.postgres().jdbcUrl(), null, null)
                : DatabaseUrls.toJdbc(props.databaseUrl(), props.databaseUsername(), props.databasePassword());
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(jdbc.url());
        ds.setUsername(jdbc.username());
        ds.setPassword(jdbc.password());
        ds.setMaximumPoolSize(props.databasePoolSize());
        // Grow under load, shrink when idle: several instances (and test contexts) share one server.
        ds.setMinimumIdle(Math.min(4, props.databasePoolSize()));
        ds.setIdleTimeout(60_000);
        ds.setConnectionTimeout(5_000);
        ds.setPoolName("hoctap-db");
        return ds;
    }

    @Bean(destroyMethod = "close")
    JedisPool jedisPool(StorageProperties props, EmbeddedServers embedded) {
        RedisTarget redis = redisTarget(props, embedded);
        JedisPoolConfig pool = new JedisPoolConfig();
        pool.setMaxTotal(props.redisPoolSize());
        pool.setMaxWait(props.redisTimeout());
        // No PING per borrow (it doubled the Redis round trips of every reply): idle connections are
        // checked by the evictor instead, and a connection that broke (Redis restarted) fails its
        // command once, is discarded, and the caller's Redis-down path applies as for any outage.
        pool.setTestOnBorrow(false);
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(java.time.Duration.ofSeconds(30));
        int timeout = (int) props.redisTimeout().toMillis();
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeout).socketTimeoutMillis(timeout).database(redis.database());
        if (redis.user() != null) {
            client.user(redis.user());
        }
        if (redis.password() != null) {
            client.password(redis.password());
        }
        return new JedisPool(pool, new HostAndPort(redis.host(), redis.port()), client.build());
    }

    /** For Spring Session: the dashboard's web sessions live in the same Redis, through Jedis. */
    @Bean
    JedisConnectionFactory redisConnectionFactory(StorageProperties props, EmbeddedServers embedded) {
        RedisTarget redis = redisTarget(props, embedded);
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(redis.host(), redis.port());
        server.setUsername(redis.user());
        server.setPassword(redis.password());
        server.setDatabase(redis.database());
        JedisClientConfiguration client = JedisClientConfiguration.builder()
                .connectTimeout(props.redisTimeout()).readTimeout(props.redisTimeout()).usePooling().build();
        return new JedisConnectionFactory(server, client);
    }

    private static RedisTarget redisTarget(StorageProperties props, EmbeddedServers embedded) {
        return RedisTarget.parse(isBlank(props.redisUrl()) ? embedded.redis().url() : props.redisUrl());
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
