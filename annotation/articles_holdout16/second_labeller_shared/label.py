import os
# Second-labeller facts for articles_holdout16 (IAA, shared guideline only).
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
 'Q1': ('키워드', '톈허그룹', '2025', 'level', 'required', 'title: 올해를 돌아본 6개 키워드'),
 'Q2': None,  # duration
 'Q3': ('키워드', '톈허그룹', '2025', 'level', 'required', '올해 주요 성과를 담은 6개 키워드'),
 'Q4': ('총거래액', '톈허몰', '2025-12-01/2025-12-12', 'level', 'required', 'the platform whose GMV it is; period = festival days (12월 1일부터 12일까지) as a range'),
 'Q5': ('총거래액', '톈허몰', '2025-12-01/2025-12-12', 'level', 'required', 'conversion of Q4'),
 'Q6': ('총거래액', '톈허몰', '2025-12-01/2025-12-12', 'change', 'required', '전년 동기 대비 18% 늘었다'),
 'Q7': ('브랜드', '', '2025-12-01/2025-12-12', 'level', 'optional', '행사 기간 참여 브랜드: whose count it is is unclear (cf. guideline 470개 브랜드 example)'),
 'Q8': ('브랜드', '', '2025-12-01/2025-12-12', 'level', 'optional', 'as the guideline example: brands not named, whose count unclear', 'a'),
 'Q9': ('매출', '', '2025-12-01/2025-12-12', 'level', 'required', 'brands not named: empty subject'),
 'Q10': ('매출', '톈허클라우드', '2025-Q3', 'level', 'required', ''),
 'Q11': ('매출', '톈허클라우드', '2025-Q3', 'change', 'required', '1년 전보다 31% 성장: period is the current one', 'b'),
 'Q12': ('AI 관련 제품 매출', '톈허클라우드', '2025-Q3', 'level', 'required', 'share of external-customer revenue (차지했고); metric = the thing whose share it is'),
 'Q13': ('유료 고객사', '톈허클라우드', '2025-Q3', 'level', 'required', 'period carried from 3분기'),
 'Q14': None,  # duration 3년간
 'Q15': ('투입', '톈허클라우드', '', 'level', 'required', 'planned spend over 향후 3년간 (a duration, no DATE); verbal noun 투입 (회사 = 톈허클라우드)'),
 'Q16': ('기부', '톈허공익기금회', '2025', 'level', 'required', '각각: first amount = first foundation; verbal noun 기부했다'),
 'Q17': ('기부', '류창공익기금회', '2025', 'level', 'required', '각각: second amount = second foundation'),
 'Q18': ('기금회', '톈허공익기금회;류창공익기금회', '2025', 'level', 'optional', 'quantity optional (두 + noun); counts the foundations themselves', 596),
 'Q19': ('구호 물자', '톈허공익기금회;류창공익기금회', '2025-08', 'level', 'required', '두 기금회 = both foundations'),
 'Q20': ('농촌 교사', '톈허공익기금회;류창공익기금회', '2025-08', 'level', 'optional', 'period unclear: 지난 8월 (sentence) scopes the relief clause; teacher training may be the whole year 2025'),
},
'002': {
 'Q1': ('영업익', '라온뷰티', '2025-Q3', 'level', 'optional', 'quantity optional (headline, currency implied)'),
 'Q2': ('미국 매출', '라온뷰티', '2025-Q3', 'change', 'required', 'headline: 미국 매출 두 배로 (doubled)'),
 'Q3': ('매출', '라온뷰티', '2025-Q3', 'level', 'required', '연결 기준 outside'),
 'Q4': ('매출', '라온뷰티', '2025-Q3', 'change', 'required', '', 'b'),
 'Q5': ('영업이익', '라온뷰티', '2025-Q3', 'level', 'required', ''),
 'Q6': ('영업이익', '라온뷰티', '2025-Q3', 'change', 'required', '같은 기간 68% 늘었고', 'b'),
 'Q7': ('영업이익률', '라온뷰티', '2025-Q3', 'level', 'required', ''),
 'Q8': ('해외 매출', '라온뷰티', '2025-Q3', 'level', 'required', ''),
 'Q9': ('해외 매출', '라온뷰티', '2025-Q3', 'level', 'required', 'share of total revenue (전체 매출의 66.9%를 차지); metric = the thing whose share it is', 'b'),
 'Q10': ('미국 매출', '라온뷰티', '2025-Q3', 'level', 'required', '국가별로는 미국이 486억 원: only the headline names 미국 매출'),
 'Q11': ('미국 매출', '라온뷰티', '2024', 'level', 'required', '1년 전(241억 원): the basis figure, period = 1년 전 (D7 2024)'),
 'Q12': ('미국 매출', '라온뷰티', '2025-Q3', 'change', 'required', '1년 전의 두 배 수준: ratio to the basis = change; period the current one'),
 'Q13': ('해외 매출', '라온뷰티', '2025-Q3', 'level', 'required', 'country breakdown (일본) of 해외 매출; no 일본 매출 in text'),
 'Q14': ('해외 매출', '라온뷰티', '2025-Q3', 'level', 'required', 'country breakdown (중국)'),
 'Q15': ('해외 매출', '라온뷰티', '2025-Q3', 'level', 'required', 'country breakdown (동남아)'),
 'Q16': ('아마존 입점 제품', '라온뷰티', '2025-Q3', 'level', 'required', '140개로 늘었고: level; 아마존 is the marketplace, not the owner'),
 'Q17': ('매장', '라온뷰티', '2025-Q3', 'level', 'required', 'stores it supplies; period carried (같은 기간 context)'),
 'Q18': ('매출', '아모레퍼시픽', '2025-Q3', 'level', 'required', ''),
 'Q19': ('매출', '아모레퍼시픽', '2025-Q3', 'change', 'required', '', 'b'),
 'Q20': ('영업손실', '토니모리', '2025-Q3', 'level', 'required', '같은 기간 = 3분기'),
 'Q21': ('누적 매출', '라온뷰티', '2025', 'level', 'required', '올해 누적 매출 (forecast)'),
 'Q22': ('연구개발', '라온뷰티', '2026-H1', 'level', 'required', 'R&D spend (쓸 계획); 내년 상반기 in the same sentence'),
},
'003': {
 'Q1': ('관광객', '강릉시', '2025', 'level', 'required', 'headline: 강릉시, 올해 관광객 ... 돌파; city acting as the story subject'),
 'Q2': ('외국인', '강릉시', '2025', 'change', 'required', 'headline 외국인 두 배 늘어'),
 'Q3': ('관광객', '강릉시', '2025-01/2025-11', 'level', 'required', '올해 1월부터 11월까지: period as a range of the two DATE mentions'),
 'Q4': ('관광객', '강릉시', '2024-01/2024-11', 'level', 'required', '지난해 같은 기간 (D5) basis figure', 'b'),
 'Q5': ('관광객', '강릉시', '2025-01/2025-11', 'change', 'required', '11.9% 늘어난 수치', 'b'),
 'Q6': ('외국인 관광객', '강릉시', '2025-01/2025-11', 'level', 'required', 'period carried'),
 'Q7': None,  # duration 1년 새
 'Q8': ('외국인 관광객', '강릉시', '2025-01/2025-11', 'change', 'required', '두 배 가까이 증가', 'b'),
 'Q9': ('팸투어', '강릉시;한국관광공사', '2025-01/2025-11', 'level', 'required', '시는 한국관광공사와 함께 ... 열었고: joint organisers; period carried from the lead'),
 'Q10': None,  # duration (optional) 하루
 'Q11': ('운행', '강릉시', '2025-01/2025-11', 'level', 'required', '하루 12회 운행했다: verbal noun'),
 'Q12': ('관광객이 지역에서 쓴 돈', '강릉시', '2025-01/2025-11', 'level', 'required', 'tourist spending in the city (card data); period carried'),
 'Q13': ('', '', '', 'level', 'optional', 'quantity optional: dummy 1 of 1인당'),
 'Q14': ('평균 지출액', '강릉시', '2025-01/2025-11', 'level', 'required', '1인당 outside (basis)'),
 'Q15': None,  # duration 나흘간
 'Q16': ('', '', '2025-10-10/2025-10-13', 'level', 'required', 'festival visitors: no noun names them (58만 명이 몰렸고); event is no ORG; period = festival days'),
 'Q17': ('', '', '2025-07', 'level', 'required', '41만 명이 다녀갔다: no noun; event is no ORG'),
 'Q18': ('축제', '', '', 'level', 'optional', 'quantity optional (두 + noun)', 473),
 'Q19': ('직접 경제효과', '', '2025-10-10/2025-10-13', 'level', 'required', 'effect of 강릉커피축제 (각각, first); 강릉문화재단 only analysed it'),
 'Q20': ('직접 경제효과', '', '2025-07', 'level', 'required', 'effect of 경포 썸머 페스티벌 (각각, second)'),
 'Q21': ('관광 분야 예산', '강릉시', '2026', 'change', 'required', '올해보다 14% 많은: period the current (내년)'),
 'Q22': ('관광 분야 예산', '강릉시', '2026', 'level', 'required', ''),
 'Q23': ('숙박시설', '강릉시', '2026', 'level', 'optional', 'mayor plans to add rooms; no date in the sentence, 2026 carried from 내년 예산 sentence: unclear'),
},
'004': {
 'Q1': ('영업이익', '동진해운', '2025', 'level', 'optional', 'quantity optional (headline, currency implied)', 'b'),
 'Q2': ('선대', '동진해운', '2025', 'level', 'required', 'headline 선대 100척 넘겨; 지난해 of the headline'),
 'Q3': ('매출', '동진해운', '2025', 'level', 'required', ''),
 'Q4': ('영업이익', '동진해운', '2025', 'level', 'required', ''),
 'Q5': ('매출', '동진해운', '2025', 'change', 'required', '각각: first = 매출', 'b'),
 'Q6': ('영업이익', '동진해운', '2025', 'change', 'required', '각각: second = 영업이익', 'b'),
 'Q7': ('순이익', '동진해운', '2025', 'level', 'required', ''),
 'Q8': ('선박', '동진해운', '2025', 'level', 'required', '지난해 말 기준 (as of)'),
 'Q9': ('선박', '동진해운', '2025', 'change', 'required', '1년 전보다 9척 늘었다', 'b'),
 'Q10': ('컨테이너선', '동진해운', '2025', 'level', 'required', ''),
 'Q11': ('벌크선', '동진해운', '2025', 'level', 'required', ''),
 'Q12': ('탱커', '동진해운', '2025', 'level', 'required', ''),
 'Q13': ('컨테이너선', '동진해운', '2025', 'level', 'optional', 'quantity optional; a ship class (급), hardly a fact of its own', 'a'),
 'Q14': ('컨테이너선', '동진해운', '2025', 'level', 'required', '인도받은 선박 수', 'b'),
 'Q15': ('LNG 추진 벌크선', '동진해운', '2026', 'level', 'required', '올해도 ... 들여올 예정'),
 'Q16': ('상하이컨테이너운임지수', '', '2025', 'level', 'required', 'market index: no ORG; 연평균 outside'),
 'Q17': ('상하이컨테이너운임지수', '', '2024', 'level', 'required', '전년 평균 (basis figure), D11 2024'),
 'Q18': ('상하이컨테이너운임지수', '', '2025', 'change', 'required', '두 배를 웃돌았다: ratio to the basis = change'),
 'Q19': ('미주 서안 노선 운임', '', '2025', 'level', 'required', 'market rate, no ORG; 한때 within 지난해 (carried), FEU당 outside'),
 'Q20': ('실어 나른 컨테이너', '동진해운', '2025', 'level', 'optional', 'quantity optional (TEU)'),
 'Q21': ('실어 나른 컨테이너', '동진해운', '2025', 'change', 'required', '8.4% 증가'),
 'Q22': ('영업이익', 'HMM', '2025', 'level', 'required', '같은 기간 = 지난해'),
 'Q23': ('영업이익', '팬오션', '2025', 'level', 'required', ''),
 'Q24': ('운임', '', '2026', 'change', 'required', 'market freight rates forecast to fall: no ORG'),
 'Q25': ('투입', '동진해운', '2026', 'level', 'required', '친환경 선박 발주에 ... 투입할 계획: verbal noun; 관계자 of 동진해운'),
},
'005': {
 'Q1': ('매출', '픽셀웨이브게임즈', '2025-Q2', 'level', 'optional', 'quantity optional (headline)'),
 'Q2': ('매출', '픽셀웨이브게임즈', '2025-Q2', 'level', 'required', ''),
 'Q3': ('매출', '픽셀웨이브게임즈', '2025-Q2', 'change', 'required', '', 'b'),
 'Q4': ('영업이익', '픽셀웨이브게임즈', '2025-Q2', 'level', 'required', '흑자 전환'),
 'Q5': ('영업손실', '픽셀웨이브게임즈', '2024-Q2', 'level', 'required', '지난해 2분기'),
 'Q6': None,  # duration 한 달
 'Q7': ('누적 다운로드', '', '', 'level', 'optional', "a product's (the game's) figure: empty subject; period = 출시 한 달 만에 (about 2025-06-22), no DATE mention: unclear"),
 'Q8': ('매출', '', '2025-Q2', 'level', 'required', "the game's (a product's) revenue: empty subject per guideline"),
 'Q9': ('비중', '', '2025-Q2', 'level', 'required', "regional share of the game's revenue (continues 이 게임): empty subject", 'a'),
 'Q10': ('비중', '', '2025-Q2', 'level', 'required', '일본 27%', 'b'),
 'Q11': ('비중', '', '2025-Q2', 'level', 'required', '한국 19%', 'b'),
 'Q12': ('해외 매출 비중', '픽셀웨이브게임즈', '2025-Q2', 'level', 'required', 'company-level (compared with 1년 전, before the game existed)'),
 'Q13': ('해외 매출 비중', '픽셀웨이브게임즈', '2025-Q2', 'change', 'required', '25%포인트 높아졌다', 'b'),
 'Q14': ('임직원', '픽셀웨이브게임즈', '2025-06', 'level', 'required', '6월 말 기준'),
 'Q15': ('영업이익', '크래프톤', '2025-Q2', 'level', 'required', '각각: first'),
 'Q16': ('영업이익', '넷마블', '2025-Q2', 'level', 'required', '각각: second'),
 'Q17': ('매출', '픽셀웨이브게임즈', '2025', 'level', 'required', '올해 연간 매출 (analysts\' forecast); 연간 outside'),
 'Q18': ('신작', '픽셀웨이브게임즈', '2025-H2', 'level', 'required', '하반기 ... 선보일 계획'),
},
'006': {
 'Q1': ('순이익', '새솔금융지주', '2025', 'level', 'optional', 'quantity optional (headline)'),
 'Q2': ('당기순이익', '새솔금융지주', '2025', 'level', 'required', '연결 기준 / 지배주주 기준 outside'),
 'Q3': ('당기순이익', '새솔금융지주', '2025', 'change', 'required', '전년보다 9.6% 증가', 'b'),
 'Q4': ('순이익', '새솔금융지주', '2025', 'level', 'required', '처음으로 순이익 1조 2천억 원을 넘어섰다 (threshold, gt)'),
 'Q5': ('순이익', '새솔은행', '2025', 'level', 'required', '계열사별로는: breakdown of 순이익', 'b'),
 'Q6': ('순이익', '새솔카드', '2025', 'level', 'required', '계열사별 list: the 순이익 named before the breakdown', 'b'),
 'Q7': ('순이익', '새솔투자증권', '2025', 'level', 'required', '계열사별 list: the 순이익 named before the breakdown', 'b'),
 'Q8': ('순이익', '새솔캐피탈', '2025', 'level', 'required', '계열사별 list: the 순이익 named before the breakdown', 'b'),
 'Q9': ('순이익', '새솔생명', '2025', 'level', 'required', '각각: first', 'a'),
 'Q10': ('순이익', '새솔자산운용', '2025', 'level', 'required', '각각: second', 'a'),
 'Q11': ('비은행 계열사의 이익 기여도', '새솔금융지주', '2025', 'level', 'required', "group-level share of non-bank affiliates in profit; the affiliates are not said to be all named, so the group is the subject"),
 'Q12': ('비은행 계열사의 이익 기여도', '새솔금융지주', '2025', 'change', 'required', '1년 전보다 4.1%포인트 높아졌다'),
 'Q13': ('원화대출금', '새솔은행', '2025', 'level', 'required', '지난해 말 기준'),
 'Q14': ('원화대출금', '새솔은행', '2025', 'change', 'required', '5.2% 늘었다', 'b'),
 'Q15': ('순이자마진', '새솔은행', '2025', 'level', 'required', 'subject dropped: continues 새솔은행; period carried from 지난해 말'),
 'Q16': ('순이자마진', '새솔은행', '2025', 'change', 'required', '전년 말보다 0.08%포인트 하락', 'b'),
 'Q17': ('보통주자본(CET1)비율', '새솔금융지주', '2025', 'level', 'required', '그룹의'),
 'Q18': ('고정이하여신(NPL)비율', '새솔금융지주', '2025', 'level', 'required', ''),
 'Q19': ('결산 배당', '새솔금융지주', '2025', 'level', 'required', '주당 outside (basis); 결산 for 지난해'),
 'Q20': ('배당 총액', '새솔금융지주', '2025', 'level', 'required', '연간 outside'),
 'Q21': ('총주주환원율', '새솔금융지주', '2025', 'level', 'required', ''),
 'Q22': ('자사주', '새솔금융지주', '2026-H1', 'level', 'required', '3,000억 원 규모의 자사주: 규모 -> the thing whose size it is'),
 'Q23': ('순이익', '우리금융지주', '2025', 'level', 'required', ''),
},
}

sys.path.insert(0, os.path.dirname(D.rstrip('/')))  # (annotation/: the shared writer)
from second_labeller import write_facts  # noqa: E402

write_facts(L, D, OUT)
