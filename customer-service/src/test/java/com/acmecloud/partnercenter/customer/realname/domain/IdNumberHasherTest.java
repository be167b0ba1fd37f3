package com.acmecloud.partnercenter.customer.realname.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rule 53 counts customers per ID number without keeping the number. */
class IdNumberHasherTest {

    @Test
    void equalNumbersHashEquallyWhateverTheirCaseAndBlanks() {
        IdNumberHasher hasher = new IdNumberHasher("key-1");
        assertThat(hasher.hash(" 11010519491231002x ")).isEqualTo(hasher.hash("11010519491231002X"))
                .hasSize(64).doesNotContain("110105");
        assertThat(hasher.hash("11010519491231002X")).isNotEqualTo(hasher.hash("11010519491231003X"));
    }

    @Test
    void theKeyMatters() {
        assertThat(new IdNumberHasher("key-1").hash("E12345678")).isNotEqualTo(new IdNumberHasher("key-2").hash("E12345678"));
        assertThatThrownBy(() -> new IdNumberHasher("")).isInstanceOf(IllegalArgumentException.class);
    }
}
