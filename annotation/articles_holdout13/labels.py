"""Gold labels of articles-holdout13, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout13/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named before"

# ---------------------------------------------------------------- 001 wind-power developer (입력 + 수정 stamps, 이데일리 byline)
d = Doc("001_675ff856a8405dc0", "2025-11-20"); docs.append(d)
H = "해송윈드"
d.Oall(H, H, special={1: ("required", "introduced by 개발사"), 3: ("required", "between a person and a head's title")})
d.O("이데일리", "이데일리", note="outlet of the bracketed byline")
d.O("한국산업은행", "한국산업은행", note="lender (counterparty), not a subject")
d.O("윙스캔", "윙스캔", note="invented startup introduced by 스타트업; counterparty of the contract")
R = "2025-Q1/2025-Q3"
d.D("1~3분기", R, "quarter", ctx="해송윈드, 1~3분기", rel=True, note="a range of quarters is one DATE; no year: the document's")
d.D("2025.11.20", "2025-11-20", "day", ctx="입력 2025.11.20", st="optional", note="publication stamp")
d.D("2025.11.20", "2025-11-20", "day", ctx="수정 2025.11.20", st="optional", note="revision stamp: dates the page, not the document")
d.D("14:20", "2025-11-20T14:20", "day", st="optional", note="clock time of a stamp: an optional DATE (the format has no hour)")
d.D("15:02", "2025-11-20T15:02", "day", st="optional", note="clock time of a stamp: an optional DATE (the format has no hour)")
d.D("올해 1~3분기", R, "quarter", rel=True, note="올해 before a range of quarters: one mention")
d.D("전년 동기", "2024-Q1/2024-Q3", "quarter", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("20일", "2025-11-20", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", R, "quarter", ctx="같은 기간 영업이익은", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("3분기", "2025-Q3", "quarter", ctx="3분기만 보면", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 같은 기간", rel=True, note="the comparison's basis year")
d.D("같은 기간", "2024-Q3", "quarter", ctx="지난해 같은 기간", rel=True, st="optional", anchor="2024-01-01", note="points back (Q3 of 지난해)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention; 까지 outside")
d.D("지난달", "2025-10", "month", rel=True)
d.D("2030년", "2030", "year", note="까지 outside; a target year")
d.Q("1,240억", 124000000000, W, "", "currency", ctx="1,240억…", st="optional", note="headline amount, currency implied",
    f=("매출", None, H, R, "level"))
d.Q("31%", 31, "%", "%", P, ctx="발전량 31%↑", f=("발전량", "발전량 31%", H, R, "change", "required", "arrow after the figure: a change; the headline's 1~3분기"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("매출", "누적 매출이", H, R, "level", "required", "누적 qualifies the period: outside"))
d.Q("38.2%", 38.2, "%", "%", P, f=("매출", "누적 매출이", H, R, "change", "required", "전년 동기 = basis"))
d.Q("186억 원", 18600000000, W, "원", "currency", f=("영업이익", "영업이익은 186", H, R, "level", "required", "같은 기간 and the lead both give the range"))
d.Q("7곳", 7, "곳", "곳", C, f=("풍력단지", None, H, R, "level", "required", "a count between its noun and 의 counts the noun before it; 회사가 = the story's company"))
d.Q("612GWh", 612, "GWh", "GWh", M, f=("발전량", "발전량은 612", H, R, "level"))
d.Q("31%", 31, "%", "%", P, ctx="31% 증가", f=("발전량", "발전량은 612", H, R, "change"))
d.Q("452억 원", 45200000000, W, "원", "currency", f=("매출", "매출 452", H, "2025-Q3", "level"))
d.Q("71억 원", 7100000000, W, "원", "currency", f=("영업이익", "영업이익 71", H, "2025-Q3", "level"))
d.Q("29.4%", 29.4, "%", "%", P, f=("평균 이용률", None, H, "2025-Q3", "level", "required", "period carried in the paragraph (3분기만 보면)"))
d.Q("3.1%포인트", 3.1, PP, "%포인트", P, f=("평균 이용률", None, H, "2025-Q3", "change", "required", "지난해 같은 기간 = basis"))
d.Q("96MW", 96, "MW", "MW", M,
    f=("해상풍력 단지", None, H, "", "level", "optional",
       "규모 bridges to the noun after it; a project under construction (짓고 있는: going on) inside the topic's relative clause: "
       "no period, the sentence's as-of 9월 말, or the paragraph's 3분기 — unclear"))
d.Q("64%", 64, "%", "%", P, f=("공정률", None, H, "2025-09", "level", "required", "9월 말 기준"))
d.Q("450MW", 450, "MW", "MW", M, f=("설비용량", "설비용량을 450", H, "2026-H1", "level", "required", "…로 늘릴: the new level; a plan with a future date"))
d.Q("2,800억 원", 280000000000, W, "원", "currency",
    f=("프로젝트 파이낸싱", None, H, "2026-H1", "level", "required",
       "X 규모의 Y → Y; the lender group is the counterparty; a plan (조달하기로) takes the future period of the paragraph"))
d.Q("3년", 3, "year", "년", "duration", note="간 outside")
d.Q("42억 원", 4200000000, W, "원", "currency",
    f=("유지보수 계약", None, H, "2025-10", "level", "required", "규모 bridges to the noun; the counterparty 윙스캔 is not the subject"))
d.Q("1GW", 1, "GW", "GW", M,
    f=("누적 설비용량", None, H, "2030", "level", "optional",
       "a target in a quote after a person's title as topic: Named subjects (empty) or the company's own goal — unclear"))

# ---------------------------------------------------------------- 002 two steel-pipe exporters compared (Yonhap dateline, no year anywhere)
d = Doc("002_274688211a765733", "2025-11-14"); docs.append(d)
SA, HU = "세아제강", "휴스틸"
d.Oall(SA, SA)
d.Oall(HU, HU)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국철강협회", "한국철강협회", note="source of an industry statistic (에 따르면), no subject")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="휴스틸, 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="휴스틸의 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="세아제강은 3분기", rel=True)
d.D("14일", "2025-11-14", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", ctx="휴스틸은 같은 기간", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("3분기", Q3, "quarter", ctx="세아제강의 3분기", rel=True)
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("내년", "2026", "year", rel=True, note="까지 outside")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="a target: the coming (current) Q4")
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a range of months: one mention")
d.D("전년 같은 기간", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note=PB + " (one mention, like 전년 동기)")
SP = "같은 기간 (optional) and the lead's 3분기 both give 2025-Q3"
d.Q("4,210억 원", 421000000000, W, "원", "currency", f=("매출", "매출 4,210", SA, Q3, "level"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", "영업이익 312", SA, Q3, "level"))
d.Q("1,580억 원", 158000000000, W, "원", "currency", f=("매출", "매출 1,580", HU, Q3, "level", "required", SP))
d.Q("46억 원", 4600000000, W, "원", "currency", f=("영업이익", "영업이익 46", HU, Q3, "level", "required", SP))
d.Q("8.3%", 8.3, "%", "%", P, f=("영업이익", "세아제강의 영업이익은", SA, Q3, "change", "required", "전년 동기 = basis; lead's period"))
d.Q("61.2%", 61.2, "%", "%", P,
    f=("영업이익", "세아제강의 영업이익은", HU, Q3, "change", "required",
       "a clause with a topic of its own after a genitive owner is the topic's; no metric of its own: the figure before's"))
EACH = ("두 회사의 매출은 각각: the two companies named before, in order (a reader's reading; the Each line names A와 B, "
        "here a group noun standing for them — README question)")
d.Q("2.1%", 2.1, "%", "%", P, f=("매출", "두 회사의 매출은", SA, Q3, "change", "required", EACH))
d.Q("17.4%", 17.4, "%", "%", P, f=("매출", "두 회사의 매출은", HU, Q3, "change", "required", EACH))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="두 + a noun that is no counter: counted with the noun as unit, optional")
d.Q("14만 2천t", 142000, "t", "t", M, f=("강관 수출량", "3분기 강관 수출량은", SA, Q3, "level"))
d.Q("5.6%", 5.6, "%", "%", P, f=("강관 수출량", "3분기 강관 수출량은", SA, Q3, "change", "required", "전 분기 = basis"))
d.Q("4만 8천t", 48000, "t", "t", M, f=("강관 수출량", "3분기 강관 수출량은", HU, Q3, "level", "required",
    "topic of its own after a comma, the figure's word left out: the last figure's metric of the same unit"))
d.Q("22%", 22, "%", "%", P, f=("강관 수출량", "3분기 강관 수출량은", HU, Q3, "change"))
d.Q("71%", 71, "%", "%", P, f=("미국 유정용 강관 수출 비중", None, SA, Q3, "level", "required", "a name opening its clause as subject: its own figure"))
d.Q("54%", 54, "%", "%", P, f=("미국 유정용 강관 수출 비중", None, HU, Q3, "level"))
PL = "a plan (계획이다): no date of its own before the figure (내년까지 stands after the connective 늘리기 위해 and dates the next clause)"
d.Q("25만t", 250000, "t", "t", M, f=("생산능력", None, SA, "", "level", "required", "the starting value; " + PL))
d.Q("40만t", 400000, "t", "t", M, f=("생산능력", None, SA, "", "level", "required", "the new value; " + PL))
d.Q("1,900억 원", 190000000000, W, "원", "currency",
    f=("투입", None, SA, "2026", "level", "required", "a spend verb with no purpose marked by 에: the verbal noun; 내년까지"))
d.Q("1,700억 원", 170000000000, W, "원", "currency",
    f=("매출 목표", None, HU, "2025-Q4", "level", "required", "the object right before a figure that sets it"))
d.Q("112만t", 1120000, "t", "t", M,
    f=("강관 수출량", "국내 강관 수출량은", "", "2025-01/2025-09", "level", "required", "an industry statistic cited (에 따르면): no subject"))
d.Q("9.8%", 9.8, "%", "%", P, f=("강관 수출량", "국내 강관 수출량은", "", "2025-01/2025-09", "change"))

# ---------------------------------------------------------------- 003 ticketing platform's year (입력 stamp, byline line of its own)
d = Doc("003_6685161707a96a74", "2025-12-29"); docs.append(d)
MO = "모아티켓"
d.Oall(MO, MO, special={1: ("required", "introduced by 플랫폼"), 2: ("required", "between a person and a head's title")})
d.O("머니투데이", "머니투데이", note="outlet of the byline on a line of its own")
d.O("루나틱스", "루나틱스", st="optional", note="a music group (performing act): optional")
R3 = "2025-01/2025-12-27"
d.D("2025", "2025", "year", ctx="[2025 결산]", note="a recap's title names its year bare")
d.D("2025.12.29", "2025-12-29", "day", st="optional", note="publication stamp")
d.D("10:05", "2025-12-29T10:05", "day", st="optional", note="clock time of a stamp: an optional DATE (the format has no hour)")
d.D("올해 1월", "2025-01", "month", rel=True, note="A부터 B까지: two mentions")
d.D("12월 27일", "2025-12-27", "day", rel=True, note="takes the year named earlier in the sentence (올해)")
d.D("지난해", "2024", "year", rel=True, note="basis of the comparison")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", R3, "day", rel=True, st="optional", anchor="2025-01-01", note=PB + " (올해 1월부터 12월 27일까지)")
d.D("올해", "2025", "year", ctx="올해 최단", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 2.3배", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난 3월", "2025-03", "month", rel=True)
d.D("올해", "2025", "year", ctx="회사는 올해", rel=True)
d.D("내년", "2026", "year", rel=True)
d.D("올해", "2025", "year", ctx="올해만", rel=True, note="만 outside")
LEADR = "the lead's range (A부터 B까지 as the figure's time)"
d.Q("1,180만 장", 11800000, "장", "장", C, ctx="티켓 1,180만 장 팔았다",
    f=("공연 티켓", "공연 티켓 1,180만", MO, "2025", "level", "required", "the headline's own date ([2025 결산])"))
d.Q("1,180만 장", 11800000, "장", "장", C, ctx="티켓이 1,180만 장",
    f=("공연 티켓", "판매한 공연 티켓이", MO, R3, "level", "required", LEADR))
d.Q("14.6%", 14.6, "%", "%", P, f=("공연 티켓", "판매한 공연 티켓이", MO, R3, "change", "required", "지난해보다 = basis"))
d.Q("9,420억 원", 942000000000, W, "원", "currency", f=("거래액", None, MO, R3, "level", "required", "같은 기간 and the lead give one range"))
BD = "breakdown (장르별로는): the categories keep the figure before's metric; the platform carried, a genre is no subject"
d.Q("4,310억 원", 431000000000, W, "원", "currency", f=("거래액", None, MO, R3, "level", "required", BD))
d.Q("2,680억 원", 268000000000, W, "원", "currency", f=("거래액", None, MO, R3, "level", "required", BD))
d.Q("740억 원", 74000000000, W, "원", "currency", f=("거래액", None, MO, R3, "level", "required", BD))
d.Q("9만 6천 석", 96000, "석", "석", C,
    f=("좌석", None, "", R3, "level", "optional",
       "a concert's seats, owned by a music group (an optional ORG) or by no one; 올해 after the connective dates the next clause"))
d.Q("2분", 2, "minute", "분", "duration", note="만에 outside")
AGE = "an age bracket without a word for people after it: optional"
RK = "a ranking of the topic 예매자: each item's share of the platform's bookers"
d.Q("30대", 30, "대", "대", C, hi=39, st="optional", note=AGE)
d.Q("34.2%", 34.2, "%", "%", P, f=("예매자", None, MO, R3, "level", "required", RK))
d.Q("20대", 20, "대", "대", C, hi=29, st="optional", note=AGE)
d.Q("29.8%", 29.8, "%", "%", P, f=("예매자", None, MO, R3, "level", "required", RK))
d.Q("40대", 40, "대", "대", C, hi=49, st="optional", note=AGE)
d.Q("21.5%", 21.5, "%", "%", P, f=("예매자", None, MO, R3, "level", "required", RK))
d.Q("42만 장", 420000, "장", "장", C, f=("외국인 예매", None, MO, R3, "level"))
d.Q("2.3배", 2.3, "배", "배", C, f=("외국인 예매", None, MO, R3, "change", "required", "a multiple reached by a change word (늘었다)"))
d.Q("3개", 3, "개", "개", C, f=("언어", "3개 언어", MO, "2025-03", "level", "required", "the counted noun after it; 지난 3월"))
d.Q("18곳", 18, "곳", "곳", C, f=("공연 기획사", None, MO, "2025", "level", "required", "회사는 = 모아티켓; 올해"))
d.Q("10%", 10, "%", "%", P, f=("해외 예매 비중", None, MO, "2026", "level", "required", "…로 끌어올릴 계획: the target level; 내년"))
d.Q("3만 2천 개", 32000, "개", "개", C,
    f=("부정 예매 계정", None, MO, "2025", "level", "optional",
       "in a quote after a person's title as topic (Named subjects: empty) or the company's own act — unclear"))

# ---------------------------------------------------------------- 004 private-education statistics (Yonhap dateline; the year in the release title)
d = Doc("004_6f9bfc1d46550606", "2025-03-13"); docs.append(d)
MOE = "교육부"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(MOE, MOE)
d.O("통계청", "통계청", note="the agency a statistic is attributed to: source, not subject")
d.O("웅진씽크빅", "웅진씽크빅", note="a company named only in passing (introduced by 업체), no figure of its own")
Y4 = "2024"
d.D("작년", Y4, "year", rel=True)
d.D("13일", "2025-03-13", "day", rel=True, note="day of the release (발표한)")
d.D("2024년", Y4, "year", st="optional", note="a year inside a quoted release title: DATE or part of the title")
d.D("지난해", Y4, "year", rel=True)
d.D("전년", "2023", "year", rel=True, st="optional", anchor="2024-01-01", note=PB)
d.D("같은 기간", Y4, "year", rel=True, st="optional", anchor="2024-01-01", note=PB)
d.D("올해", "2025", "year", rel=True)
NS = "a national statistic the ministry and the agency report (에 따르면): no subject; "
d.Q("29조2천억", 29200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("사교육비", "작년 사교육비", "", Y4, "level"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 월 59", st="optional", note="the dummy 1 of a rate (1인당)")
d.Q("59만원", 590000, W, "원", "currency",
    f=("사교육비", "작년 사교육비", "", Y4, "level", "optional",
       "headline part after an ellipsis with no noun of its own: 사교육비 of the part before, or none — unclear"))
d.Q("4년", 4, "year", "년", "duration", ctx="4년 연속", note="4년 연속: an amount of time, no fact")
d.Q("29조 2천억 원", 29200000000000, W, "원", "currency", f=("사교육비 총액", None, "", Y4, "level", "required", NS + "지난해"))
d.Q("7.7%", 7.7, "%", "%", P, f=("사교육비 총액", None, "", Y4, "change", "required", NS + "전년보다 = basis"))
d.Q("513만 명", 5130000, "명", "명", C, f=("학생 수", "학생 수는 513", "", Y4, "level", "required", NS + "같은 기간 and the lead give 2024"))
d.Q("1.5%", 1.5, "%", "%", P, ctx="1.5% 줄었지만", f=("학생 수", "학생 수는 513", "", Y4, "change"))
d.Q("80.0%", "80.0", "%", "%", P, f=("사교육 참여율", None, "", Y4, "level"))
d.Q("1.5%포인트", 1.5, PP, "%포인트", P, f=("사교육 참여율", None, "", Y4, "change"))
d.Q("1인", 1, "인", "인", C, ctx="학생의 1인당", st="optional", note="the dummy 1 of a rate (1인당)")
MS = "월평균 사교육비는 59"
d.Q("59만 2천 원", 592000, W, "원", "currency",
    f=("사교육비", MS, "", Y4, "level", "required", "월평균 and 1인당 qualify the basis; new paragraph: no story organization, the lead's 2024"))
BD = "breakdown (학교급별로는): the categories keep the figure before's metric; no subject"
d.Q("77만 4천 원", 774000, W, "원", "currency", f=("사교육비", MS, "", Y4, "level", "required", BD))
d.Q("67만 5천 원", 675000, W, "원", "currency", f=("사교육비", MS, "", Y4, "level", "required", BD))
d.Q("50만 3천 원", 503000, W, "원", "currency", f=("사교육비", MS, "", Y4, "level", "required", BD))
d.Q("41.9%", 41.9, "%", "%", P, f=("참여율", "과목별 참여율은", "", Y4, "level", "required", "a breakdown naming its measure as topic after a word in 별"))
d.Q("40.3%", 40.3, "%", "%", P, f=("참여율", "과목별 참여율은", "", Y4, "level"))
d.Q("45.2%", 45.2, "%", "%", P, f=("방과후학교 참여율", None, "", Y4, "level"))
d.Q("2.8%포인트", 2.8, PP, "%포인트", P, f=("방과후학교 참여율", None, "", Y4, "change"))
DEF = "a definitional bound of the households measured (part of the metric): no fact of its own"
d.Q("800만 원", 8000000, W, "원", "currency", bound="min", f=("", None, "", "", "level", "optional", DEF))
d.Q("1인", 1, "인", "인", C, ctx="학생 1인당 월평균", st="optional", note="the dummy 1 of a rate (1인당)")
M67 = "월평균 사교육비는 67"
d.Q("67만 1천 원", 671000, W, "원", "currency", f=("사교육비", M67, "", Y4, "level"))
d.Q("300만 원", 3000000, W, "원", "currency", bound="lt", f=("", None, "", "", "level", "optional", DEF))
d.Q("20만 원", 200000, W, "원", "currency",
    f=("사교육비", M67, "", Y4, "level", "required", "a topic going on from the sentence before with the figure's word left out: its metric"))
d.Q("1조 5천억 원", 1500000000000, W, "원", "currency",
    f=("늘봄학교", None, MOE, "2025", "level", "required", "the ministry's own spend (투입), the purpose marked by 에 before the amount"))

# ---------------------------------------------------------------- 005 상조 company press release (no date at all)
d = Doc("005_efc64e7d6ab71b4c", "2025-12-15"); docs.append(d)
NG = "늘곁상조"
d.Oall(NG, NG)
d.O("하나은행", "하나은행", note="the bank holding the deposit (counterparty), not a subject")
d.O("한울나눔협동조합", "한울나눔협동조합", note="invented cooperative introduced by 단체; partner with 손잡고")
N11 = "2025-11"
d.D("11월 말", N11, "month", mod="END", rel=True, note="as of (기준); no year: the latest November on or before the intended date")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="basis of the comparison")
d.D("올해 1~11월", "2025-01/2025-11", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", ctx="지난해보다 9%", rel=True, note="basis")
d.D("올해", "2025", "year", ctx="올해 치른", rel=True)
d.D("올해", "2025", "year", ctx="올해 장례지도사", rel=True)
d.D("올해", "2025", "year", ctx="올해 612억", rel=True)
d.D("내년", "2026", "year", rel=True, note="a plan")
d.D("지난 9월", "2025-09", "month", rel=True)
LEAD = "the headline finds no date: the story's period, the lead's first figure's as-of (11월 말)"
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt",
    f=("고객 선수금", "고객 선수금 1조 원", NG, N11, "level", "required", "돌파 gives gt; " + LEAD))
d.Q("61만 명", 610000, "명", "명", C, f=("유료 가입자", None, NG, N11, "level", "required", LEAD))
d.Q("1조 120억 원", 1012000000000, W, "원", "currency", f=("고객 선수금", "기준 고객 선수금이", NG, N11, "level", "required", "11월 말 기준"))
d.Q("1,340억 원", 134000000000, W, "원", "currency",
    f=("고객 선수금", "기준 고객 선수금이", NG, N11, "change", "required",
       "…늘어난 규모다: the measure of the sentence before; 지난해 말보다 = basis"))
d.Q("15.3%", 15.3, "%", "%", P, f=("고객 선수금", "기준 고객 선수금이", NG, N11, "change", "required", "in brackets after the change it restates"))
d.Q("61만 2천 명", 612000, "명", "명", C, f=("유료 가입 고객", None, NG, N11, "level", "required", "new paragraph: the story's organization and period"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: an amount of time (within a year)")
d.Q("4만 명", 40000, "명", "명", C, bound="gt", f=("유료 가입 고객", None, NG, N11, "change", "required", "넘게 gives gt; a bound word before the change word leaves it a change"))
d.Q("8만 4천 건", 84000, "건", "건", C, f=("신규 가입 계약", None, NG, "2025-01/2025-11", "level"))
d.Q("27%", 27, "%", "%", P, f=("가입 비중", None, NG, "2025-01/2025-11", "level", "required", "period last set in the paragraph (올해 1~11월)"))
d.Q("9%포인트", 9, PP, "%포인트", P, f=("가입 비중", None, NG, "2025-01/2025-11", "change", "required", "지난해보다 = basis"))
d.Q("2만 1,300건", 21300, "건", "건", C, f=("장례 행사", None, NG, "2025", "level"))
d.Q("58%", 58, "%", "%", P,
    f=("장례 행사", None, NG, "2025", "level", "required", "a share whose part (수도권, a place) names no measure: the whole before"))
d.Q("140명", 140, "명", "명", C, f=("장례지도사", None, NG, "2025", "level"))
d.Q("50%", 50, "%", "%", P,
    f=("선수금", "선수금의 50%", NG, "", "level", "required",
       "a share of a whole with no part named: the whole; 회사는 = 늘곁상조; what is going on (예치하고 있다): no past period"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("해약 환급금", None, NG, "2025", "level", "required", "a figure taken as something (…로는)"))
d.Q("3곳", 3, "곳", "곳", C, f=("직영 장례식장", None, NG, "2026", "level", "required", "a plan with its own future date (내년)"))
d.Q("30억 원", 3000000000, W, "원", "currency",
    f=("반려동물 장례 서비스", None, NG, "2026", "level", "required", "X에 N원을 투입: X; a later clause of the sentence takes its date"))
d.Q("120명", 120, "명", "명", C,
    f=("무연고 사망자", None, NG + ";한울나눔협동조합", "2025-09", "level", "required", "a partner with 손잡고 joins the carried subject"))

# ---------------------------------------------------------------- 006 medical-device maker's half year (뉴시스 dateline, no year anywhere)
d = Doc("006_03947cdecefa98c3", "2025-08-12"); docs.append(d)
MD = "메디센스"
d.Oall(MD, MD, special={1: ("required", "introduced by 업체")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("걸프메드", "걸프메드", note="invented distributor introduced by 유통사; counterparty of the contract")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="메디센스, 상반기", rel=True)
d.D("상반기", H1, "half", ctx="메디센스는 상반기", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("12일", "2025-08-12", "day", rel=True, note="day of the report (밝혔다)")
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("상반기", H1, "half", ctx="연구개발비는 상반기", rel=True)
d.D("지난달", "2025-07", "month", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (늘린다)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("연말", "2025", "year", mod="END", rel=True, note="까지 outside; future clause (예정)")
d.Q("612억", 61200000000, W, "", "currency", ctx="612억 '", st="optional", note="headline amount, currency implied",
    f=("매출", "매출 612억 '", MD, H1, "level"))
d.Q("70%", 70, "%", "%", P, bound="gt",
    f=("해외 비중", None, MD, H1, "level", "required", "넘어 gives gt; a headline part after an ellipsis is the headline's (상반기)"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("매출", "매출이 612", MD, H1, "level"))
d.Q("23.4%", 23.4, "%", "%", P, f=("매출", "매출이 612", MD, H1, "change", "required", "전년 동기 대비 = basis"))
d.Q("98억 원", 9800000000, W, "원", "currency", f=("영업이익", "영업이익은 98", MD, H1, "level"))
d.Q("41%", 41, "%", "%", P, f=("영업이익", "영업이익은 98", MD, H1, "change"))
d.Q("16.0%", "16.0", "%", "%", P, f=("영업이익률", None, MD, H1, "level"))
BD = "a breakdown naming its measure as topic after a word in 별 (제품별 매출은); the company carried, a product is no subject"
d.Q("384억 원", 38400000000, W, "원", "currency", f=("매출", "제품별 매출은", MD, H1, "level", "required", BD))
d.Q("152억 원", 15200000000, W, "원", "currency", f=("매출", "제품별 매출은", MD, H1, "level", "required", BD))
d.Q("76억 원", 7600000000, W, "원", "currency", f=("매출", "제품별 매출은", MD, H1, "level", "required", BD))
d.Q("444억 원", 44400000000, W, "원", "currency", f=("해외 매출", "해외 매출은 444", MD, H1, "level"))
d.Q("72.5%", 72.5, "%", "%", P, f=("해외 매출", "해외 매출은 444", MD, H1, "level", "required", "a share of a whole: the part a measure before it names"))
BR = "breakdown (지역별로는): the figure before's metric (해외 매출); a region is no subject"
d.Q("221억 원", 22100000000, W, "원", "currency", f=("해외 매출", "해외 매출은 444", MD, H1, "level", "required", BR))
d.Q("96억 원", 9600000000, W, "원", "currency", f=("해외 매출", "해외 매출은 444", MD, H1, "level", "required", BR))
d.Q("63억 원", 6300000000, W, "원", "currency", f=("해외 매출", "해외 매출은 444", MD, H1, "level", "required", BR))
d.Q("331억 원", 33100000000, W, "원", "currency", f=("매출", "매출은 331", MD, "2025-Q2", "level"))
d.Q("74억 원", 7400000000, W, "원", "currency", f=("연구개발비", None, MD, H1, "level"))
d.Q("12.1%", 12.1, "%", "%", P, f=("연구개발비", None, MD, H1, "level", "required", "a share of a whole (매출의): the part named before"))
d.Q("5년", 5, "year", "년", "duration", note="간 outside")
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("공급 계약", None, MD, "2025-07", "level", "required", "규모 bridges to the noun; the counterparty is not the subject"))
d.Q("350억 원", 35000000000, W, "원", "currency", f=("오송 제2공장", None, MD, "2025-H2", "level", "required", "X에 N원을 투입 → X"))
d.Q("제2공장", 2, "공장", "공장", "ordinal", st="optional", note="a plant's name with 제 and a number: a name, or an ordinal (holdout5's open question)")
CAP = ("a change of capacity in the clause after the one the date 하반기 opens: both figures the plan's H2 (a later clause takes "
       "the date), or the starting value the present — unclear")
d.Q("200만 개", 2000000, "개", "개", C, f=("생산능력", None, MD, "2025-H2", "level", "optional", CAP))
d.Q("500만 개", 5000000, "개", "개", C, f=("생산능력", None, MD, "2025-H2", "level", "optional", CAP))
d.Q("312명", 312, "명", "명", C, f=("직원", None, MD, "2025-06", "level", "required", "6월 말 기준; new paragraph: the story's organization"))
d.Q("38%", 38, "%", "%", P, f=("연구 인력", "이 중 연구 인력이", MD, "2025-06", "level", "required", "a part after 이 중 keeps the carried subject"))
d.Q("30명", 30, "명", "명", C,
    f=("연구 인력", "연구 인력을 30명", MD, "2025", "level", "required", "the object right before the count; 연말까지 (2025, END)"))

if __name__ == "__main__":
    write_all(docs)
