import os
# Second-labeller facts for articles_holdout42 (IAA, shared guideline only).
# Labels are data below; metric offsets are found with str.find near the quantity.
import sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + '/'  # the set's folder
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'facts.csv')

# per doc: mention_id -> (metric_text, subject, period, kind, status, note[, pick])
# pick: None = occurrence nearest the number; 'b' = nearest before; 'a' = nearest after;
#       int = the occurrence starting at or after that offset.
# Durations and ordinals get no row (listed as None).
R = '' ; O = 'optional'
L = {
'001': {
 'Q1': ('거래액', '배달통통', '2025', 'level', 'optional', 'quantity optional (headline, currency implied); 작년 of the headline', 'b'),
 'Q2': ('라이더', '배달통통', '2025', 'level', 'required', 'headline 라이더 3만명 넘어; the body gives 지난해 말 기준, and the headline 작년', 'b'),
 'Q3': ('거래액', '배달통통', '2025', 'level', 'required', '2025년 연간 거래액: 연간 outside'),
 'Q4': ('거래액', '배달통통', '2025', 'change', 'required', '전년보다 18.6% 늘었다: period the current one', 'b'),
 'Q5': ('주문 건수', '배달통통', '2025', 'level', 'required', '같은 기간 = 2025'),
 'Q6': ('주문 건수', '배달통통', '2024', 'level', 'required', '2024년(2억 3,900만 건): the basis figure, period 2024', 'b'),
 'Q7': ('주문 건수', '배달통통', '2025', 'change', 'required', '3,500만 건 증가', 'b'),
 'Q8': None,  # duration (optional) 하루 of 하루 평균
 'Q9': ('주문', '배달통통', '2025', 'level', 'required', '하루 평균 약 75만 건의 주문: counted noun after; 하루 평균 (basis) outside; period carried', 'a'),
 'Q10': None,  # duration (optional) 한 달
 'Q11': ('거래액', '배달통통', '2025-12', 'level', 'required', '지난해 12월 한 달 거래액 (한 달 restates the month)', 'b'),
 'Q12': ('활동 라이더', '배달통통', '2025', 'level', 'required', '지난해 말 기준 (as of, END): value 2025; 활동 kept (active riders, changes what is counted)'),
 'Q13': None,  # duration 1년 새
 'Q14': ('활동 라이더', '배달통통', '2025', 'change', 'required', '1년 새 4,600명 늘었다', 'b'),
 'Q15': ('', '', '', 'level', 'optional', 'quantity optional: the 1 of the rate denominator 1인당'),
 'Q16': None,  # duration (optional) 하루 of 하루 평균
 'Q17': ('배달 건수', '배달통통', '2025', 'level', 'required', '라이더 1인당 하루 평균 (basis) outside; period carried from 지난해 말'),
 'Q18': None,  # ordinal 1위
 'Q19': ('거래액', '배달의민족', '2025', 'level', 'required', '같은 기간 = 2025', 'b'),
 'Q20': None,  # ordinal 2위
 'Q21': ('거래액', '쿠팡이츠', '2025', 'level', 'required', 'subject 2위 쿠팡이츠; metric carried from the same sentence', 'b'),
 'Q22': ('시장 점유율', '배달통통', '2025', 'level', 'required', 'period carried (같은 기간)'),
 'Q23': ('시장 점유율', '배달통통', '2025', 'change', 'required', '전년 대비 1.2%포인트 상승', 'b'),
 'Q24': None,  # ordinal 3위
 'Q25': ('투자', '한빛커머스홀딩스', '2026', 'level', 'required', 'the parent invests in 배달통통: the investor is the subject; verbal noun 투자하기로', 'a'),
 'Q26': ('비수도권 가맹점', '배달통통', '2025', 'level', 'required', '지난해 말 12만 곳이던 (old level, END)', 'a'),
 'Q27': ('비수도권 가맹점', '배달통통', '2026', 'level', 'required', '올해 말까지 15만 곳으로 늘릴 계획 (target, END)', 'b'),
 'Q28': ('거래액', '배달통통', '2026', 'level', 'required', 'CEO target: 올해 거래액 5조 원', 'b'),
 'Q29': ('라이더', '배달통통', '2026', 'level', 'required', 'CEO target: 라이더 4만 명 이상', 'b'),
},
'002': {
 'Q1': ('영업이익', '대한셀텍', '2025', 'change', 'required', 'headline: 작년 영업이익 12.7% 증가', 'b'),
 'Q2': ('투자', '대한셀텍', '2027-H2', 'level', 'optional', 'quantity optional (headline, currency implied); period as for the body figure Q16 (unclear)', 'a'),
 'Q3': ('매출', '대한셀텍', '2025', 'level', 'required', '연결 기준 outside', 'b'),
 'Q4': ('매출', '대한셀텍', '2025', 'change', 'required', '전년보다 6.2% 줄었지만', 'b'),
 'Q5': ('영업이익', '대한셀텍', '2025', 'level', 'required', '', 'b'),
 'Q6': ('영업이익', '대한셀텍', '2025', 'change', 'required', '12.7% 늘었다', 'b'),
 'Q7': ('영업이익률', '대한셀텍', '2025', 'level', 'required', '', 'b'),
 'Q8': ('영업이익률', '대한셀텍', '2024', 'level', 'required', '전년(3.5%): basis figure, period = 전년 (D5, 2024)', 'b'),
 'Q9': ('영업이익률', '대한셀텍', '2025', 'change', 'required', '0.7%포인트 높아졌다', 'b'),
 'Q10': ('생산세액공제', '대한셀텍', '2025', 'level', 'required', 'US production tax credit received; period carried from 지난해'),
 'Q11': ('영업이익', '대한셀텍', '2025', 'level', 'required', 'operating profit excluding the credit (빼면 ... 2,260억 원): same metric noun, nearest mention', 'b'),
 'Q12': ('매출', '대한셀텍', '2025-Q4', 'level', 'required', '4분기만 보면', 'b'),
 'Q13': ('영업이익', '대한셀텍', '2025-Q4', 'level', 'required', '', 'b'),
 'Q14': ('매출 비중', '대한셀텍', '2025', 'level', 'required', '지난해 제품별 매출 비중: 제품별 (breakdown basis) outside; product line 전기차용 배터리', 'b'),
 'Q15': ('매출 비중', '대한셀텍', '2025', 'level', 'required', 'ESS용 22%', 'b'),
 'Q16': ('투자', '대한셀텍', '2027-H2', 'level', 'required', 'UNCLEAR period: no date in the clause; the sentence has 내년 하반기까지 (deadline of building the plant, 투자해 ... 짓기로) and 이날 (dates the decision, not a period); took 내년 하반기 by the clause-then-sentence rule', 'a'),
 'Q17': ('배터리 공장', '대한셀텍', '2027-H2', 'level', 'required', '연산 30GWh 규모의 배터리 공장: 규모 -> the thing whose size it is; 내년 하반기까지 (deadline)', 'a'),
 'Q18': ('고용', '대한셀텍', '2027-H2', 'level', 'required', 'UNCLEAR period: hiring at the new plant, no date in the sentence; 내년 하반기 carried from the previous sentence (same subject); verbal noun 고용할', 'a'),
 'Q19': ('매출', '노스스타셀', '2025', 'level', 'required', 'the JV (50/50 with GM) earned it: JV is the subject', 'a'),
 'Q20': ('오하이오 공장 생산능력', '노스스타셀', '2025', 'level', 'required', '작년 말 25GWh였던 (old level, END); 합작법인 = 노스스타셀'),
 'Q21': ('오하이오 공장 생산능력', '노스스타셀', '2027', 'level', 'required', '내년 말까지 40GWh로 (target, END)'),
 'Q22': ('매출 목표', '대한셀텍', '2026', 'level', 'required', '올해 매출 목표를 11조 원으로 잡았다: target kept in the metric', 'b'),
 'Q23': ('배터리 출하량', '대한셀텍', '2026', 'change', 'required', '작년보다 15% 이상 늘리겠다: period the current one (올해)', 'b'),
},
'003': {
 'Q1': ('노인·아동 복지예산', '청주시', '2026', 'level', 'optional', 'quantity optional (headline, currency implied); 내년 of the headline', 'b'),
 'Q2': ('노인·아동 복지예산', '청주시', '2026', 'change', 'required', 'headline 12.2% 증액', 'b'),
 'Q3': ('노인·아동 복지 예산', '청주시', '2026', 'level', 'required', '2026년 ... 편성', 'b'),
 'Q4': ('노인·아동 복지 예산', '청주시', '2025', 'level', 'required', '올해(5,230억 원): basis figure, period 올해 = 2025', 'b'),
 'Q5': ('노인·아동 복지 예산', '청주시', '2026', 'change', 'required', '올해보다 12.2% 늘어난: period the current one', 'b'),
 'Q6': ('전체 예산', '청주시', '2026', 'level', 'required', '시 전체 예산: 시 (=subject) outside; period carried (2026 budget)', 'b'),
 'Q7': ('복지 예산 비중', '청주시', '2026', 'level', 'required', 'share of the (노인·아동) welfare budget in the total', 'b'),
 'Q8': ('노인 복지 예산', '청주시', '2026', 'level', 'required', '분야별로는 (breakdown basis) outside', 'b'),
 'Q9': ('아동·보육 예산', '청주시', '2026', 'level', 'required', '', 'b'),
 'Q10': ('노인 일자리', '청주시', '2025', 'level', 'required', '올해 1만 5,600개에서 (old level)', 'b'),
 'Q11': ('노인 일자리', '청주시', '2026', 'level', 'required', '내년 1만 7,000개로', 'b'),
 'Q12': ('노인 일자리', '청주시', '2026', 'change', 'required', '1,400개 늘리고', 'b'),
 'Q13': ('경로당', '청주시', '2026', 'level', 'required', '경로당을 1,380곳 전체로 넓힌다: level (all of them); 내년 carried from the same sentence', 'b'),
 'Q14': ('다함께돌봄센터', '청주시', '2026', 'change', 'required', '12곳을 새로 열어: an increase (new openings) = change; 시 is the operator; period carried', 'b'),
 'Q15': ('다함께돌봄센터', '청주시', '2026', 'level', 'required', '모두 58곳이 된다', 'b'),
 'Q16': ('홀몸노인', '새솔노인복지재단', '2026', 'level', 'required', '내년부터 홀몸노인 2,400명에게 안부 전화: the contracted foundation does it', 'b'),
 'Q17': ('노인 일자리 활동비', '청주시', '2025', 'level', 'required', '올해 월 29만 원인: 월 (rate) outside; the mayor speaks for the city', 'a'),
 'Q18': ('노인 일자리 활동비', '청주시', '2026', 'level', 'required', '내년에는 32만 원으로', 'b'),
 'Q19': ('급식카드 이용 아동', '흥덕구청', '2025-11', 'level', 'required', 'UNCLEAR subject: 관내 figure quoted by a 흥덕구청 official; read as the district office\'s program figure (could be an empty subject: a figure of a place); 지난달 말 기준 (END)', 'b'),
 'Q20': ('가맹점', '흥덕구청', '2025-11', 'level', 'required', 'merchants accepting the meal card; subject as Q19', 'b'),
 'Q21': ('가맹점', '흥덕구청', '2026-H1', 'change', 'required', '내년 상반기까지 300곳을 더 늘릴 계획: an increase = change', 'b'),
},
'004': {
 'Q1': ('순익', '한누리금융지주', '2026-Q1', 'level', 'optional', 'quantity optional (headline, currency implied)', 'b'),
 'Q2': ('은행 비중', '한누리은행', '2026-Q1', 'level', 'optional', 'headline: the bank\'s share of group profit; 은행 is only an optional ORG mention (and bank vs group as subject is unclear): optional', 'b'),
 'Q3': ('당기순이익', '한누리금융지주', '2026-Q1', 'level', 'required', '(지배주주 기준) outside', 'b'),
 'Q4': ('당기순이익', '한누리금융지주', '2025-Q1', 'level', 'required', '전년 동기(4,870억 원): basis figure, period 2025-Q1 (D3)', 'b'),
 'Q5': ('당기순이익', '한누리금융지주', '2026-Q1', 'change', 'required', '11.3% 증가', 'b'),
 'Q6': ('순이익', '한누리은행', '2026-Q1', 'level', 'required', '계열사별 순이익은 한누리은행이', 'b'),
 'Q7': ('순이익', '한누리은행', '2026-Q1', 'change', 'required', '지난해 같은 기간보다 8.9% 늘었다', 'b'),
 'Q8': ('비중', '한누리은행', '2026-Q1', 'level', 'required', 'UNCLEAR subject: 그룹 순이익에서 한누리은행이 차지하는 비중 -- the bank\'s share (taken) or a group metric (한누리금융지주)', 'b'),
 'Q9': ('비중', '한누리은행', '2025-Q1', 'level', 'required', '지난해 1분기(84.1%): basis figure', 'b'),
 'Q10': ('비중', '한누리은행', '2026-Q1', 'change', 'required', '1.8%포인트 낮아졌다', 'b'),
 'Q11': ('순이익', '한누리카드', '2026-Q1', 'level', 'required', '계열사별 순이익 breakdown continues', 'b'),
 'Q12': ('순이익', '한누리카드', '2026-Q1', 'change', 'required', '17.1% 줄었고', 'b'),
 'Q13': ('순이익', '한누리투자증권', '2026-Q1', 'level', 'required', 'breakdown continues; 위탁매매 수수료 is the cause, not the metric', 'b'),
 'Q14': ('순이익', '한누리투자증권', '2026-Q1', 'change', 'required', '두 배 가까이 뛰었다: ratio to the basis = change', 'b'),
 'Q15': ('이자이익', '한누리금융지주', '2026-Q1', 'level', 'required', '한누리금융 = 한누리금융지주', 324),
 'Q16': ('비이자이익', '한누리금융지주', '2026-Q1', 'level', 'required', '', 'b'),
 'Q17': ('이자이익', '한누리금융지주', '2026-Q1', 'change', 'required', '각각: first = 이자이익', 324),
 'Q18': ('비이자이익', '한누리금융지주', '2026-Q1', 'change', 'required', '각각: second = 비이자이익', 'b'),
 'Q19': ('순이자마진', '한누리은행', '2026-Q1', 'level', 'required', '(NIM) alias outside; period carried', 'b'),
 'Q20': ('순이자마진', '한누리은행', '2026-Q1', 'change', 'required', '전 분기보다 0.03%포인트 올랐다: period the current one', 'b'),
 'Q21': ('배당', '한누리금융지주', '2026-Q1', 'level', 'required', '주당 (basis) and 분기 outside; the Q1 dividend; 이날 only dates the board decision', 'a'),
 'Q22': ('자사주 매입', '한누리금융지주', '2026-Q1', 'level', 'required', '1,000억 원 규모의 자사주 매입: 규모 -> the thing; period carried (1분기) as the guideline\'s carry-forward gives it, though the buyback has no time of its own', 'a'),
 'Q23': ('보통주자본비율', '한누리금융지주', '2026-03', 'level', 'required', '3월 말 기준 (END); (CET1) outside', 'b'),
 'Q24': ('순이익', '우리금융지주', '2026-Q1', 'level', 'required', '', 'b'),
 'Q25': ('비은행 계열사의 이익 비중', '한누리금융지주', '2028', 'level', 'required', 'target 2028년까지 30%; 관계자 of 한누리금융', 'b'),
},
'005': {
 'Q1': ('이용', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'optional', 'headline: subject only via 인천공항, an optional ORG mention: optional; period = the holiday named with its days (14~18일) in the lead', 'a'),
 'Q2': None,  # duration (optional) 하루
 'Q3': ('이용', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'optional', 'headline 하루 평균 24만명: as Q1', 'b'),
 'Q4': None,  # duration 닷새
 'Q5': ('이용객', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'required', 'UNCLEAR subject: airport passengers read as the operating figure of the airport corporation (topic of the lead), not of a place; 인천공항 outside the metric', 'b'),
 'Q6': None,  # duration (optional) 하루
 'Q7': ('이용객', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'required', '하루 평균 (basis) outside', 'b'),
 'Q8': None,  # duration 엿새
 'Q9': None,  # duration (optional) 하루
 'Q10': ('이용객', '인천국제공항공사', '2025', 'level', 'required', 'UNCLEAR period: 지난해 설 연휴 엿새간의 하루 평균 (basis figure); took 지난해 (2025); the holiday DATE (2025-01-29, optional) is one day, the days are not named', 'b'),
 'Q11': ('이용객', '인천국제공항공사', '2026-02-14/2026-02-18', 'change', 'required', '10.9% 많다: period the current one', 'b'),
 'Q12': ('출발 여객', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'required', ''),
 'Q13': ('도착 여객', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'required', ''),
 'Q14': ('', '인천국제공항공사', '2026-02-14', 'level', 'required', '26만 1,000명이 공항을 찾았다: no noun names it (찾았다 is no verbal noun); 14일'),
 'Q15': ('운항편', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'required', '같은 기간', 'b'),
 'Q16': None,  # duration (optional) 하루
 'Q17': ('운항편', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'required', '하루 평균 1,404편: metric carried', 'b'),
 'Q18': ('항공화물', '인천국제공항공사', '2026-02-14/2026-02-18', 'level', 'required', '', 'b'),
 'Q19': ('항공화물', '인천국제공항공사', '2026-02-14/2026-02-18', 'change', 'required', '작년 설 연휴보다 3.2% 감소: period the current one', 'b'),
 'Q20': ('KTX와 일반열차 이용객', '한국철도공사', '2026-02-14/2026-02-18', 'level', 'required', '같은 기간 = 14~18일', 'b'),
 'Q21': None,  # duration (optional) 하루
 'Q22': ('KTX와 일반열차 이용객', '한국철도공사', '2026-02-14/2026-02-18', 'level', 'required', '하루 평균 (basis) outside', 'b'),
 'Q23': ('운행', '한국철도공사', '2026-02-14/2026-02-18', 'level', 'required', '임시열차를 146회 운행해: verbal noun; period carried', 'a'),
 'Q24': ('좌석', '한국철도공사', '2026-02-14/2026-02-18', 'change', 'required', '평소보다 좌석 9만 2,000석을 더 공급: a difference from usual = change', 'b'),
 'Q25': None,  # duration 엿새
 'Q26': ('전체 이동 인원', '', '2026-02-13/2026-02-18', 'level', 'required', 'national travel (all modes): a figure of the country, 국토교통부 only tallied it; 13일부터 18일까지 as a range of the two DATE mentions', 'b'),
 'Q27': None,  # duration (optional) 하루
 'Q28': ('전체 이동 인원', '', '2026-02-13/2026-02-18', 'level', 'required', '하루 평균 465만 명', 'b'),
 'Q29': ('전체 이동 인원', '', '2026-02-13/2026-02-18', 'change', 'required', '지난해 설보다 4.5% 많다: period the current one', 'b'),
 'Q30': None,  # duration (optional) 하루
 'Q31': ('전국 공항 이용객', '', '2026-03', 'level', 'required', 'forecast for all airports nationwide: no ORG; 오는 3월', 'b'),
},
'006': {
 'Q1': ('수출 계약', '루미너스랩', '', 'level', 'optional', 'quantity optional (headline, currency implied); 150억 규모 수출 계약: 규모 -> the thing; no period stated', 'a'),
 'Q2': ('누적 다운로드', '', '2026-02', 'level', 'optional', 'quantity optional (headline, counter implied); the game\'s (a product\'s) figure: empty subject', 'b'),
 'Q3': ('계약', '루미너스랩', '', 'level', 'required', 'UNCLEAR subject: contract value of 루미너스랩\'s deal with 코가네게임스 (the payer); took the topic 루미너스랩. 계약 규모: 규모 -> 계약; no time stated (12일 only dates the announcement)', 157),
 'Q4': ('계약', '루미너스랩', '', 'level', 'required', 'conversion of Q3', 157),
 'Q5': ('누적 다운로드', '', '2026-02', 'level', 'required', "the game's figure (product, not ORG): empty subject; 지난달 말 기준 (END)", 'b'),
 'Q6': ('해외 비중', '', '2026-02', 'level', 'required', 'share of overseas downloads of the game', 'b'),
 'Q7': ('월간 이용자', '', '2026-02', 'level', 'required', "이 게임의 월간 이용자(MAU): the game's figure; 월간 kept (MAU is the measure itself)", 'b'),
 'Q8': ('매출', '', '2026-02', 'level', 'required', "the game's revenue in 지난달: product, empty subject", 'b'),
 'Q9': ('시리즈B 투자 유치', '루미너스랩', '', 'level', 'required', '230억 원 규모의 시리즈B 투자 유치: 규모 -> the thing; no date, and no earlier period set for 루미너스랩 (the 지난달 figures were the game\'s)', 'a'),
 'Q10': ('누적 투자액', '루미너스랩', '', 'level', 'required', 'no date stated', 'b'),
 'Q11': ('기업가치', '루미너스랩', '', 'level', 'required', 'no date stated', 'b'),
 'Q12': ('직원 수', '루미너스랩', '2026-03-12', 'level', 'required', '현재 64명: 현재 takes the document date', 'b'),
 'Q13': ('직원 수', '루미너스랩', '2026', 'level', 'required', '연내 100명 이상 (target)', 'b'),
 'Q14': ('일본 내 마케팅', '코가네게임스', '', 'level', 'required', 'spend on marketing in Japan (쓰기로 is no verbal noun); no date for 코가네게임스', 'b'),
 'Q15': ('해외 매출 비중', '루미너스랩', '2026', 'level', 'required', 'CEO target 올해', 'b'),
 'Q16': ('매출', '루미너스랩', '2026', 'level', 'required', '연 매출 500억 원: 연 outside; 올해 carried from the clause', 'b'),
},
}

sys.path.insert(0, os.path.dirname(D.rstrip('/')))  # (annotation/: the shared writer)
from second_labeller import write_facts  # noqa: E402

write_facts(L, D, OUT)
