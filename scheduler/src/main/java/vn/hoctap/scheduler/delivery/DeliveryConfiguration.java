package vn.hoctap.scheduler.delivery;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPool;

/** Wires the shared send budget and the delivery worker to the sender and rules the application provides. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    SendBudget sendBudget(JedisPool redis, DeliveryProperties props,
            DeliveryKeys keys) {
        return new SendBudget(redis, keys.redisKeyPrefix(), props);
    }

    @Bean
    DeliveryWorker deliveryWorker(Outbox outbox, SendBudget budget, MessageSender sender, SendRules rules,
            DeliveryProperties props, Clock clock) {
        return new DeliveryWorker(outbox, budget, sender, rules, props, clock);
    }
}
