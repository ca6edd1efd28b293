package vn.hoctap.scheduler.campaign;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code hoctap.campaigns.*}: how long "Nhắc tôi sau" postpones, and a secretary's daily reminder pushes. */
@ConfigurationProperties("hoctap.campaigns")
public record CampaignProperties(@DefaultValue("1d") Duration snooze, @DefaultValue("2") int secretaryDailyPushes) {
}
