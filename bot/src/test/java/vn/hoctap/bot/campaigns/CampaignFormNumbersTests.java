package vn.hoctap.bot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.unit.Requester;

/**
 * Through HTTP: a number refused on the campaign form (new or edit) comes back exactly as typed
 * ("abc", "-5", "150", "2, x") with the Vietnamese reason beside its field, every refused number at
 * once, and nothing is saved.
 */
class CampaignFormNumbersTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(9_700_000_000L);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String NOT_A_NUMBER = "Phải là một số.";
    private static final String PASS_MARK = "Điểm đạt là tỉ lệ phần trăm, từ 0 đến 100.";
    private static final String LAGGING = "Ngưỡng chậm tiến độ là tỉ lệ phần trăm, từ 1 đến 100.";
    private static final String OFFSETS = "Nhập tối đa 10 số ngày, mỗi số từ 1 đến 60, cách nhau bằng dấu phẩy.";

    /** field, its input's id, what is typed, the message expected beside it. */
    private record Typed(String field, String input, String value, String message) {
    }

    private static final List<Typed> ONE_AT_A_TIME = List.of(
            new Typed("passMark", "campaign-pass", "abc", NOT_A_NUMBER), new Typed("passMark", "campaign-pass", "-5", PASS_MARK),
            new Typed("passMark", "campaign-pass", "150", PASS_MARK), new Typed("laggingPercent", "campaign-lagging", "abc", NOT_A_NUMBER),
            new Typed("laggingPercent", "campaign-lagging", "-5", LAGGING), new Typed("laggingPercent", "campaign-lagging", "0", LAGGING),
            new Typed("offsetDays", "campaign-offsets", "-5", OFFSETS), new Typed("offsetDays", "campaign-offsets", "2, x", OFFSETS));

    @Test
    void theNewCampaignFormKeepsEveryRefusedNumberAsTyped() throws Exception {
        CampaignFixture f = fixture();
        DashboardClient admin = admin();
        admin.get("/campaigns/new");
        String name = "Đợt số sai " + f.chatBase;
        Map<String, String> valid = Map.of("name", name, "documentIds", Long.toString(f.document), "unitIds", Long.toString(f.province),
                "startsAt", "2030-05-01T08:00", "deadline", "2030-05-20T17:00");
        for (Typed t : ONE_AT_A_TIME) {
            assertKept(admin.postForm("/campaigns", with(valid, t.field(), t.value()), true), List.of(t));
        }
        List<Typed> all = List.of(new Typed("passMark", "campaign-pass", "abc", NOT_A_NUMBER),
                new Typed("laggingPercent", "campaign-lagging", "-5", LAGGING), new Typed("offsetDays", "campaign-offsets", "7, -1", OFFSETS));
        Map<String, String> allWrong = with(with(with(valid, "passMark", "abc"), "laggingPercent", "-5"), "offsetDays", "7, -1");
        assertKept(admin.postForm("/campaigns", allWrong, true), all);
        assertThat(count("SELECT count(*) FROM campaigns WHERE name = '" + name + "'")).as("nothing saved").isZero();
    }

    @Test
    void theEditFormKeepsEveryRefusedNumberAsTypedAndChangesNothing() throws Exception {
        CampaignFixture f = fixture();
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = admin();
        admin.get("/campaigns/" + c.id() + "/edit");
        Map<String, String> valid = Map.of("name", "Tên đang sửa", "documentIds", Long.toString(f.document), "unitIds",
                Long.toString(f.province), "startsAt", local(c.startsAt()), "deadline", local(c.deadline()));
        for (Typed t : ONE_AT_A_TIME) {
            assertKept(admin.postForm("/campaigns/" + c.id() + "/edit", with(valid, t.field(), t.value()), true), List.of(t));
        }
        List<Typed> all = List.of(new Typed("passMark", "campaign-pass", "-5", PASS_MARK),
                new Typed("laggingPercent", "campaign-lagging", "abc", NOT_A_NUMBER), new Typed("offsetDays", "campaign-offsets", "-5", OFFSETS));
        assertKept(admin.postForm("/campaigns/" + c.id() + "/edit",
                with(with(with(valid, "passMark", "-5"), "laggingPercent", "abc"), "offsetDays", "-5"), true), all);
        Campaign after = campaigns.get(c.id(), Requester.admin());
        assertThat(after.name()).as("nothing saved").isEqualTo(c.name());
        assertThat(after.rules().passMark()).isEqualTo(c.rules().passMark());
    }

    private static void assertKept(HttpResponse<String> r, List<Typed> typed) {
        assertThat(r.statusCode()).as(typed.toString()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(r.body());
        for (Typed t : typed) {
            assertThat(page).as(t.toString())
                    .containsPattern("<input[^>]*id=\"" + t.input() + "\"[^>]*value=\"" + Pattern.quote(t.value()) + "\"")
                    .contains("id=\"error-" + t.field() + "\">" + t.message() + "<");
        }
        assertThat(page).doesNotContain("Failed to convert", "NumberFormatException");
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        out.put(key, value);
        return out;
    }

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }
}
