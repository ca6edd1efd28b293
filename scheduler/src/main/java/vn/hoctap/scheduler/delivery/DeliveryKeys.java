package vn.hoctap.scheduler.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Redis key prefix of this installation ({@code hoctap.storage.redis-key-prefix}, owned by the
 * app's storage settings), so the send budget of two installations on one Redis never mix.
 */
@ConfigurationProperties("hoctap.storage")
public record DeliveryKeys(@DefaultValue("hoctap:") String redisKeyPrefix) {
}
