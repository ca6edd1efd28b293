package vn.hoctap.bot.storage;

import java.net.URI;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

import com.zaxxer.hikari.HikariDataSource;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * Chooses between configured servers and embedded ones. Embedded servers are beans so Spring stops
 * them after the pools that use them are closed.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedServers embeddedServers(StorageProperties props) {
        return new EmbeddedServers(props);
    }

    @Bean
    DataSource dataSource(StorageProperties props, EmbeddedServers embedded) {
        DatabaseUrls.Jdbc jdbc = isBlank(props.databaseUrl())
                ? new DatabaseUrls.Jdbc(embedded.postgres().jdbcUrl(), null, null)
                : DatabaseUrls.toJdbc(props.databaseUrl(), props.databaseUsername(), props.databasePassword());
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(jdbc.url());
        ds.setUsername(jdbc.username());
        ds.setPassword(jdbc.password());
        ds.setMaximumPoolSize(10);
        ds.setConnectionTimeout(5_000);
        ds.setPoolName("hoctap-db");
        return ds;
    }

    @Bean(destroyMethod = "close")
    JedisPool jedisPool(StorageProperties props, EmbeddedServers embedded) {
        URI uri = redisUri(props, embedded);
        JedisPoolConfig pool = new JedisPoolConfig();
        pool.setMaxTotal(props.redisPoolSize());
        pool.setMaxWait(props.redisTimeout());
        pool.setTestOnBorrow(true);
        int timeout = (int) props.redisTimeout().toMillis();
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeout).socketTimeoutMillis(timeout);
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            if (parts.length == 2) {
                if (!parts[0].isEmpty()) {
                    client.user(parts[0]);
                }
                client.password(parts[1]);
            }
        }
        if (uri.getPath() != null && uri.getPath().length() > 1) {
            client.database(Integer.parseInt(uri.getPath().substring(1)));
        }
        int port = uri.getPort() < 0 ? 6379 : uri.getPort();
        return new JedisPool(pool, new HostAndPort(uri.getHost(), port), client.build());
    }

    /** For Spring Session: the dashboard's web sessions live in the same Redis, through Jedis. */
    @Bean
    JedisConnectionFactory redisConnectionFactory(StorageProperties props, EmbeddedServers embedded) {
        URI uri = redisUri(props, embedded);
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            if (parts.length == 2) {
                if (!parts[0].isEmpty()) {
                    server.setUsername(parts[0]);
                }
                server.setPassword(parts[1]);
            }
        }
        if (uri.getPath() != null && uri.getPath().length() > 1) {
            server.setDatabase(Integer.parseInt(uri.getPath().substring(1)));
        }
        JedisClientConfiguration client = JedisClientConfiguration.builder()
                .connectTimeout(props.redisTimeout()).readTimeout(props.redisTimeout()).usePooling().build();
        return new JedisConnectionFactory(server, client);
    }

    private static URI redisUri(StorageProperties props, EmbeddedServers embedded) {
        return URI.create(isBlank(props.redisUrl()) ? embedded.redis().url() : props.redisUrl());
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
