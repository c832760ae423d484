// V001: one node per id. Uniqueness constraints also give the id lookups their indexes.
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (a:Agency) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT sgnet_migration_version IF NOT EXISTS FOR (m:SgnetMigration) REQUIRE m.version IS UNIQUE;
