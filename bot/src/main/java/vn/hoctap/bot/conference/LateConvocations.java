package vn.hoctap.bot.conference;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.onboarding.MemberLinked;
import vn.hoctap.scheduler.conference.ConferenceSteps;

/**
 * A member who links their account after a conference was called gets its convocation too: it went
 * out at creation to the members on Telegram then, and the point still counts them as convened.
 * Runs in the linking transaction, so the link and the queued convocation commit together.
 */
@Component
class LateConvocations {

    private final ConferenceSteps steps;

    LateConvocations(ConferenceSteps steps) {
        this.steps = steps;
    }

    @EventListener
    void linked(MemberLinked event) {
        steps.convokeLate(event.memberId());
    }
}
