// Keeps an analyst's decision on two people: who, when, why, and the identifiers each had, so
// that the decision can be traced however the people change later.
CREATE (d:SgnetIdentityDecision {
  a: $a, b: $b, verdict: $verdict, reason: $reason, by: $by, at: datetime($at),
  identifiersA: $identifiersA, identifiersB: $identifiersB
})
