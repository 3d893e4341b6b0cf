"""Gold labels of articles-holdout112 (writer-labeller W112), written by reading the texts against
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only.
Run: /work/main/.venv/bin/python annotation/articles_holdout112/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 / 전분기 are optional)"
HL = "headline with no DATE: nothing earlier in the article, period empty (FACTS: never the document date by default)"
D = "duration"

# ---------------------------------------------------------------- 001 ski resort: season visitors, lift revenue (연합뉴스 dateline, no year written)
d = Doc("001_7bcd06db395923b3", "2026-03-17"); docs.append(d)
S = "설원리조트"
SEASON = "2025-12-05/2026-03-15"
d.Oall(S, S, special={2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국스키장경영협회", "한국스키장경영협회", note="association cited as the source (에 따르면)")
d.O("용평리조트", "용평리조트", note="rival resort (경쟁사)")
d.Oall("설원레저홀딩스", "설원레저홀딩스", special={0: ("required", "invented parent (모회사)")})
d.D("지난해 12월 5일", "2025-12-05", "day", rel=True, note="지난해 before a month is in the span (ANNOTATION: 올해 8월 말 is one mention); opening day")
d.D("이달 15일", "2026-03-15", "day", rel=True, note="이달 before a day taken into the span like 올해/지난해 before a month (W112 convention); closing day")
d.D("전년 같은 기간", "2024-12-05/2025-03-15", "day", rel=True, st="optional", anchor="2025-12-05", note=PB + "; = 전년 동기 of the season")
d.D("17일", "2026-03-17", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", "2025-12-05/2026-03-15", "day", ctx="같은 기간 전국", rel=True, st="optional", anchor="2025-12-05", note=PB)
d.D("지난 1월", "2026-01", "month", rel=True, note="latest January on or before the document date")
d.D("올해 연말", "2026", "year", mod="END", rel=True, note="올해 before a part-of-period word is one mention (as 올해 8월 말); 연말 → END")
d.D("내년", "2027", "year", rel=True)
SN = "season period: the range between the opening and closing days the lead names (FACTS: a period named with its days → that range)"
d.Q("160만명", 1600000, "명", "명", C, bound="gt", f=("방문객", "설원리조트 방문객 160만명", S, "", "level", "required", HL))
d.Q("212억원", 21200000000, W, "원", "currency", ctx="매출 212억원 '역대", f=("리프트 매출", "리프트 매출 212억원 '역대", S, "", "level", "required", HL))
d.Q("101일", 101, "day", "일", D)
d.Q("162만3천명", 1623000, "명", "명", C, f=("방문객", "방문객 162만3천명", S, SEASON, "level", "required", SN))
d.Q("141만명", 1410000, "명", "명", C, f=("방문객", "방문객 162만3천명", S, "2024-12-05/2025-03-15", "level", "required",
                                       "basis in brackets after 전년 같은 기간: its period is that date's value (W112 convention 4)"))
d.Q("15.1%", "15.1", "%", "%", P, f=("방문객", "방문객 162만3천명", S, SEASON, "change", "required", "comparison: the current period"))
d.Q("212억원", 21200000000, W, "원", "currency", ctx="리프트권 매출은 212억원", f=("리프트권 매출", None, S, SEASON, "level", "required", "subject and period carried from the lead"))
d.Q("14%", 14, "%", "%", P, f=("리프트권 매출", None, S, SEASON, "change"))
d.Q("하루", 1, "day", "하루", D, st="optional", note="rate word (하루 평균): ANNOTATION rate denominators are optional")
d.Q("1만6천명", 16000, "명", "명", C, approx=True, note="남짓 → approx", f=("평균 방문객", "하루 평균 방문객", S, SEASON, "level"))
d.Q("4만2천장", 42000, "장", "장", C, f=("시즌권", None, S, SEASON, "level"))
d.Q("37%", 37, "%", "%", P, f=("수도권 거주자", None, S, SEASON, "level", "required", "이 가운데: the part's share of the season passes; the part names what is measured"))
d.Q("41%", 41, "%", "%", P, f=("초급 코스 이용객", None, S, SEASON, "level", "required", "share of the whole (전체의 41%)"))
d.Q("35%", 35, "%", "%", P, f=("중급", "중급과 상급", S, SEASON, "level", "required", "각각: first of the pair"))
d.Q("24%", 24, "%", "%", P, f=("상급", "중급과 상급", S, SEASON, "level", "required", "각각: second of the pair"))
d.Q("18만명", 180000, "명", "명", C, ctx="약 18만명", approx=True, f=("외국인 방문객", None, S, SEASON, "level"))
d.Q("520만명", 5200000, "명", "명", C, approx=True, f=("전국 스키장 방문객", None, "", SEASON, "level", "required",
                                                     "national figure from a cited association: no subject; 같은 기간 → the season"))
d.Q("5년", 5, "year", "년", D, note="만에 outside: a duration")
d.Q("500만명", 5000000, "명", "명", C, bound="gt", note="돌파 → gt", f=("전국 스키장 방문객", None, "", SEASON, "level", "required", "threshold passed"))
d.Q("118만명", 1180000, "명", "명", C, f=("유치", "유치한", "용평리조트", SEASON, "level", "optional",
                                       "open question 1: a rival's figure with no date in its sentence and no period ever set for it (letter: empty; reader: the same season)"))
d.Q("38억원", 3800000000, W, "원", "currency", f=("리조트 부문 영업이익", None, "설원레저홀딩스", SEASON, "level", "optional",
                                                "open question 2: the parent's segment profit, no date; the story's season (written) or the parent's business year?"))
d.Q("120억원", 12000000000, W, "원", "currency", f=("곤돌라 교체", None, "설원레저홀딩스", "2026-01", "level", "required", "what the money went to; 지난 1월 in the clause"))
d.Q("두 곳", 2, "곳", "곳", C, note="native numeral", f=("슬로프", "슬로프 두 곳", S, "2026", "level", "required", "head's target speaks for the company; 올해 연말까지 → 2026"))
d.Q("180만명", 1800000, "명", "명", C, bound="min", f=("방문객", "내년 방문객", S, "2027", "level"))
d.Q("250억원", 25000000000, W, "원", "currency", f=("리프트 매출", "리프트 매출 250억원", S, "2027", "level", "required", "second target of the list after 내년"))

if __name__ == "__main__":
    write_all(docs)
