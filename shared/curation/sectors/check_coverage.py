#!/usr/bin/env python3
"""Check the sector curation against the full ESCO occupation list.

Usage (from the repository root):
    python3 shared/curation/sectors/check_coverage.py [path/to/esco/occupations_nl.csv]

The default ESCO path is ../shared/data/esco/occupations_nl.csv beside the checkout.
Rule: the most specific ISCO prefix in isco-sector.tsv gives the sector, and a row in
occupation-sector.tsv overrides it for one occupation. The script checks that every
occupation gets a known sector key, that overrides point at real occupations, and that
region/occupations.tsv uses the same sector as this rule. It writes nothing.
"""
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
DEFAULT_ESCO = os.path.join(REPO, '..', 'shared', 'data', 'esco', 'occupations_nl.csv')


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def main():
    esco_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_ESCO
    with open(esco_path, encoding='utf-8', newline='') as f:
        occupations = list(csv.DictReader(f))
    sectors = {r['key'] for r in read_tsv(os.path.join(HERE, 'sectors.tsv'))}
    prefixes = {r['isco_prefix']: r['sector_key'] for r in read_tsv(os.path.join(HERE, 'isco-sector.tsv'))}
    overrides = {r['occupation_uri']: r['sector_key'] for r in read_tsv(os.path.join(HERE, 'occupation-sector.tsv'))}
    errors = []
    for p, s in prefixes.items():
        if s not in sectors:
            errors.append(f'isco-sector: unknown sector {s} for prefix {p}')
    uris = {o['conceptUri'] for o in occupations}
    for u, s in overrides.items():
        if u not in uris:
            errors.append(f'occupation-sector: unknown occupation {u}')
        if s not in sectors:
            errors.append(f'occupation-sector: unknown sector {s} for {u}')

    def isco_sector(group):
        for n in range(len(group), 0, -1):
            if group[:n] in prefixes:
                return prefixes[group[:n]]
        return None

    final = {}
    covered = 0
    for o in occupations:
        s = isco_sector(o['iscoGroup'])
        if s:
            covered += 1
        final[o['conceptUri']] = overrides.get(o['conceptUri'], s)
    region_path = os.path.join(HERE, '..', 'region', 'occupations.tsv')
    if os.path.exists(region_path):
        for r in read_tsv(region_path):
            if final.get(r['occupation_uri']) != r['sector_key']:
                errors.append(f"region: {r['label_nl']} has {r['sector_key']}, rule gives {final.get(r['occupation_uri'])}")
    print(f'ISCO coverage: {covered} of {len(occupations)} occupations; {len(overrides)} occupation overrides')
    counts = collections.Counter(final.values())
    for s, n in counts.most_common():
        print(f'  {s}: {n}')
    missing = sorted(sectors - set(counts))
    if missing:
        print('sectors without occupations:', ', '.join(missing))
    for e in errors:
        print('ERROR', e)
    return 1 if errors or covered != len(occupations) else 0


if __name__ == '__main__':
    sys.exit(main())
