package org.fourmiliere.governance.internal.quick;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fourmiliere.governance.internal.quick.QuickDecision.Answer;
import org.junit.jupiter.api.Test;

/** What the decisions address reads in a message: amounts, answers, tokens, titles. */
class MailWordsTest {

    @Test
    void amountLinesInFrenchAndEnglish() {
        assertThat(MailWords.amount("Achat d'un disque\nMontant: 250 $\nMerci")).contains(new BigDecimal("250.00"));
        assertThat(MailWords.amount("Montant : 1 250,50 $")).contains(new BigDecimal("1250.50"));
        assertThat(MailWords.amount("Amount: $250")).contains(new BigDecimal("250.00"));
        assertThat(MailWords.amount("amount: 1,250.50")).contains(new BigDecimal("1250.50"));
        assertThat(MailWords.amount("Amount: $1,250")).contains(new BigDecimal("1250.00"));
        assertThat(MailWords.amount("Montant : 99,9 $")).contains(new BigDecimal("99.90"));
        assertThat(MailWords.amount("Montant : 250 CAD")).contains(new BigDecimal("250.00"));
    }

    @Test
    void noAmountLineOrAnUnreadableOne() {
        assertThat(MailWords.amount("Nous achetons pour 250 $ de café")).isEmpty();
        assertThat(MailWords.mentionsAmount("Nous achetons pour 250 $ de café")).isFalse();
        assertThat(MailWords.mentionsAmount("Montant: beaucoup")).isTrue();
        assertThat(MailWords.amount("Montant: beaucoup")).isEmpty();
        assertThat(MailWords.amount("Amount: 12.345.678,999")).isEmpty();
    }

    @Test
    void answersOnTheFirstLineThatIsNeitherEmptyNorQuoted() {
        assertThat(MailWords.reply("\n\nVETO trop cher pour l'instant\n\n> Le 5 juin, Claire a écrit :\n> proposition"))
                .contains(new MailWords.Reply(Answer.VETO, "trop cher pour l'instant"));
        assertThat(MailWords.reply("veto")).contains(new MailWords.Reply(Answer.VETO, null));
        assertThat(MailWords.reply("VETO: not now,\nlet us talk at the meeting\n\n-- \nsig"))
                .contains(new MailWords.Reply(Answer.VETO, "not now, let us talk at the meeting"));
        assertThat(MailWords.reply("OK")).contains(new MailWords.Reply(Answer.SUPPORT, null));
        assertThat(MailWords.reply("Pour !")).contains(new MailWords.Reply(Answer.SUPPORT, null));
        assertThat(MailWords.reply("ABSTENTION je suis en conflit d'intérêts"))
                .contains(new MailWords.Reply(Answer.ABSTAIN, "je suis en conflit d'intérêts"));
        assertThat(MailWords.reply("abstain: conflict of interest")).contains(new MailWords.Reply(Answer.ABSTAIN, "conflict of interest"));
    }

    @Test
    void aVetoAnywhereAboveTheQuoteWinsAndSupportMustStandAlone() {
        assertThat(MailWords.reply("Bonjour,\n\nVETO : trop cher\n\nAntoine")).contains(new MailWords.Reply(Answer.VETO, "trop cher"));
        assertThat(MailWords.reply("OK\nVETO finalement")).contains(new MailWords.Reply(Answer.VETO, "finalement"));
        assertThat(MailWords.reply("Pour moi c'est non, VETO")).isEmpty();
        assertThat(MailWords.reply("Salut,\nOK, bonne idée")).contains(new MailWords.Reply(Answer.SUPPORT, "bonne idée"));
        assertThat(MailWords.reply("Merci\n\nLe 5 juin 2007, Claire a écrit :\nVETO\n")).isEmpty();
        assertThat(MailWords.reply("Merci\n-- \nVETO dans la signature")).isEmpty();
    }

    @Test
    void aReplyThatSaysSomethingElseIsNotAnAnswer() {
        assertThat(MailWords.reply("Je pense que c'est une bonne idée, mais VETO si c'est cher")).isEmpty();
        assertThat(MailWords.reply("> VETO\nmerci")).isEmpty();
        assertThat(MailWords.reply("OKAY then")).isEmpty();
        assertThat(MailWords.reply("Vetoing is not my thing")).isEmpty();
        assertThat(MailWords.reply("")).isEmpty();
    }

    @Test
    void tokensAndTitles() {
        assertThat(MailWords.token("Re: [QD-42] Décision rapide : acheter un disque")).contains(42L);
        assertThat(MailWords.token("Re: acheter un disque")).isEmpty();
        assertThat(MailWords.title("RE : Fwd: TR: Acheter un disque")).isEqualTo("Acheter un disque");
        assertThat(MailWords.title("Acheter un disque")).isEqualTo("Acheter un disque");
    }
}
