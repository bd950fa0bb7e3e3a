# Writes docs/rules.md from the DRL files: every rule with its id, numbers and source.
# Run from the repository root: python3 tools/rules/rules_md.py
import os
import re

HERE = 'rules/src/main/resources/be/brussels/pan/rules/'
ORDER = ['fragility-access.drl', 'fragility-skills.drl', 'fragility-attitude.drl', 'fragility-score.drl',
         'digcomp.drl', 'target-groups.drl', 'personae.drl', 'urgency.drl', 'publics.drl', 'start-digital.drl',
         'epn.drl', 'partners.drl', 'equipment.drl', 'social-support.drl', 'volunteering.drl', 'at-home.drl',
         'accessibility.drl', 'languages.drl', 'seats.drl', 'ranking.drl']
# A DRL file missing from ORDER would be left out of the page without a word: refuse instead.
_missing = sorted(set(f for f in os.listdir(HERE) if f.endswith('.drl')) ^ set(ORDER))
if _missing:
    raise SystemExit("rules_md.py: ORDER and the DRL files differ: %s" % ", ".join(_missing))

# The rule cases: how to read and write them. Kept here so that docs/rules.md stays generated as a whole.
CASES = """
## Rule cases

Each DRL file has its cases beside it, as OpenFisca keeps its tests next to its formulas:
`rules/src/test/resources/cases/<concern>.yaml` for `<concern>.drl` (`epn.drl`: `epn.yaml`). A case is a
request in and what the rules conclude out: the rules that fired, the points, the level, the offers.

```yaml
- name: a blind man is offered Eqla's project in the top three
  why: "dedicated-public @points(80), dedicated-in-top-three @rank(3): seed L671-679 (Eqla)"
  request:                   # the diagnosis contract's request, written in YAML
    answers: {device: SMARTPHONE_ONLY, internet: HOME, email: WITH_HELP, onlineProcedures: WITH_HELP}
    profile: {age: 45, postcode: "1050", gender: MAN, disabilities: [VISUAL]}   # quoted: 1050 unquoted is a number, and an error
  expect:
    rules: {includes: [public-visual, dedicated-public, dedicated-in-top-three]}
    offers:
      shown:
        - {id: db-12-project, withinRank: 3, reasons: {dedicated-public: 80}}
```

| key | what it says |
|---|---|
| `name` | what the case shows, unique in its file |
| `why` | the rule and the line of its `@source` that the case checks |
| `request` | the request, as the contract's JSON (`answers`, `profile`, `extended`, `locale`…) |
| `catalog` | optional: fields to set on records of the default catalogue, by id, for a fact the catalogue does not have yet: `{structures: {epn-13: {accessible: false}}}` |
| `seats` | optional: the seat snapshot the engine is given, as the contract's `SeatSnapshot`: `{asOf: "2026-12-01T08:00:00Z", sessions: [{id, offerId, start, end, venue, address, language, seats, freeSeats}]}` (dates with their offset, quoted); without it the case runs without a snapshot |
| `expect.rules` | `exactly`: the set of rules that fired; or `includes` (fired) and `excludes` (did not fire) |
| `expect.dimensions` | any of `access`, `skills`, `attitude`, after the cap at 100 |
| `expect.score`, `.level`, `.digcomp`, `.persona`, `.urgency` | the score and the contract's values |
| `expect.notPersonae` | personae that are neither the persona nor among its alternatives (a stated fact ruled them out) |
| `expect.targetGroups` | exactly these groups, in any order (`[]`: none) |
| `expect.offers.ranked` | the whole ranking: offer ids, first to last |
| `expect.offers.count` | how many offers are shown |
| `expect.offers.includes`, `.excludes` | offers shown at any rank, offers not shown |
| `expect.offers.kinds` | how many offers of each listed kind are shown: `{START_DIGITAL: 2}` |
| `expect.offers.notReasons` | rules that gave no shown offer any points |
| `expect.offers.shown` | for some shown offers: `id`, and any of `rank`, `withinRank` (at that rank or better: `3` is in the top three), `kind`, `points` (the total, after the distance cost), `reasons` (the points each listed rule gave it; other rules may have given some too), `notReasons` (rules that gave it none), `nextSessions` (the ids of the next sessions it lists, in order; `[]`: none) |

Every key of `expect` is optional; a case states at least one. One runner, `RuleCasesTest`
(`rules/src/test/java/be/brussels/pan/rules/cases/`), runs every case through `rules.run.Evaluator` on the
default catalogue, as the engine does, and a failure names the file, the case and every mismatch, then shows
what the rules concluded (the rules that fired, the dimensions, the ranking with each offer's points and
reasons). Reading is strict: an unknown key, an unknown value, or a rule id or offer id that does not exist
fails the case. The engine's `RuleCaseRequestsTest` checks that every case's request is valid under the
contract. `RuleCoverageTest` fails naming the rule ids that no case of their concern's file names under
`rules.exactly`, `rules.includes` or an offer's `reasons` (excluding a rule does not cover it): a new rule
comes with its cases. The build log says how many rule ids the cases cover ("Rule cases cover N of M rule
ids").

To add a case:

1. Open the file of the rule's concern; a new DRL file needs its own case file.
2. Write the smallest request that makes the rule fire, and say in `why` which rule and which source line.
3. Expect what the rule *does*, not only that it fired: the points it gives a dimension or an offer, the offer
   it proposes or keeps out, the level or the group it concludes. When the rule only makes a difference
   against a near situation, add that situation as a second case (the condition just not met).
4. Run `mvn -B -ntp -o -pl rules -am test -Dtest=RuleCasesTest -Dsurefire.failIfNoSpecifiedTests=false`. A
   failing case prints what the rules concluded: read it against the rule before changing an expectation.
"""

out = ["# The rule base, rule by rule", "",
       "The rules live in `rules/src/main/resources/be/brussels/pan/rules/`, one file per concern. Each rule's",
       "name reads as a sentence; its metadata gives a stable `@id`, its `@source` (a seed line, a data file or a",
       "named policy choice) and the policy numbers it uses (`@points`, thresholds, weights). Java only adds up",
       "points and sorts; every number that is policy is here. This page is generated from the DRL by",
       "`python3 tools/rules/rules_md.py`; the texts shown to people are in `tools/messages/texts.py`.", "",
       "How a diagnosis runs:", "",
       "1. **Fragility** (`fragility-*.drl`): each answer that shows a gap adds `@points` to one dimension",
       "   (access, skills, attitude); a dimension is capped at 100. The score is the weighted mean of the",
       "   dimensions the answers inform (`fragility-score.drl`): the four screening answers inform access and",
       "   skills; attitude counts once an attitude question was asked (`attitude-not-asked`), so that the worst",
       "   four answers alone give a severe fragility. The level is a step function of the score, its thresholds",
       "   in the metadata of `fragility-level`.",
       "2. **DigComp level** (`digcomp.drl`) and **target groups** (`target-groups.drl`): exactly the contract's definitions.",
       "3. **Persona** (`personae.drl`): the closest of the five WeTechCare personae by a weighted distance over",
       "   the dimensions the score counted, among those no stated fact contradicts (no device: not Benoît, Anne",
       "   or Noémie). **Urgency** (`urgency.drl`): the personae's urgencies rest on the fragility level and on the",
       "   risk of non-take-up, so the rules state urgency from those; each only raises it as an answer worsens,",
       "   so urgency never falls when an answer gets worse, and no fragility is never urgent.",
       "4. **Publics** (`publics.drl`): the publics the person is known to belong to (women, homeless people,",
       "   newcomers, allophone people, parents of a school-age child, social-housing tenants…), from stated facts",
       "   only. An offer reserved to a public is proposed only to its members (`exclude-reserved`).",
       "5. **Orientation**: rules *propose* offers (`@points`), other rules add or remove points, *exclude*",
       "   offers, or state an order (`ranking.drl`). An offer for one of the person's publics or target groups is",
       "   sought across the region within a travel limit, whatever its rank by distance (`dedicated-public`,",
       "   `dedicated-group`), the best of them is kept in the top three, and the best for each public is never",
       "   cut for lack of room of its kind. Rules that give points for the same reason share a `@family`, and",
       "   only the highest of a family counts: points do not stack for one reason. The ranking is most points",
       "   first (distance costs `@pointsPerKm`), then nearest, then by id; then the orders rules ask for (Start",
       "   Digital before the other offers of its EPN, stated needs before volunteering, the CPAS or literacy",
       "   support in the top two for a severe fragility without French or Dutch). Every orientation lists the",
       "   rules that gave it points: its reasons. Offers are reached through views of the catalogue",
       "   (`offers.nearest(EPN, 3)`, `forPublic(\"HOMELESS\")`…), so the number of offers a rule looks at is",
       "   written in the rule.",
       "6. **Languages and accessibility** (`languages.drl`, `accessibility.drl`): an offer's languages and",
       "   accessibility count only where the catalogue knows them (catalogue format 1.1, with their sources);",
       "   otherwise the response says they are unknown, and never assumes them.",
       "7. **Seats** (`seats.drl`, rule base 1.2.0): when the engine is given a seat snapshot (the upcoming published",
       "   sessions and their free seats, `DiagnosisEngine.diagnose(request, seats)`), an offer with a free seat in a",
       "   session of the coming `@daysAhead` days gains points, one whose sessions of those days are all full loses",
       "   points, and an offer without sessions falls back on the free seats its partner declared in the catalogue",
       "   (`capacity`), while the declaration is at most `@freshDays` old. Each offer shown lists its next `@shown`",
       "   sessions with free seats (the response's optional `nextSessions`). Without a snapshot none of these rules",
       "   applies. The snapshot is indexed by offer once (`Seats`, a fact of the session only when there is a snapshot).", "",
       "Salience orders four steps: the memberships and policy settings come first (`salience 50`), the score waits for every",
       "contribution (`salience -100`), allophone support rises once every offer is proposed (`salience -200`), and the rule",
       "`ranking` ranks and cuts last (`salience -500`).", "",
       "**How the rules speak of offers (rule base 1.1.1).** A rule's `when` holds the person's side of its condition (their",
       "answers, level, persona, publics); the offer side is a test in its consequence, which the orientation board",
       "(`OrientationBoard`) applies to the offers: `board.proposeEach(kcontext, offers.nearest(EQUIPMENT, 3))`,",
       "`board.scoreWhere(kcontext, offer -> offer.suits($persona))`, `board.excludeWhere(…)`, `board.keepBeforeWhere(…)`,",
       "`board.noticeWhen(kcontext, shown -> shown.none(…))` for the notices about the list the person sees. Such a rule fires",
       "once, not once per offer, and a rule whose test no offer passed is left out of the explanation, as if it had not",
       "fired. Joining every rule on every offer as facts cost about half of a diagnosis (docs/benchmarks.md).", ""]
out += CASES.strip("\n").splitlines() + [""]
for f in ORDER:
    s = open(HERE + f, encoding='utf-8').read()
    head = [l[3:] for l in s.splitlines() if l.startswith('// ')]
    out += [f"## `{f}`", ""]
    if head:
        out += [" ".join(head), ""]
    out += ["| rule | id | numbers | source |", "|---|---|---|---|"]
    for m in re.finditer(r'rule "([^"]+)"\s*\n((?:\s*@.*\n|\s*salience.*\n)+)', s):
        name, meta = m.group(1), m.group(2)
        md = {k: v for k, _, v in re.findall(r'@(\w+)\(("?)(.*?)\2\)(?=\s|$)', meta)}
        nums = ", ".join(f"{k} {v}" for k, v in md.items() if k not in ('id', 'source'))
        out.append(f"| {name} | `{md.get('id', '')}` | {nums} | {md.get('source', '').replace('|', '/')} |")
    out.append("")
out += ["## Policy diff: how to see what a rule change does", "",
        "Before a change of the rules ships, run the same synthetic population through the rule base before and",
        "after it, and compare the two runs person by person (the commands are in the examples JAR; see the README's",
        "*Command line*):", "",
        "```bash",
        "# the code before the change",
        "mvn -B -q -pl examples -am package -DskipTests",
        "java -jar examples/target/pan-examples.jar population --out before.jsonl      # 10,000 people, seed 2021",
        "# change the DRL, rebuild as above, then",
        "java -jar examples/target/pan-examples.jar population --out after.jsonl",
        "java -jar examples/target/pan-examples.jar diff-population before.jsonl after.jsonl --format markdown",
        "```", "",
        "The population is synthetic and built to reach every branch of the rules: the four answers are uniform,",
        "55 % of the people give only them (as at an Actiris registration), the others a profile and some the",
        "extended answers, with some fields unknown. Its shares are therefore not Brussels' shares: read the",
        "figures as *how many of these people change*, and the examples as *who*. The diff counts the people whose",
        "persona, urgency, fragility level, top-1 offer, top-3 offers (as a set, and in order), Start Digital",
        "(proposed at any rank) or target groups changed, overall, by target group (before or after) and by",
        "commune, with from → to tables for level, urgency and persona and the first examples of each change.", ""]
# The policy diffs of the last changes of the rule base, as diff-population wrote them (kept next to this script).
def policy_diff_figures(version):
    with open(os.path.join(os.path.dirname(__file__), f'policy-diff-{version}.md'), encoding='utf-8') as diff:
        return [line.replace('### Policy diff', '### The figures', 1) if line.startswith('### Policy diff') else line
                for line in diff.read().splitlines()] + [""]


out += ["## Policy diff of rule base 1.2.0 (issue 14)", "",
        "From rule base 1.1.1 (commit 0e3c106) to 1.2.0, 10,000 people, seed 2021, without a seat snapshot (as the",
        "population runs): nobody's outcome changes, and every response is the same but for the version it is stamped",
        "with. The seat rules (`seats.drl`) need a snapshot, which only a caller that knows the published sessions",
        "gives (the service); their effect on one person is in their rule cases (`cases/seats.yaml`).", ""]
out += policy_diff_figures("1.2.0")
out += ["## Policy diff of rule base 1.1.1 (issue 12)", "",
        "From rule base 1.1.0 (commit 583a60c) to 1.1.1, 10,000 people, seed 2021: nobody's outcome changes, and every",
        "response has the same offers, ranks, reasons, points and explanation entries; only the order of the reasons of an",
        "offer and of the explanation differs (they follow the order in which rules fired, and the rules that speak of",
        "offers now fire once, before the ranking; see *How the rules speak of offers* above).", ""]
out += policy_diff_figures("1.1.1")
out += ["## Policy diff of rule base 1.1.0 (issue 12)", "",
        "From rule base 1.0.0 (commit f461061) to 1.1.0, with the catalogue of issue 12 (languages and",
        "accessibility only where a source states them): 10,000 people, seed 2021. What moved, and why:", "",
        "- **Level, up for most people** (LOW→MODERATE 1,485, MODERATE→HIGH 3,397, HIGH→SEVERE 1,500): the 55 % who",
        "  give only the four answers are scored over access and skills, no longer with an attitude counted as zero",
        "  (`attitude-not-asked`). **Down for 182** (HIGH→MODERATE 75, SEVERE→HIGH 102, MODERATE→LOW 5): CANNOT is",
        "  no longer counted a second time under attitude.",
        "- **Urgency**: 869 people go from HIGH to MEDIUM. They were Louis or Esteban by the closest persona",
        "  (FORT) with a low or moderate level and no online procedure they cannot do; urgency now follows the level",
        "  and the risk of non-take-up, and never falls when an answer worsens. 1,328 go up (mostly MEDIUM→HIGH",
        "  with the higher levels).",
        "- **Persona**: 1,145 Louis become Esteban (their score is now higher, closer to his); 449 Benoît become",
        "  Anne and 194 Louis: Benoît is ruled out for anyone without a computer, a home connection and both tasks",
        "  done alone.",
        "- **Top offers**: the first offer changes for 40 % and the top three for 80 %: offers for the person's",
        "  publics come first, EPN no longer collect points twice for proximity, reserved offers leave the lists",
        "  of people outside their public. Start Digital is proposed to exactly the same people.", ""]
out += policy_diff_figures("1.1.0")
os.makedirs('docs', exist_ok=True)
with open('docs/rules.md', 'w', encoding='utf-8') as f:
    f.write("\n".join(out) + "\n")
