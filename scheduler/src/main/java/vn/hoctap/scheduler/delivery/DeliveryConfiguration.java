package vn.hoctap.scheduler.delivery;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.JedisPool;
import vn.hoctap.scheduler.campaign.SendingWindows;

/** Wires the shared rate limiter and the delivery worker to the sender the application provides. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    RateLimiter deliveryRateLimiter(JedisPool redis, DeliveryProperties props,
            @Value("${hoctap.storage.redis-key-prefix:hoctap:}") String prefix) {
        return new RateLimiter(redis, prefix, props);
    }

    @Bean
    DeliveryWorker deliveryWorker(Outbox outbox, RateLimiter limits, MessageSender sender, SendingWindows windows,
            DeliveryProperties props, Clock clock) {
        return new DeliveryWorker(outbox, limits, sender, windows, props, clock);
    }
}
