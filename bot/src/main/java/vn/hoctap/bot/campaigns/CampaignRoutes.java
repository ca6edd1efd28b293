package vn.hoctap.bot.campaigns;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * A secretary's cell in the chat ({@code /chibo}, {@code /nhacnho} and their buttons) and a member's
 * "remind me later" under a reminder ({@link CampaignActions}).
 */
@Configuration(proxyBeanMethods = false)
class CampaignRoutes {

    @Bean
    RouteGroup campaignsGroup(RemindCommand remind, CellCommand cell, SnoozeCallback snooze, PushPreviewCallback pushPreview,
            PushSendCallback pushSend, CellViewCallback cellView, RemindOneCallback remindOne) {
        return RouteGroup.named("campaigns")
                .handle(remind, cell, snooze, pushPreview, pushSend, cellView, remindOne)
                .build();
    }
}
