#!/usr/bin/env python3
"""Upper bounds the ACLED notes themselves put on two figures, whatever the coder does (issues 5 and 7).

date_exact: the eval hands each note over with its month only (score.py prepare acled), so only a note that states its
day of the month can be dated exactly; the bound is the notes that state one, plus, for all the others, the most frequent
gold day of the month (the best constant guess).

actor1_country: the gold is the event's country for every non-external actor; a note that names no place of that
country and not the country (nor its adjective) gives a reader no way to know it. The cue list is generous: every name
and alternate name of the country's towns in cities500, and every admin1/admin2 name in the file's own columns.

usage: ceilings.py EVAL_DIR CITIES500_TXT
"""
import collections, csv, re, sys

MONTHS = ('jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|'
          'october|november|december')
STATED_DAY = re.compile(r'\b(\d{1,2})(st|nd|rd|th)?\s+(of\s+)?(' + MONTHS + r')\b|\b(' + MONTHS + r')\.?\s+(\d{1,2})(st|nd|rd|th)?\b'
                        r'|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b', re.I)


def rows(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return list(csv.DictReader(f))


def field(r, name):
    return r.get(name) or r.get(name.upper()) or ''


def date_bound(path, acled_date):
    n = stated = 0
    days = collections.Counter()
    for r in rows(path):
        note, d = field(r, 'notes'), acled_date(field(r, 'event_date'))
        if not d or not note.strip():
            continue
        n += 1
        if STATED_DAY.search(note):
            stated += 1
        else:
            days[d.day] += 1
    best = days.most_common(1)[0][1] if days else 0
    return n, stated, (stated + best) / n if n else 0.0


def country_bound(path, cities, iso2, words):
    names = set(words)
    with open(cities, encoding='utf-8') as f:
        for line in f:
            p = line.split('\t')
            if len(p) > 8 and p[8] == iso2:
                names.update(x for x in [p[1], p[2]] + p[3].split(',') if len(x) >= 4 and x[:1].isupper())
    rs = rows(path)
    for r in rs:
        names.update(x for x in (field(r, 'admin1'), field(r, 'admin2')) if x)
    cue = re.compile(r'\b(' + '|'.join(sorted(map(re.escape, names), key=len, reverse=True)) + r')\b')
    notes = [field(r, 'notes') for r in rs if field(r, 'notes').strip()]
    with_cue = sum(1 for x in notes if cue.search(x))
    return len(notes), with_cue


def main():
    ev, cities = sys.argv[1], sys.argv[2]
    sys.path.insert(0, ev)
    import score  # the eval's own date reader
    for name in ('acled_kenya_1997-2019_Carol0128.csv', 'acled_africa_2016-07_AschHarwood.csv', 'acled_global_2020-05_dev.csv'):
        n, stated, bound = date_bound(f'{ev}/acled/{name}', score.acled_date)
        print(f'date_exact bound {name}: {stated}/{n} notes state a day; bound {bound:.3f}')
    n, with_cue = country_bound(f'{ev}/acled/acled_kenya_1997-2019_Carol0128.csv', cities, 'KE', ['Kenya', 'Kenyan', 'Kenyans'])
    print(f'actor1_country bound acled_kenya: {with_cue}/{n} notes name a Kenyan place or Kenya ({with_cue / n:.3f}); '
          f'{n - with_cue} name neither')


if __name__ == '__main__':
    main()
