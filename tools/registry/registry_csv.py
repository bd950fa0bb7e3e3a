#!/usr/bin/env python3
"""Writes a synthetic registry as the service's import files: N venues, K kits and A animators.

Usage: registry_csv.py OUT_DIR PREFIX [venues] [kits] [animators]   (defaults 300 100 1000)

The records are made up (names "Venue 1 (load test)"), on the illustrative registry's 33 timeslots
(MON-1 ... SAT-3), so the files import into a service started on its embedded defaults. PREFIX makes the ids
of one run new (each run creates its records rather than finding them unchanged). Deterministic (seeded).
"""
import csv
import os
import random
import sys

DAYS = {"MON": 6, "TUE": 6, "WED": 6, "THU": 6, "FRI": 6, "SAT": 3}
SLOTS = [f"{d}-{i}" for d, n in DAYS.items() for i in range(1, n + 1)]
COMMUNES = [f"210{c:02d}" for c in range(1, 20)]
LANGUAGES = ["fr", "nl", "en", "ar", "es", "tr"]
SKILLS = ["START_DIGITAL", "BASICS", "ADMIN", "SENIORS", "YOUTH", "DISABILITY", "ALLOPHONE", "OUTREACH"]


def main():
    out, prefix = sys.argv[1], sys.argv[2]
    venues, kits, animators = (int(a) for a in (sys.argv[3:6] + ["300", "100", "1000"][len(sys.argv) - 3:]))
    rnd = random.Random(prefix)
    os.makedirs(out, exist_ok=True)
    venue_ids = [f"{prefix}-v{i:04d}" for i in range(1, venues + 1)]
    with open(os.path.join(out, "venues.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["id", "name", "kind", "address", "commune", "seats", "rooms", "accessible", "startDigital", "open"])
        for i, vid in enumerate(venue_ids, 1):
            w.writerow([vid, f"Venue {i} (load test)", rnd.choice(["EPN", "PARTNER_SITE"]),
                        f"Rue du Test {i}, 1000 Bruxelles", rnd.choice(COMMUNES), rnd.randint(4, 20), rnd.randint(1, 2),
                        rnd.choice(["true", "false"]), rnd.choice(["true", "false"]),
                        "|".join(s for s in SLOTS if rnd.random() < 0.7)])
    with open(os.path.join(out, "kits.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "homeVenue", "devices", "braille"])
        for i in range(1, kits + 1):
            w.writerow([f"{prefix}-k{i:04d}", f"Kit {i} (load test)", rnd.choice(venue_ids), rnd.randint(6, 12),
                        rnd.choice(["true", "false"])])
    with open(os.path.join(out, "animators.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "homeCommune", "languages", "skills", "maxSessions", "available", "absences"])
        for i in range(1, animators + 1):
            absences = "2026-12-01..2026-12-03|2027-01-15" if rnd.random() < 0.2 else ""
            w.writerow([f"{prefix}-a{i:05d}", f"Animator {i} (load test)", rnd.choice(COMMUNES),
                        "|".join(rnd.sample(LANGUAGES, rnd.randint(1, 3))), "|".join(rnd.sample(SKILLS, rnd.randint(0, 4))),
                        rnd.randint(4, 10), "|".join(s for s in SLOTS if rnd.random() < 0.6), absences])


if __name__ == "__main__":
    main()
