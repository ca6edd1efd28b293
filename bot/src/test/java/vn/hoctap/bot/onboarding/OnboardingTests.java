package vn.hoctap.bot.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyFixture;
import vn.hoctap.scheduler.member.MemberStatus;

/** Linking accounts by invitation, and every way it can be refused without changing anything. */
class OnboardingTests extends BotIntegrationTest {

    @Autowired
    Invitations invitations;

    private StudyFixture fixture;

    @BeforeEach
    void tree() {
        fixture = newFixture();
    }

    @Test
    void bareStartExplainsInvitationsAndAcceptsATypedCode() {
        long member = fixture.member("Hoàng Văn Em");
        Invitation invitation = invitations.create(member);
        FakeUser user = newUser("Em");

        user.sendText("/start");
        assertThat(awaitText(user, "Xin chào Em").text()).contains("mã mời", "bí thư chi bộ");
        user.sendText("  " + invitation.code() + "  ");
        awaitText(user, "Liên kết thành công");
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isEqualTo(user.userId());

        user.sendText("/start");
        awaitText(user, "Chào đồng chí Hoàng Văn Em! Tài khoản của đồng chí đã được liên kết.");
        user.sendText("/help");
        assertThat(awaitText(user, "📘 Hoctap Bot").text()).as("a linked member is not told to find an invitation")
                .contains("/hoc").doesNotContain("Chưa có mã mời");
    }

    @Test
    void helpExplainsTheBotAndHowToGetAnInvitation() {
        FakeUser user = newUser("Khách");
        user.sendText("/help");
        assertThat(awaitText(user, "Hoctap Bot").text()).contains("/hoc", "/tiendo", "Chưa có mã mời");
    }

    @Test
    void unknownCodeIsRefused() {
        FakeUser user = newUser("Lạ");
        user.sendText("/start KhongCoMaNayDauNhe23");
        awaitText(user, "Mã mời không đúng");
        user.sendText("/start <script>alert(1)</script>");
        telegram.awaitMessageCount(user.chatId(), 2, WAIT);
        assertThat(telegram.lastMessage(user.chatId()).text()).contains("Mã mời không đúng");
        assertThat(members.findByTelegramUserId(user.userId())).isEmpty();
    }

    @Test
    void usedCodeIsRefusedForSomeoneElseButTheOwnerIsToldTheyAreLinked() {
        long member = fixture.member("Vũ Thị Giang");
        Invitation invitation = invitations.create(member);
        FakeUser owner = newUser("Giang");
        owner.sendText("/start " + invitation.code());
        awaitText(owner, "Liên kết thành công");

        FakeUser stranger = newUser("Người lạ");
        stranger.sendText("/start " + invitation.code());
        awaitText(stranger, "Mã mời này đã được sử dụng");
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isEqualTo(owner.userId());

        owner.sendText("/start " + invitation.code());
        awaitText(owner, "đã được liên kết với đồng chí Vũ Thị Giang từ trước");
    }

    @Test
    void expiredCodeIsRefused() {
        long member = fixture.member("Đặng Văn Hùng");
        Invitation invitation = invitations.create(member);
        jdbc.sql("UPDATE invitations SET expires_at = now() - interval '1 day' WHERE member_id = :m").param("m", member).update();
        FakeUser user = newUser("Hùng");
        user.sendText("/start " + invitation.code());
        awaitText(user, "Mã mời đã hết hạn");
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isNull();
        assertThat(count("SELECT count(*) FROM invitations WHERE used_at IS NOT NULL AND member_id = " + member)).isZero();
    }

    @Test
    void accountAlreadyLinkedToAnotherMemberCannotTakeASecondIdentity() {
        long first = fixture.member("Bùi Thị Hoa");
        long second = fixture.member("Đỗ Văn Khánh");
        FakeUser user = newUser("Hoa");
        user.sendText("/start " + invitations.create(first).code());
        awaitText(user, "Liên kết thành công");

        Invitation forSecond = invitations.create(second);
        user.sendText("/start " + forSecond.code());
        awaitText(user, "đã được liên kết với một đảng viên khác");
        assertThat(members.findById(second).orElseThrow().telegramUserId()).isNull();
        assertThat(members.findById(first).orElseThrow().telegramUserId()).isEqualTo(user.userId());
        assertThat(count("SELECT count(*) FROM invitations WHERE used_at IS NULL AND member_id = " + second)).isEqualTo(1);
    }

    @Test
    void anOlderOrSecondCodeCannotMoveALinkedMemberToAnotherAccount() {
        long member = fixture.member("Trịnh Văn Giữ");
        Invitation first = invitations.create(member);
        Invitation second = invitations.create(member);
        FakeUser owner = newUser("Giữ");
        owner.sendText("/start " + second.code());
        awaitText(owner, "Liên kết thành công");

        FakeUser intruder = newUser("Lạ");
        intruder.sendText("/start " + first.code());
        awaitText(intruder, "Mã mời này đã được thay bằng một mã mời mới");
        Invitation third = invitations.create(member);
        intruder.sendText("/start " + third.code());
        awaitText(intruder, "đã được liên kết với một tài khoản Telegram khác");
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isEqualTo(owner.userId());
        assertThat(members.findByTelegramUserId(intruder.userId())).isEmpty();
    }

    @Test
    void aCodePastedWithoutStartIsRedeemedAndSoIsAWholeLink() {
        long member = fixture.member("Phan Văn Dán");
        Invitation invitation = invitations.create(member);
        FakeUser user = newUser("Dán");
        user.sendText("  " + invitation.code() + " ");
        awaitText(user, "Liên kết thành công");
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isEqualTo(user.userId());
        assertThat(telegram.sentMessages(user.chatId()).stream().noneMatch(m -> m.text().contains("Kết quả tìm kiếm")
                || m.text().contains("Không tìm thấy"))).isTrue();

        long other = fixture.member("Phan Thị Link");
        Invitation link = invitations.create(other);
        FakeUser second = newUser("Link");
        second.sendText(link.link());
        awaitText(second, "Liên kết thành công");
        assertThat(members.findById(other).orElseThrow().telegramUserId()).isEqualTo(second.userId());
    }

    @Test
    void aReplacedCodeSaysItWasReplacedNotExpired() {
        long member = fixture.member("Lý Văn Thay");
        Invitation old = invitations.create(member);
        invitations.create(member);
        FakeUser user = newUser("Thay");
        user.sendText("/start " + old.code());
        SentMessage reply = awaitText(user, "đã được thay bằng một mã mời mới");
        assertThat(reply.text()).doesNotContain("hết hạn");
        user.sendText(old.code());
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("đã được thay bằng") && m.messageId() != reply.messageId(), WAIT);
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isNull();
    }

    @Test
    void memberWhoLeftCannotBeInvitedOrLinked() throws Exception {
        long member = fixture.member("Ngô Thị Lan");
        Invitation invitation = invitations.create(member);
        members.setStatus(member, MemberStatus.LEFT);
        FakeUser user = newUser("Lan");
        user.sendText("/start " + invitation.code());
        awaitText(user, "không còn hoạt động");
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isNull();
        assertThat(http("POST", "/api/invitations", "{\"memberId\":" + member + "}", ADMIN_TOKEN).statusCode()).isEqualTo(409);
    }

    @Test
    void invitationApiNeedsTheAdminTokenAndAnExistingMember() throws Exception {
        assertThat(http("POST", "/api/invitations", "{\"memberId\":1}", null).statusCode()).isEqualTo(401);
        assertThat(http("POST", "/api/invitations", "{\"memberId\":1}", "wrong").statusCode()).isEqualTo(401);
        var missing = http("POST", "/api/invitations", "{\"memberId\":987654321}", ADMIN_TOKEN);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("987654321").contains("\"status\":404");
        assertThat(http("POST", "/api/invitations", "{}", ADMIN_TOKEN).statusCode()).isEqualTo(400);
        assertThat(http("POST", "/api/invitations", "{not json", ADMIN_TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void invitationCodesAreStoredOnlyAsHashes() {
        Invitation invitation = invitations.create(fixture.member("Dương Văn Minh"));
        assertThat(count("SELECT count(*) FROM invitations WHERE encode(code_hash, 'escape') LIKE '%" + invitation.code() + "%'"))
                .isZero();
        assertThat(invitation.expiresAt()).isAfter(java.time.Instant.now().plus(Duration.ofDays(13)));
    }
}
