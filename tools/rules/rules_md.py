# Writes docs/rules.md from the DRL files: every rule with its id, numbers and source.
# Run from the repository root: python3 tools/rules/rules_md.py
import os
import re

HERE = 'rules/src/main/resources/be/brussels/pan/rules/'
ORDER = ['fragility-access.drl', 'fragility-skills.drl', 'fragility-attitude.drl', 'fragility-score.drl',
         'digcomp.drl', 'target-groups.drl', 'personae.drl', 'urgency.drl', 'start-digital.drl', 'epn.drl',
         'partners.drl', 'equipment.drl', 'social-support.drl', 'volunteering.drl', 'at-home.drl', 'ranking.drl']

out = ["# The rule base, rule by rule", "",
       "The rules live in `rules/src/main/resources/be/brussels/pan/rules/`, one file per concern. Each rule's",
       "name reads as a sentence; its metadata gives a stable `@id`, its `@source` (a seed line, a data file or a",
       "named policy choice) and the policy numbers it uses (`@points`, thresholds, weights). Java only adds up",
       "points and sorts; every number that is policy is here. This page is generated from the DRL by",
       "`python3 tools/rules/rules_md.py`; the texts shown to people are in `tools/messages/texts.py`.", "",
       "How a diagnosis runs:", "",
       "1. **Fragility** (`fragility-*.drl`): each answer that shows a gap adds `@points` to one dimension",
       "   (access, skills, attitude); a dimension is capped at 100. The score is the weighted mean of the three",
       "   dimensions (`fragility-score.drl`), and the level a step function of the score.",
       "2. **DigComp level** (`digcomp.drl`) and **target groups** (`target-groups.drl`): exactly the contract's definitions.",
       "3. **Persona** (`personae.drl`): the closest of the five WeTechCare personae by a weighted distance; the",
       "   five prototypes and their seed lines are listed in the file. **Urgency** (`urgency.drl`): the persona's,",
       "   unless a rule raises it.",
       "4. **Orientation**: rules *propose* offers (`@points`), other rules add or remove points or *exclude*",
       "   offers; `ranking.drl` sets the cost of distance and the limits. The ranking is most points first, then",
       "   nearest, then by id. Every orientation lists the rules that gave it points: its reasons.",
       "   Offers are reached through views of the catalogue (`$offers.nearest(EPN, 3)`, `forPublic(\"HOMELESS\")`…),",
       "   so the number of offers a rule looks at is written in the rule.", "",
       "Salience is used once: the score waits for every contribution (`salience -100`).", ""]
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
os.makedirs('docs', exist_ok=True)
with open('docs/rules.md', 'w', encoding='utf-8') as f:
    f.write("\n".join(out) + "\n")
