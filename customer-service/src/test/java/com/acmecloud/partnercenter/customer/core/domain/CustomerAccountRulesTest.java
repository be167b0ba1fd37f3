package com.acmecloud.partnercenter.customer.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules 18, 19 and 21 on the fields of a new customer account. */
class CustomerAccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcde", "_abcd", "-abcd", "Example_Customer-01", "a2345678901234567890123456789012"})
    void rule18AcceptsNamesOfThePattern(String name) {
        assertThat(CustomerAccountRules.validDomainName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd", "a23456789012345678901234567890123", "1abcde", "abc def", "abc.de", "op_customer",
            "OP_customer", "shadow_customer", "12345678", "名字名字名字", ""})
    void rule18RefusesOtherNames(String name) {
        assertThat(CustomerAccountRules.validDomainName(name)).isFalse();
    }

    @Test
    void rule18GeneratesA32CharacterValidName() {
        String name = CustomerAccountRules.randomDomainName();
        assertThat(name).hasSize(32);
        assertThat(CustomerAccountRules.validDomainName(name)).isTrue();
        assertThat(CustomerAccountRules.randomDomainName()).isNotEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"Passw0rd,true", "password1,true", "pass_word,true", "PASSWORD!,true", "password,false",
            "12345678,false", "Pa1!,false", "Pa1!xyz,false", "customer01,false", "10remotsuc,false",
            "Ab13800000000,false"})
    void rule19Passwords(String password, boolean valid) {
        assertThat(CustomerAccountRules.validPassword(password, "customer01", "0086-13800000000")).isEqualTo(valid);
    }

    @Test
    void rule21OnlyChinaMobileNumbers() {
        assertThat(CustomerAccountRules.chinaMobile("0086-13800000000")).contains("0086-13800000000");
        assertThat(CustomerAccountRules.chinaMobile("13800000000")).contains("0086-13800000000");
        assertThat(CustomerAccountRules.chinaMobile("+86-13800000000")).isEmpty();
        assertThat(CustomerAccountRules.chinaMobile("0086-23800000000")).isEmpty();
        assertThat(CustomerAccountRules.chinaMobile("0044-7700900000")).isEmpty();
        assertThat(CustomerAccountRules.chinaMobile("0086-1380000000")).isEmpty();
    }

    @Test
    void rule21TimeoutDefaultsTo10AndOver60IsForcedTo5() {
        assertThat(CustomerAccountRules.timeoutMinutes(null, 10, 60, 5)).isEqualTo(10);
        assertThat(CustomerAccountRules.timeoutMinutes(60, 10, 60, 5)).isEqualTo(60);
        assertThat(CustomerAccountRules.timeoutMinutes(61, 10, 60, 5)).isEqualTo(5);
        assertThat(CustomerAccountRules.timeoutMinutes(1, 10, 60, 5)).isEqualTo(1);
    }
}
