// V002: indexes the rules filter on: events by type and date, people by kind, ties by period.
CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX person_kind IF NOT EXISTS FOR (p:Person) ON (p.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX agency_sector IF NOT EXISTS FOR (a:Agency) ON (a.sector);
