"""The ORG lexicons (`lexicons/`): organization suffixes and context cues (`org_suffixes.yaml`)
and the gazetteer of known organizations (`organizations.tsv`), with the look-ups the rules and
the linker share (`compact`, `suffix_type`, the gazetteer by name and by id).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import regex

from .. import lexicons
from ..normalize import normalize

FOLDER = Path(__file__).resolve().parent / "lexicons"
# A legal form written with a name: `(주)한빛`, `한빛㈜`.
LEGAL_FORMS = ("(주)", "㈜")
LEGAL_FORM = regex.compile("|".join(map(regex.escape, LEGAL_FORMS)))
_WHITESPACE = re.compile(r"\s")
_ACRONYM = regex.compile(r"[A-Za-z]{3,5}")


# What the files hold, and nothing else (checked on load).
COLUMNS = ("org_id", "name_ko", "name_en", "aliases", "type")
SUFFIX_KEYS = ("types", "suffixes", "short_suffixes", "short_after_place", "short_on_long_noun", "institutional", "compound_only", "proper_stem_only", "after_local", "press",
               "spaced", "after_place", "units", "court_branches", "store_branches", "event_committees", "event_heads", "divisions", "area_stems", "english", "cues", "not_org", "structural",
               "verb_stem_suffixes", "legal_form_suffixes", "corporation_suffixes", "loanword_suffixes",
               "office_branches", "government_designations",
               "shaped_names")
CUE_KEYS = ("after_name", "after_genitive", "before_name", "adverbial_nouns", "reporting", "local_endings", "saying", "governing", "governing_verbs", "budgets", "budget_verbs", "unit_heads", "partner_particles", "partnering", "deciding", "planning", "according", "cited_reports", "deals", "deal_particles", "score",
            "winning", "games", "team_particles", "org_titles", "common_name_titles", "headline_business",
            "business_figures", "figure_endings", "org_figures", "glued_after", "glued_tails", "business_acts", "figure_modifiers", "figure_bases", "figure_periods",
            "group_own", "glued_particles", "particle_like_endings", "recurring_particles", "suffixed_particles", "operating", "not_ministries", "same_period", "ranking_closers", "ranked_ahead",
            "publishing", "publishing_times", "publications", "store_words", "store_counts", "entering", "supplying", "abroad_business", "industry_ranks",
            "per_business", "ranking_leads", "peer_kinds", "listed_kinds", "subsidiary_words", "subsidiary_arms", "coined_suffixes", "glued_universities", "tie_intros",
            "standing_suffixes", "sibling_types", "sibling_suffixes", "suffix_short_forms", "region_short_forms", "subsidiary_regions", "union_units", "hanja_suffixes", "partitive_words", "partitive_determiners",
            "partitive_endings", "partitive_counterparties", "contribution_words", "contribution_endings", "state_governments", "state_words")
STRUCTURAL_KEYS = ("reporter_titles", "desk_endings", "credits", "credit_marks", "copyright", "intro_nouns", "misread_determiners", "legal_entities", "stock_code",
                   "short_name_words", "list_nouns", "local_parents", "gov_units", "suffix_cues", "suffix_cue_stems", "joint_action", "recipient_acts", "legal_entity_nouns",
                   "missions", "markets", "local_governments", "company_name_words", "naming_verbs",
                   "shareholder_intros", "operated_intros", "own_brands", "group_brands", "summing_action", "industry_stems", "named_entities")
NOT_ORG_KEYS = ("person_titles", "split_titles", "surnames", "foreign_syllables", "foreign_pairs", "places", "home_places", "disciplines", "events", "inside_names", "buildings", "sites", "posting_platforms", "posting_nouns",
                "locative_particles", "region_breakdowns", "resident_nouns", "ampersand_words", "place_facilities", "generic_stems", "remainders", "class_counters", "title_qualifiers", "common_readings", "job_suffixes", "products",
                "kind_names")


@functools.lru_cache(maxsize=None)
def gazetteer(folder: Path = FOLDER) -> tuple:
    """Rows of organizations.tsv as dicts (`COLUMNS`): each with an org_id of its own, a name_ko
    and a type of org_suffixes.yaml `types`."""
    path = Path(folder) / "organizations.tsv"
    rows = lexicons.read_tsv(path, COLUMNS)
    types, ids = frozenset(suffix_file(folder)["types"]), set()
    for number, row in enumerate(rows, start=1):
        if not row["org_id"] or not row["name_ko"]:
            raise lexicons.LexiconError(f"{path.name}: row {number} lacks org_id or name_ko")
        if row["type"] not in types:
            raise lexicons.LexiconError(f"{path.name}: row {number} has type {row['type']!r},"
                                        " not one of `types` in org_suffixes.yaml")
        if row["org_id"] in ids:
            raise lexicons.LexiconError(f"{path.name}: row {number} repeats org_id {row['org_id']!r}")
        ids.add(row["org_id"])
    return rows


@functools.lru_cache(maxsize=None)
def suffix_file(folder: Path = FOLDER) -> dict:
    """org_suffixes.yaml with its keys, words (as normalized) and suffix types checked."""
    path = Path(folder) / "org_suffixes.yaml"
    data = lexicons.read_mapping(path, SUFFIX_KEYS)
    for key, keys in (("cues", CUE_KEYS), ("not_org", NOT_ORG_KEYS), ("structural", STRUCTURAL_KEYS)):
        lexicons.check_mapping(path, data[key], within=key)
        lexicons.check_keys(path, data[key], keys, within=key)
    lexicons.check_normalized(path, lexicons.strings(data))
    odd = [e for e in data["structural"]["legal_entities"] if not e.endswith(("법인", "회사"))]
    if odd:  # (org.intro looks for 법인 or 회사 in a text before it looks for these words)
        raise lexicons.LexiconError(f"{path.name}: legal entity word {odd[0]!r} does not end in 법인 or 회사")
    listed = {str(f) for forms in data["suffixes"].values() for f in forms}
    stray = [f for f in [*data["corporation_suffixes"], *data["loanword_suffixes"]] if f not in listed]
    if stray:  # (org.suffix reads them only where `suffix_of` ends a name in them)
        raise lexicons.LexiconError(f"{path.name}: any-stem suffix {stray[0]!r} is not one of `suffixes`")
    kinds = data["structural"]["suffix_cues"].values()
    unknown = sorted({*data["suffixes"], *data["short_suffixes"].values(), *(k["type"] for k in kinds)} - set(data["types"]))
    if unknown:
        raise lexicons.LexiconError(f"{path.name}: suffix type {unknown[0]!r} is not one of `types` in org_suffixes.yaml")
    return data


@functools.lru_cache(maxsize=None)
def cues(folder: Path = FOLDER) -> dict:
    """org_suffixes.yaml turned into sets; a malformed file fails here."""
    data = suffix_file(folder)
    suffix_type = {str(s): kind for kind, forms in data["suffixes"].items() for s in forms}
    not_org = data["not_org"]
    return {
        "suffix_type": suffix_type,
        "suffixes": sorted(suffix_type, key=len, reverse=True),
        "suffix_lengths": sorted({len(s) for s in suffix_type}, reverse=True),
        "short": {str(k): v for k, v in data["short_suffixes"].items()},
        # The last two letters of the longer suffixes and the suffixes of one letter (where a word may end in one:
        # `structural.suffix_tail_ends`).
        "suffix_pairs": frozenset(s[-2:] for s in suffix_type if len(s) >= 2),
        "one_letter_suffixes": frozenset(str(s) for s in [*suffix_type, *data["short_suffixes"]] if len(str(s)) == 1),
        "short_after_place": frozenset(data["short_after_place"]),
        "short_on_long_noun": frozenset(data["short_on_long_noun"]),
        "sites": frozenset(not_org["sites"]),
        "institutional": frozenset(data["institutional"]),
        "spaced": frozenset(data["spaced"]),
        "english": [str(s) for s in data["english"]],
        "after_name": frozenset(data["cues"]["after_name"]),
        "after_genitive": frozenset(data["cues"]["after_genitive"]),
        "before_name": frozenset(data["cues"]["before_name"]),
        "adverbial_nouns": frozenset(data["cues"]["adverbial_nouns"]),
        "operating": frozenset(data["cues"]["operating"]),
        "next_word_cues": frozenset(data["cues"]["org_titles"]) | frozenset(data["cues"]["after_name"])
        | frozenset(data["cues"]["deals"]),
        "titles": frozenset(not_org["person_titles"]),
        "split_titles": frozenset(not_org["split_titles"]),
        "org_titles": frozenset(data["cues"]["org_titles"]),
        "common_name_titles": tuple(data["cues"]["common_name_titles"]),
        "headline_business": tuple(data["cues"]["headline_business"]),
        "business_figures": tuple(data["cues"]["business_figures"]),
        "figure_endings": frozenset(data["cues"]["figure_endings"]),
        "org_figures": tuple(data["cues"]["org_figures"]),
        "business_acts": tuple(data["cues"]["business_acts"]),
        "same_period": tuple(data["cues"]["same_period"]),
        "operated": tuple(w[:-2] for w in data["cues"]["operating"] if w.endswith("하는")),
        "coined_suffixes": frozenset(data["cues"]["coined_suffixes"]),
        "glued_universities": tuple(data["cues"]["glued_universities"]),
        "tie_intros": frozenset(data["cues"]["tie_intros"]),
        "subsidiary_words": frozenset(data["cues"]["subsidiary_words"]),
        "subsidiary_arms": frozenset(data["cues"]["subsidiary_words"]) | frozenset(data["cues"]["subsidiary_arms"]),
        "ranking_closers": tuple(" " + w for w in data["cues"]["ranking_closers"]),
        "ranked_ahead": tuple(data["cues"]["ranked_ahead"]),
        "publishing": tuple(data["cues"]["publishing"]),
        "publishing_times": tuple(data["cues"]["publishing_times"]),
        "publications": tuple(data["cues"]["publications"]),
        "store_words": tuple(data["cues"]["store_words"]),
        "store_counts": tuple(data["cues"]["store_counts"]),
        "entering": tuple(data["cues"]["entering"]),
        "supplying": tuple(data["cues"]["supplying"]),
        "abroad_business": tuple(data["cues"]["abroad_business"]),
        "industry_ranks": tuple(data["cues"]["industry_ranks"]),
        "per_business": tuple(w + "별" for w in data["cues"]["per_business"]),
        "ranking_leads": tuple(data["cues"]["ranking_leads"]),
        "peer_kinds": frozenset(data["cues"]["peer_kinds"]),
        "listed_kinds": tuple(sorted(data["cues"]["listed_kinds"], key=len, reverse=True)),
        "standing_suffixes": frozenset(data["cues"]["standing_suffixes"]),
        "sibling_types": frozenset(data["cues"]["sibling_types"]),
        # (longest first: `저축은행` before `은행`)
        "sibling_suffixes": tuple(sorted(data["cues"]["sibling_suffixes"], key=len, reverse=True)),
        # (full suffix, its short form), the longest full suffix first: `신용협동조합` before `협동조합`
        "suffix_short_forms": tuple(sorted(((str(full), str(short)) for full, shorts in data["cues"]["suffix_short_forms"].items()
                                            for short in shorts), key=lambda pair: -len(pair[0]))),
        # (region in full, its short form), the longest short form first: `전남도` before `전남`
        "region_short_forms": tuple(sorted(((str(full), str(short)) for full, shorts in data["cues"]["region_short_forms"].items()
                                            for short in shorts), key=lambda pair: -len(pair[1]))),
        "subsidiary_regions": frozenset(str(r) for r in data["cues"]["subsidiary_regions"]),
        "union_units": frozenset(data["cues"]["union_units"]),
        "figure_modifiers": frozenset(data["cues"]["figure_modifiers"]),
        "figure_bases": frozenset(data["cues"]["figure_bases"]),
        "figure_periods": frozenset(data["cues"]["figure_periods"]),
        "glued_after": frozenset(data["cues"]["glued_after"]),
        "glued_tails": frozenset(data["cues"]["glued_tails"]),
        "hanja_suffixes": {str(k): str(v) for k, v in data["cues"]["hanja_suffixes"].items()},
        "partitive_words": tuple(data["cues"]["partitive_words"]),
        "partitive_determiners": frozenset(data["cues"]["partitive_determiners"]),
        "partitive_endings": frozenset(data["cues"]["partitive_endings"]) | {""},
        "partitive_counterparties": tuple(data["cues"]["partitive_counterparties"]),
        "contribution_words": tuple(data["cues"]["contribution_words"]),
        "contribution_endings": frozenset(data["cues"]["contribution_endings"]),
        "state_governments": frozenset(data["cues"]["state_governments"]),
        "state_words": frozenset(data["cues"]["state_words"]),
        "group_own": frozenset(data["cues"]["group_own"]) | frozenset(data["cues"]["after_name"])
        | frozenset(data["cues"]["after_genitive"]),
        "glued_particles": tuple(data["cues"]["glued_particles"]),
        "particle_like_endings": tuple(data["cues"]["particle_like_endings"]),
        "recurring_particles": frozenset(data["cues"]["recurring_particles"]),
        "suffixed_particles": frozenset(data["cues"]["suffixed_particles"]),
        "not_ministries": frozenset(data["cues"]["not_ministries"]),
        "reporting": frozenset(data["cues"]["reporting"]),
        "local_endings": tuple(data["cues"]["local_endings"]),
        "saying": frozenset(data["cues"]["saying"]),
        "local_acts": frozenset(data["cues"]["saying"]) | frozenset(data["cues"]["governing"]) | frozenset(data["cues"]["governing_verbs"]),
        "governing_verbs": frozenset(data["cues"]["governing_verbs"]),
        "unit_heads": tuple(data["cues"]["unit_heads"]),
        "budgets": tuple(data["cues"]["budgets"]),
        "budget_verbs": frozenset(data["cues"]["budget_verbs"]),
        "partner_particles": frozenset(data["cues"]["partner_particles"]),
        "partnering": frozenset(data["cues"]["partnering"]),
        "deciding": tuple(data["cues"]["deciding"]),
        "planning": frozenset(data["cues"]["planning"]),
        "according": frozenset(data["cues"]["according"]),
        "cited_reports": frozenset(data["cues"]["cited_reports"]),
        "deals": frozenset(data["cues"]["deals"]),
        "deal_particles": frozenset(data["cues"]["deal_particles"]),
        "score": regex.compile(data["cues"]["score"]),
        "winning": frozenset(data["cues"]["winning"]),
        "games": frozenset(data["cues"]["games"]),
        "team_particles": frozenset(data["cues"]["team_particles"]),
        "surnames": frozenset(not_org["surnames"]),
        "foreign_syllables": frozenset(not_org["foreign_syllables"]),
        "foreign_pairs": frozenset(not_org["foreign_pairs"]),
        "places": frozenset(not_org["places"]),
        "place_prefixes": tuple(p for p in not_org["places"] if len(p) >= 2),
        "foreign_places": frozenset(not_org["places"]) - frozenset(not_org["home_places"]),
        "place_facilities": tuple(not_org["place_facilities"]),
        "events": frozenset(not_org["events"]),
        "inside_names": frozenset(not_org["inside_names"]),
        "inside_name_words": re.compile(" (?:" + "|".join(map(re.escape, not_org["inside_names"])) + ")"),
        "disciplines": frozenset(not_org["disciplines"]),
        "generic": frozenset(not_org["generic_stems"]),
        "ampersand_words": frozenset(not_org["ampersand_words"]),
        "remainders": frozenset(not_org["remainders"]),
        "class_count": regex.compile(r"[0-9]+(?:" + "|".join(map(re.escape, not_org["class_counters"])) + ")"),
        "job_suffixes": frozenset(not_org["job_suffixes"]),
        "title_qualifiers": frozenset(not_org["title_qualifiers"]),
        "common_readings": {str(name): {"after": tuple(words.get("after", ())), "before": frozenset(words.get("before", ()))}
                            for name, words in not_org["common_readings"].items()},
        "products": {"names": frozenset(not_org["products"]["names"]) | frozenset(not_org["products"]["services"]), "nouns": frozenset(not_org["products"]["nouns"]),
                     "after": tuple(" " + w for w in not_org["products"]["after"]),
                     "breakdowns": tuple(not_org["products"]["breakdowns"])},
        "kind_names": {"names": frozenset(not_org["kind_names"]["names"]), "before": frozenset(not_org["kind_names"]["before"])},
        "areas": frozenset(data["area_stems"]),
        "verb_stem_suffixes": tuple(data["verb_stem_suffixes"]),
        "legal_form_suffixes": frozenset(data["legal_form_suffixes"]),
        "any_stem_suffixes": frozenset([*data["corporation_suffixes"], *data["loanword_suffixes"]]),
        "corporation_suffixes": frozenset(data["corporation_suffixes"]),
        "units": tuple(data["units"]),
        "branch_units": tuple(data["court_branches"]["units"]),
        "office_units": tuple(data["office_branches"]["units"]),
        "government_designations": tuple(data["government_designations"]),
        "not_office_units": tuple(data["office_branches"]["not_units"]),
        "event_committees": frozenset(data["event_committees"]),
        "event_heads": tuple(data["event_heads"]),
        "courts": tuple(data["court_branches"]["parents"]),
        "store_parents": tuple(data["store_branches"]["parents"]),
        "store_branch": (str(data["store_branches"]["ending"]), frozenset(data["store_branches"]["not_branches"])),
        "after_place": frozenset(data["after_place"]),
        "divisions": frozenset(data["divisions"]),
        # A numbered unit, maybe glued to its division word (`14부`, `형사14부`, `3단독`).
        "numbered_unit": regex.compile(rf"({'|'.join(map(regex.escape, data['divisions']))})?\d+(?:부|단독|팀|과|계)"),
        "press": frozenset(data["press"]),
        "compound_only": frozenset(data["compound_only"]),
        "proper_stem_only": frozenset(data["proper_stem_only"]),
        "after_local": frozenset(data["after_local"]),
        "buildings": tuple(not_org["buildings"]),
        "platforms": frozenset(not_org["posting_platforms"]),
        "posting_nouns": tuple(not_org["posting_nouns"]),
        "locative": frozenset(not_org["locative_particles"]),
        "region_breakdowns": tuple(not_org["region_breakdowns"]),
        "resident_nouns": frozenset(not_org["resident_nouns"]),
        # The last letter of an introducing word (`인` for `제약사인`): a cheap first test.
        "intro_ends": frozenset(n[-1] for n in [*data["structural"]["intro_nouns"], *data["structural"]["legal_entities"],
                                                *data["structural"]["operated_intros"]]) | {"인"},
        "operated_intros": tuple(data["structural"]["operated_intros"]),
        "own_brands": tuple(data["structural"]["own_brands"]),
        "own_brand_nouns": tuple({str(w).split()[-1][-3:] for w in data["structural"]["own_brands"]}),
        "intro_noun_set": frozenset(data["structural"]["intro_nouns"]),
        "industry_stems": frozenset(data["structural"]["industry_stems"]),
        "intro_nouns": tuple(sorted(data["structural"]["intro_nouns"], key=len, reverse=True)),
        "legal_entities": frozenset(data["structural"]["legal_entities"]),
        "named_entities": frozenset(data["structural"]["named_entities"]),
        "legal_entity_nouns": frozenset(data["structural"]["legal_entity_nouns"]),
        "markets": frozenset(data["structural"]["markets"]),
        "missions": frozenset(data["structural"]["missions"]),
        "local_parents": tuple(data["structural"]["local_parents"]),
        "local_governments": frozenset(data["structural"]["local_governments"]),
        "gov_units": frozenset(data["structural"]["gov_units"]),
        "short_name_words": frozenset(data["structural"]["short_name_words"]),
    }


def has_legal_form(text: str) -> bool:
    """`LEGAL_FORM` is somewhere in the text (plain string searches: cheaper than the pattern's scan)."""
    return any(form in text for form in LEGAL_FORMS)


@functools.lru_cache(maxsize=1 << 16)  # names repeat within and across documents
def compact(written: str) -> str:
    """The name without any space (how names are looked up and linked)."""
    return _WHITESPACE.sub("", written)

@functools.lru_cache(maxsize=1)
def gazetteer_names() -> dict:
    """Space-free normalized form → (row, compact offsets where the text may add a space).

    A space may be left out anywhere, but added only where a written form has one or before a
    suffix that is often spaced (`알리바바 그룹`): `한국 은행들` is not `한국은행`.
    """
    spaced = sorted(cues()["spaced"], key=len, reverse=True)
    spaced_suffixes = tuple(spaced)
    names = {}
    for row in gazetteer():
        forms = [row["name_ko"], row.get("name_en") or "", *(row.get("aliases") or "").split("|")]
        for form in forms:
            form = normalize(form.strip()).text
            key = compact(form)
            if len(key) < 2 or key in names and names[key][0] is not row:
                continue
            breaks, seen = set(), 0
            for ch in form:
                if ch.isspace():
                    breaks.add(seen)
                else:
                    seen += 1
            if key.endswith(spaced_suffixes):  # (one scan in C first: most names end with none of them)
                breaks |= {len(key) - len(s) for s in spaced if key.endswith(s) and len(key) > len(s)}
            if key in names:  # one more spelling of the same name: a space may stand where either has one
                breaks |= names[key][1]
            names[key] = (row, frozenset(breaks))
            if _ACRONYM.fullmatch(key):  # `tvN` is also written `TVN`, `OCN` also `ocn`
                for variant in (key.upper(), key.lower()):
                    names.setdefault(variant, (row, frozenset(breaks)))
    # A legal form is no part of the name: a name listed with one (`㈜한진`) is written without it too
    # (`물류 파트너인 한진과`), unless another organization goes by the bare name (`㈜LG` and the group `LG`).
    # (after every row: a later row's own name wins over a bare form)
    for key, (row, breaks) in list(names.items()):
        form = LEGAL_FORM.search(key)
        if form is not None:
            bare = key[:form.start()] + key[form.end():]
            if len(bare) >= 2 and bare not in names:
                names[bare] = (row, frozenset())
    return names

@functools.lru_cache(maxsize=1)
def gazetteer_by_name() -> dict:
    """Space-free canonical or alias → gazetteer row (for linking mentions the rules found)."""
    return {compact: row for compact, (row, _) in gazetteer_names().items()}

@functools.lru_cache(maxsize=1)
def gazetteer_by_id() -> dict:
    return {row["org_id"]: row for row in gazetteer()}

@functools.lru_cache(maxsize=1)
def long_suffix_forms() -> tuple:
    """The suffixes `suffix_short_forms` shortens (`신용협동조합`), as a tuple (what `endswith` takes), made once."""
    return tuple(long for long, _ in cues()["suffix_short_forms"])


def suffix_type(name: str) -> str:
    """The type an organization suffix gives a name (`한빛전자` → company), or ""."""
    return cues()["suffix_type"].get(suffix_of(compact(name)), "")

@functools.lru_cache(maxsize=1 << 16)  # words repeat across documents
def suffix_of(name: str) -> str:
    """The longest organization suffix the name ends with, or "". A public corporation's suffix with the word of what
    it runs (`corporation_suffixes`) is none of a name that is only it: `수자원공사` ends in `공사`, its stem `수자원`."""
    c = cues()
    suffixes, whole = c["suffix_type"], c["corporation_suffixes"]
    return next((name[-n:] for n in c["suffix_lengths"]
                 if n <= len(name) and name[-n:] in suffixes and not (n == len(name) and name in whole)), "")


def place_facility(name: str) -> bool:
    """`name` is a place's port, airport or station (`부산항`, `인천공항`, `서울역`: `place_facilities`), a place."""
    c = cues()
    return any(name.endswith(ending) and name[:-len(ending)] in c["places"] for ending in c["place_facilities"])
