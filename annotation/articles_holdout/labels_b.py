# Labels, part B (articles 007-012). Format: see labeltool.parse_lines.
L = {}
DATES = {}

DATES["007"] = "2025-12-23"
L["007"] = """
Q 5억 원 기탁 | 5억 원 | | KRW | currency | || 이웃돕기 성금 | 대경에너지 | 2025 | level | r | headline; 연말 (2025 END)
Q 5억 원을 | 5억 원 | | KRW | currency | || 이웃돕기 성금 | 대경에너지 | 2025 | level | r | 23일 dates the report (밝혔다); 연말을 맞아 gives the period
Q 1,200가구 | 1,200가구 | | 가구 | count | || 저소득층 | 대경에너지 | 2025 | level | r | beneficiaries of the company's donation; counted noun before the count
Q 300여 명 | 300여 명 | | 명 | count | || 독거노인 | 대경에너지 | 2025 | level | r |
Q 25만 원 | 25만 원 | | KRW | currency | || 지원액 | 대경에너지 | 2025 | level | r | 가구당: rate without a number
Q 150여 명 | 150여 명 | | 명 | count | || 임직원 | 대경에너지 | 2025-12-20 | level | o | 지난 20일 comes after the figure's relative clause (not its period by rule) but dates the event the figure counts: unclear
Q 3만 장 | 3만 장 | | 장 | count | || 연탄 | 대경에너지 | 2025-12-20 | level | r |
Q 2,400만 원 | 2,400만 원 | | KRW | currency | || 기부@기부했다 | 대경에너지 | 2025-12-20 | level | r | employees (members) own it with the company; verbal noun 기부; 함께 = same event
Q 한 해 동안 | 한 해 | 1 | year | duration | opt ut=해 | 한 + noun is not counted, but 한 해 동안 reads as a duration: optional
Q 12억 3천만 원 | 12억 3천만 원 | | KRW | currency | || 기부금 | 대경에너지 | 2025 | level | r | donor is the subject
Q 15% | 15% | | % | percent | || 기부금 | 대경에너지 | 2025 | change | r |
Q 17년째 | 17년째 | 17 | 년 | ordinal | ut=년 | docs/annotation.md QUANTITY: `N년째` is an ordinal like `12회째`, 째 in the span (session 24)
Q 68억 원 | 68억 원 | | KRW | currency | || 누적 기탁액 | 대경에너지 | | level | o | cumulative since 2009: no period, or 2009/2025: unclear
Q 24곳 | 24곳 | | 곳 | count | || 지역아동센터 | 대경에너지 | 2025-H1 | level | r |
Q 480대 | 480대 | | 대 | count | || 노트북 | 대경에너지 | 2025-H1 | level | r |
Q 60명 | 60명 | | 명 | count | || 저소득층 청소년 | 대경에너지 | 2025-05 | level | r |
Q 1인당 | 1인 | | 인 | count | opt | dummy 1 of a rate (1인당), like 일인당 || | | | level | o |
Q 200만 원 | 200만 원 | | KRW | currency | || 장학금 | 대경에너지 | 2025-05 | level | r |
Q 162억 원 | 162억 원 | | KRW | currency | || 목표액 | 대구사회복지공동모금회 | 2025 | level | r | 희망2026 is part of a campaign name, no DATE
Q 71억 4천만 원 | 71억 4천만 원 | | KRW | currency | || 모금액 | 대구사회복지공동모금회 | 2025-12-22 | level | r | 22일 현재 = as of
Q 44.1% | 44.1% | | % | percent | || 목표@목표의 | 대구사회복지공동모금회 | 2025-12-22 | level | r |
D 연말 이웃돕기 | 연말 | 2025 | END | r | | headline
D 연말을 | 연말 | 2025 | END | r | |
D 23일 | 23일 | 2025-12-23 | | r | |
D 지난 20일 | 지난 20일 | 2025-12-20 | | r | |
D 2025년 | 2025년 | 2025 | | a | |
D 지난해보다 | 지난해 | 2024 | | r | |
D 2009년 | 2009년 | 2009 | | a | | 2009년부터 17년째: A부터 alone
D 연말 성금을 | 연말 | 2025 | END | r | opt | generic year-end (every year's donation)
D 올해 상반기 | 올해 상반기 | 2025-H1 | | r | |
D 지난 5월 | 지난 5월 | 2025-05 | | r | |
D 내년부터 | 내년 | 2026 | | r | |
D 올해 '희망 | 올해 | 2025 | | r | |
D 지난 1일 | 지난 1일 | 2025-12-01 | | r | |
D 내년 1월 31일 | 내년 1월 31일 | 2026-01-31 | | r | |
D 22일 현재 | 22일 | 2025-12-22 | | r | | as of
O 대경에너지, | 대경에너지 | | | |
O 대경에너지가 연말 | 대경에너지 | | | |
O 대구사회복지공동모금회에 | 대구사회복지공동모금회 | | | |
O 대경에너지는 이와 | 대경에너지 | | | |
O 대경에너지가 지역 | 대경에너지 | | | |
O 대경에너지는 올해 | 대경에너지 | | | |
O 대구사회복지공동모금회는 | 대구사회복지공동모금회 | | | |
O 김철호 대경에너지 | 대경에너지 | | | |
"""

DATES["008"] = "2025-02-10"
L["008"] = """
Q 5만5천 곳 넘었다 | 5만5천 곳 | | 곳 | count | gt || 편의점 점포 | | 2024 | level | o | headline: the period (지난해) only comes later in the text
Q 200여 곳으로 좁혀져 | 200여 곳 | | 곳 | count | || 격차 | CU;GS25 | 2024 | level | o | headline: as 5만5천 곳
Q 5만5천 곳을 | 5만5천 곳 | | 곳 | count | gt || 국내 편의점 점포 수 | | 2024 | level | r | 넘어섰다 -> gt
Q 업계 1, | 1 | 1 | 위 | ordinal | opt ut= | list 1, 2위: the 1 takes 위 from the list
Q 2위인 | 2위 | | 위 | ordinal | ||
Q 200여 곳으로 좁혀졌다 | 200여 곳 | | 곳 | count | || 점포 수 격차 | CU;GS25 | 2024 | level | r | new level (…으로 좁혀졌다)
Q 1만8,458개 | 1만8,458개 | | 개 | count | || 점포 수@CU의 점포 수 | CU | 2024 | level | r | 지난해 말 기준
Q 470개 | 470개 | | 개 | count | || 점포 수@CU의 점포 수 | CU | 2024 | change | r |
Q 1만8,230개 | 1만8,230개 | | 개 | count | || 점포 수@CU의 점포 수 | GS25 | 2024 | level | r | metric carried
Q 610개 | 610개 | | 개 | count | || 점포 수@CU의 점포 수 | GS25 | 2024 | change | r |
Q 1만2,150개 | 1만2,150개 | | 개 | count | || 점포 수@CU의 점포 수 | 세븐일레븐 | 2024 | level | r |
Q 900개 | 900개 | | 개 | count | a || 점포 수@CU의 점포 수 | 세븐일레븐 | 2024 | change | r | 가까이 -> approx
Q 6,130개 | 6,130개 | | 개 | count | || 점포 수@CU의 점포 수 | 이마트24 | 2024 | level | r | 이마트24: digits inside a name, no quantity
Q 200여 개 | 200여 개 | | 개 | count | || 점포 수@CU의 점포 수 | 이마트24 | 2024 | change | r |
Q 4사 점포 | 4사 | | 사 | count | || | | | level | o | the four companies named above: a description, no fact of its own
Q 5만4,968개 | 5만4,968개 | | 개 | count | || 점포@4사 점포 | CU;GS25;세븐일레븐;이마트24 | 2024 | level | r | the four are named in full
Q 5만5천 곳을 넘는다 | 5만5천 곳 | | 곳 | count | gt || 점포@4사 점포 | | 2024 | level | o | includes unnamed brands: no subject; metric only implied
Q 편의점 4사 | 4사 | | 사 | count | || 편의점@편의점 4사 | | | level | o | as 4사 above
Q 2,800여 개 | 2,800여 개 | | 개 | count | || 신규 출점 수 | CU;GS25;세븐일레븐;이마트24 | 2024 | level | r |
Q 30% 넘게 | 30% | | % | percent | gt || 신규 출점 수 | CU;GS25;세븐일레븐;이마트24 | 2024 | change | r |
Q 500개 | 500개 | | 개 | count | || 순증 목표 | CU | 2025 | level | r |
Q 600개 | 600개 | | 개 | count | || 순증 목표 | GS25 | 2025 | level | r |
Q 8조 6,660억 원 | 8조 6,660억 원 | | KRW | currency | || 매출@지난해 매출 | BGF리테일 | 2024 | level | r |
Q 2,550억 원 | 2,550억 원 | | KRW | currency | || 영업이익 | BGF리테일 | 2024 | level | r |
Q 8조 6,020억 원 | 8조 6,020억 원 | | KRW | currency | || 편의점 부문 매출 | GS리테일 | 2024 | level | r | period of the story (지난해)
Q 640억 원 | 640억 원 | | KRW | currency | || 차이 | GS리테일 | 2024 | change | o | difference between two companies: subject GS리테일 or both, unclear
Q 4.3% | 4.3% | | % | percent | || 편의점 매출 | | 2024 | change | r | 산업통상자원부 is the source
Q 17.1% | 17.1% | | % | percent | || 편의점 매출 | | 2024 | level | r | share
D 2025.02.10 | 2025.02.10 | 2025-02-10 | | a | |
D 09:30 | 09:30 | 2025-02-10T09:30 | | a | opt | clock time
D 지난해 국내 | 지난해 | 2024 | | r | |
D 10일 | 10일 | 2025-02-10 | | r | |
D 지난해 말 | 지난해 말 | 2024 | END | r | |
D 1년 전 | 1년 전 | 2023 | | r | opt anchor=2024-12-31 | counts from the period named (지난해 말), not from the document date: optional
D 같은 기간 | 같은 기간 | 2024 | | r | opt anchor=2024-01-01 |
D 지난해 신규 | 지난해 | 2024 | | r | |
D 2년 전 | 2년 전 | 2022 | | r | opt anchor=2024-01-01 | counts from 지난해: optional (from the document date it would be 2023)
D 올해도 | 올해 | 2025 | | r | |
D 올해 순증 | 올해 | 2025 | | r | |
D 지난해 매출 | 지난해 | 2024 | | r | |
D 지난해 편의점 | 지난해 | 2024 | | r | |
D 전년보다 | 전년 | 2023 | | r | opt anchor=2024-01-01 |
D 올해부터 | 올해 | 2025 | | r | |
O CU·GS25 | CU | | | |
O ·GS25 | GS25 | | | |
O 머니투데이 | 머니투데이 | | | |
O CU와 | CU | | | |
O GS25의 | GS25 | | | |
O CU의 | CU | | | |
O GS25는 1 | GS25 | | | |
O 세븐일레븐 | 세븐일레븐 | | | |
O 이마트24 | 이마트24 | | | |
O CU는 | CU | | | |
O GS25는 6 | GS25 | | | |
O CU 운영사 | CU | | | |
O BGF리테일은 | BGF리테일 | | | |
O GS리테일 | GS리테일 | | | |
O BGF리테일과 | BGF리테일 | | | |
O 산업통상자원부 | 산업통상자원부 | | | |
"""

DATES["009"] = "2025-03-04"
L["009"] = """
Q 250억원 규모 시리즈B | 250억원 | | KRW | currency | || 시리즈B 투자 | 루미랩 | | level | r | headline; X 규모 Y
Q 250억원 규모의 | 250억원 | | KRW | currency | || 시리즈B 투자 | 루미랩 | | level | r | 4일 dates the report: no period
Q 410억원 | 410억원 | | KRW | currency | || 누적 투자 유치액 | 루미랩 | | level | r | new level (…으로 늘었다)
Q 1천500억원 | 1천500억원 | | KRW | currency | a || 기업가치 | 루미랩 | | level | r |
Q 12개 | 12개 | | 개 | count | || 고객사 | 루미랩 | 2025-03-04 | level | o | only date is 현재 (optional)
Q 31곳 | 31곳 | | 곳 | count | || 물류센터@물류센터 31곳 | 루미랩 | 2025-03-04 | level | o | as 12개
Q 1명 | 1명 | | 명 | count | opt | 작업자 1명이 시간당: dummy 1 of a rate || | | | level | o |
Q 2.3배 | 2.3배 | | 배 | count | || 물량 | 루미랩 | | change | r | multiple reached by a change word (…배로 늘렸다); 평균 no approximator
Q 87억원 | 87억원 | | KRW | currency | || 매출@지난해 매출은 | 루미랩 | 2024 | level | r |
Q 2배 이상 | 2배 | | 배 | count | min || 매출@지난해 매출은 | 루미랩 | 2024 | change | r | 3배 늘었다 -> change
Q 200억원 | 200억원 | | KRW | currency | || 목표 | 루미랩 | 2025 | level | r | figure given as 목표
Q 45명 | 45명 | | 명 | count | || 임직원 수 | 루미랩 | 2024 | level | r | 지난해 초
Q 112명 | 112명 | | 명 | count | || 임직원 수 | 루미랩 | 2025-03-04 | level | o | only date 현재 (optional)
Q 4조 5천억 원 | 4조 5천억 원 | | KRW | currency | a || 국내 물류 자동화 시장 | | 2024 | level | r | Y 규모는 X
Q 9% | 9% | | % | percent | || 국내 물류 자동화 시장 | | 2030 | change | o | growth rate to 2030 (연평균): period 2030, a range to 2030, or none
Q 3,300㎡ | 3,300㎡ | | ㎡ | measure | || 실증센터 | 루미랩 | 2025-02 | level | r |
Q 월 150대 | 150대 | | 대 | count | || 로봇 생산능력 | 루미랩 | 2025 | level | r | 연말까지 (future); 월 = per month, no DATE
Q 50명 | 50명 | | 명 | count | || 연구 인력 | 루미랩 | 2026 | level | r | 내년까지 채용 plan
Q 2년 안에 | 2년 | | year | duration | max | 안에 like 내 -> max
Q 30% 이상 | 30% | | % | percent | min || 해외 매출 비중 | 루미랩 | | level | r |
D 4일 | 4일 | 2025-03-04 | | r | |
D 2021년 | 2021년 | 2021 | | a | |
D 현재 CJ | 현재 | 2025-03-04 | | r | opt |
D 지난해 매출 | 지난해 | 2024 | | r | |
D 전년 대비 | 전년 | 2023 | | r | opt anchor=2024-01-01 |
D 올해는 | 올해 | 2025 | | r | |
D 지난해 초 | 지난해 초 | 2024 | START | r | |
D 현재 112 | 현재 | 2025-03-04 | | r | opt |
D 지난해 약 | 지난해 | 2024 | | r | |
D 2030년까지 | 2030년 | 2030 | | a | |
D 지난달 | 지난달 | 2025-02 | | r | |
D 연말까지 | 연말 | 2025 | END | r | |
D 내년까지 | 내년 | 2026 | | r | |
O 루미랩, | 루미랩 | | | |
O 연합뉴스 | 연합뉴스 | | | |
O 루미랩은 250 | 루미랩 | | | |
O 한빛인베스트먼트 | 한빛인베스트먼트 | | | |
O 스톤브릿지벤처스 | 스톤브릿지벤처스 | | | |
O 신한벤처투자 | 신한벤처투자 | | | |
O 카카오벤처스 | 카카오벤처스 | | | |
O 루미랩의 누적 | 루미랩 | | | |
O 루미랩의 기업가치 | 루미랩 | | | |
O 루미랩은 물류 | 루미랩 | | | |
O CJ대한통운 | CJ대한통운 | | | |
O 쿠팡 | 쿠팡 | | | |
O 루미랩의 지난해 | 루미랩 | | | |
O 루미랩은 지난달 | 루미랩 | | | |
O 김도윤 루미랩 | 루미랩 | | | |
"""

DATES["010"] = "2025-06-01"
L["010"] = """
Q 572억달러 | 572억달러 | | USD | currency | || 수출 | | 2025-05 | level | r | headline; a country's exports: no subject
Q 1.3% 감소… | 1.3% | | % | percent | || 수출 | | 2025-05 | change | r |
Q 4개월 만에 | 4개월 | | month | duration | |
Q 572억7천만달러 | 572억7천만달러 | | USD | currency | || 수출 | | 2025-05 | level | r | 산업통상자원부 is the source (밝혔다)
Q 1.3% 감소했다 | 1.3% | | % | percent | || 수출 | | 2025-05 | change | r |
Q 503억5천만달러 | 503억5천만달러 | | USD | currency | || 수입 | | 2025-05 | level | r |
Q 5.3% | 5.3% | | % | percent | || 수입 | | 2025-05 | change | r |
Q 69억2천만달러 | 69억2천만달러 | | USD | currency | || 무역수지 | | 2025-05 | level | r |
Q 4개월 연속 | 4개월 | | month | duration | |
Q 15대 | 15대 | | 대 | count | opt | 15대 주력 품목: 'top 15', not machines counted || 주력 품목 | | | level | o |
Q 138억달러 | 138억달러 | | USD | currency | || 반도체 수출 | | 2025-05 | level | r |
Q 21.2% | 21.2% | | % | percent | || 반도체 수출 | | 2025-05 | change | r |
Q 25억1천만달러 | 25억1천만달러 | | USD | currency | || 선박 수출 | | 2025-05 | level | r |
Q 53.8% | 53.8% | | % | percent | || 선박 수출 | | 2025-05 | change | r |
Q 62억달러 | 62억달러 | | USD | currency | || 자동차 수출 | | 2025-05 | level | r |
Q 4.4% | 4.4% | | % | percent | || 자동차 수출 | | 2025-05 | change | r |
Q -23.9% | -23.9% | | % | percent | || 석유제품 | | 2025-05 | change | r | sign kept
Q -15.6% | -15.6% | | % | percent | || 석유화학 | | 2025-05 | change | r |
Q 87억8천만달러 | 87억8천만달러 | | USD | currency | || 대미 수출 | | 2025-05 | level | r |
Q 8.1% | 8.1% | | % | percent | || 대미 수출 | | 2025-05 | change | r |
Q 104억달러 | 104억달러 | | USD | currency | || 대중국 수출 | | 2025-05 | level | r |
Q 8.4% | 8.4% | | % | percent | || 대중국 수출 | | 2025-05 | change | r |
Q 100억달러 | 100억달러 | | USD | currency | || 아세안 수출 | | 2025-05 | level | r |
Q 4.3% | 4.3% | | % | percent | || 아세안 수출 | | 2025-05 | change | r |
Q 2천652억달러 | 2천652억달러 | | USD | currency | || 수출@누적 수출은 | | 2025-01/2025-05 | level | r |
Q 2.2% 감소 | 2.2% | | % | percent | || 수출@누적 수출은 | | 2025-01/2025-05 | change | r |
Q 25억9천만달러 | 25억9천만달러 | | USD | currency | || 일평균 수출 | | 2025-05 | level | o | May's daily average, but the sentence continues the 1∼5월 paragraph: 2025-05 or 2025-01/2025-05
Q 2.2% 늘었다 | 2.2% | | % | percent | || 일평균 수출 | | 2025-05 | change | o | as above
Q 11억달러 | 11억달러 | | USD | currency | || 컴퓨터(SSD) 수출 | | 2025-05 | level | o | new paragraph after the 1∼5월 one, no DATE: May (the release month) or none
Q 40.7% | 40.7% | | % | percent | || 컴퓨터(SSD) 수출 | | 2025-05 | change | o | as above
Q 4개월 연속 증가 | 4개월 | | month | duration | |
Q 14억2천만달러 | 14억2천만달러 | | USD | currency | || 바이오헬스 | | 2025-05 | level | o | as above
Q 18.3% | 18.3% | | % | percent | || 바이오헬스 | | 2025-05 | change | o | as above
Q 106억달러 | 106억달러 | | USD | currency | || 에너지 수입 | | 2025-05 | level | o | as above
Q 20.6% | 20.6% | | % | percent | || 에너지 수입 | | 2025-05 | change | o | as above
Q 219억달러 | 219억달러 | | USD | currency | || 무역수지@누적 무역수지 | | 2025-01/2025-05 | level | r |
Q 1조원 | 1조원 | | KRW | currency | || 수출 바우처 추가 지원 | 산업통상자원부 | 2025-06 | level | o | the ministry's plan; 이달 중 dates the plan's making more than the money
D 5월 수출 | 5월 | 2025-05 | | r | |
D 역대 5월 최대 | 5월 | 2025-05 | | r | opt | a kind of month (역대 5월)
D 지난달 | 지난달 | 2025-05 | | r | |
D 5월 수출이 | 5월 | 2025-05 | | r | |
D 작년 | 작년 | 2024 | | r | |
D 같은 달 | 같은 달 | 2024-05 | | r | opt anchor=2025-05-01 |
D 1일 | 1일 | 2025-06-01 | | r | |
D 역대 5월 중 | 5월 | 2025-05 | | r | opt | 중 outside
D 1∼5월 누적 수출 | 1∼5월 | 2025-01/2025-05 | | r | |
D 전년 동기 | 전년 동기 | 2024-01/2024-05 | | r | opt anchor=2025-01-01 |
D 올해 1∼5월 | 올해 1∼5월 | 2025-01/2025-05 | | r | |
D 6월에도 | 6월 | 2025-06 | | r | | future clause
D 이달 중 | 이달 | 2025-06 | | r | |
O 연합뉴스 | 연합뉴스 | | | |
O 산업통상자원부 | 산업통상자원부 | | | |
O 아세안 | 아세안 | | | opt | ASEAN named as a destination region
O 산업부 | 산업부 | 산업통상자원부 | | | short form
"""

DATES["011"] = "2025-02-07"
L["011"] = """
Q 4,400억 원… | 4,400억 원 | | KRW | currency | || 순이익 | BNK부산은행 | 2024 | level | r | headline
Q 10.6%↑ | 10.6% | | % | percent | || 순이익 | BNK부산은행 | 2024 | change | r |
Q 4천억 원대 | 4천억 원 | | KRW | currency | a || 순이익 | BNK부산은행 | 2024 | level | r | 원대 -> approx, 대 outside
Q 4,400억 원으로 | 4,400억 원 | | KRW | currency | || 당기순이익 | BNK부산은행 | 2024 | level | r | 부산은행의 (genitive owner); BNK금융지주 only discloses
Q 10.6% 증가 | 10.6% | | % | percent | || 당기순이익 | BNK부산은행 | 2024 | change | r |
Q 2,590억 원 | 2,590억 원 | | KRW | currency | || 순이익@순이익을 올렸다 | 경남은행 | 2024 | level | r | 같은 기간
Q 6,399억 원 | 6,399억 원 | | KRW | currency | || 당기순이익@전체 당기순이익 | BNK금융지주 | 2024 | level | r | 그룹 전체 = the holding group
Q 2.8% | 2.8% | | % | percent | || 당기순이익@전체 당기순이익 | BNK금융지주 | 2024 | change | r |
Q 1조 2,140억 원 | 1조 2,140억 원 | | KRW | currency | || 이자이익@의 이자이익 | BNK부산은행 | 2024 | level | r |
Q 1.9% | 1.9% | | % | percent | || 이자이익@의 이자이익 | BNK부산은행 | 2024 | change | r |
Q 1,250억 원 | 1,250억 원 | | KRW | currency | || 비이자이익 | BNK부산은행 | 2024 | level | r |
Q 35% 넘게 | 35% | | % | percent | gt || 비이자이익 | BNK부산은행 | 2024 | change | r |
Q 2.01% | 2.01% | | % | percent | || 순이자마진 | BNK부산은행 | 2024 | level | r | alias (NIM) outside
Q 0.12%p | 0.12%p | | %p | percent | || 순이자마진 | BNK부산은행 | 2024 | change | r |
Q 540억 원 | 540억 원 | | KRW | currency | || 순이익@4분기 순이익 | BNK부산은행 | 2024-Q4 | level | r |
Q 56% | 56% | | % | percent | || 순이익@4분기 순이익 | BNK부산은행 | 2024-Q4 | change | r |
Q 84조 원 | 84조 원 | | KRW | currency | || 총자산 | BNK부산은행 | 2024 | level | r | 지난해 말 기준
Q 51조 3천억 원 | 51조 3천억 원 | | KRW | currency | || 원화대출금 | BNK부산은행 | 2024 | level | r |
Q 0.71% | 0.71% | | % | percent | || 연체율 | BNK부산은행 | 2024 | level | r |
Q 0.25%포인트 | 0.25%포인트 | | %p | percent | || 연체율 | BNK부산은행 | 2024 | change | r |
Q 1.98% | 1.98% | | % | percent | || 순이자마진@경남은행의 순이자마진 | 경남은행 | 2024 | level | r | period of the story carried
Q 204곳 | 204곳 | | 곳 | count | || 점포 수 | BNK부산은행 | 2024 | level | r |
Q 1년 새 | 1년 | | year | duration | | 1년 새 = within a year
Q 11곳 | 11곳 | | 곳 | count | || 점포 수 | BNK부산은행 | 2024 | change | r |
Q 3,150명 | 3,150명 | | 명 | count | || 임직원 | BNK부산은행 | 2024 | level | r |
Q 12.3% | 12.3% | | % | percent | || 보통주자본(CET1) 비율 | BNK금융지주 | 2024 | level | r |
Q 0.2%p | 0.2%p | | %p | percent | || 보통주자본(CET1) 비율 | BNK금융지주 | 2024 | change | r |
Q 625원 | 625원 | | KRW | currency | || 현금배당 | BNK금융지주 | | level | o | dividend for FY2024 decided on 이날 (optional DATE): period 2024, 2025-02-07 or none
Q 2,000억 원 | 2,000억 원 | | KRW | currency | a || 배당 총액 | BNK금융지주 | | level | o | as 625원
Q 500억 원 | 500억 원 | | KRW | currency | || 자사주 | BNK금융지주 | 2025-06 | level | r | X 규모의 Y; 오는 6월까지
Q 2조 원 | 2조 원 | | KRW | currency | min || 지역 중소기업 대출 | BNK부산은행 | 2025 | change | r | 늘리면서: a change; 부산은행 관계자 speaks for the bank
D 지난해 순이익 | 지난해 | 2024 | | r | |
D 전년比 | 전년 | 2023 | | r | opt anchor=2024-01-01 |
D 지난해 4천억 | 지난해 | 2024 | | r | |
D 2024년 | 2024년 | 2024 | | a | |
D 전년보다 | 전년 | 2023 | | r | opt anchor=2024-01-01 |
D 7일 | 7일 | 2025-02-07 | | r | |
D 같은 기간 | 같은 기간 | 2024 | | r | opt anchor=2024-01-01 |
D 전년 대비 | 전년 | 2023 | | r | opt anchor=2024-01-01 |
D 4분기 | 4분기 | 2024-Q4 | | r | | latest Q4 on or before the document date
D 전 분기 | 전 분기 | 2024-Q3 | | r | opt anchor=2024-10-01 |
D 지난해 말 기준 부산은행의 총 | 지난해 말 | 2024 | END | r | |
D 1년 전 | 1년 전 | 2023 | | r | opt anchor=2024-12-31 | counts from 지난해 말, not from the document date
D 지난해 말 기준 204 | 지난해 말 | 2024 | END | r | |
D 이날 | 이날 | 2025-02-07 | | r | opt anchor=2025-02-07 |
D 오는 6월 | 오는 6월 | 2025-06 | | r | |
D 올해는 | 올해 | 2025 | | r | |
O BNK부산은행, | BNK부산은행 | | | |
O 국제신문 | 국제신문 | | | |
O BNK부산은행이 | BNK부산은행 | | | |
O BNK금융지주는 부산 | BNK금융지주 | | | |
O 부산은행의 2024 | 부산은행 | BNK부산은행 | | | short form
O 경남은행은 | 경남은행 | | | |
O 부산은행의 이자 | 부산은행 | BNK부산은행 | | |
O 부산은행의 총자산 | 부산은행 | BNK부산은행 | | |
O 경남은행의 | 경남은행 | | | |
O 부산은행의 점포 | 부산은행 | BNK부산은행 | | |
O BNK금융지주의 | BNK금융지주 | | | |
O BNK금융지주는 이날 | BNK금융지주 | | | |
O 부산은행 관계자 | 부산은행 | BNK부산은행 | | |
"""

DATES["012"] = "2025-05-15"
L["012"] = """
Q 612억 원 '역대 | 612억 원 | | KRW | currency | || 매출@1분기 매출 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r | headline
Q 세 배로 | 세 배 | 3 | 배 | count | ut=배 || 공연 매출@공연 매출 세 배 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | o | headline, no verb: level (multiple without change word) or change
Q 612억 원으로 | 612억 원 | | KRW | currency | || 매출@매출은 612 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 48.2% | 48.2% | | % | percent | || 매출@매출은 612 | 스타플렉스엔터테인먼트 | 2025-Q1 | change | r |
Q 87억 원 | 87억 원 | | KRW | currency | || 영업이익@영업이익은 87 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 2.6배 | 2.6배 | | 배 | count | || 영업이익@영업이익은 87 | 스타플렉스엔터테인먼트 | 2025-Q1 | change | r | 배 증가 -> change
Q 14.2% | 14.2% | | % | percent | || 영업이익률 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 198억 원 | 198억 원 | | KRW | currency | || 공연 매출@공연 매출이 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 64억 원 | 64억 원 | | KRW | currency | || 공연 매출@공연 매출이 | 스타플렉스엔터테인먼트 | 2024-Q1 | level | r | 지난해 1분기(64억 원)
Q 세 배 수준 | 세 배 | 3 | 배 | count | ut=배 || 공연 매출@공연 매출이 | 스타플렉스엔터테인먼트 | 2025-Q1 | change | r | multiple reached by 뛰었다
Q 11개 | 11개 | | 개 | count | || 도시 | 노바 | 2025-01/2025-03 | level | o | music group (optional ORG) is the subject
Q 22회 | 22회 | | 회 | count | || 공연@22회 공연 | 노바 | 2025-01/2025-03 | level | o | as 11개
Q 31만 명 | 31만 명 | | 명 | count | a || 관객 | 노바 | 2025-01/2025-03 | level | o | as 11개
Q 142억 원 | 142억 원 | | KRW | currency | || 앨범 매출 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 57억 원 | 57억 원 | | KRW | currency | || 음원 매출 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 2집 | 2집 | | 집 | ordinal | | album number (정규 2집), like 2탄
Q 87만 장 | 87만 장 | | 장 | count | || 판매량 | | | level | o | a product's figure (the album): no subject; 첫 주 is no DATE
Q 113억 원 | 113억 원 | | KRW | currency | || MD(굿즈)와 라이선싱 매출 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 31% | 31% | | % | percent | || MD(굿즈)와 라이선싱 매출 | 스타플렉스엔터테인먼트 | 2025-Q1 | change | r |
Q 42만 명 | 42만 명 | | 명 | count | || 유료 구독자 | 플렉스온 | 2025-03 | level | o | subject only the optional ORG 플렉스온 (a fan app)
Q 1,870억 원 | 1,870억 원 | | KRW | currency | || 매출@연간 매출은 1,870 | 스타플렉스엔터테인먼트 | 2024 | level | r |
Q 215억 원 | 215억 원 | | KRW | currency | || 영업이익@영업이익은 215 | 스타플렉스엔터테인먼트 | 2024 | level | r |
Q 1,040억 원 | 1,040억 원 | | KRW | currency | || 현금성 자산 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r | 1분기 말
Q 5팀 | 5팀 | | 팀 | count | || 소속 아티스트 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 28명 | 28명 | | 명 | count | || 소속 아티스트 | 스타플렉스엔터테인먼트 | 2025-Q1 | level | r |
Q 2천500억 원 | 2천500억 원 | | KRW | currency | a || 매출@연간 매출이 2천 | 스타플렉스엔터테인먼트 | 2025 | level | r | 안팎
Q 12% 넘게 | 12% | | % | percent | gt || 주가 | 스타플렉스엔터테인먼트 | 2025-05-15 | change | o | only date 다음 날 (anaphoric, optional)
D 1분기 매출 | 1분기 | 2025-Q1 | | r | |
D 14일 | 14일 | 2025-05-14 | | r | |
D 2025년 1분기 | 2025년 1분기 | 2025-Q1 | | a | |
D 전년 동기 | 전년 동기 | 2024-Q1 | | r | opt anchor=2025-01-01 |
D 같은 기간 | 같은 기간 | 2025-Q1 | | r | opt anchor=2025-01-01 | the comparison's period (or its basis 2024-Q1)
D 지난해 1분기 | 지난해 1분기 | 2024-Q1 | | r | |
D 지난 1월 | 지난 1월 | 2025-01 | | r | | 지난 1월부터 3월까지: two mentions
D 3월까지 | 3월 | 2025-03 | | r | |
D 3월 말 | 3월 말 | 2025-03 | END | r | |
D 지난해 스타 | 지난해 | 2024 | | r | |
D 1분기 말 | 1분기 말 | 2025-Q1 | END | r | rs=2025-01-01 re=2025-03-31 | part of a quarter: whole quarter kept
D 오는 6월 | 오는 6월 | 2025-06 | | r | |
D 하반기 | 하반기 | 2025-H2 | | r | | future clause
D 올해 연간 | 올해 | 2025 | | r | |
D 다음 날 | 다음 날 | 2025-05-15 | | r | opt anchor=2025-05-14 | the day after the disclosure (14일)
O 스타플렉스엔터, | 스타플렉스엔터 | 스타플렉스엔터테인먼트 | | | short form of the full name in the text
O 스타플렉스엔터테인먼트( | 스타플렉스엔터테인먼트 | | 스타플렉스 | |
O (이하 스타플렉스) | 스타플렉스 | 스타플렉스엔터테인먼트 | | opt | short name defined with 이하
O 스타플렉스가 | 스타플렉스 | 스타플렉스엔터테인먼트 | | |
O 노바(NOVA) | 노바 | | NOVA | opt | music group
O 노바의 | 노바 | | | opt |
O 플렉스온 | 플렉스온 | | | opt | fan platform (app) of the company
O 지난해 스타플렉스 | 스타플렉스 | 스타플렉스엔터테인먼트 | | |
O 스타플렉스는 | 스타플렉스 | 스타플렉스엔터테인먼트 | | |
O 스타플렉스의 올해 | 스타플렉스 | 스타플렉스엔터테인먼트 | | |
O 스타플렉스 주가 | 스타플렉스 | 스타플렉스엔터테인먼트 | | |
"""
