package org.fourmiliere.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.Punches;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one interpreter of chat commands, for IRC, slash commands and the Matrix bridge: {@code !in x} / {@code in x}
 * / {@code entre x}, {@code switch x}, {@code out} / {@code sors}, {@code status} / {@code statut}, {@code week} /
 * {@code semaine}, {@code who} / {@code qui}, {@code help} / {@code aide}, {@code link CODE} / {@code lier CODE}.
 * The reply is in the language of the command's word, else in the linked person's. Punches go through
 * {@link Punches}: the same rules and messages as the web and the API.
 */
@Component
public class ChatCommands {

    /** Who wrote: the network ("irc", "slack", "mattermost", "matrix"), the nick or user id, and on IRC user@host. */
    public record Caller(String network, String nick, String userHost) {}

    /** The lines to answer, and whether they go in private rather than to the channel. */
    public record Reply(List<String> lines, boolean privately) {
        static Reply of(boolean privately, String... lines) {
            return new Reply(List.of(lines), privately);
        }
    }

    enum Command { IN, SWITCH, OUT, STATUS, WEEK, WHO, HELP, LINK }

    /** The command words: each gives its command, and its language when only one language uses it. */
    private static final Map<String, Object[]> WORDS = Map.ofEntries(
            Map.entry("in", new Object[] {Command.IN, "en"}), Map.entry("entre", new Object[] {Command.IN, "fr"}),
            Map.entry("switch", new Object[] {Command.SWITCH, null}), Map.entry("change", new Object[] {Command.SWITCH, "fr"}),
            Map.entry("out", new Object[] {Command.OUT, "en"}), Map.entry("sors", new Object[] {Command.OUT, "fr"}),
            Map.entry("status", new Object[] {Command.STATUS, "en"}), Map.entry("statut", new Object[] {Command.STATUS, "fr"}),
            Map.entry("week", new Object[] {Command.WEEK, "en"}), Map.entry("semaine", new Object[] {Command.WEEK, "fr"}),
            Map.entry("who", new Object[] {Command.WHO, "en"}), Map.entry("qui", new Object[] {Command.WHO, "fr"}),
            Map.entry("help", new Object[] {Command.HELP, "en"}), Map.entry("aide", new Object[] {Command.HELP, "fr"}),
            Map.entry("link", new Object[] {Command.LINK, "en"}), Map.entry("lier", new Object[] {Command.LINK, "fr"}));

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final Punches punches;
    private final Identities identities;
    private final MessageSource messages;
    private final Clock clock;

    public ChatCommands(Punches punches, Identities identities, MessageSource messages, Clock clock) {
        this.punches = punches;
        this.identities = identities;
        this.messages = messages;
        this.clock = clock;
    }

    /** True when the text is a command (so that a bot ignores the rest of a channel's talk). */
    /** Whether the text is a {@code link}/{@code lier} command: in a channel its code is burnt, never used. */
    public static boolean isLink(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("!")) t = t.substring(1);
        Object[] known = WORDS.get(t.split("\\s+", 2)[0].toLowerCase(Locale.ROOT));
        return known != null && known[0] == Command.LINK;
    }

    /** A code typed where others could read it: made unusable, and the person told to ask for a new one, privately. */
    public Reply linkInPublic(String text) {
        String t = text.strip();
        if (t.startsWith("!")) t = t.substring(1);
        String[] parts = t.split("\\s+", 2);
        if (parts.length > 1) identities.forgetCode(parts[1].strip());
        Locale locale = Locale.forLanguageTag((String) WORDS.get(parts[0].toLowerCase(Locale.ROOT))[1]);
        return Reply.of(true, msg(locale, "chat.link.public"));
    }

    public static boolean isCommand(String text, boolean bang) {
        String t = text == null ? "" : text.strip();
        if (bang) {
            if (!t.startsWith("!")) return false;
            t = t.substring(1);
        } else if (t.startsWith("!")) t = t.substring(1);
        String word = t.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return WORDS.containsKey(word);
    }

    /** Answers one command; empty lines when the text is no command. */
    public Reply handle(Caller caller, String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("!")) t = t.substring(1);
        String[] parts = t.split("\\s+", 2);
        String word = parts[0].toLowerCase(Locale.ROOT);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        Object[] known = WORDS.get(word);
        Optional<ChatLink> link = identities.byNick(caller.network(), caller.nick());
        String wordLanguage = known == null ? null : (String) known[1];
        Locale locale = Locale.forLanguageTag(wordLanguage != null ? wordLanguage
                : link.map(ChatLink::language).orElse("fr"));
        if (known == null) return Reply.of(true, msg(locale, "chat.unknown-command", word));
        Command command = (Command) known[0];
        if (command == Command.HELP) return help(locale);
        if (command == Command.LINK) return link(caller, arg, locale);
        if (link.isEmpty()) return Reply.of(true, msg(locale, "chat.not-linked"));
        boolean irc = "irc".equals(caller.network());
        if ((irc && (link.get().userHost() == null || caller.userHost() == null))
                || (link.get().userHost() != null && caller.userHost() != null && !link.get().userHost().equals(caller.userHost()))) {
            return Reply.of(true, msg(locale, "chat.untrusted", caller.nick()));
        }
        long person = link.get().personId();
        try {
            return switch (command) {
                case IN, SWITCH -> punch(person, arg, caller, locale);
                case OUT -> out(person, caller, locale);
                case STATUS -> status(person, caller, locale);
                case WEEK -> week(person, locale);
                case WHO -> who(locale);
                default -> help(locale);
            };
        } catch (Problems.DomainException e) {
            List<String> lines = new ArrayList<>();
            lines.add(messages.getMessage(e, locale));
            if ("time.activity.unknown".equals(e.messageKey())) {
                List<String> close = punches.closestActivities(arg, 3);
                if (!close.isEmpty()) lines.add(msg(locale, "chat.closest", String.join(", ", close)));
            }
            return new Reply(lines, false);
        }
    }

    private Reply punch(long person, String activity, Caller caller, Locale locale) {
        if (activity.isEmpty()) return Reply.of(false, msg(locale, "time.activity.required"));
        String code = activity.split("\\s+")[0];
        var outcome = punches.punch(person, code);
        var running = outcome.running();
        if (outcome.stopped() != null) {
            return Reply.of(false, msg(locale, "chat.switched", caller.nick(), outcome.stopped().activityCode(),
                    hours(outcome.stopped().minutes()), running.activityCode(), time(running.start())));
        }
        return Reply.of(false, msg(locale, "chat.in", caller.nick(), running.activityCode(), time(running.start())));
    }

    private Reply out(long person, Caller caller, Locale locale) {
        return punches.stop(person)
                .map(p -> Reply.of(false, msg(locale, "chat.out", caller.nick(), p.activityCode(), hours(p.minutes()))))
                .orElseGet(() -> Reply.of(false, msg(locale, "chat.out-discarded", caller.nick())));
    }

    private Reply status(long person, Caller caller, Locale locale) {
        return punches.running(person)
                .map(p -> Reply.of(false, msg(locale, "chat.status", caller.nick(), p.activityCode(), time(p.start()))))
                .orElseGet(() -> Reply.of(false, msg(locale, "chat.status-none", caller.nick())));
    }

    private Reply week(long person, Locale locale) {
        var week = punches.week(person, LocalDate.now(clock.withZone(TimeConfig.ZONE)));
        List<String> lines = new ArrayList<>();
        lines.add(msg(locale, "chat.week", week.monday().toString(), hours(week.total())));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        week.minutesByDay().forEach((d, m) -> {
            if (m != 0) lines.add(msg(locale, "chat.week-day", d.format(day), hours(m)));
        });
        return new Reply(lines, true);
    }

    private Reply who(Locale locale) {
        List<String> lines = new ArrayList<>();
        for (ChatLink l : identities.shownInWho()) {
            punches.running(l.personId()).ifPresent(p ->
                    lines.add(msg(locale, "chat.who-line", l.nick(), p.activityCode(), time(p.start()))));
        }
        if (lines.isEmpty()) lines.add(msg(locale, "chat.who-none"));
        return new Reply(lines, false);
    }

    private Reply link(Caller caller, String code, Locale locale) {
        try {
            ChatLink l = identities.link(caller.network(), caller.nick(), caller.userHost(), code);
            return Reply.of(true, msg(Locale.forLanguageTag(l.language()), "chat.linked", caller.nick()));
        } catch (Problems.DomainException e) {
            return Reply.of(true, messages.getMessage(e, locale));
        }
    }

    private Reply help(Locale locale) {
        return Reply.of(true, msg(locale, "chat.help.1"), msg(locale, "chat.help.2"), msg(locale, "chat.help.3"));
    }

    private String time(Instant at) {
        return at == null ? "" : HM.format(at.atZone(TimeConfig.ZONE));
    }

    static String hours(Number minutes) {
        long m = minutes == null ? 0 : minutes.longValue();
        String sign = m < 0 ? "-" : "";
        m = Math.abs(m);
        return sign + (m / 60) + " h " + String.format(Locale.ROOT, "%02d", m % 60);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
