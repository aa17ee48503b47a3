package org.fourmiliere.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search words: accents folded, plurals and usual endings removed, the same for the text and the query. */
class SearchTermsTest {

    @Test
    void factureFacturesAndFactureAreOneWord() {
        assertThat(SearchTerms.of("facturé")).containsExactly("factur");
        assertThat(SearchTerms.of("Facture")).containsExactly("factur");
        assertThat(SearchTerms.of("FACTURES")).containsExactly("factur");
        assertThat(SearchTerms.of("facturées")).containsExactly("factur");
        assertThat(SearchTerms.of("invoices invoiced invoice")).containsExactly("invoic");
    }

    @Test
    void accentsAndCaseAreIgnoredAndCommonWordsLeftOut() {
        assertThat(SearchTerms.of("Problème d'accès à l'école")).containsAll(SearchTerms.of("PROBLEME acces ecole")).doesNotContain("a");
        assertThat(SearchTerms.of("le serveur et la base")).containsExactly("serveur", "bas");
        assertThat(SearchTerms.of("cœur")).containsExactly("coeur");
        assertThat(SearchTerms.of("2030")).containsExactly("2030");
    }
}
