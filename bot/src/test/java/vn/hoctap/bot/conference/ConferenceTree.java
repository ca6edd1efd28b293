package vn.hoctap.bot.conference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.Requester;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The hand-counted tree of the conference tests: province P with district D1 (point 1) holding
 * commune C1 (point 2: cells X1 of 15 and X2 of 10) and commune C2 (cell Y of 15, convened to
 * point 1), district D2 (point 3: cell Z of 20, two of them without Telegram) and district D3 with
 * no point (one member, a walk-in). 60 convened. A campaign over P with its own document, and a
 * second document that the conference presents.
 */
final class ConferenceTree {

    record Person(long memberId, FakeUser user, String name) {
    }

    final long tag;
    final long province;
    final long d1;
    final long c1;
    final long d2;
    final long d3;
    final long cellZ;
    final long campaign;
    /** The campaign's own document, assigned to the whole province. */
    final long campaignDocument;
    final long document;
    final String documentCode;
    final List<Person> x = new ArrayList<>();
    final List<Person> w = new ArrayList<>();
    final List<Person> y = new ArrayList<>();
    final List<Person> z = new ArrayList<>();
    final List<Person> zUnlinked = new ArrayList<>();
    final Person outsider;

    ConferenceTree(UnitRepository units, MemberRepository members, DocumentRepository documents, Campaigns campaigns,
            Function<String, FakeUser> newUser, long tag) {
        this.tag = tag;
        province = units.create(null, UnitLevel.PROVINCE, "Đảng bộ tỉnh Hội nghị " + tag).id();
        d1 = units.create(province, UnitLevel.DISTRICT, "Đảng bộ huyện Tiên Phong").id();
        c1 = units.create(d1, UnitLevel.COMMUNE, "Đảng bộ xã Hòa Bình").id();
        long x1 = units.create(c1, UnitLevel.CELL, "Chi bộ thôn Đông").id();
        long x2 = units.create(c1, UnitLevel.CELL, "Chi bộ thôn Tây").id();
        long c2 = units.create(d1, UnitLevel.COMMUNE, "Đảng bộ xã An Lạc").id();
        long cellY = units.create(c2, UnitLevel.CELL, "Chi bộ thôn Bắc").id();
        d2 = units.create(province, UnitLevel.DISTRICT, "Đảng bộ huyện Đông Sơn").id();
        long c3 = units.create(d2, UnitLevel.COMMUNE, "Đảng bộ xã Đông Hòa").id();
        cellZ = units.create(c3, UnitLevel.CELL, "Chi bộ thôn Nam").id();
        d3 = units.create(province, UnitLevel.DISTRICT, "Đảng bộ huyện Tây Sơn").id();
        add(members, newUser, x1, "Đông", 15, x);
        add(members, newUser, x2, "Tây", 10, w);
        add(members, newUser, cellY, "Bắc", 15, y);
        add(members, newUser, cellZ, "Nam", 18, z);
        for (int i = 0; i < 2; i++) {
            String name = "Cụ Không Điện Thoại " + (char) ('A' + i);
            zUnlinked.add(new Person(members.create(cellZ, name).id(), null, name));
        }
        List<Person> d3Members = new ArrayList<>();
        add(members, newUser, d3, "Tây Sơn", 1, d3Members);
        outsider = d3Members.get(0);
        long campaignDoc = campaignDocument = documents.save(new NewDocument("KH", Long.toString(tag % 100_000), "TU", LocalDate.of(2024, 3, 1),
                "Kế hoạch học tập", "Tóm tắt kế hoạch.")).id();
        document = documents.save(new NewDocument("NQ", Long.toString(tag % 100_000 + 1), "TW", LocalDate.of(2023, 11, 20),
                "Về xây dựng đội ngũ trí thức", "Nội dung chính của nghị quyết về đội ngũ trí thức trong giai đoạn mới.")).id();
        documentCode = (tag % 100_000 + 1) + "-NQ/TW";
        var noQuietHours = new Campaign.ReminderSettings(List.of(Duration.ofDays(1)), false, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                false, false);
        campaign = campaigns.create(new NewCampaign("Học tập Nghị quyết " + tag, List.of(campaignDoc), List.of(province),
                Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), null, noQuietHours, false, 80),
                Requester.admin()).id();
    }

    private static void add(MemberRepository members, Function<String, FakeUser> newUser, long unit, String label, int n, List<Person> into) {
        for (int i = 0; i < n; i++) {
            String name = "Đảng viên " + label + " " + String.format("%02d", i);
            long id = members.create(unit, name).id();
            FakeUser user = newUser.apply(name);
            members.linkTelegram(id, user.userId());
            into.add(new Person(id, user, name));
        }
    }
}
