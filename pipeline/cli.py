"""The command line: `koie run`, `eval`, `diff`, `report`, `explain` (also `python -m pipeline`).

A thin layer over the library: every command is a function of the package underneath.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .budget import SECONDS_PER_10K


def _fail(message: str) -> int:
    """A usage error or a bad input: one line on stderr, exit status 2."""
    print(f"koie: {message}", file=sys.stderr)
    return 2


def _output_problem(out, error: Exception) -> str:
    """One line for a run that could not write `out`: the file (or folder) and the reason."""
    if not isinstance(error, OSError):
        return str(error)
    if Path(out).exists() and not Path(out).is_dir():
        return f"{out}: not a folder (a file of that name exists); choose another --out"
    where = error.filename if error.filename and str(out) in str(error.filename) else out
    return f"{where}: cannot write the tables ({error.strerror or error})"


def _run(args) -> int:
    """Extract and write the tables (and run.json, the run's manifest).

    Example: koie run corpus/ --out outputs/ --workers 2 --resume
    """
    from .batch import run_batch
    from .load import parse_date
    from .write import FolderLocked, TableError, mention_tables

    try:
        doc_date = parse_date(args.doc_date, "--doc-date") if args.doc_date else None
    except ValueError as error:
        return _fail(str(error))
    missing = [path for path in args.inputs if not Path(path).exists()]
    for path in missing:  # a mistyped path: stop before the output folder is touched
        print(f"koie: {path}: no such file or folder", file=sys.stderr)
    if missing:
        return 2
    try:
        summary = run_batch(args.inputs, args.out, workers=args.workers, doc_date=doc_date, resume=args.resume,
                            fmt=args.format, progress=args.progress, time_budget=args.time_budget)
    except FolderLocked as error:
        return _fail(str(error))
    except (TableError, OSError) as error:
        return _fail(_output_problem(args.out, error))
    if summary.status == "kept":
        print(f"koie: every document failed ({summary.failed}); the complete run in {args.out} was kept, "
              f"nothing written", file=sys.stderr)
        return 1
    unresolved = {"dates": f" ({sum(summary.unresolved.values())} unresolved)"}  # no calendar days: see the warning
    counts = ", ".join(f"{_with_count(summary.mentions[table], table)}{unresolved.get(table, '')}"
                       for table in mention_tables())
    reused = "".join(f", {n} {what}" for n, what in ((summary.reused, "reused"), (summary.redone, "redone")) if n)
    print(f"koie: {summary.status} run: {_with_count(summary.documents, 'documents')} ({summary.failed} failed{reused}), "
          f"{summary.undated} without a date, {counts}, {summary.seconds:.1f} s "
          f"({summary.chars / max(summary.seconds, 1e-9):,.0f} chars/s, start-up included) → {args.out}", file=sys.stderr)
    if summary.undated or summary.unresolved:
        print(_undated_warning(summary), file=sys.stderr)
    if summary.status == "partial":
        print(f"koie: interrupted: the tables in {args.out} are a partial run (run.json status partial); "
              f"run again with --resume to finish", file=sys.stderr)
        return 130
    return 1 if summary.failed or not summary.documents else 0


def _with_count(n: int, plural: str) -> str:
    """`1 document`, `2 documents`, `1 quantity`: a table's name (plural) with a count, singular for one."""
    if n != 1:
        return f"{n:,} {plural}"
    return f"1 {plural[:-3]}y" if plural.endswith("ies") else f"1 {plural[:-1]}"


def _undated_warning(summary) -> str:
    """One line on the documents without a date and the dates left unresolved (`XXXX-10-10`)."""
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(summary.unresolved.items()))
    unresolved = f"{sum(summary.unresolved.values())} dates unresolved ({reasons or 'none'})"
    if not summary.undated:
        return f"koie: note: {unresolved}; see unresolved_reason in dates.csv"
    return (f"koie: warning: no date for {summary.undated} of {summary.documents} documents, {unresolved}; give "
            f"their dates in metadata.csv (doc_id,date) or a date field, or --doc-date YYYY-MM-DD")


def _eval(args) -> int:
    """Score a run against one or more gold sets.

    Example: koie eval --gold corpus/gold --gold corpus/klue/gold --pred outputs/ --min-f1 0.85
    """
    from .evaluate import combine, evaluate, format_report
    from .write import TableError

    for folder, what in [*((gold, "gold") for gold in args.gold), (args.pred, "prediction")]:
        if not Path(folder).is_dir():
            return _fail(f"{folder}: no such {what} folder")
    try:
        reports = [(gold, evaluate(gold, args.pred)) for gold in args.gold]
    except TableError as error:
        return _fail(str(error))
    for name, result in reports:
        print(format_report(name, result, details=not args.quiet))
    if len(reports) > 1:
        total = combine([r for _, r in reports])
        print(format_report("all gold sets", total, details=False))
    if args.min_f1 is not None:
        low = [(name, kind, r.strict.f1) for name, result in reports for kind, r in result.items() if r.strict.f1 < args.min_f1]
        for name, kind, f1 in low:
            print(f"koie: {name} {kind} strict F1 {f1:.3f} < {args.min_f1}", file=sys.stderr)
        return 1 if low else 0
    return 0


def _diff(args) -> int:
    """Mentions added, removed and changed between two runs, per document, type and rule.

    Mentions are matched by document, type and overlapping span; a matched pair whose value,
    unit, span, rule … differ is "changed".

    Example: koie diff outputs/reference outputs/ --fail-on-change
    """
    from .diff import diff_runs, format_table, run_format, summarize, write_changes
    from .write import TableError

    for folder in (args.dir_a, args.dir_b):
        if run_format(folder) is None:
            return _fail(f"{folder}: not a run folder (no documents.csv or documents.parquet)")
    try:
        changes = diff_runs(args.dir_a, args.dir_b)
    except TableError as error:
        return _fail(str(error))
    if changes and not args.summary and args.limit != 0:
        print(format_table(changes, args.limit))
    print(summarize(changes))
    if args.csv:
        write_changes(changes, args.csv)
    return 1 if changes and args.fail_on_change else 0


def _report(args) -> int:
    """One self-contained HTML page: every document with its mentions highlighted, and the tables.

A run of more than 100 documents gets an index page and one page per document (in the folder
`<out stem>_files/` beside it).

    Texts are re-read from the `source` column of documents.csv, or from --inputs.

    Example: koie report outputs/ --out outputs/report.html
    """
    from .diff import run_format
    from .report import write_report
    from .write import TableError

    if run_format(args.dir) is None:
        return _fail(f"{args.dir}: not a run folder (no documents.csv or documents.parquet)")
    out = Path(args.out) if args.out else Path(args.dir) / "report.html"
    try:
        warnings = write_report(args.dir, out, inputs=args.inputs)
    except TableError as error:
        return _fail(str(error))
    _print_report_warnings(warnings, given_inputs=bool(args.inputs))
    print(f"koie: report → {out}", file=sys.stderr)
    return 0


def _print_report_warnings(warnings: list, given_inputs: bool, shown: int = 3) -> None:
    """The report's warnings, one line each, except texts not found: the first few, then one line
    counting them all and saying how to give the texts (a moved or deleted input folder)."""
    unread = [warning for warning in warnings if ": text not found (" in warning]
    for warning in [w for w in warnings if w not in unread] + unread[:shown]:
        print(f"koie: warning: {warning}", file=sys.stderr)
    if len(unread) > shown:
        print(f"koie: warning: … and {len(unread) - shown} more texts not found", file=sys.stderr)
    if unread:
        where = "the --inputs given do not hold them" if given_inputs else "their sources were moved or deleted"
        print(f"koie: warning: {_with_count(len(unread), 'documents')} shown without their text ({where}); "
              f"give the articles the run read with --inputs PATH...", file=sys.stderr)


def _explain(args) -> int:
    """Show how the rules read one text: its tokens, then every rule match, kept or dropped.

    Example: koie explain "지난 3월 말 33억 5600만 위안을 투입했다." --doc-date 2020-12-31
    """
    from .explain import explain
    from .load import parse_date

    try:
        doc_date = parse_date(args.doc_date, "--doc-date") if args.doc_date else None
    except ValueError as error:
        return _fail(str(error))
    print(explain(sys.stdin.read() if args.text == "-" else args.text, doc_date))
    return 0


def _add_inspection_commands(commands) -> None:
    """The subcommands that look at runs and rules: diff, report, explain."""
    def add(name, handler, help_text):
        return commands.add_parser(name, help=help_text, description=handler.__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)

    diff = add("diff", _diff, "compare two runs: mentions added, removed, changed")
    diff.add_argument("dir_a", metavar="DIR_A", help="folder of the first (older) run")
    diff.add_argument("dir_b", metavar="DIR_B", help="folder of the second (newer) run")
    diff.add_argument("--fail-on-change", action="store_true", help="exit 1 when anything differs (for CI)")
    diff.add_argument("--summary", action="store_true", help="the summary only, not the table of changes")
    diff.add_argument("--limit", type=_count(0), help="show at most this many changes in the table (0: none)")
    diff.add_argument("--csv", metavar="FILE", help="also write the changes to this CSV file")
    diff.set_defaults(handler=_diff)

    report = add("report", _report, "an HTML page of a run: highlighted mentions and tables")
    report.add_argument("dir", metavar="DIR", help="folder of a run's tables")
    report.add_argument("--inputs", nargs="+", metavar="PATH", help="read the texts from these inputs instead of documents.csv's source")
    report.add_argument("--out", help="HTML file to write (default: DIR/report.html)")
    report.set_defaults(handler=_report)

    explain = add("explain", _explain, "show tokens and every rule match for one text")
    explain.add_argument("text", help="the text to analyse (- reads it from standard input)")
    explain.add_argument("--doc-date", help="document date YYYY-MM-DD (anchors relative dates)")
    explain.set_defaults(handler=_explain)


def _seconds(value: str) -> float:
    """A duration in seconds, 0 or more (argparse reports anything else as a usage error)."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds (0 or more)")
    return seconds


def _count(least: int):
    """A whole number of at least `least` (argparse reports anything else as a usage error)."""
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = least - 1
        if number < least:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of {least} or more")
        return number
    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koie", description="Korean information extraction: quantities, dates, "
                                     "organizations, and facts that link them.")
    parser.add_argument("--version", action="version", version=f"koie {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="extract and write the tables", description=_run.__doc__,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", help=".txt files, folders, .jsonl or .csv/.tsv files")
    run.add_argument("--out", default="outputs", help="output folder (default: outputs)")
    run.add_argument("--doc-date", help="document date YYYY-MM-DD for documents without one")
    run.add_argument("--workers", type=_count(1), default=1, help="worker processes (default: 1)")
    run.add_argument("--resume", action="store_true", help="reuse the rows of documents already done in --out (same id, text, metadata and rules)")
    run.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table format (default: csv)")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress bar on stderr (default: when stderr is a terminal)")
    run.add_argument("--time-budget", type=_seconds, default=SECONDS_PER_10K, metavar="SECONDS",
                     help=f"processor seconds a document may take per 10,000 characters, else it fails (default: {SECONDS_PER_10K:g}; 0: no limit)")
    run.set_defaults(handler=_run)

    evaluation = commands.add_parser("eval", help="score a run against gold", description=_eval.__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluation.add_argument("--gold", action="append", required=True, help="gold folder (repeatable)")
    evaluation.add_argument("--pred", required=True, help="folder of a run's tables")
    evaluation.add_argument("--min-f1", type=float, help="fail (exit 1) when a strict F1 (of any type, facts included) is below this")
    evaluation.add_argument("--quiet", action="store_true", help="scores only, no misses and false alarms")
    evaluation.set_defaults(handler=_eval)

    _add_inspection_commands(commands)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


def command() -> None:
    """`main` as the process's command (`koie`, `python -m pipeline`): once it has returned, every
    table written and closed, the process ends without tearing down its interpreter — freeing
    Kiwi's model and the lexicons object by object took 0.25 s of the processor at every exit,
    memory the system takes back whole. An exception still ends the process the usual way."""
    try:
        status = main()
    except BrokenPipeError:  # the reader went away mid-print (`koie diff … | head -1`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 141  # as a shell reports a process ended by SIGPIPE
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader gone (`koie eval … | head -1`): nothing more to say
            pass
    os._exit(status or 0)  # (as sys.exit: no status is success)


if __name__ == "__main__":
    command()
