#!/usr/bin/env python3
"""The fifteen rules of shared/spec/rules.md, computed by a plain script straight over a case
bundle's CSVs (issue 20, item 2): no store, no graph library, only Python's standard library.

It is the yardstick for sgnet's catalogue: bench/ratio.sh times `sgnet analyse` against it on the
same rows and checks that both find the same things. It reads the spec's words, not sgnet's code,
so a disagreement points at one of the two reading the spec wrongly.

Usage:
  bench/plain_rules.py BUNDLE [--as-of YYYY-MM-DD] [--window DAYS] [--format json|counts]
  bench/plain_rules.py --compare SGNET_JSON PLAIN_JSON

With --format json (the default) it prints {"asOf", "windowDays", "seconds", "findings"}, where a
finding has the spec's fields except message and recommendation (sgnet's own wording). The
thresholds are the spec's defaults. --compare prints, per rule, the findings' keys (rule,
childIds, agencyIds, details.eventId, details.requestEventId) found by one side only, and the
fields (severity, personIds, the details this script computes: not sgnet's extra brokers) that
differ for a key both found; exit 1 on any difference.
"""

import argparse
import csv
import datetime
import json
import re
import sys
import time
from collections import defaultdict
from itertools import combinations

OVERLOAD_PROFESSIONALS = 8
OVERLOAD_AGENCIES = 5
SPOC_AGENCIES = 3
SILO_SHARED_CHILDREN = 3
RESPONSE_DAYS = 28
REASSESSMENT_DAYS = 45

# The spec trims spaces and tabs only (a non-breaking space is not a space).
SPACES = " \t"
INNER_SPACES = re.compile("[ \t]+")


def read_csv(path, required=True):
    """Rows of one bundle file as dicts, cells trimmed, empty cells absent (None)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = []
            for row in csv.DictReader(handle):
                rows.append({k: (v.strip(SPACES) or None) if v is not None else None
                             for k, v in row.items()})
            return rows
    except FileNotFoundError:
        if required:
            raise
        return []


def day(text):
    return datetime.date.fromisoformat(text).toordinal() if text else None


class Bundle:
    """The bundle's rows, indexed the way the rules read them."""

    def __init__(self, folder):
        self.agency_of = {}  # professional -> agency
        self.kind = {}
        for row in read_csv(f"{folder}/people.csv"):
            self.kind[row["person_id"]] = row["kind"]
            if row["kind"] == "PROFESSIONAL":
                self.agency_of[row["person_id"]] = row["agency_id"]
        self.children = sorted(p for p, k in self.kind.items() if k == "CHILD")
        self.ties = []
        for row in read_csv(f"{folder}/relationships.csv", required=False):
            self.ties.append((row["type"], row["from_id"], row["to_id"], day(row["start_date"]),
                              day(row["end_date"]), row))
        self.events = []
        for row in read_csv(f"{folder}/events.csv", required=False):
            participants = [p.strip(SPACES) for p in row["participants"].split(";")] \
                if row["participants"] else []
            self.events.append({
                "id": row["event_id"], "date": day(row["date"]), "type": row["type"],
                "subject": row["subject_id"], "agency": row["agency_id"],
                "recorded_by": row["recorded_by"], "participants": set(participants),
                "subtype": row["subtype"], "value": row["value"],
                "requested_by": row["requested_by"], "seen_alone": row["seen_alone"] == "true"})


def analyse(bundle, as_of=None, window=90):
    if as_of is None:
        dates = [e["date"] for e in bundle.events]
        as_of = max(dates) if dates else datetime.datetime.now(datetime.timezone.utc).date().toordinal()
    d = as_of
    window_start = d - window  # the window is window_start < date <= d

    def active(start, end):
        return (start is None or start <= d) and (end is None or end >= d)

    # Events dated <= D, per subject; every rule ignores later ones.
    about = defaultdict(list)
    for e in bundle.events:
        if e["date"] <= d:
            about[e["subject"]].append(e)

    def in_window(e):
        return window_start < e["date"] <= d

    def people(e):
        found = set(e["participants"])
        if e["recorded_by"]:
            found.add(e["recorded_by"])
        return found

    def professionals(persons):
        return {p for p in persons if bundle.kind.get(p) == "PROFESSIONAL"}

    involved_tie = defaultdict(set)  # child -> professionals with an active INVOLVED tie
    lead = set()  # children with an active lead INVOLVED tie
    placements = defaultdict(list)  # child -> [(home, legal basis)] active on D
    holders = defaultdict(set)  # child -> FAMILY with an active PARENT tie and responsibility
    sibling_pairs = set()
    for kind, src, dst, start, end, row in bundle.ties:
        if not active(start, end):
            continue
        if kind == "INVOLVED":
            involved_tie[dst].add(src)
            if row.get("lead") == "true":
                lead.add(dst)
        elif kind == "PLACED_WITH":
            placements[src].append((dst, row["legal_basis"]))
        elif kind == "PARENT":
            if row["parental_responsibility"] == "true":
                holders[dst].add(src)
        elif kind == "SIBLING":
            sibling_pairs.add((min(src, dst), max(src, dst)))

    findings = []

    def add(rule, severity, children, agencies=(), persons=(), details=None):
        findings.append({"rule": rule, "severity": severity, "childIds": sorted(children),
                         "agencyIds": sorted(agencies), "personIds": sorted(persons),
                         "details": details or {}})

    involved_agencies = {}
    for c in bundle.children:
        events = about[c]
        window_events = [e for e in events if in_window(e)]
        pros = set(involved_tie[c])
        for e in window_events:
            pros |= professionals(people(e))
        agencies = {bundle.agency_of[p] for p in pros} | {e["agency"] for e in window_events}
        involved_agencies[c] = agencies

        # 1. PROFESSIONAL_OVERLOAD
        many_pros = len(pros) >= OVERLOAD_PROFESSIONALS
        many_agencies = len(agencies) >= OVERLOAD_AGENCIES
        if many_pros or many_agencies:
            add("PROFESSIONAL_OVERLOAD", "HIGH" if many_pros and many_agencies else "MEDIUM",
                [c], agencies, pros)

        # 2. NO_SINGLE_POINT_OF_CONTACT
        if len(agencies) >= SPOC_AGENCIES and c not in lead:
            add("NO_SINGLE_POINT_OF_CONTACT", "MEDIUM", [c], agencies)

        # 3. COORDINATION_GAP: components of the coordination graph, by union-find.
        if len(pros) >= 2:
            parent = {p: p for p in pros}

            def find(p):
                while parent[p] != p:
                    parent[p] = parent[parent[p]]
                    p = parent[p]
                return p

            def join(group):
                group = list(group)
                for other in group[1:]:
                    parent[find(other)] = find(group[0])

            by_agency = defaultdict(list)
            for p in pros:
                by_agency[bundle.agency_of[p]].append(p)
            for group in by_agency.values():
                join(group)
            for e in window_events:
                if e["type"] in ("INFORMATION_SHARED", "MEETING"):
                    join(people(e) & pros)
            groups = defaultdict(list)
            for p in pros:
                groups[find(p)].append(p)
            if len(groups) >= 2:
                components = sorted((sorted(g) for g in groups.values()),
                                    key=lambda g: (-len(g), g[0]))
                add("COORDINATION_GAP", "HIGH" if len(groups) >= 3 else "MEDIUM", [c], (), pros,
                    {"components": components})

        # 4. UNCOORDINATED_RISK
        risks = [e for e in window_events if e["type"] == "RISK"]
        categories = {e["value"] for e in risks}
        raisers = {e["agency"] for e in risks}
        if len(categories) >= 2 or len(raisers) >= 2:
            managed = any(
                e["type"] == "MEETING" and e["subtype"] in ("RISK_MANAGEMENT", "STRATEGY")
                and len({bundle.agency_of[p] for p in professionals(people(e))}) >= 2
                for e in window_events)
            if not managed:
                add("UNCOORDINATED_RISK", "HIGH", [c], raisers, (), {"risks": sorted(categories)})

        # 7. CHILD_REQUEST_UNANSWERED and 8. CHILD_REQUEST_MISATTRIBUTED
        contacts = sorted((e for e in events if e["type"] == "CONTACT"),
                          key=lambda e: (e["date"], e["id"]))
        for r in window_events:
            if r["type"] != "REQUEST":
                continue
            answers = [k for k in contacts
                       if k["date"] >= r["date"] and k["participants"] & r["participants"]]
            if r["date"] <= d - RESPONSE_DAYS and not answers:
                add("CHILD_REQUEST_UNANSWERED", "MEDIUM", [c], (), r["participants"],
                    {"eventId": r["id"]})
            timely = [k for k in answers if k["date"] <= r["date"] + RESPONSE_DAYS]
            if timely and timely[0]["requested_by"] == "SERVICE":
                add("CHILD_REQUEST_MISATTRIBUTED", "LOW", [c], (), (),
                    {"eventId": timely[0]["id"], "requestEventId": r["id"]})

        # 10. SINGLE_AGENCY_ASSESSMENT
        assessments = [e for e in window_events if e["type"] == "ASSESSMENT"]
        if assessments:
            latest = max(assessments, key=lambda e: (e["date"], e["id"]))
            contributing = {latest["agency"]} | {
                bundle.agency_of[p] for p in professionals(latest["participants"])}
            if len(contributing) == 1 and len(agencies) >= 2:
                add("SINGLE_AGENCY_ASSESSMENT", "MEDIUM", [c], (), (), {"eventId": latest["id"]})

        # 11. ASSESSMENT_NOT_REVISITED
        assessed = [e["date"] for e in events if e["type"] == "ASSESSMENT"]
        since = max(assessed) if assessed else None
        changes = sorted(((e["date"], e["id"]) for e in events
                          if e["type"] == "CIRCUMSTANCES_CHANGED"
                          and (since is None or e["date"] > since)
                          and e["date"] <= d - REASSESSMENT_DAYS))
        if changes:
            add("ASSESSMENT_NOT_REVISITED", "MEDIUM", [c], (), (),
                {"eventIds": [i for _, i in changes]})

        # 12. NOT_SEEN_ALONE
        visits = [e for e in window_events if e["type"] == "VISIT"]
        if visits and not any(e["seen_alone"] for e in visits):
            add("NOT_SEEN_ALONE", "MEDIUM", [c])

        # 13. ETHNICITY_CONFLICT and 14. ETHNICITY_NOT_RECORDED
        recorded = sorted((e for e in events if e["type"] == "ETHNICITY_RECORDED"),
                          key=lambda e: (e["date"], e["id"]))
        first_written = {}
        per_agency = defaultdict(set)
        for e in recorded:
            key = INNER_SPACES.sub(" ", e["value"].strip(SPACES)).lower()
            first_written.setdefault(key, e["value"].strip(SPACES))
            per_agency[e["agency"]].add(key)
        if len(first_written) >= 2:
            within = sorted(a for a, values in per_agency.items() if len(values) >= 2)
            add("ETHNICITY_CONFLICT", "HIGH" if within else "MEDIUM", [c], per_agency.keys(), (),
                {"values": sorted(first_written.values()), "withinAgency": within})
        if assessed and not recorded:
            add("ETHNICITY_NOT_RECORDED", "MEDIUM", [c])

        # 15. PARENTAL_RESPONSIBILITY_UNEXERCISED
        if any(basis == "S20_VOLUNTARY" for _, basis in placements[c]):
            mine = holders[c]
            engaged = [e for e in events
                       if e["type"] in ("MEETING", "ASSESSMENT", "DECISION")
                       and e["participants"] & mine]
            if not any(in_window(e) for e in engaged):
                latest = max((e["date"] for e in engaged), default=None)
                add("PARENTAL_RESPONSIBILITY_UNEXERCISED", "HIGH", [c], (), mine,
                    {"daysSinceEngagement": None if latest is None else d - latest})

    # 5. AGENCY_SILO
    shared = defaultdict(list)
    for c in bundle.children:
        for pair in combinations(sorted(involved_agencies[c]), 2):
            shared[pair].append(c)
    talked = set()
    for e in bundle.events:
        if e["type"] in ("INFORMATION_SHARED", "MEETING") and window_start < e["date"] <= d:
            agencies = sorted({bundle.agency_of[p] for p in professionals(people(e))})
            talked.update(combinations(agencies, 2))
    for pair, children in shared.items():
        if len(children) >= SILO_SHARED_CHILDREN and pair not in talked:
            add("AGENCY_SILO", "MEDIUM", children, pair)

    # 6. SIBLING_CONTACT_GAP and 9. SIBLINGS_TREATED_DIFFERENTLY
    def mentions(kind, child, other, window_only):
        return any(e["type"] == kind and other in e["participants"]
                   and (in_window(e) or not window_only) for e in about[child])

    for a, b in sorted(sibling_pairs):
        pa, pb = placements[a], placements[b]
        if not pa or not pb:
            continue
        homes_a = {h for h, _ in pa}
        if not homes_a & {h for h, _ in pb} and not mentions("CONTACT", a, b, True) \
                and not mentions("CONTACT", b, a, True):
            urgent = any(basis == "PRIVATE_FOSTERING" for _, basis in pa + pb) \
                or mentions("REQUEST", a, b, True) or mentions("REQUEST", b, a, True)
            add("SIBLING_CONTACT_GAP", "HIGH" if urgent else "MEDIUM", [a, b])
        if {basis for _, basis in pa} != {basis for _, basis in pb} \
                and not mentions("DECISION", a, b, False) and not mentions("DECISION", b, a, False):
            add("SIBLINGS_TREATED_DIFFERENTLY", "LOW", [a, b])

    findings.sort(key=sort_key)
    return datetime.date.fromordinal(d).isoformat(), findings


def sort_key(f):
    return (f["rule"], f["childIds"], f["agencyIds"], f["details"].get("eventId") or "",
            f["details"].get("requestEventId") or "")


def key(f):
    return (f["rule"], tuple(f["childIds"]), tuple(f["agencyIds"]),
            f["details"].get("eventId"), f["details"].get("requestEventId"))


def compare(sgnet_path, plain_path):
    """Per rule: keys found by one side only, and fields that differ where both found a key."""
    with open(sgnet_path, encoding="utf-8") as handle:
        theirs = json.load(handle)
    with open(plain_path, encoding="utf-8") as handle:
        ours = json.load(handle)
    if theirs["asOf"] != ours["asOf"]:
        print(f"as-of dates differ: sgnet {theirs['asOf']}, plain {ours['asOf']}")
        return 1
    a = {key(f): f for f in theirs["findings"]}
    b = {key(f): f for f in ours["findings"]}
    rules = sorted({k[0] for k in a} | {k[0] for k in b})
    differences = 0
    print("| rule | sgnet | plain | only sgnet | only plain | fields differ |")
    print("|---|---:|---:|---:|---:|---:|")
    notes = []
    for rule in rules:
        ka = {k for k in a if k[0] == rule}
        kb = {k for k in b if k[0] == rule}
        only_a, only_b = sorted(ka - kb), sorted(kb - ka)
        differ = []
        for k in sorted(ka & kb):
            fa, fb = a[k], b[k]
            for field in ("severity", "personIds"):
                if fa[field] != fb[field]:
                    differ.append((k, field, fa[field], fb[field]))
            for name, value in fb["details"].items():
                if fa["details"].get(name) != value:
                    differ.append((k, "details." + name, fa["details"].get(name), value))
        differences += len(only_a) + len(only_b) + len(differ)
        print(f"| {rule} | {len(ka)} | {len(kb)} | {len(only_a)} | {len(only_b)} | {len(differ)} |")
        notes += [f"only sgnet: {k}" for k in only_a[:5]]
        notes += [f"only plain: {k}" for k in only_b[:5]]
        notes += [f"{k} {field}: sgnet {x!r}, plain {y!r}" for k, field, x, y in differ[:5]]
    for note in notes:
        print(note)
    return 1 if differences else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?")
    parser.add_argument("--as-of")
    parser.add_argument("--window", type=int, default=90)
    parser.add_argument("--format", choices=("json", "counts"), default="json")
    parser.add_argument("--compare", nargs=2, metavar=("SGNET_JSON", "PLAIN_JSON"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if not args.bundle:
        parser.error("a bundle folder is needed")
    if args.window < 1:
        parser.error("--window must be at least 1")
    started = time.monotonic()
    bundle = Bundle(args.bundle)
    as_of, findings = analyse(bundle, day(args.as_of), args.window)
    seconds = round(time.monotonic() - started, 3)
    if args.format == "counts":
        counts = defaultdict(int)
        for f in findings:
            counts[f["rule"]] += 1
        for rule in sorted(counts):
            print(f"{rule}\t{counts[rule]}")
        print(f"total\t{len(findings)}\n{seconds} s")
    else:
        json.dump({"asOf": as_of, "windowDays": args.window, "seconds": seconds,
                   "findings": findings}, sys.stdout, separators=(",", ":"))
        print()


if __name__ == "__main__":
    main()
