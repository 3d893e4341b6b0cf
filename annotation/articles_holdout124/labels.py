"""Gold labels of articles-holdout124, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout124/labels.py  (writes gold/*.csv, checks every offset,
then prints the coverage pass: every run of digits not inside a QUANTITY, DATE or ORG row).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
CLOCK = "clock time of the stamp (ANNOTATION: clock times optional at most); granularity: no finer value in the format"
IHA = "short name defined with 이하 (ANNOTATION: as a mention it is optional)"
NOP = "no DATE attached to the figure, none set earlier for its subject (FACTS: no time stated → empty)"
SQ = "㎡"
CU = "㎥"

# ---------------------------------------------------------------- 001 3PL logistics (연합뉴스 dateline + 송고 stamp)
d = Doc("001_752cd943a5dae44a", "2024-11-12"); docs.append(d)
S = "한결로지스"
d.Oall("한결로지스", S)
d.O("연합뉴스", "연합뉴스")
d.Q("세 번째", 3, "번째", "번째", "ordinal", ctx="이천에 세 번째 물류센터")
d.Q("30만㎡", 300000, SQ, SQ, M, bound="gt", f=("임대 면적", "임대 면적 30만", S, "", "level", "required", "headline: no DATE in it, nothing earlier"))
d.Q("6만2천㎡", 62000, SQ, SQ, M, f=("연면적", None, S, "", "level", "required", NOP))
d.D("12일", "2024-11-12", "day", rel=True)
d.Q("세 번째", 3, "번째", "번째", "ordinal", ctx="세운 세 번째 자동화")
d.Q("14곳", 14, "곳", "곳", C, f=("물류센터", "전국 물류센터는", S, "", "level", "required", NOP))
d.Q("31만5천㎡", 315000, SQ, SQ, M, f=("임대 면적", "총 임대 면적은", S, "", "level", "required", NOP))
d.D("지난해 말", "2023", "year", mod="END", rel=True)
d.Q("24만8천㎡", 248000, SQ, SQ, M, f=("임대 면적", "총 임대 면적은", S, "2023", "level"))
d.Q("27%", 27, "%", "%", P, ctx="27% 넓어진", f=("임대 면적", "총 임대 면적은", S, "", "change", "required",
    "FACTS: the period of a comparison is the current one, not the basis; the current one is not written"))
d.Q("4만5천㎡", 45000, SQ, SQ, M, f=("임대 면적", "총 임대 면적은", S, "", "level", "required", "breakdown by centre (a place): metric is the measure noun; " + NOP))
d.Q("3만8천㎡", 38000, SQ, SQ, M, f=("임대 면적", "총 임대 면적은", S, "", "level", "required", "breakdown by centre (a place): metric is the measure noun; " + NOP))
d.D("올해 1~3분기", "2024-Q1/2024-Q3", "quarter", rel=True)
d.Q("27곳", 27, "곳", "곳", C, f=("화주사", None, S, "2024-Q1/2024-Q3", "level"))
d.O("누리마켓", "누리마켓")
d.Q("5년", 5, "year", "년", "duration", ctx="5년간")
d.Q("420억원", 42000000000, W, "원", "currency", f=("풀필먼트 계약", None, S, "2024-Q1/2024-Q3", "level"))
d.D("올해", "2024", "year", ctx="올해 누적 수주액", rel=True)
d.Q("1천850억원", 185000000000, W, "원", "currency", f=("누적 수주액", None, S, "2024", "level"))
d.D("전년 동기", "2023", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("38.2%", 38.2, "%", "%", P, f=("누적 수주액", None, S, "2024", "change"))
d.O("한결홀딩스", "한결홀딩스")
d.Q("60%", 60, "%", "%", P, bound="gt", f=("비중", None, S, "2024", "level"))
d.O("한국교통연구원", "한국교통연구원", aliases="교통연")
d.O("교통연", "한국교통연구원", ctx="(이하 교통연)", st="optional", note=IHA)
d.D("지난해", "2023", "year", ctx="규모는 지난해 약", rel=True)
d.Q("43조원", 43000000000000, W, "원", "currency", approx=True, f=("국내 3PL 시장", None, "", "2023", "level"))
d.D("5년 전", "2019", "year", rel=True)
d.Q("40%", 40, "%", "%", P, approx=True, f=("국내 3PL 시장", None, "", "2023", "change"))
d.O("대성물류", "대성물류")
d.D("9월 말", "2024-09", "month", mod="END", rel=True)
d.Q("28만㎡", 280000, SQ, SQ, M, f=("임대 면적", "대성물류의 임대 면적", "대성물류", "2024-09", "level"))
d.D("2026년", "2026", "year")
d.Q("50만㎡", 500000, SQ, SQ, M, bound="min", f=("임대 면적", "임대 면적을 50만", S, "2026", "level"))
d.Q("3위", 3, "위", "위", "ordinal")
d.D("2024/11/12", "2024-11-12", "day")
d.D("14:05", "2024-11-12T14:05", "day", st="optional", note=CLOCK)

# ---------------------------------------------------------------- 002 city gas (bracket byline, no year written at all)
d = Doc("002_c8c97bfdeeeaef76", ""); docs.append(d)
UNR = "no document date and no year in the text (ANNOTATION, Unresolved: X for the parts the text does not give)"
S = "동남도시가스"
d.Oall("동남도시가스", S)
d.D("지난해", "XXXX", "year", ctx="지난해 공급량 11억", rel=True, note=UNR)
d.Q("11억㎥", 1100000000, CU, CU, M, f=("공급량", "지난해 공급량", S, "XXXX", "level"))
d.Q("18%", 18, "%", "%", P, ctx="영업익 18% 감소", f=("영업익", None, S, "XXXX", "change"))
d.O("에너지데일리", "에너지데일리")
d.D("지난해", "XXXX", "year", ctx="동남도시가스가 지난해 천연가스", rel=True, note=UNR)
d.Q("11억2천만㎥", 1120000000, CU, CU, M, f=("천연가스", "지난해 천연가스", S, "XXXX", "level"))
d.D("전년", "XXXX", "year", ctx="전년보다 3.4%", rel=True, st="optional", note=PB + "; " + UNR)
d.Q("3.4%", 3.4, "%", "%", P, f=("물량", None, S, "XXXX", "change"))
d.Q("6억1천만㎥", 610000000, CU, CU, M, f=("산업용", None, S, "XXXX", "level", "required", "breakdown by kind of use: the item named is the metric"))
d.Q("54%", 54, "%", "%", P, f=("산업용", None, S, "XXXX", "level", "required", "share of the item named"))
d.Q("4억3천만㎥", 430000000, CU, CU, M, f=("가정용", None, S, "XXXX", "level", "required", "각각: first item"))
d.Q("7천800만㎥", 78000000, CU, CU, M, f=("업무용", None, S, "XXXX", "level", "required", "각각: second item"))
d.Q("98만 가구", 980000, "가구", "가구", C, bound="gt", f=("공급 가구 수", None, S, "XXXX", "level"))
d.O("서라벌에너지", "서라벌에너지")
d.D("같은 기간", "XXXX", "year", rel=True, st="optional", note=PB + "; " + UNR)
d.Q("7억9천만㎥", 790000000, CU, CU, M, f=("공급량", "서라벌에너지의 공급량", "서라벌에너지", "XXXX", "level"))
d.O("한국가스공사", "한국가스공사", aliases="가스공사")
d.O("가스공사", "한국가스공사", ctx="(이하 가스공사)", st="optional", note=IHA)
d.D("올해 1분기", "XXXX-Q1", "quarter", rel=True, note=UNR)
d.Q("19.69원", 19.69, W, "원", "currency", f=("주택용 소매요금", None, S, "XXXX-Q1", "level"))
d.O("부산시", "부산시")
d.Q("1.21원", 1.21, W, "원", "currency", f=("소매공급비용", None, S, "XXXX-Q1", "level", "required",
    "이 회사 = 동남도시가스; 지난해 is the basis, period carried from the subject's last one (올해 1분기)"))
d.D("지난해", "XXXX", "year", ctx="지난해보다 0.05원", rel=True, note=UNR)
d.Q("0.05원", 0.05, W, "원", "currency", f=("소매공급비용", None, S, "XXXX-Q1", "change"))
d.O("가스공사", "한국가스공사", ctx="가스공사의 미수금")
d.Q("14조원", 14000000000000, W, "원", "currency", bound="gt", f=("미수금", None, "한국가스공사", "", "level", "required", NOP))
d.D("지난해", "XXXX", "year", ctx="동남도시가스의 지난해 영업이익", rel=True, note=UNR)
d.Q("212억원", 21200000000, W, "원", "currency", f=("영업이익", None, S, "XXXX", "level"))
d.D("전년", "XXXX", "year", ctx="전년 대비 18%", rel=True, st="optional", note=PB + "; " + UNR)
d.Q("18%", 18, "%", "%", P, ctx="대비 18% 감소", f=("영업이익", None, S, "XXXX", "change"))
d.Q("1조340억원", 1034000000000, W, "원", "currency", f=("매출", None, S, "XXXX", "level"))
d.O("한국도시가스협회", "한국도시가스협회")
d.D("지난해", "XXXX", "year", ctx="따르면 지난해 전국", rel=True, note=UNR)
d.Q("258억㎥", 25800000000, CU, CU, M, approx=True, f=("전국 도시가스 판매량", None, "", "XXXX", "level"))
d.D("올해", "XXXX", "year", ctx="회사의 올해 공급", rel=True, note=UNR)
d.Q("11억5천만㎥", 1150000000, CU, CU, M, f=("공급 목표", None, S, "XXXX", "level"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="안에 read like 내/이내 (bound max)")
d.Q("500억원", 50000000000, W, "원", "currency", bound="min", f=("투자", "투자하겠다", S, "", "level", "required",
    "verbal noun as metric; 3년 안에 is a duration, not a period"))

# ---------------------------------------------------------------- 003 game publisher (입력 stamp; the year only in the stamp)
d = Doc("003_7aa8e0bef3850136", "2025-02-14"); docs.append(d)
S = "픽셀하우스게임즈"
PROD = "a figure of the game (a product, not an ORG): FACTS gives it an empty subject"
d.O("픽셀하우스", S, ctx="픽셀하우스 '아스테리아'")
d.Q("석 달", 3, "month", "달", "duration")
d.Q("1천만 다운로드", 10000000, "다운로드", "다운로드", C, st="optional",
    note="다운로드 is a counted noun, not a counter (ANNOTATION: counted nouns that are not counters are optional)")
d.D("2025.02.14", "2025-02-14", "day")
d.D("09:32", "2025-02-14T09:32", "day", st="optional", note=CLOCK)
d.O("픽셀하우스게임즈", S, aliases="픽셀하우스")
d.O("픽셀하우스", S, ctx="(이하 픽셀하우스)", st="optional", note=IHA)
d.D("지난해 11월", "2024-11", "month", rel=True)
d.Q("1천만 건", 10000000, "건", "건", C, bound="gt", f=("누적 다운로드", "'아스테리아'의 누적 다운로드", "", "", "level", "required",
    PROD + "; 지난해 11월 dates the launch and 14일 the announcement: neither is the figure's period"))
d.D("14일", "2025-02-14", "day", rel=True)
for q, v in (("310만 건", 3100000), ("240만 건", 2400000), ("180만 건", 1800000)):
    d.Q(q, v, "건", "건", C, f=("누적 다운로드", "'아스테리아'의 누적 다운로드", "", "", "level", "required",
        "breakdown by country (a place): metric is the measure noun; " + PROD))
d.Q("82%", 82, "%", "%", P, f=("해외 다운로드 비중", None, "", "", "level", "required", PROD))
d.D("지난달", "2025-01", "month", rel=True)
d.Q("640억원", 64000000000, W, "원", "currency", approx=True, f=("매출", "올린 매출은", "", "2025-01", "level", "required",
    PROD + "; 출시 후 지난달까지: as of 지난달"))
for q, v in (("260억원", 26000000000), ("190억원", 19000000000), ("110억원", 11000000000)):
    d.Q(q, v, W, "원", "currency", f=("매출", "올린 매출은", "", "2025-01", "level", "required",
        "breakdown by country (a place): metric is the measure noun; " + PROD))
d.O("픽셀하우스", S, ctx="픽셀하우스의 지난해")
d.D("지난해 4분기", "2024-Q4", "quarter", rel=True)
d.Q("412억원", 41200000000, W, "원", "currency", f=("매출", "4분기 매출은", S, "2024-Q4", "level"))
d.D("전 분기", "2024-Q3", "quarter", rel=True, st="optional", note=PB + " (전분기 is listed)", anchor="2024-10-01")
d.Q("2.3배", 2.3, "배", "배", C, f=("매출", "4분기 매출은", S, "2024-Q4", "change", "required",
    "전 분기의 2.3배로 뛰었다: a rate of change against the previous quarter (kind change, my reading)"))
d.Q("87억원", 8700000000, W, "원", "currency", f=("영업이익", None, S, "2024-Q4", "level"))
d.O("한울인베스트먼트", "한울인베스트먼트")
d.Q("21.4%", 21.4, "%", "%", P, f=("지분", None, "한울인베스트먼트", "", "level", "required", NOP))
d.O("센서타워", "센서타워")
d.D("지난해", "2024", "year", ctx="따르면 지난해 글로벌", rel=True)
d.Q("198억달러", 19800000000, U, "달러", "currency", f=("글로벌 모바일 RPG 시장 매출", None, "", "2024", "level"))
d.D("전년", "2023", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("6%", 6, "%", "%", P, f=("글로벌 모바일 RPG 시장 매출", None, "", "2024", "change"))
d.O("픽셀하우스", S, ctx="정민재 픽셀하우스 대표")
d.D("상반기", "2025-H1", "half", rel=True)
d.D("올해", "2025", "year", rel=True)
d.Q("2천만 건", 20000000, "건", "건", C, f=("누적 다운로드", "올해 누적 다운로드", "", "2025", "level", "required",
    "target in a quote; " + PROD))

# ---------------------------------------------------------------- 004 savings bank (byline at the end; years written, no publication date)
d = Doc("004_6e3100ab786fb583", ""); docs.append(d)
S, H = "새빛저축은행", "한빛금융지주"
IMPL = "headline amount whose currency is only implied (ANNOTATION: optional)"
d.Oall("새빛저축은행", S)
d.Oall("한빛금융지주", H)
d.Q("2조", 2000000000000, W, "", "currency", ctx="잔액 2조 돌파", bound="gt", st="optional", note=IMPL)
d.Q("1천억", 100000000000, W, "", "currency", ctx="1천억 증자", st="optional", note=IMPL)
d.D("2024년 말", "2024", "year", ctx="2024년 말 기준", mod="END")
d.Q("2조1천300억원", 2130000000000, W, "원", "currency", f=("대출 잔액", "기준 대출 잔액이", S, "2024", "level"))
d.D("2023년 말", "2023", "year", mod="END")
d.Q("2천450억원", 245000000000, W, "원", "currency", f=("대출 잔액", "기준 대출 잔액이", S, "2024", "change", "required",
    "늘어난 규모: metric is the thing whose size it is; period the current one (FACTS), not the basis 2023년 말"))
d.Q("13%", 13, "%", "%", P, ctx="(13%)", f=("대출 잔액", "기준 대출 잔액이", S, "2024", "change", "required", "a second measure of the same change, not a conversion"))
d.Q("1조2천억원", 1200000000000, W, "원", "currency", f=("기업대출", None, S, "2024", "level", "required", "breakdown: the item named is the metric"))
d.Q("8천600억원", 860000000000, W, "원", "currency", f=("가계대출", None, S, "2024", "level", "required", "breakdown: the item named is the metric"))
d.Q("700억원", 70000000000, W, "원", "currency", f=("기타 대출", None, S, "2024", "level", "required", "breakdown: the item named is the metric"))
PF = "부동산 프로젝트파이낸싱(PF) 대출"
d.Q("3천200억원", 320000000000, W, "원", "currency", f=(PF, None, S, "2024", "level"))
d.Q("15%", 15, "%", "%", P, f=(PF, None, S, "2024", "level", "required", "share of the item named (전체의 15%)"))
d.Q("7.8%", 7.8, "%", "%", P, f=("연체율", "연체율은 7.8%", S, "2024", "level"))
d.D("전년 말", "2023", "year", mod="END", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("연체율", "연체율은 7.8%", S, "2024", "change"))
d.Q("14만명", 140000, "명", "명", C, approx=True, f=("대출 고객", None, S, "2024", "level"))
d.O("금융감독원", "금융감독원")
d.D("같은 시점", "2024", "year", mod="END", rel=True, st="optional",
    note="points back to 2024년 말 (like 같은 기간, which ANNOTATION makes optional)", anchor="2024-01-01")
d.Q("79개", 79, "개", "개", C, f=("저축은행", "79개 저축은행", "", "2024", "level", "required", "the industry taken together: empty subject"))
d.Q("8.5%", 8.5, "%", "%", P, f=("평균 연체율", None, "", "2024", "level", "required", "the industry taken together: empty subject"))
d.Q("1위", 1, "위", "위", "ordinal")
d.O("SBI저축은행", "SBI저축은행")
d.Q("12조원", 12000000000000, W, "원", "currency", approx=True, f=("대출 잔액", "SBI저축은행의 대출 잔액", "SBI저축은행", "2024", "level"))
d.Q("1천억원", 100000000000, W, "원", "currency", f=("유상증자", None, H, "2025-04", "level", "required",
    "the parent's injection; 공시했다 only dates the disclosure"))
d.D("2025년 4월", "2025-04", "month")
d.D("2024년 말", "2024", "year", ctx="2024년 말 11.2%", mod="END")
d.Q("11.2%", 11.2, "%", "%", P, f=("BIS 자기자본비율", None, S, "2024", "level"))
d.O("BIS", "BIS", st="optional",
    note="an organization name used only as the modifier inside a longer non-organization name (ANNOTATION: optional)")
d.D("2025년 2분기", "2025-Q2", "quarter")
d.Q("13%", 13, "%", "%", P, ctx="2분기 13% 안팎", approx=True, f=("BIS 자기자본비율", None, S, "2025-Q2", "level"))
d.D("2024년", "2024", "year", ctx="한빛금융지주의 2024년 순이익")
d.Q("1천870억원", 187000000000, W, "원", "currency", f=("순이익", None, H, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년보다 9.6%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("9.6%", 9.6, "%", "%", P, f=("순이익", None, H, "2024", "change"))

# ---------------------------------------------------------------- 005 ministry youth employment (press release, no dateline)
d = Doc("005_3cc2481b1fc077f3", ""); docs.append(d)
S = "고용노동부"
PROG = "a count or sum of the ministry's program: the ministry as subject (as 알리바바그룹 for its festival's GMV in FACTS' examples)"
PERS = ("a figure describing the participants (persons), not the program's own size: subject 고용노동부 or empty is "
        "not settled by FACTS (open question)")
d.O("고용노동부", S, ctx="고용노동부, 2024년")
d.D("2024년", "2024", "year", ctx="고용노동부, 2024년")
d.Q("12만3천명", 123000, "명", "명", C, ctx="참여 12만3천명", f=("청년 일경험 참여", None, S, "2024", "level", "required", PROG))
d.O("고용노동부", S, ctx="고용노동부(이하", aliases="고용부")
d.O("고용부", S, ctx="(이하 고용부)", st="optional", note=IHA)
d.D("2024년", "2024", "year", ctx="는 2024년 '청년")
d.Q("12만3천명", 123000, "명", "명", C, ctx="청년이 12만3천명", f=("참여한 청년", None, S, "2024", "level", "required", PROG))
d.D("2023년", "2023", "year")
d.Q("9만8천명", 98000, "명", "명", C, f=("참여한 청년", None, S, "2023", "level"))
d.Q("25.5%", 25.5, "%", "%", P, f=("참여한 청년", None, S, "2024", "change", "required",
    "늘어난 규모: the thing whose size it is; period the current one (FACTS)"))
for q, v, m in (("5만1천명", 51000, "기업탐방형"), ("4만4천명", 44000, "인턴형"), ("2만8천명", 28000, "프로젝트형")):
    d.Q(q, v, "명", "명", C, f=(m, None, S, "2024", "level", "required", "breakdown: the item named is the metric"))
d.Q("5만9천명", 59000, "명", "명", C, f=("수도권 참여자", None, S, "2024", "level"))
d.Q("48%", 48, "%", "%", P, f=("수도권 참여자", None, S, "2024", "level"))
d.Q("26.4세", 26.4, "세", "세", C, f=("평균 연령", None, S, "2024", "level", "optional", PERS))
d.Q("3천400여 곳", 3400, "곳", "곳", C, approx=True, f=("참여 기업", None, S, "2024", "level"))
d.Q("78%", 78, "%", "%", P, f=("중소기업", None, S, "2024", "level", "required", "share of the item named (이 가운데)"))
d.Q("1천740억원", 174000000000, W, "원", "currency", f=("사업 예산", None, S, "2024", "level"))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator 1인당 (ANNOTATION: optional)")
d.Q("142만원", 1420000, W, "원", "currency", f=("지원", "지원됐다", S, "2024", "level", "required", "verbal noun as metric (평균 … 지원됐다)"))
d.Q("86%", 86, "%", "%", P, f=("응답자", None, S, "2024", "level", "optional", PERS))
d.O("한국고용정보원", "한국고용정보원")
d.D("2024년", "2024", "year", ctx="2024년 수료자")
d.Q("6개월", 6, "month", "개월", "duration", bound="max")
d.Q("47.2%", 47.2, "%", "%", P, f=("취업률", None, S, "2024", "level", "optional", PERS))
d.Q("35.6%", 35.6, "%", "%", P, f=("취업률", None, "", "2024", "level", "required", "non-participants of the same age: no ORG's figure"))
d.Q("11.6%포인트", 11.6, PP, "%포인트", P, f=("취업률", None, S, "2024", "change", "optional", PERS + "; a gap between two groups (kind change)"))
d.O("통계청", "통계청")
d.D("2024년", "2024", "year", ctx="2024년 청년층")
d.Q("15~29세", 15, "세", "세", C, hi=29, st="optional",
    note="definitional range inside the metric (FACTS: part of the metric, no fact); ANNOTATION does not say whether it is a mention")
d.Q("45.8%", 45.8, "%", "%", P, f=("청년층(15~29세) 고용률", None, "", "2024", "level", "required", "national statistic; 통계청 is the source"))
d.D("전년", "2023", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("0.6%포인트", 0.6, PP, "%포인트", P, f=("청년층(15~29세) 고용률", None, "", "2024", "change"))
d.O("고용부", S, ctx="김현우 고용부")
d.D("2025년", "2025", "year")
d.Q("15만명", 150000, "명", "명", C, bound="min", f=("참여 인원", None, S, "2025", "level"))
d.Q("2천억원", 200000000000, W, "원", "currency", bound="gt", f=("예산", "예산도 2천억원", S, "2025", "level"))

# ---------------------------------------------------------------- 006 dairy cooperative (기사입력 stamp; years relative in the body)
d = Doc("006_57ae9a40880474b4", "2025-07-03"); docs.append(d)
S = "영남낙농업협동조합"
d.Oall("영남낙협", S, special={1: ("optional", "parenthesized alias right after the full name: recorded in aliases "
                                              "(ANNOTATION); whether it is also a mention is not stated")})
d.D("상반기", "2025-H1", "half", ctx="영남낙협 상반기 원유", rel=True)
d.Q("8%", 8, "%", "%", P, ctx="수매량 8% 감소", f=("원유 수매량", "상반기 원유 수매량 8%", S, "2025-H1", "change"))
d.Q("1,084원", 1084, W, "원", "currency", ctx="리터당 1,084원 동결", f=("수매가", None, S, "2025-H1", "level", "required",
    "headline: the headline's own DATE (상반기) is the nearest period (FACTS: search the sentence)"))
d.D("2025-07-03", "2025-07-03", "day")
d.D("17:20", "2025-07-03T17:20", "day", st="optional", note=CLOCK)
d.Q("1천200여 곳", 1200, "곳", "곳", C, approx=True, f=("낙농가", "경북 낙농가", S, "2025-H1", "level", "required",
    "member farms of the cooperative; period from the sentence (올해 상반기)"))
d.O("영남낙농업협동조합", S, aliases="영남낙협")
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.Q("18만4천t", 184000, "t", "t", M, f=("원유 수매량", "상반기 원유 수매량이", S, "2025-H1", "level"))
d.D("지난해 상반기", "2024-H1", "half", rel=True)
d.Q("8.1%", 8.1, "%", "%", P, f=("원유 수매량", "상반기 원유 수매량이", S, "2025-H1", "change"))
d.D("3일", "2025-07-03", "day", rel=True)
d.D("6월", "2025-06", "month", ctx="이어진 6월 수매량", rel=True)
d.Q("2만8천t", 28000, "t", "t", M, f=("수매량", "6월 수매량이", S, "2025-06", "level"))
d.D("지난해 6월", "2024-06", "month", rel=True)
d.Q("12%", 12, "%", "%", P, bound="gt", f=("수매량", "6월 수매량이", S, "2025-06", "change"))
d.Oall("낙농진흥회", "낙농진흥회")
d.D("올해", "2025", "year", ctx="올해도 리터당", rel=True)
d.Q("1,084원", 1084, W, "원", "currency", ctx="리터당 1,084원으로", f=("원유 가격", None, S, "2025", "level"))
d.D("상반기", "2025-H1", "half", ctx="상반기 조합이", rel=True)
d.Q("1천995억원", 199500000000, W, "원", "currency", f=("원유 대금", None, S, "2025-H1", "level", "required", "조합 = 영남낙협"))
d.D("같은 기간", "2025-H1", "half", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("99만6천t", 996000, "t", "t", M, f=("전국 원유 생산량", None, "", "2025-H1", "level"))
d.Q("2.4%", 2.4, "%", "%", P, f=("전국 원유 생산량", None, "", "2025-H1", "change"))
d.Q("18.5%", 18.5, "%", "%", P, f=("점유율", None, S, "2025-H1", "level"))
d.Oall("매일유업", "매일유업")
d.Q("35%", 35, "%", "%", P, approx=True, f=("수매 원유", None, S, "2025-H1", "level", "required",
    "share of the purchased milk supplied to 매일유업; period carried from the subject's last one"))
d.Q("6만5천 마리", 65000, "마리", "마리", C, approx=True, f=("젖소", None, S, "2025-H1", "level", "required",
    "cows of the member farms: the cooperative's figure; period carried"))
d.D("올해", "2025", "year", ctx="올해 흰 우유", rel=True)
d.Q("4.5%", 4.5, "%", "%", P, f=("흰 우유 가격", None, "매일유업", "2025", "change"))
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (a target in a quote): the next H2")
d.Q("30억원", 3000000000, W, "원", "currency", f=("사료비 지원", None, S, "2025-H2", "level", "required", "the chairman's cooperative; target in a quote"))
d.D("올해", "2025", "year", ctx="올해 전체 수매량", rel=True)
d.Q("38만t", 380000, "t", "t", M, f=("수매량", "전체 수매량", S, "2025", "level", "required", "전체 qualifies the period (올해 전체): outside the metric"))

# ----------------------------------------------------------------------------------------------- end of documents


def coverage(docs):
    """Every run of digits (with , and .) that no QUANTITY, DATE or ORG row covers."""
    for doc in docs:
        spans = [(r["start"], r["end"]) for r in doc.q + doc.d + doc.o]
        for m in re.finditer(r"\d[\d,.]*", doc.text):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                ctx = doc.text[max(0, m.start() - 8):m.end() + 8].replace("\n", " / ")
                print(f"  uncovered {doc.doc_id[:3]} {m.group()!r} in …{ctx}…")


if __name__ == "__main__":
    write_all(docs)
    print("coverage pass (digits outside every row):")
    coverage(docs)
    print("per document (chars; Q, D, O, facts as required/optional):")
    for doc in docs:
        cells = []
        for rows in (doc.q, doc.d, doc.o, doc.f):
            req = sum(r["status"] == "required" for r in rows)
            cells.append(f"{req}/{len(rows) - req}")
        print(f"  {doc.doc_id} {doc.doc_date or '-'} {len(doc.text.rstrip(chr(10)))} " + " ".join(cells))
