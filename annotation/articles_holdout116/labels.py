"""Gold labels of articles-holdout116, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout116/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
BASIS = "basis figure in brackets after a pointing-back date: its period is that date's value"
PART = "breakdown item: no measure noun in its clause, the part's name is the metric (W116 convention)"
HEAD = "a head's quote speaks for the organization he or she heads"
LEAD = "period carried forward from the lead for the same subject"


# ---------------------------------------------------------------- 001 character licensing: revenue by region (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_3df7fdbd075fda4a", "2026-02-10"); docs.append(d)
S = "몽글스튜디오"
d.Oall(S, S)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", aliases="콘진원", note="cited source; `(이하 콘진원)` recorded as alias")
d.O("콘진원", "한국콘텐츠진흥원", ctx="이하 콘진원", st="optional", note="short name where it is defined with 이하 (ANNOTATION: optional)")
d.O("콘진원", "한국콘텐츠진흥원", ctx="콘진원은", note="later use of the 이하 short name: required")
d.O("바니앤코", "바니앤코", note="invented rival (경쟁사)")
d.O("몽글홀딩스", "몽글홀딩스", note="invented parent (모회사)")
Y, N = "2025", "2026"
d.D("지난해", Y, "year", ctx="지난해 라이선스", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년(474억원)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", ctx="전년 대비 2배", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as-of date (기준)")
d.D("올해", N, "year", ctx="올해 캐릭터", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난달", "2026-01", "month", rel=True)
d.D("올해", N, "year", ctx="올해 라이선스", rel=True, note="future target in a quote")
LM = "라이선스 매출"
d.Q("612억원", "61200000000", W, "원", "currency", ctx="612억원…", f=(LM, "지난해 라이선스 매출", S, Y, "level"))
d.Q("50%", "50", "%", "%", P, bound="gt", note="돌파 → gt", f=("해외 비중", "해외 비중 첫", S, Y, "level"))
d.Q("612억원", "61200000000", W, "원", "currency", ctx="612억원으로", f=(LM, "2025년 라이선스 매출", S, Y, "level"))
d.Q("474억원", "47400000000", W, "원", "currency", note=BASIS, f=(LM, "2025년 라이선스 매출", S, "2024", "level"))
d.Q("29.1%", "29.1", "%", "%", P, f=(LM, "2025년 라이선스 매출", S, Y, "change"))
d.Q("318억원", "31800000000", W, "원", "currency", f=("해외 매출", None, S, Y, "level"))
d.Q("52%", "52", "%", "%", P, note="share of the whole (전체의 N%를 차지): the part is the metric",
    f=("해외 매출", None, S, Y, "level"))
d.Q("142억원", "14200000000", W, "원", "currency", f=("중국", None, S, Y, "level", "required", PART))
d.Q("96억원", "9600000000", W, "원", "currency", f=("동남아시아", None, S, Y, "level", "required", PART))
d.Q("51억원", "5100000000", W, "원", "currency", f=("북미", None, S, Y, "level", "required", PART))
d.Q("2배", "2", "배", "배", C, approx=True, note="가까이 → approx (W116 convention)",
    f=("북미", None, S, Y, "change", "required", "N배 against the year before (늘었다): a change"))
d.Q("294억원", "29400000000", W, "원", "currency", f=("국내 매출", None, S, Y, "level"))
d.Q("3.5%", "3.5", "%", "%", P, f=("국내 매출", None, S, Y, "change"))
d.Q("1천240건", "1240", "건", "건", C, f=("라이선스 계약", "라이선스 계약은", S, Y, "level"))
d.Q("1년", "1", "year", "년", "duration", ctx="1년 새", note="`새` after an amount of time = within: a duration (as 간/동안)")
d.Q("180여건", "180", "건", "여건", C, approx=True, f=("라이선스 계약", "라이선스 계약은", S, Y, "change"))
d.Q("37개국", "37", "개국", "개국", C, f=("계약 파트너사", None, S, Y, "level", "required",
    "the countries of the partners: the nearest noun naming what is counted; as-of date carried"))
d.Q("410곳", "410", "곳", "곳", C, f=("계약 파트너사", None, S, Y, "level"))
d.Q("16조8천억원", "16800000000000", W, "원", "currency", approx=True,
    f=("국내 캐릭터 산업 매출", None, "", "", "level", "required",
       "industry figure, 콘진원 only the source: no subject; no DATE for this metric anywhere before: empty period"))
d.Q("2조원", "2000000000000", W, "원", "currency", bound="gt",
    f=("수출액", None, "", "", "level", "required", "part of the industry figure; no subject, no period"))
d.Q("120억원", "12000000000", W, "원", "currency", f=("캐릭터 수출 지원 예산", None, "한국콘텐츠진흥원", N, "level"))
d.Q("580억원", "58000000000", W, "원", "currency", approx=True, note="안팎 → approx",
    f=(LM, "같은 기간 라이선스 매출", "바니앤코", Y, "level", "required", "같은 기간 → the lead's year"))
d.Q("200억원", "20000000000", W, "원", "currency", f=("출자", None, "몽글홀딩스", "2026-01", "level", "required",
    "verbal noun of 출자했다; the parent invests: its figure"))
d.Q("800억원", "80000000000", W, "원", "currency", f=(LM, "올해 라이선스 매출", S, N, "level", "required", HEAD))
d.Q("60%", "60", "%", "%", P, bound="min", f=("해외 비중", "해외 비중 60%", S, N, "level", "required", HEAD))
d.Q("3년", "3", "year", "년", "duration", bound="max", note="`안에` = 내/이내 → bound max (W116 convention); duration, no fact")


# ---------------------------------------------------------------- 002 laver export cooperative: exports by country (bracket byline, no year anywhere)
d = Doc("002_82bb440c49773e6a", "2026-01-14"); docs.append(d)
S = "완도청정해조류수출협동조합"
d.O(S, S, aliases="해조류조합", note="`(이하 해조류조합)` recorded as alias")
d.Oall("해조류조합", S, special={0: ("required", "headline: short form of the full name (place 완도 outside the span)"),
                                 1: ("optional", "short name where it is defined with 이하 (ANNOTATION: optional)"),
                                 4: ("required", "organization before a head's title (이사장)")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("해양수산부", "해양수산부", note="ministry cited as the source (에 따르면)")
d.O("그린웨이브푸드", "그린웨이브푸드", note="invented customer (거래처)")
Y, N = "2025", "2026"
d.D("지난해", Y, "year", ctx="지난해 김 수출 1억8천만", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="지난해 김 수출액", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 14.6%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("14일", "2026-01-14", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년 동기", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="bare quarter: the latest Q4 on or before the document date")
d.D("1년 전", Y, "year", rel=True, note="offset from the document date (ANNOTATION: `10년 전` → that year)")
d.D("지난해", Y, "year", ctx="지난해 국내", rel=True)
d.D("올해", N, "year", ctx="올해 구매", rel=True)
d.D("올해", N, "year", ctx="올해 수출", rel=True, note="future target in a quote")
d.Q("1억8천만달러", "180000000", U, "달러", "currency", f=("김 수출", "김 수출 1억8천만", S, Y, "level", "required",
    "headline: the headline's organization and DATE"))
d.Q("22%", "22", "%", "%", P, ctx="美 22%", f=("美", None, S, Y, "change", "required",
    "headline; 美 is a country (no ORG), the part exported to: the metric (W116 convention)"))
d.Q("1억8천200만달러", "182000000", U, "달러", "currency", f=("김 수출액", None, S, Y, "level"))
d.Q("14.6%", "14.6", "%", "%", P, f=("김 수출액", None, S, Y, "change"))
d.Q("2만1천t", "21000", "t", "t", M, f=("수출 물량", "수출 물량은", S, Y, "level"))
d.Q("8%", "8", "%", "%", P, f=("수출 물량", "수출 물량은", S, Y, "change"))
d.Q("5천400만달러", "54000000", U, "달러", "currency", f=("미국", "미국이", S, Y, "level", "required", PART))
d.Q("3천900만달러", "39000000", U, "달러", "currency", f=("중국", None, S, Y, "level", "required", PART))
d.Q("3천100만달러", "31000000", U, "달러", "currency", f=("일본", None, S, Y, "level", "required", PART))
d.Q("22%", "22", "%", "%", P, ctx="대비 22%", f=("미국 수출", None, S, Y, "change"))
d.Q("30%", "30", "%", "%", P, approx=True, f=("미국 수출", None, S, Y, "level", "required", "share of the whole: the part is the metric"))
d.Q("2천만달러", "20000000", U, "달러", "currency", bound="gt", f=("동남아 수출", None, S, Y, "level"))
d.Q("5천300만달러", "53000000", U, "달러", "currency", approx=True,
    note="suffix 어치 after the unit stays outside and sets approx (ANNOTATION: `달러치`)",
    f=("선적", None, S, "2025-Q4", "level", "required", "verbal noun of 선적했다; 4분기 in the clause"))
d.Q("320곳", "320", "곳", "곳", C, f=("회원 어가", None, S, "2025-Q4", "level", "optional",
    "open question 2: a current count with no DATE of its own (carry-forward gives 4분기, a reader 'now')"))
d.Q("15곳", "15", "곳", "곳", C, f=("회원 어가", None, S, "2025-Q4", "change", "optional", "open question 2"))
d.Q("11억3천만달러", "1130000000", U, "달러", "currency", approx=True,
    f=("국내 김 수출", None, "", Y, "level", "required", "national figure, the ministry only the source: no subject"))
d.Q("10억달러", "1000000000", U, "달러", "currency", bound="gt", f=("국내 김 수출", None, "", Y, "level"))
d.Q("16%", "16", "%", "%", P, approx=True, note="`수준` after a figure read as an approximator like 정도 (W116 convention)",
    f=("점유율", None, S, Y, "level", "required", "share in the national figure of the sentence before: its year"))
d.Q("20%", "20", "%", "%", P, f=("구매 물량", None, "그린웨이브푸드", N, "change", "required", "the customer's own plan: its figure"))
d.Q("2억달러", "200000000", U, "달러", "currency", bound="gt", note="넘기고 → gt",
    f=("수출", "수출 2억달러", S, N, "level", "required", HEAD))
d.Q("40개국", "40", "개국", "개국", C, bound="min", f=("수출국", None, S, N, "level", "required", HEAD))


# ---------------------------------------------------------------- 003 regional airport: passengers and a new route (page with an 입력 stamp, the year only in the stamp)
d = Doc("003_db0449e844a50e59", "2026-03-05"); docs.append(d)
S, A = "한국공항공사 청주지사", "청주국제공항"
AQ = ("open question 1: an airport's traffic — the operator's figure (written), the airport's (a site acting as an institution: "
      "optional ORG → optional fact) or a place's (empty subject)? Fact optional")
d.O(S, S, ctx="한국공항공사 청주지사는", note="branch of 한국공항공사 that announces; a named division (ANNOTATION)")
d.O(S, S, ctx="한국공항공사 청주지사장", st="optional",
    note="the name fused with the head's title (청주지사장): the span cuts a word; optional (open question 3)")
d.O(A, A, st="optional", note="an airport: a site that may act as an institution (ANNOTATION optional); here it is a place of traffic")
d.Oall("청주공항", A, special={0: ("optional", "headline: the airport, short form of 청주국제공항; site (optional)"),
                                1: ("optional", "the airport as a base (거점): site/place")})
d.Oall("청람에어", "청람에어", special={0: ("required", "invented low-cost carrier")})
d.O("청람그룹", "청람그룹", note="invented parent (모회사)")
d.O("충청북도", "충청북도", note="a province acting as a government (ANNOTATION)")
d.O("국토교통부", "국토교통부", note="ministry cited as the source of a national figure")
Y, N = "2025", "2026"
d.D("지난해", Y, "year", ctx="지난해 이용객", rel=True, note="headline")
d.D("내달", "2026-04", "month", rel=True, note="next month (= 다음 달), a future clause")
d.D("2026.03.05", "2026-03-05", "day", note="the stamp's date: a calendar date written in the text")
d.D("14:20", "2026-03-05T14:20", "day", st="optional", note="clock time (ANNOTATION: optional at most)", rng=False)
d.D("지난해", Y, "year", ctx="지난해 청주국제공항", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 11.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("5일", "2026-03-05", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("다음 달 14일", "2026-04-14", "day", rel=True, note="deictic prefix in the span; future clause → next April")
d.D("지난해", Y, "year", ctx="지난해 탑승률", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 3.1%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", N, "year", ctx="올해 항공기", rel=True)
d.D("올해", N, "year", ctx="올해 15억원", rel=True)
d.D("지난해", Y, "year", ctx="지난해 전국", rel=True)
d.D("내년", "2027", "year", rel=True, note="`까지` outside the span; a future target")
d.Q("458만명", "4580000", "명", "명", C, ctx="458만명 '", f=("이용객", "지난해 이용객", S, Y, "level", "optional",
    "headline names only the airport; " + AQ))
d.Q("458만3천명", "4583000", "명", "명", C, f=("이용객", "청주국제공항 이용객", S, Y, "level", "optional", AQ))
d.Q("11.2%", "11.2", "%", "%", P, f=("이용객", "청주국제공항 이용객", S, Y, "change", "optional", AQ))
d.Q("2만9천800편", "29800", "편", "편", C, f=("운항 편수", None, S, Y, "level", "optional", AQ))
d.Q("7%", "7", "%", "%", P, f=("운항 편수", None, S, Y, "change", "optional", AQ))
d.Q("172만명", "1720000", "명", "명", C, f=("국제선", "국제선이", S, Y, "level", "optional", PART + "; " + AQ))
d.Q("37.5%", "37.5", "%", "%", P, f=("국제선", "국제선이", S, Y, "level", "optional", "share; " + AQ))
d.Q("286만명", "2860000", "명", "명", C, approx=True, note="남짓 → approx",
    f=("국내선", None, S, Y, "level", "optional", PART + "; " + AQ))
d.Q("61만명", "610000", "명", "명", C, f=("일본", None, S, Y, "level", "optional", PART + "; " + AQ))
d.Q("48만명", "480000", "명", "명", C, f=("중국 노선", None, S, Y, "level", "optional", PART + "; " + AQ))
d.Q("하루", "1", "day", "하루", "duration", ctx="하루 평균", st="optional",
    note="rate denominator (per day, ANNOTATION: optional); native numeral word")
d.Q("1만2천명", "12000", "명", "명", C, bound="gt", f=("평균 이용객", None, S, Y, "level", "optional",
    "daily average changes what is measured; " + AQ))
d.Q("7회", "7", "회", "회", C, f=("취항", "신규 취항", "청람에어", "2026-04-14", "level", "required",
    "flights a week on the new route from the date named in the sentence; `주` is the rate word"))
d.Q("186석", "186", "석", "석", C, f=("A320 기종", None, "청람에어", "2026-04-14", "level", "optional",
    "open question 4: the seat count of an aircraft type (a product: no subject?) or the airline's? Fact optional"))
d.Q("4시간 40분", "280", "minute", "시간 분", "duration", approx=True,
    note="one duration span (as `1시간 3분 59초`), value in the smallest unit written (W116 convention); 약 → approx")
d.Q("84.6%", "84.6", "%", "%", P, f=("탑승률", None, "청람에어", Y, "level"))
d.Q("3.1%포인트", "3.1", "%p", "%포인트", P, f=("탑승률", None, "청람에어", Y, "change"))
d.Q("3대", "3", "대", "대", C, f=("항공기", "항공기 3대", "청람그룹", N, "level", "required", "도입: the parent's plan for this year"))
d.Q("15억원", "1500000000", W, "원", "currency", f=("신규 노선 운항 장려금", None, "충청북도", N, "level"))
d.Q("1억3천만명", "130000000", "명", "명", C, approx=True,
    f=("전국 공항 이용객", None, "", Y, "level", "required", "national figure, the ministry only the source: no subject"))
d.Q("500만명", "5000000", "명", "명", C, f=("이용객", "연간 이용객", S, "2027", "level", "optional",
    "the branch head's target; `연간` qualifies the period; " + AQ))


# ---------------------------------------------------------------- 004 venture capital: fund raising and investments (뉴시스 dateline, `2024년` and `2028년` written)
d = Doc("004_5f614d9f0b6e289c", "2026-01-27"); docs.append(d)
S = "한울벤처스"
LP = ("open question 5: an investor's contribution with no DATE for that investor — empty by the letter of carry-forward, "
      "the fund's year (2025, written) for a reader. Fact optional")
d.Oall(S, S, special={0: ("required", "headline topic before a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("한국벤처투자", "한국벤처투자", note="manager of the fund of funds")
d.O("모태펀드", "모태펀드", ctx="모태펀드가", st="optional", note="a fund program run by an institution (ANNOTATION: program run by a company → optional)")
d.O("모태펀드", "모태펀드", ctx="모태펀드 예산", st="optional", note="program name as the modifier of 예산 (optional)")
d.O("국민연금", "국민연금", note="the pension institution as an investor (LP)")
d.O("우리은행", "우리은행", note="bank as an investor (LP)")
d.O("메디온랩", "메디온랩", note="invented portfolio company")
d.O("중소벤처기업부", "중소벤처기업부", aliases="중기부", note="ministry cited as source; `(이하 중기부)` recorded as alias")
d.O("중기부", "중소벤처기업부", ctx="이하 중기부", st="optional", note="short name where it is defined with 이하 (ANNOTATION: optional)")
d.O("중기부", "중소벤처기업부", ctx="중기부는", note="later use of the 이하 short name: required")
d.O("한울금융지주", "한울금융지주", note="invented parent (모회사)")
Y, N = "2025", "2026"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="지난해 펀드", rel=True)
d.D("27일", "2026-01-27", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", ctx="전년(1천850억원)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2024년", "2024", "year", note="explicit basis year of a comparison")
d.D("지난해 11월", "2025-11", "month", rel=True, note="지난해 before a month: one mention (as `올해 8월 말`)")
d.D("지난해", Y, "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 9.8%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", N, "year", ctx="올해 모태펀드", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as-of date (기준)")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + "; points back to 지난해 (말), read as that year")
d.D("올해", N, "year", ctx="올해 2천억원", rel=True, note="future target in a quote")
d.D("2028년", "2028", "year", note="`까지` outside the span")
d.Q("3천200억", "320000000000", W, "", "currency", ctx="3천200억 펀드", st="optional",
    note="headline amount whose currency is only implied (ANNOTATION: optional)")
d.Q("1천억원", "100000000000", W, "원", "currency", ctx="집행 1천억원", bound="gt", note="넘어 → gt",
    f=("투자 집행", "투자 집행 1천억원", S, Y, "level", "required", "headline: the headline's organization and DATE"))
d.Q("3개", "3", "개", "개", C, f=("펀드", "펀드 3개", S, Y, "level", "required", "counted noun 펀드"))
d.Q("3천200억원", "320000000000", W, "원", "currency", f=("약정 총액", None, S, Y, "level"))
d.Q("1천850억원", "185000000000", W, "원", "currency", note=BASIS, f=("약정 총액", None, S, "2024", "level"))
d.Q("73%", "73", "%", "%", P, f=("약정 총액", None, S, Y, "change", "required", "`규모` refers back to the committed total"))
d.Q("1천500억원", "150000000000", W, "원", "currency",
    f=("한울 딥테크 2호", None, S, Y, "level", "required", "one of the funds (이 가운데): the part's name is the metric (W116 convention)"))
d.Q("600억원", "60000000000", W, "원", "currency",
    f=("출자", "출자했고", "모태펀드", Y, "level", "optional", "subject only an optional ORG (a fund program): fact optional (FACTS)"))
d.Q("400억원", "40000000000", W, "원", "currency", f=("출자", "출자했고", "국민연금", Y, "level", "optional", LP))
d.Q("200억원", "20000000000", W, "원", "currency", ctx="200억원을 넣었다", f=("출자", "출자했고", "우리은행", Y, "level", "optional", LP))
d.Q("1천40억원", "104000000000", W, "원", "currency", f=("투자 집행액", None, S, Y, "level"))
d.Q("26%", "26", "%", "%", P, f=("투자 집행액", None, S, Y, "change", "required", "2024년 is the basis; the period the current one"))
d.Q("410억원", "41000000000", W, "원", "currency", f=("인공지능", None, S, Y, "level", "required", PART))
d.Q("350억원", "35000000000", W, "원", "currency", f=("바이오·헬스케어", None, S, Y, "level", "required", PART))
d.Q("42곳", "42", "곳", "곳", C, f=("투자 기업", None, S, Y, "level"))
d.Q("4.2배", "4.2", "배", "배", C, f=("투자 원금", None, S, "2025-11", "level", "optional",
    "open question 6: a return multiple the portfolio company gave the VC — the VC's figure (written) or the listed company's?"))
d.Q("12조4천억원", "12400000000000", W, "원", "currency",
    f=("국내 벤처투자액", None, "", Y, "level", "required", "national figure, the ministry only the source: no subject"))
d.Q("9.8%", "9.8", "%", "%", P, f=("국내 벤처투자액", None, "", Y, "change"))
d.Q("1조1천억원", "1100000000000", W, "원", "currency", f=("모태펀드 예산", None, "중소벤처기업부", N, "level"))
d.Q("1조2천억원", "1200000000000", W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("운용자산", "운용자산(AUM)", S, Y, "level", "required", "as-of 지난해 말 → 2025"))
d.Q("2천130억원", "213000000000", W, "원", "currency",
    f=("순이익", None, "한울금융지주", Y, "level", "required", "같은 기간 → 지난해"))
d.Q("2천억원", "200000000000", W, "원", "currency", ctx="2천억원 이상", bound="min",
    f=("신규 투자", None, S, N, "level", "required", HEAD))
d.Q("2조원", "2000000000000", W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("운용자산", "운용자산 2조원", S, "2028", "level", "required", HEAD + "; 2028년까지"))


# ---------------------------------------------------------------- 005 telecom: B2B / cloud revenue and data-centre capex (byline at the end, `2028년` only)
d = Doc("005_98d71c04f870b5c8", "2026-02-05"); docs.append(d)
S = "세림텔레콤"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (CEO)")})
d.O("세림클라우드", "세림클라우드", note="invented cloud subsidiary (자회사)")
d.O("한국IDC", "한국IDC", note="market research firm cited as the source")
d.O("KT", "KT", note="rival (경쟁사)")
d.O("전자신문", "전자신문", note="outlet in the byline at the end")
Y, N = "2025", "2026"
d.D("지난해", Y, "year", ctx="지난해 기업간거래", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 12.4%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("1년 전", Y, "year", rel=True, st="optional",
    note="open question 7: an offset in a comparison with a named period — by the letter from the document date (2025, written), for a reader the year before the figure's (2024)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="bare quarter: the latest Q4 on or before the document date")
d.D("지난해", Y, "year", ctx="지난해 영업이익", rel=True)
d.D("올해", N, "year", rel=True)
d.D("내년 하반기", "2027-H2", "half", rel=True, note="내년 before a part of the year: one mention (as `올해 8월 말`)")
d.D("지난해", Y, "year", ctx="지난해 약", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2028년", "2028", "year", note="`까지` outside the span")
B = "기업간거래(B2B) 부문 매출"
d.Q("2조원", "2000000000000", W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("B2B 매출", "B2B 매출 2조원", S, "", "level", "required",
       "headline with no DATE and nothing earlier: empty period (FACTS: clause, sentence, then earlier; never the document date)"))
d.Q("4천억", "400000000000", W, "", "currency", ctx="4천억 투자", st="optional",
    note="headline amount whose currency is only implied (ANNOTATION: optional)")
d.Q("2조1천300억원", "2130000000000", W, "원", "currency", f=(B, None, S, Y, "level"))
d.Q("12.4%", "12.4", "%", "%", P, f=(B, None, S, Y, "change"))
d.Q("8조9천억원", "8900000000000", W, "원", "currency", f=("전체 매출", None, S, Y, "level"))
d.Q("23.9%", "23.9", "%", "%", P, f=("B2B 비중", None, S, Y, "level"))
d.Q("1.8%포인트", "1.8", "%p", "%포인트", P, f=("B2B 비중", None, S, Y, "change", "required", "`1년 전` is the basis; the period the current one"))
d.Q("6천800억원", "680000000000", W, "원", "currency", f=("클라우드 매출", "클라우드 매출이", S, Y, "level"))
d.Q("31%", "31", "%", "%", P, f=("클라우드 매출", "클라우드 매출이", S, Y, "change"))
d.Q("5천200억원", "520000000000", W, "원", "currency", f=("기업회선", None, S, Y, "level", "required", PART))
d.Q("1천900억원", "190000000000", W, "원", "currency", f=("AI 컨택센터", None, S, Y, "level", "required", PART))
d.Q("5천900억원", "590000000000", W, "원", "currency", f=("B2B 매출", "4분기 B2B 매출", S, "2025-Q4", "level"))
d.Q("410억원", "41000000000", W, "원", "currency", f=("영업이익", None, "세림클라우드", Y, "level"))
d.Q("120곳", "120", "곳", "곳", C, bound="gt", note="넘었다 → gt",
    f=("공공기관 고객사", None, "세림클라우드", Y, "level", "required", "the sentence continues about the subsidiary: subject and year kept"))
d.Q("4천억원", "400000000000", W, "원", "currency",
    f=("데이터센터 설비투자", None, S, N, "level", "required", "`회사는` = the company the article is about (세림텔레콤)"))
d.Q("세 번째", "3", "번째", "번째", "ordinal", note="native numeral with an explicit ordinal marker; no fact")
d.Q("60MW", "60", "MW", "MW", M, f=("수전 용량", None, S, "2027-H2", "level", "optional",
    "open question 4: a facility's capacity (`규모`) — the company's figure or a non-ORG's (empty)? Fact optional"))
d.Q("5조6천억원", "5600000000000", W, "원", "currency", approx=True,
    f=("국내 퍼블릭 클라우드 시장", None, "", Y, "level", "required", "market figure, 한국IDC only the source: no subject"))
d.Q("1조원", "1000000000000", W, "원", "currency", approx=True, note="안팎 → approx",
    f=("클라우드 매출", "KT의 클라우드 매출", "KT", Y, "level", "required", "같은 기간 → 지난해"))
d.Q("30%", "30", "%", "%", P, bound="min", f=("B2B 매출 비중", None, S, "2028", "level", "required", HEAD))


# ---------------------------------------------------------------- 006 national museum: visitors and exhibition budget (press release, no dateline; `2025년`, `2019년`)
d = Doc("006_46a02e289a92efed", "2026-01-20"); docs.append(d)
S = "국립남도역사박물관"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 1: ("required", "`(관장 서은정)` is a person, not an alias"),
                      2: ("required", "contact line: the museum; the team label 홍보팀 outside the span")})
d.O("어린이박물관", "어린이박물관", st="optional", note="an unnamed section inside the museum (a corner or unit of an institution): optional")
d.O("문화체육관광부", "문화체육관광부", note="ministry: its own budget")
d.O("국립박물관문화재단", "국립박물관문화재단", note="foundation running the museum shop")
d.O("국립중앙박물관", "국립중앙박물관", note="another museum (institution)")
Y, N = "2025", "2026"
d.D("지난해", Y, "year", ctx="지난해 관람객", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("2019년", "2019", "year", note="year of the opening (개관): a DATE, not the period of a figure")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", ctx="전년(108만명)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", N, "year", ctx="올해 전시 예산", rel=True)
d.D("전년", Y, "year", ctx="전년 대비 18%", rel=True, st="optional", anchor="2026-01-01", note=PB + "; points back to 올해 → 2025")
d.D("올해", N, "year", ctx="올해 1천240억원", rel=True)
d.D("지난해", Y, "year", ctx="지난해 28억원", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", N, "year", ctx="올해 관람객", rel=True, note="target in a quote")
d.D("하반기", "2026-H2", "half", rel=True, note="bare half in a future clause (열겠다): the next one")
V = "관람객"
d.Q("132만명", "1320000", "명", "명", C, f=(V, "지난해 관람객", S, Y, "level", "required", "headline: the headline's organization and DATE"))
d.Q("132만4천명", "1324000", "명", "명", C, f=(V, "2025년 관람객", S, Y, "level"))
d.Q("108만명", "1080000", "명", "명", C, note=BASIS, f=(V, "2025년 관람객", S, "2024", "level"))
d.Q("22.6%", "22.6", "%", "%", P, f=(V, "2025년 관람객", S, Y, "change", "required", "`수치` refers back to the visitors"))
d.Q("석 달", "3", "month", "달", "duration", note="native numeral 석; `동안` outside the span; no fact")
d.Q("41만명", "410000", "명", "명", C, f=("특별전", "특별전 '바다", S, Y, "level", "required",
    "visitors of the exhibition: no measure noun in the clause, the exhibition is what is counted for (W116 convention); lead's year carried"))
d.Q("하루", "1", "day", "하루", "duration", st="optional", note="rate denominator (per day, ANNOTATION: optional); native numeral word")
d.Q("4천500명", "4500", "명", "명", C, approx=True,
    note="suffix 꼴 after the counter stays outside and sets approx, as `원대`/`달러치` (W116 convention)",
    f=("평균", "하루 평균", S, Y, "level", "required", "daily average (하루 the rate word)"))
d.Q("9만8천명", "98000", "명", "명", C, f=("외국인 관람객", None, S, Y, "level"))
d.Q("7.4%", "7.4", "%", "%", P, f=("외국인 관람객", None, S, Y, "level", "required", "share of the whole: the part is the metric"))
d.Q("3만1천명", "31000", "명", "명", C, f=("일본", None, S, Y, "level", "required", PART))
d.Q("2만6천명", "26000", "명", "명", C, f=("중국 관람객", None, S, Y, "level"))
d.Q("15분", "15", "minute", "분", "duration", note="`만에` outside; `평균` before it is no approximator; no fact")
d.Q("86억원", "8600000000", W, "원", "currency", f=("전시 예산", "올해 전시 예산", S, N, "level"))
d.Q("18%", "18", "%", "%", P, f=("전시 예산", "올해 전시 예산", S, N, "change"))
d.Q("2건", "2", "건", "건", C, f=("특별전", "특별전 2건", S, N, "level"))
d.Q("32억원", "3200000000", W, "원", "currency", f=("특별전", "특별전 2건", S, N, "level", "required", "이 중 (of the budget): " + PART))
d.Q("21억원", "2100000000", W, "원", "currency", f=("상설전시실 개편", None, S, N, "level", "required", PART))
d.Q("1천240억원", "124000000000", W, "원", "currency", f=("국립박물관 전체 전시 예산", None, "문화체육관광부", N, "level"))
d.Q("28억원", "2800000000", W, "원", "currency", f=("뮤지엄숍 매출", None, "국립박물관문화재단", Y, "level"))
d.Q("1년", "1", "year", "년", "duration", note="`새` after an amount of time = within: a duration (W116 convention)")
d.Q("40%", "40", "%", "%", P, approx=True, note="가까이 → approx (W116 convention)",
    f=("뮤지엄숍 매출", None, "국립박물관문화재단", Y, "change"))
d.Q("410만명", "4100000", "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=(V, "국립중앙박물관 관람객", "국립중앙박물관", Y, "level", "required", "같은 기간 → 지난해"))
d.Q("150만명", "1500000", "명", "명", C, bound="min", f=(V, "올해 관람객", S, N, "level", "required", HEAD))
d.Q("세 번째", "3", "번째", "번째", "ordinal", note="native numeral with an explicit ordinal marker; no fact")

if __name__ == "__main__":
    write_all(docs)
