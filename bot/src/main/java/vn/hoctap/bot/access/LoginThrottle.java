package vn.hoctap.bot.access;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPool;

import vn.hoctap.bot.storage.StorageProperties;

/**
 * Limits password guessing on {@code POST /login} and HTTP Basic: so many failed attempts per user
 * name and per client address within a window, counted in Redis so every instance shares them
 * (Bucket4j). Only failures count (a whole office behind one address logging in, or a script
 * calling the API all day, never locks anyone out); a successful login clears the user name's
 * count. A refused attempt never reaches the password check. Concurrent guesses may each pass the
 * check before their failures are counted: at most one extra guess per request in flight.
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

    /** False when the address or the user name has used up its failed attempts in the window. */
    public boolean allows(String username, String address) {
        String user = String.valueOf(username).toLowerCase(Locale.ROOT);
        return buckets.getProxy(key("ip:" + address), perAddress).getAvailableTokens() > 0
                && buckets.getProxy(key("user:" + user), perUser).getAvailableTokens() > 0;
    }

    /** Counts one failed attempt against the user name and the address. */
    void failed(String username, String address) {
        String user = String.valueOf(username).toLowerCase(Locale.ROOT);
        buckets.getProxy(key("ip:" + address), perAddress).tryConsume(1);
        buckets.getProxy(key("user:" + user), perUser).tryConsume(1);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        failed(event.getAuthentication().getName(), address);
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
