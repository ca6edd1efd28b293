package vn.hoctap.scheduler.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.scheduler.campaign.DeliveryWindowTests.VN;
import static vn.hoctap.scheduler.campaign.DeliveryWindowTests.local;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReminderPlanTests {

    private static Campaign campaign(String start, String deadline, Campaign.ReminderSettings r) {
        return new Campaign(1, "Học tập Nghị quyết Trung ương 6", null, local(start), local(deadline), Campaign.Status.ACTIVE,
                new Campaign.CompletionRules(true, false, false, 80), r, false, 80);
    }

    private static List<ReminderPlan.Step> plan(Campaign c) {
        return ReminderPlan.of(c, new DeliveryWindow(VN, c.reminders(), Set.of()), VN);
    }

    @Test
    void defaultPlanAnnouncesRemindsAtD7D3D1AndTheDeadlineMorningThenEscalates() {
        Campaign c = campaign("2026-11-01T08:00", "2026-11-30T17:00", Campaign.ReminderSettings.defaults());
        assertThat(plan(c)).extracting(ReminderPlan.Step::key).containsExactly("announce", "remind-PT168H", "remind-PT72H",
                "remind-PT24H", "deadline-morning", "escalate");
        assertThat(plan(c)).extracting(ReminderPlan.Step::at).containsExactly(local("2026-11-01T08:00"), local("2026-11-23T17:00"),
                local("2026-11-27T17:00"), local("2026-11-29T17:00"), local("2026-11-30T07:30"), local("2026-12-01T08:00"));
    }

    @Test
    void stepsInQuietHoursMoveToTheMorning() {
        Campaign c = campaign("2026-11-01T22:15", "2026-11-30T23:00", Campaign.ReminderSettings.defaults());
        var steps = plan(c);
        assertThat(steps.get(0).at()).isEqualTo(local("2026-11-02T07:00"));
        assertThat(steps).filteredOn(s -> s.key().equals("remind-PT72H")).singleElement()
                .extracting(ReminderPlan.Step::at).isEqualTo(local("2026-11-28T07:00"));
    }

    @Test
    void remindersBeforeTheStartAreDropped() {
        Campaign c = campaign("2026-11-28T08:00", "2026-11-30T17:00", Campaign.ReminderSettings.defaults());
        assertThat(plan(c)).extracting(ReminderPlan.Step::key).containsExactly("announce", "remind-PT24H", "deadline-morning", "escalate");
    }

    @Test
    void noReminderOnTheDayOfTheAnnouncement() {
        // Seven days: D-7 would come at 17:00 on the day announced at 08:00.
        Campaign week = campaign("2026-11-23T08:00", "2026-11-30T17:00", Campaign.ReminderSettings.defaults());
        assertThat(plan(week)).extracting(ReminderPlan.Step::key).containsExactly("announce", "remind-PT72H", "remind-PT24H",
                "deadline-morning", "escalate");
        // One day: the deadline morning is the next day and stays.
        Campaign day = campaign("2026-11-29T08:00", "2026-11-30T17:00", Campaign.ReminderSettings.defaults());
        assertThat(plan(day)).extracting(ReminderPlan.Step::key).containsExactly("announce", "deadline-morning", "escalate");
    }

    @Test
    void afterDowntimeOnlyTheLatestDueReminderRuns() {
        Campaign c = campaign("2026-11-01T08:00", "2026-11-30T17:00", Campaign.ReminderSettings.defaults());
        var steps = plan(c);
        var d7 = steps.get(1);
        var d3 = steps.get(2);
        var now = local("2026-11-28T09:00");
        assertThat(CampaignSteps.supersededByLaterReminder(steps, d7, now)).isTrue();
        assertThat(CampaignSteps.supersededByLaterReminder(steps, d3, now)).isFalse();
        assertThat(CampaignSteps.supersededByLaterReminder(steps, d3, local("2026-11-27T18:00"))).isFalse();
        ReminderPlan.Step announce = steps.stream().filter(st -> st.kind() == ReminderPlan.Kind.ANNOUNCE).findFirst().orElseThrow();
        assertThat(CampaignSteps.supersededByLaterReminder(steps, announce, now)).as("the announcement is never skipped").isFalse();
    }

    @Test
    void customOffsetsAndNoDeadlineMorning() {
        var r = new Campaign.ReminderSettings(List.of(Duration.ofDays(2)), false, LocalTime.of(22, 0), LocalTime.of(6, 0), false, false);
        Campaign c = campaign("2026-11-01T08:00", "2026-11-30T17:00", r);
        assertThat(plan(c)).extracting(ReminderPlan.Step::key).containsExactly("announce", "remind-PT48H", "escalate");
    }
}
