package vn.hoctap.scheduler.schedule;

import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link ZoneId} of the application, from {@link TimeZoneProperties}. */
@Configuration(proxyBeanMethods = false)
class TimeZoneConfiguration {

    @Bean
    ZoneId timeZone(TimeZoneProperties props) {
        return props.timeZone();
    }
}
