package vn.hoctap.bot.audit;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail's codes in words for the page, in the request's language: actions
 * ({@code LOGIN}, {@code POST CampaignPages#cancel} → "Hủy đợt học tập (trang)") and outcomes
 * ({@code SUCCESS}, an HTTP status, a failed login's exception name). The codes stay as stored,
 * stable for the log shipper; only the page translates them. Used from {@code audit.html} as
 * {@code @auditWords}, with the page's {@code #locale} (the one a {@code ?lang=} switch just chose).
 */
@Component("auditWords")
public class AuditWords {

    /** An action the filter offers: the stored code (without the HTTP method for handlers) and its words. */
    public record Choice(String code, String label) {
    }

    /** The actions the filter offers, in menu order: logins, then every state-changing page and API handler and the downloads. */
    static final List<String> ACTIONS = List.of("LOGIN", "LOGIN_FAILED", "LOGOUT",
            "CampaignPages#create", "CampaignEditPages#save", "CampaignPages#deadline", "CampaignPages#cancel", "CampaignController#create",
            "CampaignController#edit",
            "CampaignController#deadline", "CampaignController#cancel", "CampaignController#holiday", "RefresherPages#toggle",
            "RefresherController#toggle", "CellReminderPages#remind",
            "ConferenceFormPages#create", "ConferenceFormPages#end", "ConferenceController#create", "ConferenceController#end",
            "ConferenceController#results", "OpinionFormPages#create", "OpinionController#create",
            "ProgrammePages#save", "ProgrammePages#issue", "ProgrammeController#upload", "ProgrammeController#issue",
            "OrganisationPages#createRoot", "OrganisationPages#createChild", "OrganisationPages#rename", "OrganisationPages#move",
            "OrganisationPages#merge", "OrganisationPages#close", "OrganisationPages#role", "OrganisationPages#importTree",
            "UnitController#create", "UnitController#rename", "UnitController#move", "UnitController#merge", "UnitController#close",
            "UnitController#setRole", "UnitController#removeRole", "UnitController#importTree",
            "AccountPages#create", "RosterPages#upload", "RosterController#importRoster", "InvitationSheetPages#sheet",
            "InvitationSheetPages#one", "InvitationController#create",
            "DocumentPages#importFile", "DocumentPages#summary", "DocumentPages#decide", "DocumentController#importFile",
            "DocumentController#replaceSummary", "QuestionController#approve", "QuestionController#reject",
            "ReportPages#download", "ReportController#report");

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The action in words; a handler without words of its own is "another action" (its path is shown beside it). */
    public String action(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        String handler = code.contains(" ") ? code.substring(code.indexOf(' ') + 1) : code;
        String words = word("audit.action." + handler.replace('#', '.'), locale);
        return words != null ? words : word("audit.action.other", locale);
    }

    /** The outcome in words: success, refused (with why), not found, conflict, system error, or a failed login's reason. */
    public String outcome(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (code.matches("\\d{3}")) {
            int status = Integer.parseInt(code);
            String key = status < 400 ? "SUCCESS" : status == 401 || status == 403 ? "forbidden" : status == 404 ? "notFound"
                    : status == 409 ? "conflict" : status < 500 ? "badRequest" : "error";
            return word("audit.outcome." + key, locale);
        }
        if (code.startsWith("ERROR")) {
            return word("audit.outcome.error", locale);
        }
        String words = word("audit.outcome." + code, locale);
        return words != null ? words : word("audit.outcome.FAILURE", locale);
    }

    /**
     * What was acted on ({@code id=5 role=SECRETARY}) with the parameter names and coded values in
     * words ("mã 5 · vai trò: Bí thư chi bộ"); names and values without words stay as stored.
     */
    public String target(String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        StringJoiner out = new StringJoiner(" · ");
        for (String part : stored.split(" (?=[A-Za-z]+=)")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                out.add(part);
                continue;
            }
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            String nameWords = word("audit.param." + name, locale);
            if (name.equals("changed")) {
                out.add(nameWords + ": " + changes(value, locale));
                continue;
            }
            String valueWords = value.matches("[A-Z_]{2,30}") ? word("audit.value." + value, locale) : null;
            out.add((nameWords != null ? nameWords : name) + ": " + (valueWords != null ? valueWords : value));
        }
        return out.toString();
    }

    /** A campaign edit's changed parts ({@code reminders,documents+1}) in words ("lịch nhắc, tài liệu +1"). */
    private String changes(String stored, Locale locale) {
        StringJoiner out = new StringJoiner(", ");
        for (String item : stored.split(",")) {
            String part = item.replaceAll("[+-]\\d+$", "");
            String words = word("audit.change." + part, locale);
            out.add((words != null ? words : part) + (item.length() > part.length() ? " " + item.substring(part.length()) : ""));
        }
        return out.toString();
    }

    /** Whether the outcome is a success (for the badge colour; the words say it too). */
    public boolean succeeded(String code) {
        return code != null && (code.equals("SUCCESS") || code.matches("[123]\\d\\d"));
    }

    public List<Choice> choices(Locale locale) {
        return ACTIONS.stream().map(a -> new Choice(a, action(a, locale))).toList();
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
