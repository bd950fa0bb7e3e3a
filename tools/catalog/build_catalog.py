#!/usr/bin/env python3
"""Build the default PAN offer catalogue (structures + services) from the shared data sheet.

Usage:
    python3 tools/catalog/build_catalog.py --data /work/shared/data \
        --out rules/src/main/resources/be/brussels/pan/rules/catalog/default-catalog.json

Inputs:  <data>/communes.csv, <data>/epn.csv, <data>/partners.csv (facts extracted from the seed,
         PAN annual report 2021; "Lx" = line x of the seed), <data>/contacts.csv (addresses, phones,
         websites, hours found in public sources; see contacts.md), plus three hand-written overlays next
         to this script: classification.json (DERIVED interpretation of each partner project),
         illustrative.json (made-up hours, schedules, capacities, venues) and public-facts.json (how the
         contacts.csv rows map to catalogue records, and public sources found outside it).
Output:  pretty-printed UTF-8 JSON, stable ordering, deterministic (no clock, no randomness).
Standard library only (Python >= 3.8). See README.md in this folder for the decisions.
"""
import argparse
import csv
import json
import os
import re
import sys

VERSION = "2026.12-default"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- closed vocabularies
STRUCTURE_KINDS = {"EPN", "PARTNER", "CPAS", "REFURBISHER", "TRAINING_OPERATOR"}
SERVICE_KINDS = {"START_DIGITAL", "WORKSHOP", "PERMANENCE", "FREE_ACCESS", "EQUIPMENT",
                 "SOCIAL_SUPPORT", "VOLUNTEERING"}
TARGET_GROUPS = ["JOB_SEEKERS", "YOUTH", "SENIORS", "DISABILITY", "PRECARIOUS", "WOMEN"]
PUBLICS = {"HOMELESS", "NEWCOMERS", "ALLOPHONE", "LITERACY", "PARENTS", "FAMILIES",
           "VISUALLY_IMPAIRED", "INTELLECTUAL_DISABILITY", "REDUCED_MOBILITY", "SOCIAL_HOUSING_PRIORITY",
           "SOCIAL_HOUSING_TENANTS", "PARENTS_OF_SCHOOL_CHILDREN", "PRECARIOUS_YOUTH",
           "WOMEN_ONLY", "SICK_PUPILS", "CPAS_BENEFICIARIES", "STUDENTS"}
# publics that reserve an offer: it is for a person known to belong to that public, and for no one else
RESERVED_PUBLICS = {"WOMEN_ONLY", "SICK_PUPILS", "PARENTS_OF_SCHOOL_CHILDREN", "SOCIAL_HOUSING_TENANTS",
                    "FAMILIES"}
PERSONAE = {"ESTEBAN", "LOUIS", "NOEMIE", "ANNE", "BENOIT"}
NEEDS = {"ADMIN", "JOB_SEARCH", "BANKING", "HEALTH", "SCHOOL", "SOCIAL_CONTACT", "OFFICE",
         "ADVANCED", "EQUIPMENT"}
CONDITIONS = {"JOB_SEEKER", "AGE_OVER_25", "NO_CESS", "DIGCOMP_BELOW_B"}
FEES = {"FREE", "SYMBOLIC", "PAID"}
DIGCOMP = {"A", "B", "C"}
SOURCES = {"SEED", "DERIVED", "ILLUSTRATIVE", "PUBLIC_SOURCE"}
LABEL_EPN = "EPN_LABEL_RBC"
LANGS = {"fr", "nl", "en", "ar", "es", "tr"}
WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
# accessibility: each part true/false/unknown (absent); equipment items with what is known of them
ACCESSIBILITY_PARTS = ["wheelchair", "visual", "hearing", "intellectual"]
ACCESSIBILITY_FIELDS = ACCESSIBILITY_PARTS + ["equipment"]
EQUIPMENT_ITEMS = {"BRAILLE_KEYBOARD", "ERGONOMIC_MOUSE"}
EQUIPMENT_STATUSES = {"PRESENT", "FUNDED"}
FACT_FIELDS = ["fields", "source", "seedLines", "url", "date", "note"]
DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
CONTACT_FIELDS = ["address", "phone", "email", "website"]

STRUCTURE_FIELDS = ["id", "name", "kind", "description", "postcode", "communeCode", "address", "lat",
                    "lon", "phone", "email", "website", "openingHours", "accessible", "accessibility", "languages",
                    "labels", "mobile", "atHome", "provenance"]
SERVICE_FIELDS = ["id", "structureId", "name", "kind", "description", "targetGroups", "publics",
                  "personae", "needs", "languages", "minimumAge", "maximumAge", "eligibility",
                  "conditions", "fee", "schedule", "capacity", "digcompLevels", "provenance"]
# optional list fields left out of the JSON when empty (the Java records default them to empty lists)
OMIT_WHEN_EMPTY = {"conditions", "schedule", "digcompLevels", "illustrativeFields", "facts"}
# fields the seed never gives: on a SEED/DERIVED record each must be declared illustrative or backed by a fact
NOT_IN_SEED = {"openingHours", "schedule", "capacity"}
# fields that are only ever taken from a public source (never made up)
PUBLIC_ONLY = {"address", "lat", "lon", "phone", "email", "website"}


# ---------------------------------------------------------------- helpers
def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def provenance(source, note, seed_lines=None, illustrative=None, facts=None):
    p = {"source": source}
    if seed_lines:
        p["seedLines"] = seed_lines
    p["note"] = note
    if illustrative:
        p["illustrativeFields"] = list(illustrative)
    p["facts"] = list(facts or [])
    return p


def fact(fields, source, note, seed_lines=None, url=None, date=None):
    """Field-level provenance: which fields of a record this source backs (provenance.facts)."""
    f = {"fields": list(fields), "source": source, "seedLines": seed_lines, "url": url, "date": date,
         "note": note}
    return {k: f[k] for k in FACT_FIELDS if f[k] is not None}


def accessibility(parts, equipment=()):
    """The accessibility object: only the known parts; equipment as {item, status}."""
    a = {k: parts[k] for k in ACCESSIBILITY_PARTS if parts.get(k) is not None}
    if equipment:
        a["equipment"] = [{"item": i, "status": st} for i, st in equipment]
    return a or None


def ordered(record, fields):
    """Return a dict in the schema's field order, dropping None (and some empty lists)."""
    unknown = set(record) - set(fields)
    assert not unknown, "unknown fields %s in %s" % (unknown, record.get("id"))
    out = {}
    for k in fields:
        if k not in record:
            continue
        v = record[k]
        if v is None or (k in OMIT_WHEN_EMPTY and v == []):
            continue
        if k == "provenance":
            v = {pk: pv for pk, pv in v.items() if pv is not None and
                 not (pk in OMIT_WHEN_EMPTY and pv == [])}
        out[k] = v
    return out


def slots(triples):
    return [{"weekday": d, "opens": o, "closes": c} for d, o, c in triples]


def fmt_int(n):
    return "{:,}".format(int(n))


def first_postcode(commune):
    return commune["postcodes"].split(";")[0].strip()


def short_fr(name_fr):
    return "Bruxelles" if name_fr.startswith("Bruxelles") else name_fr


def short_nl(name_nl):
    return "Brussel" if name_nl.startswith("Brussel") else name_nl


def de_fr(name):
    """French 'de' with elision before a vowel: CPAS d'Anderlecht, CPAS de Jette."""
    return ("d'" + name) if name[0].upper() in "AEIOUYÉÈ" else ("de " + name)


# ---------------------------------------------------------------- builders
# L477: what the labelled EPN received money for; the annex lists the recommended items (L3400-3424)
EPN_ACCESSIBILITY_FUNDING = fact(
    ["accessibility.equipment"], "DERIVED",
    "Funding, not presence: 'Les EPN labellisés (au nombre de 20) ont reçu 10.000\u20ac chacun afin de se fournir en "
    "matériel informatique mobile (...) et en matériel favorisant l'accessibilité des personnes en situation de "
    "handicap (clavier braille, souris ergonomique...)' (L477); the annex's recommended list names a braille "
    "keyboard and an ergonomic mouse (L3400-3424) with no quantities. Whether this EPN bought them and has them "
    "is not stated: status FUNDED, presence not confirmed. It does not make the EPN known to be adapted to "
    "visually impaired people (accessibility.visual stays unknown).",
    seed_lines="477; 3400-3424")


def build_epn(epn_rows, communes_by_name, ill, public_fee_ids):
    structures, services = [], []
    updated = ill["capacityUpdated"]
    for r in epn_rows:
        num = r["epn_id"][3:]
        sid = "epn-" + num
        commune = communes_by_name[r["commune_official_fr"]]
        extra = ill["epn"][r["epn_id"]]
        name = r["name_in_label_list_seed"]
        if name == "Open Atelier 110 de Maks":  # two sites of one EPN (L2660-2661, L2673)
            name += " (site " + r["name_in_sonecom_list_seed"].split(" - ")[-1] + ")"
        desc = ["Public digital space (EPN) labelled by the Brussels-Capital Region (label list, L239-301)."]
        desc.append("Name in the Sonecom visitor study: \u00ab %s \u00bb." % r["name_in_sonecom_list_seed"])
        op = r["operator_or_host_as_stated"]
        if not op.startswith("("):
            desc.append("Operator/host: %s." % op)
        if r["is_mobile"] == "yes":
            desc.append("Mobile EPN: it travels to its publics rather than receiving visitors in one place (L2770, L2803).")
        if r["new_label_2021"] == "yes":
            desc.append("Labelled in 2021 (L303-305).")
        if r["also_in_digital_brussels_call"].startswith("yes"):
            desc.append("Its operator also runs a Digital Brussels project: %s." %
                        r["also_in_digital_brussels_call"][len("yes – "):])
        desc.append("Label criteria: at least 6 computers, open at least 15 h/week with on average 6 h of "
                    "training and 6 h of free access with an animator, basic activities free or for a "
                    "symbolic fee (L3442-3447); it may never refuse a visitor (L219).")
        notes = []
        if r["postcode_as_given_seed"] != r["postcode_corrected"]:
            notes.append("Postcode corrected from the seed's %s to %s (%s)." %
                         (r["postcode_as_given_seed"], r["postcode_corrected"], r["commune_official_fr"]))
        if r["notes"]:
            notes.append(r["notes"])
        ill_fields = []
        if extra["openingHours"]:
            notes.append("Opening hours are illustrative (label: >= 15 h/week; WeTechCare: mostly weekdays "
                         "10h-18h, L1251-1275).")
            ill_fields.append("openingHours")
        elif r["is_mobile"] == "yes":
            notes.append("No opening hours: the mobile EPN has no fixed place.")
        else:
            notes.append(extra["noHoursReason"])
        notes.append("Accessibility: equipment for disabled people funded (L477), presence not confirmed; "
                     "wheelchair, visual and hearing access unknown (WeTechCare: PMR access of EPN can be "
                     "improved, L1257, a general remark, not about this site).")
        structures.append({
            "id": sid, "name": name, "kind": "EPN", "description": " ".join(desc),
            "postcode": r["postcode_corrected"], "communeCode": commune["nis_code"],
            "openingHours": extra["openingHours"],
            "accessibility": accessibility({}, [("BRAILLE_KEYBOARD", "FUNDED"), ("ERGONOMIC_MOUSE", "FUNDED")]),
            "languages": [], "labels": [LABEL_EPN],
            "mobile": r["is_mobile"] == "yes", "atHome": False,
            "_languagesUnknown": "Languages unknown: neither the seed nor a public source states them (WeTechCare: "
                                 "EPN teams often cannot help allophone publics, L1275).",
            "provenance": provenance("SEED", " ".join(notes), r["seed_lines"] + "; 239", ill_fields,
                                     [EPN_ACCESSIBILITY_FUNDING]),
        })
        fee_known = sid + "-access" in public_fee_ids
        mobile = r["is_mobile"] == "yes"
        services.append({
            "id": sid + "-access", "structureId": sid,
            # The mobile EPN receives no visitors (L2770): it is not a free-access room but initiations
            # given where its public is. The id stays "-access" so that references made before keep working.
            "name": "Initiations itinérantes de l'EPN mobile" if mobile else "Accès libre accompagné et initiations",
            "kind": "WORKSHOP" if mobile else "FREE_ACCESS",
            "description": ("The mobile EPN travels to its public and gives introductory sessions there; it "
                            "receives no visitors of its own (L243, L2770). Where it goes next is asked by phone "
                            "or through the referrer." if mobile else
                            "Free access to computers and the internet with an animator present, and "
                            "introductory sessions (basic initiation, word processing, e-mail, internet "
                            "search are the most common trainings in labelled EPN, L3512)."),
            "targetGroups": list(TARGET_GROUPS), "publics": [],
            "personae": ["LOUIS", "NOEMIE", "ANNE", "ESTEBAN"],
            "needs": ["ADMIN", "JOB_SEARCH", "OFFICE", "SOCIAL_CONTACT", "BANKING"],
            "languages": [],
            "eligibility": "Open to everyone: a labelled EPN may never refuse a visitor, whatever their age, "
                           "gender, origin or socio-professional situation (charter, L219); basic "
                           "activities are open to any adult, free or for a symbolic fee (L3447).",
            "fee": "FREE",
            "schedule": slots(extra["schedule"]),
            "capacity": {"seats": extra["seats"], "available": extra["available"], "updated": updated},
            "digcompLevels": ["A", "B"],
            "provenance": provenance(
                "DERIVED",
                "Derived from the EPN label obligations (free access with an animator ~6 h/week, >= 6 "
                "computers, free or symbolic fee, L3442-3447) and the charter (never refuse a visitor, L219), "
                "hence all six target groups. Schedule (%s) and seats are illustrative (Sonecom: "
                "mean 16.41 computers per EPN, L2720-2762); %s" % (
                    "two 2-hour slots at 16:00-18:00, the hours a public source gives" if extra["openingHours"] is None
                    and r["is_mobile"] != "yes" else "two 3-hour slots",
                    "the fee is from a public source (provenance.facts)." if fee_known else
                    "fee FREE is assumed although the label also allows a symbolic fee and WeTechCare notes free "
                    "access is not guaranteed everywhere (L1265)."),
                "219; 3442-3447; 3512", ["schedule", "capacity", "fee"]),
        })
    return structures, services


# Bruxelles Formation is French-speaking Belgium's body: the course's language (L887)
FRENCH_L887 = ("Bruxelles Formation files Start Digital 'en association avec tous les partenaires de l'enseignement et "
               "de la formation pour adultes en Belgique francophone' (L887): the course is given in French.")


def build_start_digital(epn_structures, ill):
    sd = ill["startDigital"]
    updated = ill["capacityUpdated"]
    structure = {
        "id": "bruxelles-formation", "name": "Bruxelles Formation", "kind": "TRAINING_OPERATOR",
        "description": "Public vocational-training body for French-speaking Brussels. Within the EU EaSI "
                       "programme it leads Start Digital (1 March 2020 - 31 August 2022): 35 extra 60-hour "
                       "sessions in Brussels for about 340 more job seekers, delivered in labelled EPN that "
                       "are its partners, with a final DigComp-based certification (L887-897). Indicators at "
                       "31 August 2021: 24 trainings, 171 learners started, 152 finished, 134 certifications, "
                       "136 positive exits (L899-906).",
        "postcode": "1000", "communeCode": "21004", "languages": ["fr"], "labels": [],
        "mobile": False, "atHome": False,
        "provenance": provenance(
            "SEED",
            "Role and figures stated in the seed (L887-906). Its location is not given: placed in the City of "
            "Brussels (postcode 1000) at the commune point. Language French derived from 'Belgique francophone' "
            "(L887).",
            "887-906", ["postcode", "communeCode"], [fact(["languages"], "DERIVED", FRENCH_L887, "887")]),
    }
    by_id = {s["id"]: s for s in epn_structures}
    services = []
    for epn_id in sd["venues"]:
        sid = "epn-" + epn_id[3:]
        venue = by_id[sid]
        services.append({
            "id": "start-digital-" + sid, "structureId": sid,
            "name": "Start Digital – compétences numériques de base (60 h, certifiante)",
            "kind": "START_DIGITAL",
            "description": "Bruxelles Formation's Start Digital course (EU EaSI programme): a 60-hour training "
                           "in basic digital skills framed on DigComp, ending with a certification, given in "
                           "a labelled EPN partner of Bruxelles Formation (L887-897). Venue: %s." % venue["name"],
            "targetGroups": ["JOB_SEEKERS"], "publics": [], "personae": ["LOUIS", "ESTEBAN"],
            "needs": ["JOB_SEARCH", "ADMIN", "OFFICE"], "languages": ["fr"],
            "minimumAge": 26,
            "eligibility": "\u00ab Le groupe cible est constitué d'adultes chercheur-euse-s d'emploi de plus de "
                           "25 ans, ne possédant pas le certificat d'études secondaires supérieures et dont le "
                           "niveau de compétences numériques est inférieur au niveau B (public non autonome "
                           "selon les cadres européens). \u00bb (L895)",
            "conditions": ["JOB_SEEKER", "AGE_OVER_25", "NO_CESS", "DIGCOMP_BELOW_B"],
            "fee": "FREE",
            "schedule": slots(sd["schedule"][epn_id]),
            "capacity": {"seats": sd["seats"], "available": sd["available"][epn_id], "updated": updated},
            "digcompLevels": ["A"],
            "provenance": provenance(
                "ILLUSTRATIVE",
                "Course, target group and conditions are stated in the seed (L887-897; 'plus de 25 ans' -> "
                "minimumAge 26). The seed says the course is decentralised in labelled EPN partners of "
                "Bruxelles Formation (L893) but not which: this venue is one of 7 illustrative choices spread "
                "over the region. Schedule (60 h as 3 x 4 h/week for 5 weeks) and seats (10 ~ 340 learners / "
                "35 sessions, L891) are illustrative; fee FREE is assumed (not stated); language French derived "
                "from L887 (provenance.facts). The project period ended on 31 August 2022 (L889).",
                "887-906", ["structureId", "schedule", "capacity", "fee"],
                [fact(["languages"], "DERIVED", FRENCH_L887, "887")]),
        })
    return structure, services


def build_partners(partner_rows, communes_by_name, cls):
    structures, services = [], []
    for r in partner_rows:
        pid = r["id"]
        if not (pid.startswith("DB") or pid.startswith("MDE")):
            continue
        entry = cls[pid]
        st = entry["structure"]
        sid = ("db-" + pid[2:]) if pid.startswith("DB") else ("mde-" + pid[3:])
        commune = communes_by_name[r["commune_official_fr"]]
        notes = []
        ill_fields = []
        if re.fullmatch(r"\d{4}", r["postcode_as_given"]):
            postcode = r["postcode_as_given"]
        else:
            postcode = first_postcode(commune)
            ill_fields.append("postcode")
            notes.append("The seed gives no place: commune inferred from the porteur's name, postcode %s is "
                         "the commune's main one." % postcode)
        if pid.startswith("DB"):
            programme = ("Digital Brussels call 2021, King Baudouin Foundation with a Region subsidy: "
                         "%s \u20ac" % fmt_int(r["funding_eur"]))
        else:
            programme = ("Actiris thematic project of the Maisons de l'Emploi on the digital divide, "
                         "2021-2022: %s \u20ac" % fmt_int(r["funding_eur"]))
        desc = "%s \u2013 project \u00ab %s \u00bb. %s. %s" % (
            r["organisation"], r["project_name"].rstrip("…").rstrip(), programme, r["summary_paraphrase"])
        facts = []
        if "languages" in st:
            langs = st["languages"]
            lf = st.get("languagesFact")
            assert lf, "classification.json %s: languages need a languagesFact (source, seedLines, reading)" % pid
            facts.append(fact(["languages"], lf["source"], lf["reading"], lf["seedLines"]))
            notes.append("Languages %s from the seed (provenance.facts)." % "/".join(langs))
        else:
            langs = []
        parts = {}
        for part, a in sorted(st.get("accessibility", {}).items()):
            assert part in ACCESSIBILITY_PARTS, "unknown accessibility part %s for %s" % (part, pid)
            parts[part] = a["value"]
            facts.append(fact(["accessibility." + part], a["source"], a["reading"], a["seedLines"]))
        if st["mobile"] or st["atHome"]:
            notes.append("Delivery mode (%s) derived: %s." % (
                ", ".join(x for x, y in (("mobile", st["mobile"]), ("at home", st["atHome"])) if y),
                r["mode_derived"]))
        if r["flags"]:
            notes.append("Data flag: " + r["flags"])
        structures.append({
            "id": sid, "name": r["organisation"], "kind": "PARTNER", "description": desc,
            "postcode": postcode, "communeCode": commune["nis_code"], "accessibility": accessibility(parts),
            "languages": langs, "labels": [], "mobile": st["mobile"], "atHome": st["atHome"],
            "_languagesUnknown": None if langs else (
                "Languages unknown: neither the seed nor a public source states them (the seed's project "
                "description is in %s, which says in what language the project was written, not which languages "
                "it serves)." % r["description_language_seed"]),
            "provenance": provenance("SEED", ("Organisation, project, place and funding stated in the seed. "
                                              if "postcode" not in ill_fields else
                                              "Organisation, project and funding stated in the seed. ") +
                                     " ".join(notes), r["seed_lines"], ill_fields, facts),
        })
        for sv in entry["services"]:
            ill = list(sv.get("illustrativeFields", []))
            note = sv["note"] + " Target publics in partners.csv (derived): " + r["target_publics_derived"] + "."
            if r["flags"] and sv["suffix"] == "project":
                note += " Data flag: " + r["flags"]
            services.append({
                "id": sid + "-" + sv["suffix"], "structureId": sid, "name": sv["name"], "kind": sv["kind"],
                "description": sv.get("description") or r["summary_paraphrase"],
                "targetGroups": sv["targetGroups"], "publics": sv["publics"], "personae": sv["personae"],
                "needs": sv["needs"], "languages": [],
                "minimumAge": sv.get("minimumAge"), "maximumAge": sv.get("maximumAge"),
                "eligibility": sv.get("eligibility"), "fee": sv.get("fee"),
                "schedule": slots([(x["weekday"], x["opens"], x["closes"]) for x in sv.get("schedule", [])]),
                "capacity": sv.get("capacity"), "digcompLevels": sv.get("digcompLevels", []),
                "provenance": provenance(sv.get("source", "DERIVED"), note,
                                         sv.get("seedLines", r["seed_lines"]), ill),
            })
    return structures, services


def build_refurbishers(partner_rows, ill):
    loc = ill["refurbisherLocation"]
    structures, services = [], []
    for r in partner_rows:
        if not r["id"].startswith("RIT"):
            continue
        sid = "rit-" + r["id"][3:]
        figures = []
        for year in ("2020", "2021"):
            parts = ["%s %s" % (r["%s_%s" % (k, year)], lbl) for k, lbl in
                     (("laptops", "laptops"), ("desktops", "desktops"), ("screens", "screens"))
                     if r["%s_%s" % (k, year)]]
            if parts:
                figures.append("%s: %s" % (year, ", ".join(parts)))
        structures.append({
            "id": sid, "name": r["organisation"], "kind": "REFURBISHER",
            "description": "Non-profit that received IT equipment from the CIRB to recondition it and "
                           "redistribute it to priority publics (pupils in social difficulty, care homes, "
                           "etc., L969). Equipment handed over (L973-980) \u2013 %s." % "; ".join(figures),
            "postcode": loc["postcode"], "communeCode": loc["communeCode"], "languages": [], "labels": [],
            "mobile": False, "atHome": False,
            "_languagesUnknown": "Languages unknown: neither the seed nor a public source states them.",
            "provenance": provenance(
                "SEED",
                "Name and equipment figures stated in the seed (L973-980; 2021 totals 813 laptops, 255 desktops, "
                "367 screens, L980). The seed gives no location: placed at the City of Brussels commune point "
                "(postcode 1000) for illustration."
                + ((" Data flag: " + r["flags"]) if r["flags"] else ""),
                "969-980", ["postcode", "communeCode"]),
        })
        services.append({
            "id": sid + "-equipment", "structureId": sid,
            "name": "Ordinateurs reconditionnés via une association partenaire",
            "kind": "EQUIPMENT",
            "description": "Reconditioned laptops/desktops/screens redistributed through non-profit associations "
                           "(ASBL) to people who need a device.",
            "targetGroups": ["PRECARIOUS"], "publics": [], "personae": ["ESTEBAN", "LOUIS"],
            "needs": ["EQUIPMENT"], "languages": [],
            "eligibility": "Not a shop for individuals: the equipment goes to associations (ASBL), which "
                           "redistribute it to priority publics (L969); a person gets a device through a partner "
                           "association or social service, free or at a reduced price (Refurbish IT listing, L869).",
            "provenance": provenance(
                "DERIVED",
                "Interpretation of the refurbished-IT programme (L969-980) and the CIN 'Refurbish IT' listing "
                "(ASBL reconditioning computers and redistributing them free or at a lower price to students, "
                "seniors, individuals often in precarious situations, L869). Target group PRECARIOUS derived; "
                "fee not set (free or reduced price depending on the association).",
                "869; 969-980"),
        })
    return structures, services


def build_cpas(communes):
    structures, services = [], []
    for c in communes:
        nis = c["nis_code"]
        fr, nl = short_fr(c["name_fr"]), short_nl(c["name_nl"])
        sid = "cpas-" + nis
        structures.append({
            "id": sid, "name": "CPAS %s / OCMW %s" % (de_fr(fr), nl), "kind": "CPAS",
            "description": "Public social welfare centre (CPAS / OCMW) of %s: social aid, integration income and "
                           "accompaniment of people in difficulty; a local public actor to lean on for people "
                           "far from digital (WeTechCare, L1330-1361, L1530)." % fr,
            "postcode": first_postcode(c), "communeCode": nis, "languages": [], "labels": [],
            "mobile": False, "atHome": False,
            "_languagesUnknown": "Languages unknown: the seed does not state them.",
            "provenance": provenance(
                "DERIVED",
                "Every Brussels commune has a CPAS/OCMW; the seed does not list them, but the WeTechCare study "
                "names CPAS among the orienting structures interviewed (L1330-1361) and as the local public "
                "actors to lean on for persona Esteban (L1530). Postcode = the commune's main postcode.",
                "1330-1361; 1530"),
        })
        services.append({
            "id": sid + "-social", "structureId": sid,
            "name": "Accompagnement social et aide aux démarches (360°)",
            "kind": "SOCIAL_SUPPORT",
            "description": "Social accompaniment and help with (online) administrative procedures, as part of a "
                           "360\u00b0 pathway out of isolation; orientation to EPN, equipment and training.",
            "targetGroups": ["PRECARIOUS", "JOB_SEEKERS", "SENIORS", "DISABILITY"],
            "publics": ["CPAS_BENEFICIARIES", "HOMELESS", "LITERACY"],
            "personae": ["ESTEBAN", "LOUIS"],
            "needs": ["ADMIN", "SOCIAL_CONTACT", "EQUIPMENT", "BANKING", "HEALTH"],
            "languages": [],
            "eligibility": "Residents of %s in social or financial difficulty (CPAS/OCMW public); access "
                           "conditions are those of the CPAS." % fr,
            "fee": "FREE",
            "provenance": provenance(
                "DERIVED",
                "WeTechCare: Esteban needs high assistance and a 360\u00b0 pathway, leaning on local public "
                "actors (CPAS, associations) and anti-illiteracy actors (L1522-1530); Louis leans on the "
                "'collectivité / association de solidarité' for equipment help and help desks (L1590-1604). "
                "Target groups, publics and needs are an interpretation of the CPAS's general social mission; "
                "fee FREE because CPAS social accompaniment is a free public service (not stated in the seed).",
                "1330-1361; 1522-1530; 1590-1604"),
        })
    return structures, services


# ---------------------------------------------------------------- public facts (contacts.csv)
CONTACT_COLUMNS = [("street", "address"), ("postcode", "postcode"), ("phone", "phone"), ("email", "email"),
                   ("website", "website")]
CONTACTS_WARNING = ("a stored copy of a public page, not checked against the live site; check before use "
                    "(shared/data/contacts.md).")


def split_qualifier(value):
    """'02 240 30 80 (call center)' -> ('02 240 30 80', 'call center'): the compiler's trailing remark."""
    value = value.strip()
    if not value.endswith(")"):
        return value, None
    depth = 0
    for i in range(len(value) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(value[i], 0)
        if depth == 0:
            main = value[:i].strip()
            return (main, value[i + 1:-1].strip()) if main else (value, None)
    raise AssertionError("unbalanced parentheses in %r" % value)


def catalogue_id(key, nis_of_postcode):
    """contacts.csv structure_key -> catalogue id (CPAS rows are keyed by postcode, the catalogue by NIS code)."""
    for prefix, cid in (("EPN", "epn-"), ("DB", "db-"), ("MDE", "mde-"), ("RIT", "rit-")):
        if key.startswith(prefix) and key[len(prefix):].isdigit():
            return cid + key[len(prefix):]
    if key.startswith("cpas-") and key[5:] in nis_of_postcode:
        return "cpas-" + nis_of_postcode[key[5:]]
    raise AssertionError("contacts.csv: unknown structure_key %r" % key)


class PublicFacts:
    """What contacts.csv and public-facts.json say about catalogue records, as values plus PUBLIC_SOURCE facts.

    Values are collected per real-world structure (rows sharing a structure count once) and must agree; a fact
    backing the same fields from the same page for two rows is kept once, naming both rows.
    """

    def __init__(self, rows, overlay, communes):
        # a commune's own postcodes: the City's "(+ parts of the territory addressed 1040 and 1050)" are not its CPAS's
        own = {c["nis_code"]: re.findall(r"\d{4}", c["postcodes"].split("(")[0]) for c in communes}
        self.nis_of_postcode = {p: nis for nis, codes in own.items() for p in codes}
        assert len(self.nis_of_postcode) == sum(len(v) for v in own.values()), "a postcode in two communes"
        self.values = {}       # catalogue id -> {field: (value, row key)}
        self.facts = {}        # catalogue id -> [fact]
        self.service_values = {}
        self.service_facts = {}
        self.group = {}
        self.group_keys = {}   # contacts.csv key -> the keys of the rows describing the same structure
        for keys in overlay["sameStructure"]["groups"]:
            self.group_keys.update({k: keys for k in keys})
            ids = [catalogue_id(k, self.nis_of_postcode) for k in keys]
            for i in ids:
                assert i not in self.group, "%s is in two sameStructure groups" % i
                self.group[i] = ids
        self.row_ids = set()
        for r in rows:
            self._read_row(r, overlay)
        for ex in overlay["extraSources"]["facts"]:
            self._extra(ex)

    def members(self, cid):
        return self.group.get(cid, [cid])

    def _put(self, cid, field, value, key):
        for m in self.members(cid):
            old = self.values.setdefault(m, {}).get(field)
            assert old is None or old[0] == value, \
                "contacts.csv rows %s and %s disagree on %s of %s: %r / %r" % (old[1], key, field, m, old[0], value)
            self.values[m][field] = (value, key)

    def _add_fact(self, cid, fields, url, date, key, remarks, bucket):
        """One PUBLIC_SOURCE fact per (fields, page, date): rows sharing a structure add their key and remarks."""
        for m in self.members(cid) if bucket is self.facts else [cid]:
            facts = bucket.setdefault(m, [])
            same = [g for g in facts if (g["fields"], g["url"], g["date"]) == (fields, url, date)]
            if not same:
                same = [{"fields": fields, "url": url, "date": date, "rows": [], "remarks": []}]
                facts.append(same[0])
            same[0]["rows"].append(key)
            same[0]["remarks"] += [x for x in remarks if x not in same[0]["remarks"]]

    @staticmethod
    def _fact(f):
        if f["rows"][0] in ("*",):
            head = []
        else:
            head = ["contacts.csv row%s %s: %s" % ("s" if len(f["rows"]) > 1 else "", ", ".join(f["rows"]),
                                                  CONTACTS_WARNING)]
        return fact(f["fields"], "PUBLIC_SOURCE", " ".join(head + f["remarks"]), url=f["url"], date=f["date"])

    def _read_row(self, r, overlay):
        key = r["structure_key"]
        cid = catalogue_id(key, self.nis_of_postcode)
        self.row_ids.add(cid)
        operator = overlay["operatorOffice"].get(key, {}).get("columns", [])
        url = r["source_url"].strip()
        assert url.startswith(("http://", "https://")), "contacts.csv row %s: source_url %r" % (key, url)
        date, date_remark = split_qualifier(r["source_date"]) if r["source_date"].strip() else (None, None)
        assert date is None or DATE_RE.fullmatch(date), "contacts.csv row %s: source_date %r" % (key, date)
        assert not r["languages"].strip(), "contacts.csv row %s states languages: not handled" % key
        remarks, fields = [], []
        for column, field in CONTACT_COLUMNS:
            value = r[column].strip()
            if not value or column in operator:
                continue
            main, remark = split_qualifier(value)
            self._put(cid, field, main, key)
            fields.append(field)
            if remark:
                remarks.append("%s: %s." % (field, remark))
        if operator:
            stated = "; ".join("%s %r" % (c, r[c].strip()) for c in operator if r[c].strip())
            remarks.append("Not used as this site's: the operator's office, not the site (contacts.md caveat 8): %s."
                           % stated)
        hours = r["hours"].strip()
        ohours = overlay["openingHours"].get(key)
        if hours and "hours" not in operator and not ohours:
            remarks.append("Hours as the source gives them, not written as openingHours because no weekdays are "
                           "stated: %s." % hours)
        if date_remark:
            remarks.append("date: %s." % date_remark)
        if r["notes"].strip():
            remarks.append("Source note: " + r["notes"].strip())
        if fields:
            self._add_fact(cid, fields, url, date, key, remarks, self.facts)
        if ohours:
            assert hours, "public-facts.json openingHours for %s, but its row states no hours" % key
            self._put(cid, "openingHours", ohours["value"], key)
            self._add_fact(cid, ["openingHours"], ohours.get("url", url), date, key,
                           ["Written in opening_hours syntax from the source's words: " + ohours["reading"]],
                           self.facts)
        wheel = next((overlay["wheelchair"][k] for k in self.group_keys.get(key, [key]) if k in overlay["wheelchair"]),
                     None)
        assert bool(wheel) == bool(r["wheelchair_access"].strip()), \
            "contacts.csv row %s: wheelchair_access and public-facts.json 'wheelchair' must go together" % key
        if wheel:
            self._put(cid, "accessibility.wheelchair", wheel["value"], key)
            self._add_fact(cid, ["accessibility.wheelchair"], url, date, key, [
                "wheelchair_access: %s. %s" % (r["wheelchair_access"].strip(), wheel["reading"])], self.facts)
        for sf in overlay["serviceFacts"].get(key, []):
            for field, value in sf["fields"].items():
                self.service_values.setdefault(sf["service"], {})[field] = value
            self._add_fact(sf["service"], sorted(sf["fields"]), url, date, key, [sf["reading"]],
                           self.service_facts)
        assert fields or ohours or wheel or overlay["serviceFacts"].get(key), \
            "contacts.csv row %s gives nothing the catalogue uses: say why in public-facts.json" % key

    def _extra(self, ex):
        assert ex["kind"] == "CPAS", "extraSources: only kind CPAS is supported"
        for nis in sorted(set(self.nis_of_postcode.values())):
            cid = "cpas-" + nis
            for field, value in ex["fields"].items():
                self._put(cid, field, value, ex["url"])
            self._add_fact(cid, sorted(ex["fields"]), ex["url"], ex["date"], "*", [ex["reading"]], self.facts)

    def fee_ids(self):
        return {sid for sid, v in self.service_values.items() if "fee" in v}

    @staticmethod
    def _note(rec, sentence):
        rec["provenance"]["note"] = rec["provenance"]["note"].rstrip() + " " + sentence

    def apply(self, structures, services):
        by_id = {s["id"]: s for s in structures}
        missing = (set(self.values) | set(self.row_ids)) - set(by_id)
        assert not missing, "contacts.csv/public-facts.json name records not in the catalogue: %s" % sorted(missing)
        for s in structures:
            values = self.values.get(s["id"], {})
            for field, (value, key) in sorted(values.items()):
                if field == "postcode":
                    assert value == s["postcode"], "%s: a public source gives postcode %s, the seed %s (row %s)" % (
                        s["id"], value, s["postcode"], key)
                elif field.startswith("accessibility."):
                    part = field.split(".", 1)[1]
                    s["accessibility"] = dict(s.get("accessibility") or {}, **{part: value})
                    s["accessibility"] = accessibility(s["accessibility"], [
                        (e["item"], e["status"]) for e in s["accessibility"].get("equipment", [])])
                else:
                    assert not s.get(field), "%s: %s both made by the builder and from a public source" % (
                        s["id"], field)
                    s[field] = value
            if "wheelchair" in (s.get("accessibility") or {}):
                s["accessible"] = s["accessibility"]["wheelchair"]  # v1's accessible is the same fact
            s["provenance"]["facts"] += [self._fact(f) for f in self.facts.get(s["id"], [])]
            unknown = s.pop("_languagesUnknown", None)   # set by a builder that knew no language from the seed
            if unknown and s["languages"]:
                self._note(s, "Languages %s from a public source (provenance.facts)." % "/".join(s["languages"]))
            elif unknown:
                self._note(s, unknown)
            given = [f for f in CONTACT_FIELDS if s.get(f)]
            self._note(s, "Contact details (%s) from public sources, see provenance.facts (check before use)." %
                       ", ".join(given) if given else
                       "No address, phone, e-mail or website: neither the seed nor the public sources seen "
                       "(contacts.csv) give them.")
        svc = {v["id"]: v for v in services}
        for sid, values in sorted(self.service_values.items()):
            assert sid in svc, "public-facts.json: unknown service %s" % sid
            v = svc[sid]
            for field, value in values.items():
                v[field] = value
                ill = v["provenance"].get("illustrativeFields", [])
                if field in ill:
                    ill.remove(field)
            v["provenance"]["facts"] += [self._fact(f) for f in self.service_facts[sid]]


# ---------------------------------------------------------------- self-check
DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)"
SPAN = r"\d\d:\d\d-\d\d:\d\d"
OH_RE = re.compile(r"^(%s(?:-%s)?(?:,%s(?:-%s)?)*) (%s(?:,%s)*)$" % (DAY, DAY, DAY, DAY, SPAN, SPAN))
OSM_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def parse_opening_hours(text):
    """Tiny parser for the subset used here: 'Mo-Fr 10:00-18:00; Sa 10:00-13:00', 'Mo,Th 09:00-11:30'."""
    days = {}
    for rule in text.split(";"):
        m = OH_RE.match(rule.strip())
        assert m, "unsupported openingHours rule %r" % rule
        spans = [tuple(x.split("-")) for x in m.group(2).split(",")]
        assert all(o < c for o, c in spans), "empty time span in %r" % rule
        for part in m.group(1).split(","):
            ends = part.split("-")
            a, b = OSM_DAYS.index(ends[0]), OSM_DAYS.index(ends[-1])
            assert a <= b, "backwards day range in %r" % rule
            for i in range(a, b + 1):
                days.setdefault(WEEKDAYS[i], []).extend(spans)
    return days


def has_value(rec, field):
    """Whether a record holds a value for a field name of provenance.facts ('accessibility.visual' included)."""
    if field.startswith("accessibility."):
        v = (rec.get("accessibility") or {}).get(field.split(".", 1)[1])
    else:
        v = rec.get(field)
    return v is not None and v != []


def check_facts(rec, fields):
    """provenance.facts: known, present fields; a source with its evidence. Returns field -> sources backing it."""
    p = rec["provenance"]
    ill = {f.split(".")[0] for f in p.get("illustrativeFields", [])}
    allowed = (set(fields) - {"id", "provenance"}) | (
        {"accessibility." + a for a in ACCESSIBILITY_FIELDS} if "accessibility" in fields else set())
    named = {}
    for f in p.get("facts", []):
        where = "%s provenance.facts %s" % (rec["id"], f.get("fields"))
        assert list(f) == [k for k in FACT_FIELDS if k in f], "fact fields out of order on " + where
        assert f["fields"] and f.get("note"), "a fact needs fields and a note: " + where
        assert f["source"] in SOURCES - {"ILLUSTRATIVE"}, "a fact's source is SEED, DERIVED or PUBLIC_SOURCE: " + where
        if f["source"] == "PUBLIC_SOURCE":
            assert f.get("url", "").startswith(("http://", "https://")), "PUBLIC_SOURCE needs a url: " + where
            assert "date" not in f or DATE_RE.fullmatch(f["date"]), "bad date on " + where
            assert "seedLines" not in f, where
        else:
            assert f.get("seedLines") and "url" not in f, "SEED/DERIVED facts cite seed lines: " + where
        for name in f["fields"]:
            assert name in allowed, "unknown field %s in %s" % (name, where)
            assert has_value(rec, name), "%s names %s, which the record does not have" % (where, name)
            assert name.split(".")[0] not in ill or name.startswith("accessibility."), \
                "%s is both illustrative and backed by a fact on %s" % (name, rec["id"])
            named.setdefault(name, set()).add(f["source"])
    return named


def self_check(catalog, communes, epn_rows):
    structures, services = catalog["structures"], catalog["services"]
    nis = {c["nis_code"] for c in communes}
    postcodes_of = {c["nis_code"]: [p.strip() for p in re.findall(r"\d{4}", c["postcodes"])] for c in communes}
    ids = [s["id"] for s in structures] + [s["id"] for s in services]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids), "ids must be lower-case"
    sids = {s["id"]: s for s in structures}

    def check_prov(rec, fields):
        p = rec.get("provenance")
        assert p and p.get("source") in SOURCES - {"PUBLIC_SOURCE"}, "provenance missing/invalid on " + rec["id"]
        assert p.get("note"), "provenance note missing on " + rec["id"]
        if p["source"] in ("SEED", "DERIVED"):
            assert p.get("seedLines"), "seedLines missing on " + rec["id"]
        ill = p.get("illustrativeFields", [])
        for f in ill:
            assert f.split(".")[0] in fields, "bad illustrativeField %s on %s" % (f, rec["id"])
            assert f.split(".")[0] not in {"languages", "accessible", "accessibility"} | PUBLIC_ONLY, \
                "%s may not be made up (%s)" % (f, rec["id"])
        named = check_facts(rec, fields)
        declared = {x.split(".")[0] for x in ill}
        if p["source"] != "ILLUSTRATIVE":
            for f in NOT_IN_SEED:
                if f in rec:
                    assert f in declared or "PUBLIC_SOURCE" in named.get(f, ()), \
                        "%s on %s must be listed in illustrativeFields or backed by a public source" % (f, rec["id"])
        for f in PUBLIC_ONLY:
            if f in rec:
                assert "PUBLIC_SOURCE" in named.get(f, ()), \
                    "%s on %s must be backed by a PUBLIC_SOURCE fact: none is invented" % (f, rec["id"])
        if rec.get("languages"):
            assert "languages" in named, "languages on %s without a fact saying where they come from" % rec["id"]
        for part in ACCESSIBILITY_FIELDS:
            if has_value(rec, "accessibility." + part):
                assert ("accessibility." + part) in named, \
                    "accessibility.%s on %s without a fact" % (part, rec["id"])
        return named

    for s in structures:
        assert s["kind"] in STRUCTURE_KINDS, s["id"]
        assert s["communeCode"] in nis, s["id"]
        assert s["postcode"] in postcodes_of[s["communeCode"]], "postcode/commune mismatch " + s["id"]
        assert all(l in LANGS for l in s["languages"]), s["id"]
        assert all(l == LABEL_EPN for l in s["labels"]), s["id"]
        assert isinstance(s["mobile"], bool) and isinstance(s["atHome"], bool), s["id"]
        if "openingHours" in s:
            parse_opening_hours(s["openingHours"])
        a = s.get("accessibility")
        if a is not None:
            assert a and set(a) <= set(ACCESSIBILITY_FIELDS), s["id"]
            assert all(isinstance(a[k], bool) for k in ACCESSIBILITY_PARTS if k in a), s["id"]
            for e in a.get("equipment", []):
                assert e["item"] in EQUIPMENT_ITEMS and e["status"] in EQUIPMENT_STATUSES, s["id"]
        # v1's accessible is accessibility.wheelchair, written for v1 readers: one fact, never two truths
        assert s.get("accessible") == (a or {}).get("wheelchair"), "accessible != accessibility.wheelchair " + s["id"]
        check_prov(s, STRUCTURE_FIELDS)

    busy = {}
    for v in services:
        assert v["structureId"] in sids, "unknown structureId on " + v["id"]
        assert v["kind"] in SERVICE_KINDS, v["id"]
        assert set(v["targetGroups"]) <= set(TARGET_GROUPS), v["id"]
        assert set(v["publics"]) <= PUBLICS, v["id"]
        assert len(v["publics"]) == len(set(v["publics"])), v["id"]
        assert set(v["personae"]) <= PERSONAE, v["id"]
        assert set(v["needs"]) <= NEEDS and v["needs"], v["id"]
        assert all(l in LANGS for l in v["languages"]), v["id"]
        assert set(v.get("conditions", [])) <= CONDITIONS, v["id"]
        assert (v["kind"] == "START_DIGITAL") == bool(v.get("conditions")), "conditions only for Start Digital: " + v["id"]
        assert v.get("fee", "FREE") in FEES, v["id"]
        assert set(v.get("digcompLevels", [])) <= DIGCOMP, v["id"]
        for a in ("minimumAge", "maximumAge"):
            assert a not in v or isinstance(v[a], int), v["id"]
        if "minimumAge" in v and "maximumAge" in v:
            assert v["minimumAge"] <= v["maximumAge"], v["id"]
        if "capacity" in v:
            c = v["capacity"]
            assert 0 <= c.get("available", 0) <= c["seats"], v["id"]
        for slot in v.get("schedule", []):
            assert slot["weekday"] in WEEKDAYS and slot["opens"] < slot["closes"], v["id"]
            st = sids[v["structureId"]]
            if "openingHours" in st:
                ranges = parse_opening_hours(st["openingHours"]).get(slot["weekday"], [])
                assert any(o <= slot["opens"] and slot["closes"] <= c for o, c in ranges), \
                    "slot outside opening hours: %s %s" % (v["id"], slot)
            for other_id, o in busy.get((v["structureId"], slot["weekday"]), []):
                assert slot["closes"] <= o["opens"] or o["closes"] <= slot["opens"], \
                    "overlapping slots %s / %s" % (v["id"], other_id)
            busy.setdefault((v["structureId"], slot["weekday"]), []).append((v["id"], slot))
        check_prov(v, SERVICE_FIELDS)

    def count(kind):
        return sum(1 for s in structures if s["kind"] == kind)

    assert count("EPN") == 20 and sum(1 for s in structures if LABEL_EPN in s["labels"]) == 20
    assert all(s["kind"] == "EPN" for s in structures if LABEL_EPN in s["labels"])
    assert count("PARTNER") == 33 and count("REFURBISHER") == 4
    assert count("CPAS") == 19 and count("TRAINING_OPERATOR") == 1
    assert {s["communeCode"] for s in structures if s["kind"] == "CPAS"} == nis
    # corrected EPN postcodes
    for r in epn_rows:
        s = sids["epn-" + r["epn_id"][3:]]
        assert s["postcode"] == r["postcode_corrected"], s["id"]
    assert sids["epn-20"]["postcode"] == "1210" and sids["epn-20"]["communeCode"] == "21014"
    assert sids["epn-17"]["postcode"] == "1180" and sids["epn-17"]["communeCode"] == "21016"
    assert sids["epn-01"]["mobile"] is True
    # every EPN has its free-access service; Start Digital only at labelled EPN
    svc = {v["id"]: v for v in services}
    assert all(("epn-%02d-access" % i) in svc for i in range(1, 21))
    sd = [v for v in services if v["kind"] == "START_DIGITAL"]
    assert 6 <= len(sd) <= 7 and all(LABEL_EPN in sids[v["structureId"]]["labels"] for v in sd)
    assert all(v["minimumAge"] == 26 and v["targetGroups"] == ["JOB_SEEKERS"] for v in sd)
    # services the brief requires
    for need in ("db-08-equipment", "db-30-laptops", "db-24-volunteer", "db-07-volunteer"):
        assert need in svc, need
    assert svc["db-08-equipment"]["kind"] == "EQUIPMENT" and svc["db-30-laptops"]["kind"] == "EQUIPMENT"
    assert svc["db-11-project"]["kind"] == "SOCIAL_SUPPORT"
    assert "BENOIT" in svc["db-24-volunteer"]["personae"] and "BENOIT" in svc["db-07-volunteer"]["personae"]
    for a in ("db-20", "db-26", "db-06"):
        assert sids[a]["atHome"], a
    assert all(("db-%02d-project" % i) in svc for i in range(1, 31))
    assert all(("mde-%02d-project" % i) in svc for i in range(1, 4))
    assert all(("rit-%02d-equipment" % i) in svc for i in range(1, 5))
    assert all(("cpas-%s-social" % n) in svc for n in nis)
    # every reservation code marks at least one offer, and an offer open to all is not reserved (L693)
    used = {p for v in services for p in v["publics"]}
    assert RESERVED_PUBLICS <= used, "unused reservation codes %s" % (RESERVED_PUBLICS - used)
    assert not RESERVED_PUBLICS & set(svc["db-14-project"]["publics"])
    # every structure offers at least one service, except the training operator (its courses sit at EPN)
    offered = {v["structureId"] for v in services}
    assert {s["id"] for s in structures} - offered == {"bruxelles-formation"}


# ---------------------------------------------------------------- main
def build(data_dir, overlay_dir):
    communes = read_csv(os.path.join(data_dir, "communes.csv"))
    epn_rows = read_csv(os.path.join(data_dir, "epn.csv"))
    partner_rows = read_csv(os.path.join(data_dir, "partners.csv"))
    cls = read_json(os.path.join(overlay_dir, "classification.json"))
    ill = read_json(os.path.join(overlay_dir, "illustrative.json"))
    contacts = read_csv(os.path.join(data_dir, "contacts.csv"))
    public = PublicFacts(contacts, read_json(os.path.join(overlay_dir, "public-facts.json")), communes)
    assert len(communes) == 19 and len(epn_rows) == 20 and len(partner_rows) == 37
    missing = {r["id"] for r in partner_rows if not r["id"].startswith("RIT")} - set(cls)
    assert not missing, "no classification for %s" % sorted(missing)
    communes_by_name = {c["name_fr"]: c for c in communes}

    epn_s, epn_v = build_epn(epn_rows, communes_by_name, ill, public.fee_ids())
    bf_s, sd_v = build_start_digital(epn_s, ill)
    par_s, par_v = build_partners(partner_rows, communes_by_name, cls)
    rit_s, rit_v = build_refurbishers(partner_rows, ill)
    cpas_s, cpas_v = build_cpas(communes)
    public.apply(epn_s + [bf_s] + par_s + rit_s + cpas_s, epn_v + sd_v + par_v + rit_v + cpas_v)

    structures = [ordered(s, STRUCTURE_FIELDS) for s in epn_s + [bf_s] + par_s + rit_s + cpas_s]
    services = [ordered(v, SERVICE_FIELDS) for v in epn_v + sd_v + par_v + rit_v + cpas_v]
    catalog = {
        "version": VERSION,
        "description": "Default catalogue of digital-inclusion offers in the Brussels-Capital Region: the 20 "
                       "labelled EPN sites, Start Digital (Bruxelles Formation), the 30 Digital Brussels and 3 "
                       "Maison de l'Emploi projects, 4 refurbished-IT organisations and the 19 CPAS. Built from "
                       "the PAN annual report 2021 (CIRB/CIN) and facts found in public sources, by "
                       "tools/catalog/build_catalog.py. Every record has a provenance: SEED (stated in the report, "
                       "with line numbers), DERIVED (an interpretation, explained in the note) or ILLUSTRATIVE (made "
                       "up); made-up fields of SEED/DERIVED records are listed in provenance.illustrativeFields, and "
                       "provenance.facts names the source of single fields: addresses, phones, e-mails, websites and "
                       "some hours from public pages (PUBLIC_SOURCE, with URL and date: check before use), known "
                       "languages and accessibility facts. EPN opening hours, schedules, seats and the Start Digital "
                       "venues are illustrative; languages and accessibility not stated anywhere are left unknown.",
        "structures": structures,
        "services": services,
    }
    self_check(catalog, communes, epn_rows)
    return catalog


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/work/shared/data",
                    help="folder with communes.csv, epn.csv, partners.csv, contacts.csv")
    ap.add_argument("--overlays", default=HERE,
                    help="folder with classification.json, illustrative.json and public-facts.json")
    ap.add_argument("--out", required=True, help="output JSON file")
    args = ap.parse_args(argv)
    catalog = build(args.data, args.overlays)
    text = json.dumps(catalog, ensure_ascii=False, indent=2) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    kinds = {}
    for s in catalog["structures"]:
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print("wrote %s: %d structures %s, %d services; self-check passed" % (
        args.out, len(catalog["structures"]), dict(sorted(kinds.items())), len(catalog["services"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
