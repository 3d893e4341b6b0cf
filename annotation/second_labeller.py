"""Writes a second labeller's facts (`second_labeller*/label.py`: labels as data) in the gold facts format, checking them
against the set's mention tables: every QUANTITY labelled (None for ordinals and durations, which get no fact), each
metric found in the text (the occurrence nearest the number, or as `pick` says), subjects in the ORG table, periods
among the DATE values. `-v` prints each fact with its context."""
import csv
import glob
import sys
from collections import Counter


def occs(t, s):
    i = t.find(s); out = []
    while i >= 0:
        out.append(i); i = t.find(s, i + 1)
    return out


def write_facts(L: dict, D: str, OUT: str) -> None:
    """L: per document prefix, per QUANTITY mention id, (metric_text, subject, period, kind, status, note[, pick]); D: the
    set's folder (ending in `/`); OUT: the facts.csv to write."""
    rows = []; bad = 0
    for pre, labs in L.items():
        path = glob.glob(D + 'texts/' + pre + '_*.txt')[0]
        doc = path.split('/')[-1][:-4]
        t = open(path, encoding='utf-8').read()
        qs = [r for r in csv.DictReader(open(D + 'gold/quantities.csv', encoding='utf-8')) if r['doc_id'] == doc]
        orgs = {r['canonical'] for r in csv.DictReader(open(D + 'gold/organizations.csv', encoding='utf-8')) if r['doc_id'] == doc}
        dates = {r['value'] for r in csv.DictReader(open(D + 'gold/dates.csv', encoding='utf-8')) if r['doc_id'] == doc}
        assert set(labs) == {q['mention_id'] for q in qs}, (pre, set(labs) ^ {q['mention_id'] for q in qs})
        for q in qs:
            lab = labs[q['mention_id']]
            if lab is None:
                assert q['category'] in ('duration', 'ordinal'), q
                continue
            assert q['category'] not in ('duration', 'ordinal'), q
            met, subj, per, kind, st, note = lab[:6]
            pick = lab[6] if len(lab) > 6 else None
            qs_, qe = int(q['start']), int(q['end'])
            assert t[qs_:qe] == q['text']
            if q['status'] == 'optional':
                assert st == 'optional', q
            ms = me = ''
            if met:
                cand = occs(t, met)
                assert cand, (pre, met)
                if isinstance(pick, int):
                    c = [x for x in cand if x >= pick][0]
                else:
                    if pick == 'b': cand = [x for x in cand if x + len(met) <= qs_]
                    if pick == 'a': cand = [x for x in cand if x >= qe]
                    c = min(cand, key=lambda x: min(abs(x - qe), abs(x + len(met) - qs_)))
                ms, me = c, c + len(met)
                assert t[ms:me] == met
            for s in filter(None, subj.split(';')):
                if s not in orgs: print('SUBJ not in ORG table', pre, q['mention_id'], s); bad += 1
            if per and per not in dates:
                a, _, b = per.partition('/')
                if not (a in dates and b in dates) and per not in dates:
                    print('PERIOD not a DATE value', pre, q['mention_id'], per); bad += 1
            rows.append(dict(doc_id=doc, q_start=qs_, q_end=qe, q_text=q['text'], metric_start=ms, metric_end=me,
                             metric_text=met, subject=subj, period=per, kind=kind, status=st, note=note))
            if '-v' in sys.argv:
                lo = min(qs_, ms if ms != '' else qs_); hi = max(qe, me if me != '' else qe)
                ctx = t[max(0, lo - 15):hi + 10].replace('\n', ' / ')
                print(f"{pre} {q['mention_id']:4} [{q['text']}] metric[{met}]@{ms} {subj}|{per}|{kind}|{st}  ::  {ctx}")

    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames='doc_id,q_start,q_end,q_text,metric_start,metric_end,metric_text,subject,period,kind,status,note'.split(','))
        w.writeheader(); w.writerows(rows)
    print(len(rows), Counter(r['status'] for r in rows), 'problems:', bad)
