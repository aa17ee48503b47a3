package org.fourmiliere.accounting;

/** What other modules (sales, pay) may ask of the books: post an entry, reverse one. */
public interface Books {

    /** Posts a balanced entry and answers its number; refuses an unbalanced entry or a closed period. */
    long post(NewEntry entry);

    /** Posts the reversing entry of a posted one, dated {@code date}, and answers its number. */
    long reverse(long entryId, java.time.LocalDate date);
}
