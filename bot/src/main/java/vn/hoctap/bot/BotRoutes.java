package vn.hoctap.bot;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.campaigns.CellCommand;
import vn.hoctap.bot.campaigns.CellViewCallback;
import vn.hoctap.bot.campaigns.PushPreviewCallback;
import vn.hoctap.bot.campaigns.RemindOneCallback;
import vn.hoctap.bot.campaigns.PushSendCallback;
import vn.hoctap.bot.campaigns.RemindCommand;
import vn.hoctap.bot.campaigns.SnoozeCallback;
import vn.hoctap.bot.conference.CheckInStart;
import vn.hoctap.bot.conference.NonMembersCommand;
import vn.hoctap.bot.conference.RollCallCallback;
import vn.hoctap.bot.conference.RollCallCommand;
import vn.hoctap.bot.conference.RsvpCallbacks;
import vn.hoctap.bot.help.HelpCommand;
import vn.hoctap.bot.opinion.OpinionAnswerCallback;
import vn.hoctap.bot.opinion.OpinionCommentInput;
import vn.hoctap.bot.opinion.OpinionSkipCallback;
import vn.hoctap.bot.programme.ProgrammeCallbacks;
import vn.hoctap.bot.programme.ProgrammeCommand;
import vn.hoctap.bot.programme.ProgrammeCommentInput;
import vn.hoctap.bot.programme.ProgrammeCommentsCommand;
import vn.hoctap.bot.quiz.InlineQuizCallback;
import vn.hoctap.bot.quiz.PollAnswerHandler;
import vn.hoctap.bot.quiz.PollQuizCallback;
import vn.hoctap.bot.quiz.QuizAnswerCallback;
import vn.hoctap.bot.quiz.QuizSubmitCallback;
import vn.hoctap.bot.refresh.RefresherAnswerCallback;
import vn.hoctap.bot.reflection.CancelCommand;
import vn.hoctap.bot.reflection.MyReflectionsCommand;
import vn.hoctap.bot.reflection.ReflectionCallback;
import vn.hoctap.bot.reflection.ReflectionInput;
import vn.hoctap.bot.reflection.ReflectionPreviewCallback;
import vn.hoctap.bot.reflection.ReflectionRewriteCallback;
import vn.hoctap.bot.reflection.ReflectionSubmitCallback;
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
 * Every handler of the bot, in the order the dispatcher tries them: an open writing dialogue
 * first (it owns the member's text and commands until /huy), then commands, then buttons,
 * inline queries, dialogues waiting for text, and the catch-alls last (plain text is a search).
 */
@Configuration(proxyBeanMethods = false)
class BotRoutes {

    @Bean
    UpdateDispatcher updateDispatcher(ReflectionInput reflectionInput, MyReflectionsCommand myReflections, CancelCommand cancel,
            InlineQuizCallback quizInline, PollQuizCallback quizPolls, QuizAnswerCallback quizAnswer, QuizSubmitCallback quizSubmit,
            PollAnswerHandler pollAnswer, ReflectionCallback reflection, ReflectionPreviewCallback reflectionPreview,
            ReflectionSubmitCallback reflectionSubmit, ReflectionRewriteCallback reflectionRewrite, StartCommand start, HelpCommand help, StudyMenuCommand study,
            ProgressCommand progress, SearchCommand search, RemindCommand remind, ShowListCallback list, OpenAssignmentCallback open,
            PageCallback page, ConfirmCallback confirm, OpenSectionCallback openSection, SectionPageCallback sectionPage,
            SuggestionCallback suggestion, SnoozeCallback snooze, RefresherAnswerCallback refresher, PushPreviewCallback pushPreview,
            PushSendCallback pushSend, CellCommand cell, CellViewCallback cellView, RemindOneCallback remindOne,
            InlineSearch inline, InvitationCodeText invitationCode,
            UnknownCommand unknownCommand, StaleButton staleButton, UnsupportedMessage unsupported, SearchText searchText,
            CheckInStart checkInStart, RollCallCommand rollCall, NonMembersCommand nonMembers, RsvpCallbacks rsvp,
            RollCallCallback rollCallTick, OpinionAnswerCallback opinionAnswer, OpinionSkipCallback opinionSkip,
            OpinionCommentInput opinionComment, ProgrammeCommand programme, ProgrammeCommentsCommand programmeComments,
            ProgrammeCallbacks programmeButtons, ProgrammeCommentInput programmeComment) {
        return new UpdateDispatcher(List.of(
                // Conferences, opinion forms, action programmes (issue 13): first, so a check-in deep link (/start ci…) is
                // never read as an invitation code by StartCommand nor swallowed by an open reflection dialogue; the two
                // comment inputs only take plain text while their dialogue is open, so they must precede SearchText.
                checkInStart, rollCall, nonMembers, rsvp, rollCallTick, opinionAnswer, opinionSkip, opinionComment,
                programme, programmeComments, programmeButtons, programmeComment,
                reflectionInput,
                start, help, study, progress, search, remind, cell, myReflections, cancel,
                quizInline, quizPolls, quizAnswer, quizSubmit, pollAnswer,
                reflection, reflectionPreview, reflectionSubmit, reflectionRewrite,
                list, open, page, confirm, openSection, sectionPage, suggestion, snooze, refresher, pushPreview, pushSend, cellView,
                remindOne,
                inline,
                invitationCode,
                unknownCommand, staleButton, unsupported, searchText));
    }
}
