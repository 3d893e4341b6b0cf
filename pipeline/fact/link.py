"""FACT linking rules: each quantity tied to its metric, subject, period and kind (docs/facts.md).

Each slot is found by named rules tried in order; the first that finds it names itself in the
fact's `rule_id` (`fact.metric_measure+subject_topic+period_clause+kind_level`). The rules read
kiwipiepy's analysis of the sentence: particles mark the topic and subject (은/는, 이/가), the
genitive (의) and the object (을/를); connective endings (EC) and commas bound the clauses.

- metric: `metric_after` (the noun a figure modifies: `23개 언어`, `2개의 전문팀`, `1억 위안 이상의
  매출`, `5조 원 규모의 시장`), `metric_measure` (the nearest measure noun of the lexicon before it
  in its major clause), `metric_topic` (the noun marked as topic or subject just before it),
  `metric_partitive` (`네티즌 중 1명`), `metric_verbal` (the verbal noun of the verb that takes it
  as object or count: `투자했다` → 투자, `1회 도전`), `metric_allotted` (the purpose a budget's amount
  is allotted to: `교통망 구축에는 680억 원이 반영됐다`), `metric_carried` (none of its own: the metric of
  the last figure of its unit in the sentence or the one before, as a list goes on).
- subject: `subject_market` (none for a market's size), `subject_genitive` (`삼성전자의 매출`),
  `subject_topic` (the organizations marked as topic or subject in the sentence, coordinated
  ones and partners `B와 함께` together),
  `subject_channel` (the platform a figure happens through or on: `티몰에서`), `subject_headline`
  (a headline that opens with an organization and a comma: `부산시, 내년 예산 …`), `subject_carried`
  (a sentence without a subject of its own keeps the one set before it in its paragraph; a new
  paragraph starts from the story's organization: the headline's, else the lead's topic).
- period: `period_clause` (a DATE in the figure's clause), `period_as_of` (`… 기준`, `… 현재`),
  `period_sentence`, `period_carried` (the period last set in the paragraph for the same subject,
  else metric, else for any figure), `period_story` (the period the article's lead set: the lead's
  `지난해` is the period of a results story's later figures), `period_event` (an event a date named
  earlier: `올해 … 페스티벌` → `페스티벌 기간에`).
  A DATE before a comparison word (`전년 대비`) or a multiple (`1년 전의 2배`) is the basis, not the period; a day before a
  reporting verb (`9일 밝혔다`), or any date before the topic of a reported quote (`지난 4월 A는 …
  투자한다고 밝혔다`), dates the report, not the figure; an announcement's date is carried nowhere;
  a date before a figure a change starts from (`올해 1,940억 원에서 2,410억 원으로`) is that figure's
  only; a page's publication stamp (`입력 2025.02.10`) is no period.
- kind: `kind_change` (a change word after the figure, `%p`, a sign), else `kind_level`.
A conversion (`4,982억 위안(약 84조 원)`) takes the slots of the quantity it converts; counts that
number a sequence (`1편, 2편, 3편`) have no fact, nor does an age that bounds a group (`60세 이상 가구`, `_age_brackets`).
"""
from __future__ import annotations

import bisect
import collections
import datetime
import decimal
import dis
import functools
import itertools
import operator
import re
from typing import NamedTuple, Optional

from ..date.document_date import is_stamp
from ..model import Fact, replace
from ..org.lexicon import cues, place_facility
from .kind import EACH, each_listed, is_change, items_changed, marked_object_before, names_rate
from .lexicon import words
from .metric import (
    PARTS, acronym_before, acted_on, headline_noun_before, headline_part_before, allotted_to, copula_noun_after, measure_at, named_by_copula, item_named_before, ranking_measure, bracketed_after, counted_before, each_item, each_position, followed_by_genitive, framed, given_as, may_frame, measure_before, metric_after, object_before, taken_on, object_of_own_verb,
    noun_right_after, object_past_modifier, object_right_before, occupied, paid_as, paid_named, rated, received_as, set_as_before, paid_object, spent_doing, spent_on, taken_as, verbal_of_subject, verbal_right_after,
    partitive_before, share_of, sold_at, target_of_rate, topic_before, verbal_after,
    decided_change_after)
from .period import (
    RANGE_STARTS, SAME_PART, Range, adnominal_between, basis_pattern, dates_modified_noun, basis_steps, counted_since, date_range, edition_year, elapsed_since, is_basis, multiple_of, noun_compared,
    may_tell_ahead, relative_subject_before, relative_topic_between, same_period, shift, tells_ahead)
from .report import announced_on, press_from, press_topics, quote_start, report_day, report_event, reported_day_later, reports
from .sentence import (BRIDGE_FORMS, CLAUSE_TAGS, CLOSING_QUOTES, GENITIVE, NOUNS, OPENING_QUOTES, START, SUBJECT, TOPIC, TOPIC_MARKS, TOPIC_OR_SUBJECT, WORD_TAGS, Sentence,
                       bare_nouns, before_brackets, final_verb, followed_by, is_marked, is_quotative, past_brackets, per_table, starts_in, verb_after,
                       word_start)
from .subject import (
    doer_after_topic, anaphor_organization, anaphor_tokens, apposed, partner_anaphors, bracketed_owner, channel_organization, clause_head, coordinated, measured_by_relative, operated_by_relative,
    measure_head, member_genitive, named_subject, opens_part, own_subject, own_subject_at, speaker_quoting, speaks_for, owns_by_relative, partner_in, partners_after, plans, quoted_before, ranked_organization,
    pointed_product_topic, product_named, product_topic_before, quoted_topic, relative_head, topic_organization, topics)


# A genitive's head noun as the predicate of a topic (`의 자회사로,`, `의 계열사이며`, `의 모회사인데`): `_tie_told`.
TIE_TOLD = re.compile(r"의 (\S+?)(?:로서?,? |이며 |이자 |인데 |이고 |다\. )")

# A person's name as one word at a sentence's start, before their title (`서은정 관장은`; `한 대표는`, the surname only).
HANGUL_NAME = re.compile(r"[가-힣]{1,4}")

# A model's code of Latin letters and digits (`K3`, `GV80`, `EV9`): a named product in a breakdown by model.
MODEL_CODE = re.compile(r"[A-Z]{1,4}-?[0-9]{1,3}[A-Za-z]?")

# The word after a figure that makes it the size of the noun after it (`5조 원 규모의 국내 커피 시장`).
SIZE = " 규모"
# Tokens between a date and the figure it dates (`지난해 시리즈A 당시 700억 원`).
NOUNISH = frozenset({"NNG", "NNP", "SL", "SH", "XSN", "SN"})


def _year_back(value: str) -> str:
    """A TIMEX value or a calendar day a year back (`2025-Q4` → `2024-Q4`, `2024-02-29` → `2023-02-28`); "" when it has
    no known year."""
    match = re.fullmatch(r"(\d{4})((?:-(?:Q|H)?\d{1,2}){0,2})", value)
    if not match:
        return ""
    rest = "-02-28" if match.group(2) == "-02-29" else match.group(2)
    return f"{int(match.group(1)) - 1}{rest}"


class LinkRule(NamedTuple):
    """A named linking rule: the slot it fills and what it reads."""

    name: str
    slot: str
    reads: str


RULES = (
    LinkRule("fact.metric_after", "metric", "the noun the figure modifies (23개 언어, 1억 위안 이상의 매출)"),
    LinkRule("fact.metric_counted", "metric", "the counted noun right before a count (전기차 5,200대), the noun beside an amount (추징금 8천만원), a Latin acronym before a figure (ROE는 8.7%)"),
    LinkRule("fact.metric_frame", "metric", "the object of a frame before the figure (평균 열량을 보면 A가 1,197kcal)"),
    LinkRule("fact.metric_allotted", "metric", "the purpose an amount of a budget is allotted to or spent on (교통망 구축에는 680억 원이 반영됐다, 단장하는 데 80억 원을 들인다)"),
    LinkRule("fact.metric_received", "metric", "the noun a figure is received or paid as, marked by 로 right after its object "
             "(순매출의 8~12%를 로열티로 받는다, 최대 7억 달러를 단계별 기술료로 받는다)"),
    LinkRule("fact.metric_paid", "metric", "the noun an amount is given or paid as (치료비로 12억 원을 기탁했다, 20만 원씩 난방비를 지원했다, 월 80만 원씩 주는 '청년 영농정착지원금')"),
    LinkRule("fact.metric_measure", "metric", "the nearest measure noun of the lexicon before the figure"),
    LinkRule("fact.metric_topic", "metric", "the noun marked as topic or subject in the figure's clause"),
    LinkRule("fact.metric_restated", "metric", "a sentence with no topic that restates the figure before as a size or a level "
             "(… 자사주를 매입한다. | 발행주식 총수의 3.4%에 해당하는 74만 주 규모다): its figures measure what that figure measured, in any unit"),
    LinkRule("fact.metric_unit", "metric", "none for a count whose unit names what it counts (13승 5패, 19골, 41세)"),
    LinkRule("fact.metric_target", "metric", "the target a rate is taken of (연간 목표(144억 달러)의 112%를 채웠다, 목표의 83%에 머물렀다)"),
    LinkRule("fact.metric_as", "metric", "the noun a figure is given as right before it (전체 점수로 67.733점을 받아, 올해 목표인 417만 대, 목표로 잡은 10조 원)"),
    LinkRule("fact.metric_object", "metric", "the object right before a figure (출고가를 1,166원에서 1,247원으로 올렸다), past a rate word (노선을 주 14회로) or a DATE (인력을 연초 140명에서)"),
    LinkRule("fact.metric_headline", "metric", "the measure the headline names of the lead's topic (복권 판매액 … | 복권이 3조 원어치 팔린)"),
    LinkRule("fact.metric_headline_part", "metric", "the bare nouns a headline's part after an ellipsis opens with, right "
             "before a percentage (1분기 매출 5천억 넘어…국제선 여객 28% 늘어 → 국제선 여객)"),
    LinkRule("fact.metric_headline_item", "metric", "the measure of a headline's figure before an ellipsis, for a part after it that "
             "names only a market or a kind and changes (수출 1,840억…중동 32% 증가 → 수출); not a kind of people counted"),
    LinkRule("fact.period_held", "period", "none carried for a stake its clause says is held (모회사 A는 B 지분 34%를 갖고 있다)"),
    LinkRule("fact.metric_shared", "metric", "the metric of the figure before it in the sentence (…으로 92% 감소)"),
    LinkRule("fact.metric_partitive", "metric", "the whole a count or a rate is part of (네티즌 중 1명은, 임원 10명 중 7명, "
             "조합원 2,700명 가운데 62%가, 환자 48명 가운데 18명의 종양이)"),
    LinkRule("fact.metric_bracketed", "metric", "the metric of the figure a figure stands in brackets right after (과제 14건(93억 원))"),
    LinkRule("fact.metric_level_carried", "metric", "a change of a place or an item carried: the measure last given, not a change noun (상승폭은 … | 수도권은 0.04% 올랐고)"),
    LinkRule("fact.metric_average", "metric", "평균 right before a figure whose clause names no measure of its own (FC서울이 평균 "
             "2만 5,311명으로, 경기당 평균 8,021명으로, (평균 2만 2,800명)): the average is what the figure gives, not a measure "
             "carried from before; not a time's average (하루 평균, 월평균), which goes on with the measure"),
    LinkRule("fact.metric_carried", "metric", "the metric of a figure of the same unit in the sentence before (A의 점포 수는 …개로 | B는 …개로)"),
    LinkRule("fact.metric_each", "metric", "the k-th noun listed before 각각 for the k-th figure after it (A와 B도 각각 11%, 8%)"),
    LinkRule("fact.metric_each_part", "metric", "parts listed before 각각 in a breakdown, after an item of the same unit, keep "
             "the measure broken down (이 가운데 주택이 5조 원 …, 토목과 플랜트는 각각 2조 원, 1조 원)"),
    LinkRule("fact.metric_capacity", "metric", "the capacity the clause's topic names for the products listed with their figures "
             "(연간 생산 능력은 라면 5억 개, 소스 2만t): the product says which capacity, not what is measured"),
    LinkRule("fact.metric_part_category", "metric", "a part taken of the figure before that is only a category of its measure "
             "(an insurance line, an age group, a housing scheme: 신계약은 18만 4천 건 | 이 가운데 건강보험이 11만 2천 건으로 60.9%) "
             "counts that figure's measure"),
    LinkRule("fact.metric_product_item", "metric", "the measure a breakdown breaks down for the count of an item that is a named product "
             "(차종별로는 그랜저가 8,420대로 내수 1위를 지켰고, 싼타페 7,150대 → 내수), not the product: a model, a title in quotes"),
    LinkRule("fact.metric_item", "metric", "the item a breakdown's count counts, a name too (차종별로는 그랜저가 7,120대로, 아반떼 5,480대), or a part taken of the figure before (이 가운데 컨테이너선이 46척)"),
    LinkRule("fact.metric_ranked", "metric", "the measure a ranking names after its first item, for every item (해외주식이 19.7%로 가장 높은 수익률을 냈고, 국내주식 17.2%)"),
    LinkRule("fact.metric_broken_down", "metric", "a breakdown's item that names no noun of its own (a date, a place: 월별로는 8월이 "
             "1,520만 명으로, 국가별로는 베트남이 148곳) counts the measure of the figure broken down"),
    LinkRule("fact.metric_opened", "metric", "the measure a sentence opens with as the domain of its figures, over an item's noun before "
             "each (내수에서는 A가 3,480대 팔리며, 기업 기부로는 B가 50억 원을 냈고 C가 20억 원을, 수출은 A가 중동으로 4,850대 선적되며)"),
    LinkRule("fact.metric_crowd", "metric", "people who came, counted as the subject of a plain verb of coming (가장 붐빈 날은 … "
             "26만 명이 공항을 찾았다, 축제엔 38만명 몰려) with no measure noun of their own: none; the step they flocked to "
             "(1순위 청약에 1만 명이 몰려) is theirs"),
    LinkRule("fact.metric_headline_noun", "metric", "the bare nouns a headline names right before its figure, past a date or a "
             "figure of one unit (…선급금만 8천만 달러, 외국인 관광객 1~11월 312만명, 배춧값 한 포기 7천원)"),
    LinkRule("fact.metric_nearest", "metric", "a metric carried or shared from an earlier figure is written as the mention of the same "
             "words nearest the figure, in its sentence or the next or the one before (카테고리별로는 … 3,480억 원 … | 식품 거래액은 …)"),
    LinkRule("fact.metric_sibling", "metric", "a part named as a sibling of the part the figure before was told of keeps "
             "that figure's measure (국제선 여객은 780만 명, 국내선은 460만 명; 동부권의 보급률은 109%, 서부권은 93%)"),
    LinkRule("fact.metric_verbal", "metric", "the verbal noun of the verb taking the figure as object or count (투자했다, 1회 도전)"),
    LinkRule("fact.subject_brand_operator", "subject", "a platform's story goes on with its operator's results (팬잇을 운영하는 "
             "오르빗랩스는 … 팬잇의 이용자가 … | 3분기 매출은): the company that earned them"),
    LinkRule("fact.subject_platform_users", "subject", "a platform's users or transactions told with its operator as subject "
             "(세온미디어 대표는 \"가입자를 700만 명 이상으로\", in a story of 플릭스온 it runs; 모카마켓을 운영하는 모카모빌리티는 … "
             "플랫폼 거래량이): the platform's, whoever tells them"),
    LinkRule("fact.subject_platform_carried", "subject", "the figures told right after a platform's go on with the platform, "
             "not its operator carried (… 플랫폼 거래량이 2만1천340대로 | 10월 거래를 차종별로 보면 국산차가 1만5천900대로)"),
    LinkRule("fact.subject_bracketed", "subject", "the organization a figure stands in brackets after (샤오미(14.1%))"),
    LinkRule("fact.subject_operator", "subject", "a transport operator cited as the source of its riders (부산교통공사에 따르면 … 도시철도 일평균 이용객은)"),
    LinkRule("fact.subject_genitive", "subject", "the organization owning the metric (삼성전자의 매출, SK하이닉스 주가), unless its clause has a topic of its own after it "
             "or it sells what the clause acquires (후지TV는 스튜디오해랑의 신작 2편의 방영권을 사들였다)"),
    LinkRule("fact.subject_holder", "subject", "the organization marked 이/가 right before a stake (B는 A가 지분 34.5%를 보유한 자회사로): its holder"),
    LinkRule("fact.subject_relative", "subject", "the organization whose relative clause modifies the figure's noun (혁신위가 내놓은 권고안의 22개 과제) or its measure noun (A가 내놓은 기부금은)"),
    LinkRule("fact.subject_head", "subject", "the organization the figure's adnominal clause modifies (3연승을 거둔 다저스가); none for a person's name (13승을 기록한 류현진은)"),
    LinkRule("fact.subject_ranked", "subject", "the organization named as the ranked one (가장 높은 은행은 제주은행으로 1.2%)"),
    LinkRule("fact.subject_named", "subject", "none when the figure's clause has a proper noun that is no organization as its subject (차베스가 744만 표를), or a doer after the figure as topic that is none (220억 원은 연기금과 공제회 등이 채웠다)"),
    LinkRule("fact.subject_topic", "subject", "the organizations marked as topic or subject (삼성전자는, A와 B는), or as the doer after a figure as topic (480발은 A가 조립한다)"),
    LinkRule("fact.subject_budget_owner", "subject", "a legislature that cuts or adds to a budget (시의회 예산결산특별위원회는 … 40억 원을 "
             "깎고) does so to the story's body's budget: its figures are that body's (대구시), also in the sentences it goes on to"),
    LinkRule("fact.subject_anaphor", "subject", "the organization a word stands for (부산시 … 시는, 대경에너지 … 회사는, 그룹 전체)"),
    LinkRule("fact.subject_channel", "subject", "the platform the figure happens through or on (1688닷컴을 통해, 티몰에서); "
             "not a route a seller sells through (농협경제지주를 통한 계통 판매는)"),
    LinkRule("fact.subject_each_one", "subject", "the one organization found of two names listed before 각각 owns the figure in its "
             "place, the other name's figure none (A와 B(Y)의 수익률은 각각 9.7%, 13.1%, B found)"),
    LinkRule("fact.subject_each", "subject", "one subject per figure after 각각, also the organization of the k-th figure before it "
             "(A의 매출은 X, B는 Y로 각각 4%, 9%), or of the k-th of two names before it (A(X)와 B의 … 각각, not both B's)"),
    LinkRule("fact.subject_market", "subject", "none for the size of a market or an industry, or a market's price (30조 위안 규모의 중국 시장, 항공유 가격은)"),
    LinkRule("fact.subject_nature", "subject", "none for a measure of nature, a sea's or a sky's (평균 수온이 19.8도로, 평균 "
             "기온은), whoever tells it (국립수산과학원은 …)"),
    LinkRule("fact.subject_others", "subject", "none for a figure a plural of organizations of a kind owns (중국 조선사들의 점유율) "
             "or has as its sentence's topic (협약 기업들은 … 1,500여 명을 고용한다): several taken together, none named"),
    LinkRule("fact.subject_whole", "subject", "none for a figure of all organizations of a kind or of a whole market, none named "
             "(생명보험사 평균 K-ICS 비율, 5대 시중은행 전체로는, 업계 전체로는, 전체 휴대폰 가입자 5,691만 명)"),
    LinkRule("fact.subject_product_topic", "subject", "none for a figure after a product as topic (은/는) in its sentence, with "
             "no organization of its own: a title in quotes, or a product's noun after 이 ('아스트라'는 … 넘었고, DAU는 180만 명; 이 드라마는)"),
    LinkRule("fact.subject_product_item", "subject", "none for the figure of a breakdown's item that is a named product, no "
             "organization (차종별로는 그랜저가 8,420대로 …, 싼타페 7,150대; 게임별로는 '서머너즈 워'가 620억 원으로): a product's figure"),
    LinkRule("fact.subject_product", "subject", "none for a product's measure: a name in quotes right before it that is no organization ('아이온' 판매량)"),
    LinkRule("fact.subject_launched", "subject", "none carried from a sentence that launches a product in quotes ('사장님 한도대출'을 내놨다 | 최대 1억 원까지 빌릴 수 있고): the product's terms, with no period of the launch's"),
    LinkRule("fact.subject_whole_carried", "subject", "none for a figure with no subject of its own after a whole market's or a "
             "region's figure in its paragraph (전체 공모액은 3조 원으로 … | 새로 상장한 기업은 41곳이었다): not the organization carried before"),
    LinkRule("fact.subject_trial", "subject", "none for what a product did in a trial, the place of the figure's clause (동물실험에서 체중을 21% 줄였다)"),
    LinkRule("fact.subject_typical", "subject", "none for a typical person's figure in a conditional sentence (4인 가구 … 기준으로 하면 요금이 1,660원 오른다, 적용되면 연소득 1억 원인 차주의 한도는)"),
    LinkRule("fact.subject_plan", "subject", "the organization whose plan or position the sentence states (…는 게 서울시 계획이다)"),
    LinkRule("fact.subject_headline", "subject", "the organization a headline opens with, before a comma (부산시, 내년 예산 …); "
             "for a headline's figure with none, the story's organization the headline names"),
    LinkRule("fact.subject_disclosed", "subject", "the organization whose own report a sentence cites (A가 공시한 실적에 따르면)"),
    LinkRule("fact.subject_national", "subject", "none for a country's or a region's statistic a government body reports (산업통상자원부는 … 수출액이, 경상북도는 … 도내 농식품 수출액이)"),
    LinkRule("fact.subject_own_funds", "subject", "the body's own money in a story of the statistics it reports: a fund it holds "
             "or draws up (예산, 도비), or an amount a verb of drawing up or putting in takes (소방본부는 올해 예산으로 4천126억원을 "
             "편성해, 경상남도는 … 지원에 도비 18억 원을 투입했다), not its place's (fact.subject_national)"),
    LinkRule("fact.subject_visitors", "subject", "none for the figures a story goes on with after a body reported its region's "
             "visitors or a place's measure (강원특별자치도는 … 도내를 찾은 관광객이 … 밝혔다 | 외국인 관광객은 …; 의성 지역 마늘 생산량이 "
             "… 밝혔다 | 재배 면적은 …), until it is named again for a figure of its own; but in a quote (its head's plan)"),
    LinkRule("fact.subject_region", "subject", "none for a figure whose measure, its clause's topic or subject, opens with a "
             "word of the region's own scope (도내 유·초·중·고 학생은 18만 6,300명으로): the region's, not the body carried"),
    LinkRule("fact.subject_told", "subject", "none for a figure that is the subject of the clause a public body reports or foresees (예산군은 … 농경지 1,284㏊가 피해를 봤다고 밝혔다)"),
    LinkRule("fact.subject_tallied", "subject", "none for a measure an association or a league reports as its told clause's "
             "subject (한국야구위원회는 … 누적 관중이 1,231만 명으로 집계됐다고 밝혔다): its members' or industry's whole, none named"),
    LinkRule("fact.subject_association", "subject", "none for a figure in the quoted words of an association of members, its "
             "subject (VC협회 관계자는 \"펀드 결성액도 20% 안팎 증가할 전망\"): its industry's or its members'"),
    LinkRule("fact.subject_forecast", "subject", "none for a country's measure an association or a research institute forecasts (무역협회는 내년 수출이 … 것으로 내다봤다, 연구원은 … 성장률을 2.1%로 전망했다)"),
    LinkRule("fact.subject_estimated", "subject", "none for a figure an association, a research institute or a ministry "
             "as topic estimates or foresees (한국핀테크산업협회는 … 시장을 연 5조~6조원 규모로 추산했다, 국토교통부는 … 이동 인원을 "
             "2,790만 명으로 집계했다): its industry's, market's or country's, not its members'"),
    LinkRule("fact.subject_budget_item", "subject", "the public body whose budget the story tells (the subject carried) for "
             "a transfer in it named after another body (충북도 전입금은 2,950억 원, 인천관광공사 출자금 150억 원, 이 가운데 "
             "늘푸른여객 몫은): the body before the transfer gives or gets it, a counterparty"),
    LinkRule("fact.subject_segment", "subject", "the story's organization for a business segment's figure with no owner in its clause (스마트홈 부문 매출은), not one carried"),
    LinkRule("fact.subject_group", "subject", "the organizations a group of N named before stands for (통신 3사의 영업이익 합계: the story's and the others that owned figures; A가 B와 … 맺었다 | 두 회사는: the N companies the last sentence naming any names)"),
    LinkRule("fact.subject_product_carried", "subject", "none carried from a sentence whose last topic or subject is a title in "
             "quotes (… 게임 '서머너즈 워: 레거시'가 420억 원의 매출을 올렸다 | 누적 다운로드는 850만 건을), or a product pointed back to "
             "as topic (이 게임은 … | 월간 이용자 수는): the product's figures go on"),
    LinkRule("fact.subject_carried", "subject", "the subject an earlier sentence of the paragraph set (Korean drops it), else the story's"),
    LinkRule("fact.subject_head_quoting", "subject", "the story's organization for a figure quoted by a head named by title only "
             "(서은정 관장은 \"올해 관람객 150만명 …\", 한상철 대표는 \"…\"): the head of the organization the story is about, not "
             "another organization carried from the sentence before"),
    LinkRule("fact.subject_story", "subject", "the story's organization for a figure of its paragraph with no subject, whose topic is a "
             "thing of its (기부자는 …, 전기차는 …); not a person's, a country's, a named product's, others', a cited source's"),
    LinkRule("fact.period_clause", "period", "a DATE in the figure's clause"),
    LinkRule("fact.period_as_of", "period", "a DATE before 기준 or 현재 in the sentence"),
    LinkRule("fact.period_sentence", "period", "a DATE elsewhere in the sentence"),
    LinkRule("fact.period_carried", "period", "the period last set in the paragraph for the same subject or metric, else for any figure"),
    LinkRule("fact.period_flow_span", "period", "a sum over time (매출, 수주: lexicon flow_measures) or a `같은 기간` figure that "
             "would carry a stock's month-end (6월 말 기준 점포 수 …): the span told that ends with that month (상반기, 1~11월)"),
    LinkRule("fact.period_span", "period", "none: the figure's clause names no DATE and a duration before the figure is the time "
             "of the plan or term it is for (3년간 4,200억 원을 투입한다, 3년 안에 150% 아래로 낮추겠다)"),
    LinkRule("fact.period_story", "period", "the period the article's lead (the body's first paragraph, else the title) set: its "
             "first figure's (지난해 in a results story's lead; not a holiday's name), also for the headline's figures"),
    LinkRule("fact.period_story_narrowed", "period", "the story's period as a later sentence of the lead narrowed it to the part "
             "of its year measured so far (올해 … | 올해 1~11월 관광객이 …: 1~11월 for the figures after the lead)"),
    LinkRule("fact.period_story_renamed", "period", "the story's period as a later sentence named the same days again in other "
             "words (올해 3분기 … | 7~9월 전국 가구의 소득은 …: 7~9월, the DATE last named, for the later figures)"),
    LinkRule("fact.period_range_within", "period", "a range earlier in the figure's clause that its nearer, coarser date holds "
             "(지난 1일부터 11일까지 진행한 연말 쇼핑 축제 기간 거래액: 1~11일, not 연말; one mention of a span: 이달 5~28일 진행한 연말 세일)"),
    LinkRule("fact.period_range", "period", "the range of a DATE before 부터 and the next before 까지 (9월23일부터 10월7일까지; "
             "a year before 들어 to a month of it: 올해 들어 11월까지, January to November)"),
    LinkRule("fact.period_annual", "period", "a year's figure (연간 거래액, 연 매출) carried a day's date: the story's year that holds "
             "the day (지난해 … 12월 28일 누적 3조 원을 넘어서며. 연간 거래액은 …: 지난해); dated in its sentence by a part of a year "
             "only: that year (4분기에도 … 이어지고 있어 연간 매출 7천억 원 이상을: 2025)"),
    LinkRule("fact.period_annual_topic", "period", "a sentence opened by a year's topic (연간으로는) after a part of the "
             "year was carried: that whole year for its figures, levels and changes (4분기 … | 연간으로는 매출 3조 원으로 "
             "전년보다 7.2% 늘었다: 2025)"),
    LinkRule("fact.period_done", "period", "a figure told as done (its clause in the past tense, no plan) takes no period carried "
             "that starts after the document date (an outlook's 5년 뒤, a launch's 내년 상반기): the story's, else none"),
    LinkRule("fact.period_schedule", "period", "a plan's whole and the figures after a sentence that schedules a share of "
             "it (전체 물량의 45% 이상을 상반기에 착공할 계획이다. 사업비는 약 21조 원; 예산 1,870억 원의 60%를 상반기에 투입): the "
             "period in force that holds the step's date (the story's), not the step's"),
    LinkRule("fact.period_plan", "period", "none for a figure of a plan or an outlook (…늘리겠다고 했다, 넘을 것으로 내다봤다) with no date "
             "of its own: the past period its paragraph carries is not its"),
    LinkRule("fact.period_other_owner", "period", "none for a plan or a present act of an organization the paragraph set no "
             "period for (코가네게임스는 … 500만 달러를 쓰기로 했다, 재단은 … 900억 원 규모의 보증서를 발급한다): the period another "
             "organization's figure set in the paragraph is not its"),
    LinkRule("fact.period_same_part", "period", "a year-back word before the same part of a time (전년 동기에는, 지난해 같은 "
             "기간(9,480만 명)): the period in force (the paragraph's, else the story's) a year back, not the whole year"),
    LinkRule("fact.period_present", "period", "`현재` right before the figure, no date before it (직원 수는 … 현재 128명으로, 현재 "
             "64명에서 연내 100명으로), or earlier in its sentence as the time of what it tells, no date between and none in the "
             "figure's clause (현재 전국에서 발전소 14곳을 운영하며 총 설비용량은 1.2GW다): the document's date, neither carried on "
             "nor taken from a later date of its sentence"),
    LinkRule("fact.period_event", "period", "the date that named the event the sentence speaks of again (올해 … 페스티벌)"),
    LinkRule("fact.period_named", "period", "the days the article names for a holiday (설 연휴 닷새(14~18일), 다음 달 13일부터 "
             "18일까지: the first span of days that holds the holiday's day) for a figure whose clause refers back to it (연휴 "
             "기간, 이번 연휴에, 추석 연휴 동안) and names no date of its own; not another year's (지난해 추석 연휴의)"),
    LinkRule("fact.kind_change", "kind", "a change word after the figure, %p, or a sign"),
    LinkRule("fact.kind_followed", "kind", "items that follow the first of a ranking (…가 뒤를 이었다) are changes when it is one"),
    LinkRule("fact.kind_multiple", "kind", "a multiple of an earlier time's value (2년 전(19%)의 두 배를 넘었다, 지난해보다 두 배), or "
             "one a headline says was reached, its change word left out (…대만 관광객 2배로): a change"),
    LinkRule("fact.kind_rate", "kind", "a figure whose metric is a rate or size of change (신장률은 명품 14.8%, 증가 폭은 17만 명, "
             "경제성장률은 -0.3%): a change (FACTS.md: a difference or rate of change)"),
    LinkRule("fact.kind_level", "kind", "any other figure"),
    LinkRule("fact.conversion", "all", "the slots of the quantity a conversion restates"),
)
# Rules whose metric is the noun a counter counts, or carried for a unit: it goes with that counter only.
# What may stand between a measure noun and its figure right after it: a topic or subject particle, an approximator.
MEASURE_GAP = re.compile(r"(?:이|가|은|는)? (?:약 |총 )?")

COUNTED_RULES = frozenset({"metric_after", "metric_counted", "metric_carried", "metric_item"})
# How many sentences back a sentence opening a breakdown (`분야별로는`) looks for the figure of its unit it breaks down.
BREAKDOWN_REACH = 3
SOURCE_END, SOURCE_REACH = "따르면 ", 60  # a source a sentence opens with (`…에 따르면`), and how far to look for it
# How many sentences back a basis in brackets a date dates, with no noun of its own (`지난해 같은 기간(31척, 68억 달러)`),
# looks for the measure told of its unit: past a sentence that only takes a ratio of a target (`… 목표의 92%를 채웠다`).
DATED_BASIS_REACH = 2
# Between a measure and the figure it is then no metric of: the measure only says on what the figure is taken (`금액 기준 37%
# 많다`; with a topic of its own, `배당성향은 연결 순이익 기준 31.5%다`, `taken_on` reads it).
BASIS_QUALIFIER = re.compile(r" 기준 (?:약 )?")
# A name that owns the noun after it, past its closing quote (`팬잇의 월간 활성 이용자가`, `'팬잇'의`: `_platform_owns`).
OWNED_NAME = re.compile(r"['’\"”]?의 ")
# Between the whole a share is of and the share (`매출의 12.1%`, `전체 매출(3,120억 원)의 약 59%`).
SHARE_OF = re.compile(r"(?:\([^()]*\))?의 (?:약 )?")
# Rules whose metric is the figure's own noun right beside it (`본예산 10조 원`, `해외 수주액(3조 원)`): a basis so named
# names another figure than the one compared with it.
OWN_NOUN_RULES = frozenset({"metric_counted"})
# The metrics a measure opening the sentence does not take over (fact.metric_opened): a unit that names what it counts, a
# ranking's measure, the whole a count is part of.
OPENED_KEEPS = frozenset({"metric_unit", "metric_ranked", "metric_partitive", "metric_crowd"})
# An among word right after a whole's figure (`조합원 2,700명 가운데`, `부스 120곳 중 `): `Linker.among`.
AMONG_AFTER = (" 가운데", " 중 ")
# The metrics a figure in brackets right after another figure gives up for that figure's (fact.metric_bracketed): all but
# a noun of its own (`석유제품(-23.9%)`: metric_counted, metric_after).
# Periods a held stake does not take: those carried from elsewhere (fact.period_held).
HELD_YIELDS = frozenset({"period_carried", "period_story", "period_story_narrowed"})
# a whole in brackets a part's share is taken of (`전체 수출(598억 달러)에서 반도체가 차지하는 비중은`): `_whole_of_ratio`
SHARE_TAKEN_FROM = re.compile(r"\)에서 (?:\S+ ){0,2}?\S+[이가] 차지하는 비중")

BRACKETED_YIELDS = frozenset({"metric_topic", "metric_none", "metric_verbal", "metric_carried", "metric_shared", "metric_measure",
                              "metric_object"})
# Rules whose metric is the span of an earlier figure's: FACTS.md writes it as the mention nearest the figure (`_nearest`).
NEAREST_RULES = frozenset({"metric_carried", "metric_shared"})
# Between organizations listed before 각각, and after the last (`한빛에너지와 대청건설이 각각`: `_each_owners`).
EACH_OWNERS_JOIN = re.compile(r"(?:와|과|, ?| 및 ) ?")
EACH_OWNERS_END = re.compile(r"(?:은|는|이|가|도)? ")
# Rules that give a breakdown's item its own noun: a bracketed item after a figure so read is no category (`철강(-12.4%)과
# 섬유(-8.1%)`); after one that kept a measure it is (`가전이 3,950억 원으로 …, 패션(2,640억 원)`).
ITEM_OWN_RULES = frozenset({"metric_counted", "metric_topic", "metric_item", "metric_each"})
WORD = re.compile(r"\S+")  # (a word of the text between spaces: `_whole_opening`)
# The tags of a word before a metric's noun that may say what is measured (`해외 매출`, `LNG 운반선`: `_modifier`).
MODIFIER_TAGS = frozenset({"NNG", "NNP", "XSN", "SL"})
# Quantities that rank or time something have no fact.
NO_FACT = frozenset({"ordinal", "duration"})
# A quantity's category and a sentence's tokens, read in C (`link_facts`' first test, `Linker.first_token`).
CATEGORY, TOKENS = operator.attrgetter("category"), operator.attrgetter("tokens")
# A relative clause between a date and the figure compared with that it dates: at most so many tokens, none of these.
COMPARED_CLAUSE = 12
COMPARED_CLAUSE_BREAKS = frozenset({"EC", "EF", "SF", "SP", "SSO", "SSC", "JKS"})
# The particle after the old value of a change (`12만 장에서 … 18만 장으로`).
FROM_VALUE = "에서"
# What follows a date that is an item of a breakdown by time (`8월이 291만 명으로`, `가을(9~11월) 방문객이`): `_time_item`.
# Period rules that find the figure's own date: the lead's figure so dated sets the story's period.
OWN_PERIODS = frozenset({"period_clause", "period_as_of", "period_sentence", "period_range", "period_range_within"})
# Dates that name no time a story tells of: a holiday's name is its day (`추석` → 10-06), an optional DATE
# (docs/annotation.md), while `추석 연휴` is several days; the lead's period is the next date it states.
UNSTATED_DATES = frozenset({"date.holiday"})
# A holiday written with its year (`2026년 설`), read as that year (`Linker._holiday_year`): the rule id of the copy.
HOLIDAY_YEAR = "date.holiday+year"


def _flow_verb(tokens: list, flows: frozenset) -> bool:
    """A verb of a sum over time among the tokens: a noun of `flows` made a verb by 하다 (`수주했다`, `판매했다`)."""
    return any(t.tag == "XSV" and tokens[k - 1].form in flows for k, t in enumerate(tokens) if k)


def _holidays_with_years(text: str, dates: list, years: dict) -> list:
    """The dates as the linker reads them: a year written right before a holiday (`지난해 추석`, `2026년 설`) — a DATE of
    its own, the holiday placed in it (docs/annotation.md) — read with the holiday as one time, the holiday's, as
    the rules wrote them before session 24 (a year that opens a basis, `지난해 설 연휴보다`, dates no figure; a figure
    of a holiday's name takes the story's period). A pass over the few dates; the list itself when none is such.
    `years` gets id(joined time) → the year's own DATE, the period where the year dates a figure (`Linker._holiday_year`)."""
    joined, skip = None, -1
    for k in range(len(dates) - 1):
        d, h = dates[k], dates[k + 1]
        if h.rule_id in UNSTATED_DATES and d.granularity == "year" and d.end < h.start and text[d.end:h.start].isspace() \
                and d.range_start and str(d.range_start)[:4] == str(h.range_start)[:4]:
            if joined is None:
                joined = list(dates[:k])
            elif skip < k:
                joined.extend(dates[skip + 1:k])
            joined.append(replace(h, start=d.start, text=text[d.start:h.end]))
            years[id(joined[-1])] = d
            skip = k + 1
    if joined is None:
        return dates
    joined.extend(dates[skip + 1:])
    return joined
# The prefinal endings of the past (`늘었고`, `기록했으며`: fact.period_plan's `_told_past`).
PAST_TENSE = frozenset({"었", "았", "였", "었었", "았었"})
# The period rules that give the story's period.
# The period rules that found a date of the figure's own clause (or its span): `현재` earlier in the sentence yields to them.
CLAUSE_PERIODS = frozenset({"period_clause", "period_as_of", "period_range", "period_range_within", "period_span",
                            "period_same_part", "period_present"})
STORY_PERIODS = ("period_story", "period_story_narrowed", "period_story_renamed")
# ... and with the period carried: the periods a figure takes from before it (a module constant: `("period_carried",
# *STORY_PERIODS)` written in a test builds the tuple anew at each figure).
CARRIED_OR_STORY = ("period_carried", *STORY_PERIODS)
# The sentences that may hold an article's lead (title, stamp and byline lines come first).
LEAD_SENTENCES = 5
# Subject rules that give a platform its figure: the figures told right after go on with it (fact.subject_platform_carried).
PLATFORM_RULES = frozenset({"subject_platform_users", "subject_platform_carried"})
# What opens a subheading's line under a headline (`- 선급금 4,500만 달러에 단계별 마일스톤 별도…`).
SUBHEAD_MARK = "- "
# A span of days (`2026-02-13/2026-02-18`) and the longest one that may be a holiday's (`fact.period_named`: the longest
# Korean holidays, 추석 with the weekends and substitute days around it, run ten days).
_DAY_SPAN = re.compile(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")
HOLIDAY_SPAN = 16
# The particles after a holiday's noun that make it a participant, not the time of the clause (`연휴가`, `연휴를`, `연휴의`,
# `연휴와`, `연휴는`).
HOLIDAY_NOT_TIME = frozenset({"JKS", "JKO", "JKG", "JKC", "JC", "JX"})
# The verb that cites a source (`통계청에 따르면`): what it introduces is the source's report. So does a body's tally cited as
# the frame of the figures (`국토교통부 집계로는 1~3월 국적 항공사 국제선 여객이`): all 5 such sentences of the read sets give
# their figures no subject (holdout66 006, 73 004, 79 006, 83 005, 83 006).
CITING = "따르면"
TALLY_CITING = "집계로"  # (`금융투자협회 집계로 … 자기자본 합계는`, `… 집계로는`)
# A section heading (`1. 코로나19 방역 지원`, `■ 수출`): a short line that numbers or marks a part of
# the article. Each section is another activity: the lead's period does not reach into it.
SECTION_HEADING = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[■▶◆●○□◇△▲※◎☞])[ \t]*[^\n]{1,40}$", re.M)
# A fact is made as `replace` makes its copies, skipping the frozen dataclass's `__init__` (which
# sets each of its 22 fields apart), its fields in one dict in their order (`link`): not
# `replace(blank, …)`, whose keywords and merge of 22 fields cost more than the dict (measured).


# The particles after a group that make it an owner, a topic or a subject (`통신 3사의`, `3사는`).
GROUP_MARKS = frozenset("의은는이가")
# A group as the recipient its sentence is about (`두 회사에는 각각 과태료 2억 원과 1억 원이 부과됐다`), as a topic is.
GROUP_RECIPIENT = ("에는", "에게는")
# A whole named by its measure that a share is of (`전체 매출의 50.3%`, `전체 수출액의 `): the measure.
WHOLE_NAMED = re.compile(r"전체 ([가-힣]+(?: [가-힣]+)?)의 ")
# The metrics of a noun right before a figure in brackets that it is compared with (`내국인(9만 4천 원)의 약 3배`): no measure,
# the thing compared (fact.metric_carried).
COMPARED_ITEM_RULES = frozenset({"metric_counted", "metric_topic"})
# A basis in brackets after `같은` and a noun (`지난해 같은 행사(`), compared right after the bracket (`_named_basis`).
SAME_KIND_BASIS = re.compile(r"같은 [가-힣]+\($")
# A sentence opened by the deal a story tells of (`이번 투자에는`, `이번 투자는`; `deal_nouns`): `Linker._deal_opened`.
THIS_DEAL = "이번 "
# The metrics of a figure whose clause names none of its own: an amount in a sentence a deal opens gives them up for the
# deal (`Linker._deal_opened`), a figure right after 평균 for it (fact.metric_average).
NO_OWN_METRIC = frozenset({"metric_none", "metric_carried", "metric_shared"})
THIS_DEAL_OPENER = re.compile(r"이번 (\S+?)(?:에는|에선|에서는|은|는) ")
# 평균 right before a figure, with the unit it is taken per (`경기당 평균 `) if any: `Linker._average_before`.
AVERAGE_BEFORE = re.compile(r"(?:(\S+)당 )?(평균) (?:약 )?$")
# Right before a share of the whole that names no noun (`전체의 67.4%`, `전체의 약 30%`).
TOTAL_BEFORE = re.compile(r"(?:모두|총|전체) $")  # (a total's word right before its figure: `_parts_of_total`)
SHARE_OF_WHOLE = re.compile(r"전체의 (?:약 )?$")
# The rate right after the figure given with 으로 (`정부 과제가 612억 원으로 60%를 차지했고`): the share of that figure in the
# whole its sentence breaks down, no whole written (`_share_of_whole`).
SHARE_AFTER_FIGURE = re.compile(r"[0-9원명건개곳대달러주톤]\)?(?:으로|로) (?:약 )?$")
# Between a topic and the whole a count is part of, right after it (`연구개발 인력은 전체 임직원 130명 중 102명`).
_PART_TOPIC = re.compile(r"[은는] (?:전체 |총 )?")


def _relative_clause_date(sentence: Sentence, date) -> bool:
    """The date opens a relative clause (`내년 3월 착공하는 암센터`, `지난 4월 출시된 게임`): an adnominal ending follows it
    within a few words, before any figure, particle-less predicate end or sentence end — the date of what that clause tells."""
    tokens, i = sentence.tokens, sentence.after(date.end)
    for k in range(i, min(i + 5, len(tokens))):
        tag = tokens[k].tag
        if tag == "ETM":
            return True
        if tag in {"SN", "EC", "EF", "SF", "SP", "JKS", "JX", "JKO"}:
            return False
    return False


def _without_glosses(text: str, dates: list) -> list:
    """`dates` without a date in brackets right after another that covers the same days (`3분기(7~9월)`, `상반기(1~6월)`):
    a gloss of the date before it, which is the one the text names."""
    kept = [dates[0]]
    for d in dates[1:]:
        before = kept[-1]
        if not (d.start == before.end + 1 and text[before.end] == "(" and d.range_start
                and (d.range_start, d.range_end) == (before.range_start, before.range_end)):
            kept.append(d)
    return kept


# The marks that quote a name or a title (`'연말 감사제'`, `'10월 고용동향'`); double quotes quote speech, whose dates are dates.
NAME_QUOTES = "'‘’"


def _in_name_quotes(text: str, sentence: Sentence, date) -> bool:
    """The date stands inside a name in single quotes (`'연말 감사 대축제'`): an odd number of those marks before it in its
    sentence, and one after it there."""
    before = sum(map(text[sentence.start:date.start].count, NAME_QUOTES))
    if before % 2 == 0:
        return False
    for q in NAME_QUOTES:  # (a loop: a generator made cells of three arguments on every call)
        if text.find(q, date.end, sentence.end) >= 0:
            return True
    return False


def _may_open(opening: list, marks: tuple, as_marks: tuple, breakdowns: tuple) -> bool:
    """One of a sentence's first three words (`opening`: its first six, split), before its first figure, ends as
    `_opened_measure` reads a measure opening it: in a mark of `marks`, in 은/는 with a word in 이/가 among the three after
    it before a figure, or in a mark of `as_marks` after a word in one of `breakdowns`. The gate of that reading: words
    split, no match objects made, for the most sentences, which open with none."""
    for k, word in enumerate(opening[:3]):
        if word[:1].isdigit():
            return False
        if word.endswith(marks):
            return True
        if word[-1] in TOPIC_MARKS and len(word) > 1:
            for later in opening[k + 1:k + 4]:
                if later[:1].isdigit():
                    break
                if later[-1] in SUBJECT:
                    return True
        elif k and opening[k - 1].endswith(breakdowns) and word.endswith(as_marks):
            return True
    return False


def _slotted(cls: type) -> type:
    """`cls` made again with a slot for every attribute its `__init__` sets (an attribute set elsewhere fails loudly).
    Python 3.11 keeps at most 30 attributes of an instance in its class's shared table; the `Linker` sets ~100, so each
    had a dict of its own, and neither its attribute reads nor its method loads (`self._metric(…)`) were specialized:
    with slots they are (a slot read, a method load that looks into no dict)."""
    names = {i.argval for i in dis.get_instructions(cls.__init__) if i.opname == "STORE_ATTR"}
    body = {k: v for k, v in vars(cls).items() if k not in ("__dict__", "__weakref__")}
    return type(cls.__name__, cls.__bases__, {**body, "__slots__": tuple(sorted(names))})


# The tags before a topic that make it a modified or a taken part, no sibling standing alone (`_sibling_part`): a noun, a number,
# an adnominal ending, a determiner (`이 가운데`, `이 중` end in a noun).
SIBLING_MODIFIERS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "XSN", "ETM", "MM", "JKG", "SL"})
# The categories whose figures a breakdown's items may sum to (`_summed_whole`), and how far the sum may stand from the
# whole's figure, as a share of it (the items are rounded: `2조 200억 원`, `1조 900억 원`).
SUMMED_CATEGORIES = frozenset({"currency", "count", "measure"})
SUM_TOLERANCE = decimal.Decimal("0.005")


@_slotted
class Linker:
    """Links the quantities of one document (see the module docstring). Sentences are read in
    order: each sets the subject and the periods that later sentences without their own carry."""

    def __init__(self, context, quantities, dates, organizations, doc_date=None):
        self.text, self.raw = context.text, context.sentences
        self.today = doc_date.isoformat() if doc_date else None  # (a story's period before it is past)
        self.sentence_starts = context.sentence_starts  # (made once per document: the quantity rules bisect it too)
        self.token_starts = context.token_starts
        self.first_token = list(itertools.accumulate(map(len, map(TOKENS, self.raw)), initial=0))  # by sentence
        self.built, self.kept_organizations, self.kept_dates = {}, {}, {}  # by sentence, made when first asked
        self.has_each = "각각" in self.text  # (`Sentence.each`: searched per sentence only in a text that holds it)
        # (words some rules need written in the text, looked for once: 4 of 100 dense articles hold each)
        self.has_annual = "연간" in self.text  # (`_annual_topic`, the story's part of a year: `fact.period_annual_topic`)
        self.has_cumulative = "누적" in self.text  # (`raised_measures`: fact.subject_raised)
        self.referents = None  # the organizations an anaphor may stand for (`_referents`), made when first asked
        self.runners = {}  # {a platform's canonical name: the operator that runs it}, with `platforms`
        self.platform_owned = None  # whether the body tells a figure as a platform's own (`_platform_owns`)
        self.platforms = None  # {operator's canonical name: the platform it runs}, made when first asked (`_run_platform`)
        self.event_days = set()  # (ids of the days `_dates` keeps for their own sentence only: `reported_day_later`)
        self.sourced = set()  # the sentences whose organization a source marker marks (`금감원이 집계한`: `_organizations`)
        self.marked = {}  # by sentence: its organizations marked as topic or subject (`_topics`)
        self.frames, self.results, self.breakdowns = {}, {}, {}  # by sentence: its frame, survey result, breakdown
        self.openers = {}  # by sentence: the measure it opens with as the domain of its figures (`_opened_measure`)
        self.owners = {}  # sentence index → the owner its figures were linked to by a genitive
        self.last_period = None  # the period of the figure linked last (`같은 기간`)
        self.own_dates_in = {}  # sentence → the dates its figures took of their own so far (`_looks_back_within`)
        self.last_span = None  # the last such period that spans more than one day (`같은 기간` past a peak day)
        self.spans_ending = {}  # last day → the last figure's own period of more than a month that ends then (`_flow_span`)
        self.last_period_at = -1  # the sentence that set `last_period`
        self.measure_periods = {}  # metric key → the period last told for that measure in the story, as `last_period`
        self.last_period_names = ""  # the subject names of the figure that set `last_period`
        self.owner_periods = {}  # subject names → the period last set by a figure of theirs (`_owner_period`)
        self.planned = set()  # ids of the dates a plan's sentence set: carried on, `같은 기간` still does not point to them
        self.holiday_years = {}  # id of a holiday read with its year → the year's DATE (`_holidays_with_years`, `_holiday_year`)
        self.lexicon = words()
        dates = _holidays_with_years(context.text, dates, self.holiday_years)  # (`지난해 추석`: one time for the linker)
        dates = [d for d in dates if not edition_year(context.text, d, self.lexicon["edition_ordinals"])]  # (`올해로
        # 17회째를 맞은`: the edition's, no figure's time nor the story's; an undated lead leaves it to the next paragraph)
        self.organizations_in, self.dates_in = self._by_sentence(organizations), self._by_sentence(dates)
        self.launch_words = tuple(self.lexicon["launch_verbs"])  # (`str.startswith` takes a tuple)
        self.price_endings = tuple(self.lexicon["price_words"])
        self.operated_endings = tuple(self.lexicon["operated_facilities"])
        self.operator_endings = tuple(self.lexicon["transport_operators"])
        self.ordering_verbs = tuple(self.lexicon["ordering_verbs"])
        self.tallier_endings = tuple(self.lexicon["tallying_associations"])
        self.association_endings = tuple(self.lexicon["speaking_associations"])
        self.unit_endings = tuple(self.lexicon["reporting_units"])
        self.product_measure_endings = tuple(self.lexicon["product_measures"])
        self.average_time_endings = tuple(self.lexicon["average_times"])
        # what is made of the lexicon alone, once, not per document (`_of_lexicon`): the results reports' words (`3분기
        # 실적`: a results report's period), the person titles (and the heads of organizations, `병원장은 "… 200억 원을 더
        # 모아"`: a person, no metric; the subject rules keep `titles`, where a head speaks for the organization), the words
        # that may cause a topic, the patterns of groups, anaphors, durations and comparisons, the words of a whole
        (self.results_words, self.titles, self.person_titles, self.subject_causes, self._pair_word, self.group_counters,
         self.group_word, self.anaphor_word, self.anaphor_topic, self.span_cue, self.span_pattern, self.compare,
         self.whole_words, self.intros_cover, self.compare_firsts) = _of_lexicon()
        self.mentions = sorted([(m.start, m.end) for m in (*dates, *organizations)])
        self.all_organizations = sorted(organizations, key=START)
        self.sources = self._market_researchers()
        self.metrics_in_sentence = (-1, [])  # (sentence index, the metric spans of its figures linked so far)
        self.subjects_in_sentence = (-1, [])  # (sentence index, (start, subjects) of its figures linked so far)
        self.sentence_subjects = {}  # sentence index → the list `subjects_in_sentence` held for it (`_listed_each`)
        self.subject_set = None  # the organizations the latest sentence with a subject was about
        # the sentences read since `subject_set` was last asked (`_carried`): from `unread_from` to `read_to` (excluded)
        self.unread_from = self.read_to = 0
        self.periods = {}  # subject names or metric → the DATE last set for it in the paragraph
        self.last_fact = None  # (metric text, DATE) of the figure linked last, past paragraph breaks
        self.paragraph_period = None  # (sentence index, DATE) last set for any figure in the paragraph
        self.fact_names = ""  # the subject names of the figure being linked (`_period`)
        self.paragraph_owners = None  # the subject names of the figure that set `paragraph_period` (None: any, a results opener)
        self.starts_ahead = set()  # ids of the lead's dates that start what the story tells of (`_start_ahead`)
        self.story_period = None  # (sentence index, DATE) the article's lead set (`_read`); False in a sectioned article
        self.story_narrowed = False  # a later lead sentence named the part of the story's year measured (`_narrow_story`)
        self.story_metric = None  # the metric of the lead's figure that set the story's period (`period_story_renamed`)
        self.story_renamed = None  # the story's days named again in other words for a figure of that metric (`7~9월`)
        self.after_lead = -1  # the first sentence of the paragraph after the lead's
        self.metric_start = None  # where the metric of the figure being linked starts (`_own_part`)
        self.metric_span = None  # the span of that metric (`_counted_since`)
        self.title_sentences = self._title_sentences()  # (a headline's parts after an ellipsis are its too)
        self.lead_end = self._lead_end()  # the sentences that may set the story's period (`period_story`)
        self.title_period = None  # (0, DATE) the title's first date: the story's period when the body's lead sets none
        self.headed = "\n" in context.text.strip()  # an article of several lines (a headline, a lead): it has a story
        self.story_subject = None  # the story's organizations (`_story_subject`), [] for none, once its lead is read
        self.story_lead = None  # the lead sentence the story's organizations were read from (`_story_carried`)
        self.sectioned = False  # a section heading was read: the article is about several activities
        self.lead_seen = False  # a sentence of the body with a final ending was passed: the lead is read
        self.lead_done = False  # the lead's paragraph is behind: what comes after sets no story period
        self.lead_extended = False  # the lead's paragraph named no date: the paragraph after it is the lead's too
        self.paragraph_first = 0  # the first sentence of the paragraph being read
        # figures a change starts from (`1,940억 원에서 2,410억 원으로`): few, found once per document
        self.ordered_quantities = sorted(quantities, key=START)
        self.change_starts = self._change_starts(self.ordered_quantities)
        self.bracketed = {q.start for q in quantities if context.text[q.start - 1:q.start] == "("}  # figures in brackets
        self.holidays_in = {}  # sentence → its holidays written with a year (`2026년 설`), the few there are
        # holiday's day → the span of days the article names for it (`설 연휴 닷새(14~18일)`: `_named_holidays`), found only
        # in a story that names a holiday (one pass over its dates, not its text; most stories name none)
        self.named_holidays = {}
        if any(d.rule_id in UNSTATED_DATES for d in dates):
            for i, found in self.dates_in.items():
                for d in found:
                    if d.rule_id in UNSTATED_DATES and d.value and " " in d.text:
                        self.holidays_in.setdefault(i, []).append(d)
            self.named_holidays = self._named_holidays(dates)
        # durations that are the time of a plan or a term (`3년간`, `3년 안에`: `span_marks`; the extractor keeps no mention of
        # some): read per sentence with a figure, when first asked (`_spanned`)
        self.spans = {}  # by sentence: the (start, end) of its such durations
        # the figure in brackets a date dates alone, right after it or past a noun (`지난해(2,480억 원)`, `올해 실적(22조 원)`)
        after = ((d, _bracket_after(context.text, d.end)) for d in dates if d.value) if self.bracketed else ()
        nearest = {}  # (only the date nearest the bracket dates it: `올해 설비투자를 지난해(6조 2천억 원)보다` → 지난해)
        # (not a bracket with no fact, `지난해 3분기 경남의 청년(15~29세) 고용률은 42.1%`: the age range defines the group,
        # the date dates the sentence's figures; holdout102 004)
        unlinked = _unlinked(quantities, self.lexicon) if self.bracketed else frozenset()
        for d, at in after:
            # (not an as-of date, `6월 말 기준 연체율(1개월 이상)은 1.92%`: it dates the sentence's figures, the bracket tells
            # what the measure counts)
            if at in self.bracketed and at not in unlinked and (at not in nearest or nearest[at].end < d.end) \
                    and not followed_by(context.text, d.end, self.lexicon["as_of"], 0):
                nearest[at] = d
        self.bracket_of = {id(d): at for at, d in nearest.items()}
        self.dated_brackets = set(self.bracket_of.values())
        # the later figures listed in a dated figure's brackets (`지난해 같은 기간(31척, 68억 달러)`): start → the first's
        self.bracket_mates = _bracket_mates(context.text, self.ordered_quantities, self.dated_brackets) if nearest else {}
        # (`compare`: figures compared with, `지난해 51만 명보다`: a basis's value)
        # (the pattern tried only after a figure whose next letter, past a space, may open one: `compare_firsts`)
        self.compared = _compared(context.text, quantities, self.compare_firsts, self.compare.match)
        self.compared_ends = sorted(q.end for q in quantities if q.start in self.compared)
        self.quantity_starts = [q.start for q in self.ordered_quantities]  # (in order already)
        self.quantity_by_start = {q.start: q for q in quantities}
        self.anaphors_in = {}  # by sentence: the tokens that may stand for an organization (`anaphor_organization`)
        # (`subject_causes`: `topic_organization`'s)
        self.publishers = set()  # canonical names of the associations that published statistics (`_publishes`)
        self.unowned = set()  # last words of the metrics of the figures linked to no subject so far
        self.traded = {}  # `trade_pairs` word → whether the text names its pair (`_trade`)
        self.visitor_reporters = set()  # canonical names of the local governments that reported their region's visitors
        self.tallied = (-1, frozenset())  # the sentence in which a reporter told a whole's measure, and the reporters
        self.partners_in = {}  # by sentence: the tokens that may stand for an organization as a partner (`partner_anaphors`)
        self.to_come = {}  # by sentence: whether it tells of a plan or an outlook (`_yet_to_come`, read once)
        self.events = {}  # event noun → the DATE that named it (`올해 … 페스티벌`)
        self.current = -1  # the sentence being linked; those before it are taken into account
        self.previous = None  # the fact linked last: its sentence, metric, unit, metric rule
        self.platform_told = None  # (sentence index, platform's canonical name) when the fact linked last was a platform's
        self.previous_quantity = None  # its quantity
        self.before_previous = None  # the one linked before it
        self.named_end = -1  # where the last figure ends if it found no organization (a name's that is none, or nobody's)
        self.named_clause = None  # (sentence index, end) of the last figure if a name that is no organization owned it
        self.by_unit = {}  # unit → (sentence index, metric) of the last figure of that unit with a metric
        self.category_whole = None  # (sentence index, category span, whole's metric) of `_part_category`
        self.part_categories = tuple(self.lexicon["part_categories"])  # (`endswith` takes a tuple)
        self.agent_endings = _longer_words(self.lexicon["agent_nouns"])  # (`_agent_word`)
        self.measure_ends = _by_last_letter(self.lexicon["measures"])  # (`_measure_word`)
        # (sentence index, end, unit, metric) of the last figure with a metric an among word follows (`조합원 2,700명
        # 가운데`): the whole the figures after it in its sentence are parts of (`_part_of_whole`)
        self.among = None
        self.ranked_change = None  # (sentence index, unit) of a change ranked first (`가장 많이 올랐고`: fact.kind_followed)
        self.level_by_unit = {}  # unit → the metric of the last figure of that unit whose metric is no change noun (`_level_carried`)
        self.told_before = None  # (sentence index, unit, metric) told before a basis named by its own noun (`_past_named_basis`)
        self.broken_down = -1  # the paragraph's latest sentence breaking down a figure before (`업종별로는`, `_breakdown`)
        self.told = []  # (value, unit, metric) of the figures linked so far with a metric (`_summed_whole`)
        self.summed = {}  # by breakdown sentence and unit: the metric of the figure its items sum to (`_summed_whole`)
        self.ranking = None  # (sentence index, unit, measure) a ranking named after its first item (`ranking_measure`)
        self.item = None  # (sentence index, span, measure span) the category a breakdown's figure was named after (`업종별로는 음식점이`)
        self.subjects_seen = {}  # canonical name → the organization, of the figures' subjects so far, the latest last (`_group`)
        self.groups = {}  # by sentence: its groups of companies (`_groups`)
        # the two companies named before (`양사의`, `양사를 합치면`): a group of two (`_pair_word`), looked for only in a story
        # that has one, the text searched when a sentence first has a group's cue (`_pairs_named`), not for every story
        self.pairs_named = None
        # whether the story may name a group of companies at all (`_may_group`: asked once per story, when a figure first
        # looks for its group; most stories name none, and no sentence of theirs is read for one)
        self.may_group = None
        # (a plural demonstrative, `이들 업체의`: `_theirs` looks for one in the few letters before a metric, no gate per story)
        # a product pointed back to as a topic (`이 게임은`, `product_topic_before`): looked for only in a story that has one
        # (`_products_named`: the text searched when a sentence first has a product's noun, not for every story)
        self.products_named = None
        self.metric_words = {}  # metric span → its words and the word before it (`_last_words`; read, never changed)
        # metric span → its own words, and them joined (`_split_metric`): the figure's metric was split again by `link`,
        # `_subject`, `_change_noun`, `_market_phrase` and `subject` (~5,200 splits per 100 dense articles of ~1,500 metrics)
        self.metric_split = {}
        self.whole_ends = {}  # by sentence: where the first word of `whole_words` in it ends (`_whole_of_kind`)
        # a whole of a kind (`생명보험사 평균`, `5대 시중은행 전체로는`, `_whole_of_kind`): looked for only where the sentence
        # before the metric has one of these words (`whole_words`: one `str.find` each, not a split of its words per figure)
        # (`_read`'s patterns `anaphor_word`, `anaphor_topic`: the word first, searched fast, then where it stands)
        self._outsiders = None  # topics that name others than the story's organization (`_story_fallback`, made when asked)

    def _title_sentences(self) -> int:
        """How many sentences the headline is: its first, and the parts after an ellipsis on its line, which the
        segmenter splits off (`올해 수주 200억 달러 넘겨…목표 달성률 112%`), and a subheading's line right after it (`- 선급금
        4,500만 달러에 …`: `SUBHEAD_MARK`), which goes on with the headline (holdout71 005, 73 006: the headline's date and
        organization, as the shared-only readers label it), and the subheading lines right after that one (holdout82 005,
        99 004: the headline's organization)."""
        k = 0
        while k + 1 < len(self.raw):
            if self.text.find("\n", self.raw[k].end, self.raw[k + 1].start) >= 0:  # (the next sentence on a line of its own)
                if not self.text.startswith(SUBHEAD_MARK, self.raw[k + 1].start):
                    break
            elif not self.text[self.raw[k].start:self.raw[k].end].rstrip().endswith("…"):
                break
            k += 1
        return k + 1

    def _by_sentence(self, mentions) -> dict:
        """Sentence index → its mentions, in text order (each rule looks at one sentence's): the sentence `rules.numbered`
        found for each (`sentence_id`, by the same bisection), bisected here only for a mention it did not number."""
        found, starts, after = collections.defaultdict(list), self.sentence_starts, bisect.bisect_right
        for m in mentions:  # (no list made per mention for `setdefault`, no call of `max`)
            i = m.sentence_id
            if i < 0:
                i = after(starts, m.start) - 1
                i = i if i > 0 else 0
            found[i].append(m)
        return dict(found)  # (a plain dict: a look-up of a sentence without mentions adds none)

    def sentence(self, index: int) -> Sentence:
        """The sentence's look-up structures, built the first time a rule needs them."""
        built = self.built.get(index)
        if built is None:
            first, last = self.first_token[index], self.first_token[index + 1]
            built = self.built[index] = Sentence(self.raw[index], self.text, self.token_starts[first:last], self.has_each)
        return built

    def sentence_of(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentence(i if i > 0 else 0)  # (no `max`: see `sentence.py`'s note on it)

    def taken(self, start: int, end: int) -> bool:
        """[start, end) overlaps a DATE or ORG mention."""
        i = bisect.bisect_right(self.mentions, (end, end)) - 1
        return i >= 0 and self.mentions[i][0] < end and start < self.mentions[i][1]

    # -- metric ------------------------------------------------------------------------------

    def metric(self, sentence: Sentence, quantity) -> tuple:
        """The figure's own metric (`_metric`), else the metric of the last figure of its unit in its sentence
        or the one before: a list of figures goes on (`A의 점포 수는 1만8,458개로 … | B는 1만8,230개로`)."""
        found, rule = self._metric(sentence, quantity)
        if rule == "metric_counted" and found[1] < quantity.start:
            capacity = self._capacity_topic(sentence, quantity, found)
            if capacity:  # `연간 생산 능력은 라면 5억 4천만 개, 소스 2만t이며`: the capacity, of each product (fact.metric_capacity)
                found, rule = capacity, "metric_capacity"
        if rule == "metric_none" or found and found[0] > quantity.end:
            modified = self._modified_figure(sentence, quantity)
            # `올해보다 23% 많은 2,140억 원을 반영했다`: the change of the figure it modifies; also over a noun or verb found
            # past that figure, which is that figure's (`5,060억 원 늘어난 9조 원 규모의 예산안을 편성해` → 예산안, not 편성)
            if modified is not None and (rule == "metric_none" or found[0] >= modified.end):
                own = self._metric(sentence, modified)[0]
                if own or rule == "metric_none":
                    found, rule = own, "metric_shared" if own else "metric_none"
        if rule in ("metric_none", "metric_shared") and quantity.unit in self.by_unit \
                and (quantity.start in self.dated_brackets or quantity.start in self.bracket_mates) \
                and self.by_unit[quantity.unit][0] >= sentence.index - DATED_BASIS_REACH \
                and self._bare_dated(sentence, self.bracket_mates.get(quantity.start, quantity.start)) \
                and (rule == "metric_none" or self.previous[2] != quantity.unit):
            # `누적 수주는 38척, 104억 달러로 늘었다. | 연간 수주 목표 120억 달러의 87%를 채운 것으로, 지난해 같은 기간(29척·76억
            # 달러)보다 …`: a basis a date dates, with no noun of its own, is the earlier figure of the measure told of its
            # unit, not of the ratio before it, also past a sentence taking only that ratio (fact.metric_carried)
            found, rule = self.by_unit[quantity.unit][1], "metric_carried"
        # (a change in percentage points is of the rate told before: `11.4%의 수익률을 거뒀다. | 2024년(15.0%)보다는 3.6%포인트
        # 낮지만` → 수익률)
        unit = "%" if quantity.unit == "%p" and "%p" not in self.by_unit else quantity.unit
        if rule == "metric_none" and unit in self.by_unit and quantity.unit not in self.lexicon["ratio_units"] \
                and not self._each_owned(sentence, quantity) \
                and quantity.unit not in self.lexicon["frequency_units"] and sentence.index - self.by_unit[unit][0] <= 1 \
                and not self._totals(sentence, quantity) \
                and not (unit == "%" and self.previous and self.previous[0] is sentence and self.previous[3] == "metric_none"
                         and object_of_own_verb(sentence, self.previous_quantity, self.lexicon["light_verbs"],
                                                self.lexicon["bound_words"], self.lexicon["earning_verbs"])) \
                and (self.by_unit[unit][0] == sentence.index  # (a clause going on with its sentence's list:
                     # `A가 국제선 여객 92만 명으로 1위를 지켰고, B는 71만 명을 태워` → 국제선 여객, its own verb or not)
                     or not object_of_own_verb(sentence, quantity, self.lexicon["light_verbs"], self.lexicon["bound_words"],
                                   self.lexicon["earning_verbs"])  # (`환자 4명 등 80여 명`)
                     # (parts of the figure before, whatever their verb: after 각각 a total's, `_parts_of_total`; or past
                     # a part opener, `이 가운데 메인 스폰서가 35억 원을 냈고` → 후원 수입 told before)
                     or each_listed(sentence, quantity) and self._parts_of_total(sentence, quantity)
                     or self._partition(sentence) > 0):
            found, rule = self.by_unit[unit][1], "metric_carried"
            if self.by_unit[unit][0] < sentence.index and self._breakdown(sentence):
                found = self._larger_whole(quantity) or found  # (a breakdown's first item: not of a smaller part told)
        # (the measure named right after the figure wins over one found before it or carried: `북미가 690억 원으로`,
        # `플랫폼 가운데서는 사람인이 286만 건으로 가장 많은 공고를`)
        # (not past a measure right before the figure: `종합 점수 92.4점으로 가장 높은 평가를` → 종합 점수)
        ranked = ranking_measure(sentence, quantity, self.lexicon) \
            if quantity.unit == "%" or not found or not 0 <= quantity.start - found[1] <= 2 else None
        if ranked:  # `해외주식이 19.7%로 가장 높은 수익률을 냈고, 국내주식 17.2%, …`: the measure of every item
            found, rule, self.ranking = ranked, "metric_ranked", (sentence.index, quantity.unit, ranked)
        elif self.ranking and self.ranking[0] == sentence.index and self.ranking[1] == quantity.unit \
                and self._list_item(sentence, quantity):
            found, rule = self.ranking[2], "metric_ranked"
        breakdown = self._breakdown(sentence)
        if breakdown:
            self.broken_down = sentence.index
        uncounted = quantity.category == "count" and rule in {"metric_none", "metric_shared", "metric_carried"}
        partition = self._partition(sentence) if uncounted else 0  # (where its opening words end)
        if uncounted and (self._broken_down_near(sentence) or partition):
            # (`이 가운데 컨테이너선이 46척, 벌크선이 38척`: a part taken of the figure before counts what it names)
            item = item_named_before(sentence, quantity, self.taken, common=partition > 0)
            if item and self.text[item[0]:item[1]] not in cues()["places"] and not (partition and item[0] < partition) \
                    and not (partition == 0 and self._by_dimension(sentence)) and not self._industry(item) \
                    and not self._opens_breakdown(sentence, cues()["region_breakdowns"]):
                # `차종별로는 그랜저가 7,120대로 …, 아반떼 5,480대`: a breakdown's count counts its item, a name too; not a
                # place, where the counted things are (`노선별로는 일본이 7만 1천 건으로`: bookings; ORG's countries and cities;
                # any item after `지역별로는`: ORG's `region_breakdowns`),
                # nor an industry kiwipiepy splits (`보건`+`업`: a category, as `제조업` read by the lines below)
                found, rule = item, "metric_item"
        if uncounted or rule in {"metric_item", "metric_counted", "metric_topic"}:
            product = self._product_item_measure(sentence, quantity)
            if product:  # `차종별로는 그랜저가 8,420대로 내수 1위를 지켰고, 싼타페 7,150대`: a named product's count is of the
                found, rule = product, "metric_product_item"  # measure broken down, not the product (fact.metric_product_item)
        if found and rule == "metric_topic" and quantity.unit in self.by_unit \
                and self.by_unit[quantity.unit][0] >= sentence.index - 1 \
                and self.text[found[0]:found[1]].split()[-1] in self.lexicon["segment_words"] \
                and (partition or self._partition(sentence)):
            # `신규 수주 7조 원 | 이 가운데 주택 부문이 5조 원, 토목 부문이 2조 원`: a segment taken as a part of the figure
            # before is a category of it, no measure (fact.metric_carried)
            found, rule = self.by_unit[quantity.unit][1], "metric_carried"
        if found and rule == "metric_topic":
            use_part = self._use_part(sentence, found)
            if (use_part or self.text[found[0]:found[1]].endswith(self.part_categories)) \
                    and self._part_category(sentence, quantity, found):
                # `신계약은 18만 4천 건이다. | 이 가운데 건강보험이 11만 2천 건으로 60.9%를 차지했고`: an insurance line, an age
                # group, a housing scheme taken as a part of the figure before is a category of its measure, not a thing
                # counted (`이 가운데 컨테이너선이 46척`: fact.metric_item) — the measure of that figure (fact.metric_part_category)
                found, rule = self.category_whole[2], "metric_part_category"
            elif use_part and self.previous and self.previous[1] and sentence.index - self.previous[0].index <= 1:
                # `전력 판매량은 546.2TWh로 0.8% 감소했다. 산업용이 3.1% 줄어든 반면 주택용은 2.4% 늘었다`: a part named by its
                # use is a category of the measure told before, also with no among word (fact.metric_part_category; no read
                # set's gold takes such a word as a metric)
                found, rule = self.previous[1], "metric_part_category"
        if quantity.start in self.bracketed and quantity.unit in self.by_unit and self.by_unit[quantity.unit][0] >= sentence.index - 1 \
                and SAME_KIND_BASIS.search(self.text, max(0, quantity.start - 12), quantity.start) \
                and self._named_basis(quantity) \
                and not (found and self._measure_word(self.text[found[0]:found[1]])):
            # `지난해 같은 행사(8,920억 원)보다 27% 증가`: the compared figure of the same kind of thing is of the measure
            # told before, not the thing's (a basis named by a measure, `해외 수주액(3조 원)보다`, keeps its own)
            found, rule = self.by_unit[quantity.unit][1], "metric_carried"
        if found and rule in COMPARED_ITEM_RULES and quantity.start in self.bracketed and found[1] == quantity.start - 1 \
                and quantity.unit in self.by_unit and self.by_unit[quantity.unit][0] >= sentence.index - 1 \
                and (self._named_basis(quantity) or self._multiple_taken(quantity)) \
                and not self._measure_word(self.text[found[0]:found[1]]) \
                and self.text[found[0]:found[1]].split()[-1] not in self.lexicon["own_basis_nouns"]:
            # `외국인의 평균 지출액은 27만 원으로 내국인(9만 4천 원)의 약 3배`, `… 분양한 단지(1,490만 원)보다 6% 높다`: the
            # thing compared with in brackets is no measure, its figure is of the measure told before (as `같은 행사(`);
            # not a basis named by a measure (`매출(212억 원)의 4배`), an average or a target (`업계 평균(3억 원)의 두 배`)
            found, rule = self.by_unit[quantity.unit][1], "metric_carried"
        same = self.previous and self.previous[0] is sentence  # (the figure before is in this sentence)
        category = found and rule in {"metric_topic", "metric_counted"} and quantity.category == "count" \
            and breakdown and (self._category_named(sentence, found) or self._by_dimension(sentence) and not (
                self._measure_word(self.text[found[0]:found[1]])
                or self.text[found[0]:found[1]].split()[-1] in self.lexicon["national_measures"]))
        # (`노선별로는 일본 노선이 41만 명`, `분야별로는 로봇·자동화가 62건으로`: breakdown: fact.metric_carried)
        # (a place or a region a breakdown's count is of, `지역별로는 수도권이 1만 2,800가구로`, counts the things broken down)
        # a list item that only ends in a measure noun (`대체투자 7.3%`, after `수익률은 해외주식이 22.1%로`) is a category too
        tail = found and rule == "metric_measure" and breakdown and found[1] + 1 == quantity.start and found[0] > sentence.start \
            and self.text[found[0] - 1].isalpha()
        if found and (rule in {"metric_topic", "metric_counted", "metric_each"} or tail) \
                and (quantity.category != "count" or self._industry(found) or category
                     or breakdown and self._place_word(found)) \
                and self._broken_down_near(sentence) and (quantity.start not in self.bracketed or category or (
                    self.text[found[1]:found[1] + 1] == "(" and (self._broken_down_measure(sentence) is not None or breakdown
                                                                 and same and self.previous[3] not in ITEM_OWN_RULES))) \
                and (breakdown or self.broken_down == sentence.index or self.text[found[1]:found[1] + 1] in TOPIC_MARKS
                     or self._sequel(sentence)) \
                and (rule != "metric_each" or same and self.previous[3] == "metric_carried") \
                and (tail or not self._measure_word(self.text[found[0]:found[1]])):
            # `업종별로는 음식점이 58억 원으로`, `모바일이 … 각각 6%`, and the next sentence of the paragraph going on with
            # it by a topic (`품목별로는 반도체 수출이 … | 자동차는 55억 달러`): a category of the figure before, in the
            # sentence or of its unit in the one before; rates after 각각 follow the figures before them (a count counts
            # the category: `선종별로는 LNG선 14척`; `석유제품(-12.5%)`, `소스류(…)와 과자류(…)도 각각 11.3%` are those nouns')
            # (an amount does not take the metric of a share before it: `…(10.0%), 산업·중소기업 7,860억 원` → 예산)
            before = self._broken_down_measure(sentence) \
                or (self.previous[1] if same and not (self.previous[2] == "%" and quantity.unit != "%") else None) \
                or (breakdown and not same and self._summed_whole(sentence, quantity)) \
                or self._whole_named_after(sentence, quantity)  # (the first item: later ones go on with it)
            if same and self.item and self.previous[1] == self.item[1] and self.previous[3] == "metric_item":
                before = self.item[2]  # (past the category's share before: `전체의 67.4%를 차지했고 자동차보험 2조 원`)
            # (a sentence that opens a breakdown looks further back for the figure of its unit it breaks down, past
            # sentences of other units between: `… 투자를 유치했다. … 신규 고용은 8,900여 명이다. | 분야별로는 …`)
            reach = BREAKDOWN_REACH if breakdown else 1
            if not before and quantity.unit in self.by_unit and self.by_unit[quantity.unit][0] >= sentence.index - reach:
                before = (breakdown and not same and self._larger_whole(quantity)) or self.by_unit[quantity.unit][1]
            if not before and breakdown:  # `판매액은 반기 기준 역대 최대다. | 종류별로는 로또가 …`: the measure it broke down
                before = self._measure_topic_before(sentence)
                if before and quantity.unit in self.by_unit \
                        and self._told_of_other_unit(before, quantity.unit):
                    # (not a topic that measured a figure of another unit: `주문은 … 52만 건이 몰렸다. | 상품군별로는 …
                    # 3,950억 원`: an amount breaks down the last amount told, however far back)
                    before = self.by_unit[quantity.unit][1]
            if before:
                self.item = (sentence.index, found, before)  # (the category, for its share of the whole: `_share_of_whole`)
                found, rule, self.broken_down = before, "metric_carried", sentence.index
        if rule == "metric_each" and quantity.unit != "%" and quantity.unit in self.by_unit \
                and self.by_unit[quantity.unit][0] == sentence.index and self.by_unit[quantity.unit][1] \
                and (breakdown or self._partition(sentence)) and not self._measure_word(self.text[found[0]:found[1]]):
            # `이 가운데 주택 부문이 5조 원으로 전체의 55%를 차지했고, 토목과 플랜트는 각각 2조 원, 1조 원`: parts listed after
            # an item of the same unit are further items of the measure broken down, as a single item is (reader-conventions
            # #40: 72, 79, 82, 85, 89 against a4; shares after 각각 are left, 72 and 82 differ on them)
            found, rule = self.by_unit[quantity.unit][1], "metric_each_part"
        if found and rule == "metric_topic" and quantity.unit in self.by_unit and self.by_unit[quantity.unit][1] \
                and self.by_unit[quantity.unit][0] >= sentence.index - 1 \
                and self._sibling_part(sentence, found, self.by_unit[quantity.unit][1]):
            # `국제선 여객은 780만 명, 국내선은 460만 명`, `동부권의 보급률은 109%, 서부권은 93%`: a part named as the sibling of the
            # part the figure before was told of names no measure; it keeps that figure's (fact.metric_sibling)
            found, rule = self.by_unit[quantity.unit][1], "metric_sibling"
        if rule == "metric_none" and breakdown:
            opened = self._broken_down_measure(sentence)
            if opened is not None and opened[1] < quantity.start:
                # `급식비는 교육청이 60%, 전라남도와 22개 시·군이 40%를`: an item that names no noun (a word standing for an
                # organization) is a category of the measure the sentence breaks down (fact.metric_broken_down)
                found, rule = opened, "metric_broken_down"
        if rule == "metric_none" and breakdown and quantity.unit != "%" and (
                quantity.category == "currency" or not starts_in(self.organizations_in.get(sentence.index, ()), 0, quantity.start)):
            # (not the counts of items that are organizations, `계열사별로는 HD현대중공업이 48척`: each its own things counted;
            # their amounts keep the measure broken down, `92억 달러로` → 수주액, `업체별로는 폭스바겐이 5,200억 원으로` → the
            # orders before: holdout4, holdout45)
            # `월별로는 8월이 1,520만 명으로`, `국가별로는 베트남이 148곳으로`: an item that names no noun the figure could measure
            # (a date, a place) is a category of the figure broken down all the same (fact.metric_broken_down)
            # (the last figure of its unit, however far: sentences of other units may stand between, `관광객이 1억 명 … |
            # … 분석한 결과다 | 관광객이 쓴 돈은 … | 1인당 … | 월별로는 8월이 1,520만 명`)
            before = self._summed_whole(sentence, quantity) or self._larger_whole(quantity) \
                or (self.by_unit[quantity.unit][1] if quantity.unit in self.by_unit else None) or self._measure_topic_before(sentence)
            if before:
                found, rule, self.broken_down = self._last_mention(before, sentence.start), "metric_broken_down", sentence.index
        if quantity.unit == "%" and self.item and self.item[0] == sentence.index and self._share_of_whole(sentence, quantity):
            # `종목별로는 장기보험이 8조 9,300억 원으로 전체의 67.4%를 차지했고`: the category's share, not the measure's
            found, rule = self.item[1], "metric_item"
        if rule == "metric_topic" and self.headed and self.title_sentences <= sentence.index < LEAD_SENTENCES:
            headline = self._headline_measure(found)
            if headline:  # `복권 판매액 상반기 3조6천억 | 올해 상반기 복권이 3조 6,120억 원어치 팔린`: the headline's measure of it
                found, rule = headline, "metric_headline"
        if rule == "metric_none" and quantity.unit == "%" and self.previous and self.previous[1] \
                and sentence.index - self.previous[0].index == 1 and is_change(sentence, quantity, self.lexicon):
            found, rule = self.previous[1], "metric_shared"  # `매출이 1조 원으로 … | … 전 분기보다 6% 증가했다`
        if rule == "metric_none" and self.previous and self.previous[1] and self.previous[0] is sentence \
                and self._after_compared(quantity) and is_change(sentence, quantity, self.lexicon):
            found, rule = self.previous[1], "metric_shared"  # `700억 원보다 3배 이상 뛴`: the change of the figure compared
        if rule == "metric_none" and self.previous and self.previous[1] and 0 <= sentence.index - self.previous[0].index <= 1 \
                and _restating_end(self.lexicon["restating_nouns"]).search(self.text, sentence.start, sentence.end) \
                and self._untopicked(sentence, quantity):
            # `… 500억 원 규모의 자사주를 매입하기로 했다. | 발행주식 총수의 약 3.4%에 해당하는 약 74만 주 규모다`: a sentence
            # with no topic of its own says what the figure before is in other terms (a share, a count)
            found, rule = self.previous[1], "metric_restated"
        if rule == "metric_none" and quantity.unit in self.lexicon["ratio_units"] and self.previous and self.previous[1] \
                and self.previous[0] is sentence and self.metrics_in_sentence[0] == sentence.index \
                and len(self.metrics_in_sentence[1]) >= 2 and self._multiple_of_bracketed(quantity):
            # `영업이익은 612억 원으로 전년(298억 원)의 2배를 웃돌았다`: the figure before the one in brackets is compared
            found, rule = self.metrics_in_sentence[1][-2], "metric_shared"
        if rule == "metric_none" and self._totals(sentence, quantity):
            found = self._list_topic(sentence, quantity)
            if found:  # `수주 선박은 LNG 운반선 18척, VLCC 9척 등 모두 41척이다`: the total is of what the list's topic names
                rule = "metric_topic"
        if rule == "metric_none" and quantity.unit in self.lexicon["ratio_units"] and self.previous and self.previous[1]:
            if self.previous[0] is sentence and self.previous[2] not in self.lexicon["ratio_units"] \
                    and (is_change(sentence, quantity, self.lexicon) or self._multiple_reached(sentence, quantity)):
                # `연간 생산능력을 6만t으로 두 배 늘리겠다`, `380억 원으로 두 배 가까이 늘었다`: a multiple a figure grew or will
                # grow by, after the new level in its sentence, is that figure's change (fact.metric_shared; holdout42 004,
                # 86 004, 86 005, 92 001; every required gold row of a multiple has a metric)
                found, rule = self.previous[1], "metric_shared"
            elif self._multiple_of_time(sentence, quantity):
                # `관객은 58만 명으로, 전년 동기의 2.3배다`, `누적 수주액이 1조 8천억 원을 넘어섰다. | 지난해 연간 수주액(1조 1천억
                # 원)의 1.6배다`: a multiple of a past time's value restates the figure told before it — of its sentence, else,
                # past the basis in brackets, of the sentence before (fact.metric_shared; every required gold row of a multiple
                # has a metric, 75 rows of the training sets)
                if self.previous[0] is sentence and quantity.start not in self.bracketed \
                        and self.previous_quantity.start not in self.dated_brackets:
                    found, rule = self.previous[1], "metric_shared"
                elif self.previous_quantity.start in self.dated_brackets and self.before_previous and self.before_previous[1] \
                        and sentence.index - 1 <= self.before_previous[0].index <= sentence.index \
                        and self.before_previous[2] == self.previous[2]:
                    found, rule = self.before_previous[1], "metric_shared"
                elif sentence.index - self.previous[0].index == 1 and self._untopicked(sentence, quantity):
                    # `무브랩스는 지난해 매출 146억 원을 올렸다. | 2년 전보다 3배로 늘었다`, `… 주문을 받았다. | 전년 동기의
                    # 2.1배다`: a sentence with no topic of its own that gives a multiple of an earlier time restates the
                    # figure of the sentence before (fact.metric_shared; holdout90 004, 98 006)
                    found, rule = self.previous[1], "metric_shared"
            elif self.previous[0] is sentence and self.previous[2] not in self.lexicon["ratio_units"] \
                    and _MULTIPLE_RESTATED.fullmatch(self.text, self.previous_quantity.end, quantity.start):
                # `계약 규모는 약 650억원으로, 지난해 오프라인 매출의 1.4배 수준이다`, `구매액은 182만 원으로 비회원의 4배 수준이다`:
                # a multiple of another's value right after the level told with 으로 restates that figure (fact.metric_shared;
                # its kind a level, `_other_measure`)
                found, rule = self.previous[1], "metric_shared"
            elif sentence.index - self.previous[0].index == 1 and self._untopicked(sentence, quantity) \
                    and is_change(sentence, quantity, self.lexicon):
                found, rule = self.previous[1], "metric_shared"  # (`… | 2년 전보다 세 배 늘었다`: the same, by its verb)
        if rule == "metric_none" and quantity.unit == "%" and self.previous and self.previous[1] \
                and sentence.index - self.previous[0].index <= 1 and occupied(sentence, quantity) and self._of_this(quantity):
            found, rule = self.previous[1], "metric_shared"  # `위판액은 4조 8,600억 원이다. | A수협은 이 가운데 2.1%를 차지했다`
        if rule == "metric_none" and quantity.unit != "%" and self.previous and self.previous[1] \
                and sentence.index - self.previous[0].index == 1 and quantity.unit not in self.lexicon["ratio_units"] \
                and self._measure_word(self.text[self.previous[1][0]:self.previous[1][1]]) \
                and _ending_by(self._topics(sentence), quantity.start) \
                and not (self.text.startswith("에서", quantity.end) and quantity.start not in self.change_starts) \
                and not object_of_own_verb(sentence, quantity, self.lexicon["light_verbs"], self.lexicon["bound_words"],
                                   self.lexicon["earning_verbs"]):
            # (not `19억 개를 팔았고`, nor a figure marked 에서 that starts no change: where something is, `위기에 몰린 2사에서`)
            found, rule = self.previous[1], "metric_carried"  # `애플의 출하량은 … 9% 늘었다. | 반면 샤오미는 … 4,520만 대에 그쳐`
            if quantity.unit != self.previous[2] and quantity.unit in self.by_unit \
                    and self.by_unit[quantity.unit][0] == sentence.index - 2 \
                    and (self.previous[2] != "%" or self._rate_word(self.previous[1])):
                # a list of its own unit two sentences back goes on past a sentence of another unit between (`A는 점포가
                # 1만 2,130개로 … | A는 영업손실 84억 원을 냈다. | B는 6,180개로` → 점포; fact.metric_carried, a change of unit);
                # not past a measure's rate of change, which measures the figures of any unit (`애플의 출하량은 … 9% 늘었다.`)
                found = self.by_unit[quantity.unit][1]
        if rule in BRACKETED_YIELDS and quantity.start in self.bracketed and self.previous and self.previous[1] \
                and self.previous[0] is sentence and self._bracketed_after_figure(quantity) \
                and (quantity.unit != "%" or self._measure_word(self.text[self.previous[1][0]:self.previous[1][1]])) \
                and not (quantity.unit == "%" and rule == "metric_carried" and self.by_unit.get("%", (-1,))[0] == sentence.index
                         and self._rate_word(found)):
            # (not past a rate the sentence told before: `A가 1,200만 명으로 점유율 27.9%를 …, B는 980만 명(22.8%)` → 점유율)
            # `과제 14건(93억 원)도 수주했다`: the same things' amount; a rate, of a measure's figure (`교통 1조 원(10.0%)`),
            # not a share of things counted (`임원 10명 중 7명(70%)이`: the share the topic names)
            found, rule = self.previous[1], "metric_bracketed"
        opened = self._opened_measure(sentence)
        if opened and opened[1] < quantity.start and rule not in OPENED_KEEPS and not (
                found and found[0] >= opened[1] and self._measure_word(self.text[found[0]:found[1]])
                and not self.text.startswith(_longest_first(self.lexicon["opener_as_marks"]), found[1])):
            # `내수에서는 그랑 콜레오스가 3,480대 팔리며`, `기업 기부로는 A가 연구동 기금으로 50억 원을 냈고, B와 C가 각각 …`: the
            # opening measure is what the sentence's figures measure, not the item (a product, a stage) or the purpose
            # before each; a measure of a figure's own after it stays (`판매량이 …`), not one it is given as (`기금으로`)
            found, rule = opened, "metric_opened"
        if rule in NO_OWN_METRIC and quantity.category == "currency":
            deal = self._deal_opened(sentence)
            if deal and deal[1] < quantity.start:
                # `이번 투자에는 A가 210억 원으로 가장 많이 참여했고, B와 C가 각각 150억 원, 100억 원을 넣었다`: the amounts with no
                # noun or verbal noun of their own are shares of the deal the sentence opens with (`… 각각 100억 원을 출자했다` → 출자)
                found, rule = deal, "metric_opened"
        if self.headed and sentence.index < self.title_sentences and quantity.category != "measure" \
                and rule not in OPENED_KEEPS and not (found and found[0] > quantity.start):
            named = headline_noun_before(sentence, self.taken, self._headline_figure_start(sentence, quantity), self.lexicon)
            if named and (not found or found[1] <= named[0] or named[1] <= found[0]):
                # `…선급금만 8천만 달러` (not 기술수출 before the ellipsis), `배춧값 한 포기 7천원` (not 포기), `외국인 관광객
                # 1~11월 312만명`: the noun a headline names right before its figure is what the figure measures
                found, rule = named, "metric_headline_noun"
        if rule in HEADLINE_PARTS and quantity.unit in {"%", "%p"}:
            item = self._headline_item(sentence, quantity, found)
            if item:  # `수출 1,840억…중동 32%·중남미 25% 증가`: a market's or a kind's change of the measure before
                found, rule = item, "metric_headline_item"
        if rule in NO_OWN_METRIC:
            average = self._average_before(sentence, quantity)
            if average:
                found, rule = average, "metric_average"
        elif rule in ("metric_topic", "metric_measure") \
                and self.text.startswith(GROUP_AVERAGE, average_at := quantity.start - len(GROUP_AVERAGE)):
            start = max(sentence.start, self.text.rfind(" ", sentence.start, average_at) + 1)
            if self.text[start:average_at] in self.lexicon["whole_openers"]:
                # `합계출산율은 1.12명으로 전국 평균 0.75명을 웃돌았다`: a whole's average right before the figure is its
                # metric, not the measure the topic names, as in brackets (`전국 평균(0.75명)`: reader-conventions #39)
                found, rule = (start, quantity.start - 1), "metric_average"
        if rule == "metric_measure" and quantity.unit == "%p" and self.previous and self.previous[0] is sentence \
                and self.previous[2] == "%" and self.previous[1] and found[1] <= self.previous_quantity.start \
                and "%" not in self.text[found[1]:self.previous_quantity.start]:
            # `평가액은 487조 원으로 전체 자산의 36.1%를 차지해 1년 새 2.4%포인트 높아졌다`, `순이자마진은 1.78%를 기록해 …
            # 0.04%포인트 낮아졌다`: a change in points after a rate of its sentence is that rate's change, not one of a
            # measure named before the rate (fact.metric_shared); not past a basis (`연체율은 0.9%로 평균(1.6%)보다 0.7%p`)
            found, rule = self.previous[1], "metric_shared"
        if found and rule in OWN_NOUN_RULES and quantity.unit in self.by_unit \
                and (self._named_basis(quantity) or self._bound_passed(quantity)) \
                and self.by_unit[quantity.unit][0] >= sentence.index - 1:
            # a basis named by its own noun (`본예산 10조 원보다`) is another figure: the measure told before goes on, for
            # the change right after the basis too (`_past_named_basis`); where the basis repeats that measure's words
            # (`해외 수주액(3조 원)보다`), later figures take the repeated mention, the nearest
            told = self.by_unit[quantity.unit][1]
            self.told_before = (sentence.index, quantity.unit, told)
            # (not the same measure where their scopes differ: `해외 매출은 … 국내 매출(514억 원)을 넘어섰다`)
            same = "".join(self.text[found[0]:found[1]].split()).endswith("".join(self.text[told[0]:told[1]].split())) \
                and self._modifier(found) == self._modifier(told)
            self.by_unit[quantity.unit] = (sentence.index, found if same else told)
        elif found and not self._whole_of_ratio(quantity) \
                and not (rule == "metric_as" and self.text[found[0]:found[1]] in self.lexicon["plan_nouns"]) \
                and not (quantity.start in self.dated_brackets and quantity.unit in self.by_unit
                         and self.by_unit[quantity.unit][0] == sentence.index):
            # (nor one in brackets its own date dates after a figure of its unit, `수출액이 4,850만 달러로 … 지난해 연간
            # 실적(3,970만 달러)을 넘어섰다`: another time's figure, compared; what follows goes on with the first)
            # (a target, `목표로 잡은 10조 원`, is no figure later ones go on with or break down)
            self.by_unit[quantity.unit] = (sentence.index, found)
        if found and rule in NEAREST_RULES | {"metric_carried"} and self._change_noun(found) \
                and quantity.unit in self.level_by_unit and is_change(sentence, quantity, self.lexicon):
            # `상승폭은 전주(0.05%)보다 … 커졌다. | 송파구가 0.21%로 가장 많이 올랐고`: a rise of its own is the rise of the
            # measure the text last gave a level or a change of, not of the size of a rise (fact.metric_level_carried)
            found, rule = self.level_by_unit[quantity.unit], "metric_level_carried"
        if found and not self._change_noun(found):
            self.level_by_unit[quantity.unit] = found
        return found, rule

    def _capacity_topic(self, sentence: Sentence, quantity, counted: tuple) -> Optional[tuple]:
        """The topic of the figure's clause, before the noun `counted` right before the figure, when it is a capacity
        (`annual_rates`: 능력, 용량); a product or a plant named before each figure says which (holdout54 004, 64 005)."""
        rates = _words(self.lexicon["annual_rates"])
        before = self.text[sentence.start:counted[0]]  # (cheap first; a loop over one copy: a generator sliced per word)
        for rate in rates:
            if rate in before:
                break
        else:
            return None
        if self.previous and self.previous[0] is sentence and self.previous[1] \
                and self.text[self.previous[1][0]:self.previous[1][1]].endswith(rates) and self._list_item(sentence, quantity):
            return self.previous[1]  # (a later item of the list: `…, 소스 2만t`)
        topic = self._topic_before(sentence, quantity)
        if not topic or topic[1] >= counted[0] or not self.text[topic[0]:topic[1]].endswith(rates):
            return None
        return topic

    def _told_of_other_unit(self, measure: tuple, unit: str) -> bool:
        """`measure` is the one last told of a figure of a unit other than `unit` (`by_unit`)."""
        for other, told in self.by_unit.items():  # (a loop: a generator in `metric` made cells on every call)
            if other != unit and told[1] == measure:
                return True
        return False

    def _follows_ranked(self, sentence: Sentence, quantity) -> bool:
        """The figure is among the items said to follow the first of a ranking (`…가 뒤를 이었다`: `follow_phrases`)."""
        rest = "".join(self.text[quantity.end:sentence.end].split())  # (the lexicon's words are without their spaces)
        return any(p in rest for p in self.lexicon["follow_phrases"])

    def _change_noun(self, metric: tuple) -> bool:
        """The metric is a change noun (`상승폭`, `증가율`: `change_nouns`), the size of a change rather than a measure."""
        return self._split_metric(metric)[1] in self.lexicon["change_nouns"]

    def _nearest(self, sentence: Sentence, quantity, metric: tuple) -> tuple:
        """The mention of the metric's words nearest the figure, before or after it, in its sentence, else in the one
        before (FACTS.md: "take the mention nearest the number when the text repeats it"; the labellers do not take a
        mention in the next sentence, which is that sentence's own figure's: holdout16, 19, 20): a whole word, not the
        start of a longer noun (`판매자`), nor inside a DATE or ORG mention, with the same noun before it, if any, that
        says what is measured (`해외 매출` is no mention of `전체 매출`, `외국인 관광객` none of `관광객`); not a basis's
        noun nor a noun past another figure after it, which are those figures' (holdout8, articles4)."""
        word = self.text[metric[0]:metric[1]]
        modifier = None
        for low, high in ((sentence.start, sentence.end), (self.sentence_starts[max(0, sentence.index - 1)], sentence.start)):
            if low >= high:
                break
            own = sentence.start <= metric[0] < sentence.end
            best, nearest = metric, _distance(quantity, metric) if own or low <= metric[0] < high else len(self.text)
            at = self.text.find(word, low, high)
            while at >= 0:
                span = (at, at + len(word))
                if _distance(quantity, span) < nearest and self._whole_noun(span) and not self.taken(*span) \
                        and not self._basis_noun(span) and not self._figure_between(quantity, span) \
                        and not self._plan_noun_after(span):
                    modifier = self._modifier(metric) if modifier is None else modifier
                    if self._modifier(span) == modifier:
                        best, nearest = span, _distance(quantity, span)
                at = self.text.find(word, at + 1, high)
            if best != metric or own:
                return best  # (a mention in the sentence is nearer than any before it)
        return metric

    def _last_mention(self, metric: tuple, end: int) -> tuple:
        """The last mention of the metric's words before `end` (FACTS.md: "take the mention nearest the number"): a whole
        noun, not inside a DATE or ORG mention, with the same noun before it that says what is measured, if any."""
        word = self.text[metric[0]:metric[1]]
        at = self.text.rfind(word, metric[1], end)
        while at >= 0:
            span = (at, at + len(word))
            if self._whole_noun(span) and not self.taken(*span) and self._modifier(span) == self._modifier(metric):
                return span
            at = self.text.rfind(word, metric[1], at)
        return metric
    def _rate_of_change(self, metric: tuple) -> bool:
        """The metric ends in a rate or size of change (`change_rates`: `신장률`, `경제성장률`, `증가 폭`; also a bare `폭`
        found after its change word, `감소 폭`)."""
        compact = self.text[max(0, metric[0] - 4):metric[1]].replace(" ", "")
        after = self.text[metric[1]:metric[1] + 4].lstrip()
        # (not a forecast or estimate of the rate, `경제성장률 전망치를 4.0%로 높였다`: the forecast's figure, a level)
        return any(compact.endswith(word) for word in self.lexicon["change_rates"]) \
            and not any(after.startswith(word) for word in self.lexicon["estimates"])

    def _basis_noun(self, span: tuple) -> bool:
        """A comparison word follows the noun, bare or past a figure in brackets (`지난해 연간 해외 수주액(3조 1,800억 원)보다`):
        the basis's noun, another figure's (docs/facts.md, Session 16); so is one whose figure in brackets a date dates
        (`지난해 연간 수주액(1조 1천억 원)의 1.6배`: that time's value)."""
        after = self.text[span[1]:span[1] + 32]
        if after.startswith("(") and span[1] + 1 in self.dated_brackets:
            return True
        if after.startswith("("):
            close = after.find(")")
            after = after[close + 1:] if close > 0 else after
        return bool(self.compare.match(after[:10].replace(" ", "")))

    def _bare_dated(self, sentence: Sentence, start: int) -> bool:
        """The figure at `start` opens brackets right after a date, no noun between (`지난해 같은 기간(29척`, `전년(`; not
        `지난해 협약 규모(1,500억 원)`, a figure of its own noun)."""
        if self.text[start - 1:start] != "(":
            return False
        return any(d.end == start - 1 for d in self.dates_in.get(sentence.index, ())) \
            or self.text[max(0, start - 8):start - 1].replace(" ", "").endswith(_words(self.lexicon["same_part_back"]))

    def _plan_noun_after(self, span: tuple) -> bool:
        """A word of `plan_nouns` follows the noun (`연간 수주 목표 90억 달러의 92%`): it names the target, not the measure
        told (no mention of `누적 수주` for the figures carried from it)."""
        after = self.text[span[1]:span[1] + 5]
        word = after[1:].split(maxsplit=1)[:1] if after[:1] == " " else ()
        return bool(word) and word[0].rstrip("은는이가을를의도로") in self.lexicon["plan_nouns"]

    def _figure_between(self, quantity, span: tuple) -> bool:
        """A figure stands between the figure and a mention after it (`18% 늘어난 규모로, 하루 평균 116만 건의 주문`):
        the mention is that figure's."""
        if span[0] < quantity.start:
            return False
        i = bisect.bisect_right(self.quantity_starts, quantity.start)
        return i < len(self.quantity_starts) and self.quantity_starts[i] < span[0]

    def _whole_noun(self, span: tuple) -> bool:
        """[start, end) ends a noun: the token after it, if joined to it, is no noun or suffix (`판매` of `판매자` is not)."""
        sentence = self.sentence_of(span[0])
        k = sentence.after(span[1])
        tokens = sentence.tokens
        if k < len(tokens) and tokens[k].start == span[1]:
            return tokens[k].tag not in WORD_TAGS
        return k == 0 or tokens[k - 1].end <= span[1] or not self.text[span[1]:span[1] + 1].strip()

    def _modifier(self, span: tuple) -> str:
        """The noun right before a metric's words that says what is measured (`해외` of `해외 매출`, `식품` of `식품거래액`);
        "" for none, a date, an organization or a word that only qualifies the time or the whole (`not_metrics`: `연간`,
        `전체`), though not a part's scope (`part_scopes`: `해외`, `국내`)."""
        sentence = self.sentence_of(span[0])
        k = sentence.after(span[0])
        tokens = sentence.tokens
        if k == 0 or tokens[k - 1].tag not in MODIFIER_TAGS or tokens[k - 1].end < span[0] - 1 \
                or tokens[k - 1].form in BRIDGE_FORMS:  # (`2만 대 이상 판매가`: the figure's bridge, no modifier)
            return ""
        start = word_start(sentence, k - 1) if tokens[k - 1].tag != "SL" else tokens[k - 1].start
        before = "".join(self.text[start:span[0]].split())
        if self.taken(start, tokens[k - 1].end) or before in self.lexicon["not_metrics"] and before not in self.lexicon["part_scopes"]:
            return ""
        return before

    def _category_named(self, sentence: Sentence, span: tuple) -> bool:
        """The span ends in the noun the sentence's opening breakdown word is made of (`노선별로는 일본 노선이 41만 명`,
        `지역별로는 수도권 지역이`): a category of the figure broken down, not the thing a count counts (breakdown: fact.metric_carried)."""
        stem = self._breakdown_stem(sentence)
        return len(stem) >= 2 and self.text[span[0]:span[1]].split()[-1] == stem

    def _by_dimension(self, sentence: Sentence) -> bool:
        """The sentence opens with a breakdown by a dimension (`분야별로는`, `읍·면별로는`, `연령별로는`: `dimension_breakdowns`):
        its items are categories, never the things a count counts."""
        stem = self._breakdown_stem(sentence)
        return stem != "" and stem.replace("·", "") in self.lexicon["dimension_breakdowns"]

    def _product_item(self, sentence: Sentence, quantity) -> bool:
        """In a breakdown (its opening sentence, or the next going on with it), the item right before the figure — bare, as
        subject, or before it in brackets — is a named product that is no organization: a title in quotes (`게임별로는
        '서머너즈 워'가`), a name of ORG's product lines (`쏘렌토가`, `싼타페 7,150대`), a name right after a word for a kind of
        product (`중형 SUV 루미엘이`), or, in a breakdown by model (`model_breakdowns`: `차종별로는`), a word kiwipiepy reads as a
        name or a code of Latin letters and digits (`K3(`), or a common noun no word for a kind ends — not a kind (`세단`,
        `전기차`, `승용차`: ORG's product nouns, a word in 차). FACTS.md: a
        figure of a product that is not an ORG has no subject (docs/facts.md, breakdowns; session 28)."""
        opener = sentence if self._breakdown(sentence) else None
        if opener is None and sentence.index and self.broken_down == sentence.index - 1:
            opener = self.sentence(sentence.index - 1)
            opener = opener if self._breakdown(opener) else None
        if opener is None:
            return False
        tokens, at = sentence.tokens, quantity.start
        for d in self.dates_in.get(sentence.index) or ():
            if d.end + 1 == quantity.start:
                at = d.start  # (past the date the figure is of: `'서머너즈 워'가 3분기 620억 원으로`)
        i = sentence.before(at)
        if i < 1:
            return False
        if tokens[i].form == "(" and tokens[i].end == quantity.start and tokens[i - 1].end == tokens[i].start:
            i -= 1  # (`셀토스(2만 9,150대)`)
        elif tokens[i].tag == "JKS" and tokens[i].end + 1 == at and tokens[i - 1].end == tokens[i].start:
            i -= 1  # (`그랜저가 8,420대로`)
        elif tokens[i].end + 1 != at:
            return False
        token = tokens[i]
        if self.text[token.end - 1] in CLOSING_QUOTES:  # (`'서머너즈 워: 천공의 아레나'가`)
            close = token.end - 1
            opening = max(self.text.rfind(q, sentence.start, close) for q in OPENING_QUOTES)
            return opening >= 0 and close - opening > 1 and not self.taken(opening + 1, close)
        start = word_start(sentence, i)
        if token.tag == "SN" and i and tokens[i - 1].tag == "SL" and tokens[i - 1].end == token.start:
            start = tokens[i - 1].start  # (a model's code read in two: `K`+`5`)
        word = self.text[start:token.end]
        if self.taken(start, token.end) or word in cues()["places"]:
            return False
        products = cues()["products"]
        if word in products["names"] or token.form in products["names"]:
            return True
        if token.form in products["nouns"] or word in products["nouns"] or token.tag not in {"NNG", "NNP", "SL", "SN"}:
            return False
        if product_named(tokens, i, self.lexicon):
            return True
        # (a model's name kiwipiepy reads as a common noun, `아리아 1,930대`, is one too where no word for a kind of car ends
        # it: `승용차`, `레저용 차량`)
        return self._breakdown_stem(opener) in self.lexicon["model_breakdowns"] \
            and (token.tag == "NNP" or MODEL_CODE.fullmatch(word) is not None
                 or token.tag == "NNG" and not word.endswith(tuple(products["nouns"]) + ("차",)))

    def _product_item_measure(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The measure a breakdown's count of a named product (`_product_item`) is of: the one the later items of its list
        go on with, the measure of the market its ranking names (`그랜저가 8,420대로 내수 1위를 지켰고` → 내수; `국내 1위를` →
        the 국내 판매 told before), else the measure the sentence breaks down, else the last of the figure's unit (a
        breakdown's reach), else the measure the sentence before names as topic. None for another figure."""
        if quantity.category != "count" or not self._broken_down_near(sentence) \
                or not self._product_item(sentence, quantity):
            return None
        if self.previous and self.previous[0] is sentence and self.previous[3] == "metric_product_item" \
                and self.previous[2] == quantity.unit:
            return self.previous[1]
        market = self._market_ranked(sentence, quantity)
        if market:
            return market
        before = self._broken_down_measure(sentence)
        if before is None and quantity.unit in self.by_unit \
                and self.by_unit[quantity.unit][0] >= sentence.index - BREAKDOWN_REACH:
            before = self._last_mention(self.by_unit[quantity.unit][1], sentence.start)  # (its nearest mention)
        return before or self._measure_topic_before(sentence)

    def _market_ranked(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The market a ranking after the figure names (`8,420대로 내수 1위를`, `9,870대로 국내 1위를`), or the sentence opens
        with (`해외에서는`): that word where it is a measure (`내수`: `opener_measures`), else the last measure told before
        that it opens (`국내 판매는`), else None."""
        tokens, i = sentence.tokens, sentence.after(quantity.end)
        if i + 3 < len(tokens) and tokens[i].start == quantity.end and tokens[i].form in {"로", "으로"} \
                and tokens[i + 1].tag == "NNG" and tokens[i + 2].form == "1" and tokens[i + 3].form == "위":
            market = tokens[i + 1]
        elif len(tokens) > 2 and tokens[0].tag == "NNG" and self.text.startswith("에서는", tokens[0].end) \
                and tokens[0].end < quantity.start:
            market = tokens[0]  # (a sentence opened by its market: `해외에서는 스포티지가 4만 2,300대 팔리며` → 해외 판매)
        else:
            return None
        if market.form in self.lexicon["opener_measures"] or market.form in self.lexicon["measures"]:
            return market.start, market.end
        at = self.text.rfind(market.form + " ", 0, sentence.start)
        if at < 0 or at and self.text[at - 1].isalnum():
            return None
        told = self.sentence_of(at)
        k = told.after(at + len(market.form) + 1)
        span = measure_at(told, k, self.lexicon) if k < len(told.tokens) else None
        return (at, span[1]) if span and span[0] == at + len(market.form) + 1 else None

    def _breakdown_stem(self, sentence: Sentence) -> str:
        """The noun before 별 of the breakdown word the sentence opens with (`노선별로는` → 노선; `breakdowns`), else ""."""
        first = self.text[sentence.start:min(sentence.end, sentence.start + 20)].split(maxsplit=1)[:1]
        at = first[0].find("별") if first else -1
        return first[0][:at] if at >= 1 and first[0].endswith(_words(self.lexicon["breakdowns"])) else ""

    def _industry(self, span: tuple) -> bool:
        """The span names an industry (`제조업`, `IT·정보통신업`: it ends in a word of `industry_names`): a category a count
        is broken down by, not the thing it counts (`업종별로는 제조업이 62만 건으로` counts the postings before)."""
        return self.text[span[1] - 1] == "업" and "".join(self.text[span[0]:span[1]].split()).endswith(
            tuple(self.lexicon["industry_names"]))

    def _list_item(self, sentence: Sentence, quantity) -> bool:
        """The figure is an item of a list without particles: a noun right before it, a comma before that
        (`…, 국내주식 17.2%, 대체투자 6.8% 순이었다`)."""
        i = sentence.before(quantity.start)
        if i < 1 or sentence.tokens[i].tag not in ("NNG", "NNP", "SL") or sentence.tokens[i].end + 1 != quantity.start:
            return False
        start = word_start(sentence, i)
        return self.text[max(sentence.start, start - 2):start].rstrip().endswith(",")

    def _modified_figure(self, sentence: Sentence, quantity):
        """The figure right after this one that it modifies by an adnominal verb between them (`23% 많은 2,140억 원`,
        `12% 늘어난 3조 원`, `5% 증가한 1만 명`; past its own figure in brackets: `5,060억 원(5.8%) 늘어난 9조 원`), or a
        multiple by the copula (`지금의 2배인 400MW`), else None."""
        k = bisect.bisect_right(self.quantity_starts, quantity.end)
        end = quantity.end
        if k < len(self.quantity_starts) and self.quantity_starts[k] == end + 1 and self.text[end] == "(":
            end = self.quantity_by_start[self.quantity_starts[k]].end + 1  # (the bracketed figure tells the same change)
            if self.text[end - 1:end] != ")":
                return None
            k += 1
        if k >= len(self.quantity_starts) or self.quantity_starts[k] >= sentence.end:
            return None
        between = sentence.tokens[sentence.after(end):sentence.after(self.quantity_starts[k])]
        if len(between) == 2 and between[0].tag == "VCP" and between[1].tag == "ETM" and quantity.unit in self.lexicon["ratio_units"]:
            return self.quantity_by_start[self.quantity_starts[k]]  # `현재의 1.8배인 6만t`: the multiple is that figure, told twice
        if 2 <= len(between) <= 3 and between[-1].tag == "ETM" and between[0].tag in {"VV", "VA", "NNG"} \
                and all(t.tag in ("VV", "VA", "NNG", "XSV", "XSA", "ETM") for t in between):
            return self.quantity_by_start[self.quantity_starts[k]]
        return None

    def _whole_of_ratio(self, quantity) -> bool:
        """A ratio is taken of the figure (`연간 목표 182억 달러의 112.6%를 달성했다`): it is the basis the ratio
        compares with, and the figures of its unit after it do not go on with its metric. So is a whole in brackets a share
        is taken of (`전체 매출(2조 3,100억 원)에서 해외가 차지하는 비중은 45.1%`: a breakdown after it goes on with the part's
        figure before, holdout22 002, 82 001)."""
        if quantity.start in self.bracketed and SHARE_TAKEN_FROM.match(self.text, quantity.end):
            return True
        if not self.text.startswith("의 ", quantity.end):
            return False
        i = bisect.bisect_right(self.quantity_starts, quantity.end)
        return i < len(self.quantity_starts) and self.quantity_starts[i] == quantity.end + 2

    def _headline_measure(self, topic: tuple) -> Optional[tuple]:
        """The headline's span of the lead's topic with the measure noun it names of it right after (`복권 판매액` for the
        lead's `복권이`), when the topic is no measure itself."""
        word = self.text[topic[0]:topic[1]]
        if self._measure_word(word):
            return None
        end = self.headline_end()
        at = self.text.find(word + " ", 0, end)
        if at < 0 or at and not self.text[at - 1].isspace():
            return None
        measure = self.text[at + len(word) + 1:end].split(maxsplit=1)[:1]
        if not measure or measure[0] not in self.lexicon["measures"]:
            return None
        return at, at + len(word) + 1 + len(measure[0])

    def _of_this(self, quantity) -> bool:
        """A word of `part_openers` stands right before the figure (`이 가운데 2.1%`): a share of the figure before."""
        before = self.text[max(0, quantity.start - 8):quantity.start].split()[-2:]  # (the lexicon joins its words)
        return bool(before) and (before[-1] in self.lexicon["part_openers"] or "".join(before) in self.lexicon["part_openers"]) \
            and self.text[quantity.start - 1:quantity.start] == " "

    def _bracketed_after_figure(self, quantity) -> bool:
        """The figure stands in brackets right after another figure (`과제 14건(93억 원)`, `2천42명(17.6%)`): it tells
        the same things in another unit, so it has that figure's metric."""
        k = bisect.bisect_left(self.quantity_starts, quantity.start) - 1
        return k >= 0 and self.quantity_by_start[self.quantity_starts[k]].end == quantity.start - 1

    def _multiple_reached(self, sentence: Sentence, quantity) -> bool:
        """A multiple the measure has come to (`총 수전 용량은 기존 60MW에서 120MW로 두 배가 된다`: 가/이 and 되다), or, ending a
        headline's part, reached within a time or at a new level (`…中 매출 1년 새 2배`, `…수전 용량 120MW로 두 배`): a change
        of what is named before it, not a comparison of two things (every such row of the training sets: holdout74 006, 107
        003, 115 006; a multiple that is a level, `PER 15배`, `배율은 5.63배로`, has neither)."""
        if quantity.unit not in self.lexicon["ratio_units"]:
            return False
        if _MULTIPLE_BECOMES.match(self.text, quantity.end, sentence.end):
            return True
        return self.headed and sentence.index < self.title_sentences \
            and _PART_END.match(self.text, quantity.end, sentence.end) is not None \
            and _REACHED_BEFORE.search(self.text, sentence.start, quantity.start) is not None

    def _multiple_of_bracketed(self, quantity) -> bool:
        """A multiple is taken of the figure in brackets right before it (`전년(298억 원)의 2배`): the figure a basis names,
        compared with the one before it, whose measure the multiple keeps."""
        if not self.text.startswith(")의 ", quantity.start - 3):
            return False
        k = bisect.bisect_left(self.quantity_starts, quantity.start) - 1
        return k >= 0 and self.quantity_by_start[self.quantity_starts[k]].end == quantity.start - 3

    def _multiple_taken(self, quantity) -> bool:
        """A multiple is taken of the figure, closing its brackets (`내국인(9만 4천 원)의 약 3배`): a basis."""
        k = bisect.bisect_right(self.quantity_starts, quantity.start)
        if k == len(self.quantity_starts):
            return False
        after = self.quantity_by_start[self.quantity_starts[k]]
        return after.unit in self.lexicon["ratio_units"] and self.text[quantity.end:after.start].replace(" ", "") in (")의", ")의약")

    def _named_basis(self, quantity) -> bool:
        """A comparison word follows the figure, bare or closing its brackets (`10조 원보다`, `(3조 원)보다`): a basis."""
        return quantity.start in self.compared or self.text[quantity.end:quantity.end + 1] == ")" \
            and bool(self.compare.match(self.text[quantity.end + 1:quantity.end + 9].replace(" ", "")))

    def _bound_passed(self, quantity) -> bool:
        """A figure in brackets that a verb of reaching a bound takes as object (`지난해 연간 실적(3,970만 달러)을 넘어섰다`,
        `threshold_verbs`): a basis, as one compared with by 보다 is."""
        if self.text[quantity.end:quantity.end + 1] != ")":
            return False
        after = self.text[quantity.end + 1:quantity.end + 9].replace(" ", "")
        return after[:1] in ("을", "를") and after[1:].startswith(_words(self.lexicon["threshold_verbs"]))

    def _past_named_basis(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The metric of the figure of its unit told before, for a figure right after a basis named by a noun of its own
        (`올해 본예산 10조 3,200억 원보다 5,520억 원(5.3%) 늘어난`, `지난해 해외 수주액(3조 원)보다 64.5% 많은`): the basis
        is another figure, the change is of the one told before (`예산안으로 10조 8,720억 원을 편성해`), else None."""
        if not (self.previous and self.previous[0] is sentence and self.previous[3] in OWN_NOUN_RULES and self.told_before
                and self.told_before[:2] == (sentence.index, self.previous[2])):
            return None
        k = bisect.bisect_left(self.quantity_starts, quantity.start) - 1
        between = self.text[self.quantity_by_start[self.quantity_starts[k]].end:quantity.start].replace(" ", "") if k >= 0 else ""
        if not (0 < len(between) <= 5 and self.compare.fullmatch(between.removeprefix(")"))):
            return None
        return self.told_before[2]

    def _after_compared(self, quantity) -> bool:
        """A figure compared with (`700억 원보다`) ends right before this one, past the comparison word."""
        i = bisect.bisect_left(self.compared_ends, quantity.start) - 1
        return i >= 0 and quantity.start - self.compared_ends[i] <= 6 \
            and self.compare.match(self.text[self.compared_ends[i]:quantity.start].replace(" ", ""))

    def _metric(self, sentence: Sentence, quantity) -> tuple:
        if quantity.unit in self.lexicon["age_units"]:
            topic = self._topic_before(sentence, quantity)
            if topic and self.text[topic[1] - 2:topic[1]] in self.lexicon["age_measures"]:
                return topic, "metric_topic"  # `평균 연령은 38.9세로`: a measure of ages named as the figure's topic
            return None, "metric_unit"  # `76세 남성`: an age is a person's, it counts nothing
        ratio = quantity.unit in self.lexicon["ratio_units"]  # a multiple names no counted thing
        found = bracketed_after(sentence, quantity, self.taken, self.lexicon) \
            if self.text[quantity.start - 1:quantity.start] == "(" else None
        if found:
            changed = items_changed(self.text, quantity, self.lexicon)
            if changed and changed.group(1) and (self._measure_word(changed.group(1))
                                                 or "".join(changed.group(1).split()) in self.lexicon["national_measures"]):
                # `보건업(12만 6천 명)과 전문·과학 및 기술서비스업(7만 9천 명)에서 취업자가 늘었다`: the items are where the
                # measure named after them changed, by the figures in brackets (the subject of their clause)
                return (quantity.end + changed.start(1) - changed.start(), quantity.end + changed.end(1) - changed.start()), "metric_topic"
            return found, "metric_counted"  # `석유제품(-23.9%)`: the noun the figure is given for
        found = self._part_of_whole(sentence, quantity) if self.among and self.among[0] == sentence.index else None
        if found:
            return found, "metric_partitive"  # `환자 48명 가운데 18명의 종양이`: the whole's noun, not the noun after the part
        found = self._margin_over(sentence, quantity)
        if found:
            return found  # `운용 수익률은 벤치마크 13.9%를 0.8%포인트 웃돌았다`: the margin is of what exceeds, not of the basis
        found = target_of_rate(sentence, quantity, self.lexicon, self.taken)
        if found:
            return found, "metric_target"  # `연간 목표(144억 달러)의 112%를 채웠다`: the target, not the measure that reached it
        if quantity.category == "measure":  # `평균고도 4천여 미터의 고원지대`: the noun beside a measure
            found = metric_after(sentence, quantity, self.lexicon, self.dates_in.get(sentence.index, ())) \
                if self.text.startswith(SIZE, quantity.end) else None
            before = self._measure_right_before(sentence, quantity) if found else None
            if before:
                return before, "metric_measure"  # `연면적 6만 6,000㎡ 규모의 물류센터`: the measure named right before
            if found:
                return found, "metric_after"  # the size of the noun after it (`연산 12만t 규모의 비료 라인` → 라인)
            found = counted_before(sentence, quantity, self.taken, self.lexicon)
            if found:
                return found, "metric_counted"
        if quantity.category == "count" and followed_by_genitive(sentence, quantity):
            found = counted_before(sentence, quantity, self.taken, self.lexicon)
            if found:  # `저소득층 1,200가구의 겨울철 난방비`: the count and its noun own what follows
                return found, "metric_counted"
        counted = ()  # (counted_before, once asked: None)
        if quantity.category == "count" and quantity.unit not in self.lexicon["self_named_units"] \
                and quantity.unit not in self.lexicon["frequency_units"] and self.text[quantity.end:quantity.end + 1] == " " \
                and noun_right_after(sentence, quantity):
            counted = counted_before(sentence, quantity, self.taken, self.lexicon)
            found = counted or object_right_before(sentence, quantity, self.taken, self.lexicon, self.dates_in.get(sentence.index, ()))
            if found:  # `가입자 1,200만 명 돌파`, `연구 인력을 50명 추가 채용`: the noun after says what is done with them
                return found, "metric_counted"
        found = metric_after(sentence, quantity, self.lexicon, self.dates_in.get(sentence.index, ()))
        if found and quantity.category == "count" and quantity.unit not in self.lexicon["frequency_units"] \
                and self._verbal_right_after(sentence, found):  # (a count of times counts what happened: `31차례 입항했다`)
            # `일자리 4만2천개 창출…`, `대형 공모가 3~4건 대기하고`: a verbal noun after a count says what is done with what it
            # counts, the noun right before it (bare, or marked as the subject)
            before = counted_before(sentence, quantity, self.taken, self.lexicon) or self._subject_right_before(sentence, quantity)
            if before:
                return before, "metric_counted"
        if found and self.text[found[0]:found[1]] in self.lexicon["own_reports"]:
            # `매출 4,180억 원, 영업이익 615억 원의 실적을 발표했다`: the results the figure is part of, not what it measures
            found = counted_before(sentence, quantity, self.taken, self.lexicon) or found
            if found[1] < quantity.start:
                return found, "metric_counted"
        if found and self.text[found[0]:found[1]] in self.lexicon["typical_persons"]:
            # `연소득 1억 원인 차주의 한도`: the person the figure describes owns it, the noun before measures it
            found = counted_before(sentence, quantity, self.taken, self.lexicon) or found
            if found[1] < quantity.start:
                return found, "metric_counted"
        if found:
            before = self._measure_right_before(sentence, quantity) if found[0] > quantity.start \
                and not self._named_or_threshold(quantity, found) else None
            if before:  # `총사업비 약 1조 2천억 원 규모의 사업`, `설비 용량이 1,200MW에 이르는 해상풍력단지`: the measure named
                return before, "metric_measure"  # right before the figure says what it measures; the noun after has that size
            return found, "metric_after"  # (also `24경기 출장정지`)
        found = self._balance_after(sentence, quantity) if quantity.category == "currency" else None
        if found:
            return found, "metric_after"  # `자산운용은 12억 원 적자를 기록했다`: the result's sign names the amount
        found = copula_noun_after(sentence, quantity, self.lexicon)
        if found and (self._measure_word(self.text[found[0]:found[1]]) or self.text[found[0]:found[1]] in self.results_words) \
                and is_change(sentence, quantity, self.lexicon):
            return found, "metric_after"  # `…보다 32% 많은 물량이다`: the noun the change's clause modifies, the copula's
        found = self._each(sentence, quantity) if each_listed(sentence, quantity) else None
        if found:
            return found, "metric_each"  # `소스류와 과자류도 각각 11.3%, 7.8%`: the k-th noun listed (not `각각 X, Y의 매출`)
        if quantity.unit in self.lexicon["self_named_units"]:
            found = verbal_of_subject(sentence, quantity, self.lexicon)
            if found:
                return found, "metric_verbal"  # `274경기가 매진됐다`: what happened to the games counted
            return None, "metric_unit"  # `13승 5패`, `19골`: the unit is what is counted
        found = counted_before(sentence, quantity, self.taken, self.lexicon) \
            if quantity.category in {"count", "currency"} and not ratio and counted is not None else None
        if found:
            return found, "metric_counted"
        found = acronym_before(sentence, quantity, self.taken) if quantity.category != "count" else None
        if found:
            return found, "metric_counted"  # `RevPAR 12% 상승`, `ROE는 8.7%였다`
        found = named_by_copula(sentence, quantity, self.taken, self.lexicon) \
            or set_as_before(sentence, quantity, self.taken, self.lexicon)
        if found:
            return found, "metric_as"  # `올해 목표인 417만 대`
        found = self._partitive(sentence, quantity) if quantity.category == "count" else None
        if found:
            return found, "metric_partitive"
        found = self._frame(sentence)
        if found and found[2] <= quantity.start and not (  # a frame the sentence before opened yields to a
                (found[2] == sentence.start or not self._measure_word(self.text[found[0]:found[1]]))
                # topic of the figure's own (`… 신규 출점 수는 2,800여 개로`), and so does a frame of a source that names no
                # measure (`실거래가 공개시스템을 보면 1월 아파트 매매 거래는 5,120건으로` → 매매 거래)
                and self._topic_before(sentence, quantity)) and not (
                found[2] == sentence.start and not ratio and measure_before(sentence, quantity, self.lexicon)):
            # (nor does a frame the sentence before opened go on past a measure of the figure's own sentence: `소방청 통계를
            # 보면 … | 소방본부는 올해 예산으로 4천126억원을 편성해` → 예산)
            return found[:2], "metric_frame"
        if quantity.unit in self.lexicon["frequency_units"]:  # `임금이 한 번밖에 인상되지`: what happened
            found = verbal_after(sentence, quantity, self.lexicon)
            if found:
                return found, "metric_verbal"
        found = allotted_to(sentence, quantity, self.lexicon, self.taken)
        if found:
            return found, "metric_allotted"
        after = self.text[quantity.end:quantity.end + 1]  # (the finders below read tokens only after these)
        found = spent_on(sentence, quantity, self.lexicon, self.taken) if after in ("을", "를", "(", "은", "는", "이", "가") \
            else None
        if not found and after in {"을", "를"}:
            found = spent_doing(sentence, quantity, self.lexicon)
        if found:
            return found, "metric_allotted"  # `320억원을 제2공장 증설에 쓸`, `620억 원은 진해신항 공사에 쓰인다`, `단장하는 데 80억 원을 들인다`
        found = paid_as(sentence, quantity, self.lexicon, self.taken) if after in {"을", "를", ","} else \
            paid_object(sentence, quantity, self.lexicon) if after == "씩" else None
        if not found and after in ("을", "를", "씩"):
            named = paid_named(sentence, quantity, self.lexicon)
            if named and self._money_noun(self.text[named[0]:named[1]].split()[-1]):
                return named, "metric_paid"  # `월 80만 원씩 주는 '청년 영농정착지원금'`: the money the clause gives is the noun it modifies
        means = None
        if found and after != "씩" and not self._money_noun(self.text[found[0]:found[1]].split()[-1]):
            found, means = None, found  # (a means, no money: `현물출자 등으로 500억 원을 지원하고` → 지원, as `유상증자로` → 조달; metric_as)
        if found:
            return found, "metric_paid"  # `치료비로 12억 원을 기탁했다`, `20만 원씩 난방비를 지원했다`: what the money is
        found = received_as(sentence, quantity, self.lexicon, self.taken) if after in ("을", "를", "(", ",") else None
        if found:
            return found, "metric_received"  # `순매출의 8~12%를 로열티로 받는다`: what the figure is received as
        found = verbal_right_after(sentence, quantity, self.lexicon) if after in (" ", "에", "(") else None
        if found:
            return found, "metric_verbal"  # `30% 적립해`, `350억 원에 취득하기로`
        found = taken_as(sentence, quantity, self.taken) if after in ("을", "를", "(") else None
        if found:
            return found, "metric_as"  # `200억원을 목표로 하고 있다`
        found = object_past_modifier(sentence, quantity, self.lexicon, self.taken) if after in {"으", "로"} else None
        if found:
            return found, "metric_object"  # `공모가를 희망 범위 상단인 2만 원으로 확정했다`: the object fixed at the figure
        # a multiple measures what it changes (`고객 수는 1년 새 3배 늘었다`); otherwise it compares
        # two things (`에비앙이 4.2배 비쌌다`) and names no metric before it
        if quantity.unit in {"%", "%p"} and sentence.index < self.title_sentences and self.headed:
            found = headline_part_before(sentence, quantity, self.taken)
            if found:
                return found, "metric_headline_part"  # `…국제선 여객 28% 늘어`: not the measure before the ellipsis
        compared = ratio and not is_change(sentence, quantity, self.lexicon) and not self._multiple_reached(sentence, quantity)
        measure = measure_before(sentence, quantity, self.lexicon) if not compared else None
        if measure is not None and means is not None and means[0] <= measure[0] < means[1]:
            measure = None  # `수수료 할인 등으로 120억 원을 지원했다`: a measure in the means names no figure given by it (→ 지원)
        if measure is not None and self._describes_topic(sentence, quantity, measure):
            measure = None  # `모태펀드를 운용하는 한국벤처투자는 … 1조 1,200억 원을 출자했다`: what the organization is, not the figure's
        if measure is None and not compared and quantity.category == "currency":
            measure = self._money_before(sentence, quantity)  # `기술이 선급금 12억 원으로`: a sum of money named right before it
        topic = self._topic_before(sentence, quantity) if not compared else None
        if compared:
            own = self._topic_before(sentence, quantity)
            if own and self._measure_word(self.text[own[0]:own[1]]):
                topic = own  # `대한셀텍의 잔고는 1.5배 수준이다`: a measure's size told as a multiple of another's
        if topic and quantity.category != "count" and self.text[topic[0]:topic[1]] in self.lexicon["entity_nouns"]:
            topic = None  # `비중이 가장 높은 공기업은 A로 … 70%`: the kind of thing ranked, not what is measured
        if topic and self.text[topic[0]:topic[1]] in self.lexicon["not_metrics"]:
            topic = None  # `전세가격은 서울이 0.08%, 전국이 0.03% 올랐다`: a scope (`not_metrics`), not what is measured
        if topic and quantity.unit == "%" and self._place_word(topic) and is_change(sentence, quantity, self.lexicon):
            topic = None  # `수도권은 0.04% 올랐고 지방은 0.03% 떨어져`: where the measure changed, not what (fact.metric_level_carried)
        if topic and self._stands_for_organization(sentence, quantity, topic):
            topic = None  # `공사는 … 650명으로`: a word standing for the organization is the subject, not the metric
        if topic and self._agent_word(self.text[topic[0]:topic[1]]) and acted_on(sentence, quantity, self.lexicon):
            topic = None  # `경찰은 … 2곳을 압수수색했다`: who acts on the figure, not what it measures (no rule of its own: it narrows metric_topic, docs/facts.md)
        if quantity.unit in self.lexicon["people_units"] and self._crowd(sentence, quantity) \
                and not any(x and self._names_crowd(x) and "…" not in self.text[x[1]:quantity.start] for x in (measure, topic)) \
                and (measure or topic or not (self.previous and self.previous[1] and self._names_crowd(self.previous[1]))):
            # `가장 붐빈 날은 … 26만 1,000명이 공항을 찾았다`, `축제엔 38만명 몰려`: people who came, counted with a plain verb,
            # name nothing (reader-conventions #18; 4, 15, 16, 33, 37, 42, 45, 49, 54, 57, 78, 94 empty), not the day, ride or
            # event the topic names, nor a measure of another part of the headline; a step they flocked to is their metric
            # (`1순위 청약에 1만 명이 몰려`: 47, 100); the persons named before stay (`외국인 관광객도 4,600명이 찾았다`; and
            # carried, `단체관광객은 … | 2분기에만 11만 명이 다녀갔다`: 89, against 37's empty)
            return self._flocked_to(sentence, quantity), "metric_crowd"
        if measure and topic and topic[1] <= measure[0] and SHARE_OF.fullmatch(self.text, measure[1], quantity.start) \
                and self.text[topic[0]:topic[1]] not in cues()["places"] and not occupied(sentence, quantity) \
                and not self._breakdown(sentence) and not acted_on(sentence, quantity, self.lexicon):
            # `연구개발비는 74억 원으로 매출의 12.1%였다`: the part named, not the whole (the object of 차지하다 and a breakdown's
            # item have their own lines: `친환경차는 … 국내 판매의 29.1%를 차지했다`, `LNG 운반선이 … 전체 수주액의 45%`)
            return topic, "metric_topic"
        if measure and topic and topic[1] <= measure[0] and taken_on(sentence, measure, quantity, self.lexicon):
            return topic, "metric_topic"  # `배당성향은 연결 순이익 기준 31.5%다`: the basis the figure is taken on is no measure of it
        if measure and not topic and BASIS_QUALIFIER.fullmatch(self.text, measure[1], quantity.start):
            measure = None  # `… 같은 기간(29척·76억 달러)보다 금액 기준 37% 많다`: the basis compared on, not what changed
        if measure and not (topic and topic[0] >= measure[1]):
            return measure, "metric_measure"
        found = object_right_before(sentence, quantity, self.taken, self.lexicon, self.dates_in.get(sentence.index, ())) \
            if topic and quantity.unit not in self.lexicon["frequency_units"] else None
        if found:  # the object the figure sets comes before the topic (`A는 목표액을 162억 원으로 정했다`)
            return found, "metric_object"
        if topic and self._parallel(sentence, quantity, topic):
            return self.previous[1], "metric_shared"  # `A에서 취업자가 12만 명 늘었고, B도 9만 명 증가했다`
        if topic:  # also a topic between a measure and the figure (`규모 7.3 강진은 … 이재민만 45만 명이`)
            return topic, "metric_topic"
        found = verbal_after(sentence, quantity, self.lexicon) if quantity.category in {"currency", "count", "measure"} \
            else sold_at(sentence, quantity, self.lexicon)
        if found and self.text[found[0]:found[1]] in self.lexicon["change_words"] | self.lexicon["change_nouns"] | self.lexicon["net_changes"]:
            found = None  # `610개 증가했다`: the change is the kind, not what is measured
        if not found and quantity.unit in self.lexicon["frequency_units"]:
            found = object_before(sentence, quantity, self.lexicon["object_verbs"])
        if found:
            given = given_as(sentence, quantity, self.taken, self.lexicon, self.dates_in.get(sentence.index, ())) \
                if quantity.category == "currency" else None
            if given and (self._money_noun(self.text[given[0]:given[1]]) or self._capital_raised(given)):
                # `외부 연구비로 1,020억 원을 유치했다`, `치료비로 12억 원을 기탁했다`: the sum named as an amount of money is what
                # the figure measures, not the verb's noun; a means stays outside (`상장으로 46억 달러를 조달했다` → 조달)
                return given, "metric_as"
            return found, "metric_verbal"  # before a shared one: `3명을 구속하고, … 3명을 불구속입건했다`
        found = given_as(sentence, quantity, self.taken, self.lexicon)
        if found:
            return found, "metric_as"
        found = object_right_before(sentence, quantity, self.taken, self.lexicon, self.dates_in.get(sentence.index, ())) \
            if quantity.unit not in self.lexicon["frequency_units"] or rated(sentence, quantity, self.lexicon) \
            else None  # (`인생을 두 번 살`; but `노선을 주 14회로 늘리고` → 노선: `rate_words`)
        if found:
            return found, "metric_object"
        found = self._past_named_basis(sentence, quantity)
        if found:
            return found, "metric_carried"
        if self._shares(sentence, quantity) and not ratio and not self._totals(sentence, quantity) \
                and not self._each_owned(sentence, quantity) \
                and not (self.previous[3] == "metric_verbal"
                         and object_of_own_verb(sentence, quantity, self.lexicon["light_verbs"], self.lexicon["bound_words"],
                                   self.lexicon["earning_verbs"])):
            # (not `B와 C가 각각 10억 원, 5억 원을 내놨다`: their own; nor the object of a verb of its own after a figure whose
            # verb named its metric: `2,700억 원을 투자해 320명을 새로 뽑는다` → none, 뽑다 being a plain verb)
            return self.previous[1], "metric_shared"  # `12만 명으로 … 92% 감소했다`
        found = share_of(sentence, quantity, self.taken) or partitive_before(sentence, quantity, self.taken) \
            if quantity.unit == "%" else None  # (`참여 기관의 97%가`, `참여 기관 가운데 97%가`: the whole, as a count's)
        if not found and quantity.unit == "%" and acted_on(sentence, quantity, self.lexicon):
            found = share_of(sentence, quantity, self.taken, ("을", "를"))  # `선수금의 50%를 은행에 예치하고`: the whole acted on
        if found:
            return found, "metric_partitive"  # `참여 기관의 98.7%가`: the group it is a share of
        found = decided_change_after(sentence, quantity, self.lexicon)
        if found:  # `회사는 당초 5.2% 인상을 요청했으나`: a price's decided change, its verbal noun, where no noun names the measure
            return found, "metric_verbal"
        return None, "metric_none"

    def _crowd(self, sentence: Sentence, quantity) -> bool:
        """The figure is the subject of a plain verb of coming (`crowd_verbs`), bare or marked 이/가, past one word marked
        as the place (`공항을 찾았다`, `운동장에 … 들어차`)."""
        tokens, k = sentence.tokens, sentence.after(quantity.end)
        if k < len(tokens) and tokens[k].tag == "JKS" and tokens[k].start == quantity.end:
            k += 1
        j = k
        while j < len(tokens) and j < k + 4 and tokens[j].tag in WORD_TAGS:
            j += 1
        if j > k and j < len(tokens) and tokens[j].tag in ("JKO", "JKB"):
            k = j + 1
        return k < len(tokens) and tokens[k].tag == "VV" and tokens[k].form in self.lexicon["crowd_verbs"]

    def _names_crowd(self, span: tuple) -> bool:
        """The span is a measure or names the persons who come (`crowd_nouns`: `외국인 관광객`, `방문자`)."""
        text = self.text[span[0]:span[1]]
        return self._measure_word(text) or "".join(text.split()).endswith(_words(self.lexicon["crowd_nouns"]))

    def _flocked_to(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The last word before the figure marked 에 that names a step taken (`1순위 청약에는`: `own_processes`), or None."""
        tokens, found = sentence.tokens, None
        for i in range(1, sentence.before(quantity.start) + 1):
            if tokens[i].tag == "JKB" and tokens[i].form == "에" and tokens[i - 1].tag in WORD_TAGS \
                    and tokens[i - 1].end == tokens[i].start and tokens[i - 1].form in self.lexicon["own_processes"]:
                found = word_start(sentence, i - 1), tokens[i - 1].end
        return found

    def _verbal_right_after(self, sentence: Sentence, span: tuple) -> bool:
        """The noun at `span` is a verbal noun: one word, followed by 하/되 (`대기하고`) or ending a headline's part
        (`창출…`, its last word)."""
        tokens, k = sentence.tokens, sentence.after(span[0])
        if k >= len(tokens) or tokens[k].tag != "NNG" or tokens[k].end != span[1] or tokens[k].form in self.lexicon["light_verbs"]:
            return False
        if k + 1 < len(tokens) and tokens[k + 1].tag == "XSV":
            return True
        return sentence.index < self.title_sentences and (k + 1 == len(tokens) or tokens[k + 1].tag in ("SE", "SF")
                                                           or tokens[k + 1].form == "…")

    def _measure_right_before(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """A measure noun right before the figure, bare or marked 이/가/은/는, past an approximator (`총사업비 약 1조 원`,
        `생산능력이 40GWh에`, `영업이익률 5%대`), or None."""
        tokens, k = sentence.tokens, sentence.before(quantity.start)
        if k >= 1 and tokens[k].form in ("약", "총") and tokens[k].end + 1 == quantity.start:
            k -= 1
        if k >= 1 and tokens[k].tag in {"JKS", "JX"} and tokens[k].start == tokens[k - 1].end:
            k -= 1
        if k < 0 or tokens[k].tag not in {"NNG", "NNP", "XSN"} \
                or not MEASURE_GAP.fullmatch(self.text[tokens[k].end:quantity.start]):
            return None
        start = word_start(sentence, k)
        word = self.text[start:tokens[k].end]
        if word in self.lexicon["not_metrics"] \
                or not (self._measure_word(word) or word.endswith(_words(self.lexicon["annual_rates"]))):
            return None
        return start, tokens[k].end

    def _named_or_threshold(self, quantity, after: tuple) -> bool:
        """The figure is what the noun after it is called (`물량은 23억 건이라는 신기록`) or a threshold that defines it
        (`임대차가격 3억원 이상인 주택`: a definitional range, `bound_words`): the noun after it stays its metric."""
        between = self.text[quantity.end:after[0]]
        return "라는" in between or between.lstrip().startswith(_words(self.lexicon["bound_words"]))

    def _subject_right_before(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The noun marked 이/가 right before a count (`대형 공모가 3~4건`): what it counts."""
        tokens, k = sentence.tokens, sentence.before(quantity.start)
        if k < 1 or tokens[k].tag != "JKS" or tokens[k].end != quantity.start - 1 or tokens[k - 1].tag != "NNG":
            return None
        if any(t.tag == "JX" and t.form in ("은", "는") and tokens[j - 1].tag == "NNG" and self._measure_word(tokens[j - 1].form)
               for j, t in enumerate(tokens[1:k], 1)):
            return None  # `수출은 블루윙 크로스가 6,300대 선적되며`: a measure as topic is the domain, the subject an item of it
        topic = self._topic_before(sentence, quantity)
        return topic if topic and topic[1] == tokens[k].start else None

    def _margin_over(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """(metric, rule) of a margin over a figure taken as object right before it (`벤치마크(기준 수익률) 13.9%를 0.8%포인트
        웃돌았다`, `목표로 잡은 10조 원을 24% 웃돈`: `exceed_verbs`): what exceeds is its measure — the topic of its clause
        before the basis (`운용 수익률은`), else, with none, the measure of the figure told before the basis, in its sentence or
        the one before (`12조 4,300억 원의 투자를 유치했다. 당초 목표로 잡은 10조 원을 24% 웃돈`); not the basis's own noun."""
        i, tokens = sentence.after(quantity.end), sentence.tokens
        if not (i < len(tokens) and tokens[i].form in self.lexicon["exceed_verbs"] and tokens[i].start == quantity.end + 1
                and marked_object_before(sentence, quantity)) or self.previous is None or self.previous[0].index != sentence.index:
            return None
        k = sentence.before(quantity.start) - 1  # (the basis's own figure right before its particle)
        if k < 0 or tokens[k].tag not in ("NNB", "NR", "SN", "SW"):  # (a unit or a counter: `13.9%를`, `10조 원을`)
            return None
        topic = self._topic_before(sentence, quantity)
        if topic and self._measure_word(self.text[topic[0]:topic[1]]):
            return topic, "metric_topic"
        earlier = self.before_previous
        if topic is None and earlier and earlier[1] and earlier[0].index >= sentence.index - 1:
            return earlier[1], "metric_carried"
        return None

    def _balance_after(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The noun of `balance_nouns` written right after the amount, a space between (`12억 원 적자를`), when no measure
        or topic before the figure owns it (`무역수지는 67억 달러 흑자를 기록했다` → 무역수지)."""
        if self.text[quantity.end:quantity.end + 1] != " ":
            return None
        j = sentence.after(quantity.end + 1)
        tokens = sentence.tokens
        if not (j < len(tokens) and tokens[j].start == quantity.end + 1 and tokens[j].form in self.lexicon["balance_nouns"]
                and (j + 1 == len(tokens) or tokens[j + 1].tag not in ("NNG", "NNP"))):  # (not `적자 전환`, `흑자 폭`)
            return None
        if measure_before(sentence, quantity, self.lexicon) is not None or topic_before(
                sentence, quantity, self.taken, self.person_titles, self.lexicon["markets"], self.lexicon["cause_nouns"]):
            return None  # (a topic that is no organization is what has the result: `무역수지는`)
        return tokens[j].start, tokens[j].end

    @staticmethod
    def _untopicked(sentence: Sentence, quantity) -> bool:
        """No word marked as topic or subject before the figure in its sentence: the sentence goes on about the last one."""
        return not any(t.tag in ("JX", "JKS") and t.form in TOPIC_OR_SUBJECT for t in sentence.tokens[:sentence.after(quantity.start)])

    def _topic_before(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """`topic_before` with the linker's tables: the figure's titles (`_titles_of`), markets and causes."""
        return topic_before(sentence, quantity, self.taken, self._titles_of(sentence, quantity), self.lexicon["markets"],
                            self.lexicon["cause_nouns"])

    def _titles_of(self, sentence: Sentence, quantity) -> frozenset:
        """The person titles that are no metric of the figure: none when it counts persons (`people_units`) and is its
        topic's size (`회원은 11월 말 기준 680만 명으로`), not the subject, object or topic of a verb of its own (`시장이 …
        35명이 사망한`) nor a noun's modifier."""
        if quantity.unit not in self.lexicon["people_units"]:
            return self.person_titles
        tokens, j = sentence.tokens, sentence.after(quantity.end)
        if j < len(tokens) and (tokens[j].tag in ("JKS", "JKO", "JX", "JKG", "NNG", "NNP") or tokens[j].form == "의"):
            return self.person_titles
        return frozenset()

    def _average_before(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The span of `평균` right before the figure (`FC서울이 평균 2만 5,311명으로`, `경기당 평균 8,021명으로`), not past a
        time it is taken over (`하루 평균`, `1~8월 평균`: `average_times`, a DATE), which only says how the measure is given."""
        found = AVERAGE_BEFORE.search(self.text, quantity.start - 16 if quantity.start - 16 > sentence.start else sentence.start,
                                      quantity.start)  # (no `max`)
        if found is None or found.start(2) > sentence.start and self.text[found.start(2) - 1].isalnum():
            return None  # (`월평균`, `연평균`: a time's, glued)
        word = self.text[self.text.rfind(" ", sentence.start, found.start(2) - 1) + 1:found.start(2) - 1] \
            if found.start(2) > sentence.start + 1 else ""
        if found.group(1) is None and (word.endswith(self.average_time_endings) or self.taken(found.start(2) - 2, found.start(2) - 1)):
            return None
        return found.span(2)

    def _agent_word(self, text: str) -> bool:
        """The words name one who acts (`agent_nouns`): the noun itself, or a compound or a plural of it (`이 자회사는`,
        `참여 기업들은`: a noun of two syllables or more of the table ending the word, 들 past it)."""
        word = text.split()[-1] if text.strip() else ""
        word = word[:-1] if word.endswith("들") and len(word) > 2 else word
        return word in self.lexicon["agent_nouns"] or word.endswith(self.agent_endings)

    def _stands_for_organization(self, sentence: Sentence, quantity, topic: tuple) -> bool:
        """The topic is a word of `anaphors` (`공사는`, `병원은`) that stands for an organization named before."""
        if sentence.index not in self.anaphors_in:
            self.anaphors_in[sentence.index] = anaphor_tokens(sentence, self.lexicon)
        own = []  # (a loop: a comprehension made cells of `sentence` and `topic` on every call)
        for k in self.anaphors_in[sentence.index]:
            if sentence.tokens[k].start == topic[0]:
                own.append(k)
        return bool(own) and bool(anaphor_organization(sentence, quantity, own, self.all_organizations, self.lexicon,
                                                       self._carried() or ()))

    def _each(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The k-th of n figures after 각각 measures the k-th noun listed before it (`each_item`), else the k-th of the
        last n metrics of the sentence's figures before (`매출 1,530억 원, 영업이익 341억 원으로 … 각각 12.1%, 27.5%`)."""
        found = each_item(sentence, quantity, self.taken)
        position = each_position(sentence, quantity) if not found else None
        if position and self.metrics_in_sentence[0] == sentence.index and not self._each_owners(sentence, position):
            # (not after organizations listed as many: `한빛에너지와 대청건설이 각각 10억 원, 5억 원을 내놨다`, their own gifts)
            k, n, _ = position
            before = list(dict.fromkeys(self.metrics_in_sentence[1]))[-n:]
            found = before[k] if len(before) == n else None
        return found

    def _each_owned(self, sentence: Sentence, quantity) -> bool:
        """The figure is one of the figures after a 각각 that splits organizations listed before it (`_each_owners`), the
        object of a verb of their own: with no noun of their own they measure nothing told before them (`지역 기업인
        한빛에너지와 대청건설이 각각 10억 원, 5억 원을 내놨다`: no metric; FACTS.md, a plain verb gives none); not levels told
        (`KT와 LG유플러스는 각각 23.8%, 19.4%였고`: the measure of the sentence before, elided)."""
        if not each_listed(sentence, quantity):
            return False
        position = each_position(sentence, quantity)
        return position is not None and self._each_owners(sentence, position) \
            and object_of_own_verb(sentence, quantity, self.lexicon["light_verbs"], self.lexicon["bound_words"],
                                   self.lexicon["earning_verbs"]) \
            and not self._parts_of_total(sentence, quantity)

    def _parts_of_total(self, sentence: Sentence, quantity) -> bool:
        """The last figure of the quantity's unit before its sentence is a total told in the sentence right before (`모두`,
        `총`: `국적 항공사 국제선 여객은 모두 1,520만 명이었다. | A와 B는 각각 248만 명, 197만 명을 태웠다`): the figures after
        각각 are parts of it, of its measure, whatever verb the organizations have (holdout79 006, 89 001)."""
        if sentence.index == 0:
            return False
        before, i = self.sentence_starts[sentence.index - 1], bisect.bisect_left(self.quantity_starts, sentence.start) - 1
        while i >= 0 and self.quantity_starts[i] >= before:  # (the sentence before's figures, last first)
            total = self.ordered_quantities[i]
            if total.unit == quantity.unit:
                return TOTAL_BEFORE.search(self.text, total.start - 4 if total.start > 4 else 0, total.start) is not None
            i -= 1
        return False

    def _each_owners(self, sentence: Sentence, position: tuple) -> bool:
        """The names right before the 각각 of `position` are as many organizations as its figures, joined by 와/과 or a comma
        and marked as topic or subject (`한빛에너지와 대청건설이 각각 10억 원, 5억 원을`): the figures are theirs, one each
        (not branches, `branch_suffixes`: `부산 센텀점과 대구점은 각각 …을 올렸고` go on with the story's measure)."""
        _, n, i = position
        each = sentence.tokens[i].start
        names = [o for o in self.organizations_in.get(sentence.index, ()) if o.end <= each][-n:]
        return len(names) == n and EACH_OWNERS_END.fullmatch(self.text, names[-1].end, each) is not None \
            and not any(self.text[o.start:o.end].endswith(tuple(self.lexicon["branch_suffixes"])) for o in names) \
            and all(EACH_OWNERS_JOIN.fullmatch(self.text, a.end, b.start) for a, b in zip(names, names[1:]))

    def _whole_named_after(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The measure of the whole a breakdown's category takes a share of, named later in its sentence (`식품이 4조
        1,800억 원으로 전체 매출의 50.3%를 차지했고` → 매출): the measure broken down."""
        found = WHOLE_NAMED.search(self.text, quantity.end, sentence.end)
        if found and self._measure_word(found.group(1)):
            return found.span(1)
        return None

    def _share_of_whole(self, sentence: Sentence, quantity) -> bool:
        """The rate is the share of a whole named by no noun, taken (`전체의 67.4%를 차지했고`, `전체의 약 30%를`), or of none
        written, right after the category's figure (`재원별로는 … 정부 과제가 612억 원으로 60%를 차지했고`)."""
        window = max(0, quantity.start - 8)
        return (SHARE_OF_WHOLE.search(self.text, window, quantity.start) is not None
                or SHARE_AFTER_FIGURE.search(self.text, window, quantity.start) is not None) \
            and occupied(sentence, quantity)

    def _sibling_part(self, sentence: Sentence, found: tuple, told: tuple) -> bool:
        """The topic `found`, one word standing alone (no modifier before it), has the length and the last syllable of another
        word that qualifies the measure `told` before it, in the measure's phrase or right before it, past 의 (`국제선 여객` →
        `국내선`, `동부권의 보급률` → `서부권`, `산업용이` → `주택용은`): a sibling part, another value of the same dimension."""
        last = self.text[found[0]:found[1]]
        if len(last) < 2 or " " in last:
            return False
        tokens, k = sentence.tokens, sentence.before(found[0])
        if k >= 0 and tokens[k].tag in SIBLING_MODIFIERS:
            return False  # (`15세 이상 취업자`, `새로 문을 연 점포`, `친환경차 … 이 가운데 전기차는`: a modified or a taken part)
        start = self.sentence_of(told[0]).start
        words = self.text[max(start, told[0] - 12):told[1]].split()[:-1]  # (the measure's head is no qualifier)
        if told[0] - 12 > start and words:
            words = words[1:]  # (a word cut by the window)
        for word in words:
            word = word[:-1] if word.endswith("의") else word
            if len(word) == len(last) and word != last and word[-1] == last[-1]:
                return True
        return False

    def _use_part(self, sentence: Sentence, found: tuple) -> bool:
        """The noun ends in the suffix of a use (`주택용`, `스마트폰용`: `use_suffixes`, tagged XSN; not `비용`, `이용`)."""
        last = sentence.tokens[sentence.before(found[1])]
        return last.tag == "XSN" and last.form in self.lexicon["use_suffixes"]

    def _part_category(self, sentence: Sentence, quantity, found: tuple) -> bool:
        """The topic `found`, a category word (`part_categories`), stands right after a part opener (`이 가운데`, `이 중`,
        past one modifier: `이 가운데 보장성 보험이`; also after a comma) and a figure of the quantity's unit before it, in
        its sentence or the one before, has a metric (the whole's, `self.category_whole` is set to it); a share right after
        the category's first figure (`11만 2천 건으로 60.9%를`) is of the same whole."""
        opening = self._whole_opening(sentence)
        if opening and opening[1] < found[0]:
            # `연구비 가운데 정부 과제가 2,950억 원으로 71.6%를 차지했고, 산업체 과제는 …`: the whole named before the among word
            # the sentence opens with is the measure of its categories (holdout44 003, 59 003)
            if not (self.category_whole and self.category_whole[0] == sentence.index):
                self.category_whole = (sentence.index, found, opening)
            return True
        window = "".join(self.text[max(sentence.start, found[0] - 14):found[0]].split())
        if not any(word in window for word in self.lexicon["partitions"]) \
                and not (self.category_whole and self.category_whole[0] == sentence.index):  # (`…, 종신보험은 4만 1천 건`)
            return False
        if quantity.unit == "%" and self.category_whole and self.category_whole[0] == sentence.index \
                and self.category_whole[1] == found:
            return True
        whole = self.by_unit.get(quantity.unit)
        if quantity.unit == "%" or not whole or whole[0] < sentence.index - 1 or whole[1] is None or whole[1][0] >= found[0]:
            return False
        self.category_whole = (sentence.index, found, whole[1])
        return True

    def _whole_opening(self, sentence: Sentence) -> Optional[tuple]:
        """The span of a measure the sentence opens with, right before an among word (`연구비 가운데`, `세입 중`: `among_words`),
        one to three words with no figure nor a DATE or ORG mention, else None."""
        words = [(m.start(), m.end()) for m in WORD.finditer(self.text, sentence.start, min(sentence.end, sentence.start + 30))][:4]
        for n in range(1, len(words)):
            if self.text[words[n][0]:words[n][1]] in self.lexicon["among_words"]:
                start, end = words[0][0], words[n - 1][1]
                whole = self.text[start:end]
                if any(c.isdigit() for c in whole) or self.taken(start, end) or not self._money_noun(whole):
                    return None
                return start, end
        return None

    def _partition(self, sentence: Sentence) -> int:
        """The sentence opens by taking a part of the figure before (`이 가운데`, `이 중`: `partitions`): where its two
        opening words end (the part is named after them, not `가운데` itself: `이 가운데 50대 이상이`), else 0."""
        window = self.text[sentence.start:sentence.start + 8 if sentence.end > sentence.start + 8 else sentence.end]
        opening = window.split(maxsplit=2)[:2]
        if not "".join(opening).startswith(_words(self.lexicon["partitions"])):  # (the table's words have no spaces)
            return 0
        return sentence.start + window.index(opening[-1]) + len(opening[-1])

    def _budget_voter(self, sentence: Sentence, organization) -> bool:
        """The organization is a legislature (`시의회`, `국회`, `예산결산특별위원회`: `legislatures`) and the sentence cuts or adds
        to a budget (`깎고`, `삭감했다`, `반영했다`: `budget_votes`): the budget it votes on is another body's."""
        name = "".join(organization.canonical.split())
        return name.endswith(_words(self.lexicon["legislatures"])) \
            and any(map(self.text[sentence.start:sentence.end].__contains__, self.lexicon["budget_votes"]))

    def _sequel(self, sentence: Sentence) -> bool:
        """The sentence opens with a word that goes on with the list before (`이어 교통·물류 1조 1,240억 원, …순이다`:
        `sequel_openers`): its items, with no particle, are further categories of the breakdown before."""
        return self.text.startswith(_words(self.lexicon["sequel_openers"]), sentence.start) \
            and self.text[sentence.start:sentence.start + 6].split(maxsplit=1)[0] in self.lexicon["sequel_openers"]

    def _summed_whole(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The metric of the figure told before that the breakdown's items of the figure's unit sum to (`4분기 매출이 2,146억
        원 … 영업이익은 412억 원 … | 플랫폼별로는 모바일이 1,310억 원, PC가 658억 원, 콘솔이 178억 원` → 매출, not the last
        amount told): the whole it breaks down, however far back (holdout74 002, 81 001). Two items or more, none a range."""
        key = (sentence.index, quantity.unit)
        if key not in self.summed:
            self.summed[key] = None
            if quantity.category in SUMMED_CATEGORIES and self.told:
                items = [q for q in self.ordered_quantities if sentence.start <= q.start < sentence.end
                         and q.unit == quantity.unit and q.start not in self.bracketed]
                if len(items) >= 2 and not any(q.value_high for q in items):
                    total = sum(decimal.Decimal(q.value) for q in items)
                    for value, unit, metric in reversed(self.told):
                        if unit == quantity.unit and abs(decimal.Decimal(value) - total) <= total * SUM_TOLERANCE:
                            self.summed[key] = metric
                            break
        found = self.summed[key]
        return found and self._last_mention(found, sentence.start)  # (its mention nearest, FACTS.md)

    def _larger_whole(self, quantity) -> Optional[tuple]:
        """The metric of the last figure of the quantity's unit at least as large as it, when the last figure told of that
        unit is smaller: a breakdown's first item larger than that figure is no part of it, which was itself a part
        (`외국인 관광객은 506만 명으로 전체의 4.1% … | 지역별로는 경주가 4,870만 명으로` → the 1억 2,340만 관광객; `따이궁 매출은
        3,100억 원 … | 채널별로는 시내점이 8,900억 원` → 매출 of 1조 2,340억 원). None where the last is as large, or none is."""
        if quantity.category not in SUMMED_CATEGORIES or quantity.value_high or quantity.start in self.bracketed:
            return None
        value, last = decimal.Decimal(quantity.value), True
        for told, unit, metric in reversed(self.told):
            if unit == quantity.unit:
                if decimal.Decimal(told) >= value:
                    return None if last else self._last_mention(metric, quantity.start)
                if last and any(map(self.text[max(0, metric[0] - 6):metric[1]].__contains__, self.lexicon["average_marks"])):
                    return None  # (an average, `월평균 사교육비는 59만 원 | 학교급별로는 고등학생이 77만 원`, sums no parts)
                last = False
        return None

    def _breakdown(self, sentence: Sentence) -> bool:
        """The sentence opens with a word of `breakdowns` (`업종별로는`, `지역별로`, `사업 부문별로는`): it breaks down a figure
        before; or it breaks down a measure it names (`기부처별 모금액은`: `_broken_down_measure`). Read once per sentence."""
        if sentence.index not in self.breakdowns:
            words = _words(self.lexicon["breakdowns"])
            first = self.text[sentence.start:sentence.start + 40 if sentence.end > sentence.start + 40 else sentence.end] \
                .split(maxsplit=2)[:2]  # (also `사업 부문별로는`)
            source = self.text.find(SOURCE_END, sentence.start, sentence.start + SOURCE_REACH
                                    if sentence.end > sentence.start + SOURCE_REACH else sentence.end)  # (no `min`)
            if source >= 0 and not _ends_any(first, words):  # (past the source it opens with: `… 수출입 동향에 따르면
                # 품목별로는 선박이 138억 달러로`)
                first = self.text[source + len(SOURCE_END):min(sentence.end, source + 40)].split(maxsplit=2)[:2]
            self.breakdowns[sentence.index] = _ends_any(first, words) or self._broken_down_measure(sentence) is not None
        return self.breakdowns[sentence.index]

    def _headline_figure_start(self, sentence: Sentence, quantity) -> int:
        """Where a headline's figure starts, or a date or a figure of one unit right before it that its noun stands before
        (`외국인 관광객 1~11월 312만명`, `배춧값 한 포기 7천원`): the end of the nouns `headline_noun_before` looks for."""
        start = quantity.start
        date = next((d for d in self.dates_in.get(sentence.index, ()) if d.end + 1 == start), None)
        if date is not None:
            start = date.start
        k = bisect.bisect_left(self.quantity_starts, start) - 1
        if k >= 0:
            one = self.quantity_by_start[self.quantity_starts[k]]
            if one.end + 1 == start and one.value == "1":
                start = one.start
        return start

    def _deal_opened(self, sentence: Sentence) -> Optional[tuple]:
        """The span of the deal the sentence opens with after `이번` (`이번 투자에는`, `이번 투자는`: `deal_nouns`), else None."""
        if not self.text.startswith(THIS_DEAL, sentence.start):
            return None
        deal = THIS_DEAL_OPENER.match(self.text, sentence.start, sentence.end)
        return deal.span(1) if deal and deal.group(1) in self.lexicon["deal_nouns"] else None

    def _opened_measure(self, sentence: Sentence) -> Optional[tuple]:
        """The span of the measure the sentence opens with as the domain of its figures (fact.metric_opened): a measure
        (`_measure_word`, `national_measures`, `opener_measures`; bare nouns, no `restating_nouns`, no date) among its
        first three words, before any figure, marked by `opener_marks` (`내수에서는`, `기업 기부로는`), or by 은/는 with a
        word marked 이/가 after it before the first figure (`수출은 그랑 콜레오스가 중동으로 4,850대`), or by `opener_as_marks`
        after a word in 별 (`나머지는 단계별 마일스톤으로 개발 단계 3억 달러`). Read once per sentence."""
        if sentence.index in self.openers:
            return self.openers[sentence.index]
        window = self.text[sentence.start:sentence.start + 40 if sentence.end > sentence.start + 40 else sentence.end]
        if not _may_open(window.split()[:6], _words(self.lexicon["opener_marks"]), _words(self.lexicon["opener_as_marks"]),
                         _words(self.lexicon["measure_breakdowns"])):
            self.openers[sentence.index] = None  # (cheap first: most sentences open with no such word)
            return None
        self.openers[sentence.index] = found = self._opener(sentence, window)
        return found

    def _opener(self, sentence: Sentence, window: str) -> Optional[tuple]:
        """`_opened_measure` of a sentence that may open with one, read from its first 40 letters `window` (a method of its
        own: the cells its generators take of its locals are made on every call, and most calls are a memo's or gated)."""
        found = None
        words = list(itertools.islice(re.finditer(r"\S+", window), 6))
        for k, match in enumerate(words[:3]):
            word = match.group()
            if word[:1].isdigit():
                break
            end = None
            mark = next((m for m in _longest_first(self.lexicon["opener_marks"]) if word.endswith(m)), None)
            if mark:
                end = match.end() - len(mark)
            elif word[-1] in ("은", "는") and len(word) > 1:
                later = [w.group() for w in itertools.takewhile(lambda w: not w.group()[:1].isdigit(), words[k + 1:])]
                if any(w[-1] in ("이", "가") for w in later[:3]):
                    end = match.end() - 1  # (an item marked 이/가 before the first figure: a double subject)
            elif k and words[k - 1].group().endswith(_words(self.lexicon["measure_breakdowns"])):
                mark = next((m for m in _longest_first(self.lexicon["opener_as_marks"]) if word.endswith(m)), None)
                end = match.end() - len(mark) if mark else None
            if end is None or end <= match.start():
                continue
            start = match.start()
            before = (sentence.start + words[k - 1].start(), sentence.start + words[k - 1].end()) if k else None
            if before and not words[k - 1].group().endswith(_words(self.lexicon["measure_breakdowns"])) \
                    and bare_nouns(sentence, before[0], sentence.start + end) \
                    and not any(d.start < before[1] and before[0] < d.end for d in self.dates_in.get(sentence.index, ())):
                start = words[k - 1].start()  # (`기업 기부로는`; not a date, `지난달 내수에서는`)
            span = (sentence.start + start, sentence.start + end)
            measure = "".join(self.text[span[0]:span[1]].split())
            if (self._measure_word(measure) or measure in self.lexicon["national_measures"]
                    or measure.endswith(_words(self.lexicon["opener_measures"]))) \
                    and measure not in self.lexicon["restating_nouns"] and bare_nouns(sentence, *span):
                found = span
            break
        return found

    def _broken_down_near(self, sentence: Sentence) -> bool:
        """The paragraph broke a figure down in this sentence or the one before (`지역별로는 북미 매출이 …. 유럽과 중국은 각각 …`):
        the items named there are the breakdown's categories."""
        return 0 <= self.broken_down >= sentence.index - 1

    def _broken_down_measure(self, sentence: Sentence) -> Optional[tuple]:
        """The span of the measure the sentence opens by breaking down (`기부처별 모금액은 개인이 62억 원으로 …, 기업 51억
        원`, `국가별 수출액은 미국이 …`): a word ending in one of `measure_breakdowns`, then a measure marked 은/는. Its items
        are categories of that measure, as after `업종별로는`."""
        begin = self._past_opening_date(sentence)  # (`지난해 제품별 매출 비중은 …`: the date says when, the breakdown follows)
        window = self.text[begin:begin + 40 if sentence.end > begin + 40 else sentence.end]
        opening = window.split(maxsplit=2)  # (its first words, cheap first: most sentences open with no breakdown)
        if not opening or len(opening[0]) < 2:
            return None
        if not opening[0].endswith(_words(self.lexicon["measure_breakdowns"])):
            # (a double subject opens with a topic among its first two words: most sentences do not)
            return self._double_subject_measure(sentence, window, begin) \
                if opening[0][-1] in TOPIC_MARKS or len(opening) > 1 and opening[1][-1] in TOPIC_MARKS else None
        first = list(itertools.islice(re.finditer(r"\S+", window), 4))
        if len(first) < 2:
            return None
        start = begin + first[1].start()
        for word in first[1:]:  # (its first words; a measure of several: `용도별 판매 비중은 가정용이 48%로`)
            if word.group()[-1] in ("은", "는"):
                end = begin + word.end() - 1
                measure = self.text[start:end]
                if not (self._measure_word(measure) or "".join(measure.split()) in self.lexicon["national_measures"]) \
                        or not bare_nouns(sentence, start, end):  # (a statistic's count too: `산업별 취업자는 제조업이 …`)
                    return None
                return start, end
        return None

    def _past_opening_date(self, sentence: Sentence) -> int:
        """Where the sentence's words start past a DATE it opens with (`지난해 제품별 매출 비중은`, `올해 상반기 매출은`):
        the date says when, the words after it open the breakdown."""
        dates = self.dates_in.get(sentence.index)
        begin = sentence.start
        for d in dates or ():  # (in text order: a date right after another, `지난해 4분기`, is passed too)
            if d.start > begin + 1:
                break
            if d.start >= begin and self.text[d.end:d.end + 1] == " ":
                begin = d.end + 1
        return begin

    def _double_subject_measure(self, sentence: Sentence, window: str, begin: int) -> Optional[tuple]:
        """The span of the measure a sentence opens with, marked 은/는, when an item marked 이/가 follows it right before the
        sentence's first figure (`자산 비중은 해외주식이 36.4%로 가장 크고 국내채권 27.1%, …`; `증가율은 지난 9월 재단장을 마친
        센텀점이 18.5%로`, a clause on the item between; `급식비는 교육청이 60%`, a sum of money): the double subject breaks
        that measure down by its items, as `자산군별 수익률은 해외주식이 …` does (fact.metric_carried); not past a comma or
        another topic between, which open a clause of their own."""
        words = list(itertools.islice(re.finditer(r"\S+", window), 2))
        for k, word in enumerate(words):
            if word.group()[-1] in {"은", "는"}:
                start, end = begin + words[0].start(), begin + word.end() - 1
                if not ((self._measure_word(self.text[start:end]) or self._money_noun(self.text[start:end]))
                        and bare_nouns(sentence, start, end)):
                    return None
                at = bisect.bisect_left(self.quantity_starts, end)
                if at == len(self.quantity_starts) or self.quantity_starts[at] >= sentence.end:
                    return None
                figure = self.quantity_starts[at]
                between = self.text[end + 1:figure]
                i = sentence.before(figure)
                if not between.endswith(" ") or len(between.split()) > 7 or "," in between or i < 0 \
                        or sentence.tokens[i].tag != "JKS" or sentence.tokens[i].end + 1 != figure \
                        or any(t.tag == "JX" and t.form in TOPIC_MARKS for t in sentence.tokens if end < t.start < figure) \
                        or len(between.split()) > 1 and not any(t.tag == "ETM" for t in sentence.tokens if end < t.start < figure):
                    return None  # (more words than the item only with a clause on it: `소형 SUV 블루윙 크로스가` is a name)
                return start, end
        return None

    def _measure_topic_before(self, sentence: Sentence) -> Optional[tuple]:
        """The measure the sentence right before names as its topic (`판매액은 반기 기준 역대 최대다`), its last: what a
        breakdown opening the next sentence breaks down when no figure stands before it (also from the paragraph before:
        `종류별로는` points back)."""
        if not sentence.index:
            return None
        before, found = self.sentence(sentence.index - 1), None
        for k, token in enumerate(before.tokens[1:], 1):
            if token.tag == "JX" and token.form in TOPIC_MARKS and before.tokens[k - 1].end == token.start:
                found = measure_at(before, k - 1, self.lexicon) or found
        return found

    def _describes_topic(self, sentence: Sentence, quantity, measure: tuple) -> bool:
        """The measure stands in a relative clause that modifies the organization marked as topic (은/는) between it and
        the figure (`모태펀드를 운용하는 한국벤처투자는 지난해 1조 1,200억 원을 출자했다`: an adnominal ending right before the
        name): the clause says what the organization is, not what the figure measures (the verb's noun does: 출자)."""
        if not self.organizations_in.get(sentence.index):  # (cheap first: most sentences name no organization)
            return False
        tokens = sentence.tokens
        for o in self._topics(sentence):
            if measure[1] <= o.start < quantity.start and is_marked(sentence, o, TOPIC_MARKS):
                k = sentence.before(o.start)
                if k >= 0 and tokens[k].tag == "ETM" and tokens[k].start >= measure[1]:
                    return True
        return False

    def _money_before(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """A noun of money right before an amount (`선급금 12억 원`, `연구비 30억 원`: `_money_noun`), as a measure noun there is."""
        tokens, i = sentence.tokens, sentence.before(quantity.start)
        if i < 0 or tokens[i].tag not in ("NNG", "NNP") or tokens[i].end + 1 != quantity.start:
            return None
        start = word_start(sentence, i)
        if self.taken(start, tokens[i].end) or not self._money_noun(self.text[start:tokens[i].end]):
            return None
        return start, tokens[i].end

    def _money_noun(self, text: str) -> bool:
        """A measure word (`예산`, `계약금`) or a noun of money by its last syllable (`연구비`, `선급금`, `수수료`: `money_heads`)."""
        word = "".join(text.split())
        return self._measure_word(word) or len(word) >= 2 and word[-1] in self.lexicon["money_heads"] \
            and word not in self.lexicon["not_money_nouns"]

    def _capital_raised(self, span: tuple) -> bool:
        """The noun names new capital raised (`유상증자`: `capital_raising_heads`), an amount given as it measures it."""
        return self.text[span[0]:span[1]].endswith(tuple(self.lexicon["capital_raising_heads"]))

    def _place_word(self, span: tuple) -> bool:
        """The noun names a place or a region (ORG's `places`; `region_words`: `수도권`, `지방`)."""
        word = self.text[span[0]:span[1]]
        return word in cues()["places"] or word in self.lexicon["region_words"]

    def _measure_word(self, text: str) -> bool:
        """The span ends in a measure noun or suffix (`카드 결제액`, `전세가율`), or in a head that makes one of a noun of two
        syllables or more (`낙찰액`, `취급고`: `measure_heads`)."""
        word = "".join(text.split())
        measures = self.measure_ends.get(word[-1:])  # (only the measures ending in its last letter: `endswith` tries a
        # tuple's words one by one, and the table has ~200)
        return measures is not None and word.endswith(measures) or word.endswith(_words(self.lexicon["measure_suffixes"])) \
            or len(word) >= 3 and word[-1] in self.lexicon["measure_heads"] and word[-2:] not in self.lexicon["not_measure_heads"]

    def _parallel(self, sentence: Sentence, quantity, topic: tuple) -> bool:
        """A topic marked 도 that names no measure (`전문·과학 및 기술서비스업도 9만2천명 증가했다`) is a parallel of
        something before, not the metric: the figure of the same unit before it in the sentence lends its own."""
        if self.text[topic[1]:topic[1] + 1] != "도" or not (self.previous and self.previous[0] is sentence
                                                         and self.previous[1] and self.previous[2] == quantity.unit):
            return False
        word = "".join(self.text[topic[0]:topic[1]].split())
        return not word.endswith(self.measure_ends.get(word[-1:], ()))  # (the measures ending in its last letter: `_measure_word`)

    def _part_of_whole(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The metric of the whole's figure an among word follows (`조합원 2,700명 가운데 62%가`, `환자 48명 가운데 18명의
        종양이` → 조합원, 환자), for a part told right after it, a rate or a count of the same counter, or a count of it past a
        relative clause in the same clause that only describes the part (`농가 16만 호 가운데 경작 면적이 0.5㏊ 이상인 11만
        호에` → 농가, not 면적); not a count with a noun of its own right after it (`26개 노선 가운데 9개 노선에`), nor money
        (`매출 6,840억 원 가운데 1,108억 원을 연구개발에`: what it is spent on), nor a part named before it as its subject or topic
        (`부스 120곳 중 지역 농가가 운영한 곳이 85곳`, `870개 신협 가운데 적자를 낸 조합은 214곳`), nor one a topic right before the
        whole names (`연구개발 인력은 전체 임직원 130명 중 102명` → 연구개발 인력)."""
        _, end, unit, metric = self.among
        if quantity.start <= end or not (quantity.unit == "%" or quantity.category == "count" and quantity.unit == unit):
            return None
        tokens, k = sentence.tokens, sentence.after(end)
        if k >= len(tokens) or tokens[k].form not in PARTS or quantity.category == "count" and noun_right_after(sentence, quantity):
            return None
        if tokens[k].end + 1 == quantity.start:
            topic = self._topic_before(sentence, quantity)
            # `연구개발 인력은 전체 임직원 130명 중 102명`: a topic right before the whole names the part (as `_partitive`)
            return topic if topic and _PART_TOPIC.fullmatch(self.text, topic[1], metric[0]) else metric
        i = sentence.before(quantity.start)
        if quantity.unit != "%" and tokens[i].tag == "ETM" and tokens[i].end == quantity.start - 1 \
                and sentence.clause(quantity.start)[0] <= tokens[k].start:
            return metric
        return None

    def _partitive(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The whole a count is part of: the noun before `중`/`가운데` (`네티즌 중 1명은`), or the
        metric of the count of the same counter there (`임원 10명 중 7명`), which a count followed by
        `중` also shares (`청소년 10명 중 8명이 …, 4명 중 한 명꼴로`)."""
        found = partitive_before(sentence, quantity, self.taken)
        if found:
            return found
        tokens, i = sentence.tokens, sentence.before(quantity.start)
        whole = i >= 0 and tokens[i].form in PARTS and tokens[i].tag in {"NNB", "NNG"}
        j = sentence.after(quantity.end)
        part = j < len(tokens) and tokens[j].form in PARTS and tokens[j].tag in {"NNB", "NNG"}
        if not ((whole or part) and self._shares(sentence, quantity) and self.previous[2] == quantity.unit):
            return None
        topic = self._topic_before(sentence, quantity) if whole else None
        # `연구개발 인력은 전체 임직원 130명 중 102명으로`: the topic names the part counted, the whole is the figure's before
        return topic if topic and _PART_TOPIC.fullmatch(self.text, topic[1], self.previous[1][0]) else self.previous[1]

    def _frame(self, sentence: Sentence) -> Optional[tuple]:
        """The sentence's frame (`framed`), found once per sentence, else the one the sentence
        before it opened (`…을 보면 A가 1,197kcal로 최고였고 | B와 C가 각각 …`: a list goes on)."""
        own = self._own_frame(sentence.index)
        if own or not sentence.index:
            return own
        before = self._own_frame(sentence.index - 1)
        return before and before[:2] + (sentence.start,)

    def _own_frame(self, index: int) -> Optional[tuple]:
        if index not in self.frames:
            raw = self.raw[index]
            self.frames[index] = framed(self.sentence(index), self.lexicon["frame_verbs"]) \
                if may_frame(self.text[raw.start:raw.end]) else None
        return self.frames[index]

    def _totals(self, sentence: Sentence, quantity) -> bool:
        """The figure totals a list (`환자 8명, … 환자 4명 등 80여 명`, `… 등 모두 1만 140대를`): it is not the last item's."""
        tokens, i = sentence.tokens, sentence.before(quantity.start)
        if i >= 1 and tokens[i].tag in ("MM", "MAG") and tokens[i].form in self.lexicon["not_metrics"]:
            i -= 1  # (past a total's word: `모두`, `총`)
        return i >= 0 and tokens[i].form in self.lexicon["list_ends"]

    def _list_topic(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The topic before the first item of the list a total closes (`수주 선박은 LNG 운반선 18척, VLCC 9척 등 모두 41척`,
        `제휴 금융사는 은행 12곳, 저축은행 31곳 등 총 58곳` → 수주 선박, 제휴 금융사): what the total counts or measures (holdout5,
        47, 75, 80); not a word standing for an organization (`회사는`)."""
        first = next((q for q in self.ordered_quantities if sentence.start <= q.start < quantity.start
                      and q.unit == quantity.unit), None)
        topic = self._topic_before(sentence, first) if first is not None else None
        if topic is None or self._stands_for_organization(sentence, first, topic) \
                or self.text[topic[0]:topic[1]] in self.lexicon["not_metrics"]:
            return None
        return topic

    def _rate_word(self, metric: tuple) -> bool:
        """The metric names a rate (`rate_nouns`: `점유율`, `비중`; a noun ending in 율/률): it measures percentages only."""
        return names_rate("".join(self.text[metric[0]:metric[1]].split()), self.lexicon)

    def _shares(self, sentence: Sentence, quantity) -> bool:
        """The figure before it in the sentence has a metric this one may share: a measure or a
        topic (`관객은 12만 명으로 … 92% 감소했다`) goes with any figure after it, a counted noun only
        with a count of the same counter (`5곳 취업박람회장에서 16명이 숨지고`: not the venues)."""
        if not (self.previous and self.previous[0] is sentence and self.previous[1]):
            return False
        if self.previous[2] == "%" and quantity.unit not in ("%", "%p") and self._rate_word(self.previous[1]):
            return False  # `A가 1,702만 명으로 점유율 47.1%를 기록했고 B는 1,089만 명(30.1%)`: a rate's measure is no count's
        return self.previous[3] not in COUNTED_RULES or self.previous[2] == quantity.unit \
            or quantity.unit == "%" and is_change(sentence, quantity, self.lexicon)  # `수출 572억 달러, 1.3% 감소`

    # -- subject -----------------------------------------------------------------------------

    def _market_researchers(self) -> frozenset:
        """Ids of the organizations introduced as market research firms (`시장조사업체 카운터포인트리서치`)."""
        intros = self.lexicon["source_intros"]
        for word in self.intros_cover:  # (cheap first: most stories introduce no such firm; `_cover`, fewer words than `intros`)
            if word in self.text:
                break
        else:
            return frozenset()
        def word_before(o) -> str:  # (from a short window: never a copy of all the text before)
            return (self.text[max(0, o.start - 16):o.start].split() or [""])[-1]
        return frozenset(o.org_id for o in self.all_organizations if self.text[o.start - 1:o.start] == " "
                         and word_before(o) in intros)

    def _organizations(self, sentence: Sentence) -> list:
        """The sentence's organizations that are not a source (`통계청에 따르면`, `… 발표한 조사에 따르면`)
        or the press reporting it (`… 다쳤다고 런민넷이 17일 보도했다`)."""
        if sentence.index in self.kept_organizations:
            return self.kept_organizations[sentence.index]
        found = self.organizations_in.get(sentence.index, [])
        if found and self._opens_breakdown(sentence, _words(self.lexicon["counterparty_breakdowns"])):  # (`고객사별로는 삼성전자 수주가 …`:
            found = []  # customers, categories)
        elif found and self._opens_breakdown(sentence, cues()["region_breakdowns"]):  # (`지역별로는 경기도가 5만 1천 가구로`:
            # places, ORG's `region_breakdowns`)
            found = [o for o in found if o.org_type != "local_government"]
        if found and (self.text.find(AMONG_AFTER[0], sentence.start, sentence.end) >= 0
                      or self.text.find(AMONG_AFTER[1], sentence.start, sentence.end) >= 0):
            found = self._without_customers(sentence, found)  # (`이 가운데 삼성전자 물량이`: customers, parts)
        according = self._citing(sentence) if found else -1
        press = press_from(sentence, self.lexicon) if found else None
        reporting = press_topics(sentence, found, press, self.lexicon) if found else []
        kept = []
        for o in found:  # (a loop: a comprehension over these locals makes a cell of each on every call, the memo's too)
            marked = followed_by(self.text, o.end, self.lexicon["source_markers"], 0) \
                and not (0 <= according and o.end <= according and self._discloses(sentence, o, according)) \
                or self.text.startswith("한 ", o.end + 4) and _statistic_cited(  # (cheap first: a verbal noun of two syllables and 한)
                    self.lexicon["announce_verbs"], self.lexicon["statistics_reports"]).match(self.text, o.end) is not None
            # (`산업통상자원부가 발표한 … 동향에서 편의점 매출은`: the statistic's source, as `금감원이 집계한` is; readers give none
            # 8 of 8 over the training sets)
            if marked and according < 0:
                self.sourced.add(sentence.index)  # (`금감원이 집계한 …`: a source, as one cited by `에 따르면` is)
            elif o.org_type == "ngo" and 0 <= according and o.end <= according and not self._discloses(sentence, o, according):
                self.publishers.add(o.canonical)  # (`여신금융협회가 발표한 '10월 카드승인실적'에 따르면`: an association's
                # statistics of its industry, and its forecast of their measure after them, `협회는 … 승인액이`, are nobody's)
            if (not (0 <= according and o.end <= according and not self._discloses(sentence, o, according))
                    and not (press is not None and o.start >= press) and not self._orders(o)
                    and o not in reporting and o.org_id not in self.sources and not marked):
                kept.append(o)
        self.kept_organizations[sentence.index] = kept
        return kept

    def _orders(self, organization) -> bool:
        """The organization is the subject of a relative clause of ordering (`에게안마린이 발주한 LNG 운반선 6척은`, `서울시가
        발주한 3,150억 원 규모의 지하차도 공사도 따냈다`: `ordering_verbs`): the customer, a counterparty of the builder's
        order, no figure's owner (FACTS.md; holdout27, 35, 39, 67, 71, 80 give the contractor)."""
        if self.text[organization.end:organization.end + 1] not in ORDERED_AFTER:
            return False
        marked = ORDERED_BY.match(self.text, organization.end)
        return marked is not None and self.text.startswith(self.ordering_verbs, marked.end())

    def _relative_subject(self, sentence: Sentence, quantity, start: int) -> bool:
        """The word at `start` is marked as subject (이/가) of a relative clause that ends before the figure and modifies
        something other than it (`은행이 출연한 60억 원을 바탕으로 900억 원`): it stands for the clause's doer only, not the
        figure's owner (as an organization there is not: docs/facts.md, Relative clauses, their subject)."""
        tokens, k = sentence.tokens, sentence.before(start + 1)
        figure = sentence.after(quantity.start)
        if not (0 <= k and k + 1 < figure and tokens[k + 1].tag == "JKS"):
            return False
        m = next((m for m in range(k + 2, figure) if tokens[m].tag in ("ETM", "ETN", "EC", "EF")), None)
        return m is not None and tokens[m].tag == "ETM" and tokens[m].end + 1 < quantity.start

    def _opens_breakdown(self, sentence: Sentence, words: tuple) -> bool:
        """The sentence opens with a breakdown by one of `words`: by counterparty (`고객사별로는`, `거래처별 매출은`:
        `counterparty_breakdowns`), whose organizations are the supplier's customers, categories of its figures; by region
        (`지역별로는`: ORG's `region_breakdowns`), whose cities and provinces are places."""
        word = (self.text[sentence.start:sentence.start + 24 if sentence.end > sentence.start + 24 else sentence.end]
                .split(maxsplit=1) or [""])[0]
        return word.startswith(words)

    def _without_customers(self, sentence: Sentence, found: list) -> list:
        """`found` without the customers whose volume a part of the figure before is, named after an among word (`이 가운데
        최대 고객사인 SK하이닉스 물량이 2,630억 원으로`, `이 가운데 삼성전자와 SK하이닉스 물량이 각각`: `customer_volumes`): a
        part of the supplier's figure, whose owner the subject carried stays (holdout66 001, 74 001, 84 001)."""
        for o in reversed(found):  # (a loop: few sentences with an among word get here)
            if followed_by(self.text, o.end, self.lexicon["customer_volumes"], 0):
                among = max(self.text.rfind(AMONG_AFTER[0], sentence.start, o.start),
                            self.text.rfind(AMONG_AFTER[1], sentence.start, o.start))
                return [x for x in found if not among < x.start <= o.start] if among >= 0 else found
        return found

    def _citing(self, sentence: Sentence, end: Optional[int] = None) -> int:
        """Where the sentence cites a source (`…에 따르면`, `… 집계로는`), before `end` if given, else -1."""
        end = sentence.end if end is None else end
        according = self.text.find(CITING, sentence.start, end)
        return according if according >= 0 else self.text.find(TALLY_CITING, sentence.start, end)

    def _fresh_citing(self, sentence: Sentence) -> int:
        """Where the sentence cites a source that starts afresh (`_citing`), not one cited for parts of the figure before
        (`_part_cited`), else -1."""
        according = self._citing(sentence)
        return -1 if according >= 0 and self._part_cited(sentence, according) else according

    def _part_cited(self, sentence: Sentence, according: int) -> bool:
        """The source cited at `according` (`_citing`) is cited for parts of the figure before, which the words right after
        it open (`28일 공정거래위원회 정보공개서에 따르면 이 가운데 가맹점은 241곳`: `part_openers`): the parts keep the
        whole's owner, the subject carried (a breakdown goes on; holdout82 003, as 33 005's `금융권에 따르면 이 가운데`)."""
        words = self.text[according:according + 14].split()[1:3]  # (the words after the citing one)
        return bool(words) and (words[0] in self.lexicon["part_openers"] or "".join(words) in self.lexicon["part_openers"])

    def _discloses(self, sentence: Sentence, organization, according: int) -> bool:
        """The organization cites its own report (`A가 공시한 1분기 실적에 따르면`, or the story's organization any report
        of its own: `배달픽이 공개한 연간 리포트에 따르면` in a story about 배달픽): it owns the figures. So does the story's
        organization cited by name itself (`5일 서라벌은행에 따르면 원화대출금은`, in a story about 서라벌은행: its own
        figures, told by it; fact.subject_disclosed). A public body's or an association's release with a results word in its
        title (`금융감독원이 발표한 '보험회사 경영실적'에 따르면`, `여신금융협회가 발표한 '10월 카드승인실적'에 따르면`) is an
        agency's release, its industry's figures: a source, unless the story is that body's."""
        if self.story_subject is None and sentence.index >= self.current:
            self._story_subject()  # (read the lead now, not after this sentence is taken: `한결대가 … 대학정보공시에 올린
            # 결산에 따르면` in a story about 한결대; only the sentences before the one linked are read, so never this one)
        story = {o.org_id for o in self.story_subject or ()}
        if organization.org_id in story and _names_own_source(self.text[organization.end:according]):
            return True
        return is_marked(sentence, organization, SUBJECT) and (organization.org_id in story or (
            organization.org_type not in REPORTERS
            and any(self.text.find(word, organization.end, according) >= 0 for word in self.lexicon["own_reports"])))

    def _goes_on_clause(self, sentence: Sentence, start: int, end: int) -> bool:
        """Between `start` and `end` of the sentence no topic or subject is marked, nor a list goes on by a comma (`…선적되며
        전년 동월(1,200대)의 4배로`; not `중동이 1조 원으로 가장 많았고 동남아시아 7,200억 원, …`): the figure at `end` is in the
        clause of the earlier one, or in a clause joined to it that goes on with its subject."""
        i = sentence.before(end)
        if i >= 0 and sentence.tokens[i].tag in ("NNG", "NNP", "SL") and sentence.tokens[i].end + 1 == end:
            return False  # (an item named right before the figure: `…가장 많았고 동남아시아 7,200억 원`)
        return not any(start <= t.start < end and (t.tag in ("JX", "JKS") and t.form in TOPIC_OR_SUBJECT or t.tag == "SP")
                       for t in sentence.tokens)

    def _topics(self, sentence: Sentence) -> list:
        """The sentence's organizations marked as topic or subject (`topics`), found once per sentence."""
        if sentence.index not in self.marked:
            self.marked[sentence.index] = list(itertools.filterfalse(self._part_share, topics(  # (no cell of `self` per call)
                sentence, self._organizations(sentence), self.lexicon["member_nouns"], self.lexicon["analysts"],
                self.lexicon["venue_nouns"])))
        return self.marked[sentence.index]

    def subject(self, sentence: Sentence, quantity, metric) -> tuple:
        if self.named_end >= 0 and self.text[self.named_end:quantity.start] == ", " and each_listed(sentence, quantity):
            return [], "subject_named"  # `루미엘과 에코스가 각각 7,820대, 5,640대로`: the names' list goes on, no organization's
            # (the first of the list after 각각 found none: the items it lists are no organizations)
        if self._broken_down_near(sentence) and self._product_item(sentence, quantity):
            return [], "subject_product_item"  # `차종별로는 그랜저가 8,420대로`: a named product's figure, no organization's
        found, rule = self._subject(sentence, quantity, metric)
        if rule == "subject_none" and metric:
            operator = self._cited_operator(sentence, metric)
            if operator:
                found, rule = operator, "subject_operator"
        if rule == "subject_carried" and self.named_clause and self.named_clause[0] == sentence.index \
                and self._goes_on_clause(sentence, self.named_clause[1], quantity.start):
            # `수출은 그랑 콜레오스가 … 4,850대 선적되며 전년 동월(1,200대)의 4배로 늘었다`: a clause joined after one a name
            # that is no organization owned, with no subject of its own, goes on with that name (a product's: none)
            return [], "subject_named"
        if found and metric and _all_of(found, FORECASTERS) \
                and (self._national(metric) and _all_of(found, PUBLIC)
                     or self._placed(metric, sentence)) \
                and (all(o.org_type != "local_government" for o in found) or not self._drawn(metric)
                     or self._reported_visitors(sentence)) \
                or found and metric and _all_of(found, REPORTERS) and self._region_scoped(sentence, metric) \
                and self._national(metric) \
                or found and metric and rule == "subject_topic" and _all_of(found, REPORTERS + ("",)) \
                and self._occurred(metric) and self._region_scoped(sentence, metric) and reports(sentence, self.lexicon):
            # (`전라남도와 전남관광재단은 … 도내 관광객이`: the region's, also of visitors; visitors a city reports, `부산시는 …
            # 부산을 방문한 외국인 관광객이 … 늘었다고 밝혔다`, are its place's too; what happened in its region, `부산광역시
            # 소방재난본부는 2025년 관내에서 발생한 화재가 2천314건으로 …고 밝혔다`, by a body no list types too: the region's
            # own scope word is a public body's)
            if self._own_funds(quantity, metric):
                return found, "subject_own_funds"  # `소방본부는 올해 예산으로 4천126억원을 편성해`: its own budget
            if self._region_scoped(sentence, metric) or self._reported_visitors(sentence):
                # (its region's visitors, or any place's measure a reporting sentence tells, `의성군농업기술센터는 올해 의성
                # 지역 마늘 생산량이 …고 밝혔다`, a port's too, `부산항만공사는 … 부산항 컨테이너 물동량이 …고 밝혔다`: what the
                # story goes on with is the place's too, fact.subject_visitors; an airport's is its operator's, `_placed`)
                self.visitor_reporters.update(o.canonical for o in found)
            if all(o.org_type not in PUBLIC for o in found):  # `한국벤처캐피탈협회는 지난해 국내 벤처투자액이 …`: an association
                self.publishers.update(o.canonical for o in found)  # publishing its industry's statistics, as after `동향을
                self.unowned.add(self._split_metric(metric)[0][-1])  # 발표했다` (`_carried`): the story's figures are none's
            if rule == "subject_topic":  # (`… 도내 사과 재배면적이 1만 9,400㏊로 줄었지만 ㏊당 수확량은 24.6t으로 늘었다고 분석했다`:
                self.tallied = (sentence.index, frozenset(o.canonical for o in found))  # the place's too, `subject_tallied`)
            return [], "subject_national"  # `산업통상자원부는 5월 수출액이 …`, `경상북도는 도내 수출액이`: the country's, the region's
        if found and rule in ("subject_topic", "subject_anaphor") and metric and quantity.category != "currency" \
                and _all_of(found, PUBLIC) and self._told_subject(sentence, quantity, metric):
            # `예산군은 … 농경지 1,284㏊가 피해를 봤다고 밝혔다`, `산업부는 협력업체 460여 곳이 참여해 1만 2,000명의 일자리가 생길
            # 것으로 내다봤다`: what the place or the event has, the body only tells it; nor the figures told on with it
            self.visitor_reporters.update(o.canonical for o in found)
            return [], "subject_told"
        if found and rule == "subject_topic" and metric \
                and (self.tallied[0] == sentence.index and self.tallied[1].issuperset([o.canonical for o in found])
                     or self._public_or_talliers(found)
                     and self._tallies(sentence, quantity, metric, found)):
            # `한국야구위원회는 … 정규시즌의 누적 관중이 1,231만 명으로 집계됐다고 밝혔다`, `협회는 지난해 신규 벤처투자액이 …`:
            # a league's or an association's tally of its clubs' or its industry's whole, none named; nor the figures the
            # sentence and the story go on with (as after visitors a city reports)
            self.visitor_reporters.update(o.canonical for o in found)
            self.tallied = (sentence.index, frozenset(o.canonical for o in found))
            return [], "subject_tallied"
        if found and rule in ("subject_topic", "subject_anaphor") and self.visitor_reporters:
            # `진천군은 인구가 … 늘었다고 밝혔다 | … | 군은 올해 복지 예산으로 2,148억 원을 편성했다 | 전체 예산 7,320억 원의`: the
            # reporter named again for a figure of its own: the story goes on with its own business, not the place's
            self.visitor_reporters.difference_update([o.canonical for o in found])
        if found and rule in {"subject_carried", "subject_story"} and self.visitor_reporters \
                and {o.canonical for o in found} <= self.visitor_reporters \
                and not self._quoted(sentence, quantity):
            # (`관광객이 쓴 돈은 …`, `외국인 관광객은 …`: the region's tourism told on, not the body's; its head's quoted plan is its)
            return [], "subject_visitors"
        if found and metric and _all_of(found, FORECASTERS) \
                and (self._national(metric) or _all_of(found, PUBLIC)
                     and self.text[metric[0]:metric[1]].split()[-1] in self.unowned) \
                and final_verb(sentence) in self.lexicon["forecast_verbs"]:
            return [], "subject_forecast"  # `무역협회는 내년 수출이 7천억 달러를 넘을 것으로 내다봤다`: the country's, foreseen;
            # also a measure the story gave no owner before that a public body foresees (`5G 가입자는 … | 과기정통부 관계자는
            # "올해 안에 5G 가입자가 4,000만 명을 넘어설 것"이라고 내다봤다`): the country's too, not the body's
        if found and rule == "subject_topic" and metric and self._estimates(sentence, metric, found):
            return [], "subject_estimated"  # `한국백화점협회는 올해 1분기 백화점 매출 증가율을 5% 안팎으로 내다봤다`,
            # `국토교통부는 … 전체 이동 인원을 2,790만 명으로 집계했다`: the industry's, the market's or the country's
        if found and self._association_quoted(sentence, quantity, found):
            return [], "subject_association"  # `VC협회 관계자는 "내년 상반기 펀드 결성액도 20% 안팎 증가할 전망"`: the industry's
        if found and metric and self.publishers and {o.canonical for o in found} <= self.publishers \
                and self.text[metric[0]:metric[1]].split()[-1] in self.unowned:
            if self._own_funds(quantity, metric):
                return found, "subject_own_funds"  # (a headline's bare `소방예산`, no one's, made 예산 no one's measure)
            return [], "subject_national"  # `… 동향을 발표했다 … 협회는 연간 투자액이 11조 원을`: its statistic's measure
        if found and rule == "subject_carried" and self._others_topic(sentence, quantity):
            return [], "subject_others"  # `협약 기업들은 … 신규 인력 1,500여 명을 고용한다`: organizations of a kind, none named
        if found and rule in ("subject_carried", "subject_story") and len(found) == 1 and metric \
                and self.text[metric[0]:metric[1]].split()[-1] in self.lexicon["earnings_measures"]:
            runner = self._brand_runner(found[0])
            if runner is not None:
                # `팬잇을 운영하는 오르빗랩스는 … 팬잇의 이용자가 …고 밝혔다 | 3분기 매출은 186억 원으로`: the platform's users and
                # transactions are the platform's, its revenue and profit the company's that earned them (FACTS.md)
                return [runner], "subject_brand_operator"
        if found and len(found) == 1 and rule in ("subject_topic", "subject_carried", "subject_anaphor", "subject_story") \
                and metric and self._platform_measure(metric):
            platform = self._run_platform(found[0])
            if platform is not None and self._platform_owns(platform):
                # `김태오 세온미디어 대표는 "… 가입자를 700만 명 이상으로 늘리고"`, in a story of the platform 플릭스온 it runs:
                # a platform's users are the platform's, whoever tells them (FACTS.md; holdout74 006, 81 005)
                return [platform], "subject_platform_users"
        if found and len(found) == 1 and rule in ("subject_carried", "subject_story") and self.platform_told \
                and self.platform_told[0] >= sentence.index - 1 and metric \
                and self.text[metric[0]:metric[1]].split()[-1] not in self.lexicon["member_nouns"] \
                and self.text[metric[0]:metric[1]].split()[-1] not in self.lexicon["earnings_measures"]:
            platform = self._run_platform(found[0])
            if platform is not None and platform.canonical == self.platform_told[1]:
                # `… 플랫폼 거래량이 2만1천340대로 … | 10월 거래를 차종별로 보면 국산차가 1만5천900대로`, `평균 거래 가격은`: the
                # figures told on right after the platform's go on with the platform, not its operator carried (items of a
                # breakdown keep the total's subject, reader-conventions #14); the operator's staff and results stay its own
                return [platform], "subject_platform_carried"
        if self.has_cumulative and found and rule in ("subject_topic", "subject_carried") and metric \
                and self.text.find("누적", max(0, metric[0] - 10), metric[1]) >= 0 \
                and "".join(self.text[max(0, metric[0] - 10):metric[1]].split()).endswith(tuple(self.lexicon["raised_measures"])):
            # (the measure's words before its head may lie outside the metric's span, `누적 투자 유치액`; 누적 is tested first,
            # cheap: each of `raised_measures` opens with it)
            story = self._story_subject()
            if story and len(story) == 1 and all(o.canonical != story[0].canonical for o in found):
                # `이번 투자에는 A와 B가 참여했으며, 누적 투자금은 230억 원이 됐다`: the startup raised it, not its investors
                return list(story), "subject_raised"
        if not found and metric:
            self.unowned.add(self._split_metric(metric)[0][-1])
            if rule in WHOLE_GOES_ON and self.text.startswith(WHOLE_MARKED, metric[1]):
                # `상반기 전체 공모액은 3조 2,100억 원으로 … | 새로 상장한 기업은 41곳이었다`, `도내 학생은 18만 6,300명으로 … |
                # 신입생이 10명 이하인 초등학교도 94곳에`: a whole's or a region's figure told, the figures the paragraph goes
                # on with that have no subject of their own are its too, not the organization carried before it; only a
                # whole told as its clause's topic or subject (`전체 휴대폰 가입자 1,980만 명 가운데`, `도내 농가 16만 호 가운데
                # …인 11만 호에`, `전체 매출(3조 원)의 27%`: a whole a part is told of, the story's organization's going on)
                self._carried()  # (the sentences read so far are walked first: what they set is replaced, not found later)
                self.subject_set = WHOLE_CARRIED
        return found, rule

    def _platform_measure(self, metric: tuple) -> bool:
        """A measure of a platform's users (its last word: `user_measures`) or of its transactions (any word:
        `transaction_words`, `플랫폼 거래량`, `주문 건수`): the platform's, whoever tells it (fact.subject_platform_users)."""
        words = self.text[metric[0]:metric[1]].split()
        if words[-1] in self.lexicon["user_measures"] or any(w in self.lexicon["transaction_words"] for w in words):
            return True
        # (the bare nouns right before the span, of the same phrase: `평균 거래 가격` read as 가격, `주문 건수` as 건수)
        return metric[0] > 0 and self.text[metric[0] - 1] == " " and any(
            w in self.lexicon["transaction_words"] for w in self.text[max(0, metric[0] - 12):metric[0]].split()[-2:])

    def _platform_owns(self, platform) -> bool:
        """The story's body tells a figure as the platform's own: its name owns a measure (`팬잇의 월간 활성 이용자가`,
        `플릭스온의 유료 가입자가`) or the word of a platform does (`플랫폼 거래량이`). Else the operator told as the topic
        (`'옷장플러스'를 운영하는 스타일웨이브는 … 누적 회원 수가`, `툰브릿지를 운영하는 브릿지웍스는 … 유료 결제 이용자가`)
        owns the figures, the platform named only as what it runs (holdout95 001, 117 003; 74 006, 81 005, 84 005 the
        platform's). Read once per story."""
        if self.platform_owned is None:
            body = self.text.find("\n")  # (the headline's `'옷장플러스' 회원 800만 돌파` is no owner: every such story has it)
            words = self.lexicon["transaction_words"]
            self.platform_owned = "플랫폼 " in self.text and any("플랫폼 " + word in self.text for word in words) \
                or any(o.canonical == platform.canonical and o.start > body and OWNED_NAME.match(self.text, o.end)
                       for o in self.all_organizations)
        return self.platform_owned

    def _cited_operator(self, sentence: Sentence, metric: tuple) -> list:
        """The transport operator the sentence cites as its source (`부산교통공사에 따르면`: `transport_operators`) for a
        measure of riders (`rider_measures`: `도시철도 일평균 이용객은`): its own riders, as when it reports them
        (fact.subject_operator), else []."""
        if self.text[metric[0]:metric[1]].split()[-1] not in self.lexicon["rider_measures"]:
            return []
        according = self._citing(sentence, metric[0])
        if according < 0:
            return []
        for o in self.organizations_in.get(sentence.index, ()):  # (a loop: no cell of `according` per call)
            if self.text[o.end:according] == "에 " and o.canonical.endswith(self.operator_endings):
                return [o]
        return []

    def _told_subject(self, sentence: Sentence, quantity, metric: tuple) -> bool:
        """The figure is the subject of the clause a public body tells as its sentence's topic (`reporting_verbs` or
        `forecast_verbs` as the last predicate): marked 이/가 itself (`농경지 1,284㏊가 피해를 봤다고 밝혔다`) or through the noun it
        measures (`1만 2,000명의 일자리가 생길 것으로 내다봤다`). What is counted acts in the place or the event told, the body
        only reports it (fact.subject_told); not its own people (`임직원 1,240명이 헌혈에 참여했다고`: `member_nouns`)."""
        end, tokens = quantity.end, sentence.tokens
        if self.text[end:end + 2] == "의 ":  # (`N명의 일자리가`, `25곳의 지난해 기술료 수입이`: up to three nouns, then the mark)
            k = i = sentence.after(end + 2)
            while k < len(tokens) and k < i + 3 and tokens[k].tag in ("NNG", "NNP"):
                k += 1
            if k == i:
                return False
            end = tokens[k - 1].end
        if self.text[end:end + 2] not in ("이 ", "가 "):  # (a subject mark; kiwipiepy misreads it after a symbol: `1,284㏊가`)
            return False
        k = sentence.after(end + 2)
        while k < len(tokens) and tokens[k].tag not in ("ETM", "ETN", "EC", "EF"):
            k += 1
        if k < len(tokens) and tokens[k].tag == "ETM" and not (k + 1 < len(tokens) and tokens[k + 1].form == "것"):
            return False  # (a relative clause's subject: `기업 120곳이 참여하는 채용박람회를 연다고`, the body's own event;
            # not the told clause made a noun, `일자리가 생길 것으로 내다봤다`)
        if self.text[metric[0]:metric[1]].split()[-1] in self.lexicon["member_nouns"]:
            return False
        return reports(sentence, self.lexicon) or final_verb(sentence) in self.lexicon["forecast_verbs"]

    def _tallies(self, sentence: Sentence, quantity, metric: tuple, found: list) -> bool:
        """The sentence reports (`reporting_verbs` last) a measure marked 이/가 right before the figure (`누적 관중이 1,231만
        명으로`), told by an association or a league (`_tallier`), alone or with a public body (not a ministry's budget alone), that
        is not the story's organization (`[보도자료] 한국야구위원회(KBO), 정규시즌 관중 …`: the league's own story)."""
        if self.text[metric[1]:quantity.start] not in ("이 ", "가 ") or not any(self._tallier(o) for o in found) \
                or self.text[metric[0]:metric[1]].split()[-1] in self.lexicon["member_nouns"] or not reports(sentence, self.lexicon):
            return False  # (its own members are its own: `한국무역협회는 올해 회원사가 7만 2천 곳으로 늘었다고`)
        if not TOPIC_AFTER_NAME.match(self.text, found[-1].end, found[-1].end + 12):
            return False  # (the teller marked as topic, not a league named in the told clause: `한국배구연맹은 올해 V리그 누적
            # 관중이 62만 명으로` → V리그, the league whose crowd it is)
        story = {o.canonical for o in self._story_subject(final=True) or ()}  # (the lead may be this sentence: read it now)
        if not any(o.canonical in story for o in found):
            return True
        # (a teller the headline does not name, only the lead, `지난달 카드 승인액 98조…` | `여신금융협회는 지난달 전체 카드
        # 승인금액이 …`, tells its industry's figures still)
        headline = {o.canonical for o in self.organizations_in.get(0, ())}
        return not any(o.canonical in headline for o in found)

    def _public(self, organization) -> bool:
        """A public body, also by a short form no list types (`충북교육청`) when another mention of its name is typed one."""
        return organization.org_type in PUBLIC or not organization.org_type and any(
            o.canonical == organization.canonical and o.org_type in PUBLIC for o in self.all_organizations)

    def _estimates(self, sentence: Sentence, metric: tuple, found: list) -> bool:
        """Its topic, an association, a research institute or a ministry (`ESTIMATORS`), estimates or foresees what it tells
        (`estimate_verbs` or `forecast_verbs` as the last predicate): a measure of its industry, its market or the country,
        which it only tells (fact.subject_estimated); not its own members' (`member_nouns`). Not a company, a local
        government or an agency, which foresee their own (`인천국제공항공사는 연휴 기간 이용객이 … 것으로 예상했다`)."""
        for o in found:  # (cheap first: a loop, as `_all_of`)
            if o.org_type not in ESTIMATORS:
                return False
        verb = final_verb(sentence)
        return (verb in self.lexicon["estimate_verbs"] or verb in self.lexicon["forecast_verbs"]) \
            and self.text[metric[0]:metric[1]].split()[-1] not in self.lexicon["member_nouns"]

    def _tallier(self, organization) -> bool:
        """A league (`한국야구위원회`), or an association, a federation or an exchange by its name's end
        (`tallying_associations`: `한국벤처캐피탈협회`, `한국거래소`), that tallies its clubs', its industry's or its market's whole."""
        return organization.org_type == "sports_league" \
            or organization.canonical.endswith(self.tallier_endings)

    def _association_quoted(self, sentence: Sentence, quantity, found: list) -> bool:
        """The figure is in the quoted words of an association of members (`speaking_associations`, an NGO by its type: not
        `농협중앙회`, a bank; a short form has no type, `VC협회`) that is all its subject: it speaks for its industry or its
        members, whose figure it tells."""
        for o in found:
            if o.org_type not in ("ngo", "") or not o.canonical.endswith(self.association_endings):
                return False
        return self._quoted(sentence, quantity)

    def _public_or_talliers(self, organizations: list) -> bool:
        """Each of `organizations` is a public body or a tallier (`_tallier`); a loop, as `_all_of`."""
        for o in organizations:
            if o.org_type not in PUBLIC and not self._tallier(o):
                return False
        return True

    def _publishes(self, sentence: Sentence) -> bool:
        """The sentence reports the publishing of statistics (`'3분기 벤처투자 동향'을 발표했다`: `statistics_reports`)."""
        return reports(sentence, self.lexicon) and any(t.form in self.lexicon["statistics_reports"] for t in sentence.tokens)

    def _product_measure(self, sentence: Sentence, metric: tuple) -> bool:
        """A name in quotes stands right before a measure of what a product sells or makes (`'아이온' 판매량`:
        `product_measures`) and is no organization: a product's."""
        k = metric[0] - 2
        owned = TITLE_OWNS.search(self.text[k - 18 if k - 18 > sentence.start else sentence.start:metric[0]])  # (no `max`)
        if owned:  # (`'크라운 오브 에덴'의 누적 다운로드가`, `'로수텐'의 2025년 원외처방 실적이`: a measure the title owns, two
            # words between at most)
            k = metric[0] - len(owned.group()) - 1
        if k <= sentence.start or self.text[k + 1] not in " 의" or self.text[k] not in CLOSING_QUOTES \
                or self.text[metric[0]:metric[1]].split()[-1] not in self.lexicon["product_measures"] \
                and not "".join(self._last_words(metric)[-2:]).endswith(self.product_measure_endings):
            return False  # (not a campaign's or an event's: `'희망2026 나눔캠페인' 모금액`)
        for o in self._organizations(sentence):  # (a loop: a generator made a cell of `k` on every call)
            if o.start <= k <= o.end + 1:
                return False
        return True

    def _placed(self, metric: tuple, sentence: Sentence) -> bool:
        """The metric is a measure, and a word of a whole place stands right before it or opens it (`national_scopes`: `국내
        벤처투자액`), or a place's port or airport (`부산항 컨테이너 물동량`): the place's figure, not its reporter's."""
        start = metric[0]  # (a measure kiwipiepy cut off a word's end, `국내 벤처투자액`'s `투자액`: from the word's start)
        while start > sentence.start and start > metric[0] - 6 and self.text[start - 1] not in " \n\"'(‘“":
            start -= 1
        before = self.text[max(sentence.start, start - 16):start]  # (the figure's own measure: not one it shares)
        if metric[0] < sentence.start or not before.endswith(" ") or not self._measure_word(self.text[metric[0]:metric[1]]):
            return False  # (a count of things is no place's measure: `전국 20곳의 댐`, `국내외 기업 68곳`)
        words = before.split()[-2:] + self.text[start:metric[1]].split()[:1]  # (`부산항 컨테이너 물동량`)
        return any(w in self.lexicon["national_scopes"] or self._unoperated_facility(w) for w in words)

    def _own_funds(self, quantity, metric: tuple) -> bool:
        """The figure is a body's own money: its measure is a fund a body holds or draws up (`own_funds`: `예산`, `도비`), or
        a verb of drawing up or putting in takes it as object right after it (`own_fund_verbs`: `4천126억원을 편성해`, `18억
        원을 투입했다`). Asked only when a statistics rule would leave the figure no subject (session 39)."""
        if self._split_metric(metric)[0][-1] in self.lexicon["own_funds"]:
            return True
        after = self.text[quantity.end:quantity.end + 5]
        if after[:2] not in ("을 ", "를 "):  # (cheap: the object particle first)
            return False
        for verb in self.lexicon["own_fund_verbs"]:  # (a loop: no generator per figure)
            if after.startswith(verb, 2):
                return True
        return False

    def _unoperated_facility(self, word: str) -> bool:
        """The word is a place's port or station (`부산항`), not an airport its reporting operator runs (`인천공항`:
        `operated_facilities`, whose users are the operator's own)."""
        return place_facility(word) and not word.endswith(self.operated_endings)

    def _split_metric(self, metric: tuple) -> tuple:
        """(the metric's words, them joined without spaces), kept per metric span (read, never changed)."""
        found = self.metric_split.get(metric)
        if found is None:
            words = self.text[metric[0]:metric[1]].split()
            found = self.metric_split[metric] = (words, "".join(words))
        return found

    def _last_words(self, metric: tuple) -> list:
        """The words of the metric and of the word before it (a few letters back: `수출 증가율`, `항공유 가격`)."""
        words = self.metric_words.get(metric)
        if words is None:  # (kept per metric: asked again by the subject rules of the same figure, 2,121 asks of ~1,150)
            words = self.metric_words[metric] = self.text[metric[0] - 8 if metric[0] > 8 else 0:metric[1]].split()
        return words

    def _region_scoped(self, sentence: Sentence, metric: tuple) -> bool:
        """A word of the region's own scope stands right before the metric (`도내 관광객`: `regional_scopes`), or opens the
        relative clause right before it as its place (`도내를 찾은 관광객`, `도내에서 숙박한 관광객`: `scope_particles`), also
        before a place it narrows there (`도내 주요 관광지점을 찾은 관광객`, up to two words): the region's total, also of
        the visitors its government would otherwise draw."""
        if self.text[metric[0] - 1:metric[0]] != " ":
            return False
        words = self.text[max(0, metric[0] - 32):metric[0]].split()
        scopes = self.lexicon["regional_scopes"]
        if words and words[-1] in scopes:
            return True
        i = sentence.before(metric[0] - 1)
        if i < 0 or sentence.tokens[i].tag != "ETM":
            return False
        particles = self.lexicon["scope_particles"]
        for scope in words[-4:-1]:  # (the word, or the word and a particle: no string made per pair)
            if scope in scopes:
                return True
            for particle in particles:
                if scope.endswith(particle) and scope[:len(scope) - len(particle)] in scopes:
                    return True
        return False

    def _occurred(self, metric: tuple) -> bool:
        """A verb of happening (`occurrence_verbs`) ends the relative clause right before the metric (`관내에서 발생한 화재`):
        events that happened in the place."""
        words = self.text[max(0, metric[0] - 8):metric[0]].split()
        return bool(words) and words[-1] in self.lexicon["occurrence_verbs"]

    def _region_topic(self, sentence: Sentence, quantity, metric: tuple) -> bool:
        """The figure's measure, marked as its clause's topic or subject before it, opens with a word of the region's own
        scope, a word or two before it (`regional_scopes`: `도내 유·초·중·고 학생은`, `관내 사업체 수는`), outside a quote: the
        region's figure, nobody's, whoever the paragraph is about (holdout38 003, 62 003; as `경상북도는 도내 농식품 수출액이`)."""
        if metric[1] > quantity.start or self.text[metric[1]:metric[1] + 2] not in WHOLE_MARKED \
                or self.text[metric[0] - 1:metric[0]] != " ":
            return False
        scopes = self.lexicon["regional_scopes"]
        words = self.text[max(sentence.start, metric[0] - 24):metric[0]].split()[-2:]
        if not any(w in scopes for w in words):
            return False
        return not self._quoted(sentence, quantity)

    def _quoted(self, sentence: Sentence, quantity) -> bool:
        """A quote opens in the sentence before the figure (a speaker's words: `"도내 아동은 …"`, a head's quoted plan)."""
        for c in self.text[sentence.start:quantity.start]:  # (a loop: no generator left unfinished)
            if c in OPENING_QUOTES:
                return True
        return False

    def _reported_visitors(self, sentence: Sentence) -> bool:
        """The sentence reports visitors (it ends in a reporting verb: `부산시는 … 부산을 방문한 외국인 관광객이 … 늘었다고
        밝혔다`) and does not tell that its reporter drew them (`draw_verbs`: `외국인 관광객 300만 명을 유치했다고`): the
        place's visitors, no subject (session 23: the shared-only sets 22, 26, 33, 35, 41 against holdout16's second)."""
        return reports(sentence, self.lexicon) and sentence.forms.isdisjoint(self.lexicon["draw_verbs"])

    def _drawn(self, metric: tuple) -> bool:
        """The metric counts visitors a host draws, or is a rate of them (`drawn_measures`: a city's `외국인 관광객
        1,200만 명`, `외지 관광객 비중`): a local government's own figure, unlike its region's trade or jobs."""
        return any(word in self.lexicon["drawn_measures"] for word in self._last_words(metric)[-2:])

    def _national(self, metric: tuple) -> bool:
        """The metric is a measure of the country's (`national_measures`: `수출액`), or a rate of one right before it
        (`수출 증가율`)."""
        words = self._last_words(metric)
        national = self.lexicon["national_measures"]
        if words[-1] not in national and metric[0] > 0 and self.text[metric[0] - 1] not in " \n\"'(‘“":
            # (a measure kiwipiepy cut off a compound's end, `주민등록인구는` read as 인구: the measure's own word, as
            # holdout84 004's `주민등록인구` is; holdout117 002)
            words = [self.text[metric[0]:metric[1]].split()[0]]
        return words[-1] in national and self._trade(words[-1]) or len(words) > 1 \
            and self.text[metric[0] - 1:metric[0]] == " " and words[-2] in national and self._trade(words[-2]) \
            and (self._measure_word(words[-1]) or words[-1] == COUNT_NOUN and words[-2] not in self.lexicon["drawn_measures"])
        # (`출생아 수가`: their count, as `출생아` is; not visitors counted so, `축제 기간 방문객 수가`: articles4 010 gives the host
        # city its festival's, which the bare noun never had)

    def _trade(self, word: str) -> bool:
        """A national measure whose word is also a body's own (`trade_pairs`: bare `수입`) is the country's only in a text
        that names its pair (`수출`): else an income the body earned (`토지 분양으로 3,150억 원의 수입을 올렸다`)."""
        pairs = self.lexicon["trade_pairs"].get(word)
        if not pairs:
            return True
        if word not in self.traded:  # (read once per document and word)
            self.traded[word] = any(pair in self.text for pair in pairs)
        return self.traded[word]

    def _theirs(self, metric: tuple) -> bool:
        """A plural demonstrative owns the metric (`이들 업체의 해외 매출`, `이들의 매출`: `plural_demonstratives`):
        organizations named before taken together, which the text does not name in full there."""
        window = self.text[metric[0] - 16 if metric[0] > 16 else 0:metric[0]]
        for word in self.lexicon["plural_demonstratives"]:  # (cheap first; a loop, not a generator: no cell of `window` per
            if word in window:  # figure with a metric, most stories have none)
                break
        else:
            return False
        before = window.split()[-4:]
        owner = len(before) - 1  # (a loop: a generator made a cell of `before` on every call)
        while owner >= 0 and not before[owner].endswith("의"):
            owner -= 1
        return owner >= 0 and (before[owner][:-1] in self.lexicon["plural_demonstratives"]
                                      or owner > 0 and before[owner - 1] in self.lexicon["plural_demonstratives"])

    def _products_named(self) -> bool:
        """The story points back to a product (`이 게임`, `이 드라마`: `product_nouns` after 이), searched once (one search of
        the text for all the nouns, `_product_pointer`)."""
        if self.products_named is None:
            self.products_named = _product_pointer(self.lexicon["product_nouns"]).search(self.text) is not None
        return self.products_named

    def _pointed_product(self, sentence: Sentence) -> bool:
        """The sentence's last topic is a product pointed back to (`이 게임은`: `pointed_product_topic`), in a story that has one."""
        return self._products_named() and not sentence.forms.isdisjoint(self.lexicon["product_nouns"]) \
            and pointed_product_topic(sentence, self.lexicon["product_nouns"])

    def _whole_of_kind(self, sentence: Sentence, quantity, metric: tuple) -> bool:
        """The figure is of all organizations of a kind, or of a whole market, none named (FACTS.md's several taken
        together): a word of the whole or the average (`aggregate_words`) after a kind of organization (a word a kind noun ends, no word
        that points back: `생명보험사 평균 K-ICS 비율`; as the clause's scope, `5대 시중은행 전체로는 가계대출이`), or opening the
        figure's own measure before the noun of a market's goods (`whole_openers`: `전체 휴대폰 가입자 5,691만 명`; not the company's
        `회사 전체 매출`, nor the whole a share is of, `전체 매출의 62%`)."""
        if sentence.index not in self.whole_ends:  # (cheap first: every word tested below lies between the sentence's start
            # and the metric; the sentence searched once for each word, not once per figure: 1,146 asks per 100 dense articles)
            first = sentence.end + 1
            for word in self.whole_words:
                found = self.text.find(word, sentence.start, sentence.end)
                if found >= 0 and found + len(word) < first:
                    first = found + len(word)
            self.whole_ends[sentence.index] = first
        if self.whole_ends[sentence.index] <= metric[0] <= sentence.end:  # (the first such word ends before the metric)
            return self._whole_words_before(sentence, quantity, metric)
        if metric[0] > sentence.end:  # (a metric past the sentence's end: the words up to it)
            for word in self.whole_words:
                if self.text.find(word, sentence.start, metric[0]) >= 0:
                    return self._whole_words_before(sentence, quantity, metric)
        return False

    def _group_average(self, sentence: Sentence, quantity) -> bool:
        """The figure stands in brackets right after `평균` that a word of a group or a place opens (`전국 평균(78.6%)`,
        `특광역시 평균(45.2%)`, `전국 지방의료원 평균(66%)`, `업계 평균(71%)`): the average of all of them, none named (FACTS.md:
        several organizations taken together; holdout7, 37, 50, 56, 60, 69, 79–81 all leave it empty); not a time's average
        (`하루 평균(…)`: `average_times`), a date's (`전년 평균(…)`, `5년 평균(…)`), nor a named organization's."""
        end = quantity.start - len(AVERAGE_BRACKET)
        if not self.text.startswith(AVERAGE_BRACKET, end):
            return False
        word = (self.text[max(sentence.start, end - 12):end].split() or [""])[-1]
        return bool(word) and not word[0].isdigit() and word not in self.lexicon["average_times"] \
            and not any(d.start < end <= d.end for d in self.dates_in.get(sentence.index, ())) \
            and not any(o.start < end <= o.end + 1 for o in self.organizations_in.get(sentence.index, ()))

    def _whole_words_before(self, sentence: Sentence, quantity, metric: tuple) -> bool:
        """`_whole_of_kind` past its gate (a method of its own: the cells its comprehensions take of its locals are made on
        every call, and most figures' sentences have no such word)."""
        aggregates = self.lexicon["aggregate_words"]
        start = max(sentence.start, self.text.rfind(" ", 0, max(sentence.start, metric[0] - 24)) + 1)
        words = [(m.group(), start + m.end()) for m in re.finditer(r"\S+", self.text[start:metric[0]])]
        if len(words) > 1 and self.text[metric[0] - 1] == " " and metric[1] <= quantity.start \
                and (self.text[metric[1]:quantity.start].strip() in ("", "(", "약", "(약")
                     or self.text[metric[1]:metric[1] + 2] in WHOLE_MARKED
                     or self.text[metric[1]:metric[1] + 2] in WHOLE_OBJECT and self._object_to(sentence, metric, quantity)) \
                and self._market_whole(sentence, words, metric):
            return True  # `전체 휴대폰 가입자 5,691만 명`, `같은 기간 전국 극장 관객은 5,030만 명으로 3.8% 줄었고`: the whole market's
        if words and words[-1][0] in self.lexicon["whole_openers"] and self.text[metric[1]:metric[1] + 2] in ("은 ", "는 ") \
                and metric[1] <= quantity.start and self._whole_measure(sentence, quantity, metric, words):
            return True  # `상반기 전체 공모액은 3조 2,100억 원으로`, `여름 시즌 전체 관객 수는`: the market's whole, as above
        if any(words[k][0] in aggregates and self._kind_word(sentence, *words[k - 1]) for k in range(max(1, len(words) - 3), len(words))):
            return True  # `생명보험사 평균 K-ICS 비율`: an average of a kind of organization
        start = max(sentence.start, sentence.major_clause_start(quantity.start))
        clause = [(m.group(), start + m.end()) for m in re.finditer(r"\S+", self.text[start:metric[0]])]
        return any(w in self.lexicon["aggregate_scopes"] and k > 0 and (self._kind_word(sentence, *clause[k - 1])
                                                                        or clause[k - 1][0] in self.lexicon["industries"])
                   for k, (w, _) in enumerate(clause))  # `5대 시중은행 전체로는 가계대출이`, `업계 전체로는 … 음반 판매량이`:
        # the clause's scope, all of a kind or a whole industry (FACTS.md: `반도체 업계 전체`, none; holdout103 005, 104 003)

    def _object_to(self, sentence: Sentence, metric: tuple, quantity) -> bool:
        """The figure right after the world's measure as object is what it is set to (`세계 컨테이너 물동량을 9억 1천만TEU
        안팎으로`: 로 after the figure and its approximator, nothing but the figure between), not a figure of a verb of its own;
        only `세계` (`전체 구매 물량을 300만 개 안팎으로 잡고 있다` is the topic's own whole: holdout96 001)."""
        if WORLD not in self.text[max(sentence.start, metric[0] - 16):metric[0]]:
            return False
        between = self.text[metric[1] + 2:quantity.start].strip()
        return between in ("", "약") and re.match(r"(?: ?[가-힣]{1,3})?으?로 ", self.text[quantity.end:quantity.end + 8]) is not None

    def _whole_measure(self, sentence: Sentence, quantity, metric: tuple, words: list) -> bool:
        """A topic opening the sentence with a word of the whole right before its measure (`전체 공모액은`, no market's goods
        between) is a market's whole when nothing makes it an organization's own: no organization named before it in the
        sentence nor a word standing for one right before (`회사 전체 매출`), no measure of earnings (`지난해 전체 매출은`: the company's whole, holdout43, 52, 68, 85),
        of its units (`member_nouns`) nor a count of things it holds (`object_counters`: `전체 충전기는 1만 2,400기다`)."""
        last = self.text[metric[0]:metric[1]].split()[-1]
        if sentence.major_clause_start(metric[0]) > sentence.start:
            return False  # (`국내는 2.1% 줄었고 해외는 3.8% 늘어 전체 판매는 2.8% 증가했다`: the whole of the parts just told)
        if last in self.lexicon["earnings_measures"] or last in self.lexicon["member_nouns"] \
                or quantity.unit in self.lexicon["object_counters"] \
                or len(words) > 1 and words[-2][0] in self.lexicon["anaphors"]:
            return False
        return not any(o.start < metric[0] for o in self.organizations_in.get(sentence.index, ()))

    def _market_whole(self, sentence: Sentence, words: list, metric: tuple) -> bool:
        """A word of the whole (`whole_openers`: `전체`, `전국`) opens the figure's own measure one or two bare nouns before it,
        the noun of a market's goods (`전체 휴대폰 가입자`, `전국 극장 관객`, `전체 IPO 공모 금액`), and follows no organization
        nor a word standing for one (`회사 전체 3분기 매출`, `그룹 전체 온라인 거래액`: its own whole), nor opens a noun of an
        organization's own units (`member_nouns`: `전국 점포 매출이`, a chain's stores)."""
        for k in (len(words) - 2, len(words) - 3):
            if k < 0 or words[k][0] not in self.lexicon["whole_openers"]:
                continue
            if any(w in self.lexicon["aggregate_words"] or w in self.lexicon["member_nouns"] for w, _ in words[k + 1:]) \
                    or not all(t.tag in NOUNS or t.tag == "SL" for t in sentence.tokens
                               if words[k][1] < t.start < metric[0]):
                return False  # (a particle or a number between: `전국 11개 점포의 매출`, the company's stores)
            if k == 0:
                return True
            before = words[k - 1]  # (an organization's name ends there: `인천공항 전체`; a date may: `올해 전체 IPO 공모 금액`)
            return before[0] not in self.lexicon["anaphors"] \
                and not any(o.start < before[1] <= o.end for o in self.organizations_in.get(sentence.index, ()))
        return False

    def _ranked_among(self, quantity, metric) -> bool:
        """The figure counts a whole place's members a ranking is taken among: a word of the place's scope before the count
        or its noun (`national_scopes`), the group's word after them (`among_words`: `전국 17개 시·도 가운데 12번째`, `도내 11개
        시·군 가운데`, `국내 증권사 58곳 가운데`)."""
        end = metric[1] if metric and metric[0] >= quantity.end else quantity.end
        after = self.text[end:end + 8].split()  # (past the rest of a word the metric cut: `시·군` read as `시`)
        if after and self.text[end:end + 1] != " ":
            after = after[1:]
        if not after or after[0] not in self.lexicon["among_words"]:
            return False  # (cheap first: most figures have no such word after them)
        start = metric[0] if metric and metric[1] <= quantity.start else quantity.start
        before = self.text[max(0, start - 8):start].split()
        return bool(before) and self.text[start - 1:start] == " " and before[-1] in self.lexicon["national_scopes"]

    def _kind_word(self, sentence: Sentence, word: str, end: int) -> bool:
        """The word ending at `end` is a kind of organization (a word a kind noun ends, `생명보험사`, `시중은행`:
        `entity_nouns`), no name (`하나은행`) and no word that points back to the story's organization (`회사`, `은행`:
        `anaphors`)."""
        return word.endswith(_words(self.lexicon["entity_nouns"])) and word not in self.lexicon["anaphors"] \
            and not any(o.start < end and end <= o.end + 1 for o in self.organizations_in.get(sentence.index, ()))

    def _others_owning(self, metric: tuple) -> bool:
        """The word right before the metric is a plural of organizations of a kind as its owner (`중국 조선사들의 점유율`,
        `국내 은행들의 순이익`: `entity_nouns` + 들의): several taken together, none named (FACTS.md), whatever is carried."""
        owner = self.text[max(0, metric[0] - 16):metric[0] - 3].split()
        return bool(owner) and owner[-1].endswith(_words(self.lexicon["entity_nouns"]))

    def _others_topic(self, sentence: Sentence, quantity) -> bool:
        """The figure's sentence has a plural of organizations of a kind as its topic before it (`협약 기업들은 앞으로 …
        1,500여 명을 고용한다`, `참여 기업들은 지난 1년간 460명을`: `entity_nouns` + 들은): several taken together, none named
        (FACTS.md); not one marked 이/가, often in a relative clause (`투자사들이 매긴 기업가치는`)."""
        at = self.text.find("들은 ", sentence.start, quantity.start)
        if at < 0:
            return False
        word = self.text[self.text.rfind(" ", sentence.start, at) + 1:at]
        return word.endswith(_words(self.lexicon["entity_nouns"]))

    def _spent_on(self, metric: tuple, quantity) -> bool:
        """The metric is the purpose the figure is spent on, marked by 에 right before it (`유럽 시장에 320억 원을 투입`):
        the spender's figure, not the market's."""
        return self.text[metric[1]:metric[1] + 2] == "에 " and metric[1] + 2 == quantity.start

    def _segment(self, metric: tuple) -> bool:
        """A segment word stands right before the metric's last word (`스마트홈 부문 매출`: `segment_words`)."""
        words = self._last_words(metric)
        return len(words) > 1 and words[-2] in self.lexicon["segment_words"]

    def _commodity_price(self, word: str) -> bool:
        """The word is a price word glued to a commodity (`쌀값`, `"쌀값`: `commodities` + `price_words`)."""
        word = word.lstrip("\"'“‘(")
        return any(word[:-len(p)] in self.lexicon["commodities"] for p in self.price_endings if word.endswith(p))

    def _market_price(self, metric: tuple) -> bool:
        """The metric is a market's price (`market_prices`: `정제마진`, `배추 10㎏ 도매가격`, `원두 선물 가격`; a price index: `상하이컨테이너운임지수`,
        `market_indexes`), or a price word right after a commodity (`항공유 가격`)."""
        words = self._last_words(metric)
        return words[-1] in self.lexicon["market_prices"] or "".join(words[-2:]) in self.lexicon["market_prices"] \
            or words[-1].endswith(_words(self.lexicon["market_indexes"])) \
            or len(words) > 1 and words[-1] in self.lexicon["price_words"] \
            and self.text[metric[0] - 1:metric[0]] == " " and words[-2] in self.lexicon["commodities"] \
            or words[-1].endswith(self.price_endings) and self._commodity_price(words[-1])

    def _price_set(self, sentence: Sentence, metric: tuple) -> bool:
        """The market's price is the object of a verb that sets it (`price_setting_verbs`: `서진제철은 … 열연강판 유통 가격을
        t당 3만 원 올려 86만 원 안팎으로 조정한다`): the seller's own price, no market's (not `유통 가격이 … 떨어진`)."""
        if self.text[metric[1]:metric[1] + 2] not in ("을 ", "를 "):
            return False
        verbs = self.lexicon["price_setting_verbs"]
        return any(t.form in verbs for t in sentence.tokens[sentence.after(metric[1]):])

    def _industry_before(self, metric: tuple, metric_words) -> bool:
        """A word of a whole industry stands right before the metric, a word apart (`업계 연체율을 7%대로`: `industries`):
        the industry's measure, as `업계 평균` is, whoever names it (not a share of it, `업계 점유율`, the holder's:
        `market_shares`)."""
        if self.text[metric[0] - 1:metric[0]] != " " or metric_words[-1] in self.lexicon["market_shares"]:
            return False
        before = self.text[metric[0] - 6 if metric[0] > 6 else 0:metric[0] - 1].split()  # (no `max`)
        return bool(before) and before[-1] in self.lexicon["industries"]

    def _subject(self, sentence: Sentence, quantity, metric) -> tuple:
        metric_words = self._split_metric(metric)[0] if metric else ()  # (split once, kept per metric)
        if metric and (metric_words[-1] in self.lexicon["markets"] and not self._spent_on(metric, quantity)
                       or self._market_price(metric) and not self._price_set(sentence, metric)
                       or metric_words[0] in self.lexicon["industries"]
                       or self._industry_before(metric, metric_words)):
            # (`업계 평균(3억 2천만 원)`, `업계 연체율을 7%대로`: an industry's figure, `industries`)
            return [], "subject_market"  # `30조 위안 규모의 중국 시장`, `항공유 가격은`: a market is nobody's
        if metric and metric_words[-1] in self.lexicon["nature_measures"]:
            return [], "subject_nature"  # `국립수산과학원은 … 평균 수온이 19.8도로`: the sea's, not the institute's
        if quantity.start in self.bracketed and self._group_average(sentence, quantity):
            return [], "subject_whole"  # `전국 평균(78.6%)`, `지방의료원 평균(66%)`: an average of a group, none named
        if metric and self._whole_of_kind(sentence, quantity, metric) or self._ranked_among(quantity, metric):
            return [], "subject_whole"  # `생명보험사 평균 K-ICS 비율`, `5대 시중은행 전체로는`: all of a kind, none named
        if metric and self._theirs(metric):
            return [], "subject_none"  # `이들 업체의 해외 매출은`: several named before, taken together
        if metric and self.text.startswith("들의 ", metric[0] - 3) and self._others_owning(metric):
            return [], "subject_others"  # `중국 조선사들의 점유율은`: organizations of a kind, none named
        if metric and self._product_measure(sentence, metric):
            return [], "subject_product"  # `전기차용 타이어 '아이온' 판매량은`: a product's figure, no organization's
        organizations = self._organizations(sentence)
        marked = self._topics(sentence) if organizations else []  # (the topics are of the sentence's organizations)
        bracketed = bracketed_owner(self.text, organizations, quantity) \
            if organizations and quantity.start in self.bracketed else []  # (few figures stand in brackets)
        if bracketed:  # (before a group the sentence sums: `두 회사를 합치면 … 한솔제지(2조 2,100억 원)에 이어`)
            return bracketed, "subject_bracketed"
        group = self._group(sentence, quantity) if self.may_group or self.may_group is None and self._may_group() else []
        # (the gate: a story with no group cue has no group in any sentence, `_may_group`)
        if group:
            return group, "subject_group"
        each = self._each_owner(sentence, quantity) if each_listed(sentence, quantity) else None
        if each:
            return each, "subject_each"
        if each is None and organizations and sentence.each:
            one = self._each_one_named(sentence, quantity, organizations)
            if one is not None:
                return one
        result = self._result_at(sentence)
        if result is not None and quantity.start < result and organizations:
            surveyor = self._surveyor(sentence, quantity, result, organizations)
            if surveyor:  # `대구상공회의소가 지역 유통업체 200곳을 조사한 결과`: the sample is the surveyor's, as it names it
                return surveyor, "subject_surveyor"
        if result is not None and result < quantity.start:
            # `감사원이 … 조사한 결과 8개 부처는`: who ran the survey is the source of what it found
            organizations, marked = _after(organizations, result), _after(marked, result)
        clause_start = self._list_clause_start(sentence, quantity) if marked else -1
        if organizations:  # (most sentences name none: what reads them is skipped)
            found = self._owner(sentence, quantity, metric, organizations, marked, clause_start)
            if found:
                return found
        head = clause_head(sentence, quantity, organizations, self.taken)
        if head is not None:
            return (coordinated(self.text, head, organizations, self.lexicon) if head else []), "subject_head"
        ranked = ranked_organization(sentence, organizations, self.lexicon)
        if ranked:
            return ranked, "subject_ranked"
        doer = doer_after_topic(sentence, quantity, organizations, self.taken, self.lexicon) \
            if self.text[quantity.end:quantity.end + 2] in TOPIC_FIGURE else None  # (`480발은 …`: tested here, for the
        # figures that get this far, not in `__init__` for every quantity of the story)
        if doer is not None:  # `480발은 현지 업체 A가 … 조립한다`, `나머지 220억 원은 연기금과 공제회 등이 채웠다`
            return doer, ("subject_topic" if doer else "subject_named")
        categories = self._broken_down_near(sentence)  # (`지역별로는 아시아가`: a category, no subject of its own;
        # also in the sentence that goes on with the breakdown, `지역별로는 북미 매출이 …. 유럽과 중국은 각각 …`)
        if not categories and named_subject(sentence, quantity, organizations, self.titles, self.taken, self.lexicon,
                                                        metric):
            return [], "subject_named"
        according = self._citing(sentence, quantity.start) if organizations else -1
        disclosed = _ending_by(organizations, according) if according >= 0 else []
        if disclosed:  # (`_organizations` keeps only a source that discloses its own report)
            return disclosed[-1:], "subject_disclosed"
        topic = topic_organization(sentence, marked, quantity.start, clause_start, self.subject_causes) if marked else None
        if sentence.index not in self.anaphors_in:
            self.anaphors_in[sentence.index] = anaphor_tokens(sentence, self.lexicon)
        anaphor = anaphor_organization(sentence, quantity, self.anaphors_in[sentence.index], self._referents(),
                                       self.lexicon, self._current_referents(self._carried() or ())) if self.anaphors_in[sentence.index] else []
        # (`시는 지방채 발행 규모를`; also when the word was found as an organization of its own: `완도금일수협 … 수협은`)
        if anaphor and result is not None and anaphor[0][1] < result < quantity.start:
            anaphor = []  # `군이 … 카드 결제 자료를 분석한 결과 축제의 경제 효과는`: the word names who ran the survey, its source
        if anaphor and topic is not None and self._relative_subject(sentence, quantity, anaphor[0][1]):
            anaphor = []  # `재단은 은행이 출연한 60억 원을 바탕으로 900억 원 규모의`: the word is a relative clause's subject
        if anaphor and (topic is None or topic.start <= anaphor[0][1]):
            return self._anaphor_subject(sentence, quantity, self._company(anaphor[0]), organizations), "subject_anaphor"
        if not organizations:
            # The fast path (the figures of a sentence that names no organization: 60% of the dense articles' figures, most
            # of them ending in `subject_none`) goes straight to the fallbacks. Each rule it skips reads the sentence's
            # organizations and returns nothing without them: the budget owner and the topic need `topic`, an organization
            # marked in it (`topics` of none: `marked` is empty, `topic` None); `_headline` returns [] when the sentence has
            # none; `channel_organization` returns [] for none; `plan` filters them. (`_owner`, `subject_ranked` and
            # `subject_disclosed` above find none for the same reason; `_citing` and `_topics` are not asked.)
            # A rule added between here and the fallbacks that can fire without an organization of the sentence goes
            # before this test.
            return self._subject_fallback(sentence, quantity, metric, organizations, result, categories)
        if topic is not None and topic.start < quantity.start and self._budget_voter(sentence, topic):
            owner = self._budget_owner(sentence)
            if owner:
                return owner, "subject_budget_owner"
        if topic is not None and (topic.start < quantity.start
                                  or quoted_before(sentence, quantity.end, topic.start, self.lexicon)):
            return self._reporting_unit(sentence, self._topic_subject(sentence, quantity, topic, organizations)), \
                "subject_topic"
        headline = self._headline(sentence)
        if headline:
            return self._headline_part(sentence, quantity) or headline, "subject_headline"
        channel = channel_organization(sentence, organizations, quantity, self.lexicon)
        if channel and not self._trial_result(sentence, quantity):
            # (not the hospital a trial ran at: `분당서울대병원에서 진행한 임상 1상에서 환자 48명 가운데 18명의 종양이 줄어` →
            # the product's trial result, no one's: `subject_trial`)
            return channel, "subject_channel"
        for o in reversed(organizations):  # (a loop: a comprehension here would make cells of this method's locals on
            if plans(sentence, o, self.lexicon):  # every call, as the lambdas of the rules above did; see `_anaphor_subject`)
                return [o], "subject_plan"  # `… 전달한 뒤 … 확대한다는 게 서울시 계획이다`
        return self._subject_fallback(sentence, quantity, metric, organizations, result, categories)

    def _surveyor(self, sentence: Sentence, quantity, result: int, organizations: list) -> list:
        """The organization that ran a survey (its clause's subject or topic, `협의회가`) for the sample that is the object of
        the survey's verb right before `결과` (`회원 점주 1,200명을 설문한 결과`: fact.subject_surveyor; holdout49 002, 69 001,
        91 004 give the surveyor; what the survey found after `결과` stays its source's, `_result_at`)."""
        between = self.text[quantity.end:result]
        if between[:2] not in ("을 ", "를 ") or len(between.split()) > 3 or not between.endswith("한 ") \
                or between.split()[-1][:-1] not in self.lexicon["survey_nouns"]:
            return []  # (not a count of votes, `90%를 개표한 결과`: no sample of others asked)
        start = sentence.clause(quantity.start)[0]
        found = [o for o in organizations if start <= o.start and o.end <= quantity.start
                 and is_marked(sentence, o, TOPIC_OR_SUBJECT)]
        return found[-1:]

    def _budget_owner(self, sentence: Sentence) -> list:
        """The story's organization when it did not vote the budget itself (`fact.subject_budget_owner`), else none."""
        owner = self._story_subject()
        return owner if owner and not any(self._budget_voter(sentence, o) for o in owner) else []

    def _anaphor_subject(self, sentence: Sentence, quantity, anaphor: tuple, organizations: list) -> list:
        """The organization a word that stands for one points to (`anaphor`: it and where the word ends), with its partners
        in the figure's major clause (`시는 … 투입하고, 대덕구와 함께 공공 산후조리원 2곳을`). (This and `_topic_subject` are
        methods of their own: the cells their comprehensions take of `_subject`'s locals were made on every call.)"""
        within = sentence.major_clause_start(quantity.start), sentence.major_clause_end(quantity.end)
        return [anaphor[0]] + [o for o in partners_after(self.text, anaphor[1], organizations, self.lexicon)
                               if partner_in(sentence, o, within) and o.canonical != anaphor[0].canonical]

    def _topic_subject(self, sentence: Sentence, quantity, topic, organizations: list) -> list:
        """The topic with the organizations coordinated with it, and its partners in the figure's major clause
        (`…SK플래닛과 함께 …30% 적립해 준 혜택이 효과를 냈다'며 '…100억 원어치`)."""
        within = sentence.major_clause_start(quantity.start), sentence.major_clause_end(quantity.end)
        keep = functools.partial(partner_in, sentence, within=within)  # (no lambda: it made cells of two locals)
        if quantity.category == "currency":
            # an amount of money a partnership's topic lends or spends is the topic's alone (`남도은행은 … 광주신용보증재단과
            # 손잡고 … 대출 3,000억 원을 공급한다`: holdout37 006, 76 005), not one the two spend together (`대구시와 함께 … 300억
            # 원을 들여`, holdout74 005)
            keep = functools.partial(self._money_partner, keep)
        found = coordinated(self.text, topic, organizations, self.lexicon, keep=keep)
        return self._anaphor_joined(sentence, found) + self._partner_anaphors(sentence, quantity, topic, found, within)

    def _money_partner(self, keep, partner) -> bool:
        """`keep`, and the partner of an amount of money is not one of a partnership (`와 손잡고`: `partnerships`)."""
        return keep(partner) and not followed_by(self.text, partner.end, self.lexicon["partnerships"], 0)

    def _reporting_unit(self, sentence: Sentence, found: list) -> list:
        """The story's organization for a unit of it named after it (`reporting_units`: `부경대 산학협력단`, `국민연금공단
        기금운용본부`) that reports as its sentence's only topic (`…은 … 늘었다고 밝혔다`): the unit tells its parent's figures
        (holdout31 003, 45 005, 68 006), as a spokesman does; a unit that did a thing itself keeps it (`동남대 산학협력단이 지난해
        등록한 특허`, holdout59 003)."""
        if len(found) != 1 or not found[0].canonical.endswith(self.unit_endings) or not reports(sentence, self.lexicon):
            return found  # (cheap first: most topics are no unit)
        words = found[0].text.split()
        story = self._story_subject()
        if len(words) < 2 or not story or len(story) != 1 or story[0].canonical == found[0].canonical:
            return found
        parent = story[0]
        return [parent] if words[0].startswith(parent.text) or parent.canonical.startswith(words[0]) else found

    def _anaphor_joined(self, sentence: Sentence, found: list) -> list:
        """The organizations `found` with the one a word standing for an organization named before stands for when that word
        is joined to the first of them by 과/와 (`교육청과 전남미래장학재단은 … 96억 원을` → 전라남도교육청;전남미래장학재단, as
        `A와 B는`; `anaphors`)."""
        if not found or sentence.forms.isdisjoint(self.lexicon["anaphors"]):  # (cheap first: most sentences hold none)
            return found
        tokens, j = sentence.tokens, sentence.before(found[0].start)
        if j < 1 or tokens[j].form not in ("과", "와") or tokens[j].tag != "JC" or tokens[j - 1].end != tokens[j].start \
                or self.text[tokens[j].end:found[0].start].strip():
            return found
        k = j - 1
        if tokens[k].form not in self.lexicon["anaphors"] or tokens[k].tag not in ("NNG", "NNP") \
                or not (tokens[k].start == sentence.start or self.text[tokens[k].start - 1].isspace()):
            return found
        referent = anaphor_organization(sentence, found[0], [k], self.all_organizations, self.lexicon)
        if not referent or any(o.canonical == referent[0][0].canonical for o in found):
            return found
        return [referent[0][0]] + found

    def _subject_fallback(self, sentence: Sentence, quantity, metric, organizations: list, result, categories: bool) -> tuple:
        """(subjects, rule) of a figure no rule of the sentence's own subject found: a segment of the story's organization,
        a market's figure, the subject carried from the sentences before, the story's organization, or none."""
        metrics_before = self.metrics_in_sentence[1] if self.metrics_in_sentence[0] == sentence.index else ()
        if metric and self.headed and self._segment(metric):
            story = self._story_subject()
            if story:  # `… 자회사 유플러스모바일랩은 … | 스마트홈 부문 매출은 6,210억 원`: the story's company's segment
                return list(story), "subject_segment"
        if self._market_phrase(sentence, metric):  # `인도 시장 출하량이`: a market's figure is nobody's
            return [], "subject_market"
        quoted = not sentence.forms.isdisjoint(CLOSING_QUOTES)
        if (quoted or not sentence.forms.isdisjoint(self.lexicon["product_nouns"])) \
                and product_topic_before(sentence, quantity, self.taken, self.lexicon["product_nouns"]) \
                and (quoted or self._products_named()) and not self._breakdown(sentence):  # (`게임별로는 '서머너즈 워'가 …`: items of the company's figure, its own)
            return [], "subject_product_topic"  # `이 드라마는 평균 14.3%`: a product's figure, no organization's carried
        if self.text.find("에서 ", sentence.start, quantity.start) >= 0 and self._trial_result(sentence, quantity):
            return [], "subject_trial"  # `동물실험에서 체중을 21% 줄였다`: what a drug did in a trial, a product's, none carried
        if not sentence.forms.isdisjoint(self.lexicon["typical_persons"]) and self._typical_person(sentence, quantity, metric):
            return [], "subject_typical"  # `4인 가구 … 기준으로 하면 요금이 월 1,660원 오른다`: a typical household's, none
        if metric and not sentence.forms.isdisjoint(self.lexicon["regional_scopes"]) \
                and self._region_topic(sentence, quantity, metric):
            return [], "subject_region"  # `도내 유·초·중·고 학생은 18만 6,300명으로`: the region's, not the body's carried
        if sentence.index > 0 and not (result is not None and result < quantity.start) and self._head_quoting(sentence, quantity):
            return list(self._story_subject()), "subject_head_quoting"
        if sentence.index > 0 and self._carried() and not (result is not None and result < quantity.start) \
                and (categories or not own_subject(sentence, quantity, metric, self.taken, self.lexicon, metrics_before)) \
                and self._fresh_citing(sentence) < 0 and sentence.index not in self.sourced:  # (a cited source starts afresh)
            # (`10월에는 서울시와 함께 …`, `충전소는 46곳으로 한국도로공사와 함께 운영한다`: with its partner, in the figure's major clause)
            return self.subject_set + self._carried_partners(sentence, quantity, organizations), "subject_carried"
        if self.headed and sentence.index >= self.title_sentences:  # (a text of one line has no story: KLUE's sentences)
            story = self._story_fallback(sentence, quantity, metric, result, metrics_before)
            if story:
                return story, "subject_story"
        if self.subject_set is PRODUCT_CARRIED and sentence.index > 0:
            return [], "subject_product_carried"
        if self.subject_set is LAUNCH_CARRIED and sentence.index > 0:
            return [], "subject_launched"
        if self.subject_set is WHOLE_CARRIED and sentence.index > 0:
            return [], "subject_whole_carried"
        return [], "subject_none"

    def _tie_told(self, organization) -> bool:
        """The genitive after the organization names its tie to the topic as a predicate (`지엔에스홀딩스의 자회사로,`, `의
        모회사이며`: `relation_nouns`, then 로 or a copula): the tie is the topic's, the figures after it are not the
        organization's."""
        matched = TIE_TOLD.match(self.text, organization.end)
        return matched is not None and matched.group(1) in self.lexicon["relation_nouns"]

    def _head_quoting(self, sentence: Sentence, quantity) -> bool:
        """The sentence opens with a head named by title only, no organization before it (`서은정 관장은 "…`, `한상철 대표는
        "…`: a name, then a word of `speakers` or `head_titles`), who quotes the figure, and the story's organization is not the
        one carried: a head so named is the head of the organization the story is about (holdout93 002, 005, 100 002, 107 006,
        116 006; readers give the story's organization 63 times of 67 over the training sets, the other 4 a market's none)."""
        space = self.text.find(" ", sentence.start, sentence.start + 6)
        if space < 0 or not HANGUL_NAME.fullmatch(self.text, sentence.start, space):
            return False  # (cheap first: most sentences open with no name of one word, `서은정`, `한`)
        tokens, i = sentence.tokens, sentence.after(space)  # (the name's tokens: kiwipiepy splits many, `한 상 철`)
        if not 0 < i < len(tokens) - 1 or tokens[i].start != space + 1 \
                or tokens[i].form not in self.lexicon["speakers"] and tokens[i].form not in self.lexicon["head_titles"] \
                or tokens[i + 1].form not in TOPIC or self.taken(sentence.start, space) \
                or not speaker_quoting(sentence, i, sentence.after(quantity.start), self.lexicon):
            return False
        carried = self._carried()  # (first, as `_subject_fallback` asks it)
        story = self._story_subject()
        return bool(story) and [o.canonical for o in carried or ()] != [o.canonical for o in story]

    def _carried_partners(self, sentence: Sentence, quantity, organizations: list) -> list:
        """The sentence's organizations that act with the subject carried, in the figure's major clause (`B와 함께`). (A method
        of its own: its comprehension's cells of `_subject_fallback`'s locals were made on every call.)"""
        if not organizations:
            return []
        end, found = sentence.major_clause_end(quantity.end), []
        for o in organizations:  # (a loop: a comprehension made cells of `self` and `end` on every call)
            if o.end <= end and o not in self.subject_set and followed_by(self.text, o.end, self.lexicon["comitative"], 0):
                found.append(o)
        return found

    def _launches(self, sentence: Sentence) -> bool:
        """The sentence launches a product named in quotes, its object (`'사장님 한도대출'을 내놨다`, `'한달적금'을 출시했다`:
        `launch_verbs`, matched on the text as written): the sentences after it with no subject of their own tell the
        product's terms (`최대 1억 원까지 빌릴 수 있고 금리는 연 4.9~9.8%다`), no organization's, and the launch's day is no
        period of theirs."""
        if sentence.forms.isdisjoint(CLOSING_QUOTES):  # (cheap first: most sentences close no quote)
            return False
        return self._launched(sentence)

    def _launched(self, sentence: Sentence) -> bool:
        """`_launches` of a sentence that closes a quote (a method of its own: the cells its generators take are made on
        every call)."""
        if not any(self.text.find(w, sentence.start, sentence.end + 1 + len(w)) >= 0 for w in self.launch_words):
            return False  # (then no launch word where a token of the sentence is followed by one: no loop over its tokens)
        tokens = sentence.tokens
        return any(t.tag == "JKO" and k > 1 and tokens[k - 1].form in CLOSING_QUOTES and tokens[k - 2].tag in NOUNS
                   and not self.taken(tokens[k - 2].start, tokens[k - 2].end)
                   and self.text.startswith(self.launch_words, t.end + 1) for k, t in enumerate(tokens))

    def _trial_result(self, sentence: Sentence, quantity) -> bool:
        """A trial is where the figure's clause happened (`trial_words` + 에서: `동물실험에서`, `임상 1상에서`, `임상시험에서`): the
        figure is what the product tried did (`체중을 21% 줄였다`), a product's, no organization's carried."""
        clause = self.text[max(sentence.start, sentence.major_clause_start(quantity.start)):quantity.start]
        for word in self.lexicon["trial_words"]:  # (cheap first: the pattern below tries a word at every letter)
            if word in clause:
                break
        else:
            return False
        for match in re.finditer(r"(\S+)(?: \d+상)?에서 ", clause):  # (the trial's phase between: `임상 1상에서`)
            if match.group(1) in self.lexicon["trial_words"]:
                return True
        return False

    def _typical_person(self, sentence: Sentence, quantity, metric) -> bool:
        """The sentence supposes a case (a conditional ending, `하면`, `적용되면`; not a source's `따르면` nor a frame's `합치면`)
        about a typical person (`typical_persons`: `가구`, `차주`) named before the figure, or right after it as the noun its
        copula modifies (`연소득 1억 원인 차주의`): the figure is that person's, no organization's (FACTS.md: a person's figure
        has none). The person is not what the figure counts (`100만 가구`) nor a word of its metric (`1인 가구 주문`)."""
        tokens, persons = sentence.tokens, self.lexicon["typical_persons"]
        if not any(t.tag == "EC" and t.form in ("면", "으면") and k > 0 and tokens[k - 1].form not in self.lexicon["frame_verbs"]
                   and tokens[k - 1].form not in self.lexicon["adverbial_verbs"]
                   and not (k > 1 and tokens[k - 2].form + tokens[k - 1].form in self.lexicon["frame_verbs"])  # (`더하면`)
                   for k, t in enumerate(tokens)):
            return False
        figure = sentence.after(quantity.end)
        after = tokens[figure:figure + 3]  # (`1억 원인 차주`: 이 VCP, ᆫ ETM, the person)
        if len(after) == 3 and after[0].tag == "VCP" and after[1].tag == "ETM" and after[2].form in persons:
            return True
        for k in range(sentence.after(quantity.start) - 1, 0, -1):
            if tokens[k].form in persons and tokens[k].tag == "NNG" and tokens[k - 1].tag not in ("SN", "NR") \
                    and not (metric and metric[0] <= tokens[k].start < metric[1]):
                return True
        return False

    def _story_fallback(self, sentence: Sentence, quantity, metric, result, metrics_before) -> list:
        """The story's organization for a figure that found no subject in a paragraph about it (`subject_story`): a
        topic of its clause that is one of its things (`기부자는 4,120명으로 … 고액 기부자가 23명이었다`, `전기차는 … 3,960대가
        팔려`, `내년 지방교부세는 … 3조 1,400억 원으로`), or the industry cited (`업계에 따르면 … 강남점은`). Not when the topic
        is a proper noun (a person, a country, a named product, a company the text does not mark: `하린은`, `중국은`), points
        back (`이 게임은`), names others (`업체들이`, `브랜드가`, `정부는`, `시장은`: `entity_nouns`, `markets`,
        `outside_speakers`), nor after an organization cited as source or a survey's result."""
        story = self._story_subject()
        if not story or [o.canonical for o in self._carried() or ()] != [o.canonical for o in story] \
                or result is not None and result < quantity.start:
            return []
        if self._outsiders is None:
            self._outsiders = self.lexicon["entity_nouns"] | self.lexicon["markets"] | self.lexicon["outside_speakers"] \
                | self.lexicon["story_outsiders"]
        according = self._citing(sentence)
        if according >= 0 and (_ending_by(self.organizations_in.get(sentence.index, ()), according)
                               or self.text.startswith(TALLY_CITING, according)):
            return []  # (`관세청에 따르면`, `써클차트 집계로는`: a source's statistic; not `업계에 따르면`)
        if according >= 0 and self._named_source(sentence, according):
            return []  # (`써클차트에 따르면` where the mention stage found no ORG: a name cited is a source all the same)
        if sentence.index in self.sourced:
            return []  # (`금감원이 집계한 79개 저축은행 전체의 연체율은`: the same)
        if metric and self.text[metric[0]:metric[1]].split()[-1] in self._outsiders - self.lexicon["member_nouns"]:
            return []  # (`기관 1,200곳이 참여했다`: a count of others, not of its own stores)
        tokens, figure = sentence.tokens, sentence.after(quantity.start)
        for k in sentence.subject_particles:  # (a loop: a generator made cells of four locals on every call)
            if k < figure and tokens[k].tag == "JX" and tokens[k - 1].tag in {"SL", "SN", "NNP"} \
                    and not self.taken(tokens[k - 1].start, tokens[k - 1].end) and not self._branch(tokens[k - 1]) \
                    and tokens[k - 1].form not in self.lexicon["measures"]:  # (a measure kiwipiepy tags as a name is none:
                return []  # `마일스톤은`) (a code or a name as the sentence's topic, `GN-301은 … 체중이 8.7% 줄었다`: a product's, a person's)
        k = own_subject_at(sentence, quantity, metric, self.taken, self.lexicon, metrics_before)
        while k >= 0:  # (each topic or subject of its own before the figure)
            if not self._story_thing(sentence, k, quantity):
                return []
            k = own_subject_at(sentence, quantity, metric, self.taken, self.lexicon, metrics_before, k)
        return story

    def _named_source(self, sentence: Sentence, according: int) -> bool:
        """The source cited at `according` (`…에 따르면`) is a name, a proper noun or a word in Latin letters that no mention
        took (`써클차트에 따르면`), not a common noun standing for the story's own side (`업계에 따르면`, `회사 실적에 따르면`)."""
        k = sentence.before(according) - 1  # (the token before `에`)
        tokens = sentence.tokens
        return 0 <= k < len(tokens) - 1 and tokens[k + 1].form == "에" and tokens[k].tag in {"NNP", "SL"} \
            and not self.taken(tokens[k].start, tokens[k].end)

    def _branch(self, token) -> bool:
        """The token is a name a branch suffix ends (`대구점`, `센텀점`, `울산공장`: `branch_suffixes`), as kiwipiepy reads a
        store's name in one proper noun: a branch of the story's organization, no name of another."""
        return token.tag == "NNP" and any(token.form.endswith(w) and len(token.form) > len(w) + 1
                                          for w in self.lexicon["branch_suffixes"])

    def _story_thing(self, sentence: Sentence, k: int, quantity) -> bool:
        """The noun before the particle at token `k` may be a thing of the story's organization: a common noun
        that names no others, no person and no named thing (`'서머너즈 워: 레거시'가`), points back to nothing, and is not
        followed by a name before the figure (`가장 많이 팔린 상품은 애플 아이폰17로, … 2만 3천 대가`)."""
        tokens = sentence.tokens
        ending = next((t for t in tokens[k + 1:sentence.after(quantity.start)] if t.tag.startswith("E")), None)
        if tokens[k].tag == "JKS" and ending is not None and ending.tag == "ETM" \
                and (tokens[k - 1].form == "등" or self.taken(tokens[k - 1].start, tokens[k - 1].end)):
            return True  # (organizations as a relative clause's subject: `A와 B 등이 지원한 국가 과제가 341억 원으로`: its head
            # is looked at next; not `이들 기업이 약속한 신규 고용은`)
        i = before_brackets(tokens, k - 1) if tokens[k - 1].form not in CLOSING_QUOTES else -1  # (`에틸렌 스프레드(…)가`)
        if i < 0 or tokens[i].tag == "XSN" and tokens[i].form == "들":
            return False  # (a title in quotes; `업체들이`: several others)
        n = i
        while n > 0 and (tokens[n - 1].tag in ("SN", "NR") or n > 1 and tokens[n - 1].tag == "XSN" and tokens[n - 2].tag in ("SN", "NR")):
            n -= 1  # (`1만 2천여 곳이`)
        if n < i and n > 0:  # (a figure as subject: what it counts, `판매자 1만 2천 곳이`)
            counted = self.text[max(tokens[n - 1].start - 8, sentence.start):tokens[n - 1].end].split()
            if counted and counted[-1] in self._outsiders:
                return False
        if tokens[i].tag in ("NNP", "SL", "SH", "SN") and not self._branch(tokens[i]) or tokens[i].form in self._outsiders \
                or tokens[i].form in self.lexicon["speakers"] or tokens[i].form in self.titles:
            return False  # (`박 대표는 연봉으로 12억 원을`: a person's; `GN-301은`: a code names a product)
        j = i
        while j > 0 and tokens[j - 1].tag in ("NNG", "NNP") and tokens[j - 1].end == tokens[j].start:
            j -= 1  # (the word's first noun: `플래그십 매장인 강남점은` → 강남/점)
        if any(t.tag == "NNP" for t in tokens[j:i]) and tokens[i].form not in self.lexicon["branch_suffixes"]:
            return False  # (`노바/런은`: a name the ORG table does not have; not a branch of its own: `강남/점은`)
        while j > 0 and (tokens[j - 1].tag in ("NNG", "NNP") or tokens[j - 1].tag == "JC" and j > 1):
            j -= 1  # (the noun phrase's first noun, past `와`: `오정민 대표와 특수관계인은`)
            if tokens[j].tag == "NNP" and not (self._branch(tokens[j]) or self._branch(tokens[j + 1])) \
                    or tokens[j].form in self.titles:
                return False  # (a person or a name with it; not branches listed, `부산 센텀점과 대구점은`)
        if j > 0 and tokens[j - 1].tag in ("MM", "NP") or j > 1 and tokens[j - 1].tag == "JKG" and tokens[j - 2].tag == "NNP":
            return False  # (`이 게임은`, `이들 기업이`: what was named before; `루나틱스의 서울 공연은`: a name's)
        if k + 1 < len(tokens) and tokens[k + 1].tag == "NNP":  # (`상품은 애플 아이폰17로`: a thing a name says, others')
            story = {o.canonical for o in self.story_subject or ()}
            return any(o.start <= tokens[k + 1].start < o.end and o.canonical in story
                       for o in self.organizations_in.get(sentence.index, ()))
        return True

    def _each_owner(self, sentence: Sentence, quantity) -> Optional[list]:
        """The k-th of n figures after 각각 is the organization's of the k-th of the n figures before it, when those are
        of n organizations, one each (`A의 매출은 1조 원, B는 5,210억 원으로 각각 4%, 9% 증가했다` → A, B); else None."""
        position = each_position(sentence, quantity)
        if position is None:
            return None
        k, n, i = position
        before = [subjects for start, subjects in self.subjects_in_sentence[1] if start < sentence.tokens[i].start][-n:] \
            if self.subjects_in_sentence[0] == sentence.index else []
        if not before and not any(o.start < quantity.start for o in self.organizations_in.get(sentence.index, ())):
            # `… 롯데시네마는 1,380만 명으로 7% 감소했다. 점유율은 각각 43.9%, 27.4%였다`: the rates after 각각 of a sentence that
            # names no organization before them follow the organizations of the sentence before, one each (fact.subject_each)
            runs = self._runs_before(sentence, n)
            return runs[k] if runs else None
        names = {subjects[0].canonical for subjects in before if len(subjects) == 1}
        return before[k] if len(before) == n and len(names) == n else None

    def _each_one_named(self, sentence: Sentence, quantity, organizations: list) -> Optional[tuple]:
        """`A와 B의 수익률은 각각 9.7%, 13.1%` (also `A(X)와 B(Y)가`, `A와 B는`): the figure in a name's place is that name's
        organization's, none where the name is no organization found (FACTS.md, Each) — not the sentence's topic's, the
        subject carried, nor the second name's for both (the genitive reaches only it): (subjects, rule), else None."""
        position = self._each_pair_place(sentence, quantity)
        if position is None:
            return None
        k, tokens = position[0], sentence.tokens
        joint = position[1] - 1
        while joint > 0 and tokens[joint].tag != "JC":  # (the 와/과 between the two names, a few words back)
            if tokens[joint].tag in ("EC", "EF", "SP") or position[1] - joint > 20:
                return None
            joint -= 1
        if joint <= 0 or tokens[joint].form not in ("와", "과"):
            return None
        j = joint + 1
        while j < position[1] and tokens[j].tag in ("NNP", "NNG", "SL", "SN", "XSN", "SSO", "SSC", "SW") \
                or j < position[1] and tokens[j - 1].tag == "SSO" and tokens[j].tag != "SSC" \
                or j < position[1] and _inside(organizations, tokens[j].start):
            j += 1  # (the second name, its bracket; a name kiwipiepy splits at a particle's form, `HL만도` → HL 만/JX 도/JX)
        if j == position[1] or tokens[j].tag not in ("JKG", "JKS", "JX"):
            return None  # (right after it a particle of an owner, a subject or a topic: not `A와 B로부터는`, counterparties)
        ends = (self._name_end(tokens, joint), self._name_end(tokens, j))
        starts = (None, tokens[joint + 1].start)
        found = [next((o for o in organizations if o.end == end and (start is None or o.start >= start)), None)
                 for start, end in zip(starts, ends)]
        if found[0] is None and found[1] is None:
            return None  # (neither: nothing to place)
        if found[1 - k] is not None and found[k] is not None:
            # both found: one subject per figure (fact.subject_each), also where the genitive reaches the second name
            # only (`A(X)와 B의`) or the two are a relative clause's subject (`A와 B가 의뢰한 임상이 각각`)
            return [found[k]], "subject_each"
        return ([found[k]] if found[k] is not None else []), "subject_each_one"

    def _each_pair_place(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """(k, i): the figure is the k-th of two figures joined by a comma right after 각각 (token i; `각각 약 210만TEU,
        190만TEU`, `각각 1만 2천여 기, 1만 1천여 기`), else None."""
        each = self.text.rfind(EACH + " ", sentence.start, quantity.start)
        if each < 0:
            return None
        k = bisect.bisect_left(self.quantity_starts, each)
        run = []
        while k < len(self.quantity_starts) and self.quantity_starts[k] < sentence.end:
            q = self.quantity_by_start[self.quantity_starts[k]]
            gap = self.text[run[-1].end if run else each + len(EACH):q.start].strip()
            if gap not in ((",",) if run else ("", "약")):
                break
            run.append(q)
            k += 1
        if len(run) != 2 or quantity not in run:
            return None
        return run.index(quantity), sentence.after(each)

    @staticmethod
    def _name_end(tokens: list, particle: int) -> int:
        """Where the name before the particle at `particle` ends, past a short form in brackets (`인천글로벌게이트터미널(IGGT)이`)."""
        k = particle - 1
        if tokens[k].tag == "SSC":
            while k > 0 and tokens[k].tag != "SSO":
                k -= 1
            return tokens[k].start
        return tokens[k].end

    def _partner_anaphors(self, sentence: Sentence, quantity, topic, found: list, within: tuple) -> list:
        """The organizations that words after the topic in the figure's major clause stand for as partners (`늘봄케어협동조합은
        시와 손잡고 … 3,000곳에` → 대전시), not those already found."""
        if sentence.index not in self.partners_in:  # (found once per sentence)
            self.partners_in[sentence.index] = partner_anaphors(sentence, self.lexicon)
        names = {o.canonical for o in found}
        partners = []
        for k in self.partners_in[sentence.index]:
            if sentence.tokens[k].start < topic.end or not partner_in(sentence, sentence.tokens[k], within):
                continue
            referent = anaphor_organization(sentence, quantity, [k], self.all_organizations, self.lexicon)
            if referent and referent[0][0].canonical not in names:
                names.add(referent[0][0].canonical)
                partners.append(referent[0][0])
        return partners

    def _list_clause_start(self, sentence: Sentence, quantity) -> int:
        """Where the figure's clause starts; a figure listed after another by a comma (`A와 B는 각각 155억 원, 62억 원의
        순이익을`) is in the clause of the first of the list."""
        start, k = sentence.clause(quantity.start)[0], bisect.bisect_left(self.quantity_starts, quantity.start) - 1
        while k >= 0 and self.quantity_starts[k] >= sentence.start:
            before = self.quantity_by_start[self.quantity_starts[k]]
            if self.text[before.end:quantity.start].strip() != "," or start <= before.start:
                break
            start, quantity, k = sentence.clause(before.start)[0], before, k - 1
        return start

    def _group(self, sentence: Sentence, quantity) -> list:
        """The organizations a group of N named before stands for (`통신 3사의 3분기 영업이익 합계는`, after `LG유플러스는 …
        | SK텔레콤과 KT의 영업이익은 …`): the story's organization and the latest others that owned figures, when they are N;
        else none found. The group is the figure itself, or its clause's owner (with 의) or topic."""
        groups = self._groups(sentence)
        if not groups:
            return []  # (most sentences name no group)
        return self._group_of(sentence, quantity, groups)

    def _may_group(self) -> bool:
        """The gate of `_group`, for the whole story: every group `_groups` finds is a count of companies written as one word
        (`_counts_companies` of a sentence finds one only where that of the whole text does), a quantity of a group's unit
        or counter (`두 회사`, `5개사`), or a pair word the text names (`_pairs_named`). A story with none of these has no group
        in any sentence (per 60 dense articles, 50 have none: 86% of the figures skip the family)."""
        counters, units = self.group_counters, self.lexicon["group_units"]
        self.may_group = True
        for q in self.ordered_quantities:  # (cheap first: the story's few quantities; loops, no generator's frame and cell)
            if q.unit in units:
                return True
            for counter in counters:  # (`_names_any`, inlined: a call per quantity cost more than the test)
                if counter in q.text:
                    return True
        self.may_group = self._pairs_named() or _counts_companies(self.text, counters)
        return self.may_group

    def _group_of(self, sentence: Sentence, quantity, groups: list) -> list:
        """`_group` for a sentence that names a group (a method of its own: the cells its generators take of its locals
        are made on every call, and most figures' sentences name none)."""
        clause_start = self._list_clause_start(sentence, quantity)  # (`두 회사의 매출은 각각 2.1%, 17.4%`: the first's)
        n = next((n for start, n in reversed(groups) if start == quantity.start or clause_start <= start < quantity.start
                  or start < quantity.start and (self._merged(start) or self._group_topic(start)
                                                 or self.text.find(EACH, start, quantity.start) >= 0)), None)
        # (`두 회사의 합산 매출은 …, 보유 항공기는 각각 41대와 23대다`: a later clause's 각각 shares the group out)
        if not n or n < 2:
            return []
        named = self._named_together(sentence, n)
        if named:  # (`르노코리아와 KG모빌리티는 … 팔았다 | 두 회사의 판매는`: fact.subject_group_named)
            return named
        start = next((start for start, k in reversed(groups) if k == n and start <= quantity.start), -1)
        last = self._named_last(start, n) if start >= 0 else []
        if last:  # (`A가 B와 … 계약을 맺었다 | … | 두 회사는`: fact.subject_group_last)
            return last
        story = list(self._story_subject() or [])
        names = {o.canonical for o in story}
        if start >= 0:  # (not the topic that tells of the group, `대한석유협회는 … 정유 4사의 수출액이`: it is no member)
            names.update(o.canonical for o in self._topics(sentence) if o.end <= start and self.text[o.end:o.end + 2] in ("은 ", "는 "))
        others = [o for o in reversed(self.subjects_seen.values()) if o.canonical not in names][:n - len(story)]
        members = story + others[::-1]
        return members if len(story) <= n and len(members) == n else []  # (the story's own two: `A와 B가 합친다 | 두 회사를`)

    def _named_together(self, sentence: Sentence, n: int) -> list:
        """The N organizations the sentence before names together as its topic (`르노코리아와 KG모빌리티는 지난달 각각 …를
        팔았다 | 두 회사의 판매는`): the group stands for them, not for the story's organization with the latest other."""
        if sentence.index == 0:
            return []
        earlier = self.sentence(sentence.index - 1)
        topic = topic_organization(earlier, self._topics(earlier), earlier.end)
        if topic is None:
            return []
        together = coordinated(self.text, topic, self._organizations(earlier), self.lexicon, partners=False)
        return together if len({o.canonical for o in together}) == n == len(together) else []

    def _named_last(self, start: int, n: int) -> list:
        """The N companies the last sentence that names any names before the group at `start` (`A가 B와 … 계약을 맺었다 |
        계약 기간은 … | 두 회사는`, `한진과 로지노바가 나눠 맡았다 | 두 회사가 처리한`): a group of companies (`두 회사`, `양사`,
        `3사`) stands for those named last, when that sentence names exactly N of them (`anaphors` 회사: companies, groups,
        financial firms, or names no list types; not the regulator that rules on them). Else none found."""
        wanted = self.lexicon["anaphors"]["회사"]
        kinds = {w[5:] for w in wanted if w.startswith("type:")}
        k = bisect.bisect_left(self.all_organizations, start, key=START) - 1
        found, index = {}, None
        while k >= 0:
            o = self.all_organizations[k]
            at = self.sentence_of(o.start).index
            if index is not None and at != index:
                break
            if not o.org_type or o.org_type in kinds:
                index = at
                found.setdefault(o.canonical, o)
            k -= 1
        return sorted(found.values(), key=START) if len(found) == n else []

    def _group_topic(self, start: int) -> bool:
        """The group at `start` is a count marked as topic (`두 기금회는 … 120만 점을 전달했으며, 교사 1만 2천여 명에게`): the
        sentence is about it, past the clause it opens, as a named topic's is."""
        group = self.quantity_by_start.get(start)
        return group is not None and self.text[group.end:group.end + 1] in TOPIC_MARKS

    def _merged(self, start: int) -> bool:
        """The group at `start` is the object of a verb of summing (`두 회사를 합치면 매출이 2조 300억 원으로`): the figures of
        the sentence after it are the group's, past the clause it opens."""
        return _MERGING.match(self.text, start) is not None

    def _groups(self, sentence: Sentence) -> list:
        """(start, N) of the sentence's groups of companies, found once per sentence: a count of `group_counters` after the
        kind of company (`통신 3사`; not the outs of `몰린 2사`), marked as owner, topic or subject, also as a figure itself
        (not a partner: `지상파 3사와 연간 540억 원`)."""
        if sentence.index not in self.groups:
            tokens, found, text = sentence.tokens, [], self.text[sentence.start:sentence.end]
            # (cheap first, from the words a group is named by: a count of companies written as a word of its own,
            # `통신 3사의`, is a counter right after a digit (`_counts_companies`); a figure that is a group is a count of a
            # counter or of a group's unit, `5개사는`, `두 회사의`; most sentences have neither)
            if _counts_companies(text, self.group_counters):
                for k in range(1, len(tokens) - 1):  # (the tags and spaces first: a pattern call costs more)
                    if tokens[k + 1].tag in {"JKG", "JX", "JKS"} and tokens[k - 1].tag in {"NNG", "NNP"} \
                            and tokens[k - 1].end + 1 == tokens[k].start and tokens[k + 1].start == tokens[k].end:
                        matched = self.group_word.fullmatch(tokens[k].form)
                        if matched:
                            found.append((tokens[k].start, int(matched.group(1))))
            for start in self.quantity_starts[
                    bisect.bisect_left(self.quantity_starts, sentence.start):bisect.bisect_left(self.quantity_starts, sentence.end)]:
                q = self.quantity_by_start[start]
                if q.unit in self.lexicon["group_units"] or _names_any(q.text, self.group_counters):
                    i = sentence.before(start)
                    own = self.group_word.fullmatch(q.text.replace(" ", "")) \
                        if i >= 0 and tokens[i].tag in {"NNG", "NNP"} and tokens[i].end + 1 == start \
                        and self.text[q.end:q.end + 1] in GROUP_MARKS else None  # (not a partner: `지상파 3사와 연간 540억 원`)
                    if own:
                        found.append((start, int(own.group(1))))
                    elif q.unit in self.lexicon["group_units"] and q.value.isdigit() and not q.value_high \
                            and (self.text[q.end:q.end + 1] in GROUP_MARKS or self._merged(start)
                                 or self.text.startswith(GROUP_RECIPIENT, q.end)):
                        found.append((start, int(q.value)))  # (`두 회사의 매출은 각각`, `두 회사를 합치면`)
            for pair in self._pair_word.finditer(text) if self._pairs_named() else ():  # (`양사의 매출 합계는`)
                found.append((sentence.start + pair.start(), 2))
            self.groups[sentence.index] = sorted(found)
        return self.groups[sentence.index]

    def _pairs_named(self) -> bool:
        """The text names two companies together (`pair_words`: `양사`): searched once per story, when first asked."""
        if self.pairs_named is None:
            self.pairs_named = any(word in self.text for word in self.lexicon["pair_words"])
        return self.pairs_named

    def _owner(self, sentence: Sentence, quantity, metric, organizations: list, marked: list, clause_start: int):
        """(subjects, rule) of a figure the sentence names the owner of: in brackets after it
        (`샤오미(14.1%)`), by a genitive (`삼성전자의 매출`) unless its clause has a topic of its own
        after it (`A의 점유율은 21%, B는 67%로`), or by a relative clause (`혁신위가 … 내놓은 권고안의
        22개 과제`, `A가 내놓은 기부금은`); else None."""
        bracketed = bracketed_owner(self.text, organizations, quantity) if quantity.start in self.bracketed else []
        if bracketed:
            return bracketed, "subject_bracketed"
        stake_start = metric[0] if metric else self.text.rfind(" ", 0, quantity.start - 1) + 1
        words = self.text[stake_start:metric[1] if metric else quantity.start].split()
        stake = bool(words) and words[-1] in self.lexicon["stake_words"]  # (`서해에어의 주식 57.3%를`: shares, no measure,
        # right before a share of them)
        # (loops, not comprehensions: those made cells of ten locals on every call)
        own_topic = -1  # the last topic or subject of the figure's clause before it: `A의 승인액이 15조 원으로 가장 많았고 B가
        for o in marked:  # 13조 원으로`: a subject of the figure's own clause after the genitive owns it
            if clause_start <= o.start < quantity.start and o.start > own_topic \
                    and (is_marked(sentence, o, TOPIC_MARKS) or is_marked(sentence, o, SUBJECT)):
                own_topic = o.start
        holder = -1
        if stake:  # `합작법인 C의 지분은 A가 51%, B가 49%를 갖는다`: the holder marked 이/가 after the genitive owns the stake
            for o in reversed(organizations):
                if clause_start <= o.start and self.text[o.end + 1:stake_start] == " " \
                        and self.text[o.end:o.end + 1] in ("이", "가") and is_marked(sentence, o, SUBJECT):
                    # `B는 A가 지분 34.5%를 보유한 자회사로`: the holder right before the stake, also as the subject of a
                    return [o], "subject_holder"  # relative clause on another noun, owns it (not the topic it describes)
            if self._person_holder(sentence, quantity):
                return [], "subject_holder"  # `최대주주는 지분 34.5%를 보유한 창업자 윤 대표이고`: a person's stake, none
            for o in organizations:  # (a subject of the clause before the figure is a topic too; topic or subject: a holder)
                if clause_start <= o.start < quantity.start:
                    if o.start > own_topic and is_marked(sentence, o, SUBJECT):
                        own_topic = o.start
                    if o.start > holder and is_marked(sentence, o, TOPIC_OR_SUBJECT):
                        holder = o.start
        owner = None
        for o in organizations:
            if own_topic < o.start and o.end <= quantity.start and (
                    is_marked(sentence, o, GENITIVE) and not apposed(sentence, o, organizations)
                    and not self._sold_by(sentence, o, quantity)  # (`후지TV는 스튜디오해랑의 신작 2편의 방영권을 … 사들였다`)
                    and not self._tie_told(o)  # (`메디온바이오는 … 지엔에스홀딩스의 자회사로, 연구개발비는`: the topic's tie)
                    and not _adverbial_clause_between(sentence, o.end, quantity.start)  # (`A의 '…' 사업에 선정돼 매년 60억 원씩
                    # 지원받는다`: the genitive owns a noun of an earlier clause marked by 에, not the figure)
                    and not (0 <= holder < o.start and self.text[o.end:stake_start] == "의 ")  # (`A가 C의 주식 57.3%를 취득`: C
                    # is the one the stake is in, the holder marked before it owns it; holdout33)
                    or member_genitive(sentence, o, self.lexicon)):
                owner = o
        if owner is None and not stake:
            for o in organizations:
                if own_topic < o.start and o.end <= quantity.start \
                        and (metric and self.text[o.end:metric[0]] == " " and not self._part_share(o)
                             and not self._won_from(sentence, quantity)
                             or self._listed_pair(o, quantity)):
                    owner = o
        if owner is not None and metric and self.text[metric[0]:metric[1]].split()[-1] in self.lexicon["budget_transfers"]:
            budget = self._carried() or self._story_subject()  # (asked only for a transfer's noun: `충북도 전입금은 2,950억
            # 원`, `늘푸른여객 몫은`; in a new paragraph, the story's budget)
            if budget and all(self._public(o) for o in budget) and all(o.canonical != owner.canonical for o in budget):
                return list(budget), "subject_budget_item"  # an item of the public body's budget the story tells: the
                # body named before the transfer gives or gets it, a counterparty (holdout46, 62, 87, 90)
        if owner is not None:  # (`SK하이닉스 주가는`; not the company a stake is in: `SK브로드밴드 지분`)
            return coordinated(self.text, owner, organizations, self.lexicon), "subject_genitive"
        relative = None
        for o in organizations:
            if owns_by_relative(sentence, o, quantity):
                relative = [o]
        relative = relative or measured_by_relative(sentence, _ending_by(organizations, quantity.start), metric, self.lexicon) \
            or operated_by_relative(sentence, organizations, quantity, self.lexicon)  # (`A가 운영하는 아울렛은 … 매출`)
        return (relative[-1:], "subject_relative") if relative else None

    def _won_from(self, sentence: Sentence, quantity) -> bool:
        """The figure is the object of a verb of winning (`한국보건산업진흥원 과제 14건(93억 원)도 수주했다`: `win_verbs`, past
        its brackets and 을/를/도): a name bare before the noun it counts is who awarded the things won, not their owner."""
        tokens, i = sentence.tokens, sentence.after(quantity.end)
        i = past_brackets(tokens, i) if i < len(tokens) and tokens[i].start == quantity.end else i
        if i < len(tokens) and tokens[i].tag == "SSC" and tokens[i].start == quantity.end:
            i += 1  # (a figure in brackets: `14건(93억 원)도 수주했다`)
        if not (i + 1 < len(tokens) and (tokens[i].tag == "JKO" or tokens[i].tag == "JX" and tokens[i].form == "도")):
            return False
        return tokens[i + 1].form in self.lexicon["win_verbs"]

    def _sold_by(self, sentence: Sentence, organization, quantity) -> bool:
        """The genitive names the seller or client whose things the figure's clause acquires: the noun phrase it opens, the
        figure in it or after it, is the object of a verb of acquiring (`acquire_verbs`: `후지TV는 스튜디오해랑의 신작 2편의
        방영권을 … 사들였다`, `롯데렌탈의 반납 차량 1,500대 안팎을 매입하기로`, `모아마켓의 물량을 연 1억 상자가량 맡는다`).
        A counterparty: the buyer (the topic, or the subject carried) owns the figure, as the winner owns what another awarded
        (`_won_from`; holdout103 002, 105 004, 108 003)."""
        tokens, k = sentence.tokens, sentence.after(organization.end)
        last = k + 24 if k + 24 < len(tokens) else len(tokens)
        objected = False  # (past the object mark 을/를)
        while k < last:
            tag = tokens[k].tag
            if tag in CLAUSE_TAGS or tag in ("EF", "ETM", "JKS") or tag == "JX" and tokens[k].form in TOPIC_MARKS:
                return False  # (the phrase is no object of a verb in its clause: `A의 물량이`, `A의 물량은`)
            if tag == "JKO":
                objected = True
            elif objected and tag in ("VV", "NNG") and tokens[k].form in self.lexicon["acquire_verbs"]:
                return quantity.end <= tokens[k].start
            k += 1
        return False

    def _part_share(self, organization) -> bool:
        """The organization names a part of a whole told right before it (`among_words`: `매출 가운데 SK하이닉스 비중은 41%`),
        and the metric is that part's share of it (`part_shares`): a customer's share of the company's sales is the
        company's figure, not the customer's, nor is the customer what the story goes on about."""
        after = self.text[organization.end + 1:organization.end + 4]
        if self.text[organization.end:organization.end + 1] != " " or after[:2] not in self.lexicon["part_shares"]:
            return False  # (cheap first: the share's word right after the name)
        before = self.text[max(0, organization.start - 6):organization.start].split()
        return bool(before) and self.text[organization.start - 1:organization.start] == " " \
            and before[-1] in self.lexicon["among_words"]

    def _person_holder(self, sentence: Sentence, quantity) -> bool:
        """The stake is the object of a holding verb's relative clause (`holding_verbs`) on a person: a title of one who
        speaks for an organization (`speakers`: `대표`, `회장`) ends the noun phrase it modifies (`지분 34.5%를 보유한 창업자 윤태경
        대표이고`)."""
        tokens, k = sentence.tokens, sentence.after(quantity.end)
        if k + 2 >= len(tokens) or tokens[k].tag != "JKO" or tokens[k + 1].form not in self.lexicon["holding_verbs"]:
            return False
        k += 2
        while k < len(tokens) and tokens[k].tag in ("XSV", "ETM"):
            k += 1
        if k == sentence.after(quantity.end) + 2 or tokens[k - 1].tag != "ETM":
            return False
        last = None
        while k < len(tokens) and tokens[k].tag in NOUNS:
            last, k = tokens[k].form, k + 1
        return last in self.lexicon["speakers"]

    def _listed_pair(self, organization, quantity) -> bool:
        """An item of a list of organizations with their figures, without particles (`A가 12조 원으로
        가장 많고, 기아 6조 원, 현대모비스 2조 원 순이다`): the organization right before the figure, or
        before another figure of its right before it (`HD현대미포 41척 58억 달러`), a comma before it or after
        the figure. (Not `UFC 16연승`.)"""
        between = self.text[organization.end:quantity.start]
        if between != " ":
            other = self.quantity_by_start.get(organization.end + 1)
            if other is None or self.text[other.end:quantity.start] != " ":
                return False
        return (
            self.text[max(0, organization.start - 3):organization.start].rstrip().endswith(",")
            or self.text.startswith(",", quantity.end))

    def _market_phrase(self, sentence: Sentence, metric) -> bool:
        """The measure the metric names is a market's: a market word in its noun phrase (`인도 시장
        출하량`, `국내 게임 시장 규모`), not `80개의 산업 기지`."""
        last = self._split_metric(metric)[0][-1] if metric else None
        if not metric or last not in self.lexicon["measures"] or last in self.lexicon["market_shares"]:
            return False  # (`흰우유 시장 점유율`: the share an organization holds of the market is its own)
        tokens, k = sentence.tokens, sentence.before(metric[0])
        while k >= 0 and tokens[k].tag in {"NNG", "NNP"} and tokens[k].end + 1 >= tokens[k + 1].start:
            if tokens[k].form in self.lexicon["markets"]:
                return True
            k -= 1
        return not self.lexicon["markets"].isdisjoint(self.text[metric[0]:metric[1]].split()[:-1])

    def _headline_part(self, sentence: Sentence, quantity) -> list:
        """The organization that opens the headline's part after an ellipsis, right before the figure's words (`드림어스컴퍼니,
        상반기 흑자 전환…플로 유료 이용자 210만 명`): that part's own, not the headline's opener."""
        k = self.text.rfind("…", sentence.start, quantity.start)
        if k < 0:
            return []  # (most headlines have one part)
        opener = next((o for o in self._organizations(sentence) if k < o.start < quantity.start), None)
        return [opener] if opener is not None and not self.text[k + 1:opener.start].strip() \
            and self.text[opener.end:opener.end + 1] == " " else []

    def _headline(self, sentence: Sentence) -> list:
        """The organization a headline (the document's first line) opens with, before a comma
        (`부산시, 내년 예산 …`, `[단독] 한빛은행, …`): the headline's topic."""
        related = sentence.index > 0 and self._related_line(sentence)
        if not related and (sentence.index or self.text.find("\n", sentence.end) < 0 or self.text.find("\n", 0, sentence.end) >= 0):
            return []  # (a text of one line has no headline)
        organizations = self._organizations(sentence)
        if related:  # (`[관련기사] 케이옥션, 12월 경매 낙찰률 71%`: a related article's headline, its own organization's)
            return organizations[:1] if organizations and self.text.startswith(",", organizations[0].end) \
                and self.text[sentence.start:organizations[0].start].strip().endswith("]") else []
        if organizations and not self.text.startswith(",", organizations[0].end):
            # an interview's headline: the head of an organization speaks (`[인터뷰] 정미경 한울김치 대표 "…"`)
            return organizations[:1] if speaks_for(sentence, organizations[0], self.lexicon) \
                and len(_untagged(self.text[:organizations[0].start]).split()) <= 1 else []
        if not organizations:
            return []
        opening, before = organizations[0], self.text[:organizations[0].start].strip()
        listed = len(organizations) > 1 and not self.text[opening.end + 1:organizations[1].start].strip()  # (`A, B …`)
        tagged = not before or before.startswith("[") and before.endswith("]")
        # (a place or country word before it, `中 지웨이자동차, …`, `통영 해오름파크, …`, when the lead names it again)
        placed = not tagged and len(before) <= 3 and " " not in before and any(
            o.canonical == opening.canonical for i in range(1, LEAD_SENTENCES) for o in self.organizations_in.get(i, ()))
        return [opening] if not listed and (tagged or placed) else []

    def _related_line(self, sentence: Sentence) -> bool:
        """The sentence is a line that opens with a tag of a related article (`[관련기사] …`: `related_tags`), read as a
        headline of its own."""
        if self.text[sentence.start:sentence.start + 1] != "[" or sentence.start and self.text[sentence.start - 1] != "\n":
            return False
        close = self.text.find("]", sentence.start, sentence.start + 12)
        return close > 0 and "".join(self.text[sentence.start + 1:close].split()) in self.lexicon["related_tags"]

    def _lead_end(self) -> int:
        """The end of the sentences that may set the story's period: `LEAD_SENTENCES`, past as many lines between the title
        and the body's first sentence as have no final ending (a page's `입력 2025.10.13 17:45` stamp, a byline line
        `매일신문 정은비 기자`): they push the lead down, they are none of its sentences."""
        end = LEAD_SENTENCES
        for i in range(self.title_sentences, min(len(self.raw), LEAD_SENTENCES)):
            if _has_final_ending(self.raw[i].tokens):
                break
            end += 1
        return end

    def _story_subject(self, final: bool = False) -> Optional[list]:
        """The organizations a story is about: the headline's, else the topic of the lead (the first
        sentence after the title with a final ending, past the stamp and byline lines); None while
        the lead is not read yet (unless `final`: all the sentences are linked)."""
        if self.story_subject is None and (self.current > 0 or final):
            self._read_story_subject(final)
        if self.publishers and self.story_subject and self.publishers.issuperset([o.canonical for o in self.story_subject]):
            return None  # (an association's story of its industry's statistics: they are nobody's, fact.subject_national)
        return self.story_subject or None

    def _read_story_subject(self, final: bool) -> None:
        """`_story_subject`'s reading of the headline and the lead, until it finds the story's organizations (a method of its
        own: the cells its generators take of `self` were made on every call, the many after it was found too)."""
        found = self._headline(self.sentence(0))
        if found and self._operated_brand(found) and not self._brand_owns_lead(found):
            found = []  # (the brand's operator, the lead's topic, is the story's)
        read = len(self.raw) if final else self.current
        lead = None
        for i in range(0 if self._lead_first() else self.title_sentences, min(read, LEAD_SENTENCES)) if not found else ():  # (a loop: a
            # generator thrown out unfinished
            if _has_final_ending(self.raw[i].tokens):  # raises `GeneratorExit` inside it)
                lead = i
                break
        if lead is not None and self._quote_lead(lead):
            # an interview's lead quotes its speaker first: the sentence that names them tells whose story it is
            # (`"… 500억 원을 넘습니다." | 김치 제조사 한울김치의 정미경 대표는 … 이렇게 말했다`)
            lead = next((i for i in range(lead + 1, min(read, LEAD_SENTENCES))
                         if _has_final_ending(self.raw[i].tokens) and not self._quote_lead(i)), None)
            if lead is None and not final and read < LEAD_SENTENCES:
                return  # (not read yet)
        scene = None
        if lead is not None and not self._organizations(self.sentence(lead)) \
                and lead + 1 < len(self.raw) and self.text.find("\n", self.raw[lead].end, self.raw[lead + 1].start) < 0:
            # a lead that names no organization sets the scene (`대구 지역 백화점들이 추석 연휴 특수를 누렸다. 동성백화점은 …
            # 매출이 612억원으로 …`): the sentence it opens the paragraph for tells whose story it is, when it tells of one
            # organization the headline names too (fact.subject_story; several compared, `CU와 GS25의 점포 수 격차는`, make a
            # market's story)
            if lead + 1 >= read and not final:
                return  # (not read yet)
            scene, lead = lead, lead + 1
        if scene is not None and not (self.organizations_in.get(lead) and self._organizations(self.sentence(0))):
            found, lead = [], scene  # (cheap first, its view not built: a sentence after the scene with no organization, or a
            # headline naming none, gives none the headline names, as below)
        elif lead is not None:
            topic = self._told_topic(self.sentence(lead), topic_organization(
                self.sentence(lead), self._topics(self.sentence(lead)), self.raw[lead].end)) or self._lead_owner(self.sentence(lead))
            # (not a partner the lead's topic acts with, `A가 B와 손잡고`: the partner was the lead's activity's, the story A's)
            found = coordinated(self.text, topic, self._organizations(self.sentence(lead)), self.lexicon, partners=False) \
                if topic else []
            if scene is not None and (len(found) != 1 or all(o.canonical != found[0].canonical
                                                              for o in self._organizations(self.sentence(0)))):
                found, lead = [], scene  # (nor one the headline does not name: `게임업계는 어려웠다. 넥슨은 …`)
        if found or lead is not None or read >= LEAD_SENTENCES or final:
            self.story_subject, self.story_lead = found, lead

    def _lead_first(self) -> bool:
        """The text's first line is a sentence of the body, no headline (`현대자동차는 … 42조 원으로 집계됐다고 밝혔다.` |
        `영업이익은 …`): it ends with `다.` and has a final ending and a subject or topic particle, which a headline's line
        (`현대차, 3분기 매출 42조…`) does not; it is the lead the story's organization is read from (fact.subject_carried)."""
        line_end = self.text.find("\n")
        if line_end < 0 or not self.text[:line_end].rstrip().endswith("다."):
            return False  # (the headlines of the sets end without a full stop: the cheap test first)
        tokens = self.raw[0].tokens
        return _has_final_ending(tokens) and any(t.form in TOPIC_OR_SUBJECT and t.tag in ("JKS", "JX") for t in tokens)

    def _story_carried(self) -> Optional[list]:
        """What a paragraph goes on with: the story's organizations, or the organizations owning the figures its lead reports
        or votes on when they are another's, by a genitive (`인천시의회는 … 인천시 예산안 15조 원을 의결했다` → 인천시): the reporter
        or the voter is not the owner of what it reports (fact.subject_carried). (Not a place's figures, none: `부산항만공사는 …
        부산항 물동량이 … 밝혔다` — the shared-only readers split on the reporter's later figures, holdout48 none, holdout42's
        airport operator its own; session 25.)"""
        story = self._story_subject()
        lead = self.story_lead
        if story and lead is not None and self.owners.get(lead) and lead < self.current:
            earlier = self.sentence(lead)
            if reports(earlier, self.lexicon) or self._votes_owned(earlier):
                return self._owners_carried(earlier)
        return story

    def _votes_owned(self, sentence: Sentence) -> bool:
        """The sentence's topic is a legislature voting on a budget (`_budget_voter`): the figures it votes on are their
        owner's, as a reporter's are."""
        topic = topic_organization(sentence, self._topics(sentence), sentence.end)
        return topic is not None and self._budget_voter(sentence, topic)

    def _operated_brand(self, found: list, since: Optional[int] = None) -> bool:
        """The headline's organization is a brand the story writes as the object of running it (`'온새미'를 운영하는
        다온에프앤비는`): the company that runs it is the story's (`brand_operators`, words without their spaces). Its uses
        after the one given are read, or those after `since`."""
        text = self.text
        for o in found:
            at = text.find(o.text, o.end if since is None else since)
            while at >= 0:
                after = text[at + len(o.text):at + len(o.text) + 12].lstrip("'’\"”")
                if after[:2] in ("을 ", "를 ") and any(after[2:].replace(" ", "").startswith(w) for w in self.lexicon["brand_operators"]):
                    return True
                at = text.find(o.text, at + len(o.text))
        return False

    def _brand_owns_lead(self, found: list) -> bool:
        """The sentence that names the brand's operator gives the brand's own figure by a genitive (`배달온을 운영하는
        온픽스는 … 배달온 앱의 MAU가 …고 밝혔다`): a platform's figures are the platform's (FACTS.md), the operator only
        reports them; the story stays the brand's (fact.subject_story)."""
        names = {o.canonical for o in found}
        for i in range(self.title_sentences, min(len(self.raw), LEAD_SENTENCES)):
            named = [o for o in self.organizations_in.get(i, ()) if o.canonical in names]
            if named:
                sentence = self.sentence(i)
                return any(is_marked(sentence, o, GENITIVE) or member_genitive(sentence, o, self.lexicon) for o in named)
        return False

    def _brand_runner(self, brand) -> Optional[object]:
        """The company that runs the brand, a platform the story writes as the object of running it (`'팬잇'을 운영하는
        오르빗랩스는`, `brand_operators`): the topic of the first sentence of the body naming it, else None."""
        if not self._operated_brand([brand], since=0):
            return self._named_operator(brand)
        for i in range(self.title_sentences, min(len(self.raw), LEAD_SENTENCES)):
            if any(o.canonical == brand.canonical for o in self.organizations_in.get(i, ())):
                sentence = self.sentence(i)
                topic = topic_organization(sentence, self._topics(sentence), sentence.end)
                return topic if topic is not None and topic.canonical != brand.canonical else None
        return None

    def _referents(self) -> list:
        """The story's organizations a word standing for one may point back to: not a mention that only compiled a statistic
        (`국립중앙의료원이 집계한 전국 35개 지방의료원의 …`: `compilers`), a source, not what the story is about (`의료원은` →
        청주의료원; holdout81 004), nor one that placed an order (`한국토지주택공사(LH)가 발주한 … 공사도`: `_orders`, a
        counterparty). Made once per story, when a word first asks."""
        if self.referents is None:
            compilers = self.lexicon["compilers"]
            self.referents = [o for o in self.all_organizations
                              if not followed_by(self.text, o.end, compilers, 0) and not self._orders(o)]
        return self.referents

    def _current_referents(self, current) -> list:
        """Of the subject carried (`current`, what the text is about), those a word standing for an organization may point
        back to (`_referents`)."""
        referents = self._referents()
        return [o for o in current if o in referents] if current and len(referents) < len(self.all_organizations) else current

    def _run_platform(self, operator) -> Optional[object]:
        """The platform the story names the operator as running, or None."""
        return self._platforms().get(operator.canonical)

    def _company(self, referent: tuple) -> tuple:
        """The organization a word standing for one points to (`anaphor_organization`: it and where the word starts), the
        operator for a platform the story names another as running (`플릭스온 운영사 세온미디어는 … | 회사는 …`: the company
        that runs it; holdout81 005)."""
        self._platforms()
        runner = self.runners.get(referent[0].canonical)
        return (runner, referent[1]) if runner is not None else referent

    def _platforms(self) -> dict:
        """{operator's canonical name: the platform it runs} of the story (`_brand_runner` of the platform is the operator),
        and `runners`, {platform's canonical name: its operator}, read once, when first asked; none in a story with no word
        of running (cheap first)."""
        if self.platforms is None:
            self.platforms, self.runners, seen = {}, {}, set()
            # (cheap first: only a story with a word `_operated_brand` or `_named_operator` can match gets a runner; the
            # first compares without spaces, `운영 중인`)
            if not any(w in self.text for w in self.lexicon["operator_nouns"]):
                squeezed = self.text.replace(" ", "")
                if not any(w in squeezed for w in self.lexicon["brand_operators"]):
                    return self.platforms
            for o in self.all_organizations:  # (a loop: few stories get here, and they name few organizations)
                if o.canonical not in seen:
                    seen.add(o.canonical)
                    runner = self._brand_runner(o)
                    if runner is not None and runner.canonical != o.canonical:
                        self.platforms.setdefault(runner.canonical, o)
                        self.runners.setdefault(o.canonical, runner)
        return self.platforms

    def _named_operator(self, brand) -> Optional[object]:
        """The company the story names as the brand's operator by a noun before its name (`배달온 운영사 온딜리버리는`:
        `operator_nouns`), as `_brand_runner` reads `'X'를 운영하는 Y`; else None."""
        text, nouns = self.text, self.lexicon["operator_nouns"]
        at = text.find(brand.text + " ")
        while at >= 0:
            start = at + len(brand.text) + 1
            space = text.find(" ", start)
            word = text[start:space] if space >= 0 else ""
            if word in nouns:
                after = start + len(word) + 1
                for o in self.all_organizations:
                    if o.start == after and o.canonical != brand.canonical:
                        return o
            at = text.find(brand.text + " ", start)
        return None

    def _quote_lead(self, index: int) -> bool:
        """The sentence is part of a quote that opens the lead and names no organization (`(광주=뉴시스) 김하늘 기자 = "처음
        미국에 김치를 보낸 게 …였어요.`, `이젠 한 해 수출이 500억 원을 넘습니다."`)."""
        start = self.text.rfind("\n", 0, self.raw[index].start) + 1
        byline = self.text.find("= ", start, start + 40)
        start = byline + 2 if byline >= 0 else start  # (past a dateline's byline: `(광주=뉴시스) 김하늘 기자 =`)
        while start < len(self.text) and self.text[start] in " \t":
            start += 1
        return self.text[start:start + 1] in OPENING_QUOTES \
            and not any(o.start > start for o in self.organizations_in.get(index, ()))

    def _lead_owner(self, sentence: Sentence):
        """The organization that owns the lead's first figure by a genitive, when the lead has no topic of its own
        (`교촌에프앤비가 운영하는 교촌치킨의 지난해 가맹점 연평균 매출이 7억 1,200만 원으로 집계됐다` → 교촌치킨), else None."""
        first = sentence.end
        for q in self.quantity_starts[bisect.bisect_left(self.quantity_starts, sentence.start):]:  # (a loop, as `_all_of`)
            if self.quantity_by_start[q].category not in NO_FACT:  # (not a rank describing the owner, `선복량 기준 3위인
                first = q  # 한빛해운의 3분기 영업이익이`: an ordinal has no fact)
                break
        return next((o for o in self._organizations(sentence) if o.end <= min(first, sentence.end)
                     and is_marked(sentence, o, GENITIVE) and relative_head(sentence, o) is None), None) \
            or self._lead_measurer(sentence, first)

    def _lead_measurer(self, sentence: Sentence, first: int):
        """The organization that is the subject of a relative clause on the lead's measure, its subject or topic, before
        the lead's first figure (`드라마 제작사 A가 … 판매로 거둔 매출이 1천230억원으로`: the lead owns it as by a genitive;
        fact.subject_story), else None."""
        tokens = sentence.tokens
        for o in self._organizations(sentence):
            head = relative_head(sentence, o) if o.end <= first else None
            if head is None:
                continue
            j = head
            while j < len(tokens) and tokens[j].start < first and tokens[j].tag in NOUNS:
                j += 1  # (past the measure noun's words)
            if j < len(tokens) and tokens[j].start < first and tokens[j].tag in ("JKS", "JX") \
                    and tokens[j].form in TOPIC_OR_SUBJECT and measure_head(sentence, j - 1, self.lexicon):
                return o
        return None

    def headline_end(self) -> int:
        """Where the headline ends (`title_sentences`)."""
        return self.raw[self.title_sentences - 1].end

    def headline_story(self, facts: list, quantities: dict) -> list:
        """The headline's figures that found no period take the one the lead set (`period_story`: `모금액 2천억 원 돌파` →
        the lead's `26일 오전 기준`), and those that found no subject the story's organization when the headline names
        it (`subject_headline`: `사랑의열매 … 모금액 2천억 원 돌파`, the lead's `사회복지공동모금회(사랑의열매)는`)."""
        end = self.headline_end()
        if not any("+period_none+" in f.rule_id or "+subject_none+" in f.rule_id
                   for f in itertools.takewhile(lambda f: f.start < end, facts)):
            return facts  # (most headlines' figures found both: nothing to read)
        self._advance(self.sentence(min(len(self.raw) - 1, LEAD_SENTENCES)))  # (the lead is read)
        period = self.story_period[1] if self.story_period and self.story_period[0] >= self.title_sentences \
            and self._headline_dated() else None  # (a headline with no date: none)
        if period is None and self.story_period is None and self.title_period is not None:
            period = self.title_period[1]  # (the body's lead set none: the title's date is the story's, for its parts after
            # an ellipsis too: `올해 누적 수주 83억달러…목표 달성률 92%` → 올해, holdout41; holdout4 003 reads so)
        story = self._story_subject(final=True) or []
        named = {o.org_id for o in self.organizations_in.get(0, [])}
        subjects = story if story and all(o.org_id in named for o in story) else []
        if not subjects and self.title_sentences > 1:  # (a subheading's figures are the headline's organization's, the
            subjects = self._headline(self.sentence(0))  # brand it opens with too: holdout99 004, `데일리25, …` | `- PB …`)
        if not subjects:
            subjects = self._headline_modifier()
        if period is None and not subjects:
            return facts
        changed = {}
        for k, fact in enumerate(facts):
            if fact.start >= end:
                break
            source = changed.get(quantities[fact.quantity_id].equivalent_of) if fact.rule_id == "fact.conversion" else None
            fields = {}
            if period is not None and ("+period_none+" in fact.rule_id or source and source.period):
                fields.update(period=period.value, period_start=period.range_start, period_end=period.range_end,
                              date_mention_id=period.mention_id)
                if fact.kind == "change":
                    fields["basis"] = self.basis(self.sentence(0), quantities[fact.quantity_id], period.value)
            if subjects and ("+subject_none+" in fact.rule_id or source and source.subject):
                fields.update(subject=";".join(dict.fromkeys(o.canonical for o in subjects)),
                              subject_org_ids=";".join(dict.fromkeys(o.org_id for o in subjects)),
                              subject_mention_ids=";".join(o.mention_id for o in subjects))
            if fields:
                if fact.rule_id != "fact.conversion":
                    fields["rule_id"] = fact.rule_id.replace("+period_none+", "+period_story+") \
                        .replace("+subject_none+", "+subject_headline+")
                facts[k] = changed[fact.quantity_id] = replace(fact, **fields)
        return facts

    def _headline_modifier(self) -> list:
        """The organization a headline opens with as the modifier of its first noun, no comma after it (`밀담베이커리 가맹점
        1천곳 돌파…로열티 수입 30% 늘어`, `툰레인 작가 연평균 수익 …`): the headline is about it, and its figures no rule gave a
        subject are its own, also after an ellipsis, when the story's organization is another (the brand's operator) or
        none (fact.subject_headline; holdout55 003, 108 006). Not a local government: a place's statistics are nobody's
        (`화성시 인구 100만 넘었다…주택 보급률 104.2%`, `단양군 지난해 관광객 1,127만 명`: holdout50 002, 67 003, 99 005)."""
        organizations = self.organizations_in.get(0, ())
        if not organizations:
            return []
        opener = organizations[0]
        if opener.org_type == "local_government" or _untagged(self.text[:opener.start]) \
                or not self.text.startswith(" ", opener.end) or not self.text[opener.end + 1:opener.end + 2].isalpha():
            return []
        return [opener]

    def _headline_dated(self) -> bool:
        """The headline names a time: a date that may be a period, or a holiday (`설 연휴 해외 항공권 예약 42%↑`, which takes
        the lead's days) — not only a basis (`…지난해 매출의 3배 넘어`: its figures have no period, holdout71 005) — on its
        own line: a subheading's date under it dates the subheading, nothing before it (`이음트랜스퍼, 연간 해외송금액 3조 원
        돌파…` | `- 2025년 송금액 …`: the headline's figures none; holdout82 005, FACTS.md searches only earlier text)."""
        line_end = self.text.find("\n")
        for i in range(self.title_sentences):
            if self.raw[i].start > line_end >= 0:
                break
            if self._dates(self.sentence(i)) or any(d.rule_id in UNSTATED_DATES for d in self.dates_in.get(i, ())):
                return True
        return False

    def _result_at(self, sentence: Sentence) -> Optional[int]:
        """Where a survey's result is introduced (`…을 조사한 결과`, `여론조사 결과`), found once per sentence."""
        if sentence.index in self.results:
            return self.results[sentence.index]
        self.results[sentence.index] = None
        words = self.lexicon["result_nouns"]
        for w in words:  # (loops, no generators: those would make a cell of each local they read on every call)
            if self.text.find(w, sentence.start, sentence.end) >= 0:
                break
        else:
            return None
        tokens = sentence.tokens
        for k in range(1, len(tokens)):
            t = tokens[k]
            if t.form in words and (tokens[k - 1].tag == "ETM" or tokens[k - 1].tag == "NNG" and tokens[k - 1].end + 1 >= t.start
                                    and not self._own_process(tokens[k - 1].end)):
                self.results[sentence.index] = t.start
                break
        return self.results[sentence.index]

    def _own_process(self, end: int) -> bool:
        """The word ending at `end` names a step a company takes itself, no survey of others (`수요예측 결과`: `own_processes`;
        kiwipiepy reads it as two nouns)."""
        word = self.text[max(0, end - 8):end].split()
        return bool(word) and word[-1].endswith(_words(self.lexicon["own_processes"]))

    # -- period ------------------------------------------------------------------------------

    def _dates(self, sentence: Sentence) -> list:
        """The sentence's dates that may be a figure's period: not a comparison's basis, not the
        day of a report."""
        if sentence.index in self.kept_dates:
            return self.kept_dates[sentence.index]
        found = self.dates_in.get(sentence.index, [])
        reported = bool(found) and reports(sentence, self.lexicon)
        quoted = quote_start(sentence, self.lexicon) if reported else None
        attributed = bool(found) and self._citing(sentence) >= 0
        # (a later day before the reporting verb dates the report: the first is the event's, `2025년 10월 14일 … 수주했다고
        # 15일 공시했다`, which dates the figures of its sentence only — a deal's terms told after it have no period of
        # their own: holdout39 006 and 56 004, shared-only readers)
        event_day = (reported or attributed) and len(found) > 1 and reported_day_later(sentence, found, self.lexicon)
        kept = []
        for k, d in enumerate(found):  # (a loop: a comprehension over these locals makes a cell of each on every call)
            if (d.value and d.rule_id not in UNSTATED_DATES  # (`추석 연휴`: no figure's time)
                    and not _DATELINE.match(self.text, d.end)  # (a release's dateline, `2025년 09월 03일 --`: holdout79, 83, 98)
                    and not is_basis(self.text, d, self.lexicon)
                    and not noun_compared(sentence, d, found, self.lexicon)
                    and not multiple_of(self.text, d, self.ordered_quantities, self.lexicon)
                    and not counted_since(sentence, d, self.lexicon)
                    and not verb_after(sentence, d.end, self.lexicon["founding"], 2) and not report_event(sentence, d, self.lexicon)
                    and not announced_on(sentence, d, self.lexicon) and not self._resolved_on(sentence, d)
                    and not _since_relative(sentence, d) and not elapsed_since(sentence, d, self.lexicon)
                    and not ((reported or attributed)
                             and (report_day(sentence, d, k == 0 and not event_day, self.lexicon) and not self._after_today(d)
                                  or quoted is not None and d.end <= quoted)
                             and not followed_by(self.text, d.end, self.lexicon["as_of"], 0))):
                kept.append(d)
        if len(kept) > 1:  # `오는 31일까지 '연말 감사 대축제'를 열고`: a date inside a name in quotes names the event, the date
            outside = []  # outside dates the figures (a loop: a comprehension here made cells of `self` and `sentence` on
            for d in kept:  # every call, the memo's hits too)
                if not _in_name_quotes(self.text, sentence, d):
                    outside.append(d)
            if outside and len(outside) < len(kept):
                kept = outside
        if len(kept) > 1 and "(" in sentence.forms:  # `3분기(7~9월) 방문객이`, `상반기(1~6월)`: the months in brackets restate
            kept = _without_glosses(self.text, kept)  # the part of the year before them, which names the period (holdout78
            # 004, 111 003: the part, as written first)
        if event_day and kept and kept[0] is found[0] and report_day(sentence, found[0], True, self.lexicon):
            self.event_days.add(id(found[0]))
        self.kept_dates[sentence.index] = kept
        return kept

    def _after_today(self, date) -> bool:
        """The date starts after the document's date (`다음 달 1일부터 수수료율을 … 낮춘다고 14일 밝혔다`): a day yet to come
        dates no report, which tells of the past or the present; it dates the figures of its clause (holdout49 002)."""
        return bool(self.today and date.range_start and str(date.range_start) > self.today)

    def _present(self, sentence: Sentence, quantity) -> bool:
        """`현재` (`present_marks`) right before the figure, past an approximator or a word of a rate (`현재 128명으로`, `현재
        64명에서 연내 100명으로`, `현재 연 210GWh인`, `현재 하루 120만t인`: `rate_words`), and no date right before it (`29일 현재`: an as-of day, `period_as_of`): the figure
        stands at the document's date (holdout5, 11, 17, 27, 31, 40 and 42 read so)."""
        wide = self.text[quantity.start - 7 if quantity.start - 7 > sentence.start else sentence.start:quantity.start]  # (the
        # second pattern's letters; no `max`: see `sentence.py`'s note on it)
        for mark in self.lexicon["present_marks"]:  # (the cheap test first: the few letters before most figures hold no
            if mark in wide:  # `현재`, and the patterns, which open with a look-behind, are tried at each of them)
                break
        else:
            return False
        before = wide[-6:]  # (the first pattern's: the last six)
        match = _PRESENT_BEFORE.search(before)
        if match is None or match.group(1) not in self.lexicon["present_marks"]:
            before = wide
            match = _PRESENT_RATE_BEFORE.search(before)  # (past a word of a rate: `현재 하루 120만t인`, `rate_words`)
            if match is None or match.group(1) not in self.lexicon["present_marks"] \
                    or match.group(2) not in self.lexicon["rate_words"]:
                return False
        at = quantity.start - len(before) + match.start(1)
        for d in self.dates_in.get(sentence.index, ()):  # (a loop: a generator made a cell of `at` on every call)
            if at - 2 <= d.end <= at:
                return False
        return True

    def _holiday_in_clause(self, sentence: Sentence, quantity):
        """The year written with a holiday earlier in the figure's clause (`_holiday_year`), the last one, when no comparison
        word comes between them (`지난해 설 연휴 엿새간의 하루 평균(21만 9,000명)보다 10.9%`: a basis) and the figure is no
        value compared with, else None."""
        if self._named_basis(quantity):
            return None  # (`지난해 설 연휴 엿새간의 하루 평균(21만 9,000명)보다`: a basis's value sets no period for the others)
        clause_start = sentence.clause(quantity.start)[0]
        found = None
        for d in self.holidays_in[sentence.index]:
            if clause_start <= d.start and d.end <= quantity.start:
                found = self._holiday_year(d, quantity.start) or found  # (not `지난해 설보다` after it: a basis)
        return found

    def _holiday_year(self, date, end: int):
        """A holiday written with its year (`2026년 설`, `지난해 추석`: a year word of `holiday_years`, or `N년`, opening the
        mention) that is no basis up to `end` — no comparison word between them outside brackets, up to the next date
        (`지난해 설 연휴보다`): the year's DATE, the period of the figures it dates, else None (the shared
        ANNOTATION.md joins a year word only to a month: holdout15, 17, 32, 39, 42 and 45's shared-only readers label the year
        before a holiday a DATE of its own, and holdout42 and 45 date the figures by it)."""
        words = self.text[date.start:date.end].split()
        if len(words) < 2 or not (words[0] in self.lexicon["holiday_years"] or _YEAR_WORD.fullmatch(words[0])) \
                or not date.range_start or not date.value:
            return None
        for d in self.dates_in.get(self.sentence_of(date.start).index, ()):
            if date.end < d.start < end:
                end = d.start  # (`2026년 설 연휴 국제선 예약이 지난해 설보다 18%`: the comparison is the next date's)
        if any(w in _BRACKETED.sub("", self.text[date.end:end]).replace(" ", "") for w in self.lexicon["comparison"]):
            return None
        if id(date) in self.holiday_years:
            return self.holiday_years[id(date)]  # (the year's own DATE, `지난해`: its row is the fact's date mention)
        # (`올 추석`: a prefix inside the holiday's span; a copy of the DATE as that year, made once)
        y = str(date.range_start)[:4]
        self.holiday_years[id(date)] = replace(date, value=y, mod="", range_start=f"{y}-01-01", range_end=f"{y}-12-31",
                                               granularity="year", rule_id=HOLIDAY_YEAR)
        return self.holiday_years[id(date)]

    def _present_before(self, sentence: Sentence, quantity) -> bool:
        """`현재` (`present_marks`) earlier in the figure's sentence as the time of what it tells (`대원에너지는 현재 전국에서
        발전소 14곳을 운영하며 총 설비용량은 1.2GW다`, `현재 선복량은 92만 TEU다`), no date after it before the figure, none
        right before it (`29일 현재`: an as-of day), no figure right after it (`현재 24%에서 35%로`: `_present` dates that
        one only) and none between it and the figure in the figure's clause (`현재 미사일 30기 수준에서 50% 증대됐다`: the base
        of the change, KLUE's gold): the figures after it stand at the document's date, when their clause has no date of its own (holdout7,
        holdout27 and holdout39, shared-only readers)."""
        if self.lexicon["present_marks"].isdisjoint(sentence.forms):
            return False  # (cheap first: few sentences say `현재`)
        for mark in self.lexicon["present_marks"]:  # (a loop: a generator would make a cell of each local on every call)
            at = self.text.rfind(mark + " ", sentence.start, quantity.start)
            if at < 0 or at > sentence.start and "가" <= self.text[at - 1] <= "힣":
                continue
            after = at + len(mark) + 1
            k = bisect.bisect_left(self.quantity_starts, after)
            between = self.text[after:self.quantity_starts[k]] if k < len(self.quantity_starts) else None
            if between is not None and (between in ("", "약 ") or between[:-1] in self.lexicon["rate_words"]
                                        or sentence.clause(quantity.start)[0] <= self.quantity_starts[k] < quantity.start
                                        and "에서" in self.text[self.quantity_starts[k]:quantity.start]):
                continue  # (`현재 24%에서 35%로`: the figure right after it is the one it dates; `현재 미사일 30기 수준에서 50%
                # 증대됐다`: it dates the first figure of the clause, the base a change starts from, not the change; not a figure
                # the next one goes on with, `현재 해외 매장 수는 14개국 86곳이다`: both stand at the document's date)
            for d in self.dates_in.get(sentence.index, ()):
                if at - 2 <= d.end <= at or after <= d.start < quantity.start:
                    break
            else:
                return True
        return False

    def _resolved_on(self, sentence: Sentence, date) -> bool:
        """A day not after the document date in a sentence that ends in a body's resolution (`지주는 이날 이사회에서 보통주
        1주당 1,100원의 결산 배당을 결의했다`, `이날 주당 150원의 분기 배당을 … 결의했다`: `resolution_verbs`): the day it was
        resolved, not the period of what was resolved — the dividend's is the results' (holdout40, holdout42)."""
        return bool(self.today and _one_day(date) and date.range_end <= self.today) \
            and final_verb(sentence) in self.lexicon["resolution_verbs"]

    def period(self, sentence: Sentence, quantity, keys: tuple) -> tuple:
        if self.today and self._present(sentence, quantity):
            return Range(self.today, self.today, self.today, "", quantity.start, quantity.start), "period_present"
        date, rule = self._period(sentence, quantity, keys)
        if date is not None and not isinstance(date, Range) and date.rule_id in UNSTATED_DATES:
            year = self._holiday_year(date, date.end)  # `지난해 설 연휴(38만 5,000원)`: the year written with the holiday
            if year is not None:  # dates the figure in its brackets, the holiday's name does not
                return year, rule
        if rule not in CLAUSE_PERIODS and sentence.index in self.holidays_in:
            year = self._holiday_in_clause(sentence, quantity)
            if year is not None:  # `제주항공의 2026년 설 연휴 국제선 예약이 … 18% 늘었다`, `지난해 추석 연휴의 하루 평균
                return year, "period_clause"  # 21만 4,000명을`: the year written with the holiday in the figure's clause
        if self.today and rule not in CLAUSE_PERIODS and self._present_before(sentence, quantity):
            # `대원에너지는 현재 전국에서 발전소 14곳을 운영하며 총 설비용량은 1.2GW다`: the sentence's time
            return Range(self.today, self.today, self.today, "", quantity.start, quantity.start), "period_present"
        if rule in HELD_YIELDS and self._held_stake(sentence, quantity):
            return None, "period_held"  # `모회사 A는 B 지분 34%를 갖고 있다`: a standing stake, no period carried
        if rule in {"period_clause", "period_as_of", "period_sentence"} and self._year_back_part(date):
            back = self._same_part_back(date)
            if back is not None:
                return back, "period_same_part"
        if rule in {"period_clause", "period_as_of", "period_sentence"} and self._part_after_year_back(date):
            # `전년 같은 달(48억 달러)`, `지난해 같은 날(68도)`: the day or month the word points back to, a year back
            value = _year_back(date.value or "")
            if value and date.range_start and date.range_end:
                return Range(value, _year_back(str(date.range_start)), _year_back(str(date.range_end)), date.mention_id,
                             date.start, date.end), "period_same_part"
        if rule == "period_clause" and date.start > quantity.end and self._whole_of_share(quantity):
            # (`"올해는 … 이를 위해 일자리 예산 1,870억 원의 60%를 상반기에 집중 투입하겠다"`: the budget is the year's, its
            # share the half's; a wider date earlier in the sentence first, then the period in force)
            whole = next((d for d in reversed(self.dates_in.get(sentence.index, ())) if d.end <= quantity.start
                          and self._holds(d, date)), None) or self._holding_period(sentence, date)
            if whole is not None:
                return whole, "period_schedule"
        if rule in {"period_clause", "period_as_of", "period_sentence"}:
            dates = self.dates_in.get(sentence.index, [])
            span = date_range(self.text, dates, date)
            if span is not None:
                return span, "period_range"
            if rule == "period_clause" and len(dates) > 1 and not followed_by(self.text, date.end, self.lexicon["target_nouns"], 0):
                # (`올해 1~8월 신규 수주액이 … 올해 목표(2조원)의 83%를`: a year's target is the year's, holdout84 006)
                inner = self._range_within(sentence, quantity, dates, date)
                if inner is not None:
                    return inner, "period_range_within"
        return date, rule

    def _held_stake(self, sentence: Sentence, quantity) -> bool:
        """The figure is a stake (its metric among `stake_words`) its clause says is held (`갖고 있다`, `보유한`:
        `holding_verbs`)."""
        span = self.metric_span
        if not span or self.text[span[0]:span[1]].replace(" ", "") not in self.lexicon["stake_words"]:
            return False
        tokens, clause_end = sentence.tokens, sentence.clause(quantity.start)[1]
        for k in range(sentence.after(quantity.end), len(tokens)):
            if tokens[k].start >= clause_end:
                return False
            if tokens[k].form in self.lexicon["holding_verbs"] and tokens[k].tag in ("VV", "NNG", "XR"):
                return True
        return False

    def _year_back_part(self, date) -> bool:
        """The date is a year-back word before a word of the same part of a time (`전년 동기`, `지난해 같은 기간`: `year_back`,
        `same_part_back`)."""
        # (the date's own word first: few dates are one, and `followed_by` costs a slice, a `replace` and a match)
        return not isinstance(date, Range) and self.text[date.start:date.end].replace(" ", "") in self.lexicon["year_back"] \
            and followed_by(self.text, date.end, self.lexicon["same_part_back"], 0)

    def _part_after_year_back(self, date) -> bool:
        """The date is a word of the same part of a time (`같은 달`, `같은 날`: `same_part_back`) right after a year-back word
        (`전년`, `지난해`: `year_back`), read as a DATE of its own that points back to this year's month or day."""
        if isinstance(date, Range) or self.text[date.start:date.end].replace(" ", "") not in self.lexicon["same_part_back"]:
            return False
        before = self.text[max(0, date.start - 4):date.start]
        return before.endswith(" ") and before.rstrip().endswith(_words(self.lexicon["year_back"]))

    def _same_part_back(self, date) -> Optional[Range]:
        """`전년 동기에는 96억 원의 영업손실을 냈다` after a 4분기 figure, `올해 1~11월 … | 지난해 같은 기간(9,480만 명)`: the period
        in force (the paragraph's, else the story's) a year back, dated by the DATE `전년` — when that year is the DATE's own
        value (else None: the year alone stands)."""
        current = self.paragraph_period or self.story_period
        current = current[1] if current else None
        if current is None or not current.value or not current.range_start or not current.range_end \
                or re.fullmatch(r"\d{4}-\d\d-\d\d", current.value):
            return None  # (a day is no span a part of: `올해 들어 28일까지 … | 지난해 같은 기간(457만 명)` keeps the year)
        parts = current.value.split("/")
        back = "/".join(_year_back(p) for p in parts)
        if not all(_year_back(p) for p in parts) or not back.startswith(date.value or "-") \
                or back[:4] != str(_year_back(str(current.range_start)))[:4]:
            return None
        return Range(back, _year_back(str(current.range_start)), _year_back(str(current.range_end)), date.mention_id,
                     date.start, date.end)

    def _framing_topic(self, before: list):
        """The last date marked as a topic (`4분기에는`: `contrast_topic`) before the figure's clause, when the dates after
        it are no narrower (they hold its days): else None."""
        words = _words(self.lexicon["contrast_topic"])
        k = next((k for k in range(len(before) - 2, -1, -1) if self.text.startswith(words, before[k].end)), None)
        if k is None:
            return None
        topic = before[k]
        if isinstance(topic, Range) or not topic.range_start or not topic.range_end:
            return None
        for d in before[k + 1:]:
            if isinstance(d, Range) or not d.range_start or not d.range_end \
                    or not (str(d.range_start) <= str(topic.range_start) and str(topic.range_end) <= str(d.range_end)):
                return None
        return topic

    def _own_part(self, start: int, end: int) -> bool:
        """An ellipsis lies between `start` (a date's end) and `end` (a figure's start), and the figure's metric is named
        after it: the headline's second part tells of its own measure (`올해 수주 9조 원 돌파…해외 비중 55%`), not the
        first's (`3분기 영업익 5,333억 원…전년比 12.7%↑`: the rate of the first part's measure keeps its date)."""
        k = self.text.find("…", start, end)
        return k >= 0 and self.metric_start is not None and self.metric_start > k \
            and self.text.find("]", start, k) < 0  # (a recap's label dates the whole headline: `[2025년 결산] … …가입자 1,200만 명`)

    def _range_within(self, sentence: Sentence, quantity, dates: list, date) -> Optional[Range]:
        """A range earlier in the figure's clause (`A부터 B까지`) that the clause's nearer, coarser date holds: the days the
        event ran, the coarser date only describing it (`지난 1일부터 11일까지 진행한 연말 쇼핑 축제 기간 거래액` → 1~11일,
        not 연말)."""
        clause_start = sentence.clause(quantity.start)[0]
        if not date.range_start or not date.range_end:
            return None
        for d in dates:
            if d.start < clause_start or d.end > date.start:
                continue
            span = date_range(self.text, dates, d)
            if span is None and d.value and "/" in d.value:  # one mention that is itself a span of days (`이달 5~28일 진행한
                span = d  # 연말 정기 세일 매출` → 5~28일, not 연말)
            if span is not None and span.end <= date.start and str(date.range_start) <= str(span.range_start) \
                    and str(span.range_end) <= str(date.range_end) and (span.range_start, span.range_end) != (date.range_start, date.range_end):
                return span
        return None

    def _relative_date(self, sentence: Sentence, date, quantity) -> bool:
        """The date (before the figure) lies in a relative clause on the topic (`relative_topic_between`) or on the subject
        right before the figure (`relative_subject_before`: `지난 9월 재단장을 마친 부산 센텀점이 18.5%로`), which does not
        define what the figure counts (`_counted_since`): it dates that clause's event, not the figure."""
        if relative_topic_between(sentence, date.end, quantity.start):
            return not self._counted_since(date, quantity)
        return relative_subject_before(sentence, date.end, quantity.start) and not self._counted_since(date, quantity, ("이 ", "가 "))

    def _counted_since(self, date, quantity, marks=("은 ", "는 ")) -> bool:
        """The relative clause the date opens defines what the figure counts: its topic (or, with `marks` 이/가, its subject)
        is the figure's metric, right before the figure (`올해 새로 문을 연 점포는 530곳`, `지난달 새로 가입한 고객은 12만 명`,
        `지난해 모회사 연결 매출에서 차지한 비중이 41.3%였다`): the date is the figure's period, unlike a named thing's
        (`지난 7월 문을 연 워터코스터 '파도타기'는 … 4만 1천 명이`)."""
        metric = self.metric_span  # (past an approximator before the figure: `…분으로 발주한 물량은 약 2,300만 개다`, holdout73 006)
        return metric is not None and date.end <= metric[0] and self.text[metric[1]:quantity.start].removesuffix("약 ") in marks

    def _period(self, sentence: Sentence, quantity, keys: tuple) -> tuple:
        if quantity.start in self.bracketed or quantity.start in self.bracket_mates:  # `올해(520명)보다`, `2020년(620억
            # 원)의`, `지난해 같은 기간(31척, 68억 달러)`: the date the figures in its brackets are given for
            at = self.bracket_mates.get(quantity.start, quantity.start)
            for d in self.dates_in.get(sentence.index, ()):  # (loops, no generators: those would make a cell of `self` and
                if self.bracket_of.get(id(d)) == at:  # `quantity` on every call)
                    return d, "period_clause"
        if self._spanned(sentence, quantity):
            return None, "period_span"
        candidates = self._dates(sentence)
        own = self._sentence_date(sentence, quantity, candidates) if candidates else None  # (many sentences keep no date)
        if own is not None:
            return own
        if self.named_holidays:
            named = self._named_holiday(sentence, quantity)
            if named is not None:  # `연휴 기간 정상 영업률은 99%였다`: the days the article named for the holiday
                return named, "period_named"
        carried = None
        for k in keys:
            if k in self.periods:
                carried = self.periods[k]
                break
        if not carried and self.fact_names and self.metric_span and self.fact_names not in self.owner_periods:
            carried = self._stock_point(keys)  # (`5G 가입자는 12월 말 기준 1,352만 명 | 자회사 미디어로그는 가입자가 64만 명`)
        # (a headline's date before an ellipsis dates its part after it too: `올해 연구비 1,240억…임상시험 412건` → 올해, not
        # the body's `1∼11월`; readers of the shared guideline, reader-conventions #3: holdout59, 66, 74; holdout8 reads otherwise)
        planned = False
        if carried and self._past_for_plan(sentence, carried) and not self._told_past(sentence, quantity):
            # `…물량을 3천t으로 늘리겠다"고 했다`: a plan with no date of its own takes no past period the paragraph carries
            carried, planned = None, True  # (fact.period_plan; not a past clause before it: `140개로 늘었고, …하고 있다`)
        if not carried and self.last_period is not None and same_period(sentence, quantity, self.lexicon):
            carried = self._story_measure_period(keys) or self._measure_period(keys, sentence, quantity) \
                or self._owner_period() or self.last_period
            # (`애플의 출하량은 같은 기간 5,500만 대였다`)
        if carried and self.last_span is not None and self._peak_day(carried) \
                and (same_period(sentence, quantity, self.lexicon) or self._told_before(sentence, carried)):
            carried = self.last_span  # `연휴 닷새간(14~18일) … 가장 붐빈 날은 14일로 26만 명 | 같은 기간 운항편은`: a 기간 is the
            # span, not a day told within it (fact.period_carried)
        if carried:
            return self._carried_on(sentence, quantity, carried)
        event = None
        for t in sentence.tokens[:sentence.after(quantity.start)] if self.events else ():  # (the tokens before the figure)
            if t.form in self.events:
                event = self.events[t.form]
                break
        if event:
            return event, "period_event"
        if self.paragraph_period and self.paragraph_period[0] < sentence.index:
            if self._past_for_plan(sentence, self.paragraph_period[1]) and not self._told_past(sentence, quantity):
                return None, "period_plan"
            if self.fact_names and self.paragraph_owners and self._other_owner(sentence, quantity, self.fact_names):
                return None, "period_other_owner"
            carried = self.paragraph_period[1]
            if self.last_span is not None and self._peak_day(carried) and self._told_before(sentence, carried):
                carried = self.last_span
            # (a figure of its own sentence that found none has reasons)
            return self._carried_on(sentence, quantity, carried)
        if planned:
            return None, "period_plan"
        story = self.title_period if self.story_period is None else self.story_period
        if story and story[0] < sentence.index and not (self.today and story[1].range_end
                                                        and story[1].range_end < self.today and self._yet_to_come(sentence)
                                                        and not self._told_past(sentence, quantity)):
            if self.story_renamed is not None and story is self.story_period:
                return self.story_renamed, "period_story_renamed"
            return story[1], "period_story_narrowed" if self.story_narrowed and story is self.story_period else "period_story"
        return None, "period_none"

    def _flow_span(self, sentence: Sentence, quantity, metric_text: str, date) -> Optional[tuple]:
        """A carried month-end or as-of month (`date`: `6월 말 기준 점포 수는 …`, `이달 기준 점포 수`, the as-of date of a
        stock) for a sum over time (its measure ends in `flow_measures`: `상품 매출은 4,620억 원`), or for a `같은 기간` figure past a span told before that month-end
        whose verb is one of those sums (`1~11월 누적 수주액 … | 11월 말 기준 수주잔고 … | 같은 기간 … 23척을 수주했다`; not a
        stock's, `부채비율은 같은 기간 14.2%포인트 높아졌다`): (the span of more than a month, a figure's own period, that ends
        with that month, "period_flow_span"); else None."""
        span = self.spans_ending.get(str(date.range_end))
        if span is None:
            return None
        flows = self.lexicon["flow_measures"]
        if metric_text.replace(" ", "").endswith(tuple(flows)) or span.end <= date.start \
                and same_period(sentence, quantity, self.lexicon) and _flow_verb(sentence.tokens, flows):
            return span, "period_flow_span"
        return None

    def _story_measure_period(self, keys: tuple):
        """The story's period, for a `같은 기간` figure of the measure that set it, past a paragraph break (`2025년 3분기
        영업이익 7,420억 원 … | 신조선 4척이 상반기에 인도된 영향이다 | 경쟁사 SM상선은 같은 기간 영업이익 410억 원`, `9월 말 기준
        점포 수는 … | … 3분기 매출은 … | 코리아세븐은 같은 기간 점포가 1만 2,130개로`): a rival's figure set beside the story's
        is for the story's time, not for the date of the figure told last, which measures another thing (`점포` and `점포 수`
        count the same); else None (fact.period_carried)."""
        story, measure = self.story_period, self.story_metric
        if not (story and measure and self.metric_span and keys) or self.last_period_at >= self.paragraph_first:
            return None  # (the paragraph's own time goes on: `올해 1~10월 누적 방한객은 … | 같은 기간 국민 해외 관광객은`)
        if not _same_measure(keys[-1], measure) and not self._rate_of(measure):
            return None
        return self.story_renamed if self.story_renamed is not None else story[1]

    def _measure_period(self, keys: tuple, sentence: Sentence, quantity):
        """The period last told for the `같은 기간` figure's own measure, when another measure's period was told after it
        (`매장 수는 지난달 말 기준 2,940곳 … | 지난해 매출은 … | 경쟁사의 매장 수는 같은 시점 각각 3,600여 곳`, `지난해 기금 수익률은
        7.8% … | 올해 급여율을 4.5%로 동결했다 | 같은 기간 A와 B의 수익률은 각각`): the rivals' figures set beside the
        story's are for the time that measure was told for; else None (fact.period_carried). Only an as-of point (`말`,
        `기준`: a stock's) and only past a paragraph break: a span told for the measure (`1~9월 누적 매출`) and the
        paragraph's own time go on (`3분기 … 수출 | 같은 기간 펫밀리는 매출 158억 원`, `1~10월 방한객 … 같은 기간 관광객`)."""
        if not keys or (self.last_period_at >= self.paragraph_first
                        and not same_period(sentence, quantity, self.lexicon, "same_point")):
            return None  # (`같은 시점`, `same_point`, names the point even within the paragraph: `6월 말 기준 연체율은 … |
            # 상반기 국내 카드 승인액은 … | 같은 시점 A와 B의 연체율은 각각`, holdout98 003)
        date = self._stock_point(keys)
        return date if date is not self.last_period else None

    def _stock_point(self, keys: tuple):
        """The as-of point (`말`, `기준`: a stock's) last told for the figure's measure, for a figure of organizations no
        period was set for (`5G 가입자는 지난해 12월 말 기준 1,352만 명 … | 알뜰폰 자회사 미디어로그는 가입자가 … 64만 명`,
        `누적 가입자는 12월 말 기준 124만 명 … | 경쟁사 센트비와 한패스의 가입자는 각각 90만 명, 150만 명`): a rival's or a
        subsidiary's count set beside the story's is as of the same point, as with `같은 시점` (`_measure_period`; FACTS: the
        period last set for the same metric; holdout78 006, 104 005); else None (fact.period_carried). Not a span or a
        part of a year told for the measure (`1~11월 누적 수주액`): those go by the paragraph's and the story's time."""
        date = self.measure_periods.get(keys[-1])
        return date if getattr(date, "mod", "") == "END" else None

    def _owner_period(self):
        """The period last set by a figure of the `같은 기간` figure's own organizations, when the figure told last was of
        others only (`동방게임즈는 2025년 … 수출액이 … | 갤럭시엔터테인먼트는 지난해 11월 슬롯머신 1,200대를 주문했으며 | 같은 기간
        매출액과 영업이익은 각각 …` → 2025, not the customer's month): a customer's or partner's dated deal told in
        between is not the time the company's results go on with; else None (fact.period_carried)."""
        names, last = self.fact_names, self.last_period_names
        if not names or not last or names == last or not set(names.split(";")).isdisjoint(last.split(";")):
            return None
        return self.owner_periods.get(names)

    def _rate_of(self, measure: str) -> bool:
        """The figure's metric is a rate of change (`change_rates`) right after the measure's noun (`매출 증가율`, where the
        metric is `증가율`): a rate of that measure, for `_story_measure_period`."""
        start, end = self.metric_span
        return self.text[start:end] in self.lexicon["change_rates"] and self.text.endswith(measure, 0, start - 1)

    def _named_holidays(self, dates) -> dict:
        """The holiday's day (a `date.holiday` DATE's, `설` → 02-17) → the span of days the article names for that holiday:
        the first span of days (one DATE `14~18일`, or `A부터 B까지`) that holds the day, at most `HOLIDAY_SPAN` days long
        (`설 연휴 닷새(14~18일) 동안`, `다음 달 13일부터 18일까지 출발하는 국제선 예약`)."""
        days = {str(d.range_start) for d in dates if d.rule_id in UNSTATED_DATES and d.range_start}
        named = {}
        for i in sorted(self.dates_in):
            found = self.dates_in[i]
            for d in found:
                if d.rule_id in UNSTATED_DATES or not d.value:
                    continue
                span = date_range(self.text, found, d) if followed_by(self.text, d.end, RANGE_STARTS, 0) \
                    else d if "/" in d.value else None
                if span is None or not _DAY_SPAN.fullmatch(span.value) or _days_between(span) > HOLIDAY_SPAN:
                    continue
                for day in days:
                    if day not in named and str(span.range_start) <= day <= str(span.range_end):
                        named[day] = span
        return named

    def _named_holiday(self, sentence: Sentence, quantity):
        """The days the article names for the holiday the figure's clause refers back to before the figure (`연휴 기간`,
        `이번 연휴에`: `holiday_nouns`; right after a holiday's name, `추석 연휴 동안`, that holiday's), else None: a noun right
        after another date (`지난해 추석 연휴의`, `전년 연휴 대비`) is that time's; a bare noun refers back only when the article
        named the days of one holiday. Not a headline's (its figures take the story's period), nor a holiday marked as a
        participant of its clause (`연휴가 짧은 탓에`: `HOLIDAY_NOT_TIME`)."""
        if sentence.index < self.title_sentences:
            return None  # (a headline's holiday, `설 연휴 해외 항공권 예약 42%↑`, names what is counted: the story's period)
        clause_start, nouns, tokens = sentence.clause(quantity.start)[0], self.lexicon["holiday_nouns"], sentence.tokens
        for k in range(sentence.after(quantity.start)):
            t = tokens[k]
            if t.start < clause_start or t.form not in nouns or t.tag != "NNG" \
                    or k + 1 < len(tokens) and tokens[k + 1].tag in HOLIDAY_NOT_TIME:
                continue  # (`연휴가 짧은 탓에 단거리 노선 비중이 68%에 달했다`: the holiday is what is talked of, not the time)
            before = None
            for d in self.dates_in.get(sentence.index, ()):
                if t.start - 1 <= d.end <= t.start:
                    before = d
            if before is None:
                if len(self.named_holidays) == 1:
                    return next(iter(self.named_holidays.values()))
            elif before.rule_id in UNSTATED_DATES and str(before.range_start) in self.named_holidays:
                return self.named_holidays[str(before.range_start)]
        return None

    def _spoken(self, sentence: Sentence, quantity) -> bool:
        """The figure stands inside double quotes its sentence opens before it (`관계자는 "… 63억 원으로 …"고 말했다`): a
        speaker's words."""
        text, start, end = self.text, sentence.start, quantity.start
        if text.find('"', start, end) < 0 and text.find("“", start, end) < 0:
            return False  # (cheap first: most sentences quote no one; no slice made)
        return text.count('"', start, end) % 2 == 1 or text.count("“", start, end) > text.count("”", start, end)

    def _peak_day(self, date) -> bool:
        """The date is a single day within the last period that spans several (`last_span`), not that period itself, nor the
        end of a time counted up to it (`올해 들어 28일까지`)."""
        span = self.last_span
        return date is not span and _one_day(date) \
            and not self.text.startswith("까지", date.end) \
            and span.range_start is not None and span.range_start <= date.range_start <= span.range_end

    def _told_before(self, sentence: Sentence, day) -> bool:
        """The day, one within the event's span of days (`_peak_day`; `지난 1일부터 11일까지 연 행사`, `연휴 기간(3~12일)`),
        was told in a sentence before this one (`행사 첫날인 1일에는 주문 35만 건이 몰렸다 | 간편결제 비중은 62%로`, `하루 최다
        입장객은 6일의 1만 9,800명이었다 | 매출은 41억 원으로`): it dated its own sentence's figure, and the figures after it go on
        with the event's span, as with `같은 기간` (fact.period_carried; holdout4, 15, 23, 51). Not within a longer period (a
        year, a quarter: `올해` … `지난 20일 … 전달했다 | … 2,400만 원도`, the day's own doing goes on)."""
        return day.end <= sentence.start and self.last_span.value.find("/") == 10  # (a span of days: `2025-11-01/2025-11-11`)

    def _spanned(self, sentence: Sentence, quantity) -> bool:
        """A duration of `span_marks` before the figure in its clause, which names no DATE, and a clause not told in the past
        (`도 산하 전남개발공사는 여수 경도 해양관광단지에 3년간 4,200억 원을 투입한다`, `"3년 안에 부채비율을 150% 아래로
        낮추겠다"`): the span is the time the plan or the term is for, which is no calendar period — the figure takes none,
        neither the sentence's other date nor the one carried (fact.period_span; holdout7, holdout17 and holdout27 read so).
        A past clause keeps its period (`한빛로지스와 3년간 250억 원 규모의 계약을 맺었다`: the signing's)."""
        spans = self.spans.get(sentence.index)
        if spans is None:  # (the unit and the mark first: a search that skips to their letters, where the whole pattern
            # would try its look-behind at every letter)
            spans = self.spans[sentence.index] = [
                m.span() for m in self.span_pattern.finditer(self.text, sentence.start, sentence.end)] \
                if self.span_cue.search(self.text, sentence.start, sentence.end) else []
        if not spans:
            return False
        clause_start, clause_end = sentence.clause(quantity.start)
        for a, b in spans:  # (loops, no generators: those would make a cell of each local they read on every call)
            if clause_start <= a and b <= quantity.start:
                break
        else:
            return False
        for d in self.dates_in.get(sentence.index, ()):
            if clause_start <= d.start < clause_end:
                return False
        tokens = sentence.tokens
        for k in range(sentence.after(quantity.end), len(tokens)):
            if tokens[k].tag == "EC" and k + 1 < len(tokens) and tokens[k + 1].tag == "VX":
                continue  # (the ending that joins an auxiliary verb: `낮아졌다` is 낮 아 지 었 다, told in the past)
            if tokens[k].tag in {"EC", "EF", "ETM"}:
                return not (tokens[k - 1].tag == "EP" and tokens[k - 1].form in PAST_TENSE)
        return True

    def _rename_story(self, date) -> None:
        """A figure of the lead's metric dated by the story's days in other words (`올해 3분기 … 소득이 536만 원` | `7~9월 전국
        가구의 월평균 소득은 536만 2,000원`): the DATE last named for that metric is the period the later figures carry
        (fact.period_story_renamed); not an end (`지난해 말`) for a quarter, nor a figure of another metric."""
        story = self.story_period[1]
        if date is not story and not isinstance(date, Range) and not isinstance(story, Range) and date.range_start \
                and (date.range_start, date.range_end) == (story.range_start, story.range_end) \
                and date.value != story.value and not date.mod and not story.mod:
            self.story_renamed = date

    def _sentence_date(self, sentence: Sentence, quantity, candidates: list) -> Optional[tuple]:
        """(DATE, rule) of the figure's own sentence: a date of its clause (`period_clause`), one before 기준 or 현재
        (`period_as_of`), else one elsewhere in the sentence (`period_sentence`); None when none of `candidates` (the
        sentence's dates that may be a period, `_dates`) dates it."""
        clause_start, clause_end = sentence.clause(quantity.start)
        if candidates[-1].start >= clause_end and self._same_period_in_clause(sentence, quantity, clause_start):
            # `같은 기간 결제 건수는 11억2천만건으로 집계됐고, 월간 활성 이용자는 지난해 12월 기준 1천480만명`: the figure's
            # clause points back to the period last named; a later clause's date (an as-of month) is that clause's figures'
            kept = []
            for d in candidates:
                if d.start < clause_end:
                    kept.append(d)
            if not kept:
                return None
            candidates = kept
        barrier = self._change_start(sentence, quantity)
        # `올해 1,940억 원에서 2,410억 원으로`: the date is the old value's (in the change's clause only: `올해 매장을 14곳에서
        # 30곳으로 늘리고, … 450억 원을 투입할` → 올해 for 450억 원)
        barred = barrier is not None and barrier >= clause_start
        # (loops, not comprehensions: those made cells of seven locals and five functions on every call)
        kept = []
        for d in candidates:
            if barred and not (d.end > barrier or d.end <= clause_start  # (a clause before dates it: `지난해 3월 제2공장을
                               # 준공해 생산능력을 180만 개에서 260만 개로 늘렸다` → 지난해 3월)
                               or self._dated_start(d) is None):  # (only the date right before the old value is its
                continue  # own: the clause's date further back is the new value's, `올해 … 비중을 지난해 22%에서 35%로` → 올해)
            # `올해(520명)보다 130명 많은`, `2020년(620억 원)의 1.9배`, `지난해 51만 명보다 13.9%`: a date right before a
            # figure in brackets or one compared with is that figure's only
            if not (d.end + 1 != quantity.start and self.bracket_of.get(id(d)) != quantity.start and (
                    id(d) in self.bracket_of or self._dates_compared(sentence, d) not in (None, quantity.start))) \
                    and self._dated_start(d) in (None, quantity.start) \
                    and not (d.start > quantity.end and self.text.find("…", quantity.end, d.start) >= 0) \
                    and not (d.end <= quantity.start and self._own_part(d.end, quantity.start)) \
                    and not (self._year_back_part(d) and starts_in(self.dates_in.get(sentence.index, ()), d.end + 1, d.end + 2)) \
                    and not (d.start > quantity.end and self.text.startswith(FROM_VALUE, quantity.end)
                             and self.text[quantity.end + len(FROM_VALUE):d.start].isspace()):
                # (`_dated_start`: `지난해 22%에서 35%로 …, 1,200억 원의 고정비를`, the old value's; `월 12만 장에서 내년 말까지
                # 18만 장으로`: the date right after the old value is the new one's deadline)
                kept.append(d)
        candidates = kept
        # (`지난해 같은 날(68도)보다 6도 낮다`: the year-back word of a pair read as two DATEs is the part's, `_part_after_year_back`)
        # (a headline's date dates its own part of an ellipsis: `점포 1만 8,700개 돌파…내년 점포 700곳 더 연다`, `올해 해외 수주
        # 5조 돌파…중동 비중 62%`: the second part's figure takes the story's period, fact.period_story)
        in_clause, before = [], []
        for d in candidates:
            if (clause_start <= d.start < clause_end or d.start < clause_start and self._entering(sentence, d, clause_start)) \
                    and not (d.start > quantity.end and adnominal_between(sentence, quantity.end, d.start)
                             and not dates_modified_noun(sentence, quantity.end, d.start)) \
                    and not (d.end <= quantity.start and self._relative_date(sentence, d, quantity)):
                in_clause.append(d)
                if d.end <= quantity.start:
                    before.append(d)
        if before or in_clause:
            return (before or in_clause)[-1 if before else 0], "period_clause"
        as_of = []
        for d in candidates:
            if followed_by(self.text, d.end, self.lexicon["as_of"], 3) and not self._dates_relative(sentence, d, quantity):
                as_of.append(d)
        if as_of:
            outer = as_of[-1]  # `9월 둘째 주(8일 기준)`: the week, the day it was measured on
            for d in self.dates_in.get(sentence.index, []):
                if d.value and d.end == as_of[-1].start - 1 and self.text[d.end:d.end + 1] == "(":
                    outer = d
            return outer, "period_as_of"
        before, later = [], []
        for d in candidates:
            if d.end <= quantity.start and not self._relative_date(sentence, d, quantity):
                before.append(d)
            # a date after the figure dates it only within its major clause (`16연승에 성공했으나, 지난 7월 …`: no)
            elif quantity.end <= d.start < sentence.major_clause_end(quantity.end) \
                    and not adnominal_between(sentence, quantity.end, d.start) and not _predicate_between(sentence, quantity.end, d.start):
                later.append(d)
        if len(before) > 1 and not isinstance(before[-1], Range):
            framed = self._framing_topic(before)
            if framed is not None:  # `4분기에는 연말 물량이 몰리며 화물 매출이 1조 원으로`: the topic date frames the
                return framed, "period_sentence"  # sentence; 연말, no narrower, only describes 물량
        if before or later:
            return (before or later)[-1 if before else 0], "period_sentence"
        return None

    def _same_period_in_clause(self, sentence: Sentence, quantity, clause_start: int) -> bool:
        """`같은 기간` (`same_period`) in the figure's clause before the figure (`같은 기간 결제 건수는 11억2천만건으로`)."""
        before = self.text[clause_start:quantity.start].replace(" ", "")
        for w in self.lexicon["same_period"]:  # (a loop: a generator made a cell of `before` on every call)
            if w in before:
                return True
        return False

    def _entering(self, sentence: Sentence, date, clause_start: int) -> bool:
        """The date opens the clause right before the figure's with `들어` (`entering`: `올해 들어서만 9천여 대가 늘었다`,
        `이달 들어 …`): the time the figure counts from, a part of its clause the verb's ending split off."""
        return followed_by(self.text, date.end, self.lexicon["entering"], 0) and sentence.clause(date.end + 1)[1] == clause_start

    def _annual(self, metric: tuple, glued: bool = True) -> bool:
        """The metric is a year's total (`연간 거래액`, `연 매출`: lexicon `annual`), written before its measure or in it
        (with `glued` False, only a word of two letters or more in it: `연간매출`, not the `연` of `연구개발`)."""
        words = self.lexicon["annual"]
        if metric[0] >= 5:  # (cheap first: most metrics have no such word in the letters the reads below look at)
            window = self.text[metric[0] - 9 if metric[0] >= 9 else 0:metric[0] + len(_longest_first(words)[0])]
            for w in words:
                if w in window:
                    break
            else:
                return False
        befores = [self.text[max(0, metric[0] - 4):metric[0]].rstrip()]
        if metric[1] - metric[0] <= 2 and self.text[metric[0] - 1:metric[0]] == " ":
            # (`연간 수출 목표`: a short head whose noun before it the metric leaves out, a word of up to three letters)
            head = self.text[max(0, metric[0] - 5):metric[0] - 1]
            k = head.rfind(" ")
            if k >= 0 and head[k + 1:].isalpha():
                befores.append(self.text[max(0, metric[0] - 5 + k - 4):metric[0] - 5 + k])
        for before in befores:  # (loops: a generator made a cell of `before` on every call)
            for w in words:
                if before.endswith(w) and not before[:-len(w)][-1:].isalpha():
                    return True
        if not glued:
            return self.text.startswith(tuple(w for w in words if len(w) > 1), metric[0])
        return self.text.startswith(_words(words), metric[0])

    def _annual_phrase(self, metric: tuple) -> bool:
        """A word of `annual` of two letters or more heads the metric's noun phrase, up to two nouns before it (`연간 무선
        서비스 매출`), or is glued in it (`연간매출`); not the `연` of `연체율`."""
        window = self.text[max(0, metric[0] - 16):metric[1]]
        if "연" not in window:  # (cheap first)
            return False
        if self._annual(metric, glued=False):
            return True
        words = window[:metric[0] - max(0, metric[0] - 16)].split()[-3:]
        for k, w in enumerate(words):
            if w in self.lexicon["annual"] and len(w) > 1:
                return all(x.isalpha() for x in words[k + 1:])
        return False

    def _annual_topic(self, sentence: Sentence, quantity) -> bool:
        """The sentence opens on a topic that makes its figures the year's (`연간으로는`, lexicon `annual_topics`), before the
        figure."""
        head = self.text[sentence.start:quantity.start]
        return "연간" in head and head.lstrip().startswith(tuple(self.lexicon["annual_topics"]))

    def _year_of(self, date) -> Optional[tuple]:
        """The story's period when it is the year that holds a carried day (`지난해`, then `12월 28일 누적 …`): a year's figure's
        period is the year, not a day of it; None otherwise."""
        story = self.story_period[1] if self.story_period else None
        if isinstance(date, Range) or story is None or isinstance(story, Range) or not story.value \
                or not re.fullmatch(r"\d{4}", story.value) or not re.fullmatch(r"\d{4}-\d\d-\d\d", date.value or ""):
            return None
        return (story, "period_annual") if date.value.startswith(story.value + "-") else None

    def _whole_year(self, sentence: Sentence, quantity, metric: tuple, date) -> Optional[tuple]:
        """A year's total (`_annual`) whose sentence names only a part of one year in another clause (`4분기에도 … 이어지고
        있어 연간 매출 7천억 원 이상을`: a quarter, a half, a month or months): that whole year, not the part; None for a rate
        per year (`annual_rates`: `연간 생산능력`), a change (`연간 고정비를 400억 원 줄였다`), a level a change leaves or
        reaches, a rate from the date on (`지난해 5월 새 공장을 지어 연간 생산량을 50만 대에서 80만 대로 늘렸다`), or a date a
        deadline (`내년 3월까지 … 연간 생산량을 30억 정으로 늘린다`)."""
        value = date.value or ""
        if isinstance(date, Range) or not _YEAR_PART.fullmatch(value) or self.text.startswith("까지", date.end) \
                or _ends_any(["".join(self.text[metric[0]:metric[1]].split())], tuple(self.lexicon["annual_rates"])):
            return None
        if (self.text.startswith(CHANGE_ENDS, quantity.end) or is_change(sentence, quantity, self.lexicon)) \
                and not any(b in self.text[metric[1]:min(sentence.end, quantity.end + 12)] for b in self.lexicon["annual_bases"]):
            return None  # (a change of a rate per year, `연간 고정비를 400억 원 줄였다`; not one on the year before, `연간 발행
            # 계획은 1조 2천억 원으로 지난해보다 20% 많다`: the year's level and its change)
        year = value[:4]
        return Range(year, f"{year}-01-01", f"{year}-12-31", date.mention_id, date.start, date.end), "period_annual"

    def _looks_back(self, date) -> bool:
        """A date marked as a contrast topic (`2024년에는`, lexicon `contrast_topic`) that ends before the period in force
        began (the paragraph's, else the story's): a look back at an earlier time, not a period for what follows."""
        if isinstance(date, Range) or not self.text.startswith(_words(self.lexicon["contrast_topic"]), date.end):
            return False
        current = self.paragraph_period or self.story_period
        current = current[1] if current else None
        return bool(current is not None and not isinstance(current, Range) and current.range_start and date.range_end
                    and date.range_end < current.range_start)

    def _looks_back_within(self, sentence: Sentence, date) -> bool:
        """The date ends before one an earlier figure of its sentence took as its own (`상반기 영업손실은 1,240억 원으로, 지난해
        상반기 310억 원의 영업이익을 냈던 것과 비교하면`, `지난해 말 1,420포인트로 …, 운임은 … 전년의 절반 수준에`): a look back
        within the sentence at an earlier time, not the period the figures after it go on with (fact.period_carried)."""
        seen = self.own_dates_in.get(sentence.index)
        if not seen or isinstance(date, Range) or not date.range_end:
            return False
        for d in seen:  # (a loop: a generator made a cell of `date` on every call)
            if d.range_start and str(date.range_end) < str(d.range_start):
                return True
        return False

    def _plans_ahead(self, sentence: Sentence, date) -> bool:
        """A date not over by the document's date in a sentence that ends in the present tense of a verb of doing
        (`하반기 … 센터 증설에 800억 원을 투입한다`: `present_endings`; not a state, `30만 대에 달한다`: `state_verbs`): a plan
        told as what will be done, whose date a later `같은 기간` does not point back to."""
        if not (self.today and date.range_end and date.range_end >= self.today):
            return False
        tokens, k = sentence.tokens, sentence.final_ending
        if k < 1 or tokens[k].form not in self.lexicon["present_endings"] or tokens[k - 1].tag not in ("VV", "XSV"):
            return False
        verb = final_verb(sentence)
        return bool(verb) and verb not in self.lexicon["state_verbs"]

    def _other_owner(self, sentence: Sentence, quantity, names: str) -> bool:
        """The figure's organizations are none of those whose figure set the paragraph's period, and its sentence tells of a
        plan, a decision or a present act (`코가네게임스는 일본 내 마케팅에 500만 달러를 쓰기로 했다`, `재단은 … 900억 원 규모의
        보증서를 발급한다`, after `회사는 … 연내 100명 이상으로 늘리고` or `은행은 오는 4월부터 12월까지 … 빌려준다`): another
        organization's undertaking, whose time the text does not give — not the period set for the other's figures
        (fact.period_other_owner; holdout37 and holdout42, shared-only readers). A past act keeps it (`경쟁사 S-OIL은 … 영업이익을
        냈다`: the same quarter's results), and so does a state (`…에 이어 4위다`)."""
        date = self.paragraph_period[1]
        if not set(names.split(";")).isdisjoint(self.paragraph_owners) or _one_day(date):
            return False  # (a day's deal dates what was agreed in it: `계약과 함께 … 지분 4.9%를 취득하기로 했다`, holdout2)
        if self._yet_to_come(sentence) and not self._told_past(sentence, quantity):
            return True
        tokens, k = sentence.tokens, sentence.final_ending
        if k < 2:
            return False
        verb = final_verb(sentence)
        if tokens[k].form in self.lexicon["present_endings"] and tokens[k - 1].tag in ("VV", "XSV"):
            return bool(verb) and verb not in self.lexicon["state_verbs"]  # (`…보증서를 발급한다`, not `…에 달한다`)
        j = k - 1
        while j > 0 and tokens[j].tag == "EP":
            j -= 1  # (`쓰기로 했다`: 기 로 하 었 다; `투자하기로 결정했다`)
        if tokens[j].tag == "XSV":
            j -= 1
        return verb in self.lexicon["decision_verbs"] and j >= 2 \
            and tokens[j - 2].form + tokens[j - 1].form in self.lexicon["decision_endings"] and tokens[j - 2].tag == "ETN"

    def _past_for_plan(self, sentence: Sentence, date) -> bool:
        """The date ended before the document's date and the sentence tells of a plan or an outlook (`_yet_to_come`): a
        figure of it with no date of its own does not take that date carried (fact.period_plan)."""
        return bool(self.today and date.range_end and date.range_end < self.today) and self._yet_to_come(sentence)

    def _told_past(self, sentence: Sentence, quantity) -> bool:
        """The figure's clause ends in a past tense that joins a later clause (`아마존 입점 제품이 140개로 늘었고, … 공급하고
        있다`, `300억 원을 기록했으며 … 투자할 계획이다`): it tells of what was done, not of the plan or the ongoing act the
        sentence ends on (fact.period_plan does not take its period). Asked only of a sentence `_yet_to_come`."""
        tokens = sentence.tokens
        for k in range(sentence.after(quantity.end), len(tokens)):
            if tokens[k].tag in {"EC", "EF", "ETM"}:
                return tokens[k].tag == "EC" and tokens[k - 1].tag == "EP" and tokens[k - 1].form in PAST_TENSE \
                    and any(t.tag == "EF" for t in tokens[k + 1:])
        return False

    def _carried_on(self, sentence: Sentence, quantity, carried) -> tuple:
        """The period carried to the figure, unless the figure is told as done (`_done_before`) or the carried date is a
        step of a plan scheduled before (`_past_schedule`)."""
        return self._done_before(sentence, quantity, carried) or self._past_schedule(sentence, carried) \
            or (carried, "period_carried")

    def _done_before(self, sentence: Sentence, quantity, carried) -> Optional[tuple]:
        """A figure told as done (`_told_done`) whose carried period starts after the document date: what was done is
        not in a time yet to come (`… 5년 뒤 1,000억 달러 이상으로 커질 전망이다. 앞서 A와 B도 … 각각 3억 달러, 5억 달러에
        기술수출했다`, `2025년 3분기 … | A는 내년 상반기 출시할 … | 자회사 B는 같은 기간 매출 1천80억원을 올렸다`, a parent's
        step next month: `2025년 … | 모회사는 다음 달 … 출자할 예정이다. 경쟁사 A와 B의 증가율은 각각 6.2%, 9.1%에 그쳤다`): the
        story's period; with no story's, none when the carried period starts in a later year ("period_done"); None when the carried period stands — not ahead, named in the story's
        lead paragraph or within the story's time (the bookings told for the days of a holiday to come: `다음 달 13일부터
        18일까지 출발하는 국제선 예약이 … | 노선별로는 일본이 6만 1000건으로 가장 많았고`, holdout45 001), or the story's time
        is ahead too (a budget's next year: `… 1조 원이 배정됐다`)."""
        if not self._ahead(carried) or not self._told_done(sentence, quantity):
            return None
        story = self.title_period if self.story_period is None else self.story_period
        if story is None or story[0] >= sentence.index:  # (no story's time: none, when the carried one is an outlook's;
            # a decision's for a year to come stands, `내년 예산 48조 원 가운데 … 책정했다. 안전 분야에는 2조 원이 배분됐다`)
            if str(carried.range_start)[:4] <= str(self.today)[:4]:
                return None  # (a year to come only: `올해 말까지 … 채용할 계획이다. … 180억 원에 들여왔다` keeps 올해, holdout70 006)
            return (None, "period_done") if self._yet_to_come(self.sentence_of(carried.start)) else None
        lead_end = self.text.find("\n", self.raw[story[0]].end)
        if 0 <= carried.start < lead_end or lead_end < 0:
            return None  # (the lead's own time to come: what the story reports on)
        story = story[1]
        if self._ahead(story) or not story.range_end or not carried.range_start or story.range_end >= carried.range_start:
            return None
        return story, "period_done"

    def _past_schedule(self, sentence: Sentence, carried) -> Optional[tuple]:
        """The carried date is a step of a plan its earlier sentence schedules a share of the whole by (`LH는 전체 물량의
        45% 이상을 상반기에 착공할 계획이다. 사업비는 약 21조 원으로`, `상반기에 전체 물량의 55% 이상을 발주하고, 1분기 중 …
        진행한다. 사업비는 모두 31조 4천억 원으로`: `_schedules_share`): the whole's figures told after it are the plan's, for
        the period in force that holds the step (`_holding_period`), ("period_schedule"); else None."""
        if not self.today or not carried.range_end or carried.range_end < self.today:
            return None  # (a step not over yet: what was done in a past half is that half's)
        source = self.sentence_of(carried.start)
        if source.index >= sentence.index or not self._schedules_share(source):
            return None
        whole = self._holding_period(source, carried)
        return (whole, "period_schedule") if whole is not None else None

    def _schedules_share(self, sentence: Sentence) -> bool:
        """A percent in the sentence is a share of a whole named before it and the object of its verb (`전체 물량의 45%
        이상을`, `예산 1,870억 원의 60%를`)."""
        k = bisect.bisect_left(self.quantity_starts, sentence.start)
        while k < len(self.quantity_starts) and self.quantity_starts[k] < sentence.end:
            q = self.quantity_by_start.get(self.quantity_starts[k])
            if q is not None and q.unit == "%" and self._share_object(q):
                return True
            k += 1
        return False

    def _share_object(self, quantity) -> bool:
        """The percent follows a whole's 의 and is its clause's object (`…의 45% 이상을 `, `…의 60%를 `)."""
        before = self.text[max(0, quantity.start - 12):quantity.start]
        return _SHARE_BEFORE.search(before) is not None and self._object_after().match(self.text, quantity.end) is not None

    def _whole_of_share(self, quantity) -> bool:
        """The figure is the whole a scheduled share right after it is of (`예산 1,870억 원의 60%를 상반기에`)."""
        match = SHARE_OF.match(self.text, quantity.end)
        share = self.quantity_by_start.get(match.end()) if match else None
        return share is not None and share.unit == "%" and self._object_after().match(self.text, share.end) is not None

    def _object_after(self) -> re.Pattern:
        return _object_after(self.lexicon["bound_words"] | self.lexicon["approx_after"])

    def _holding_period(self, sentence: Sentence, date):
        """The period in force before the sentence (the paragraph's, else the story's) when it holds the step's date and is
        wider, else None."""
        found = self.paragraph_period if self.paragraph_period and self.paragraph_period[0] < sentence.index else None
        if found is None or found[1] is date:
            found = self.title_period if self.story_period is None else self.story_period
        if found is None or found[0] >= sentence.index:
            return None
        return found[1] if self._holds(found[1], date) else None

    @staticmethod
    def _holds(whole, date) -> bool:
        """`whole`'s days hold `date`'s and are more."""
        return bool(whole.range_start and whole.range_end and date.range_start and date.range_end) \
            and whole.range_start <= date.range_start and date.range_end <= whole.range_end \
            and (whole.range_start, whole.range_end) != (date.range_start, date.range_end)

    def _told_done(self, sentence: Sentence, quantity) -> bool:
        """The figure's clause ends in the past tense (`…을 올렸다`, `…에 기술수출했고`; read past an auxiliary verb) and the
        sentence tells of no plan or outlook (`_yet_to_come`; not `조달하기로 했다`, a decision of what is to come)."""
        tokens = sentence.tokens
        for k in range(sentence.after(quantity.end), len(tokens)):
            if tokens[k].tag == "ETN":
                return False  # (`…하기로 했다`, `…할 것으로`: a nominalised act, a plan)
            if tokens[k].tag == "EC" and k + 1 < len(tokens) and tokens[k + 1].tag == "VX":
                continue
            if tokens[k].tag in {"EC", "EF", "ETM"}:
                return tokens[k - 1].tag == "EP" and tokens[k - 1].form in PAST_TENSE and not self._yet_to_come(sentence)
        return False

    def _term_ahead(self, date) -> bool:
        """A range that starts after the document date (`계약 기간은 2027년부터 2033년까지 7년이며`): a term yet to come is
        not the time a story reports on; it sets no story's period for the paragraphs after it (a joint plant's stakes, a
        state's subsidy: holdout31, a shared-only reader), though its paragraph may go on with it (`내년부터 2030년까지 5년간
        총 4조 원을 … | 전국 20곳의 댐과 …`)."""
        return isinstance(date, Range) and self.today is not None and date.range_start > self.today

    def _term_topic(self, span: Range) -> bool:
        """The range is what a term noun marked as topic or subject states (`계약 기간은 2026년 1월부터 2032년 12월까지다`,
        lexicon `term_topics`): the term of a deal, which its own sentence's figures may take, not a time the story's later
        figures are for (`이번 계약으로 누적 수주 건수는 42건으로 늘었다` keeps the story's; fact.period_carried: holdout31
        004, 80 003, shared-only readers)."""
        return self.text[max(0, span.start - 6):span.start].replace(" ", "").endswith(tuple(self.lexicon["term_topics"]))

    def _start_ahead(self, sentence: Sentence, date) -> bool:
        """A date after the document date in a lead's sentence with no figure (`별관 증축 공사를 마치고 2025년 10월 1일부터
        진료를 시작한다고 22일 밝혔다`, `착공식을 열고 2028년 상반기 상업운전을 목표로`): the start or the target of what the
        story tells of, no time its figures are for; it sets no story period, as a term yet to come does (`_term_ahead`;
        holdout52 001, 61 005, 68 005 and 70 006, shared-only readers: the project's figures after it have none)."""
        return self._ahead(date) and not self._has_fact_figures(sentence)

    def _has_fact_figures(self, sentence: Sentence) -> bool:
        """A quantity with a fact starts in the sentence: not a duration or an ordinal (`계약 기간은 다음 달부터 약 5년이다`:
        the term's start dates no figure; holdout105 002)."""
        k = bisect.bisect_left(self.quantity_starts, sentence.start)
        while k < len(self.quantity_starts) and self.quantity_starts[k] < sentence.end:
            if self.ordered_quantities[k].category not in NO_FACT:
                return True
            k += 1
        return False

    def _ahead_of_title(self, index: int, date) -> bool:
        """A date of the body's lead that starts after the document date and after the title's date ends (`올해 누적 수주
        83억달러` | `선박은 2028년 하반기까지 차례로 인도된다`: a delivery date): no more exact statement of the time the title
        reports on, but a term yet to come, which sets no story period: the title's serves (`_term_ahead`; holdout41)."""
        title = self.title_period[1] if self.title_period is not None else None
        return index >= self.title_sentences and title is not None and self.today is not None \
            and bool(date.range_start) and date.range_start > self.today \
            and bool(title.range_end) and title.range_end < date.range_start

    def _yet_to_come(self, sentence: Sentence) -> bool:
        """The sentence tells of a plan or an outlook (`…에 쓸 계획이다`, `진입할 예정이다`, `배당하겠다는 계획도 내놨다`:
        `intents` after `intent_endings`) or of what is going on (`7종을 개발하고 있으며`): not of a past time the story's
        lead told of (a budget's next year may be its)."""
        if sentence.index not in self.to_come:  # (asked once per figure: the sentence is scanned once)
            self.to_come[sentence.index] = may_tell_ahead(sentence.forms, self.lexicon) and tells_ahead(sentence.tokens, self.lexicon) \
                or final_verb(sentence) in self.lexicon["forecast_verbs"]  # (`연간 매출을 9,400억 원으로 내다봤다`)
        return self.to_come[sentence.index]

    def _multiple_of_time(self, sentence: Sentence, quantity) -> bool:
        """The multiple is taken of an earlier time's value: a date, a few nouns or that value in brackets, then 의 or a
        comparison word right before it (`2년 전(19%)의 두 배`, `전년 평균의 두 배를 웃돌았다`, `지난해보다 두 배 많다`)."""
        for d in self.dates_in.get(sentence.index, ()):
            match = _OF_TIME.match(self.text, d.end, quantity.start) if d.end <= quantity.start <= d.end + 40 else None
            if match and not self._other_measure(match.group(1).split()):
                return True
        return False

    def _headline_item(self, sentence: Sentence, quantity, part: tuple) -> Optional[tuple]:
        """The measure of the headline's figure before a part that names no measure of its own, only a market or a kind of
        goods, and changes (`지난해 수출 1,840억…중동 32%·중남미 25% 증가`, `승인액 98조…여행 21% 늘고`, `25만 8천대 판매…
        해외 3.8% 늘어` → 수출, 승인액, 판매: reader-conventions #14, an item keeps the measure it breaks down; holdout51
        004, 61 002, 73 002, 85 005); not a kind of the people a count before counts (`관광객 1,420만명…외국인 35% 늘어`:
        the counted noun, holdout41 003, 70 005; `국내선 승객 17% 늘어`: a phrase, its head counted), nor one who acts."""
        if not (self.previous and self.previous[0] is sentence and self.previous[1]) \
                or self.previous[2] in self.lexicon["people_units"] or self.previous[1][1] > part[0]:
            return None
        word = self.text[part[0]:part[1]]
        if " " in word or self._measure_word(word) or any(word in self.lexicon[key] for key in PEOPLE_WORDS) \
                or not self._measure_word(self.text[self.previous[1][0]:self.previous[1][1]]) \
                or not is_change(sentence, quantity, self.lexicon):
            return None
        return self.previous[1]

    def _multiple_of_earlier(self, sentence: Sentence, quantity) -> bool:
        """The multiple is taken of the present or an earlier value its measure is named by (`earlier_values`), a few
        nouns or that value in brackets and 의 between (`현재의 1.8배인 6만t`, `직전 라운드(4,500억 원)의 2.7배 수준이다`):
        the figure's own measure a multiple of it, a change, as of a past date's value (`_multiple_of_time`)."""
        start = max(sentence.start, quantity.start - 40)
        for w in self.lexicon["earlier_values"]:  # (a `str.rfind` each: few sentences hold one)
            k = self.text.rfind(w, start, quantity.start)
            match = _OF_TIME.match(self.text, k + len(w), quantity.start) if k >= 0 and not "가" <= self.text[k - 1:k] <= "힣" \
                else None  # (a word of its own: not `기술이전 수입`)
            if match and not self._other_measure(match.group(1).split()):
                return True
        return False

    def _other_measure(self, words: list) -> bool:
        """A measure other than the figure's own names the earlier time's value (`계약 금액은 지난해 매출(9조 8,000억 원)의
        1.5배`): another thing's value, the multiple a level (`정원(3만 명)의 4배`), not a change of the figure's measure."""
        if not words or self.metric_span is None:
            return False
        own = "".join(self.text[self.metric_span[0]:self.metric_span[1]].split())
        return any(self._measure_word(w) and not own.endswith(w) for w in words)

    def _dates_relative(self, sentence: Sentence, date, quantity) -> bool:
        """The date dates another figure before this one in a relative clause (`지난달 말 기준 210명인 연구 인력을 …,
        … 500억 원을`): an adnominal ending and that figure lie between them."""
        i = bisect.bisect_right(self.quantity_starts, date.end)
        return date.end <= quantity.start and i < len(self.quantity_starts) and self.quantity_starts[i] < quantity.start \
            and adnominal_between(sentence, self.quantity_starts[i], quantity.start)

    def _dates_compared(self, sentence: Sentence, date) -> Optional[int]:
        """The start of the figure compared with that the date dates (`지난해 51만 명보다`, `지난해 시리즈A 당시 700억
        원보다`: the next figure, past nouns only), or None."""
        i = bisect.bisect_left(self.quantity_starts, date.end)
        start = self.quantity_starts[i] if i < len(self.quantity_starts) else None
        if start not in self.compared:
            return None
        between = sentence.tokens[sentence.after(date.end):sentence.after(start)]
        if len(between) > 2 and between[0].form == "같" and between[1].tag == "ETM":
            between = between[2:]  # (`지난해 같은 기간 3,050만 명보다`: the same part of that time, as `전년 동기`)
        if all(t.tag in NOUNISH for t in between):
            return start
        # past a relative clause on the figure compared with (`지난해 상반기 두 회사의 보험료 수입을 합친 3조 8,600억 원보다`):
        # the date is that clause's, the figure's; not past a topic or a subject (`지난해 매출은 전망치 3,000억 원보다`)
        etm = max((k for k, t in enumerate(between) if t.tag == "ETM"), default=-1)
        if etm < 0 or len(between) > COMPARED_CLAUSE or not all(t.tag in NOUNISH for t in between[etm + 1:]):
            return None
        for t in between[:etm]:
            if t.tag in COMPARED_CLAUSE_BREAKS or t.tag == "JX" and t.form in ("은", "는"):
                return None
        return start

    def _change_starts(self, ordered: list) -> list:
        """Starts of the figures a change starts from: followed by 에서, and a later figure of the
        same sentence by (으)로, the value the change goes to (`1,940억 원에서 2,410억 원으로`), or the next figure, a few
        words on in its clause, by a change word, the new value left out (`2024년 3.2%에서 0.9%포인트 높아졌다`, `2016년 6만
        8천여 명에서 9년 사이 2만 명 넘게 불었다`: the change is from that value, fact.period_clause)."""
        found = []
        for k, q in enumerate(ordered):
            if self.text.startswith("에서", q.end):
                index = max(0, bisect.bisect_right(self.sentence_starts, q.start) - 1)
                sentence_end = self.raw[index].end
                to_value = False
                for later in itertools.islice(ordered, k + 1, None):  # (to the sentence's end, not the story's)
                    if later.start >= sentence_end:
                        break
                    if self.text.startswith(("으로", "로"), self._past_bound(later.end)):
                        to_value = True  # (`8%에서 15% 이상으로`: a bound before 으로 is the new value's; not an
                        break  # about word, `6월 말 1,960억 원에서 2,770억 원가량으로`: holdout98 004 dates both by 6월 말)
                if to_value:
                    found.append(q.start)
                    continue
                for later in ordered[k + 1:k + 3]:  # (past a time it took: `4년 만에`, `9년 사이`)
                    if later.start >= sentence_end or later.start - q.end > _CHANGE_GAP \
                            or "," in self.text[q.end:later.start]:
                        break
                    if is_change(self.sentence(index), later, self.lexicon):
                        found.append(q.start)
                        break
        return found

    def _time_breakdown(self, sentence: Sentence) -> bool:
        """The sentence opens a breakdown by time (`월별로는 8월이 291만 명으로 가장 많았고`: `time_breakdowns` before
        `별로`): each item's date is its own, and the figures after it carry the period told before it (holdout86 004,
        99 005)."""
        head = self.text[sentence.start:sentence.start + 8].lstrip()
        if "별로" not in head:  # (cheap first)
            return False
        for w in self.lexicon["time_breakdowns"]:
            if head.startswith(w + "별로"):
                return True
        return False

    def _time_item(self, date) -> bool:
        """The date is an item named in a breakdown, its subject or topic (`8월이`, `가을(9~11월) 방문객이`), or the first
        item right after the breakdown's word (`분기별로는 4분기 수출이 43만2천대로`: holdout117 006), not a date of a figure
        told after it in the sentence (`…가장 많았고, 외국인 관광객은 3분기 누적 38만 명`: holdout78 004)."""
        return not isinstance(date, Range) and (self.text.startswith(TIME_ITEM_MARKS, date.end)
                                                or self.text.endswith(TIME_BREAKDOWN_ENDS, 0, date.start))

    def _past_bound(self, end: int) -> int:
        """Where the text goes on after a figure ending at `end`, past a bound written after it (`15% 이상`: `bound_words`)."""
        k = end + 1 if self.text[end:end + 1] == " " else end
        for w in self.lexicon["bound_words"]:  # (few figures are followed by 에서: read only for those)
            if self.text.startswith(w, k):
                return k + len(w)
        return end

    def _dated_start(self, date) -> Optional[int]:
        """The start of the figure a change starts from that stands right after the date (`지난해 22%에서 35%로`), or None:
        the date is that old value's (fact.period_clause, fact.period_sentence)."""
        if not self.change_starts:
            return None
        i = bisect.bisect_left(self.change_starts, date.end)
        if i < len(self.change_starts) and self.change_starts[i] - date.end <= 5 \
                and self.text[date.end:self.change_starts[i]].strip() in ("", *self.lexicon["as_of"]):  # (`9월 말 기준 21조 원에서`)
            return self.change_starts[i]
        return None

    def _change_start(self, sentence: Sentence, quantity) -> Optional[int]:
        """The start of the latest figure before `quantity` in its sentence that a change starts from, or None."""
        i = bisect.bisect_left(self.change_starts, quantity.start) - 1
        return self.change_starts[i] if i >= 0 and self.change_starts[i] >= sentence.start else None

    def _name_events(self, index: int) -> None:
        """Remember the events a date of the sentence `index` names (`올해 11∙11 글로벌 쇼핑 페스티벌`: 페스티벌 → 2020): a later
        sentence that speaks of the event again (`페스티벌 기간에`) is about that time. Only a date that
        may be a period (`_dates`) names one; which dates may is asked only when an event follows one. Read from the
        segmenter's tokens (the first after each date found by a bisection of the document's token starts, as the
        sentence view's `after` does of its own): the view is built only when an event is named (`_read_dates`)."""
        tokens, named = self.raw[index].tokens, []
        first, last = self.first_token[index], self.first_token[index + 1]
        for date in self.dates_in.get(index, []):
            i = bisect.bisect_left(self.token_starts, date.end, first, last) - first
            while i < len(tokens) and tokens[i].tag in {"NNG", "NNP", "SN", "SW", "SL"} and tokens[i].start <= tokens[i - 1].end + 1:
                if tokens[i].form in self.lexicon["events"]:
                    named.append((date, tokens[i].form))
                i += 1
        if named:
            sentence = self.sentence(index)
            periods = {id(date) for date in self._dates(sentence)}
            for date, event in named:
                if id(date) in periods:
                    # the days the event ran, earlier in the clause, that the coarser date only describes (`지난 1일부터
                    # 14일까지 연 연말 할인 행사` → 1~14일, not 연말), as for a figure in that clause (period_range_within)
                    inner = self._range_within(sentence, date, self.dates_in.get(sentence.index, []), date)
                    self.events[event] = inner if inner is not None else date

    def basis(self, sentence: Sentence, quantity, period: str) -> str:
        """The compared period of a change: the period a year, a quarter or a month before
        (`전년 동기 대비`, `전 분기보다`, `전월 대비`), else the DATE before the comparison word."""
        before = self.text[sentence.start:quantity.start].replace(" ", "")
        for phrase, step in basis_steps(self.lexicon["comparison"]):
            if phrase.search(before):
                shifted = shift(period, step)
                if shifted:
                    return shifted
        bases = [d for d in self.dates_in.get(sentence.index, []) if d.start < quantity.start and d.value and is_basis(self.text, d, self.lexicon)]
        return bases[-1].value if bases else ""

    # -- what earlier sentences set ----------------------------------------------------------

    def _advance(self, sentence: Sentence) -> None:
        """Take the sentences before `sentence` into account, in order: the subject each sets, and
        the last date each names for it; a new paragraph forgets the periods set before it."""
        while self.current < sentence.index:
            if self.current >= 0:
                self._read(self.current)
                if self.current >= self.title_sentences and not self.lead_seen \
                        and _has_final_ending(self.raw[self.current].tokens):  # (not a headline's part after an
                    # ellipsis that ends a sentence, `매출 12% 늘어…명품·식품이 이끌었다`: the body's lead is still to come)
                    self.lead_seen = True
            self.current += 1
            start = self.raw[self.current - 1].end if self.current else 0
            if self.text.find("\n", start, self.raw[self.current].start) >= 0:
                self.periods, self.paragraph_period, self.broken_down = {}, None, -1
                self.paragraph_owners = None
                if self.lead_seen and not self.lead_done and not self.lead_extended \
                        and self.dates_in.keys().isdisjoint(range(self.paragraph_first, self.current)):
                    # the lead's paragraph names no time (`라온뷰티가 3년 만에 흑자로 돌아섰다.`): the first sentence of the
                    # next states the story's (`라온뷰티는 지난해 영업이익 87억 원을 …`), as the lead's own would
                    self.lead_extended = True  # (`period_story`)
                else:
                    if self.lead_seen and not self.lead_done:
                        self.after_lead = self.current  # (`_narrow_story`: the next paragraph's first sentence)
                    self.lead_done = self.lead_seen  # (`period_story`: the lead is the title and the first paragraph)
                self.paragraph_first = self.current
                if SECTION_HEADING.match(self.text, self.raw[self.current].start):
                    self.sectioned = True
                    if self.story_period:  # (the lead's period does not reach into a section)
                        self.story_period = False
                if not self.sectioned:  # (a section's paragraphs go on about its activity)
                    self.unread_from, self.subject_set = self.read_to, self._story_carried()
            elif self.lead_extended:
                self.lead_done = True  # (past the first sentence of the paragraph after an undated lead)

    def _read(self, index: int) -> None:
        """Take an earlier sentence into account: the events its dates name, the period it sets for
        the subject carried; its own subject is found only when asked (`_carried`)."""
        self.read_to = index + 1  # (whether it may set the subject is tested by `_carried`, for the sentences it walks back over)
        if index in self.dates_in:  # (a sentence without dates names no event and sets no period)
            self._read_dates(index)

    def _read_dates(self, index: int) -> None:
        """The events an earlier sentence's dates name, the periods they set (`_read`; a method of its own: the cells its
        comprehensions take of its locals are made on every call, and most sentences have no dates). Its view is built
        only where a rule reads it: most earlier sentences with dates set no period (no figure follows in the paragraph)."""
        self._name_events(index)
        if self.story_period is None and (index < self.lead_end or self.lead_extended) and self.headed and not self.lead_done:
            # (the first sentence after an undated lead may stand past the lead's lines: a title in two parts, a stamp, a byline)
            earlier = self.sentence(index)
            lead = self._lead_dates(earlier)
            if len(lead) > 1:  # (not a date of a relative clause: `넥슨이 지난 8월 출시한 게임 흥행에 3분기 호실적을 냈다` →
                # 3분기, the launch's month dates the launch: fact.period_story)
                lead = _outside_relative_clauses(earlier, lead)
            span = date_range(self.text, self.dates_in.get(index, []), lead[0]) if lead else None  # (`1일부터 11일까지`)
            ahead = bool(lead) and self._start_ahead(earlier, span or lead[0])
            if ahead and span is None and self.text.startswith("부터", lead[0].end):
                # (`가동을 2026년 1월부터 무기한 중단한다고 밝혔다. 2공장의 연간 에틸렌 생산능력은 47만t`: a start ahead is no
                # period its paragraph's figures carry either, `_carried_dates`, holdout105 006; the day of a plan's event
                # may be, `다음 달 코스닥 상장을 추진한다. 공모 예정 금액은 620억 원이다`)
                self.starts_ahead.add(id(lead[0]))
            if lead and not self._term_ahead(span) and not self._ahead_of_title(index, span or lead[0]) and not ahead:
                if index >= self.title_sentences:
                    self.story_period = (index, span or lead[0])
                elif self.title_period is None:  # (the body's lead states it more exactly: `올해` → `1월부터 19일까지`)
                    self.title_period = (index, span or lead[0])
        elif self.story_period and index < LEAD_SENTENCES and (not self.lead_done or index == self.after_lead) \
                and index > self.story_period[0]:
            self._narrow_story(self.sentence(index))
        raw = self.raw[index]
        if not self._walk_needed(raw):
            return  # (no figure follows in its paragraph, whose break sets the subject anew: no period it sets is taken)
        # an announcement's date stays in it, but the period of the results it announces does not (`3분기 실적도 공개했다.
        # 매출은 …`). Asked of the view when it is built, else of the last five forms alone (`_Ending`): the view is built
        # below only when a period is worked out (of ~400 earlier sentences without figures per 100 dense articles whose
        # views were built here for this question, most go no further)
        earlier = self.built.get(index)
        reporting = reports(earlier or _Ending(raw.tokens), self.lexicon)
        if (not reporting or any(map(self._dates_results, self.dates_in[index])) or any(map(self._ahead, self.dates_in[index]))) \
                and self._carried() and self._figure_follows(raw):  # (`_carried` is asked last: what it finds does
            # not change by waiting; a period no figure after it in the paragraph can take is not worked out)
            earlier = self.sentence(index)
            dates = self._carried_dates(earlier, reporting)
            if len(dates) > 1:  # (the last date not of a relative clause: `올해 모금액 가운데 87억 원은 내년 3월 착공하는
                # 암센터 증축에 쓰인다` carries 올해, not the building's start: fact.period_carried)
                dates = _outside_relative_clauses(earlier, dates)
            if dates:  # (a range it closes is the period: `내년부터 2030년까지`)
                span = date_range(self.text, self.dates_in.get(index, []), dates[-1])
                if not (span is not None and self._term_ahead(span) and self._term_topic(span)):
                    self.periods[";".join(o.canonical for o in self.subject_set)] = span or dates[-1]
        if not reporting and not self._has_figures(raw) and self._figure_follows(raw) \
                and any(map(self._dates_results, self.dates_in[index])):  # (the paragraph's period: for a figure after it)
            results = list(filter(self._dates_results, self._dates(self.sentence(index))))
            if results:  # `올해 상반기 실적은 엇갈렸다. | A는 매출이 …, B는 …`: the period of the results it tells of, for any
                self.paragraph_period, self.paragraph_owners = (index, results[-1]), None  # figure told next (one that announces them, `하이브는
                # 3분기 실적을 발표했다`, gives it to the announcer's figures only: above)

    def _lead_dates(self, earlier: Sentence) -> list:
        """The dates of a lead's sentence that may set the story's period (`_read_dates`; a method of its own, as the next:
        the cells a comprehension takes of the locals are made on every call of the one that holds it)."""
        return [d for d in self._dates(earlier) if not is_stamp(self.text, d) and d.rule_id not in UNSTATED_DATES
                and id(d) not in self.event_days  # (`17일 … 협약을 맺었다고 18일 밝혔다`: the event's day, its sentence's only)
                and not (earlier.index < self.title_sentences and self.text.find("…", 0, d.start) >= 0)  # (its main part)
                and id(d) not in self.bracket_of]  # (`지난해 매출(3조 원)의 12.5%`: that figure's only, fact.period_story)

    def _carried_dates(self, earlier: Sentence, reporting: bool) -> list:
        """The dates of an earlier sentence that may set a period carried on (`_read_dates`)."""
        return [d for d in self._dates(earlier) if id(d) not in self.bracket_of and id(d) not in self.starts_ahead  # (`지난해(2,480억 원)`)
                and id(d) not in self.event_days  # (`17일 … 협약을 맺었다고 18일 밝혔다`: its sentence's only)
                and self._dates_compared(earlier, d) is None  # (`지난해 51만 2천 명보다`: that figure's only)
                and (not reporting or self._dates_results(d) or self._ahead(d)) and not self._looks_back(d)
                and not self._year_back_part(d)  # (`전년 동기에는`: a look back, fact.period_same_part)
                and not self._looks_back_within(earlier, d)  # (`… 1,240억 원으로, 지난해 상반기 310억 원의 … 비교하면`)
                and self._dated_start(d) is None  # (`매출이 지난해 4분기 410억 원에서 305억 원으로`: the old value's only)
                and not (self._time_item(d) and self._time_breakdown(earlier))]  # (`분기별로는 4분기 …`: the item's own)
        # (a date after the document's dates no announcement: `내년에는 … 연계 상품을 내놓는다` carries 내년)

    def _narrow_story(self, earlier: Sentence) -> None:
        """A later sentence of the lead, or the first of the next paragraph, that names the part of the story's year measured
        so far (`올해 처음으로 1억 명을 넘어섰다. | 올해 1~11월 관광객이 …`, `1월부터 지난 15일까지`) states the story's period more exactly: the figures
        after the lead with no date of their own take that range (fact.period_story_narrowed)."""
        story = self.story_period[1]
        if isinstance(story, Range) or not story.range_start or not story.range_end or self._cites_other(earlier):
            return  # (a source's statistic the lead cites keeps its range: `영화진흥위원회에 따르면 올해 1월 1일부터 …`)
        dates = self.dates_in.get(earlier.index, [])
        for d in self._dates(earlier):
            span = date_range(self.text, dates, d) or d
            if "/" in (span.value or "") and str(span.range_start) == str(story.range_start) \
                    and str(span.range_end) < str(story.range_end) and not is_stamp(self.text, d):
                self.story_period, self.story_narrowed = (self.story_period[0], span), True
                return

    def _cites_other(self, sentence: Sentence) -> bool:
        """The sentence cites a source (`…에 따르면`) other than the story's organization: the company's own tally told of
        (`회사가 29일 공개한 잠정 집계에 따르면`: an anaphor of it, or it by name as `_discloses` reads it) is its own
        figure, no source's (`_narrow_story`)."""
        according = self._citing(sentence)
        if according < 0:
            return False
        if any(sentence.tokens[k].end <= according for k in anaphor_tokens(sentence, self.lexicon)):
            return False
        return not any(o.end <= according and self._discloses(sentence, o, according)
                       for o in self.organizations_in.get(sentence.index, []))

    def _ahead(self, date) -> bool:
        """The date starts after the document's date: it dates no report, which is never ahead."""
        return bool(self.today and date.range_start and date.range_start > self.today)

    def _figure_follows(self, sentence) -> bool:
        """A quantity follows the sentence (its view or the segmenter's: only its end is read) in its paragraph: a figure
        that may take the period it sets for its subject (`periods`, forgotten at the paragraph's end) is still to come."""
        k = bisect.bisect_left(self.quantity_starts, sentence.end)
        return k < len(self.quantity_starts) and self.text.find("\n", sentence.end, self.quantity_starts[k]) < 0

    def _walk_needed(self, sentence) -> bool:
        """`_read_dates` asks the subject carried (`_carried`'s walk back over the sentences read) when a figure follows in
        the paragraph, which may take the period the sentence sets; else only when the paragraph's break keeps the subject
        carried (in a sectioned article: `_advance`). A break that sets it anew drops what that walk would find, so the walk
        is not made (most paragraphs end in sentences without figures). (`sentence`: the segmenter's, no view needed: only
        its end is read.)"""
        if self._figure_follows(sentence) or self.sectioned:
            return True
        k = self.text.find("\n", sentence.end)
        i = bisect.bisect_right(self.sentence_starts, k) if k >= 0 else len(self.raw)
        return i < len(self.raw) and SECTION_HEADING.match(self.text, self.raw[i].start) is not None  # (the break's paragraph
        # opens a section: it keeps the subject)

    def _has_figures(self, sentence: Sentence) -> bool:
        """A quantity starts in the sentence."""
        k = bisect.bisect_left(self.quantity_starts, sentence.start)
        return k < len(self.quantity_starts) and self.quantity_starts[k] < sentence.end

    def _dates_results(self, date) -> bool:
        """The date is the period of a results report the sentence names (`3분기 실적`: `own_reports`); not a day, which
        dates the results' release (`경쟁사들도 같은 날 실적을 내놨다`: the figures told next keep the period in force)."""
        if date.granularity == "day":
            return False
        following = self.text[date.end:date.end + 8].split()
        return bool(following) and following[0].startswith(self.results_words)

    def _carried(self) -> Optional[list]:
        """`subject_set` as of the sentences read so far. Only the latest with a subject sets it, so
        the sentences read since it was last asked are looked at from the latest back, until one
        has a subject: the topics of those before it are never found (most sentences are not asked)."""
        for index in range(self.read_to - 1, self.unread_from - 1, -1):
            if not self._may_set_subject(index):
                continue
            earlier = self.sentence(index)
            if quoted_topic(earlier, self.taken, self.lexicon["product_measures"]) and not self._breakdown(earlier) \
                    or self._pointed_product(earlier) or self._title_focus(earlier):
                # `… 게임 '서머너즈 워: 레거시'가 420억 원의 매출을 올렸다 | 누적 다운로드는 850만 건을`, `이 게임은 … 매출 1,260억
                # 원을 올려 | 월간 이용자 수는`, `실적을 이끈 것은 … '별의 항로'다 | 누적 매출 930억 원을`: the product's figures go on,
                self.subject_set = PRODUCT_CARRIED  # no organization's
                break
            if self._launches(earlier):  # `… 대출 상품 '사장님 한도대출'을 내놨다 | 최대 1억 원까지 빌릴 수 있고`: the new
                self.subject_set = LAUNCH_CARRIED  # product's terms go on, no organization's
                break
            if earlier.index in self.owners and (reports(earlier, self.lexicon) or self._votes_owned(earlier)):
                # `KB금융지주는 … KB국민카드의 당기순이익이 …고 밝혔다 | 같은 기간 영업이익은`: the reported figures' owner goes on
                self.subject_set = self._owners_carried(earlier)
                break
            topic = self._told_topic(earlier, topic_organization(earlier, self._topics(earlier), earlier.end))
            if topic is not None and topic.org_type in ("ngo", "local_government") and self._publishes(earlier):
                # `한국벤처캐피탈협회는 … '3분기 벤처투자 동향'을 발표했다 | 누적 투자액은 …`: an association's statistics are its
                # industry's, nobody's (fact.subject_national); a local government's its place's (`화성시는 … '인구·주택 통계'를
                # 발표했다 | 가구 수는 …`), as the region's measures it reports are
                self.subject_set = []
                self.publishers.add(topic.canonical)
                break
            if topic is not None and self._budget_voter(earlier, topic) and self._story_subject():
                self.subject_set = self._story_subject()  # (the council cut the city's budget: the city's figures go on)
                break
            if topic is not None and is_marked(earlier, topic, SUBJECT) \
                    and final_verb(earlier) in self.lexicon["joining_verbs"] and self._story_subject():
                # `이번 라운드는 A가 주도했고 B와 C가 참여했다 | 기업가치는 …`: investors that joined the story's organization's
                # round take part in its deal, the figures told next are the story's organization's (fact.subject_carried)
                self.subject_set = self._story_subject()
                break
            if topic is not None and self._listed_each(earlier.index, topic):
                # `업체별로는 폭스바겐이 5,200억 원으로 가장 많았고 GM 4,100억 원, 스텔란티스 3,100억 원 순이었다 | 올해 수주액은`:
                # organizations listed with a figure each are not carried on, the first no more than the last; the sentences
                # after it are the story's organization's again, as after 각각 (fact.subject_carried)
                self.subject_set = self._story_subject() or []
                break
            if topic is not None:
                self.subject_set = self._reporting_unit(earlier, self._anaphor_joined(
                    earlier, coordinated(self.text, topic, self._organizations(earlier), self.lexicon, partners=False)))
                if len(self.subject_set) > 1 and self.text.find("각각", topic.end, earlier.end) >= 0:
                    # `A와 B는 각각 150억 원, 80억 원을 투자했다`: each had its own figure, none is carried on together;
                    # the sentences after it are the story's organization's again
                    self.subject_set = self._story_subject() or []
                break
            if topic is None and self._anaphor_carried(earlier):  # `연맹의 올해 수입은 … | 이 가운데 스폰서십 수입이`
                break
            if earlier.index in self.owners and opens_part(earlier, self.lexicon):
                continue  # `장학금은 372억 원으로 … | 이 가운데 교내 장학금이 214억 원, 한국장학재단의 국가장학금이 158억 원이었다 |
                # 1인당 장학금은`: the payer of a part named in a breakdown is not carried on; the whole's owner goes on
            if earlier.index in self.owners:  # `하이브의 1분기 매출액이 … | 영업이익은 503억 원이다`
                self.subject_set = self._owners_carried(earlier)
                break
            if self._result_at(earlier) is not None:  # `시가 … 분석한 결과, … 카드 결제액은 142억 원 | 업종별로는 …`:
                self.subject_set = []  # what a survey found is nobody's, nor what the paragraph goes on to tell of it
                break
            if earlier.index in self.sourced:  # (`금감원이 집계한 … 연체율은 8.52%로 | 지난해 적자를 낸 저축은행은 26곳`)
                self.subject_set = []  # (`_organizations` was asked of it above, by `_topics`)
                break
            according = self._fresh_citing(earlier)
            if according >= 0 and earlier.index not in self.sentence_subjects:
                continue  # `… 1만 1,260가구를 분양했다 | 협회 집계에 따르면 회원사 가운데 네 번째로 많은 물량이다 | … 사업 3건도
                # 따냈다`: a source cited for no figure of its own (a rank of the one before) leaves the subject carried as it was
            if according >= 0:  # `관세청에 따르면 … 수출액은 … | 이 중 미국 수출이 …`: the source's figures go on, nobody's;
                # a company citing its own report goes on with its own (`_discloses`)
                self.subject_set = _ending_by(self._organizations(earlier), according)[-1:]
                break
        self.unread_from = self.read_to
        return self.subject_set

    def _told_topic(self, sentence: Sentence, teller):
        """The topic of the clause a reporter named after it as the subject of the reporting verb tells (`세온머티리얼즈가 …
        증거금 9조 1,200억 원을 모았다고 대표 주관사 한국투자증권이 25일 밝혔다` → 세온머티리얼즈): the story goes on with the told
        one's figures, not its teller's (fact.subject_carried); the teller when no organization is marked before the quote."""
        if teller is None or not is_marked(sentence, teller, SUBJECT) or not reports(sentence, self.lexicon):
            return teller  # (cheap first: most topics are no teller named after a quote)
        tokens, k = sentence.tokens, sentence.before(teller.start)
        while k >= 0 and not is_quotative(tokens[k], self.lexicon):
            if tokens[k].tag in CLAUSE_TAGS:  # (`…다고 X가 밝혔다` only: another clause's end between them is no quote's)
                return teller
            k -= 1
        told = [o for o in self._topics(sentence) if o.end <= tokens[k].start] if k >= 0 else []
        return topic_organization(sentence, told, tokens[k].start) if told else teller

    def _title_focus(self, earlier: Sentence) -> bool:
        """The sentence is a cleft whose focus, ending it, is a title in quotes that is no organization (`실적을 이끈 것은 …
        신작 '별의 항로'다`, `흥행을 이끈 건 … '하얼빈의 밤'이다`): it names the product the story goes on with, and the
        figures told next with no subject of their own are the product's (`출시 석 달 만에 누적 매출 930억 원을 올렸고`), no
        organization's (holdout70 003, 99 001, 100 006: gold none on 9 rows)."""
        focus = self._focus_at(earlier.start, earlier.end)
        if focus is None:
            return False
        quote = self.text.rfind("다", focus.start(), focus.end()) - 1  # (the closing quote, past the copula's 이/였/이었)
        while quote > focus.start() and self.text[quote] not in CLOSING_QUOTES:
            quote -= 1
        return not self.taken(quote - 1, quote)

    def _focus_at(self, start: int, end: int):
        """The `_TITLE_FOCUS` match of the sentence at [start, end), or None; its end read first (`_FOCUS_ENDS`)."""
        return _TITLE_FOCUS.search(self.text, start, end) if self.text.endswith(_FOCUS_ENDS, start, end) else None

    def _may_set_subject(self, index: int) -> bool:
        """The earlier sentence may set the subject carried (`_carried`): it has organizations, a title in quotes as its topic,
        or a word standing for an organization as its topic (`연맹의 올해 수입은`, `_anaphor_carried`)."""
        start, end = self.raw[index].start, self.raw[index].end
        return index in self.organizations_in or _QUOTED_TOPIC.search(self.text, start, end) is not None \
            or self._focus_at(start, end) is not None \
            or self._products_named() and self._holds_product_noun(index) and self._pointed_product(self.sentence(index)) \
            or self.anaphor_word(self.text, start, end) is not None and self.anaphor_topic(self.text, start, end) is not None

    def _holds_product_noun(self, index: int) -> bool:
        """A token of the sentence is a product's noun (`_pointed_product`'s first test), read from its tokens when its view
        is not built yet: per 100 dense articles 290 views were built by `_may_set_subject` only to be asked this."""
        built = self.built.get(index)
        nouns = self.lexicon["product_nouns"]
        if built is not None:
            return not built.forms.isdisjoint(nouns)
        for t in self.raw[index].tokens:  # (a loop: `any` over a generator would be thrown out unfinished when it finds)
            if t.form in nouns:
                return True
        return False

    def _anaphor_carried(self, earlier: Sentence) -> bool:
        """An earlier sentence whose topic is a word standing for an organization (`연맹은`, `회사는`: `anaphor_tokens`) sets
        the subject carried on to that organization, as a name would (fact.subject_carried)."""
        if earlier.index not in self.anaphors_in:
            self.anaphors_in[earlier.index] = anaphor_tokens(earlier, self.lexicon)
        if not self.anaphors_in[earlier.index]:
            return False
        current = () if self.subject_set is PRODUCT_CARRIED or self.subject_set is LAUNCH_CARRIED else self.subject_set or ()
        found = anaphor_organization(earlier, _At(earlier.end), self.anaphors_in[earlier.index], self._referents(),
                                     self.lexicon, self._current_referents(current))
        if found:
            self.subject_set = [self._company(found[0])[0]]
        return bool(found)

    def _owners_carried(self, earlier: Sentence) -> list:
        """The owners an earlier sentence's figures had, carried on; but owners of one figure each (`경쟁사 A와 B의 취급고는
        각각 4조 원, 3조 원으로 | 회사 측은 …`), as a topic's are, are not carried on together: the story's organization's again."""
        owners = self.owners[earlier.index]
        if len(owners) > 1 and self.text.find("각각", owners[0].end, earlier.end) >= 0:
            return self._story_subject() or []
        return owners

    def _listed_each(self, index: int, topic) -> bool:
        """The sentence's figures from its topic on are of organizations listed with a figure each: the topic's first, then
        another's, the last not the topic's (`선사별로는 HMM이 412만 TEU로 가장 많았고 머스크 298만 TEU, MSC 276만 TEU 순이었다`),
        each figure of one organization."""
        figures = self.sentence_subjects.get(index)
        if not figures or len(figures) < 2:
            return False
        names = []
        for start, subjects in figures:
            if start < topic.start or not subjects:
                continue
            if len(subjects) != 1:
                return False
            names.append(subjects[0].canonical)
        return len(names) >= 2 and names[0] == topic.canonical and names[-1] != topic.canonical

    def _runs_before(self, sentence: Sentence, n: int) -> Optional[list]:
        """The organizations of the sentence before (in the paragraph), one per run of its figures, when they are n and
        each figure is of one (`CJ CGV의 관객은 2,210만 명으로 11.2% 줄었고, 롯데시네마는 1,380만 명으로 7% 감소했다 |
        점유율은 각각 43.9%, 27.4%였다` → CJ CGV, 롯데시네마), else None."""
        index = sentence.index - 1
        figures = self.sentence_subjects.get(index)
        if not figures or index < self.title_sentences or self.text.find("\n", self.raw[index].end, sentence.start) >= 0:
            return None
        runs = []
        for _, subjects in figures:
            if not subjects:
                continue
            if len(subjects) != 1:
                return None
            if not runs or runs[-1][0].canonical != subjects[0].canonical:
                runs.append(subjects)
        return runs if len(runs) == n and len({r[0].canonical for r in runs}) == n else None

    def link(self, quantity) -> Fact:
        sentence = self.sentence_of(quantity.start)
        self._advance(sentence)
        metric, metric_rule = self.metric(sentence, quantity)
        subjects, subject_rule = self.subject(sentence, quantity, metric)
        names = ";".join(dict.fromkeys([o.canonical for o in subjects])) if subjects else ""  # (lists: no generator per fact)
        metric_text = self.text[metric[0]:metric[1]] if metric else ""
        keys = tuple(filter(None, (names, self._split_metric(metric)[1] if metric else "")))
        self.fact_names = names
        self.metric_start = metric[0] if metric else None  # (`_own_part`)
        self.metric_span = metric or None  # (`_counted_since`)
        date, period_rule = self.period(sentence, quantity, keys)
        if subject_rule in ("subject_typical", "subject_launched") and period_rule in CARRIED_OR_STORY \
                and not (metric_text and self.periods.get(keys[-1]) is date):
            date, period_rule = None, "period_none"  # (a supposed case sets no time: only its measure's own date carries on,
            # `전기요금을 3분기 … 올리기로 | 4인 가구 … 하면 요금이 1,660원 오른다`; not the paragraph's or the story's)
        if period_rule == "period_carried" and metric and self._annual(metric):
            date, period_rule = self._year_of(date) or (date, period_rule)
        if period_rule in CARRIED_OR_STORY and metric and metric[0] >= sentence.start \
                and (period_rule == "period_carried"
                     or self.has_annual and "연간" in self.text[max(sentence.start, metric[0] - 16):metric[1]]) \
                and self._annual_phrase(metric):  # (the story's part of a year: `연간` written, not a verb's 연, `연 축제는`)
            # (a quarter, half or month carried, `4분기 ARPU는 … | 연간 무선 서비스 매출은`: the year that holds it; the
            # `연간` written with this figure's measure, not a basis's before, `지난해 연간 수주액(…)보다 | 지역별로는 …`)
            date, period_rule = self._whole_year(sentence, quantity, metric, date) or (date, period_rule)
        elif period_rule in CARRIED_OR_STORY and self.has_annual and date is not None \
                and _YEAR_PART.fullmatch(getattr(date, "value", "") or "") and self._annual_topic(sentence, quantity):
            # (`4분기 매출은 … | 연간으로는 매출 3조 원, 영업이익 1,506억 원으로 각각 전년보다 7.2%, 15.3% 늘었다`: the whole
            # year that holds the quarter carried, its changes on the year before too)
            year = date.value[:4]
            date, period_rule = Range(year, f"{year}-01-01", f"{year}-12-31", date.mention_id, date.start, date.end), \
                "period_annual_topic"
        elif (period_rule == "period_sentence" or period_rule == "period_clause" and quantity.unit != "%") and metric \
                and self._annual(metric, glued=False):
            # (`올해 1~10월 누적 수출액은 104억 달러로 연간 수출 목표(125억 달러)의`: the year's target, not the months'; the
            # share of it reached, `…의 83%`, is the months' progress)
            date, period_rule = self._whole_year(sentence, quantity, metric, date) or (date, period_rule)
        if period_rule in CARRIED_OR_STORY and self.spans_ending and getattr(date, "granularity", "") == "month" \
                and (getattr(date, "mod", "") == "END" or followed_by(self.text, date.end, self.lexicon["as_of"], 0)):
            # (cheap first: few carried periods are a month-end or a month a stock is told as of, `이달 기준 점포 수`)
            date, period_rule = self._flow_span(sentence, quantity, metric_text, date) or (date, period_rule)
        if metric_rule == "metric_carried" and period_rule in STORY_PERIODS and self.last_fact \
                and self.last_fact[0] == metric_text and self.last_fact[1] is not None \
                and (self.last_fact[1].range_start, self.last_fact[1].range_end) == (date.range_start, date.range_end):
            # `1~6월 … 점유율은 2.8%로 낮아졌다. | 중국 CATL과 BYD가 각각 38.1%, 17.8%로`: a list that goes on with the measure of
            # the figure before, past a paragraph break, names the story's time as that figure's date did (`1~6월`, not the
            # lead's `상반기`): the nearer mention of the same days (fact.period_carried)
            date, period_rule = self.last_fact[1], "period_carried"
        self.last_fact = (metric_text, date)
        if date is not None and period_rule in OWN_PERIODS:
            self.own_dates_in.setdefault(sentence.index, []).append(date)
            if not getattr(date, "mod", "") and date.range_start and str(date.range_start)[:7] != str(date.range_end)[:7]:
                self.spans_ending[str(date.range_end)] = date
        if date is not None and quantity.start not in self.change_starts and quantity.start not in self.compared \
                and quantity.start not in self.dated_brackets and id(date) not in self.event_days \
                and period_rule not in ("period_same_part", "period_present") \
                and not (isinstance(date, Range) and self._term_ahead(date) and self._term_topic(date)) \
                and not (period_rule in OWN_PERIODS and (self._looks_back(date) or self._looks_back_within(sentence, date))) \
                and not (period_rule in OWN_PERIODS and self._time_item(date) and self._time_breakdown(sentence)):  # (not the old value a change starts
            # from, nor a basis's, nor a look back: `2024년에는 126억 원의 영업손실을 냈다`, `전년 동기에는` date their own only)
            if self.story_period is None and self.headed and sentence.index < self.lead_end and not self.lead_done \
                    and period_rule in OWN_PERIODS and sentence.index >= self.title_sentences and not isinstance(date, Range) and date.rule_id not in UNSTATED_DATES:
                self.story_period = (sentence.index, date)  # the lead's figure sets the story's period (`period_story`)
                self.story_metric = keys[-1] if metric_text else None
            elif self.story_period is None and self.story_metric is None and isinstance(date, Range) and metric_text \
                    and self.headed and sentence.index < self.lead_end and not self.lead_done \
                    and period_rule in OWN_PERIODS and sentence.index >= self.title_sentences:
                self.story_metric = keys[-1]  # (a lead's span of days, `지난달 1일부터 31일까지 … 매출`, is the story's period once
                # its sentence is read, `_read_dates`: its figure's measure is the story's, for `같은 기간` past another's days)
            elif self.story_period and period_rule in OWN_PERIODS and self.story_metric and keys \
                    and _same_measure(keys[-1], self.story_metric):  # (`관객 1,120만 명` | `1~6월 관객 수는`)
                self._rename_story(date)
            self.periods.update(dict.fromkeys(keys, date))
            if self._yet_to_come(sentence) or period_rule in OWN_PERIODS and self._plans_ahead(sentence, date):
                # (`같은 기간` points back to a time told of, not to a plan's date, also when a later figure carries it on:
                if period_rule in OWN_PERIODS:  # `… 객실은 464실이다`; nor to a date not yet over told in the present tense)
                    self.planned.add(id(date))
            elif id(date) not in self.planned and not self._spoken(sentence, quantity):
                # (`같은 기간` of the narrative points back to a time it told of, not to one in a speaker's words: `관계자는
                # "지난달 … 63억 원으로 …"고 말했다. | BGF리테일도 같은 기간 매출이 12% 늘었다` → the holiday's days)
                self.last_period, self.last_period_at = date, sentence.index
                if metric_text and keys:
                    self.measure_periods[keys[-1]] = date
                self.last_period_names = names
                if names:
                    self.owner_periods[names] = date
                if date.range_start is not None and date.range_start != date.range_end:
                    self.last_span = date
            if period_rule not in ("period_carried", "period_flow_span", *STORY_PERIODS):  # (a carried one keeps where it was set)
                self.paragraph_period, self.paragraph_owners = (sentence.index, date), names.split(";") if names else None
        if subject_rule in {"subject_genitive", "subject_national", "subject_forecast", "subject_visitors",
                            "subject_told", "subject_relative"}:
            # (`부산항만공사는 … 부산항 물동량이 … 밝혔다 | 환적 화물은 …`: a place's figures the reporter goes on with; `A가 …
            # 거둔 매출이 … | 전체 매출 …의 60%를`: the owner by a relative clause goes on as by a genitive)
            self.owners[sentence.index] = subjects
        for o in subjects or ():
            self.subjects_seen.pop(o.canonical, None)
            self.subjects_seen[o.canonical] = o
        if self.subjects_in_sentence[0] != sentence.index:
            self.subjects_in_sentence = (sentence.index, [])
            self.sentence_subjects[sentence.index] = self.subjects_in_sentence[1]
        self.subjects_in_sentence[1].append((quantity.start, subjects or []))
        if metric:
            if self.metrics_in_sentence[0] != sentence.index:
                self.metrics_in_sentence = (sentence.index, [])
            self.metrics_in_sentence[1].append(metric)
            if not quantity.value_high and quantity.category in SUMMED_CATEGORIES:
                self.told.append((quantity.value, quantity.unit, metric))
        self.before_previous = self.previous  # (`_margin_over`: the figure a compared one is compared with)
        self.previous = (sentence, metric, quantity.unit, metric_rule)
        self.platform_told = (sentence.index, subjects[0].canonical) if subject_rule in PLATFORM_RULES else None
        self.previous_quantity = quantity  # (a rate after a figure a plain verb of its own takes: `33만 대를 팔아 2.1% 늘었다`)
        if metric and self.text.startswith(AMONG_AFTER, quantity.end):
            self.among = (sentence.index, quantity.end, quantity.unit, metric)
        self.named_end = quantity.end if subject_rule in {"subject_named", "subject_none"} else -1
        self.named_clause = (sentence.index, quantity.end) if subject_rule == "subject_named" else None
        change = is_change(sentence, quantity, self.lexicon)
        kind_rule = "kind_change" if change else "kind_level"
        if not change and quantity.unit in self.lexicon["ratio_units"] and (self._multiple_of_time(sentence, quantity)
                                                                           or self._multiple_of_earlier(sentence, quantity)):
            change, kind_rule = True, "kind_multiple"  # `2년 전(19%)의 두 배를 넘었다`: a rate of change told as a multiple
        if not change and quantity.unit in self.lexicon["ratio_units"] and self.headed and sentence.index < self.title_sentences \
                and _HEADLINE_REACHED.match(self.text, quantity.end, sentence.end):
            change, kind_rule = True, "kind_multiple"  # `…대만 관광객 2배로`: a headline's multiple reached, its change word left out
        if not change and quantity.unit in self.lexicon["ratio_units"] and self._multiple_reached(sentence, quantity):
            change, kind_rule = True, "kind_multiple"  # `총 수전 용량은 … 120MW로 두 배가 된다`, `…中 매출 1년 새 2배`
        if not change and self.ranked_change == (sentence.index, quantity.unit) and self._follows_ranked(sentence, quantity):
            change, kind_rule = True, "kind_followed"  # `송파구가 0.21%로 가장 많이 올랐고, 서초구(0.17%)와 강남구(0.15%)가 뒤를
            # 이었다`: the items that follow the first in its ranking are what it is, changes
        if change and kind_rule == "kind_change":
            for w in self.lexicon["superlatives"]:  # (a loop: a generator here would make a cell of `self`, `quantity` and
                if self.text.find(w, quantity.end, sentence.end) >= 0:  # `sentence` on every call of `link`)
                    self.ranked_change = (sentence.index, quantity.unit)
                    break
        if not change and metric_text and metric_text[-1] in "율률폭" and self._rate_of_change(metric):
            change, kind_rule = True, "kind_rate"  # `신장률은 명품 14.8%`: the measure is itself a rate of change
        rules = [metric_rule, subject_rule, period_rule, kind_rule]
        if metric_rule in NEAREST_RULES:  # (the output only: the rules above read the mention the metric was found at)
            nearest = self._nearest(sentence, quantity, metric)
            if nearest != metric:
                metric, rules[0] = nearest, metric_rule + "+metric_nearest"
        fact = object.__new__(Fact)  # (every field, in their order: see the note above `Linker`)
        object.__setattr__(fact, "__dict__", {
            "start": quantity.start, "end": quantity.end, "text": quantity.text, "quantity_id": quantity.mention_id,
            "value": quantity.value, "value_high": quantity.value_high, "unit": quantity.unit,
            "kind": "change" if change else "level", "rule_id": "fact." + "+".join(rules),
            "metric": metric_text, "metric_start": metric[0] if metric else None, "metric_end": metric[1] if metric else None,
            "subject": names, "subject_org_ids": ";".join(dict.fromkeys([o.org_id for o in subjects])) if subjects else "",
            "subject_mention_ids": ";".join([o.mention_id for o in subjects]) if subjects else "",
            "period": date.value if date else "", "period_start": date.range_start if date else "",
            "period_end": date.range_end if date else "", "date_mention_id": date.mention_id if date else "",
            "basis": self.basis(sentence, quantity, date.value if date else "") if change else "",
            "fact_id": "", "sentence_id": -1})
        return fact


# How far (letters, 에서 included) a change may stand after the value it starts from, the new value left out (`3.2%에서
# 4년 만에 19%포인트`: `Linker._change_starts`).
_CHANGE_GAP = 12
# `현재` (or another word of `present_marks`), maybe an approximator or `연`, right before a figure (`Linker._present`).
_PRESENT_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2}) (?:약 |연 )?$")
_PRESENT_RATE_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2}) ([가-힣]{1,2}) $")  # (the last two words: `현재 하루 `)
# The end of a headline's part: the line's, an ellipsis, a comma or a middle dot.
_PART_END = re.compile(r"\s*(?:$|…|\.\.\.|,|·)")
# A headline's multiple reached (`…영업이익 2배로`, `…대만 관광객 2배로`): 로 and the end of its part, the change word left out.
_HEADLINE_REACHED = re.compile(r"으?로" + _PART_END.pattern)
# A multiple come to (`두 배가 된다`, `세 배가 됐다`) and, in a headline, what comes right before a multiple reached: a
# time it took (`1년 새 `, `3년 만에 `) or the new level (`120MW로 `) (`Linker._multiple_reached`).
_MULTIPLE_BECOMES = re.compile(r"[이가] (?:된|됐|돼|되|될)")
_REACHED_BEFORE = re.compile(r"[0-9](?: ?[년달]|개월) (?:새|만에) $|[0-9][^ ]*?으?로 $")
# Between a date and a multiple of its value (`2년 전(19%)의 `, `전년 평균(1,005포인트)의 `, `지난해보다 `, `1년 전에 비해 약 `):
# a few nouns (`2년 전 시리즈A 때(600억 원)의 `: a round named with Latin letters), the value in brackets, 의 or a comparison
# word, an approximator; to the multiple's start (`_multiple_of_time`).
_OF_TIME = re.compile(r"((?: [가-힣A-Za-z][가-힣A-Za-z0-9]{0,5}){0,2})(?:\([^()]{1,24}\))?(?:의|보다| ?대비| ?에 비해) (?:약 |거의 |무려 )?$")
# Between a level told with 으로 and a multiple of another's value that restates it (`650억원으로, 지난해 오프라인 매출의 `,
# `182만 원으로 비회원의 `): a few words, the last marked 의, no figure or bracket between (`Linker.metric`).
_MULTIPLE_RESTATED = re.compile(r"으?로,?(?: [가-힣A-Za-z][가-힣A-Za-z0-9·]{0,7}){1,4}의 (?:약 |거의 )?")
# Words of people and of those who act: a headline's part naming one is counted, no market's item (`Linker._headline_item`).
PEOPLE_WORDS = ("agent_nouns", "rider_measures", "drawn_measures", "user_measures")
# The rules that take a headline's part after an ellipsis for the figure's metric (`Linker._headline_item`).
HEADLINE_PARTS = frozenset({"metric_headline_part", "metric_headline_noun"})
# A year opening a holiday's mention (`2026년 설`: `Linker._holiday_year`); brackets and what they hold (`(38만 5,000원)`).
_YEAR_WORD = re.compile(r"\d{4}년")
_SHARE_BEFORE = re.compile(r"\S" + SHARE_OF.pattern + "$")  # (`전체 물량의 `, `1,870억 원의 `: a share's whole, `SHARE_OF` ending
# right before the share)


@functools.lru_cache(maxsize=4)
def _object_after(tails: frozenset) -> re.Pattern:
    """A figure's object marker, past a bound or an about word (`45% 이상을 `, `60%를 `: `bound_words`, `approx_after`)."""
    return re.compile(r" ?(?:%s)?[을를] " % "|".join(map(re.escape, sorted(tails))))
_BRACKETED = re.compile(r"\([^()]*\)")
# The subject carried from a sentence about a title in quotes: none (`_carried`; one list, told apart by identity).
PRODUCT_CARRIED: list = []
# The subject carried from a sentence that launches a product in quotes: none, and no period of the launch's (`_launches`).
LAUNCH_CARRIED: list = []
# The subject carried after a whole market's or a region's figure with no owner (`subject_whole`, `subject_region`): none.
WHOLE_CARRIED: list = []
# The rules giving a figure no subject as a whole's or a region's, whose paragraph goes on with it (`WHOLE_CARRIED`).
WHOLE_GOES_ON = frozenset({"subject_whole", "subject_region"})


@functools.lru_cache(maxsize=4)
def _anaphor_words(anaphors: tuple) -> tuple:
    word = "(?:" + "|".join(sorted(map(re.escape, anaphors), key=len, reverse=True)) + r")(?:은|는|이|가|의) "
    # (the first pattern opens with the words, so `re` skips to their first letters; the second's look-behind is tried at
    # every letter: it is searched only in the few sentences where the first finds something)
    return re.compile(word), re.compile(r"(?<![^\s\"'“‘(])" + word)


def _anaphor_topic(lexicon: dict) -> tuple:
    """A word of `anaphors` with a topic, subject or genitive mark (`시는 `, also inside a word: `도시는 `), then that word
    opening a word (`연맹은 `, `회사의 `): the cheap tests before `anaphor_tokens` (`_read`)."""
    return _anaphor_words(tuple(lexicon["anaphors"]))


class _Ending:
    """The forms of a sentence's last five tokens, as its view's `ending`: what `reports` reads, asked of an earlier sentence
    whose view is not built (`_read_dates`: building it costs ~27,000 instructions, this a few hundred)."""

    __slots__ = ("ending",)

    def __init__(self, tokens):
        ending = self.ending = []  # (a loop, as `Sentence.ending`)
        for t in tokens[-5:]:
            ending.append(t.form)


class _At(NamedTuple):
    """A place in the text standing for a figure (`anaphor_organization` asks only where it starts)."""
    start: int


# A name marked as topic, past a bracket after it (`한국야구위원회(KBO)는 `): `Linker._tallies`' teller.
TOPIC_AFTER_NAME = re.compile(r"(?:\([^)]*\))?[은는] ")
# A title's 의 and at most two words before a measure it owns (`'로수텐'의 2025년 원외처방 실적`): `Linker._product_measure`;
# the 의 right after the closing quote, not one inside the title (`'바람의 정원' 시청률`). (The quote is looked back at
# from the 의: a pattern that opens with a letter lets `re` skip to where that letter stands; one opening with the
# lookbehind is tried at every position of the span.)
TITLE_OWNS = re.compile(r"의(?<=[’'”\"」』》〉]의) (?:\S+ ){0,2}$")
# A title in quotes marked as topic or subject (`'서머너즈 워: 레거시'가 `): the cheap test before `quoted_topic`.
_QUOTED_TOPIC = re.compile(r"[’'”\"」』](?:은|는|이|가) ")
# A cleft's focus (`실적을 이끈 것은 …`, `… 이끈 건 …`) that is a title in quotes, its copula ending the sentence (`… '별의
# 항로'다.`, `'검은 바다'였다.`): `_title_focus`.
_TITLE_FOCUS = re.compile(r"(?:것은|건) [^.]*[’'”\"」』](?:이)?(?:다|였다|이었다)\.\s*$", re.M)
# How a `_TITLE_FOCUS` sentence ends (a sentence ends where its last token does: no space after the `.`), read before
# the pattern is searched: `re` tries a pattern that opens with a choice of letters letter by letter through the
# sentence (~50 instructions each; ~1,600 sentences asked about in dense 100, under 1 in 10 ending so).
_FOCUS_ENDS = ("이다.", "였다.", "었다.", *(quote + "다." for quote in "’'”\"」』"))
_BRACKET_AFTER = re.compile(r"(?: [가-힣A-Za-z][가-힣A-Za-z0-9]{0,5}){0,3}\(")  # (`2023년 시리즈A 당시(650억 원)`)
_BRACKET_REACH = 3 * 7 + 1  # (the farthest its bracket stands after the date: three words of a space and six letters)
# A figure marked as topic (`480발은 현지 업체 A가 … 조립한다`: `doer_after_topic`), the two letters after it.
TOPIC_FIGURE = frozenset({"은 ", "는 "})


def _all_of(organizations: list, types: tuple) -> bool:
    """Every one of `organizations` is of one of `types` (a loop: `all` over a generator made one per figure with a subject,
    and mostly threw it out unfinished, which raises `GeneratorExit` inside it)."""
    for o in organizations:
        if o.org_type not in types:
            return False
    return True


def _has_final_ending(tokens: list) -> bool:
    """The sentence has a final ending (EF), looked for from its end, where it mostly is (a loop, as `_all_of`)."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].tag == "EF":
            return True
    return False


def _after(mentions: list, offset: int) -> list:
    return [m for m in mentions if m.start > offset]


def _names_own_source(between: str) -> bool:
    """What stands between the story's organization and `따르면` cites it as the source (`서라벌은행에 따르면`), or a
    report, disclosure or statement of its own that its genitive names (`동백저축은행의 경영 공시에 따르면`, `…의 발표에
    따르면`: a noun phrase of at most two words, no quote): the organization tells its own figures (fact.subject_disclosed)."""
    if between == "에 ":
        return True
    return between.startswith("의 ") and between.endswith("에 ") and len(between.split()) <= 3 \
        and not any(c in between for c in "\"'“”‘’")


def _inside(mentions: list, offset: int) -> bool:
    """A mention starts before `offset` and ends after it: the offset is inside a name (`_each_one_named`)."""
    for m in mentions:  # (a loop: a generator made a cell of `offset` on every call)
        if m.start < offset < m.end:
            return True
    return False


def _ending_by(mentions: list, offset: int) -> list:
    found = []  # (a loop: a comprehension made a cell of `offset` on every call)
    for m in mentions:
        if m.end <= offset:
            found.append(m)
    return found


# A part of one year: a quarter, a half, a month or a span of its months (`_whole_year`).
# The particles after a level a change leaves or reaches (`50만 대에서 80만 대로 늘렸다`; `_whole_year`).
CHANGE_ENDS = ("에서", "으로", "로")
# The dash after a press release's dateline (`서울--(뉴스와이어) 2025년 09월 03일 -- …`): the day of the release, no period
_DATELINE = re.compile(r"\s?(?:--|—|―)")
_YEAR_PART = re.compile(r"(\d{4})-(?:Q[1-4]|H[12]|\d\d(?:/\1-\d\d)?)")


def _same_measure(key: str, measure: str) -> bool:
    """Two metric keys (spaces removed) name the same measure: equal, or one the other's count (`점포` and `점포수`,
    `관객` and `관객수`)."""
    return key == measure or key == measure + "수" or key + "수" == measure


def _outside_relative_clauses(sentence: Sentence, dates: list) -> list:
    """The dates not of a relative clause (`_relative_clause_date`), else all of them (a loop: no cells per call)."""
    kept = []
    for d in dates:
        if not _relative_clause_date(sentence, d):
            kept.append(d)
    return kept or dates


def _ends_any(words: list, ends: tuple) -> bool:
    """One of `words` ends with one of `ends` (a loop: a generator made a function object and a cell of `ends` per call)."""
    for word in words:
        if word.endswith(ends):
            return True
    return False


def _distance(quantity, span: tuple) -> int:
    """Characters between a figure and a span before or after it."""
    return quantity.start - span[1] if span[1] <= quantity.start else span[0] - quantity.end


def _bracket_mates(text: str, ordered: list, firsts: set) -> dict:
    """The figures listed after the first in its brackets, a comma or a middle dot between them (`지난해 같은 기간(31척, 68억
    달러)`): start → the first's start, for the first figures in `firsts` (those a date dates: `bracket_of`). `ordered`: the
    document's figures sorted by start."""
    mates = {}
    for k, q in enumerate(ordered):
        if q.start not in firsts:
            continue
        last = q
        for later in ordered[k + 1:k + 4]:
            if text[last.end:later.start].strip() not in (",", "·"):
                break
            mates[later.start], last = q.start, later
    return mates


def _bracket_after(text: str, end: int) -> int:
    """Where a figure in brackets would start right after a date or past a few words (`지난해(`, `올해 실적(`,
    `지난해 연간 해외 수주액(`), else -1."""
    if text.find("(", end, end + _BRACKET_REACH) < 0:
        return -1  # (cheap first: most dates have no bracket within the pattern's reach)
    match = _BRACKET_AFTER.match(text, end)
    return match.end() if match else -1


def _since_relative(sentence: Sentence, date) -> bool:
    """The date opens a relative clause with 부터 (`지난 9월 29일부터 시행된 무비자 입국 허용 효과로`): it dates what that
    clause tells of, from when it holds, not a figure."""
    if not sentence.text.startswith("부터", date.end):
        return False
    i, tokens = sentence.after(date.end), sentence.tokens
    for token in tokens[i + 1:i + 5]:
        if token.tag == "ETM":
            return True
        if token.tag in ("EC", "EF", "SP", "SN", "JKS", "JX"):
            return False
    return False


def _untagged(text: str) -> str:
    """The text without a bracketed tag before it (`[인터뷰] 정미경` → `정미경`)."""
    text = text.strip()
    return text[text.index("]") + 1:] if text.startswith("[") and "]" in text else text


def _predicate_between(sentence: Sentence, start: int, end: int) -> bool:
    """A verb and its connective ending lie between `start` and `end` (`1,200억 원을 투입해 내년 상반기 중 …`): the
    figure's clause ends there, and a date after it belongs to the next one."""
    i, tokens = sentence.after(start), sentence.tokens
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].tag == "EC" and i and tokens[i - 1].tag in ("VV", "XSV", "VX", "EP"):
            return True
        i += 1
    return False


def _adverbial_clause_between(sentence: Sentence, start: int, end: int) -> bool:
    """The noun phrase after `start` (a genitive's) is marked by an adverbial particle (`사업에`, `과제로`), and a verb with its
    connective ending follows before `end` (`선정돼`): that phrase belongs to an earlier clause than the figure at `end`."""
    tokens, i = sentence.tokens, sentence.after(start)
    while i < len(tokens) and tokens[i].start < end and (not tokens[i].tag.startswith("J") or tokens[i].tag == "JKG"):
        i += 1
    return i < len(tokens) and tokens[i].start < end and tokens[i].tag == "JKB" and _predicate_between(sentence, tokens[i].end, end)


def _span_patterns(lexicon: dict) -> tuple:
    """A duration of `span_marks` (`3년간`, `3년 안에`, `세 달 내`: `_spanned`), and its unit and mark alone (`년간`), the cheap
    test before it."""
    return _span_words(lexicon["span_numerals"], lexicon["span_units"], lexicon["span_marks"])


@functools.lru_cache(maxsize=4)
def _span_words(numerals: frozenset, units: frozenset, marks: frozenset) -> tuple:
    unit_mark = f"(?:{'|'.join(units)}) ?(?:{'|'.join(marks)})(?:에|는|도)?(?![가-힣])"
    return re.compile(unit_mark), re.compile(f"(?<![0-9가-힣])(?:[0-9]+|{'|'.join(numerals)}) ?{unit_mark}")


@functools.lru_cache(maxsize=None)
def _statistic_cited(verbs: frozenset, reports: frozenset):
    """The words after a public body that cite a statistic it announced as the figures' source (`산업통상자원부가 발표한 6월
    유통업체 매출 동향에서 편의점 매출은`, `… 통계를 보면`): `announce_verbs` + 한, a title, a word of `statistics_reports`, then
    에서 or 을/를 보면 (compiled once, not per document)."""
    return re.compile(r"[이가] (?:%s)한 [^.\"“”']{0,40}?(?:%s)(?:에서|[을를] 보면)" % (
        "|".join(map(re.escape, sorted(verbs))), "|".join(map(re.escape, sorted(reports)))))


@functools.lru_cache(maxsize=None)
def _group_word(counters: frozenset):
    """A group's count of companies (`3사`, `3개사`), the counters of the lexicon's `group_counters` (compiled once, not
    per document)."""
    return re.compile(r"(\d+)(?:개)?(?:%s)" % "|".join(map(re.escape, sorted(counters))))


def _counts_companies(text: str, counters: tuple) -> bool:
    """The text has a count of companies written as one word (`3사`, `5개사`: `group_word`), a counter right after a digit
    or after 개 and a digit: each counter found by `str.find` (a pattern opening with a digit is tried at every letter)."""
    for counter in counters:
        at = text.find(counter, 1)
        while at > 0:
            before = text[at - 1]
            if before.isdigit() or before == "개" and text[at - 2:at - 1].isdigit():
                return True
            at = text.find(counter, at + 1)
    return False


def _names_any(text: str, words: tuple) -> bool:
    """One of `words` is in the text (a loop: no generator left unfinished)."""
    for word in words:
        if word in text:
            return True
    return False


@functools.lru_cache(maxsize=None)
def _product_pointer(product_nouns: frozenset) -> re.Pattern:
    """이 and a product's noun (`이 게임`: `Linker._products_named`), compiled once per lexicon: one search of the text, where
    `str`'s `in` searched it once per noun (~1.4 µs a noun on a dense article; the pattern, its literal start found first,
    0.11 ms for 100 articles against ~3 ms; the replay of dense 100 1,027.4 → 1,019.5 M instructions)."""
    return re.compile("이 (?:%s)" % "|".join(map(re.escape, sorted(product_nouns))))


@functools.lru_cache(maxsize=None)
def _pair_word(pair_words: frozenset):
    """The two companies named before (`양사의`, `양사를 합치면`): a group of two (compiled once per lexicon)."""
    return re.compile(r"(?<!\S)(?:%s)(?=[의은는이가]|에는|에게는|[을를] 합[치하])" % "|".join(sorted(pair_words)))  # (`양사에는
    # 각각 과태료 …`: a recipient, as GROUP_RECIPIENT after a count)


# A group summed (`두 회사를 합치면`, `양사를 합하면`).
_MERGING = re.compile(r"(?:\S+ ){0,3}\S*?[을를은는] (?:합[치친하한쳐]|더[하해한])")  # (`두 회사를 합치면`, `세 회사의 5G 가입자를
# 합치면`, `두 체인의 매출은 합쳐`, `세 회사의 가입자를 더하면`; adnominal too: `두 회사를 합친 판매량은`, `양사를 더한 매출은`)


@functools.lru_cache(maxsize=None)
def _longer_words(table: frozenset) -> tuple:
    """The words of two letters or more of a table (`str.endswith` takes a tuple; made once, not per document)."""
    return tuple(w for w in table if len(w) >= 2)


@per_table
def _longest_first(table: frozenset) -> tuple:
    """A table of endings, longest first (`으로는` before `로는`): the one a word ends in is the longest (made once)."""
    return tuple(sorted(table, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _by_last_letter(table: frozenset) -> dict:
    """A table of the lexicon by each word's last letter: a word ends in one of the table's only if it ends in one of those
    its own last letter keys (`str.endswith` over the few, not the whole table; made once)."""
    found = {}
    for word in sorted(table):
        found.setdefault(word[-1:], []).append(word)
    return {letter: tuple(words) for letter, words in found.items()}


@per_table
def _words(table: frozenset) -> tuple:
    """A table of the lexicon as a tuple, for `str.endswith` and `str.startswith` (made once, not per call)."""
    return tuple(table)


# What stands between an organization and the verb of a relative clause it is the subject of (`한국토지주택공사(LH)가 발주한`:
# `_orders`), and the first letters of it (cheap first).
ORDERED_BY = re.compile(r"(?:\([^()]*\))?[이가] ")
ORDERED_AFTER = frozenset("(이가")
# An average a figure stands in brackets after (`전국 평균(78.6%)`: `_group_average`).
AVERAGE_BRACKET = " 평균("
# An average right before its figure (`전국 평균 0.75명`), after a word of the whole (`whole_openers`).
GROUP_AVERAGE = " 평균 "
# The particles of a measure as topic or subject before its figure (`전국 극장 관객은 5,030만 명`): `_whole_words_before`.
WHOLE_MARKED = ("은 ", "는 ", "이 ", "가 ")
# What follows a date that is an item of a breakdown by time (`8월이 291만 명으로`, `가을(9~11월) 방문객이`): `_time_item`.
TIME_ITEM_MARKS = (*WHOLE_MARKED, ") ")
# The breakdown's word right before its first item (`분기별로는 4분기 수출이`: `_time_item`).
TIME_BREAKDOWN_ENDS = ("별로는 ", "별로 ")
# The same measure as the object its figure is set to (`세계 컨테이너 물동량을 9억 1천만TEU 안팎으로 추산했다`).
WHOLE_OBJECT = ("을 ", "를 ")
WORLD = "세계 "
COUNT_NOUN = "수"  # (the noun of a count after what it counts: `출생아 수`, `직원 수`)


@functools.lru_cache(maxsize=None)
def _of_lexicon() -> tuple:
    """What the linker makes of the facts lexicon alone (see `Linker.__init__`), made once, not per document."""
    lexicon = words()
    titles = _titles()
    return (tuple(lexicon["own_reports"]), titles, titles | lexicon["head_titles"],
            lexicon["cause_nouns"] | lexicon["cause_bounds"], _pair_word(lexicon["pair_words"]),
            tuple(sorted(lexicon["group_counters"])),
            _group_word(lexicon["group_counters"]), *(pattern.search for pattern in _anaphor_topic(lexicon)),
            *_span_patterns(lexicon), basis_pattern(lexicon["comparison"]),
            _cover(lexicon["aggregate_words"], lexicon["whole_openers"], lexicon["aggregate_scopes"]),
            _cover(lexicon["source_intros"]), _firsts(lexicon["comparison"]))


def _firsts(comparison: frozenset) -> frozenset:
    """The letters `basis_pattern(comparison)` may start with (a word for the same part, `SAME_PART`, or a comparison
    word, spaces removed): a figure followed by none of them is compared with nothing (`compared`)."""
    return frozenset(w.replace(" ", "")[0] for w in (*SAME_PART, *comparison) if w.strip())


def _days_between(span) -> int:
    """The number of days a span of days covers (`2026-02-13/2026-02-18` → 6)."""
    first, last = span.value.split("/")
    return (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days + 1


def _one_day(date) -> bool:
    """The date is a single calendar day (`지난 9일`), not a longer period."""
    return bool(date.range_start) and date.range_start == date.range_end


def _compared(text: str, quantities: list, firsts: frozenset, compare) -> set:
    """Starts of the figures a comparison follows (`compare`, spaces removed: `지난해 51만 명보다`), tried only after a figure
    whose first letter after it past a space is one of `firsts`, or after two spaces (then the full test decides). (A loop:
    no call of a helper per quantity.)"""
    found = set()
    for q in quantities:
        end = q.end
        letter = text[end:end + 1]
        if letter == " ":
            letter = text[end + 1:end + 2]
        if (letter in firsts or letter == " ") and compare(text[end:end + 8].replace(" ", "")):
            found.add(q.start)
    return found


@functools.lru_cache(maxsize=None)
def _cover(*tables: frozenset) -> tuple:
    """The words of the tables that contain no other of them: a text with none of these has no word of the tables (the
    cheap test before looking for the tables' words one by one; made once per lexicon)."""
    union = frozenset().union(*tables)
    return tuple(sorted(w for w in union if not any(v != w and v in w for v in union)))


@functools.lru_cache(maxsize=None)
def _titles() -> frozenset:
    """Person titles (`의장`, `대표`): a noun that names a person is no metric (joined once, not per document)."""
    from ..org.lexicon import cues

    return cues()["titles"] | cues()["org_titles"]


# The kinds of organization that report statistics of others (`subject_national`); of those, the public ones, whose
# country's or region's measures (`national_measures`) are not their own.
PUBLIC = ("government", "local_government", "public_agency")
REPORTERS = PUBLIC + ("ngo", "foundation")  # (a province's tourism foundation reporting with it: `강원관광재단`)
# Those that also foresee the country's measures (`subject_forecast`): an association, a research institute.
FORECASTERS = REPORTERS + ("research",)
# Those whose estimates and forecasts are of others' measures (`subject_estimated`): an association, a research institute,
# a ministry; not a local government or an agency, which tell their own too.
ESTIMATORS = ("ngo", "research", "government")


@functools.lru_cache(maxsize=None)
def _restating_end(nouns: frozenset) -> re.Pattern:
    """A sentence ending in a size or a level as copula (`… 74만 주 규모다.`, `… 두 배 수준이다.`: `restating_nouns`): it
    restates a figure (`fact.metric_restated`; compiled once per lexicon)."""
    return re.compile(r"(?:%s)(?:이)?다[.\"'”’]*\s*$" % "|".join(map(re.escape, sorted(nouns))))


# The end of a sentence between 각각 and a figure: that 각각 is another sentence's.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


# The mark of a rough figure written right after it, outside its span (`7,200억 원대`: ANNOTATION.md).
ROUGHLY = "대"


# What joins the figures of a list after 각각: a comma, and 와/과 before the last of two (`각각 1,620만 상자와 830만 상자`).
EACH_JOINTS = (", ", "와 ", "과 ")


def _each(facts: list, text: str) -> list:
    """`A와 B는 … 각각 X, Y`: the i-th figure after `각각` is the i-th subject's (`subject_each`)."""
    by_subject = {}
    for i, fact in enumerate(facts):
        if fact.rule_id != "fact.conversion" and ";" in fact.subject and ("+subject_topic+" in fact.rule_id
                                                                      or "+subject_genitive+" in fact.rule_id
                                                                      or "+subject_group+" in fact.rule_id
                                                                      or "+subject_ranked+" in fact.rule_id):
            # (the figures after one 각각: not those a later sentence carries the subjects to)
            key = (fact.subject, fact.subject_mention_ids, text.rfind("각각", 0, fact.start))
            by_subject.setdefault(key, []).append(i)
    for (names, mention_ids, each), indexes in by_subject.items():
        names, ids, mentions = names.split(";"), facts[indexes[0]].subject_org_ids.split(";"), mention_ids.split(";")
        rates = []
        if each >= 0 and not _SENTENCE_END.search(text, each, facts[indexes[0]].start):
            # only the figures of the list after 각각 (not `국내 3사 가운데서는` later in the sentence)
            listed = _listed_run(facts, indexes, text, text.find(" ", each) + 1, EACH_JOINTS)
            rest = [i for i in indexes if i not in listed] if listed else []
            if rest and not _SENTENCE_END.search(text, each, facts[rest[0]].start):
                # the rates of those figures listed after them in the sentence are each its figure's (`각각 36만 대, 27만 대를
                # 팔아 2.1%, 4.7% 성장했다`: fact.subject_each)
                rates = _listed_run(facts, rest, text, facts[rest[0]].start)
            indexes = listed or indexes
            if rates and len(rates) == len(indexes):
                indexes = indexes + rates
            else:
                rates = []
        else:
            # no 각각: as many figures listed by a comma, of one metric and kind, are one each (`A와 B는 4.1%, 3.3%에
            # 그쳤다`); figures of two metrics (`매출 1조 원, 영업이익 500억 원`) stay the pair's together
            indexes = _listed_run(facts, indexes, text, facts[indexes[0]].start)
            if len({(facts[i].metric_start, facts[i].kind) for i in indexes}) != 1:
                continue
        if len(indexes) != len(names) * (2 if rates else 1) or len(ids) != len(names) \
                or len(mentions) != len(names):
            continue
        for k, i in enumerate(indexes):
            k %= len(names)  # (the rates after the list: again one each, in order)
            rule_id = facts[i].rule_id.replace("subject_genitive", "subject_each").replace("subject_topic", "subject_each") \
                .replace("subject_group", "subject_each").replace("subject_ranked", "subject_each")
            facts[i] = replace(facts[i], subject=names[k], subject_org_ids=ids[k], subject_mention_ids=mentions[k],
                               rule_id=rule_id)
    return facts


def _listed_run(facts: list, indexes: list, text: str, start: int, joints=(", ",)) -> list:
    """The facts of `indexes` that form one list opening at `start` (the first figure there, each next one right after
    the one before and a comma: `38.1%, 17.8%`; after 각각 also 와/과: `각각 41대와 23대`, `EACH_JOINTS`); [] when none opens
    there."""
    run = []
    for i in indexes:
        if not run and facts[i].start != start or run and text[facts[run[-1]].end:facts[i].start].removeprefix(ROUGHLY) \
                not in joints:  # (`각각 7,200억 원대, 2,900억 원대로`: the 대 of a rough figure stays outside it)
            break
        run.append(i)
    return run


# First letters of a value that is not 1 (`_sequence_labels`: most figures are tested by their first letter, not parsed).
NOT_ONE = frozenset("23456789-")


def _sequence_labels(quantities: list) -> frozenset:
    """Ids of counts that number a sequence (`1편, 2편, 3편`: 1, 2, 3 of one counter in a row, in
    digits): they name items like ordinals, and like ordinals have no fact (native numerals count:
    `한번, 두번, 세번 놀랐다`)."""
    labels, run = set(), []
    for quantity in quantities:
        if run and quantity.unit == run[-1].unit and _number(quantity.value) == _number(run[-1].value) + 1:
            run.append(quantity)
        else:
            if len(run) >= 3:
                labels.update(q.mention_id for q in run)
            run = [quantity] if quantity.value[:1] not in NOT_ONE and quantity.text[:1].isdigit() and not quantity.value_high \
                and _number(quantity.value) == 1 else []
    if len(run) >= 3:
        labels.update(q.mention_id for q in run)
    return frozenset(labels)


def _age_brackets(quantities: list, lexicon: dict) -> frozenset:
    """Ids of ages (`age_units`) with a bound or a range (`60세 이상 가구`, `15~29세 청년`): a definitional range, part of the
    metric, with no fact (as a sequence's labels, no rule's row: the quantity stays in its table); an age on its own (`평균 연령 38세`) keeps its fact."""
    return frozenset(q.mention_id for q in quantities
                     if q.unit in lexicon["age_units"] and (q.bound or q.value_high))


def _unlinked(quantities: list, lexicon: dict) -> frozenset:
    """Starts of the figures that get no fact: ordinals, durations and definitional age ranges (`_age_brackets`)."""
    ages = _age_brackets(quantities, lexicon)
    return frozenset(q.start for q in quantities if q.category in NO_FACT or q.mention_id in ages)


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def link_facts(context, quantities, dates, organizations, doc_date=None) -> list:
    """One fact per quantity that is not an ordinal or a duration, in text order; a conversion
    shares the slots of the quantity it converts (`fact.conversion`). `doc_date`, the publication date, tells
    whether the story's period is past (a plan's figures do not take a past one)."""
    if NO_FACT.issuperset(map(CATEGORY, quantities)):  # (in C: no generator thrown out at the first figure)
        return []
    linker = Linker(context, quantities, dates, organizations, doc_date)
    facts, by_quantity = [], {}
    ordered = linker.ordered_quantities
    labels = _sequence_labels(ordered) | _age_brackets(ordered, linker.lexicon)
    for quantity in ordered:
        if quantity.category in NO_FACT or quantity.mention_id in labels:
            continue
        source = by_quantity.get(quantity.equivalent_of) if quantity.equivalent_of else None
        if source is not None:
            fact = replace(source, start=quantity.start, end=quantity.end, text=quantity.text, quantity_id=quantity.mention_id,
                           value=quantity.value, value_high=quantity.value_high, unit=quantity.unit,
                           rule_id="fact.conversion")
        else:
            fact = linker.link(quantity)
        by_quantity[quantity.mention_id] = fact
        facts.append(fact)
    if linker.headed and facts and facts[0].start < linker.headline_end():
        facts = linker.headline_story(facts, {q.mention_id: q for q in ordered})
    return _each(facts, context.text)
