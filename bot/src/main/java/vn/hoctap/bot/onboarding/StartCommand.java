package vn.hoctap.bot.onboarding;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.search.SectionLinks;
import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.StudyActions;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.member.MemberRepository;

/**
 * {@code /start CODE} from an invitation deep link links the account; {@code /start s_D_P} (from
 * an inline result) opens that section; a bare {@code /start} greets a linked member, or explains
 * invitations and waits for a typed code.
 */
@Component
class StartCommand implements CommandHandler {

    /** Deep link from an inline result: {@code s_<document>_<section position + 1>}. */
    private static final java.util.regex.Pattern SECTION_LINK = java.util.regex.Pattern.compile("s_(\\d{1,12})_(\\d{1,6})");

    private final LinkReplies links;
    private final SectionLinks sections;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    StartCommand(LinkReplies links, SectionLinks sections, MemberRepository members, TelegramGateway telegram,
            Texts texts) {
        this.links = links;
        this.sections = sections;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "start";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        var sectionLink = SECTION_LINK.matcher(in.argument() == null ? "" : in.argument());
        if (sectionLink.matches() && sections.open(in.chatId(), Long.parseLong(sectionLink.group(1)),
                Integer.parseInt(sectionLink.group(2)))) {
            return;
        }
        if ("help".equals(in.argument())) {
            telegram.send(in.chatId(), texts.get("help.text"));
            return;
        }
        if (in.hasArgument()) {
            links.redeem(in, in.argument(), session);
            return;
        }
        var member = members.findByTelegramUserId(in.userId());
        if (member.isPresent()) {
            session.reset();
            telegram.send(in.chatId(), texts.get("start.linked", member.get().fullName()),
                    Keyboard.of(StudyActions.LIST.button(texts.get("button.study"))));
        } else {
            session.enter(LinkReplies.AWAITING_CODE);
            telegram.send(in.chatId(), texts.get("start.welcome", in.firstName()));
        }
    }
}
