package org.fourmiliere.chat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fourmiliere.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of chat links and linking codes. */
@Repository
class ChatLinkStore {

    private static final String COLUMNS = "id, network, nick, person_id, language, user_host, shown_in_who, verified_at";

    /** A linking code waiting to be typed in a chat. */
    record Code(long id, long personId, String language) {}

    private final JdbcClient jdbc;

    ChatLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChatLink> byNick(String network, String nick) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat_link WHERE network = :n AND nick_lower = :l")
                .param("n", network).param("l", lower(nick)).query(ChatLinkStore::row).optional();
    }

    Optional<ChatLink> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat_link WHERE id = :id").param("id", id)
                .query(ChatLinkStore::row).optional();
    }

    List<ChatLink> ofPerson(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat_link WHERE person_id = :p ORDER BY network, nick_lower")
                .param("p", personId).query(ChatLinkStore::row).list();
    }

    List<ChatLink> shownInWho() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat_link WHERE shown_in_who = TRUE ORDER BY nick_lower")
                .query(ChatLinkStore::row).list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM chat_link WHERE id = :id").param("id", id).update();
    }

    void insert(String network, String nick, long personId, String language, String userHost, Instant at) {
        jdbc.sql("INSERT INTO chat_link (network, nick, nick_lower, person_id, language, user_host, verified_at)"
                        + " VALUES (:n, :nick, :l, :p, :lang, :uh, :at)")
                .param("n", network).param("nick", nick).param("l", lower(nick)).param("p", personId)
                .param("lang", language).param("uh", userHost).param("at", Timestamp.from(at))
                .update();
    }

    void shownInWho(long id, boolean shown) {
        jdbc.sql("UPDATE chat_link SET shown_in_who = :s WHERE id = :id").param("s", shown).param("id", id).update();
    }

    void insertCode(long personId, String language, String codeHash, Instant expires) {
        jdbc.sql("DELETE FROM chat_code WHERE person_id = :p").param("p", personId).update();
        jdbc.sql("INSERT INTO chat_code (person_id, language, code_hash, expires_at) VALUES (:p, :lang, :h, :exp)")
                .param("p", personId).param("lang", language).param("h", codeHash).param("exp", Timestamp.from(expires))
                .update();
    }

    /** Takes the code (it is used once): the person it was given to, if it has not expired. */
    Optional<Code> takeCode(String codeHash, Instant now) {
        Optional<Code> code = jdbc.sql("SELECT id, person_id, language FROM chat_code WHERE code_hash = :h AND expires_at > :now")
                .param("h", codeHash).param("now", Timestamp.from(now))
                .query((rs, n) -> new Code(rs.getLong("id"), rs.getLong("person_id"), rs.getString("language"))).optional();
        // used once: only the call whose DELETE removed the row may use it
        return code.filter(c -> jdbc.sql("DELETE FROM chat_code WHERE id = :id").param("id", c.id()).update() == 1);
    }

    private static String lower(String nick) {
        return nick.toLowerCase(Locale.ROOT);
    }

    private static ChatLink row(ResultSet rs, int n) throws SQLException {
        return new ChatLink(rs.getLong("id"), rs.getString("network"), rs.getString("nick"), rs.getLong("person_id"),
                rs.getString("language"), rs.getString("user_host"), rs.getBoolean("shown_in_who"),
                SqlValues.instant(rs, "verified_at"));
    }
}
