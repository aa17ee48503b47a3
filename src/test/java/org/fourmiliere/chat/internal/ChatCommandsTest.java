package org.fourmiliere.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.Punches;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The interpreter without Spring: words in both languages, linking, trust, refusals with close activities. */
class ChatCommandsTest {

    static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");

    /** Punches kept in a map, refusing an unknown activity as the timesheets do. */
    static final class FakePunches implements Punches {
        final Map<Long, Punched> running = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override public Outcome punch(long personId, String code) {
            calls.add(personId + " in " + code);
            if (!List.of("koumbit", "kaizen").contains(code)) throw new Problems.InvalidInput("activity", "time.activity.unknown", code);
            Punched stopped = running.remove(personId);
            if (stopped != null) stopped = new Punched(stopped.id(), stopped.activityCode(), null, stopped.start(), NOW, 90);
            Punched p = new Punched(1, code, code, NOW, null, null);
            running.put(personId, p);
            return new Outcome(p, stopped);
        }

        @Override public Optional<Punched> stop(long personId) {
            calls.add(personId + " out");
            Punched p = running.remove(personId);
            if (p == null) throw new Problems.Conflict("activity", "time.punch.not-running");
            return Optional.of(new Punched(p.id(), p.activityCode(), null, p.start(), NOW, 125));
        }

        @Override public Optional<Punched> running(long personId) {
            return Optional.ofNullable(running.get(personId));
        }

        @Override public Week week(long personId, LocalDate day) {
            Map<LocalDate, Long> days = new LinkedHashMap<>();
            LocalDate monday = LocalDate.of(2026, 12, 7);
            for (int i = 0; i < 7; i++) days.put(monday.plusDays(i), i == 0 ? 150L : 0L);
            return new Week(monday, days, 150);
        }

        @Override public List<String> closestActivities(String code, int max) {
            return List.of("koumbit");
        }
    }

    static final class FakeIdentities implements Identities {
        final Map<String, ChatLink> links = new HashMap<>();
        String code = "ABCD2345";

        @Override public Optional<ChatLink> byNick(String network, String nick) {
            return Optional.ofNullable(links.get(network + "/" + nick.toLowerCase()));
        }

        @Override public ChatLink link(String network, String nick, String userHost, String given) {
            if (!code.equals(given)) throw new Problems.InvalidInput("code", "chat.link.bad-code");
            ChatLink l = new ChatLink(links.size() + 1, network, nick, 7, "en", userHost, true, NOW);
            links.put(network + "/" + nick.toLowerCase(), l);
            return l;
        }

        @Override public void forgetCode(String given) {
            if (code.equals(given)) code = "burnt";
        }

        @Override public List<ChatLink> shownInWho() {
            return links.values().stream().filter(ChatLink::shownInWho).toList();
        }
    }

    final FakePunches punches = new FakePunches();
    final FakeIdentities identities = new FakeIdentities();
    final ChatCommands commands = new ChatCommands(punches, identities, messages(), Clock.fixed(NOW, ZoneOffset.UTC));
    final ChatCommands.Caller alice = new ChatCommands.Caller("irc", "alice", "alice@host");

    static ResourceBundleMessageSource messages() {
        var m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/chat", "i18n/timesheets");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        m.setAlwaysUseMessageFormat(true);
        return m;
    }

    @Test
    void an_unlinked_nick_cannot_punch_and_is_told_how_to_link() {
        var reply = commands.handle(alice, "!in koumbit");
        assertThat(reply.privately()).isTrue();
        assertThat(reply.lines().getFirst()).contains("!link");
        assertThat(commands.handle(alice, "!entre koumbit").lines().getFirst()).contains("!lier");
        assertThat(punches.calls).isEmpty();
    }

    @Test
    void a_wrong_code_links_nothing_and_the_right_one_links() {
        assertThat(commands.handle(alice, "!lier NOPE").lines().getFirst()).contains("inconnu ou expiré");
        assertThat(identities.links).isEmpty();
        assertThat(commands.handle(alice, "!link ABCD2345").lines().getFirst()).isEqualTo("alice is now linked to your account.");
        assertThat(identities.links).containsKey("irc/alice");
    }

    @Test
    void in_switch_out_in_both_languages() {
        commands.handle(alice, "!link ABCD2345");
        assertThat(commands.handle(alice, "!entre koumbit").lines()).containsExactly("alice : poinçon sur koumbit depuis 09:00.");
        assertThat(commands.handle(alice, "!switch kaizen").lines()).containsExactly(
                "alice: koumbit stopped (1 h 30), punched in on kaizen since 09:00.");
        assertThat(commands.handle(alice, "!status").lines()).containsExactly("alice: on kaizen since 09:00.");
        assertThat(commands.handle(alice, "!sors").lines()).containsExactly("alice : kaizen arrêté (2 h 05).");
        assertThat(commands.handle(alice, "out").lines()).containsExactly("No punch is running.");
        assertThat(punches.calls).containsExactly("7 in koumbit", "7 in kaizen", "7 out", "7 out");
    }

    @Test
    void an_unknown_activity_is_refused_with_the_closest_ones() {
        commands.handle(alice, "!link ABCD2345");
        var reply = commands.handle(alice, "!in kumbit");
        assertThat(reply.lines()).containsExactly("There is no activity with the code kumbit.", "Close activities: koumbit");
        assertThat(punches.running).isEmpty();
    }

    @Test
    void the_week_is_answered_in_private() {
        commands.handle(alice, "!link ABCD2345");
        var reply = commands.handle(alice, "!semaine");
        assertThat(reply.privately()).isTrue();
        assertThat(reply.lines().getFirst()).isEqualTo("Semaine du 2026-12-07 : 2 h 30.");
        assertThat(reply.lines()).hasSize(2);
    }

    @Test
    void the_same_nick_from_another_connection_is_not_trusted() {
        commands.handle(alice, "!link ABCD2345");
        var stranger = new ChatCommands.Caller("irc", "alice", "mallory@elsewhere");
        assertThat(commands.handle(stranger, "!in koumbit").lines().getFirst()).contains("not recognised");
        assertThat(punches.calls).isEmpty();
    }

    @Test
    void a_code_typed_in_a_channel_is_burnt_and_on_irc_a_connection_without_user_host_is_not_trusted() {
        assertThat(ChatCommands.isLink("!lier ABCD2345")).isTrue();
        assertThat(ChatCommands.isLink("!in koumbit")).isFalse();
        var reply = commands.linkInPublic("!lier ABCD2345");
        assertThat(reply.privately()).isTrue();
        assertThat(reply.lines().getFirst()).contains("ne vaut plus");
        assertThat(commands.handle(alice, "!link ABCD2345").lines().getFirst()).as("the code no longer works")
                .contains("unknown or expired");

        identities.code = "EFGH6789";
        commands.handle(alice, "!link EFGH6789");
        var hidden = new ChatCommands.Caller("irc", "alice", null);
        assertThat(commands.handle(hidden, "!in koumbit").lines().getFirst()).contains("not recognised");
        assertThat(punches.calls).isEmpty();
    }

    @Test
    void who_shows_those_who_allow_it_and_help_lists_the_commands() {
        commands.handle(alice, "!link ABCD2345");
        commands.handle(alice, "!in koumbit");
        assertThat(commands.handle(alice, "!qui").lines()).containsExactly("alice : koumbit depuis 09:00");
        assertThat(commands.handle(alice, "!aide").lines().getFirst()).startsWith("Commandes");
        assertThat(commands.handle(alice, "help").lines().getFirst()).startsWith("Commands");
    }

    @Test
    void only_commands_wake_the_bot_in_a_channel() {
        assertThat(ChatCommands.isCommand("!in x", true)).isTrue();
        assertThat(ChatCommands.isCommand("in the morning", true)).isFalse();
        assertThat(ChatCommands.isCommand("in x", false)).isTrue();
        assertThat(ChatCommands.isCommand("!bonjour", true)).isFalse();
    }

    @Test
    void long_replies_are_split_for_irc() {
        String line = "mot ".repeat(200);
        assertThat(IrcBot.split(line)).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(400));
        assertThat(IrcLine.parse(":alice!~al@host PRIVMSG #fourmi :!in koumbit").userHost()).as("an unverified ident keeps its ~").isEqualTo("~al@host");
    }
}
