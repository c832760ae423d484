package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgnet.SgnetException;

/** The cheap first refusal of loops over huge literal ranges inside an expression. */
class LoopGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RETURN size(reduce(s = \"\", i IN range(1, 50000000) | s + \"x\")) AS n",
        "RETURN [i IN range(0, 20000000) WHERE i % 2 = 0] AS n",
        "RETURN any(i IN range(-9000000, 9000000) WHERE i = 0) AS n",
        "RETURN reduce(a = 0, i IN range(1, 99999999999999999999) | a + i) AS n"
      })
  void shouldRefuseALoopOverAHugeLiteralRangeBeforeItRuns(String query) {
    assertThatThrownBy(() -> CypherGuard.check(query, Set.of()))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("range() of more than 10,000,000 values");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RETURN size(reduce(s = \"\", i IN range(1, 5000) | s + \"x\")) AS n",
        "RETURN [i IN range(1, 100000000, 100) | i] AS n",
        "UNWIND range(1, 100000000) AS i RETURN count(i) AS n",
        "MATCH (c:Child) WHERE c.age IN range(1, 100000000) RETURN c",
        "RETURN [i IN range(1, $n) | i] AS n"
      })
  void shouldLeaveSmallRangesUnwindAndMembershipToTheTimeLimit(String query) {
    assertThatCode(() -> CypherGuard.check(query, Set.of())).doesNotThrowAnyException();
  }
}
