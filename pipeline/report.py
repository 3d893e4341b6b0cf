"""One self-contained HTML page for a run: each document with its mentions highlighted, and tables.

No network, no script: inline CSS only, and a Content-Security-Policy that forbids scripts
anyway. Hover or keyboard focus (Tab) on a mention shows its value, unit, mod, canonical name
and rule id; checkboxes filter by type (CSS `:has`). Texts are untrusted: every piece of data
goes through `html.escape`, mention fields into escaped `data-*` attributes.

Texts are not in the tables: they are re-read from the `source` column of documents.csv
(`path` or `path:line`; relative paths are tried from the working folder, then from the run
folder and its parents), or from the inputs given.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from pipeline.cli import main
    >>> from pipeline.report import write_report
    >>> folder = tempfile.TemporaryDirectory()
    >>> news = Path(folder.name) / "news.txt"
    >>> _ = news.write_text("삼성전자는 올해 매출 67조 원을 기록했다.", encoding="utf-8")
    >>> main(["run", str(news), "--out", f"{folder.name}/outputs"])
    0
    >>> write_report(f"{folder.name}/outputs", f"{folder.name}/outputs/report.html")
    []
    >>> "67조 원" in Path(folder.name, "outputs", "report.html").read_text(encoding="utf-8")
    True
    >>> folder.cleanup()
"""
from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .diff import mention_kinds, read_run
from .load import load
from .model import Document
from .registry import by_label, dimensions

DATA_FIELDS = ("value", "value_high", "unit", "mod", "canonical")


def esc(value) -> str:
    """Text or attribute value, escaped (quotes too)."""
    return html.escape(str(value), quote=True)


# -- texts ---------------------------------------------------------------------------------------

def _source_path(source: str, run_dir: Path) -> Optional[Path]:
    """The file a `source` names (`path` or `path:line`), found from here or the run folder up."""
    candidates = [source]
    line = re.match(r"(.+):\d+$", source)
    if line:
        candidates.append(line.group(1))
    bases = [Path.cwd(), *Path(run_dir).resolve().parents]
    for name in candidates:
        path = Path(name)
        for base in [Path()] if path.is_absolute() else bases:
            if (base / path).is_file():
                return base / path
    return None


def load_texts(documents: list, run_dir, inputs: Optional[Iterable] = None) -> tuple:
    """({doc_id: text}, warnings) for the documents of a run, from `inputs` or their sources."""
    if inputs is None:
        found = (_source_path(row["source"], Path(run_dir)) for row in documents if row.get("source"))
        inputs = dict.fromkeys(str(path) for path in found if path is not None)
    texts = {item.doc_id: item.text for item in load(inputs) if isinstance(item, Document)}
    warnings = [f"{row['doc_id']}: text not found (source {row.get('source') or 'unknown'}); not shown"
                for row in documents if row.get("status", "ok") == "ok" and row["doc_id"] not in texts]
    return texts, warnings


# -- highlighting --------------------------------------------------------------------------------

def _tip(kind: str, row: dict) -> str:
    dimension = by_label()[kind]
    lines = [f"{kind} {row.get(dimension.id_field, '')}", f"rule {row.get('rule_id', '')}"]
    lines += [f"{name} {row[name]}" for name in dimension.shown if row.get(name) not in (None, "", "false")]
    return "\n".join(lines)


def _open_tag(mention: dict, first: bool) -> str:
    row, kind = mention["row"], mention["kind"]
    attributes = {"class": f"m {_css(kind)}", "data-type": kind, "data-key": mention["key"],
                  "data-rule": row.get("rule_id", ""), "data-tip": _tip(kind, row)}
    attributes.update({f"data-{name}": row.get(name, "") for name in DATA_FIELDS if row.get(name)})
    if first:
        attributes.update({"tabindex": "0", "data-first": "1", "aria-description": _tip(kind, row).replace("\n", ", ")})
    else:  # the rest of a mention that crosses another: one tab stop per mention
        attributes["tabindex"] = "-1"
    return "<mark" + "".join(f' {name}="{esc(value)}"' for name, value in attributes.items()) + ">"


def highlight(text: str, mentions: list) -> str:
    """The text as HTML with a <mark> per mention (dicts with start, end, kind, key, row).

    Nested mentions nest; a mention that crosses another is split, its later parts marked
    `tabindex=-1` without `data-first`. Everything between tags is escaped text.
    """
    mentions = sorted((m for m in mentions if m["start"] < m["end"]), key=lambda m: (m["start"], -m["end"]))
    points = sorted({0, len(text), *(m["start"] for m in mentions), *(m["end"] for m in mentions)})
    out, stack, wanted, following = [], [], [], iter(mentions)
    upcoming = next(following, None)
    for a, b in zip(points, points[1:]):
        wanted = [m for m in wanted if m["end"] > a]  # the mentions covering [a, b), outermost first
        while upcoming is not None and upcoming["start"] == a:
            wanted.append(upcoming)
            upcoming = next(following, None)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        out += [_open_tag(m, m["start"] == a) for m in wanted[keep:]]
        stack = wanted
        out.append(esc(text[a:b]))
    out.append("</mark>" * len(stack))
    return "".join(out)


# -- page ----------------------------------------------------------------------------------------

STYLE = """
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", sans-serif; color: #1d2125;
       margin: 0 auto; max-width: 64rem; padding: 1rem 1.5rem 4rem; background: #fff; }
h1 { font-size: 1.35rem; margin: .2rem 0 .4rem; } h2 { font-size: 1.1rem; margin: 0 0 .2rem; }
.bar { position: sticky; top: 0; z-index: 5; background: #fff; padding: .5rem 0; border-bottom: 1px solid #d0d7de;
       display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; }
.bar label { cursor: pointer; white-space: nowrap; }
.swatch { padding: 0 .35em; border-radius: 3px; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .88rem; }
th, td { border: 1px solid #d0d7de; padding: .15rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.tables { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
details > summary { cursor: pointer; color: #3c4650; margin: .3rem 0; }
.doc { border-top: 2px solid #d0d7de; padding-top: .8rem; margin-top: 1.2rem; scroll-margin-top: 2.8rem; }
.meta { color: #57606a; font-size: .85rem; margin: 0 0 .5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2; font-size: 1rem; }
.note { background: #fff8c5; border: 1px solid #d4a72c; padding: .3rem .6rem; }
.error { background: #ffebe9; border: 1px solid #cf222e; padding: .3rem .6rem; }
mark.m { color: inherit; border-radius: 3px; padding: .1em .05em; border-bottom: 2px solid; }
mark.m mark.m { padding: 0; }
mark.m:focus { outline: 2px solid #0a3069; outline-offset: 1px; }
mark.m:hover:not(:has(mark.m:hover))::after, mark.m:focus::after {
  content: attr(data-tip); white-space: pre; z-index: 10;
  /* Below the mention (its implicit anchor), flipped where the page would cut it off. */
  position: absolute; position-area: bottom span-right; margin-top: 4px;
  position-try-fallbacks: flip-inline, flip-block, flip-block flip-inline;
  background: #1d2125; color: #fff; font-size: .8rem; line-height: 1.4; padding: .35rem .55rem; border-radius: 4px;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); pointer-events: none; }
"""
# A look per dimension, in registry order (background, line, line style): each type tells apart
# without colour too.
LOOKS = (("#dbe9ff", "#1f5fbf", "solid"), ("#d8f3dc", "#1b7a3a", "double"), ("#ffe6c7", "#b34d00", "dashed"),
         ("#f1e3ff", "#6f2dbd", "dotted"), ("#ffe3e8", "#b3143c", "solid"))


def _css(kind: str) -> str:
    """The CSS class of a type: its dimension's name."""
    return by_label()[kind].name


def type_style() -> str:
    """Each dimension's highlight and swatch, and the rules of its filter checkbox: unchecked → no
    highlight, no tooltip, no table rows."""
    rules = []
    for i, d in enumerate(dimensions()):
        background, line, style = LOOKS[i % len(LOOKS)]
        width = " border-bottom-width: 3px;" if style == "double" else ""
        rules += [f"mark.{d.name}, .swatch.{d.name} {{ background: {background}; border-color: {line}; "
                  f"border-bottom-style: {style};{width} }}",
                  f"body:has(#show-{d.name}:not(:checked)) mark.{d.name} {{ background: none; border-bottom-color: transparent; }}",
                  f"body:has(#show-{d.name}:not(:checked)) mark.{d.name}::after {{ display: none; }}",
                  f"body:has(#show-{d.name}:not(:checked)) tr.{d.name} {{ display: none; }}"]
    return "\n".join(rules) + "\n"


MENTION_COLUMNS = ("mention_id", "type", "text", "span", "value", "unit", "mod", "canonical", "rule_id")


def _table(headers: Iterable, rows: Iterable, row_class=None, numeric=()) -> str:
    """An HTML table; every cell escaped. `row_class(i)` gives a class per row; `numeric` right-aligns columns."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        cls = f' class="{esc(row_class(i))}"' if row_class else ""
        cells = "".join(f'<td class="n">{cell}</td>' if j in numeric else f"<td>{cell}</td>" for j, cell in enumerate(row))
        body.append(f"<tr{cls}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _mention_cells(kind: str, row: dict) -> list:
    value = row.get("value", "") + (f"–{row['value_high']}" if row.get("value_high") else "")
    return [esc(row.get("mention_id", "")), esc(kind), esc(row.get("text", "")), esc(f"{row['start']}–{row['end']}"),
            esc(value), esc(row.get("unit", "")), esc(row.get("mod", "")), esc(row.get("canonical", "")),
            esc(row.get("rule_id", ""))]


def _linked_table(linked: list) -> str:
    """The rows of a linking dimension (facts) of one document: the figure, what it is linked to, the rules."""
    d = linked[0][0]
    headers = (d.id_field, "quantity", *d.shown, "rule_id")
    cells = ([esc(row.get(d.id_field, "")), esc(row.get("text", "")), *(esc(row.get(f, "")) for f in d.shown),
              esc(row.get("rule_id", ""))] for _, row in linked)
    return (f"<details open><summary>{esc(d.table)} ({len(linked)})</summary>"
            + _table(headers, cells, row_class=lambda i: d.name) + "</details>")


def _document_section(number: int, document: dict, text: Optional[str], mentions: list, warnings: list,
                      linked: list = ()) -> str:
    doc_id = document["doc_id"]
    counts = ", ".join(f"{table} {document.get(table) or 0}" for table in mention_kinds())
    when = f"date {document.get('doc_date') or 'none'}" + (f" ({document['doc_date_source']})" if document.get("doc_date_source") else "")
    meta = " · ".join(esc(part) for part in (document.get("source"), when, f"{document.get('chars', '?')} characters", counts) if part)
    parts = [f'<section class="doc" id="doc-{number}" aria-labelledby="doc-{number}-title">',
             f'<h2 id="doc-{number}-title">{esc(doc_id)}</h2>', f'<p class="meta">{meta}</p>']
    if document.get("status", "ok") != "ok":
        parts.append(f'<p class="error">error: {esc(document.get("error", ""))}</p>')
    if text is None:
        if document.get("status", "ok") == "ok":
            parts.append('<p class="note">text not available: its source could not be read (use --inputs)</p>')
    else:
        placed = [m for m in mentions if text[m["start"]:m["end"]] == m["row"].get("text")]
        if len(placed) < len(mentions):
            warnings.append(f"{doc_id}: {len(mentions) - len(placed)} mentions do not match the text "
                            f"(changed since the run?); not highlighted")
            parts.append(f'<p class="note">{len(mentions) - len(placed)} mentions do not match the text at their '
                         f'offsets (was the text changed since the run?) and are not highlighted</p>')
        parts.append(f'<div class="text" lang="ko">{highlight(text, placed)}</div>')
    if linked:
        parts.append(_linked_table(list(linked)))
    listed = [m for m in mentions if by_label()[m["kind"]].highlight is None]  # (linking rows have their table)
    if listed:
        parts.append(f"<details><summary>mentions ({len(listed)})</summary>"
                     + _table(MENTION_COLUMNS, (_mention_cells(m["kind"], m["row"]) for m in listed),
                              row_class=lambda i: _css(listed[i]["kind"]))
                     + "</details>")
    parts.append("</section>")
    return "\n".join(parts)


def _overview(documents: list, run: dict, pages: Optional[str] = None) -> str:
    """Totals, rules and the list of documents, linking each to its section, or to its page in
    the folder `pages` (the list then is the index, open)."""
    link = (lambda number: f"{pages}/doc-{number}.html") if pages else (lambda number: f"#doc-{number}")
    kinds = mention_kinds()
    per_type = [(kind, len(rows), len({r["doc_id"] for r in rows}), len({r["rule_id"] for r in rows}))
                for table, kind in kinds.items() for rows in [run.get(table, [])]]
    totals = _table(("type", "mentions", "documents", "rules"),
                    ([esc(kind), n, docs, rules] for kind, n, docs, rules in per_type),
                    row_class=lambda i: _css(per_type[i][0]), numeric=(1, 2, 3))
    rules = sorted(Counter((kind, r["rule_id"]) for table, kind in kinds.items() for r in run.get(table, [])).items())
    per_rule = _table(("type", "rule_id", "mentions"), ([esc(kind), esc(rule), n] for (kind, rule), n in rules),
                      row_class=lambda i: _css(rules[i][0][0]), numeric=(2,))
    docs = _table(("#", "doc_id", "date", "characters", *kinds, "status"),
                  ([i, f'<a href="{esc(link(i))}">{esc(d["doc_id"])}</a>', esc(d.get("doc_date", "")), esc(d.get("chars", "")),
                    *(esc(d.get(table, "")) for table in kinds), esc(d.get("status", ""))]
                   for i, d in enumerate(documents, start=1)), numeric=(0, 3, *range(4, 4 + len(kinds))))
    failed = sum(1 for d in documents if d.get("status", "ok") != "ok")
    return (f'<div class="tables">{totals}{per_rule}</div>'
            f"<details{' open' if len(documents) <= 20 or pages else ''}><summary>{len(documents)} document{'s' if len(documents) != 1 else ''}"
            f"{f', {failed} failed' if failed else ''}</summary>{docs}</details>")


def _placed_mentions(run: dict) -> tuple:
    """({doc_id: mentions to highlight}, {doc_id: linking rows}) of a run's tables."""
    by_doc, linked = {}, {}
    for d in dimensions():
        for row in run.get(d.table, []):
            key = f"{row['doc_id']}/{d.label}/{row.get(d.id_field, '')}"
            if d.highlight is not None:  # a linking row (a fact): its own span, and a row of its table
                linked.setdefault(row["doc_id"], []).append((d, row))
                span = d.highlight(row)
                row = {**row, "text": row.get("metric", "")}
            else:
                span = (row["start"], row["end"])
            if span:
                by_doc.setdefault(row["doc_id"], []).append(
                    {"start": int(span[0]), "end": int(span[1]), "kind": d.label, "key": key, "row": row})
    return by_doc, linked


def _sections(run: dict, texts: dict, warnings: list) -> Iterator:
    """(number, document row, its HTML section) for each document of the run, lazily."""
    by_doc, linked = _placed_mentions(run)
    for i, d in enumerate(run["documents"], start=1):
        mentions = sorted(by_doc.get(d["doc_id"], []), key=lambda m: (m["start"], m["end"]))
        yield i, d, _document_section(i, d, texts.get(d["doc_id"]), mentions, warnings, linked.get(d["doc_id"], []))


def _page(title: str, counts: dict, body: str) -> str:
    """A whole self-contained page: the style, the type filters (with `counts` per table), `body`."""
    filters = "".join(
        f'<label><input type="checkbox" id="show-{css}" checked> <span class="swatch {css}">{esc(kind)}</span> '
        f'({counts.get(table, 0)})</label>'
        for table, kind in mention_kinds().items() for css in [_css(kind)])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<style>{STYLE}{type_style()}</style>
</head>
<body>
<h1>{esc(title)}</h1>
<div class="bar" role="group" aria-label="show mention types">{filters}
<span class="meta">hover or Tab to a mention for its value, unit and rule</span></div>
{body}
</body>
</html>
"""


def _run_counts(run: dict) -> dict:
    return {table: len(run.get(table, [])) for table in mention_kinds()}


def render(run: dict, texts: dict, title: str = "koie report") -> tuple:
    """(HTML page, warnings) for a run's tables ({table: rows}) and the texts ({doc_id: text})."""
    warnings = []
    sections = [section for _, _, section in _sections(run, texts, warnings)]
    return _page(title, _run_counts(run), _overview(run["documents"], run) + "\n" + "".join(sections)), warnings


# Above this many documents a report is an index page and one page per document (2,000 documents
# on one page make 31 MB, more than a browser shows with ease).
ONE_PAGE_MAX = 100


def _replace(path: Path, content: str) -> None:
    temp = path.with_name(f".{path.name}.partial")
    temp.write_text(content, encoding="utf-8")
    temp.replace(path)


def _write_pages(run: dict, texts: dict, title: str, out: Path, warnings: list) -> None:
    """The index at `out` and a page per document in `<out stem>_files/` beside it; the folder of
    pages is swapped in whole, then the index is replaced."""
    import shutil

    folder = out.with_name(f"{out.stem}_files")
    staged, old = out.with_name(f".{folder.name}.partial"), out.with_name(f".{folder.name}.old")
    for leftover in (staged, old):
        shutil.rmtree(leftover, ignore_errors=True)
    staged.mkdir()
    for number, document, section in _sections(run, texts, warnings):
        back = f'<p class="meta"><a href="../{esc(out.name)}">← {esc(title)}</a> · document {number} of {len(run["documents"])}</p>'
        counts = {table: int(document.get(table) or 0) for table in mention_kinds()}
        (staged / f"doc-{number}.html").write_text(
            _page(f"{document['doc_id']} — {title}", counts, back + section), encoding="utf-8")
    if folder.exists():
        folder.rename(old)
    staged.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
    index = _overview(run["documents"], run, pages=folder.name)
    _replace(out, _page(title, _run_counts(run), index))


def write_report(run_dir, out, inputs: Optional[Iterable] = None) -> list:
    """Write the report of the run in `run_dir` to `out`; return warnings (texts not found, …).

    A run of more than `ONE_PAGE_MAX` documents gets an index at `out` and a page per document in
    the folder `<out stem>_files/` beside it."""
    run = read_run(run_dir)
    texts, warnings = load_texts(run["documents"], run_dir, inputs)
    title, out = f"koie report — {Path(run_dir).resolve().name}", Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if len(run["documents"]) > ONE_PAGE_MAX:
        _write_pages(run, texts, title, out, warnings)
        return warnings
    page, more = render(run, texts, title=title)
    _replace(out, page)
    return warnings + more
