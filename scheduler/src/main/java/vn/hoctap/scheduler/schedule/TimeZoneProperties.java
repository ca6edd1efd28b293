package vn.hoctap.scheduler.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoctap.time-zone}: the zone in which members and offices live (deadlines at the end of a
 * local day, quiet hours, the morning digest, dates on pages and reports). Read once here and
 * offered to everything as the {@link ZoneId} bean ({@link TimeZoneConfiguration}).
 */
@ConfigurationProperties("hoctap")
public record TimeZoneProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone) {
}
