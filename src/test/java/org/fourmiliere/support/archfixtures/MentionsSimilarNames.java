package org.fourmiliere.support.archfixtures;

/** A harmless class for {@code TimeTablesOwnedTest}: names that merely end like a time table's are not refused. */
public final class MentionsSimilarNames {

    public static final String SQL = "SELECT starts_at, accounts_entry, posts_entry_day FROM meeting";

    private MentionsSimilarNames() {}
}
