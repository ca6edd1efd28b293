package vn.hoctap.bot.conference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * Conferences in the chat: a scanned check-in code ({@code /start ci…}, tried before any other
 * {@code /start} and before an open writing dialogue, since the member is standing at the point),
 * the secretary's roll-call ({@code /diemdanh}, its ticks and their undoing) and non-member count
 * ({@code /ngoaidang}), and the answers to a convocation ({@link ConferenceActions}).
 */
@Configuration(proxyBeanMethods = false)
class ConferenceRoutes {

    @Bean
    RouteGroup conferenceGroup(CheckInStart checkIn, RollCallCommand rollCall, NonMembersCommand nonMembers, RsvpCallbacks rsvp,
            RollCallCallback tick) {
        return RouteGroup.named("conference")
                .handle(checkIn, rollCall, nonMembers)
                .callback(ConferenceActions.ATTEND, rsvp::answer)
                .callback(ConferenceActions.ABSENT, rsvp::answer)
                .callback(ConferenceActions.REASON, rsvp::answer)
                .handle(tick)
                .callback(ConferenceActions.UNTICK, tick::untick)
                .build();
    }
}
