import yaml, re, datetime, collections, sys
p = '/work/blind/coding/gold_blind.yaml'
doc = yaml.safe_load(open(p))
codes = {}
for line in open('/work/shared/reference/CAMEO.eventcodes.txt', encoding='latin-1').read().splitlines()[1:]:
    if '\t' in line:
        k, name = line.split('\t', 1); codes[k.strip()] = name.strip()
S = doc['sentences']; errs = []
assert doc['default_date'] == '2026-03-01'
actor = re.compile(r'^(?:[A-Z]{3}(?:GOV|MIL|COP|JUD|LEG|OPP|REB|BUS|MED|CVL|LAB|EDU)?|IGO(?:UNO|NAT|EEC|AFR|SEA)|NGO|GOV|MIL|COP|OPP|REB|MED|CVL)$')
texts = collections.Counter(s['text'] for s in S)
for i, s in enumerate(S):
    if set(s) - {'text','source','target','cameo','date','ambiguous'}: errs.append((i,'keys',s))
    for f in ('source','target'):
        x = s[f]
        if x is not None and (not isinstance(x, str) or not actor.match(x)): errs.append((i,f,x))
    c = s['cameo']
    if c is not None and (not isinstance(c, str) or c not in codes or len(c) < 3): errs.append((i,'cameo',c))
    if c is None and (s['source'] or s['target']): errs.append((i,'null-event-with-actors'))
    if c is not None and s['source'] is None: errs.append((i,'event-without-source'))
    datetime.date.fromisoformat(s['date'])
    amb = s.get('ambiguous', False)
    if amb and s['source'] not in ('GOV','MIL','COP','OPP','REB'): errs.append((i,'amb-source',s['source']))
    if not amb and s['source'] and not re.match(r'^([A-Z]{3}|IGO|NGO)', s['source']): errs.append((i,'country-missing'))
    if texts[s['text']] > 1: errs.append((i,'dup'))
print('loaded', len(S), 'sentences; errors:', errs or 'none')
roots = collections.Counter(s['cameo'][:2] if s['cameo'] else 'null' for s in S)
for r in sorted(roots): print(r, codes.get(r, '(no event)'), roots[r])
print('ambiguous:', sum(1 for s in S if s.get('ambiguous')), ' null-cameo:', roots['null'], ' distinct codes:', len({s['cameo'] for s in S if s['cameo']}))
print('min per root:', min(v for k, v in roots.items() if k != 'null'))
sys.exit(1 if errs else 0)
