"""Gold labels of articles-holdout12, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout12/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 tire maker's quarter (입력 stamp + outlet byline; web-page copy)
d = Doc("001_77824e28792e01bc", "2025-10-30"); docs.append(d)
H = "한국타이어앤테크놀로지"
d.O("한국타이어", H, ctx="한국타이어, 3분기", note="headline topic: short form of 한국타이어앤테크놀로지")
d.Oall(H, H, special={1: ("required", "photo credit [사진=… 제공]: the name written again")})
d.Oall("조선비즈", "조선비즈", special={0: ("required", "outlet in a byline line"),
                                       1: ("required", "copyright line: the outlet named again")})
d.Oall("금호타이어", "금호타이어", special={1: ("required", "관련기사 headline: topic before a comma, the name written again")})
d.O("넥센타이어", "넥센타이어", note="genitive owner of a business's figure (영업이익)")
d.O("트레드아이", "트레드아이", note="invented startup introduced by 스타트업; receiver of an investment")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="한국타이어, 3분기", rel=True)
d.D("2025.10.30", "2025-10-30", "day", st="optional", note="publication stamp")
d.D("3분기", Q3, "quarter", ctx="한국타이어앤테크놀로지는 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("30일", "2025-10-30", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("1년 전", "2024", "year", rel=True, note="an offset: that year (a comparison's basis)")
d.D("3분기", Q3, "quarter", ctx="3분기에만", rel=True)
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("내년", "2026", "year", rel=True, note="내년까지 (plan)")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("지난달", "2025-09", "month", rel=True)
d.Q("4천억", 400000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("영업익", None, H, Q3, "level"))
d.Q("46%", 46, "%", "%", P, ctx="고인치 비중 46%",
    f=("고인치 비중", None, H, Q3, "level", "required", "headline after the ellipsis; the headline's 3분기 and the story's period agree"))
d.Q("4,130억 원", 413000000000, W, "원", "currency", f=("영업이익", None, H, Q3, "level", "required", "연결 기준 outside"))
d.Q("9.8%", 9.8, "%", "%", P, f=("영업이익", None, H, Q3, "change"))
d.Q("2조 4,870억 원", 2487000000000, W, "원", "currency", f=("매출", "매출은 2조", H, Q3, "level"))
d.Q("6.2%", 6.2, "%", "%", P, f=("매출", "매출은 2조", H, Q3, "change"))
d.Q("16.6%", 16.6, "%", "%", P, f=("영업이익률", None, H, Q3, "level"))
BD = "breakdown (지역별로는): a region is no subject; the item keeps the breakdown's measure (매출), the company carried"
d.Q("8,920억 원", 892000000000, W, "원", "currency",
    f=("유럽 매출", None, H, Q3, "level", "required", BD + "; new paragraph: story's organization and period"))
d.Q("7,650억 원", 765000000000, W, "원", "currency", f=("매출", "유럽 매출이", H, Q3, "level", "required", BD))
d.Q("3,980억 원", 398000000000, W, "원", "currency", f=("매출", "유럽 매출이", H, Q3, "level", "required", BD))
d.Q("46%", 46, "%", "%", P, ctx="비중은 46%", f=("고인치 승용차 타이어 판매 비중", None, H, Q3, "level"))
d.Q("3.5%p", 3.5, PP, "%p", P, f=("고인치 승용차 타이어 판매 비중", None, H, Q3, "change", "required", "1년 전보다 = basis"))
d.Q("210만 개", 2100000, "개", "개", C,
    f=("판매량", "'아이온' 판매량", "", Q3, "level", "required", "a product's figure (아이온): no subject even with its maker named"))
SP = "같은 기간 (optional) and the story's period both give 2025-Q3"
d.Q("1조 1,540억 원", 1154000000000, W, "원", "currency", f=("매출", "매출 1조 1,540억", "금호타이어", Q3, "level", "required", SP))
d.Q("1,620억 원", 162000000000, W, "원", "currency", f=("영업이익", "영업이익 1,620억", "금호타이어", Q3, "level", "required", SP))
d.Q("820억 원", 82000000000, W, "원", "currency",
    f=("영업이익", "넥센타이어의 영업이익", "넥센타이어", Q3, "level", "required", "genitive owner; " + SP))
d.Q("1조 2,000억 원", 1200000000000, W, "원", "currency",
    f=("미국 테네시 공장 증설", None, H, "2026", "level", "required",
       "spent on (투입): the purpose marked by 에 (a date between names none); 회사는 = the story's company; 내년까지"))
d.Q("30%", 30, "%", "%", P, ctx="비중을 30%로",
    f=("전기차용 타이어 비중", None, H, "2025", "level", "required", "the object set to the figure; 연말까지 (END)"))
d.Q("30억 원", 3000000000, W, "원", "currency", ctx="트레드아이에 30억 원",
    f=("투자", "투자했다", H, "2025-09", "level", "required", "verbal noun 투자; the counterparty 트레드아이 is not the subject"))

# ---------------------------------------------------------------- 002 auction house's year (입력 stamp + bracketed byline; web-page copy)
d = Doc("002_883dc51bdb9db668", "2025-12-18"); docs.append(d)
SA = "서울옥션"
d.Oall(SA, SA, special={2: ("required", "photo credit [사진=…]: the name written again")})
d.Oall("머니투데이", "머니투데이", special={0: ("required", "outlet in a bracketed byline"),
                                         1: ("required", "copyright line: the outlet named again")})
d.Oall("케이옥션", "케이옥션", special={0: ("required", "genitive owner of a business's figure (낙찰총액)"),
                                     1: ("required", "관련기사 headline: topic before a comma, the name written again")})
d.O("아트로지스", "아트로지스", note="invented startup introduced by 스타트업; partner (와 함께)")
R = "2025-01/2025-11"
d.D("올해", "2025", "year", ctx="서울옥션, 올해", rel=True)
d.D("2025.12.18", "2025-12-18", "day", st="optional", note="publication stamp")
d.D("올해 1~11월", R, "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", ctx="지난해 같은 기간", rel=True, note="the year word of 지난해 같은 기간 (a basis), still a DATE")
d.D("같은 기간", "2024-01/2024-11", "month", ctx="지난해 같은 기간보다", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 올해 1~11월, a year back")
d.D("18일", "2025-12-18", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난 10월", "2025-10", "month", rel=True, note="in the photo caption")
d.D("지난해", "2024", "year", ctx="지난해보다 31점", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 기간", R, "month", ctx="케이옥션의 같은 기간", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~11월")
d.D("내년", "2026", "year", rel=True)
d.D("12월", "2025-12", "month", rel=True, note="관련기사 headline: the latest December on or before the document date")
d.Q("1,120억", 112000000000, W, "", "currency", ctx="낙찰총액 1,120억…", st="optional", note="headline amount, currency implied",
    f=("낙찰총액", "낙찰총액 1,120억…", SA, "2025", "level"))
d.Q("38%", 38, "%", "%", P, ctx="비중 38%로",
    f=("온라인 경매 비중", None, SA, "2025", "level", "optional",
       "headline figure after the ellipsis, the headline's 올해 before it: 2025 (holdout4's reading) or the body's story period "
       "2025-01/2025-11 (holdout8's): open question in docs/facts.md"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("경매 낙찰총액", None, SA, R, "level"))
d.Q("7.4%", 7.4, "%", "%", P, f=("경매 낙찰총액", None, SA, R, "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("4,860점", 4860, "점", "점", C, f=("출품작", None, SA, R, "level", "required", "a count takes its counted noun before it; period carried in the paragraph"))
d.Q("3,310점", 3310, "점", "점", C, f=("출품작", None, SA, R, "level", "required", "a part counted out of a whole (N점 가운데 M점) keeps its whole's noun"))
d.Q("68.1%", 68.1, "%", "%", P, f=("낙찰률", None, SA, R, "level"))
BD = ("a breakdown naming its measure as topic after a word in 별 (장르별 낙찰액은 …): 낙찰액 for every item; a genre is no "
      "subject, the company carried; new paragraph: story's organization and period")
d.Q("512억 원", 51200000000, W, "원", "currency", f=("낙찰액", None, SA, R, "level", "required", BD))
d.Q("388억 원", 38800000000, W, "원", "currency", f=("낙찰액", None, SA, R, "level", "required", BD))
d.Q("96억 원", 9600000000, W, "원", "currency", f=("낙찰액", None, SA, R, "level", "required", BD))
d.Q("1억 원", 100000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("", None, "", "", "level", "optional", "a definitional range inside a metric (1억 원 이상 낙찰작): no fact"))
d.Q("152점", 152, "점", "점", C, f=("낙찰작", None, SA, R, "level", "required", "the definitional 1억 원 이상 qualifies the noun; story's period"))
d.Q("31점", 31, "점", "점", C, f=("낙찰작", None, SA, R, "change", "required", "지난해보다 = basis"))
d.Q("426억 원", 42600000000, W, "원", "currency", f=("온라인 경매 낙찰총액", None, SA, R, "level", "required", "new paragraph: story's organization and period"))
d.Q("38%", 38, "%", "%", P, ctx="전체의 38%",
    f=("온라인 경매 낙찰총액", None, SA, R, "level", "required", "a share of a whole measures the part named before it"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: an amount of time (새 outside)")
d.Q("9%p", 9, PP, "%p", P, f=("비중", "비중이 1년", SA, R, "change"))
d.Q("1만 2,400명", 12400, "명", "명", C, f=("신규 응찰자", None, SA, R, "level", "required", "subject and period carried in the paragraph"))
d.Q("21%", 21, "%", "%", P, f=("신규 응찰자", None, SA, R, "change"))
d.Q("640억 원", 64000000000, W, "원", "currency",
    f=("낙찰총액", "케이옥션의 같은 기간 낙찰총액", "케이옥션", R, "level", "required", "genitive owner; 같은 기간 (optional) and the story's period agree"))
d.Q("12%", 12, "%", "%", P, f=("낙찰총액", "케이옥션의 같은 기간 낙찰총액", "케이옥션", R, "change"))
d.Q("4회", 4, "회", "회", C, f=("경매", "경매를 4회", SA, "2026", "level", "required", "a count of times takes the object of the verb that carries it"))
d.Q("3곳", 3, "곳", "곳", C,
    f=("해외 배송 거점", None, SA + ";아트로지스", "2026", "level", "required",
       "the object set to the figure; B와 함께: the partner joins the subject there; 내년 in the sentence"))
d.Q("71%", 71, "%", "%", P,
    f=("낙찰률", "경매 낙찰률 71%", "케이옥션", "2025-12", "level", "required", "관련기사 headline: its topic before a comma; 12월 in its clause"))

# ---------------------------------------------------------------- 003 job portal's recap (Yonhap dateline; no year anywhere)
d = Doc("003_d4fd76cb298598de", "2025-12-09"); docs.append(d)
SR = "사람인"
d.Oall(SR, SR, special={0: ("required", "headline: the name before its quote, written again in the story"),
                        1: ("required", "introduced by 취업 플랫폼; topic of a business's figure")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("잡코리아", "잡코리아", note="a ranking whose first item is a named organization: the series' items are its peers")
d.O("원티드랩", "원티드랩", note="peer in the ranking")
d.O("레퍼런스온", "레퍼런스온", note="invented startup introduced by 스타트업; the company a stake is in")
R = "2025-01/2025-11"
d.D("올해", "2025", "year", ctx="\"올해", rel=True)
d.D("올해 1~11월", R, "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", rel=True, note="the year word of 지난해 같은 기간 (a basis), still a DATE")
d.D("같은 기간", "2024-01/2024-11", "month", ctx="같은 기간보다", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 올해 1~11월, a year back")
d.D("9일", "2025-12-09", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", R, "month", ctx="같은 기간 새로", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~11월")
d.D("1년 전", "2024", "year", rel=True, note="an offset: that year (a comparison's basis)")
d.D("지난달", "2025-11", "month", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True)
d.Q("286만 건", 2860000, "건", "건", C, ctx="채용공고 286만 건…",
    f=("채용공고", "\"올해 채용공고", SR, "2025", "level", "required", "headline: 올해 in the figure's own clause (the quote); the name before the quote"))
d.Q("8%", 8, "%", "%", P, ctx="8% 줄어",
    f=("채용공고", "\"올해 채용공고", SR, "2025", "change", "optional",
       "headline rate after the ellipsis, the headline's 올해 before it: 2025 (holdout4's reading) or the story's range (holdout8's): open question"))
d.Q("286만 건", 2860000, "건", "건", C, ctx="채용공고가 286만 건",
    f=("채용공고", "채용공고가 286만", SR, R, "level", "required", "postings on the platform's own site: the platform's figure"))
d.Q("8.3%", 8.3, "%", "%", P, f=("채용공고", "채용공고가 286만", SR, R, "change"))
d.Q("94만 명", 940000, "명", "명", C, f=("개인회원", None, SR, R, "level", "required", "같은 기간 (optional) and the story's period agree"))
BD = ("breakdown (업종별로는) in 건: an industry is no named item, so the things counted are the postings named before "
      "(like 노선별로는 일본이 7만 1천 건 → the bookings before), not the 개인회원 of the figure right before (명); the company carried")
d.Q("62만 건", 620000, "건", "건", C, f=("채용공고", "채용공고가 286만", SR, R, "level", "required", BD))
d.Q("48만 건", 480000, "건", "건", C, f=("채용공고", "채용공고가 286만", SR, R, "level", "required", BD))
d.Q("37만 건", 370000, "건", "건", C, f=("채용공고", "채용공고가 286만", SR, R, "level", "required", BD))
d.Q("19.6%", 19.6, "%", "%", P,
    f=("건설업 공고", None, SR, R, "change", "required", "a topic that names its measure (공고); 1년 전보다 = basis; story's period"))
SAL = ("the average salary offered in postings on the platform: the platform's figure (its own data, story's organization) "
       "or a job market's figure with no subject: unclear")
d.Q("3,210만 원", 32100000, W, "원", "currency", f=("평균 제시 연봉", None, SR, R, "level", "optional", SAL))
d.Q("4.2%", 4.2, "%", "%", P, f=("평균 제시 연봉", None, SR, R, "change", "optional", SAL))
d.Q("1,520만 건", 15200000, "건", "건", C,
    f=("입사 지원", "추천을 거친 입사 지원", SR, R, "level", "required", "applications through the platform's own service; story's period"))
d.Q("31%", 31, "%", "%", P,
    f=("입사 지원", "추천을 거친 입사 지원", SR, R, "level", "required", "a share of a whole measures the part named before it"))
RK = ("a ranking that names its measure after the first item (가장 많은 공고를 확보했고): that measure for every item; "
      "each figure the organization's right before it; new paragraph: story's period")
d.Q("286만 건", 2860000, "건", "건", C, ctx="사람인이 286만 건", f=("공고", "많은 공고를", SR, R, "level", "required", RK))
d.Q("241만 건", 2410000, "건", "건", C, f=("공고", "많은 공고를", "잡코리아", R, "level", "required", RK))
d.Q("58만 건", 580000, "건", "건", C, f=("공고", "많은 공고를", "원티드랩", R, "level", "required", RK))
d.Q("30%", 30, "%", "%", P,
    f=("지분", None, SR, "2025-11", "level", "required", "the company named before a stake is the one it is in; the holder (buyer) is the subject"))
d.Q("45억 원", 4500000000, W, "원", "currency", f=("인수", "인수했다", SR, "2025-11", "level", "required", "a price with 에 is the deal's (인수)"))
d.Q("80명", 80, "명", "명", C,
    f=("개발 인력", None, SR, "2026-H1", "level", "required", "a counter naming a kind counts the object right before it; subject dropped, carried"))

# ---------------------------------------------------------------- 004 dairy cooperative's half-year (뉴시스 dateline; no year anywhere)
d = Doc("004_3e527cee97ec9caf", "2025-07-24"); docs.append(d)
SU = "서울우유협동조합"
d.O("서울우유", SU, ctx="서울우유, 상반기", note="headline topic: short form of 서울우유협동조합")
d.O(SU, SU)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("매일유업", "매일유업", note="genitive owner of a business's figure (매출)")
d.O("남양유업", "남양유업", note="topic carrying on a figure of the same unit after a comma: a peer")
d.O("팜카우", "팜카우", note="invented startup introduced by 스타트업; partner (와 손잡고)")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="서울우유, 상반기", rel=True)
d.D("상반기", H1, "half", ctx="서울우유협동조합은 상반기", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("24일", "2025-07-24", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", H1, "half", ctx="같은 기간 영업이익은", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("1년 전", "2024", "year", rel=True, note="an offset: that year (a comparison's basis)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("상반기", H1, "half", ctx="상반기 하루", rel=True)
d.D("같은 기간", H1, "half", ctx="같은 기간 매일유업", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("하반기", "2025-H2", "half", rel=True, note="하반기 중: 중 (during) outside, no mod; future clause (계획)")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("내년", "2026", "year", rel=True, note="내년까지")
d.Q("1조1천억", 1100000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("매출", "상반기 매출 1조1천억", SU, H1, "level"))
d.Q("3%", 3, "%", "%", P, ctx="3% 성장",
    f=("매출", "상반기 매출 1조1천억", SU, H1, "change", "required",
       "a rate of change with no metric of its own takes the metric of the figure before it in its sentence (the headline's 매출); "
       "the headline's 상반기 and the story's period agree"))
d.Q("1조 1,240억 원", 1124000000000, W, "원", "currency", f=("매출", "매출이 1조 1,240억", SU, H1, "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("매출", "매출이 1조 1,240억", SU, H1, "change"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업이익", None, SU, H1, "level", "required", "같은 기간 (optional) and the story's period agree"))
d.Q("5.6%", 5.6, "%", "%", P, f=("영업이익", None, SU, H1, "change"))
BD = "breakdown (제품별로는): a product line is no subject; the items keep the breakdown's measure (매출), the cooperative carried"
d.Q("5,480억 원", 548000000000, W, "원", "currency",
    f=("흰우유 매출", None, SU, H1, "level", "required", BD + "; new paragraph: story's organization and period"))
d.Q("1,920억 원", 192000000000, W, "원", "currency", f=("매출", "흰우유 매출이", SU, H1, "level", "required", BD))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("매출", "흰우유 매출이", SU, H1, "level", "required", BD))
d.Q("41.2%", 41.2, "%", "%", P, f=("흰우유 시장 점유율", None, SU, H1, "level", "required", "a measure as topic (no category); subject carried"))
d.Q("0.7%p", 0.7, PP, "%p", P, f=("흰우유 시장 점유율", None, SU, H1, "change", "required", "1년 전보다 = basis"))
d.Q("1,320곳", 1320, "곳", "곳", C,
    f=("조합원 목장", None, SU, "2025-06", "level", "required", "members own their organization's figures; 6월 말 기준"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균)")
d.Q("1,960t", 1960, "t", "t", M, f=("하루 평균 집유량", None, SU, H1, "level", "required", "상반기 in the sentence; subject carried"))
d.Q("1.8%", 1.8, "%", "%", P, f=("하루 평균 집유량", None, SU, H1, "change"))
d.Q("8%", 8, "%", "%", P, ctx="8% 넘게", bound="gt", note="넘게 → gt",
    f=("학교 우유 급식 물량", None, SU, H1, "change", "required",
       "a measure marked 도 is its own; a bound word between the figure and the change word leaves it a change; period carried"))
SP = "같은 기간 (optional) and the story's period agree"
d.Q("9,320억 원", 932000000000, W, "원", "currency", f=("매출", "매일유업의 매출", "매일유업", H1, "level", "required", "genitive owner; " + SP))
d.Q("4,710억 원", 471000000000, W, "원", "currency",
    f=("매출", "매일유업의 매출", "남양유업", H1, "level", "required",
       "a topic with no metric of its own after a genitive owner: the topic's, the last figure's metric of the same unit; " + SP))
d.Q("80억 원", 8000000000, W, "원", "currency", ctx="전환에 80억 원",
    f=("유기농 목장 전환", None, SU, "2025-H2", "level", "required", "spent on (투입): the purpose marked by 에; 조합은 = 서울우유협동조합"))
d.Q("1,500t", 1500, "t", "t", M, f=("베트남 수출 물량", None, SU, "2025", "level", "required", "the object set to the figure; 연말까지 (END)"))
d.Q("200곳", 200, "곳", "곳", C,
    f=("목장", "목장 200곳", SU + ";팜카우", "2026", "level", "required", "B와 손잡고: the partner joins the carried subject there; 내년까지"))

# ---------------------------------------------------------------- 005 satellite startup's funding (press release; no date at all)
d = Doc("005_d5af3e418dd62595", "2025-11-20"); docs.append(d)
OW = "오비탈웨이브"
d.Oall(OW, OW, special={0: ("required", "invented startup introduced by 스타트업 (headline topic before a comma)")})
d.O("한국산업은행", "한국산업은행", note="investor; 각각 beside a named organization")
d.O("한화에어로스페이스", "한화에어로스페이스")
d.O("한국항공우주연구원", "한국항공우주연구원", note="counterparty of a contract (과 … 계약)")
NOP = "no date in the lead nor in the figure's sentence or paragraph: empty period (never the document date by default)"
d.D("2021년", "2021", "year", note="founding as background")
d.D("지난해", "2024", "year", ctx="지난해 매출", rel=True)
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", ctx="지난해 연간", rel=True, note="the compared year (no figure)")
d.D("지난달", "2025-10", "month", rel=True)
d.D("지난 6월", "2025-06", "month", rel=True)
d.D("내년 하반기", "2026-H2", "half", rel=True, note="내년 하반기까지 (plan)")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.Q("220억 원", 22000000000, W, "원", "currency", ctx="220억 원 규모 시리즈B",
    f=("시리즈B", "규모 시리즈B", OW, "", "level", "required", "규모 right after a figure bridges to the noun after it; headline topic; " + NOP))
d.Q("220억 원", 22000000000, W, "원", "currency", ctx="220억 원 규모의",
    f=("시리즈B 투자", "시리즈B 투자를", OW, "", "level", "required", "X 규모의 Y → Y; " + NOP))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("누적 투자금", None, OW, "", "level", "required", NOP))
d.Q("60억 원", 6000000000, W, "원", "currency",
    f=("투자", "투자했다", "한국산업은행", "", "level", "required", "각각: the first listed; figures listed share the verb (투자); " + NOP))
d.Q("40억 원", 4000000000, W, "원", "currency", f=("투자", "투자했다", "한화에어로스페이스", "", "level", "required", "각각: the second; " + NOP))
d.Q("1,800억 원", 180000000000, W, "원", "currency",
    f=("기업가치", None, OW, "", "level", "required",
       "a later sentence without a subject of its own is the story's organization's again (A and B are not carried); 수준: no approximator; " + NOP))
d.Q("38억 원", 3800000000, W, "원", "currency",
    f=("매출", "지난해 매출은", OW, "2024", "level", "required", "the founding (2021년 설립된) is no period; topic 오비탈웨이브 carried"))
d.Q("52억 원", 5200000000, W, "원", "currency", f=("매출", "1~9월 매출은", OW, "2025-01/2025-09", "level"))
d.Q("47억 원", 4700000000, W, "원", "currency",
    f=("영상 데이터 공급 계약", None, OW, "2025-10", "level", "required", "X 규모의 Y → Y; the counterparty (한국항공우주연구원) is no subject"))
d.Q("4기", 4, "기", "기", C,
    f=("위성", "위성 4기", OW, "2026-H2", "level", "required", "기 counts structures after such a noun (위성 4기); 첫 위성 is not counted"))
d.Q("130억 원", 13000000000, W, "원", "currency",
    f=("위성 양산 설비 구축", None, OW, "", "level", "required",
       "spend verb (쓰다): the purpose marked by 에 after it; 회사는 = 오비탈웨이브; a plan, new paragraph, no date: empty"))
d.Q("80명", 80, "명", "명", C, f=("연구 인력", None, OW, "2025", "level", "required", "the object set to the figure; 연말까지 (END)"))
d.Q("3,300㎡", 3300, "㎡", "㎡", M,
    f=("조립동", None, OW, "2025", "level", "required", "X 규모의 Y → Y; no date in its clause: the sentence's (연말까지)"))

# ---------------------------------------------------------------- 006 city gas utility (regional daily, byline only; the day only as 26일)
d = Doc("006_95bfb82ef09ad722", "2025-12-26"); docs.append(d)
DS = "대성에너지"
d.Oall(DS, DS, special={1: ("required", "introduced by 도시가스 공급사")})
d.O("대구시", "대구시", note="a city listed with an organization acting with it (와 함께): its government")
d.O("서라벌도시가스", "서라벌도시가스", note="genitive owner of a business's figure (공급 가구)")
d.O("세이프노드", "세이프노드", note="invented startup introduced by 스타트업; partner (와 함께)")
Y, D12, R = "2025", "2025-12", "2025-Q1/2025-Q3"
d.D("올해", Y, "year", ctx="…올해 요금", rel=True)
d.D("이달", D12, "month", ctx="이달 기준 100만", rel=True, note="as of (기준)")
d.D("26일", "2025-12-26", "day", rel=True, note="day of the report (밝혔다)")
d.D("1983년", "1983", "year", note="a past start told as background (…한 지 42년 만)")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("올해 1~3분기", R, "quarter", rel=True, note="a range of quarters is one DATE; 올해 before it: one mention")
d.D("전년 같은 기간", "2024-Q1/2024-Q3", "quarter", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 올해 1~3분기 (one mention, like 전년 동기)")
d.D("올해", Y, "year", ctx="함께 올해", rel=True)
d.D("올해", Y, "year", ctx="올해 가정", rel=True)
d.D("이달", D12, "month", ctx="이달 기준 38만", rel=True, note="as of (기준)")
d.D("내년", "2026", "year", rel=True, note="내년까지 (plan)")
d.Q("100만 가구", 1000000, "가구", "가구", C, ctx="공급 100만 가구 돌파", bound="gt", note="돌파 → gt",
    f=("도시가스 공급", "도시가스 공급 100만", DS, D12, "level", "required",
       "headline topic before a comma; a counter naming a kind counts the noun right before it; "
       "no date of its own before the ellipsis: the story's period (the lead's first figure's as-of 이달)"))
d.Q("42억", 4200000000, W, "", "currency", ctx="감면 42억", st="optional", note="headline amount, currency implied",
    f=("요금 감면", None, DS, Y, "level"))
d.Q("100만 3천 가구", 1003000, "가구", "가구", C, f=("도시가스 공급 가구", None, DS, D12, "level", "required", "이달 기준"))
d.Q("100만 가구", 1000000, "가구", "가구", C, ctx="처음 100만 가구", bound="gt", note="넘어섰다 → gt",
    f=("도시가스 공급 가구", None, DS, D12, "level", "required", "the same clause's measure; a record first reached, no change"))
d.Q("42년", 42, "year", "년", "duration", note="N년 만: 만 outside, a duration")
d.Q("93.6%", 93.6, "%", "%", P, f=("보급률", "보급률은 93.6%", DS, D12, "level", "required", "period carried in the paragraph; 지난해 말보다 = basis"))
d.Q("0.8%p", 0.8, PP, "%p", P, f=("보급률", "보급률은 93.6%", DS, D12, "change"))
d.Q("7,860억 원", 786000000000, W, "원", "currency",
    f=("누적 매출", None, DS, R, "level", "required", "new paragraph: story's organization; 올해 1~3분기 in the sentence"))
d.Q("4.3%", 4.3, "%", "%", P, f=("누적 매출", None, DS, R, "change"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", None, DS, R, "level"))
d.Q("11.5%", 11.5, "%", "%", P, f=("영업이익", None, DS, R, "change"))
BD = ("a breakdown naming its measure as topic after a word in 별 (용도별 판매 비중은 …): 판매 비중 for every item; "
      "a use is no subject, the company carried; period carried in the paragraph")
d.Q("48%", 48, "%", "%", P, f=("판매 비중", None, DS, R, "level", "required", BD))
d.Q("31%", 31, "%", "%", P, f=("판매 비중", None, DS, R, "level", "required", BD))
d.Q("14%", 14, "%", "%", P, f=("판매 비중", None, DS, R, "level", "required", BD))
d.Q("3만 1천 가구", 31000, "가구", "가구", C,
    f=("취약계층", None, DS + ";대구시", Y, "level", "required",
       "a count between its noun and 의 counts the noun before it; B와 함께: the partner joins the subject there"))
d.Q("42억 원", 4200000000, W, "원", "currency",
    f=("감면액", None, DS, Y, "level", "required", "the partner is not carried to the next sentence; 올해 carried"))
d.Q("212만 건", 2120000, "건", "건", C, f=("가정 안전점검", None, DS, Y, "level"))
d.Q("38만 2천 가구", 382000, "가구", "가구", C, f=("공급 가구", "서라벌도시가스의 공급 가구", "서라벌도시가스", D12, "level", "required", "genitive owner; 이달 기준"))
d.Q("88.1%", 88.1, "%", "%", P, f=("보급률", "보급률은 88.1%", "서라벌도시가스", D12, "level", "required", "coordinated clause: owner and as-of date carried"))
d.Q("1,200㎞", 1200, "km", "㎞", M,
    f=("노후 배관", None, DS + ";세이프노드", "2026", "level", "required",
       "the place of the installation measured (노후 배관 1,200㎞에); 회사는 = 대성에너지; B와 함께: the partner joins there; 내년까지"))
d.Q("95억 원", 9500000000, W, "원", "currency",
    f=("원격 감시망 구축", None, DS, "2026", "level", "required",
       "spent on (투입): the purpose marked 에는; the partner is not carried; period carried in the paragraph (내년)"))

if __name__ == "__main__":
    write_all(docs)
