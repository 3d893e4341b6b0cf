"""Helpers for labels.py: find offsets from context strings, read Korean numerals, compute
date ranges, and write the gold tables. Labels are data in labels.py; offsets are never counted
by eye: every span is found with str.find and checked (text[start:end] == span)."""
import calendar
import csv
import re
from decimal import Decimal
from pathlib import Path

SMALL = {"천": 1000, "백": 100, "십": 10}
BIG = [("조", 10**12), ("억", 10**8), ("만", 10**4)]
NUMCH = "0123456789,.천백십만억조~∼-+ 여"


def _small(s):
    s = s.replace(",", "").strip()
    if not s:
        return Decimal(0)
    total = Decimal(0)
    cur = ""
    for ch in s:
        if ch in SMALL:
            total += (Decimal(cur) if cur else Decimal(1)) * SMALL[ch]
            cur = ""
        else:
            cur += ch
    if cur:
        total += Decimal(cur)
    return total


def parse_num(s):
    s = s.replace(" ", "").rstrip("여")
    neg = s.startswith("-")
    s = s.lstrip("+-")
    total = Decimal(0)
    for ch, mult in BIG:
        if ch in s:
            head, s = s.split(ch, 1)
            total += (_small(head) if head else Decimal(1)) * mult
    total += _small(s)
    if neg:
        total = -total
    out = format(total.normalize(), "f")
    return out


def unit_text_of(span):
    m = re.match(r"^[-+]?[0-9,.\s천백십만억조~∼]+(여)?\s*", span)
    return span[m.end():] if m else span


def numeric_part(span, ut):
    return span[: len(span) - len(ut)].strip() if ut else span


def month_end(y, m):
    return calendar.monthrange(y, m)[1]


def point_range(v, mod):
    """first and last day of a TIMEX value (no X), with mod."""
    if "T" in v:
        v = v.split("T")[0]
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        y = int(v)
        if mod == "START":
            return f"{y}-01-01", f"{y}-03-31"
        if mod == "MID":
            return f"{y}-05-01", f"{y}-08-31"
        if mod == "END":
            return f"{y}-10-01", f"{y}-12-31"
        return f"{y}-01-01", f"{y}-12-31"
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m[1]), int(m[2])
        last = month_end(y, mo)
        if mod == "START":
            return f"{v}-01", f"{v}-10"
        if mod == "MID":
            return f"{v}-11", f"{v}-20"
        if mod == "END":
            return f"{v}-21", f"{v}-{last:02d}"
        return f"{v}-01", f"{v}-{last:02d}"
    m = re.fullmatch(r"(\d{4})-Q(\d)", v)
    if m:
        y, q = int(m[1]), int(m[2])
        m1, m3 = 3 * q - 2, 3 * q
        return f"{y}-{m1:02d}-01", f"{y}-{m3:02d}-{month_end(y, m3):02d}"
    m = re.fullmatch(r"(\d{4})-H(\d)", v)
    if m:
        y, h = int(m[1]), int(m[2])
        return (f"{y}-01-01", f"{y}-06-30") if h == 1 else (f"{y}-07-01", f"{y}-12-31")
    m = re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)
    if m:
        return v, v
    raise ValueError(v)


def granularity(v):
    v = v.split("/")[-1].split("T")[0]
    if re.fullmatch(r"\d{4}", v):
        return "year"
    if "-Q" in v:
        return "quarter"
    if "-H" in v:
        return "half"
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return "month"
    return "day"


def date_range(v, mod):
    if "X" in v:
        return "", ""
    if "/" in v:
        a, b = v.split("/")
        ma, mb = (mod.split("/") + [""])[:2] if mod else ("", "")
        return point_range(a, ma)[0], point_range(b, mb)[1]
    return point_range(v, mod)


class Doc:
    def __init__(self, doc_id, text, doc_date):
        self.doc_id, self.text, self.doc_date = doc_id, text, doc_date
        self.q, self.d, self.o, self.f = [], [], [], []
        self._cur = {"Q": 0, "D": 0, "O": 0}

    def find(self, kind, ctx, span):
        ctx = ctx or span
        t = self.text
        cur = self._cur[kind]
        i = max(0, cur - len(ctx))
        while True:
            j = t.find(ctx, i)
            if j < 0:
                raise ValueError(f"{self.doc_id} {kind}: {ctx!r}/{span!r} not found after {cur}")
            k = ctx.find(span)
            assert k >= 0, (ctx, span)
            s = j + k
            if s >= cur:
                e = s + len(span)
                assert t[s:e] == span
                self._cur[kind] = e
                return s, e
            i = j + 1

    def nearest(self, word, pos):
        """(start, end) of the occurrence of word nearest pos; word may be 'w@ctx'."""
        if "@" in word:
            w, ctx = word.split("@", 1)
        else:
            w, ctx = word, word
        assert w in ctx, (word,)
        best = None
        i = self.text.find(ctx)
        while i >= 0:
            s = i + ctx.find(w)
            dist = abs(s - pos)
            if best is None or dist < best[0]:
                best = (dist, s)
            i = self.text.find(ctx, i + 1)
        if best is None:
            raise ValueError(f"{self.doc_id}: metric {word!r} not found")
        s = best[1]
        return s, s + len(w)


def parse_lines(doc, spec):
    last_q = None
    for raw in spec.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, rest = line[0], line[1:].strip()
        if kind == "Q":
            qpart, _, fpart = rest.partition("||")
            cols = [c.strip() for c in qpart.split("|")]
            cols += [""] * (6 - len(cols))
            ctx, span, value, unit, cat, flags = cols[:6]
            qnote = cols[6] if len(cols) > 6 else ""
            s, e = doc.find("Q", ctx, span)
            fl = flags.split()
            ut = next((x[3:] for x in fl if x.startswith("ut=")), None)
            if ut is None:
                ut = unit_text_of(span)
            vhigh = next((x[3:] for x in fl if x.startswith("hi=")), "")
            if not value:
                num = numeric_part(span, ut)
                parts = re.split(r"[~∼]", num)
                value = parse_num(parts[0])
                if len(parts) == 2:
                    vhigh = parse_num(parts[1])
            bound = next((x for x in fl if x in ("min", "max", "gt", "lt")), "")
            approx = "true" if ("a" in fl or any(x == "여" for x in [])) else "false"
            if re.search(r"\d여", span):
                approx = "true"
            eq = last_q["mention_id_tmp"] if "eq" in fl else ""
            row = dict(doc_id=doc.doc_id, start=s, end=e, text=span, value=value, value_high=vhigh,
                       unit=unit, unit_text=ut, category=cat, approx=approx, bound=bound,
                       equivalent_of=eq, status="optional" if "opt" in fl else "required", note=qnote,
                       mention_id_tmp=f"q{len(doc.q)}")
            doc.q.append(row)
            last_q = row
            fc = [c.strip() for c in fpart.split("|")] if fpart.strip() else []
            fc += [""] * (6 - len(fc))
            metric, subject, period, fkind, fst, fnote = fc[:6]
            if fpart.strip() and (cat not in ("duration", "ordinal") or fst == "o"):
                if metric:
                    ms, me = doc.nearest(metric, s)
                    mt = doc.text[ms:me]
                else:
                    ms = me = ""
                    mt = ""
                doc.f.append(dict(doc_id=doc.doc_id, q_start=s, q_end=e, q_text=span, metric_start=ms,
                                  metric_end=me, metric_text=mt, subject=subject, period=period,
                                  kind=fkind or "level", status="optional" if fst == "o" else "required",
                                  note=fnote))
        elif kind == "D":
            cols = [c.strip() for c in rest.split("|")]
            cols += [""] * (8 - len(cols))
            ctx, span, value, mod, rel, flags, note = cols[:7]
            s, e = doc.find("D", ctx, span)
            fl = flags.split()
            anchor = next((x[7:] for x in fl if x.startswith("anchor=")), doc.doc_date)
            rs, re_ = date_range(value, mod)
            rs = next((x[3:] for x in fl if x.startswith("rs=")), rs)
            re_ = next((x[3:] for x in fl if x.startswith("re=")), re_)
            relative = "true" if rel in ("r", "true") else "false"
            doc.d.append(dict(doc_id=doc.doc_id, start=s, end=e, text=span, value=value, mod=mod,
                              range_start=rs, range_end=re_, granularity=granularity(value),
                              relative=relative, anchor_date=anchor if relative == "true" else "",
                              status="optional" if "opt" in fl else "required", note=note))
        elif kind == "O":
            cols = [c.strip() for c in rest.split("|")]
            cols += [""] * (6 - len(cols))
            ctx, span, canonical, aliases, flags, note = cols[:6]
            s, e = doc.find("O", ctx, span)
            canonical = canonical or span
            doc.o.append(dict(doc_id=doc.doc_id, start=s, end=e, text=span, canonical=canonical,
                              org_id=canonical.replace(" ", ""), aliases=aliases,
                              status="optional" if "opt" in flags.split() else "required", note=note))
        else:
            raise ValueError(line)


QCOLS = "doc_id,mention_id,sentence_id,start,end,text,value,value_high,unit,unit_text,category,approx,bound,equivalent_of,rule_id,status,note".split(",")
DCOLS = "doc_id,mention_id,sentence_id,start,end,text,value,mod,range_start,range_end,granularity,relative,anchor_date,rule_id,status,note".split(",")
OCOLS = "doc_id,mention_id,sentence_id,start,end,text,canonical,org_id,aliases,rule_id,status,note".split(",")
FCOLS = "doc_id,q_start,q_end,q_text,metric_start,metric_end,metric_text,subject,period,kind,status,note".split(",")


def finalize(doc):
    doc.q.sort(key=lambda r: (r["start"], r["end"]))
    idmap = {}
    for i, r in enumerate(doc.q, 1):
        idmap[r["mention_id_tmp"]] = f"Q{i}"
        r["mention_id"] = f"Q{i}"
    for r in doc.q:
        if r["equivalent_of"]:
            r["equivalent_of"] = idmap[r["equivalent_of"]]
    for lst, p in ((doc.d, "D"), (doc.o, "O")):
        lst.sort(key=lambda r: (r["start"], r["end"]))
        for i, r in enumerate(lst, 1):
            r["mention_id"] = f"{p}{i}"
    doc.f.sort(key=lambda r: r["q_start"])
    for lst in (doc.q, doc.d, doc.o):
        for r in lst:
            assert doc.text[r["start"]:r["end"]] == r["text"], r
    for r in doc.f:
        assert doc.text[r["q_start"]:r["q_end"]] == r["q_text"]
        if r["metric_text"]:
            assert doc.text[r["metric_start"]:r["metric_end"]] == r["metric_text"]


def write(path, cols, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})
