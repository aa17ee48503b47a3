package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The passwords attackers try first are refused, with the endings people add; an uncommon one is taken. */
class PasswordRulesTest {

    @Test
    void theListShippedIsLarge() {
        assertThat(PasswordRules.size()).isGreaterThan(10_000);
    }

    @Test
    void commonPasswordsAndTheirVariantsAreRefused() {
        assertThat(PasswordRules.isCommon("password123", null)).isTrue();
        assertThat(PasswordRules.isCommon("Password2024!", null)).isTrue();
        assertThat(PasswordRules.isCommon("MotDePasse1", null)).isTrue();
        assertThat(PasswordRules.isCommon("1234567890", null)).isTrue();
        assertThat(PasswordRules.isCommon("azertyuiop", null)).isTrue();
        assertThat(PasswordRules.isCommon("aaaaaaaaaaaa", null)).isTrue();
        assertThat(PasswordRules.isCommon("abababababab", null)).isTrue();
        assertThat(PasswordRules.isCommon("claire.tremblay", "claire.tremblay@example.org")).isTrue();
    }

    @Test
    void anUncommonPasswordIsTaken() {
        assertThat(PasswordRules.isCommon("ant-hill-under-snow-42", "claire@example.org")).isFalse();
        assertThat(PasswordRules.isCommon("fourmiliere-demo", null)).isFalse();
    }
}
