package vn.hoctap.bot;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.campaigns.PushPreviewCallback;
import vn.hoctap.bot.campaigns.PushSendCallback;
import vn.hoctap.bot.campaigns.RemindCommand;
import vn.hoctap.bot.campaigns.SnoozeCallback;
import vn.hoctap.bot.help.HelpCommand;
import vn.hoctap.bot.help.StaleButton;
import vn.hoctap.bot.help.UnknownCommand;
import vn.hoctap.bot.help.UnsupportedMessage;
import vn.hoctap.bot.onboarding.InvitationCodeText;
import vn.hoctap.bot.onboarding.StartCommand;
import vn.hoctap.bot.search.InlineSearch;
import vn.hoctap.bot.search.OpenSectionCallback;
import vn.hoctap.bot.search.SearchCommand;
import vn.hoctap.bot.search.SearchText;
import vn.hoctap.bot.search.SectionPageCallback;
import vn.hoctap.bot.search.SuggestionCallback;
import vn.hoctap.bot.study.ConfirmCallback;
import vn.hoctap.bot.study.OpenAssignmentCallback;
import vn.hoctap.bot.study.PageCallback;
import vn.hoctap.bot.study.ProgressCommand;
import vn.hoctap.bot.study.ShowListCallback;
import vn.hoctap.bot.study.StudyMenuCommand;
import vn.hoctap.bot.telegram.UpdateDispatcher;

/**
 * Every handler of the bot, in the order the dispatcher tries them: commands first, then buttons,
 * inline queries, dialogues waiting for text, and the catch-alls last (plain text is a search).
 */
@Configuration(proxyBeanMethods = false)
class BotRoutes {

    @Bean
    UpdateDispatcher updateDispatcher(StartCommand start, HelpCommand help, StudyMenuCommand study,
            ProgressCommand progress, SearchCommand search, RemindCommand remind, ShowListCallback list, OpenAssignmentCallback open,
            PageCallback page, ConfirmCallback confirm, OpenSectionCallback openSection, SectionPageCallback sectionPage,
            SuggestionCallback suggestion, SnoozeCallback snooze, PushPreviewCallback pushPreview, PushSendCallback pushSend,
            InlineSearch inline, InvitationCodeText invitationCode,
            UnknownCommand unknownCommand, StaleButton staleButton, UnsupportedMessage unsupported, SearchText searchText) {
        return new UpdateDispatcher(List.of(
                start, help, study, progress, search, remind,
                list, open, page, confirm, openSection, sectionPage, suggestion, snooze, pushPreview, pushSend,
                inline,
                invitationCode,
                unknownCommand, staleButton, unsupported, searchText));
    }
}
