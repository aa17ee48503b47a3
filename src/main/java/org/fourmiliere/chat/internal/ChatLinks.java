package org.fourmiliere.chat.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links chat identities to persons. A person asks for a one-time code on "My account" (valid 15 minutes, kept as
 * a SHA-256 digest) and types it in the chat ({@code !link CODE}): the identity the code came from — network, nick
 * and, on IRC, {@code user@host} — is linked to them. Nobody else can link a nick to someone, and a nick taken by a
 * stranger is not linked to anyone.
 */
@Service
public class ChatLinks implements Identities {

    public static final String AUDIT_TYPE = "chat_link";
    static final Duration CODE_LIFE = Duration.ofMinutes(15);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ChatLinkStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ChatLinks(ChatLinkStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new one-time code for the person (the previous one no longer works). */
    @Transactional
    public String newCode(long personId, String language) {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        store.insertCode(personId, language(language), digest(code.toString()), Instant.now(clock).plus(CODE_LIFE));
        return code.toString();
    }

    /** Links the identity that typed {@code code}; refused when the code is wrong or expired. */
    @Transactional
    @Override
    public ChatLink link(String network, String nick, String userHost, String code) {
        String normal = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        var taken = store.takeCode(digest(normal), Instant.now(clock))
                .orElseThrow(() -> new Problems.InvalidInput("code", "chat.link.bad-code"));
        var existing = store.byNick(network, nick);
        if (existing.isPresent() && existing.get().personId() != taken.personId() && "irc".equals(network)
                && (existing.get().userHost() == null || !existing.get().userHost().equals(userHost))) {
            // a nick linked to someone else, typed from another connection: not taken over (its owner unlinks first)
            throw new Problems.Conflict("code", "chat.link.taken", nick);
        }
        existing.ifPresent(old -> {
            store.delete(old.id());
            audit.record(AUDIT_TYPE, old.id(), "replaced", fields(old), null);
        });
        store.insert(network, nick, taken.personId(), taken.language(), userHost, Instant.now(clock));
        ChatLink link = store.byNick(network, nick).orElseThrow();
        audit.record(AUDIT_TYPE, link.id(), "linked", null, fields(link));
        return link;
    }

    @Transactional
    @Override
    public void forgetCode(String code) {
        String normal = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!normal.isEmpty()) store.takeCode(digest(normal), Instant.now(clock));
    }

    @Override
    public Optional<ChatLink> byNick(String network, String nick) {
        return store.byNick(network, nick);
    }

    public List<ChatLink> ofPerson(long personId) {
        return store.ofPerson(personId);
    }

    @Override
    public List<ChatLink> shownInWho() {
        return store.shownInWho();
    }

    @Transactional
    public void unlink(long personId, long id) {
        ChatLink link = own(personId, id);
        store.delete(id);
        audit.record(AUDIT_TYPE, id, "unlinked", fields(link), null);
    }

    @Transactional
    public void showInWho(long personId, long id, boolean shown) {
        own(personId, id);
        store.shownInWho(id, shown);
    }

    private ChatLink own(long personId, long id) {
        return store.byId(id).filter(l -> l.personId() == personId)
                .orElseThrow(() -> new Problems.NotFound("chat.link.not-found"));
    }

    private static Map<String, Object> fields(ChatLink l) {
        return Map.of("network", l.network(), "nick", l.nick(), "personId", l.personId());
    }

    static String language(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
    }

    static String digest(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
