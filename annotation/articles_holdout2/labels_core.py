"""Framework for labels.py: locate spans in the text, build the rows, check every offset."""
import calendar, csv, datetime as dt, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

# Shorthands the sets' labels.py share: a unit code or a category, as the gold columns write them.
W, U, C, P, PP, M = "KRW", "USD", "count", "percent", "%p", "measure"


def use_folder(labels_file):
    """Point the framework at the set whose labels.py is `labels_file`: its texts/ and gold/ beside it."""
    global TEXTS, GOLD
    folder = os.path.dirname(os.path.abspath(labels_file))
    TEXTS, GOLD = os.path.join(folder, "texts"), os.path.join(folder, "gold")
    return folder

def load(doc_id):
    with open(os.path.join(TEXTS, doc_id + ".txt"), encoding="utf-8-sig") as f:
        return f.read().replace("\r\n", "\n")


def locate(text, mention, ctx=None):
    """Start of `mention`: the unique occurrence in the text, or its first occurrence inside the unique `ctx`."""
    if ctx is None:
        n = text.count(mention)
        assert n == 1, f"{mention!r} occurs {n} times: give a ctx"
        return text.find(mention)
    n = text.count(ctx)
    assert n == 1, f"ctx {ctx!r} occurs {n} times"
    i = ctx.find(mention)
    assert i >= 0, f"{mention!r} not in ctx {ctx!r}"
    return text.find(ctx) + i


def all_starts(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _period_days(v):
    """First and last calendar day of a TIMEX value (no mod)."""
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        y = int(v); return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m[1]), int(m[2]); return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", v)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3])); return d, d
    m = re.fullmatch(r"(\d{4})-Q(\d)", v)
    if m:
        y, q = int(m[1]), int(m[2]); a = dt.date(y, 3 * q - 2, 1); mo = 3 * q
        return a, dt.date(y, mo, calendar.monthrange(y, mo)[1])
    m = re.fullmatch(r"(\d{4})-H(\d)", v)
    if m:
        y, h = int(m[1]), int(m[2])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    raise ValueError(v)


def _with_mod(v, mod):
    a, b = _period_days(v)
    if not mod or mod == "APPROX":
        return a, b
    if re.fullmatch(r"\d{4}", v):
        y = a.year
        return {"START": (dt.date(y, 1, 1), dt.date(y, 3, 31)), "MID": (dt.date(y, 5, 1), dt.date(y, 8, 31)),
                "END": (dt.date(y, 10, 1), dt.date(y, 12, 31))}[mod]
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return {"START": (a, a.replace(day=10)), "MID": (a.replace(day=11), a.replace(day=20)),
                "END": (a.replace(day=21), b)}[mod]
    raise ValueError((v, mod))


def date_range(value, mod=""):
    if "/" in value:
        v1, v2 = value.split("/")
        m1, m2 = (mod.split("/") + [""])[:2] if mod else ("", "")
        return _with_mod(v1, m1)[0], _with_mod(v2, m2)[1]
    return _with_mod(value, mod)


class Doc:
    def __init__(self, doc_id, doc_date):
        self.doc_id, self.doc_date = doc_id, doc_date
        self.text = load(doc_id)
        self.q, self.d, self.o, self.f = [], [], [], []

    # QUANTITY (+ its fact). f = (metric, metric_ctx, subject, period, kind[, status, note]) or None
    def Q(self, text, value, unit, utext, cat, ctx=None, hi="", approx=False, bound="", eq=None,
          st="required", note="", f="auto"):
        s = locate(self.text, text, ctx)
        row = dict(start=s, end=s + len(text), text=text, value=str(value), value_high=str(hi), unit=unit,
                   unit_text=utext, category=cat, approx="true" if approx else "false", bound=bound,
                   eq=eq, status=st, note=note)
        self.q.append(row)
        if f == "auto":
            if cat in ("duration", "ordinal") and st == "required":
                f = None
            else:
                f = ("", None, "", "", "level", "optional", "optional quantity: fact neutralised")
        if f is not None:
            metric, mctx, subj, period, kind = f[:5]
            fst = f[5] if len(f) > 5 else ("optional" if st == "optional" else "required")
            fnote = f[6] if len(f) > 6 else ""
            if st == "optional":
                fst = "optional"
            ms = me = ""
            if metric:
                if mctx is not None:
                    ms = locate(self.text, metric, mctx)
                else:  # nearest occurrence to the quantity
                    cands = all_starts(self.text, metric)
                    assert cands, metric
                    ms = min(cands, key=lambda c: min(abs(c - s), abs(c + len(metric) - s - len(text))))
                me = ms + len(metric)
            self.f.append(dict(q_start=s, q_end=s + len(text), q_text=text, metric_start=ms, metric_end=me,
                               metric_text=metric, subject=subj, period=period, kind=kind, status=fst, note=fnote))
        return row

    def D(self, text, value, gran, ctx=None, mod="", rel=False, st="required", note="", anchor=None, rng=True):
        s = locate(self.text, text, ctx)
        rs = re_ = ""
        if rng and "X" not in value:
            a, b = date_range(value, mod)
            rs, re_ = a.isoformat(), b.isoformat()
        anc = (anchor or self.doc_date) if rel else ""
        self.d.append(dict(start=s, end=s + len(text), text=text, value=value, mod=mod, range_start=rs,
                           range_end=re_, granularity=gran, relative="true" if rel else "false",
                           anchor_date=anc, status=st, note=note))

    def O(self, text, canonical, ctx=None, aliases="", st="required", note="", at=None):
        s = at if at is not None else locate(self.text, text, ctx)
        self.o.append(dict(start=s, end=s + len(text), text=text, canonical=canonical,
                           org_id=canonical.replace(" ", ""), aliases=aliases, status=st, note=note))

    def Oall(self, text, canonical, special=None, skip=()):
        """Every occurrence of `text`; special = {index: (status, note)}; skip = indexes not labelled."""
        special = special or {}
        for i, s in enumerate(all_starts(self.text, text)):
            if i in skip:
                continue
            st, note = special.get(i, ("required", ""))
            self.O(text, canonical, at=s, st=st, note=note)


Q_COLS = "doc_id,mention_id,sentence_id,start,end,text,value,value_high,unit,unit_text,category,approx,bound,equivalent_of,rule_id,status,note".split(",")
D_COLS = "doc_id,mention_id,sentence_id,start,end,text,value,mod,range_start,range_end,granularity,relative,anchor_date,rule_id,status,note".split(",")
O_COLS = "doc_id,mention_id,sentence_id,start,end,text,canonical,org_id,aliases,rule_id,status,note".split(",")
F_COLS = "doc_id,q_start,q_end,q_text,metric_start,metric_end,metric_text,subject,period,kind,status,note".split(",")


def write_all(docs):
    os.makedirs(GOLD, exist_ok=True)
    rows = {"q": [], "d": [], "o": [], "f": []}
    for doc in docs:
        t = doc.text
        for key, prefix in (("q", "Q"), ("d", "D"), ("o", "O")):
            lst = sorted(getattr(doc, key), key=lambda r: (r["start"], r["end"]))
            for a, b in zip(lst, lst[1:]):
                assert a["end"] <= b["start"], (doc.doc_id, key, a["text"], b["text"], "overlap")
            ids = {}
            for i, r in enumerate(lst, 1):
                assert t[r["start"]:r["end"]] == r["text"], (doc.doc_id, r)
                assert r["text"] == r["text"].strip()
                if key == "q":
                    before = t[r["start"] - 1] if r["start"] else " "
                    assert before not in "0123456789,.~조억만천", (doc.doc_id, r["text"], "starts inside a number")
                r["mention_id"] = f"{prefix}{i}"
                ids[id(r)] = r["mention_id"]
                r["doc_id"] = doc.doc_id
                r["sentence_id"] = r["rule_id"] = ""
            if key == "q":
                by_text_start = {r["start"]: r for r in lst}
                for r in lst:
                    r["equivalent_of"] = ""
                    if r["eq"] is not None:
                        tgt = [x for x in lst if x["text"] == r["eq"][0] and x["start"] < r["start"]]
                        r["equivalent_of"] = tgt[-1]["mention_id"]
            rows[key].extend(lst)
        qspans = {(r["start"], r["end"]) for r in doc.q}
        fs = sorted(doc.f, key=lambda r: r["q_start"])
        seen = set()
        for r in fs:
            assert (r["q_start"], r["q_end"]) in qspans
            assert (r["q_start"], r["q_end"]) not in seen
            seen.add((r["q_start"], r["q_end"]))
            assert t[r["q_start"]:r["q_end"]] == r["q_text"]
            if r["metric_text"]:
                assert t[r["metric_start"]:r["metric_end"]] == r["metric_text"]
                assert r["metric_end"] <= r["q_start"] or r["metric_start"] >= r["q_end"], ("metric inside quantity", r)
            r["doc_id"] = doc.doc_id
        # every required non-duration/ordinal quantity has a fact
        for r in doc.q:
            if r["status"] == "required" and r["category"] not in ("duration", "ordinal"):
                assert (r["start"], r["end"]) in seen, (doc.doc_id, r["text"], "no fact")
        rows["f"].extend(fs)
        # subjects must be canonical names of ORG rows of the document
        canon = {r["canonical"] for r in doc.o}
        for r in fs:
            for s in filter(None, r["subject"].split(";")):
                assert s in canon, (doc.doc_id, s, "subject not an ORG canonical")
    for name, key, cols in (("quantities", "q", Q_COLS), ("dates", "d", D_COLS), ("organizations", "o", O_COLS),
                            ("facts", "f", F_COLS)):
        with open(os.path.join(GOLD, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows[key])
    with open(os.path.join(GOLD, "documents.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_id", "doc_date"])
        for doc in docs:
            w.writerow([doc.doc_id, doc.doc_date])
    for name, key in (("quantities", "q"), ("dates", "d"), ("organizations", "o"), ("facts", "f")):
        req = sum(r["status"] == "required" for r in rows[key])
        print(f"{name}: {len(rows[key])} rows ({req} required, {len(rows[key]) - req} optional)")
    return rows


def reread(folder, seed, size=20):
    """Print `size` gold rows of the set in `folder`, drawn at random (`seed`) across quantities, dates,
    organizations and facts, each in its context, for the re-read recorded in the set's REREAD.md."""
    global TEXTS
    TEXTS = os.path.join(folder, "texts")
    pool = []
    for table in ("quantities", "dates", "organizations", "facts"):
        with open(os.path.join(folder, "gold", table + ".csv"), encoding="utf-8") as fh:
            pool += [(table, row) for row in csv.DictReader(fh)]
    random.seed(seed)
    print(len(pool), "rows in the pool")
    for n, (table, row) in enumerate(random.sample(pool, size), 1):
        text = load(row["doc_id"])
        a, b = (int(row["q_start"]), int(row["q_end"])) if table == "facts" else (int(row["start"]), int(row["end"]))
        shown = {k: v for k, v in row.items() if v and k not in ("doc_id", "sentence_id", "rule_id")}
        window = (text[max(0, a - 45):a] + "⟦" + text[a:b] + "⟧" + text[b:b + 45]).replace("\n", " / ")
        print(f"{n}. {table} {row['doc_id'][:3]} {shown}\n   …{window}…\n")
