// Every identity decision an analyst made, oldest first.
MATCH (d:SgnetIdentityDecision)
RETURN d.a AS a, d.b AS b, d.verdict AS verdict, d.reason AS reason, d.by AS by, d.at AS at,
       d.identifiersA AS identifiersA, d.identifiersB AS identifiersB
ORDER BY d.at, d.a, d.b
