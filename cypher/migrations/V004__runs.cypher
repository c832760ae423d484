// V004: recorded analysis runs and the findings that last across them (issue 17). A finding is
// one node per stable key; every change to it (opened, triaged, resolved, reopened) is a change
// node numbered from one counter, which is the change feed's cursor.
CREATE CONSTRAINT sgnet_run_id IF NOT EXISTS FOR (r:SgnetRun) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT sgnet_finding_key IF NOT EXISTS FOR (f:SgnetFinding) REQUIRE f.key IS UNIQUE;
CREATE CONSTRAINT sgnet_finding_change_seq IF NOT EXISTS FOR (c:SgnetFindingChange) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT sgnet_counter_name IF NOT EXISTS FOR (c:SgnetCounter) REQUIRE c.name IS UNIQUE;
CREATE INDEX sgnet_finding_change_key IF NOT EXISTS FOR (c:SgnetFindingChange) ON (c.key);
