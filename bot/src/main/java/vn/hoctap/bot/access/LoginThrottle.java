package vn.hoctap.bot.access;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import redis.clients.jedis.JedisPool;
import vn.hoctap.bot.storage.StorageProperties;

/**
 * Limits password guessing on {@code POST /login}: so many attempts per user name and per client
 * address within a window, counted in Redis so every instance shares them (Bucket4j). A successful
 * login clears the user name's count. A refused attempt never reaches the password check.
 */
@Component
public class LoginThrottle {

    private final ProxyManager<byte[]> buckets;
    private final String prefix;
    private final Supplier<BucketConfiguration> perUser;
    private final Supplier<BucketConfiguration> perAddress;

    LoginThrottle(JedisPool redis, StorageProperties storage, DashboardProperties props) {
        this.buckets = Bucket4jJedis.casBasedBuilder(redis)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(props.loginWindow()))
                .build();
        this.prefix = storage.redisKeyPrefix() + "login:";
        BucketConfiguration user = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(props.loginAttemptsPerUser()).refillIntervally(props.loginAttemptsPerUser(), props.loginWindow()))
                .build();
        BucketConfiguration address = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(props.loginAttemptsPerAddress()).refillIntervally(props.loginAttemptsPerAddress(), props.loginWindow()))
                .build();
        this.perUser = () -> user;
        this.perAddress = () -> address;
    }

    /** Counts one attempt; false when the address or the user name has used up its attempts. */
    public boolean tryAttempt(String username, String address) {
        String user = String.valueOf(username).toLowerCase(Locale.ROOT);
        return buckets.getProxy(key("ip:" + address), perAddress).tryConsume(1)
                && buckets.getProxy(key("user:" + user), perUser).tryConsume(1);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName().toLowerCase(Locale.ROOT);
        buckets.removeProxy(key("user:" + username));
    }

    private byte[] key(String suffix) {
        return (prefix + suffix).getBytes(StandardCharsets.UTF_8);
    }
}
