# Labels, part A (articles 001-006). Format: see labeltool.parse_lines.
# Q ctx | span | value | unit | category | flags | qnote || metric | subject | period | kind | r/o | note
# D ctx | span | value | mod | r(elative)/a(bsolute) | flags | note
# O ctx | span | canonical | aliases | flags | note
L = {}
DATES = {}

DATES["001"] = "2025-10-29"
L["001"] = """
Q 2천285억원 | 2천285억원 | | KRW | currency | || 영업이익 | 삼성전기 | 2025-Q3 | level | r | headline
Q 2천285억원으로 | 2천285억원 | | KRW | currency | || 영업이익 | 삼성전기 | 2025-Q3 | level | r |
Q 18.4% | 18.4% | | % | percent | || 영업이익 | 삼성전기 | 2025-Q3 | change | r | basis 2024-Q3 (지난해 같은 기간)
Q 2조7천130억원 | 2조7천130억원 | | KRW | currency | || 매출 | 삼성전기 | 2025-Q3 | level | r | 같은 기간 = 올해 3분기
Q 7.9% | 7.9% | | % | percent | || 매출 | 삼성전기 | 2025-Q3 | change | r |
Q 1천842억원 | 1천842억원 | | KRW | currency | || 순이익 | 삼성전기 | 2025-Q3 | level | r |
Q 22.1% | 22.1% | | % | percent | || 순이익 | 삼성전기 | 2025-Q3 | change | r |
Q 8.4% | 8.4% | | % | percent | || 영업이익률 | 삼성전기 | 2025-Q3 | level | r |
Q 0.7%포인트 | 0.7%포인트 | | %p | percent | || 영업이익률 | 삼성전기 | 2025-Q3 | change | r |
Q 1조2천400억원 | 1조2천400억원 | | KRW | currency | || 컴포넌트 부문 매출 | 삼성전기 | 2025-Q3 | level | r | 컴포넌트 부문: unnamed business unit, not ORG; narrows the metric
Q 6% 증가 | 6% | | % | percent | || 컴포넌트 부문 매출 | 삼성전기 | 2025-Q3 | change | r | subject dropped: continues the 컴포넌트 부문 매출 sentence; basis 전 분기
Q 5천870억원 | 5천870억원 | | KRW | currency | || 매출@매출을 올렸다 | 삼성전기 | 2025-Q3 | level | r | 각각: 패키지솔루션 부문 매출
Q 8천860억원 | 8천860억원 | | KRW | currency | || 매출@매출을 올렸다 | 삼성전기 | 2025-Q3 | level | r | 광학솔루션 부문 매출
Q 8조1천억원 | 8조1천억원 | | KRW | currency | || 매출@누적 매출은 | 삼성전기 | 2025-Q1/2025-Q3 | level | r | 누적 only qualifies the period
Q 6천710억원 | 6천710억원 | | KRW | currency | || 영업이익@누적 영업이익은 | 삼성전기 | 2025-Q1/2025-Q3 | level | r |
Q 약 1조원 | 1조원 | | KRW | currency | a || 추가 투자 | 삼성전기 | | level | o | X 규모의 Y; 4분기 belongs to the demand clause, carrying 2025-Q3 or none both defensible
Q 9천억원 | 9천억원 | | KRW | currency | a || 영업이익@연간 영업이익이 | 삼성전기 | 2025 | level | r | 안팎 -> approx; 연간 outside the metric
Q 18만원 | 18만원 | | KRW | currency | || 목표주가 | 삼성전기 | | level | o | target price a broker (하나증권) sets for 삼성전기's stock: whose figure it is and its period are unclear
Q 21만원 | 21만원 | | KRW | currency | || 목표주가 | 삼성전기 | | level | o | as 18만원
Q 15% | 15% | | % | percent | || 시설투자 | 삼성전기 | 2025 | change | r | 시설투자 규모를 … 늘린 1조6천억원: Y 규모 -> Y
Q 1조6천억원 | 1조6천억원 | | KRW | currency | || 시설투자 | 삼성전기 | 2025 | level | r |
Q 1만2천300여명 | 1만2천300여명 | | 명 | count | || 임직원 수 | 삼성전기 | 2025-Q3 | level | r | 3분기 말 기준
Q 3.2% | 3.2% | | % | percent | || 주가 | 삼성전기 | 2025-10-29 | change | o | only date is the optional 이날 (and a clock time)
Q 16만4천500원 | 16만4천500원 | | KRW | currency | || 주가 | 삼성전기 | 2025-10-29 | level | o | as 3.2%
D 3분기 영업 | 3분기 | 2025-Q3 | | r | | headline: a quarter without year, latest on or before the document date
D 올해 3분기 | 올해 3분기 | 2025-Q3 | | r | | 올해 before a quarter is one mention (like 올해 8월)
D 지난해 같은 | 지난해 | 2024 | | r | |
D 같은 기간보다 | 같은 기간 | 2024-Q3 | | r | opt anchor=2025-07-01 | points back to 올해 3분기
D 29일 | 29일 | 2025-10-29 | | r | | day of the disclosure
D 같은 기간 매출 | 같은 기간 | 2025-Q3 | | r | opt anchor=2025-07-01 | same period as 올해 3분기
D 전년 동기 | 전년 동기 | 2024-Q3 | | r | opt anchor=2025-07-01 |
D 전 분기 | 전 분기 | 2025-Q2 | | r | opt anchor=2025-07-01 | 전분기 points back to the period named
D 1∼3분기 | 1∼3분기 | 2025-Q1/2025-Q3 | | r | | range of quarters, year from the document date
D 4분기에도 | 4분기 | 2025-Q4 | | r | | future clause (이어질 것으로): the coming / current Q4
D 내년 상반기 | 내년 상반기 | 2026-H1 | | r | |
D 2027년 | 2027년 | 2027 | | a | |
D 올해 연간 | 올해 | 2025 | | r | |
D 이날 컨퍼런스콜 | 이날 | 2025-10-29 | | r | opt anchor=2025-10-29 | latest explicit day: 29일
D 올해 시설투자 | 올해 | 2025 | | r | |
D 3분기 말 | 3분기 말 | 2025-Q3 | END | r | rs=2025-07-01 re=2025-09-30 | part of a quarter: guideline gives no day range, whole quarter kept
D 이날 오후 | 이날 | 2025-10-29 | | r | opt anchor=2025-10-29 |
D 오후 2시 | 오후 2시 | 2025-10-29T14:00 | | r | opt anchor=2025-10-29 | clock time
D 전날보다 | 전날 | 2025-10-28 | | r | opt anchor=2025-10-29 |
O 삼성전기, | 삼성전기 | | | |
O 연합뉴스 | 연합뉴스 | | | |
O 삼성전기는 연결 | 삼성전기 | | | |
O 삼성전기는 4분기 | 삼성전기 | | | |
O 삼성전기의 올해 | 삼성전기 | | | |
O 하나증권 | 하나증권 | | | |
O 삼성전기의 목표 | 삼성전기 | | | |
O 삼성전기는 이날 | 삼성전기 | | | |
O 삼성전기 주가 | 삼성전기 | | | |
"""

DATES["002"] = "2025-11-03"
L["002"] = """
Q 16조 8천억 원 | 16조 8천억 원 | | KRW | currency | || 예산 | 부산시 | 2026 | level | r | headline 내년 예산
Q 5.6% | 5.6% | | % | percent | || 예산안 | 부산시 | 2026 | change | r | basis 올해
Q 16조 8,012억 원 | 16조 8,012억 원 | | KRW | currency | || 예산안 | 부산시 | 2026 | level | r | Y를 X 규모로
Q 12조 4,350억 원 | 12조 4,350억 원 | | KRW | currency | || 일반회계 | 부산시 | 2026 | level | r |
Q 4조 3,662억 원 | 4조 3,662억 원 | | KRW | currency | || 특별회계 | 부산시 | 2026 | level | r |
Q 6조 1,200억 원 | 6조 1,200억 원 | | KRW | currency | || 사회복지 예산 | 부산시 | 2026 | level | r |
Q 36.4% | 36.4% | | % | percent | || 사회복지 예산 | 부산시 | 2026 | level | r | share of the total
Q 2,850억 원 | 2,850억 원 | | KRW | currency | || 청년 일자리와 창업 지원 | 부산시 | 2026 | level | r | allocation named by its purpose
Q 3,120억 원 | 3,120억 원 | | KRW | currency | || 저출생 대응 | 부산시 | 2026 | level | r |
Q 1,940억 원 | 1,940억 원 | | KRW | currency | || 아동 양육 지원 사업 예산 | 부산시 | 2025 | level | r | 올해 in its own clause: this year's budget
Q 2,410억 원 | 2,410억 원 | | KRW | currency | || 아동 양육 지원 사업 예산 | 부산시 | 2026 | level | r |
Q 24.2% | 24.2% | | % | percent | || 아동 양육 지원 사업 예산 | 부산시 | 2026 | change | r |
Q 1조 5,300억 원 | 1조 5,300억 원 | | KRW | currency | || 교통 분야 | 부산시 | 2026 | level | r | 2호선 is a line name, no quantity
Q 680억 원 | 680억 원 | | KRW | currency | || 가덕도신공항 연계 교통망 구축 | 부산시 | 2026 | level | r |
Q 4,200억 원 | 4,200억 원 | | KRW | currency | || 지방채 발행 | 부산시 | 2025 | level | r | 시 = 부산시; Y 규모를 … -> Y
Q 3,500억 원 | 3,500억 원 | | KRW | currency | || 지방채 발행 | 부산시 | 2026 | level | r |
Q 18.9% | 18.9% | | % | percent | || 채무비율 | 부산시 | 2026 | level | r | 내년 말
Q 0.8%p | 0.8%p | | %p | percent | || 채무비율 | 부산시 | 2026 | change | r |
Q 16개 | 16개 | | 개 | count | || 구·군@16개 구·군 | 부산시 | 2026 | level | o | the recipients of the 조정교부금: a description more than a figure
Q 1조 1,870억 원 | 1조 1,870억 원 | | KRW | currency | || 조정교부금 | 부산시 | 2026 | level | r |
Q 3.1% | 3.1% | | % | percent | || 조정교부금 | 부산시 | 2026 | change | r |
Q 65세 | 65세 | | 세 | count | min || 어르신 | | | level | o | definitional range (65세 이상 어르신): no fact
Q 420억 원 | 420억 원 | | KRW | currency | || 어르신 교통비 지원 | 부산시 | 2026 | level | o | budget year 2026 or the clause's 내년 1월(부터): unclear
D 내년 예산 | 내년 | 2026 | | r | |
D 2025.11.03 | 2025.11.03 | 2025-11-03 | | a | | typed date of the 입력 line
D 15:42 | 15:42 | 2025-11-03T15:42 | | a | opt | clock time
D 2026년도 | 2026년도 | 2026 | | a | | 년도 in span
D 올해보다 5.6% | 올해 | 2025 | | r | |
D 3일 | 3일 | 2025-11-03 | | r | |
D 올해 1,940 | 올해 | 2025 | | r | |
D 올해 4,200 | 올해 | 2025 | | r | |
D 내년 3,500 | 내년 | 2026 | | r | |
D 내년 말 | 내년 말 | 2026 | END | r | |
D 올해 말 | 올해 말 | 2025 | END | r | |
D 올해보다 3.1% | 올해 | 2025 | | r | |
D 내년 1월 | 내년 1월 | 2026-01 | | r | |
D 다음 달 16일 | 다음 달 16일 | 2025-12-16 | | r | | future (확정된다)
O 부산시, | 부산시 | | | |
O 부산일보 | 부산일보 | | | |
O 부산시가 | 부산시 | | | |
O 부산시의회에 | 부산시의회 | | | |
O 부산시 관계자 | 부산시 | | | |
O 부산시의회 심사 | 부산시의회 | | | |
"""

DATES["003"] = "2025-07-22"
L["003"] = """
Q 두 배 가까이 | 두 배 | 2 | 배 | count | a ut=배 || | 넥스트모션 | 2025-07-22 | change | o | headline: multiple reached by 올라; what rose (the share price) is not named
Q 두 배 가까운 | 두 배 | 2 | 배 | count | a ut=배 || 가격 | 넥스트모션 | 2025-07-22 | level | o | multiple comparing price with 공모가; date only via optional 첫날
Q 1만8천원 | 1만8천원 | | KRW | currency | || 공모가 | 넥스트모션 | | level | o | offer price set before listing; 22일 dates the report (따르면): period unclear
Q 96.7% | 96.7% | | % | percent | || | 넥스트모션 | 2025-07-22 | change | o | rise over 공모가; only dates: 22일 before 따르면 (report) and 첫날 (optional)
Q 3만5천400원 | 3만5천400원 | | KRW | currency | || 마감 | 넥스트모션 | 2025-07-22 | level | o | closing price; as 96.7%
Q 4만2천원 | 4만2천원 | | KRW | currency | max || | 넥스트모션 | 2025-07-22 | level | o | 까지 -> bound max; as 96.7%
Q 4천250억원 | 4천250억원 | | KRW | currency | a || 시가총액 | 넥스트모션 | 2025-07-22 | level | o | as 96.7%
Q 2천184곳 | 2천184곳 | | 곳 | count | || 참여 | 넥스트모션 | 2025-07-08/2025-07-14 | level | r | counted noun not written; verbal noun 참여; 1,162대 1 is a ratio with 대, no quantity
Q 1만4천~1만6천원 | 1만4천~1만6천원 | | KRW | currency | || 희망 범위 | 넥스트모션 | 2025-07-08/2025-07-14 | level | r | range; period carried from 지난 8~14일
Q 1만8천원으로 | 1만8천원 | | KRW | currency | || 공모가@공모가는 | 넥스트모션 | 2025-07-08/2025-07-14 | level | r | period carried
Q 6조3천억원 | 6조3천억원 | | KRW | currency | a || 증거금 | 넥스트모션 | 2025-07-15/2025-07-16 | level | r |
Q 540억원 | 540억원 | | KRW | currency | || 자금 | 넥스트모션 | | level | o | new paragraph: 15~16일 may or may not carry
Q 320억원 | 320억원 | | KRW | currency | || 제2공장 증설 | 넥스트모션 | | level | r | 회사 = 넥스트모션; plan, no date
Q 제2공장 | 제2공장 | 2 | 공장 | ordinal | opt ut=공장 | plant number with 제: a name-like ordinal, optional
Q 612억원 | 612억원 | | KRW | currency | || 매출 | 넥스트모션 | 2024 | level | r |
Q 74억원 | 74억원 | | KRW | currency | || 영업이익 | 넥스트모션 | 2024 | level | r |
Q 41% | 41% | | % | percent | || 매출@매출의 | 넥스트모션 | 2024 | level | r | share of revenue earned abroad
Q 238명 | 238명 | | 명 | count | || 직원 수 | 넥스트모션 | 2025-06 | level | r |
Q 800억원 | 800억원 | | KRW | currency | a || 매출@올해 매출이 | 넥스트모션 | 2025 | level | r | 안팎
Q 30% 가까이 | 30% | | % | percent | a || 매출@올해 매출이 | 넥스트모션 | 2025 | change | r | 가까이 -> approx
Q 38.5% | 38.5% | | % | percent | || 지분율 | | | level | r | stake of persons (박정우 대표 등 특수관계인): no ORG subject; 상장 후 is no DATE
Q 52% | 52% | | % | percent | || 보호예수 물량 | | | level | r | holders: 기존 주주 (not ORG)
Q 340만주 | 340만주 | | 주 | count | a || 유통 가능 물량 | 넥스트모션 | | level | o | the company's float: subject 넥스트모션 or none, unclear
Q 28% | 28% | | % | percent | || 유통 가능 물량 | 넥스트모션 | | level | o | as 340만주
D 상장 첫날 공모가 두 | 첫날 | 2025-07-22 | | r | opt | 첫날 points back to the listing (like 첫해)
D 2025.07.22 | 2025.07.22 | 2025-07-22 | | a | | 입력 line
D 16:10 | 16:10 | 2025-07-22T16:10 | | a | opt | clock time
D 상장 첫날 공모가의 | 첫날 | 2025-07-22 | | r | opt |
D 22일 | 22일 | 2025-07-22 | | r | |
D 지난 8~14일 | 지난 8~14일 | 2025-07-08/2025-07-14 | | r | |
D 15~16일 | 15~16일 | 2025-07-15/2025-07-16 | | r | | past range, no 지난
D 2016년 | 2016년 | 2016 | | a | |
D 지난해 매출 | 지난해 | 2024 | | r | |
D 지난 6월 말 | 지난 6월 말 | 2025-06 | END | r | |
D 올해 매출 | 올해 | 2025 | | r | |
D 지난해보다 | 지난해 | 2024 | | r | |
O 넥스트모션, | 넥스트모션 | | | |
O 코스닥 상장 첫날 공모가 두 | 코스닥 | | | opt | stock market run by 한국거래소: a market or a division
O 넥스트모션이 | 넥스트모션 | | | |
O 코스닥 상장 첫날 공모가의 | 코스닥 | | | opt |
O 한국거래소 | 한국거래소 | | | |
O 넥스트모션은 공모가 | 넥스트모션 | | | |
O 넥스트모션은 지난 | 넥스트모션 | | | |
O 넥스트모션은 지난해 | 넥스트모션 | | | |
O 한국투자증권 | 한국투자증권 | | | |
O 넥스트모션의 | 넥스트모션 | | | |
"""

DATES["004"] = "2024-12-30"
L["004"] = """
Q 3조 2,450억 원 | 3조 2,450억 원 | | KRW | currency | || 매출@누적 매출 기준 | 넥슨 | 2024-Q1/2024-Q3 | level | r |
Q 1위를 | 1위 | | 위 | ordinal | ||
Q 4조 원 | 4조 원 | | KRW | currency | gt || 매출@연간 매출 | 넥슨 | 2024 | level | o | 돌파 -> gt; 연간 = this year's, but no DATE in the sentence (carry gives 2024-Q1/2024-Q3): unclear
Q 2조 970억 원 | 2조 970억 원 | | KRW | currency | || 매출@매출과 | 크래프톤 | 2024-Q1/2024-Q3 | level | r | 같은 기간
Q 9,670억 원 | 9,670억 원 | | KRW | currency | || 영업이익@영업이익을 기록 | 크래프톤 | 2024-Q1/2024-Q3 | level | r |
Q 46% | 46% | | % | percent | || 영업이익률 | 크래프톤 | 2024-Q1/2024-Q3 | level | r |
Q 143억 원 | 143억 원 | | KRW | currency | || 영업손실 | 엔씨소프트 | 2024-Q3 | level | r |
Q 4천 명 | 4천 명 | | 명 | count | a || 본사 인력 | 엔씨소프트 | 2024-10 | level | r | 약 -> approx; 지난 10월 in its clause
Q 3천 명 | 3천 명 | | 명 | count | || 본사 인력 | 엔씨소프트 | 2024-10 | level | r | 수준 is no approximator in the guideline list
Q 1,470억 원 | 1,470억 원 | | KRW | currency | || 영업이익@누적 영업이익 | 넷마블 | 2024-Q3 | level | r | 3분기 누적
Q 80여 곳 | 80여 곳 | | 곳 | count | || 게임사 | | 2024-11 | level | r | source 한국게임산업협회 (따르면); 지난달 말까지 = as of
Q 20곳 | 20곳 | | 곳 | count | a || 게임사 | | 2024-11 | change | r | 가량
Q 2년 연속 | 2년 | | year | duration | ||
Q 22조 9,640억 원 | 22조 9,640억 원 | | KRW | currency | || 국내 게임 시장 | | 2023 | level | r | Y 규모는 X; source 한국콘텐츠진흥원
Q 10.9% | 10.9% | | % | percent | || 국내 게임 시장 | | 2023 | change | r |
Q 11년 | 11년 | | year | duration | | 11년 만이다: 만 outside
Q 13조 1,720억 원 | 13조 1,720억 원 | | KRW | currency | || 모바일 게임 | | 2023 | level | r |
Q 57.4% | 57.4% | | % | percent | || 모바일 게임 | | 2023 | level | r | share
Q 83억 9,400만 달러 | 83억 9,400만 달러 | | USD | currency | || 게임 수출액 | | 2023 | level | r |
Q 약 11조 원 | 11조 원 | | KRW | currency | a eq || 게임 수출액 | | 2023 | level | r | conversion
Q 6.2% | 6.2% | | % | percent | || 게임 수출액 | | 2023 | change | r |
Q 25.5% | 25.5% | | % | percent | || 비중 | | 2023 | level | r | a country's share: no subject
Q 15.0% | 15.0% | | % | percent | || 비중 | | 2023 | level | r |
Q 12.3% | 12.3% | | % | percent | || 비중 | | 2023 | level | r |
Q 10여 종 | 10여 종 | | 종 | count | || 대작 | | 2025-H1 | level | r |
D [2024 결산] | 2024 | 2024 | | a | opt | bare year in the headline tag, no 년
D 2024년 | 2024년 | 2024 | | a | |
D 올해 1~3분기 | 올해 1~3분기 | 2024-Q1/2024-Q3 | | r | |
D 같은 기간 2조 | 같은 기간 | 2024-Q1/2024-Q3 | | r | opt anchor=2024-01-01 |
D 3분기에만 | 3분기 | 2024-Q3 | | r | |
D 지난 10월 | 지난 10월 | 2024-10 | | r | |
D 3분기 누적 | 3분기 | 2024-Q3 | | r | |
D 올해 폐업 | 올해 | 2024 | | r | |
D 지난달 말 | 지난달 말 | 2024-11 | END | r | |
D 지난해보다 | 지난해 | 2023 | | r | |
D 지난달 발간 | 지난달 | 2024-11 | | r | |
D 지난해 국내 | 지난해 | 2023 | | r | |
D 전년보다 | 전년 | 2022 | | r | opt anchor=2023-01-01 |
D 지난해 게임 | 지난해 | 2023 | | r | |
D 전년 대비 | 전년 | 2022 | | r | opt anchor=2023-01-01 |
D 내년 상반기 | 내년 상반기 | 2025-H1 | | r | |
O 넥슨이 | 넥슨 | | | |
O 넥슨은 | 넥슨 | | | |
O 크래프톤 | 크래프톤 | | | |
O 엔씨소프트는 3 | 엔씨소프트 | | | |
O 엔씨소프트는 지난 | 엔씨소프트 | | | |
O 넷마블 | 넷마블 | | | |
O 한국게임산업협회 | 한국게임산업협회 | | | |
O 한국콘텐츠진흥원 | 한국콘텐츠진흥원 | | | |
"""

DATES["005"] = "2024-04-17"
L["005"] = """
Q 17만3천명 증가 | 17만3천명 | | 명 | count | || 취업자 | | 2024-03 | change | r | headline; national statistics: no subject
Q 17만3천명 늘어 | 17만3천명 | | 명 | count | || 취업자 수 | | 2024-03 | change | r |
Q 석 달 | 석 달 | 3 | month | duration | ut=달 | 석 달 만에: 만에 outside
Q 10만명대 | 10만명 | | 명 | count | a || 증가 폭 | | 2024-03 | level | r | 대 after the unit -> approx; new level (…로 내려앉았다)
Q 15세 이상 취업자 | 15세 | | 세 | count | min || | | | level | o | definitional range: no fact
Q 2천819만7천명 | 2천819만7천명 | | 명 | count | || 15세 이상 취업자 수 | | 2024-03 | level | r | definitional range is part of the metric
Q 17만3천명 증가했다 | 17만3천명 | | 명 | count | || 15세 이상 취업자 수 | | 2024-03 | change | r |
Q 15세 이상 고용률 | 15세 | | 세 | count | min || | | | level | o | definitional
Q 62.4% | 62.4% | | % | percent | || 15세 이상 고용률 | | 2024-03 | level | r |
Q 0.3%포인트 | 0.3%포인트 | | %p | percent | || 15세 이상 고용률 | | 2024-03 | change | r |
Q 15∼64세 | 15∼64세 | | 세 | count | || | | | level | o | definitional range
Q 69.5% | 69.5% | | % | percent | || 15∼64세 고용률 | | 2024-03 | level | r |
Q 12만6천명 | 12만6천명 | | 명 | count | || 취업자@취업자가 12 | | 2024-03 | change | r |
Q 9만2천명 | 9만2천명 | | 명 | count | || 취업자@취업자가 12 | | 2024-03 | change | r | metric carried (도 증가)
Q 4만3천명 | 4만3천명 | | 명 | count | || 건설업 취업자 | | 2024-03 | change | r |
Q 4개월 연속 | 4개월 | | month | duration | ||
Q 1만2천명 | 1만2천명 | | 명 | count | || 제조업 취업자 | | 2024-03 | change | r |
Q 60세 이상 | 60세 | | 세 | count | min || | | | level | o | definitional
Q 26만9천명 | 26만9천명 | | 명 | count | || 60세 이상 | | 2024-03 | change | o | the counted noun (취업자) is not written in the clause: metric unclear
Q 15∼29세 | 15∼29세 | | 세 | count | || | | | level | o | definitional
Q 6만1천명 | 6만1천명 | | 명 | count | || 청년층(15∼29세) 취업자 | | 2024-03 | change | r |
Q 17개월째 | 17개월 | | month | duration | | 째 outside
Q 91만4천명 | 91만4천명 | | 명 | count | || 실업자 | | 2024-03 | level | r |
Q 1만7천명 | 1만7천명 | | 명 | count | || 실업자 | | 2024-03 | change | r |
Q 3.0% | 3.0% | | % | percent | || 실업률 | | 2024-03 | level | r |
Q 0.1%포인트 | 0.1%포인트 | | %p | percent | || 실업률 | | 2024-03 | change | r |
Q 1천612만명 | 1천612만명 | | 명 | count | || 비경제활동인구 | | 2024-03 | level | r |
Q 6만8천명 | 6만8천명 | | 명 | count | || 비경제활동인구 | | 2024-03 | change | r |
Q 38만명 | 38만명 | | 명 | count | || 취업자 증가 폭@1월과 2월 취업자 증가 폭 | | 2024-01 | level | r | 각각: 1월
Q 32만9천명 | 32만9천명 | | 명 | count | || 취업자 증가 폭@1월과 2월 취업자 증가 폭 | | 2024-02 | level | r | 각각: 2월
Q 38.6시간 | 38.6시간 | | hour | duration | || 주당 평균 취업시간 | | 2024-03 | level | o | a duration (no fact by rule) that is the measured metric here
Q 0.4시간 | 0.4시간 | | hour | duration | || 주당 평균 취업시간 | | 2024-03 | change | o | as 38.6시간
Q 41만3천명 | 41만3천명 | | 명 | count | || 일시휴직자 | | 2024-03 | level | r | the story's period (지난달)
Q 23만명 | 23만명 | | 명 | count | || 취업자 증가 폭@연간 취업자 증가 폭 | | 2024 | level | r | 정부 (unnamed) forecasts the country's figure: no subject; 연간 outside
D 3월 취업자 | 3월 | 2024-03 | | r | |
D 고용률 3월 기준 | 3월 | 2024-03 | | r | opt |
D 지난달 취업자 | 지난달 | 2024-03 | | r | |
D 1년 전 | 1년 전 | 2023 | | r | | offset from the document date
D 17일 | 17일 | 2024-04-17 | | r | |
D 3월 고용동향 | 3월 | 2024-03 | | r | | the month the statistic covers
D 지난달 15세 | 지난달 | 2024-03 | | r | |
D 작년 | 작년 | 2023 | | r | |
D 같은 달 | 같은 달 | 2023-03 | | r | opt anchor=2024-03-01 |
D 3월 기준 역대 최고를 | 3월 | 2024-03 | | r | opt | March as a kind of month (3월 기준 역대)
D 지난 1월 | 지난 1월 | 2024-01 | | r | |
D 2월 취업자 | 2월 | 2024-02 | | r | | list: 지난 1월과 2월
D 올해 연간 | 올해 | 2024 | | r | |
D 이달 중 | 이달 | 2024-04 | | r | | 중 outside
O 연합뉴스 | 연합뉴스 | | | |
O 통계청 | 통계청 | | | |
O 경제협력개발기구 | 경제협력개발기구 | | OECD | |
O 정부는 | 정부 | | | opt | unnamed institution noun
O 기획재정부 | 기획재정부 | | | |
"""

DATES["006"] = "2025-04-16"
L["006"] = """
Q 20%로 | 20% | | % | percent | || 스마트폰 점유율 | 삼성전자 | 2025-Q1 | level | r | headline
Q 1위 탈환 | 1위 | | 위 | ordinal | ||
Q 출하량 1위 | 1위 | | 위 | ordinal | ||
Q 2억9,640만대 | 2억9,640만대 | | 대 | count | || 전 세계 스마트폰 출하량 | | 2025-Q1 | level | r | market total; 카운터포인트리서치 is the source
Q 1.8% | 1.8% | | % | percent | || 전 세계 스마트폰 출하량 | | 2025-Q1 | change | r |
Q 6,050만대 | 6,050만대 | | 대 | count | || 출하@출하해 | 삼성전자 | 2025-Q1 | level | r | verbal noun 출하
Q 20.4% | 20.4% | | % | percent | || 점유율@점유율 20.4% | 삼성전자 | 2025-Q1 | level | r |
Q 1위에 | 1위 | | 위 | ordinal | ||
Q 5,710만대 | 5,710만대 | | 대 | count | || 출하@출하해 | 애플 | 2025-Q1 | level | r | metric carried from the sentence before
Q 19.3% | 19.3% | | % | percent | || 점유율@점유율 20.4% | 애플 | 2025-Q1 | level | r |
Q 2위 | 2위 | | 위 | ordinal | ||
Q 23.1% | 23.1% | | % | percent | || 점유율@애플의 점유율은 | 애플 | 2024-Q4 | level | r |
Q 3위는 | 3위 | | 위 | ordinal | ||
Q 14.1% | 14.1% | | % | percent | || 점유율@애플의 점유율은 | 샤오미 | 2025-Q1 | level | r | 3위는 샤오미: ranked subject; metric carried
Q 4,180만대 | 4,180만대 | | 대 | count | || 출하량@출하량이 4,180 | 샤오미 | 2025-Q1 | level | r |
Q 8.2% | 8.2% | | % | percent | || 점유율@애플의 점유율은 | 비보 | 2025-Q1 | level | r | 각각
Q 7.9% | 7.9% | | % | percent | || 점유율@애플의 점유율은 | 오포 | 2025-Q1 | level | r | 각각
Q 5개 | 5개 | | 개 | count | || 업체@5개 업체 | | | level | o | definitional (상위 5개 업체)
Q 69.9% | 69.9% | | % | percent | || 점유율 합계 | 삼성전자;애플;샤오미;비보;오포 | 2025-Q1 | level | o | the top five are all named in the text: subject all five, or none
Q 2.1%포인트 | 2.1%포인트 | | %p | percent | || 점유율 합계 | 삼성전자;애플;샤오미;비보;오포 | 2025-Q1 | change | o | as 69.9%
Q 600달러 | 600달러 | | USD | currency | min || 프리미엄 제품 | | | level | o | definitional price band
Q 23%로 | 23% | | % | percent | || 출하 비중 | | 2025-Q1 | level | r | market figure
Q 3%포인트 | 3%포인트 | | %p | percent | || 출하 비중 | | 2025-Q1 | change | r |
Q 21%, | 21% | | % | percent | || 프리미엄 시장 점유율 | 삼성전자 | 2025-Q1 | level | r |
Q 67% | 67% | | % | percent | || 프리미엄 시장 점유율 | 애플 | 2025-Q1 | level | r |
Q 3,200만대 | 3,200만대 | | 대 | count | || 인도 시장 출하량 | | 2025-Q1 | level | r |
Q 7% 줄어든 | 7% | | % | percent | || 인도 시장 출하량 | | 2025-Q1 | change | r |
Q 3,400만대 | 3,400만대 | | 대 | count | || 출하량@인도 시장 출하량 | | 2025-Q1 | level | r | 중남미 (a region): metric carried
Q 9% | 9% | | % | percent | || 출하량@인도 시장 출하량 | | 2025-Q1 | change | r |
Q 38% | 38% | | % | percent | || 출하량@출하량이 38% | 화웨이 | 2025-Q1 | change | r |
Q 4.5% | 4.5% | | % | percent | || 글로벌 점유율 | 화웨이 | 2025-Q1 | level | r |
Q 3~5% | 3~5% | | % | percent | || 출하량@출하량이 전 분기 | | 2025-Q2 | change | r | market forecast: no subject (카운터포인트리서치 is the source)
D 1분기 스마트폰 | 1분기 | 2025-Q1 | | r | |
D 올해 1분기 | 올해 1분기 | 2025-Q1 | | r | |
D 1분기 전 세계 | 1분기 | 2025-Q1 | | r | |
D 전년 동기 | 전년 동기 | 2024-Q1 | | r | opt anchor=2025-01-01 |
D 16일 | 16일 | 2025-04-16 | | r | |
D 지난해 4분기 | 지난해 4분기 | 2024-Q4 | | r | |
D 지난해 같은 | 지난해 | 2024 | | r | |
D 같은 기간보다 | 같은 기간 | 2024-Q1 | | r | opt anchor=2025-01-01 |
D 1년 전 | 1년 전 | 2024 | | r | |
D 1분기 프리미엄 | 1분기 | 2025-Q1 | | r | |
D 1분기에 | 1분기 | 2025-Q1 | | r | |
D 2분기에는 | 2분기 | 2025-Q2 | | r | | future clause
D 전 분기 | 전 분기 | 2025-Q1 | | r | opt anchor=2025-04-01 |
O 삼성전자, | 삼성전자 | | | |
O 디지털타임스 | 디지털타임스 | | | |
O 삼성전자가 | 삼성전자 | | | |
O 애플을 | 애플 | | | |
O 카운터포인트리서치는 1 | 카운터포인트리서치 | | | |
O 삼성전자는 갤럭시 | 삼성전자 | | | |
O 애플은 5 | 애플 | | | |
O 애플의 | 애플 | | | |
O 샤오미 | 샤오미 | | | |
O 비보 | 비보 | | | |
O 오포 | 오포 | | | |
O 삼성전자의 | 삼성전자 | | | |
O 애플은 67 | 애플 | | | |
O 화웨이 | 화웨이 | | | |
O 카운터포인트리서치는 " | 카운터포인트리서치 | | | |
"""
