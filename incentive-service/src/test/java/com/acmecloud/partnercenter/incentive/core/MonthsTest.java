package com.acmecloud.partnercenter.incentive.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Months in GMT+8 (domain.md §5) and rule 61's last second. */
class MonthsTest {

    @Test
    void theLastSecondOfAMonthIsGmt8() {
        assertThat(Months.lastSecond(YearMonth.of(2026, 2))).isEqualTo(Instant.parse("2026-02-28T15:59:59Z"));
        assertThat(Months.lastSecond(YearMonth.of(2028, 2))).isEqualTo(Instant.parse("2028-02-29T15:59:59Z"));
        assertThat(Months.start(YearMonth.of(2026, 3))).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    }

    @Test
    void anInstantBelongsToItsGmt8Month() {
        assertThat(Months.of(Instant.parse("2026-03-31T15:59:59Z"))).isEqualTo(YearMonth.of(2026, 3));
        assertThat(Months.of(Instant.parse("2026-03-31T16:00:00Z"))).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void onlyYyyyMmParses() {
        assertThat(Months.parse("2026-11")).contains(YearMonth.of(2026, 11));
        assertThat(Months.parse("2026-13")).isEmpty();
        assertThat(Months.parse("2026-1")).isEmpty();
        assertThat(Months.parse(" 2026-11")).isEmpty();
        assertThat(Months.parse(null)).isEmpty();
    }
}
