package vn.hoctap.bot;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.help.FreeText;
import vn.hoctap.bot.help.HelpCommand;
import vn.hoctap.bot.help.StaleButton;
import vn.hoctap.bot.help.UnknownCommand;
import vn.hoctap.bot.help.UnsupportedMessage;
import vn.hoctap.bot.onboarding.InvitationCodeText;
import vn.hoctap.bot.onboarding.StartCommand;
import vn.hoctap.bot.study.ConfirmCallback;
import vn.hoctap.bot.study.OpenAssignmentCallback;
import vn.hoctap.bot.study.PageCallback;
import vn.hoctap.bot.study.ProgressCommand;
import vn.hoctap.bot.study.ShowListCallback;
import vn.hoctap.bot.study.StudyMenuCommand;
import vn.hoctap.bot.telegram.UpdateDispatcher;

/**
 * Every handler of the bot, in the order the dispatcher tries them: commands first, then buttons,
 * then dialogues waiting for text, and the catch-alls last.
 */
@Configuration(proxyBeanMethods = false)
class BotRoutes {

    @Bean
    UpdateDispatcher updateDispatcher(StartCommand start, HelpCommand help, StudyMenuCommand study,
            ProgressCommand progress, ShowListCallback list, OpenAssignmentCallback open, PageCallback page,
            ConfirmCallback confirm, InvitationCodeText invitationCode, UnknownCommand unknownCommand,
            StaleButton staleButton, UnsupportedMessage unsupported, FreeText freeText) {
        return new UpdateDispatcher(List.of(
                start, help, study, progress,
                list, open, page, confirm,
                invitationCode,
                unknownCommand, staleButton, unsupported, freeText));
    }
}
