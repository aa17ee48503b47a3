package org.fourmiliere.chat.internal;

import java.util.List;
import java.util.Optional;

/** What the command interpreter needs of chat links ({@link ChatLinks}; a map in unit tests). */
public interface Identities {

    Optional<ChatLink> byNick(String network, String nick);

    /** Links the caller with a one-time code; refused (InvalidInput) when the code is wrong or expired. */
    ChatLink link(String network, String nick, String userHost, String code);

    /** Makes a code unusable (it was shown where others could read it); nothing when it is unknown. */
    default void forgetCode(String code) {}

    /** Linked identities whose persons let {@code !who} show them. */
    List<ChatLink> shownInWho();
}
