package vn.hoctap.scheduler.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.hoctap.scheduler.delivery.Keyboards;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.Recipient;

/**
 * Turns a due step of a campaign into outbox rows. Running a step twice (a recovered job, a second
 * instance) queues nothing new: the outbox is unique per (campaign, step, member). After downtime,
 * a reminder whose later sibling is also due is skipped, so members get one catch-up, not a burst;
 * the announcement is never skipped.
 */
@Service
public class CampaignSteps {

    private static final Logger log = LoggerFactory.getLogger(CampaignSteps.class);

    private final CampaignRepository campaigns;
    private final CampaignTargets targets;
    private final CampaignTexts texts;
    private final Outbox outbox;
    private final SendingWindows windows;
    private final Clock clock;

    public CampaignSteps(CampaignRepository campaigns, CampaignTargets targets, CampaignTexts texts, Outbox outbox,
            SendingWindows windows, Clock clock) {
        this.campaigns = campaigns;
        this.targets = targets;
        this.texts = texts;
        this.outbox = outbox;
        this.windows = windows;
        this.clock = clock;
    }

    /** @return how many messages were queued */
    public int run(long campaignId, String stepKey) {
        Optional<Campaign> found = campaigns.findById(campaignId).filter(Campaign::isActive);
        if (found.isEmpty()) {
            return 0;
        }
        Campaign c = found.get();
        List<ReminderPlan.Step> plan = ReminderPlan.of(c, windows.of(c), windows.zone(), campaigns.deadlineRevision(c.id()));
        Optional<ReminderPlan.Step> step = plan.stream().filter(s -> s.key().equals(stepKey)).findFirst();
        Instant now = clock.instant();
        if (step.isEmpty()) {
            log.info("Campaign {} step {} is no longer in its plan; nothing sent", campaignId, stepKey);
            return 0;
        }
        if (supersededByLaterReminder(plan, step.get(), now)) {
            log.info("Campaign {} step {} skipped: a later reminder is also due (catch-up after downtime)", campaignId, stepKey);
            return 0;
        }
        int queued = switch (step.get().kind()) {
            case ANNOUNCE -> queueLearners(c, stepKey, true, now);
            case REMIND -> queueLearners(c, stepKey, false, now);
            case ESCALATE -> escalate(c);
        };
        log.info("Campaign {} step {}: {} message(s) queued", campaignId, stepKey, queued);
        return queued;
    }

    static boolean supersededByLaterReminder(List<ReminderPlan.Step> plan, ReminderPlan.Step step, Instant now) {
        // Only reminders are superseded: the announcement is never skipped (members must hear of the
        // campaign before any reminder), and escalation runs once after the deadline anyway.
        return step.kind() == ReminderPlan.Kind.REMIND && plan.stream().anyMatch(s -> s.kind() == ReminderPlan.Kind.REMIND
                && s.at().isAfter(step.at()) && !s.at().isAfter(now));
    }

    private int queueLearners(Campaign c, String stepKey, boolean announce, Instant now) {
        List<Recipient> recipients = targets.notDone(c.id()).stream().map(p -> {
            CampaignTexts.Text t = announce ? texts.announcement(c, p.learner()) : texts.reminder(c, p.learner(), now);
            return new Recipient(p.learner().memberId(), p.learner().chatId(), t.body(), Keyboards.toJson(t.keyboard()));
        }).toList();
        boolean deadlineDay = now.atZone(windows.zone()).toLocalDate().equals(c.deadline().atZone(windows.zone()).toLocalDate());
        return outbox.enqueue(c.id(), stepKey, recipients, now, c.paidBroadcast() && deadlineDay);
    }

    /** Daily digest: each cell secretary gets the list of members of the cell who are not done. */
    public int digest(long campaignId, LocalDate day) {
        Optional<Campaign> found = campaigns.findById(campaignId).filter(Campaign::isActive);
        if (found.isEmpty() || clock.instant().isAfter(found.get().deadline())) {
            return 0;
        }
        Campaign c = found.get();
        // One query for everyone not done, grouped by their cell, instead of one query per cell.
        Map<Long, List<String>> notDoneByCell = targets.notDone(c.id()).stream().collect(Collectors.groupingBy(
                CampaignTargets.Pending::unitId, Collectors.mapping(p -> p.learner().fullName(), Collectors.toList())));
        int queued = 0;
        for (CampaignTargets.CellFigure cell : targets.cells(c.id())) {
            if (cell.secretaryChatId() == null || cell.done() == cell.members()) {
                continue;
            }
            List<String> names = notDoneByCell.getOrDefault(cell.cellId(), List.of());
            CampaignTexts.Text t = texts.secretaryDigest(c, cell.cellName(), names, cell.members());
            queued += outbox.enqueue(c.id(), "digest-" + day + "-" + cell.cellId(), List.of(new Recipient(cell.secretaryMemberId(),
                    cell.secretaryChatId(), t.body(), Keyboards.toJson(t.keyboard()))), clock.instant(), false);
        }
        return queued + leaderDigests(c, day);
    }

    /**
     * Daily, the secretary of each unit above the cells (commune, district, province) hears which of
     * its cells are below the campaign's target, worst first; nothing when none is.
     */
    private int leaderDigests(Campaign c, LocalDate day) {
        List<CampaignTargets.CellFigure> cells = targets.cells(c.id());
        int queued = 0;
        for (CampaignTargets.Leader leader : targets.leaders()) {
            List<CampaignTargets.CellFigure> mine = cells.stream().filter(cell -> cell.path().startsWith(leader.path())).toList();
            List<CampaignTexts.UnitFigure> lagging = mine.stream()
                    .filter(cell -> Lagging.lags(cell.done(), cell.members(), c))
                    .sorted(java.util.Comparator.comparingDouble(cell -> cell.done() / (double) cell.members()))
                    .map(cell -> new CampaignTexts.UnitFigure(cell.cellName(), cell.members(), cell.done())).toList();
            if (lagging.isEmpty()) {
                continue;
            }
            CampaignTexts.Text t = texts.leaderDigest(c, leader.unitName(), lagging, mine.size());
            queued += outbox.enqueue(c.id(), "digest-" + day + "-u" + leader.unitId(), List.of(new Recipient(leader.secretary().memberId(),
                    leader.secretary().chatId(), t.body(), Keyboards.toJson(t.keyboard()))), clock.instant(), false);
        }
        return queued;
    }

    /** After the deadline: the secretary of each parent unit hears which of its cells are lagging. */
    private int escalate(Campaign c) {
        Map<Long, List<CampaignTargets.CellFigure>> lagging = targets.cells(c.id()).stream()
                .filter(cell -> cell.parentId() != null && Lagging.lags(cell.done(), cell.members(), c))
                .collect(Collectors.groupingBy(CampaignTargets.CellFigure::parentId));
        int queued = 0;
        for (var entry : lagging.entrySet()) {
            var parent = targets.unitContact(entry.getKey());
            if (parent.isEmpty()) {
                continue;
            }
            List<CampaignTexts.UnitFigure> figures = entry.getValue().stream()
                    .map(cell -> new CampaignTexts.UnitFigure(cell.cellName(), cell.members(), cell.done())).toList();
            CampaignTexts.Text t = texts.laggingUnits(c, parent.get().unitName(), figures);
            queued += outbox.enqueue(c.id(), "escalate-" + entry.getKey(), List.of(new Recipient(parent.get().learner().memberId(),
                    parent.get().learner().chatId(), t.body(), Keyboards.toJson(t.keyboard()))), clock.instant(), false);
        }
        return queued;
    }
}
