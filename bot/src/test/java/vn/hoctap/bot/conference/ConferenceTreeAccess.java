package vn.hoctap.bot.conference;

import java.util.function.Function;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitRepository;

/** The conference tests' hand-counted tree, for tests of other packages (opinion forms). */
public record ConferenceTreeAccess(long province, long d1, long d2, long campaign, FakeUser x0, FakeUser y0, FakeUser z0, long y0Member) {

    public static ConferenceTreeAccess tree(UnitRepository units, MemberRepository members, DocumentRepository documents,
            Campaigns campaigns, Function<String, FakeUser> newUser, long tag) {
        ConferenceTree t = new ConferenceTree(units, members, documents, campaigns, newUser, tag);
        return new ConferenceTreeAccess(t.province, t.d1, t.d2, t.campaign, t.x.get(0).user(), t.y.get(0).user(), t.z.get(0).user(),
                t.y.get(0).memberId());
    }
}
