"""Second labeller's facts for articles_holdout16 (independent IAA labels).
Each row: (mention_id, metric_text, where, subject, period, kind, status, note)
where: 'b' = last occurrence of metric ending at/before the quantity, 'a' = first after it, int = explicit start."""
import csv, glob, os
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set's folder
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'facts.csv')

TH = '톈허공익기금회;류창공익기금회'
FEST = '2025-12-01/2025-12-12'
GN = '2025-01/2025-11'
L = {
'001': [
 ('Q1', '키워드', 'a', '톈허그룹', '2025', 'level', 'required', 'headline opens with the group and a comma'),
 ('Q3', '키워드', 'a', '톈허그룹', '2025', 'level', 'required', ''),
 ('Q4', '총거래액', 'b', '톈허몰', FEST, 'level', 'required', 'the platform that ran the festival (the group genitive only says what 톈허몰 is)'),
 ('Q5', '총거래액', 'b', '톈허몰', FEST, 'level', 'required', 'conversion'),
 ('Q6', '총거래액', 'b', '톈허몰', FEST, 'change', 'required', '전년 동기 is the basis'),
 ('Q7', '브랜드', 'a', '톈허몰', FEST, 'level', 'required', "participants of the platform's festival; 행사 기간 = the festival range"),
 ('Q8', '브랜드', 'a', '', FEST, 'level', 'optional', 'as the guideline example (470개가 넘는 브랜드): whose count is unclear'),
 ('Q9', '매출', 'a', '', FEST, 'level', 'required', 'brands not named'),
 ('Q10', '매출', 'b', '톈허클라우드', '2025-Q3', 'level', 'required', ''),
 ('Q11', '매출', 'b', '톈허클라우드', '2025-Q3', 'change', 'required', '1년 전 is the basis'),
 ('Q12', 'AI 관련 제품 매출', 'b', '톈허클라우드', '2025-Q3', 'level', 'required', 'share taken by 차지하다: the part named by the topic'),
 ('Q13', '유료 고객사', 'b', '톈허클라우드', '2025-Q3', 'level', 'required', 'period carried in the section'),
 ('Q15', '클라우드와 AI 인프라', 'b', '톈허클라우드', '', 'level', 'required', 'spent on (X에 투입); 회사 = 톈허클라우드; a plan with no date of its own (향후 3년간 is a duration)'),
 ('Q16', '기부', 'a', '톈허공익기금회', '2025', 'level', 'required', "A와 B는 … 각각 X, Y → X is A's; 기부 is no spend verb so the 에 purpose is not the metric (could also read 각각 over 농촌 교육/재난 구호)"),
 ('Q17', '기부', 'a', '류창공익기금회', '2025', 'level', 'required', "Y is B's (see Q16)"),
 ('Q18', '', None, TH, '2025', 'level', 'optional', 'optional quantity (두 기금회)'),
 ('Q19', '구호 물자', 'b', TH, '2025-08', 'level', 'required', '두 기금회 = the two named before'),
 ('Q20', '농촌 교사', 'b', TH, '2025-08', 'level', 'required', "later clause takes the sentence's date (지난 8월); a reader might prefer 올해"),
],
'002': [
 ('Q1', '영업익', 'b', '라온뷰티', '2025-Q3', 'level', 'optional', 'optional quantity (currency implied)'),
 ('Q2', '미국 매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', 'multiple with no change word written (두 배로): level'),
 ('Q3', '매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', '연결 기준 outside'),
 ('Q4', '매출', 'b', '라온뷰티', '2025-Q3', 'change', 'required', ''),
 ('Q5', '영업이익', 'b', '라온뷰티', '2025-Q3', 'level', 'required', ''),
 ('Q6', '영업이익', 'b', '라온뷰티', '2025-Q3', 'change', 'required', ''),
 ('Q7', '영업이익률', 'b', '라온뷰티', '2025-Q3', 'level', 'required', ''),
 ('Q8', '해외 매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', ''),
 ('Q9', '해외 매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', 'share of the whole: the part named before'),
 ('Q10', '해외 매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', 'breakdown (국가별): measure of the figure before, organization carried'),
 ('Q11', '해외 매출', 'b', '라온뷰티', '2024', 'level', 'required', 'date before a figure in brackets dates it only'),
 ('Q12', '해외 매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', 'multiple of a figure in brackets: metric of the figure before that one; no change word'),
 ('Q13', '해외 매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', 'breakdown goes on'),
 ('Q14', '해외 매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', 'breakdown goes on'),
 ('Q15', '해외 매출', 'b', '라온뷰티', '2025-Q3', 'level', 'required', 'breakdown goes on'),
 ('Q16', '아마존 입점 제품', 'b', '라온뷰티', '2025-Q3', 'level', 'required', '…로 늘었고: new level; 아마존 is the route, not the subject'),
 ('Q17', '매장', 'b', '라온뷰티', '', 'level', 'required', 'what is going on (공급하고 있다): no past period'),
 ('Q18', '매출', 'b', '아모레퍼시픽', '2025-Q3', 'level', 'required', ''),
 ('Q19', '매출', 'b', '아모레퍼시픽', '2025-Q3', 'change', 'required', ''),
 ('Q20', '영업손실', 'b', '토니모리', '2025-Q3', 'level', 'required', '같은 기간 opens the paragraph'),
 ('Q21', '누적 매출', 'b', '라온뷰티', '2025', 'level', 'required', 'outlook with its own date'),
 ('Q22', '연구개발', 'b', '라온뷰티', '2026-H1', 'level', 'required', "spent on (에 쓸); quote of the company's spokesman; 내년 상반기 from the earlier clause of the quote"),
],
'003': [
 ('Q1', '관광객', 'b', '강릉시', '2025', 'level', 'required', 'visitors a city draws are its own'),
 ('Q2', '외국인', 'b', '강릉시', '2025', 'change', 'required', "multiple + 늘어: change; headline's 올해"),
 ('Q3', '관광객', 'b', '강릉시', GN, 'level', 'required', 'drawn_measures'),
 ('Q4', '관광객', 'b', '강릉시', '2024-01/2024-11', 'level', 'optional', 'figure compared with; its only date 지난해 같은 기간 is optional'),
 ('Q5', '관광객', 'b', '강릉시', GN, 'change', 'required', ''),
 ('Q6', '외국인 관광객', 'b', '강릉시', GN, 'level', 'required', 'story period (body lead range)'),
 ('Q8', '외국인 관광객', 'b', '강릉시', GN, 'change', 'required', 'multiple + 증가했다: change'),
 ('Q9', '팸투어', 'b', '강릉시;한국관광공사', GN, 'level', 'required', 'count of times takes the object (팸투어를 열었고); comitative partner joins'),
 ('Q11', '운행', 'a', '강릉시;한국관광공사', GN, 'level', 'required', 'count of times keeps its verb; partner before both clauses joins (rule reading; city alone also plausible)'),
 ('Q12', '관광객이 지역에서 쓴 돈', 'b', '', GN, 'level', 'required', 'survey: 시가 … 분석한 결과 → no subject'),
 ('Q13', '', None, '', GN, 'level', 'optional', 'dummy 1 of 1인당 (optional quantity)'),
 ('Q14', '평균 지출액', 'b', '', GN, 'level', 'required', 'survey paragraph: no subject'),
 ('Q16', '', None, '강릉시', '2025-10-10/2025-10-13', 'level', 'required', "no noun names the crowd; the festival's days; city draws the visitors"),
 ('Q17', '', None, '강릉시', '2025-07', 'level', 'required', ''),
 ('Q18', '', None, '', '', 'level', 'optional', 'optional quantity (두 축제)'),
 ('Q19', '직접 경제효과', 'b', '', '2025-10-10/2025-10-13', 'level', 'required', '강릉문화재단 analysed it (source, like a survey); the effect is the festival\'s, no ORG; 각각 → first festival'),
 ('Q20', '직접 경제효과', 'b', '', '2025-07', 'level', 'required', 'second festival (see Q19)'),
 ('Q21', '관광 분야 예산', 'b', '강릉시', '2026', 'change', 'required', 'change modifying the figure after; 올해보다 is the basis'),
 ('Q22', '관광 분야 예산', 'b', '강릉시', '2026', 'level', 'required', 'figure taken as (예산으로)'),
 ('Q23', '숙박시설', 'b', '강릉시', '2026', 'level', 'required', "mayor's quote keeps the city; a plan takes the future 내년 set before in the paragraph"),
],
'004': [
 ('Q1', '영업이익', 'b', '동진해운', '2025', 'level', 'optional', 'optional quantity'),
 ('Q2', '선대', 'b', '동진해운', '2025', 'level', 'required', "after the ellipsis: headline's 지난해 (body too: 지난해 말)"),
 ('Q3', '매출', 'b', '동진해운', '2025', 'level', 'required', ''),
 ('Q4', '영업이익', 'b', '동진해운', '2025', 'level', 'required', ''),
 ('Q5', '매출', 'b', '동진해운', '2025', 'change', 'required', '각각: k-th figure before'),
 ('Q6', '영업이익', 'b', '동진해운', '2025', 'change', 'required', ''),
 ('Q7', '순이익', 'b', '동진해운', '2025', 'level', 'required', ''),
 ('Q8', '선박', 'b', '동진해운', '2025', 'level', 'required', '회사가 운용하는 선박: relative clause subject owns it; 지난해 말 (END)'),
 ('Q9', '선박', 'b', '동진해운', '2025', 'change', 'required', ''),
 ('Q10', '컨테이너선', 'b', '동진해운', '2025', 'level', 'required', 'part_openers keep the subject'),
 ('Q11', '벌크선', 'b', '동진해운', '2025', 'level', 'required', ''),
 ('Q12', '탱커', 'b', '동진해운', '2025', 'level', 'required', ''),
 ('Q13', '', None, '동진해운', '2025', 'level', 'optional', 'optional quantity: a ship class (TEU급)'),
 ('Q14', '컨테이너선', 'b', '동진해운', '2025', 'level', 'required', ''),
 ('Q15', 'LNG 추진 벌크선', 'b', '동진해운', '2026', 'level', 'required', 'plan with its own 올해 (2026)'),
 ('Q16', '상하이컨테이너운임지수', 'b', '', '2025', 'level', 'required', 'market index: nobody\'s; 연평균 outside'),
 ('Q17', '상하이컨테이너운임지수', 'b', '', '2024', 'level', 'optional', '전년 평균(…): 평균 alone names nothing; only date 전년 is optional'),
 ('Q18', '상하이컨테이너운임지수', 'b', '', '2025', 'level', 'required', 'multiple of a bracketed figure; 웃돌았다 is no change word'),
 ('Q19', '미주 서안 노선 운임', 'b', '', '2025', 'level', 'required', 'market freight rate: nobody\'s; …까지 치솟았다: new level'),
 ('Q20', '컨테이너', 'b', '동진해운', '2025', 'level', 'optional', 'optional quantity (TEU); relative clause subject owns it'),
 ('Q21', '컨테이너', 'b', '동진해운', '2025', 'change', 'required', ''),
 ('Q22', '영업이익', 'b', 'HMM', '2025', 'level', 'required', '같은 기간 → 지난해'),
 ('Q23', '영업이익', 'b', '팬오션', '2025', 'level', 'required', ''),
 ('Q24', '운임', 'b', '', '2026', 'change', 'required', "market freight rate in the company's outlook: nobody's (could be read as the company's)"),
 ('Q25', '친환경 선박 발주', 'b', '동진해운', '2026', 'level', 'required', 'spent on; quote of the company; 올해 from the earlier clause'),
],
'005': [
 ('Q1', '매출', 'b', '픽셀웨이브게임즈', '2025-Q2', 'level', 'optional', 'optional quantity'),
 ('Q2', '매출', 'b', '픽셀웨이브게임즈', '2025-Q2', 'level', 'required', ''),
 ('Q3', '매출', 'b', '픽셀웨이브게임즈', '2025-Q2', 'change', 'required', ''),
 ('Q4', '영업이익', 'b', '픽셀웨이브게임즈', '2025-Q2', 'level', 'required', ''),
 ('Q5', '영업손실', 'a', '픽셀웨이브게임즈', '2024-Q2', 'level', 'required', ''),
 ('Q7', '누적 다운로드', 'b', '', '2025-Q2', 'level', 'required', "a product's figure (이 게임은); story period"),
 ('Q8', '매출', 'b', '', '2025-Q2', 'level', 'required', "the game's own revenue: a product's figure"),
 ('Q9', '비중', 'a', '', '2025-Q2', 'level', 'required', "ranking names its measure after the first item; breakdown of the game's revenue (none carried)"),
 ('Q10', '비중', 'b', '', '2025-Q2', 'level', 'required', ''),
 ('Q11', '비중', 'b', '', '2025-Q2', 'level', 'required', ''),
 ('Q12', '해외 매출 비중', 'b', '픽셀웨이브게임즈', '2025-Q2', 'level', 'required', "new paragraph: the story's organization"),
 ('Q13', '해외 매출 비중', 'b', '픽셀웨이브게임즈', '2025-Q2', 'change', 'required', '1년 전 is the basis'),
 ('Q14', '임직원', 'b', '픽셀웨이브게임즈', '2025-06', 'level', 'required', '6월 말 기준 (END)'),
 ('Q15', '영업이익', 'b', '크래프톤', '2025-Q2', 'level', 'required', '각각'),
 ('Q16', '영업이익', 'b', '넷마블', '2025-Q2', 'level', 'required', '각각'),
 ('Q17', '매출', 'b', '픽셀웨이브게임즈', '2025', 'level', 'required', '증권가 is an outside source; genitive owner; 연간 outside'),
 ('Q18', '신작', 'b', '픽셀웨이브게임즈', '2025-H2', 'level', 'required', 'plan with 하반기 in its sentence'),
],
'006': [
 ('Q1', '순이익', 'b', '새솔금융지주', '2025', 'level', 'optional', 'optional quantity'),
 ('Q2', '당기순이익', 'b', '새솔금융지주', '2025', 'level', 'required', '연결 기준, 지배주주 기준 outside'),
 ('Q3', '당기순이익', 'b', '새솔금융지주', '2025', 'change', 'required', ''),
 ('Q4', '순이익', 'b', '새솔금융지주', '2025', 'level', 'required', ''),
 ('Q5', '순이익', 'b', '새솔은행', '2025', 'level', 'required', 'breakdown by affiliate: list of organizations with figures, each its own; measure of the figure before'),
 ('Q6', '순이익', 'b', '새솔카드', '2025', 'level', 'required', ''),
 ('Q7', '순이익', 'b', '새솔투자증권', '2025', 'level', 'required', ''),
 ('Q8', '순이익', 'b', '새솔캐피탈', '2025', 'level', 'required', ''),
 ('Q9', '순이익', 'a', '새솔생명', '2025', 'level', 'required', '각각'),
 ('Q10', '순이익', 'a', '새솔자산운용', '2025', 'level', 'required', '각각'),
 ('Q11', '이익 기여도', 'b', '새솔금융지주', '2025', 'level', 'required', "units' figure owned by the group (Members); could be read as several orgs together → empty"),
 ('Q12', '이익 기여도', 'b', '새솔금융지주', '2025', 'change', 'required', ''),
 ('Q13', '원화대출금', 'b', '새솔은행', '2025', 'level', 'required', '지난해 말 기준 (END)'),
 ('Q14', '원화대출금', 'b', '새솔은행', '2025', 'change', 'required', ''),
 ('Q15', '순이자마진', 'b', '새솔은행', '2025', 'level', 'required', 'genitive owner passed on to the next sentence; 전년 말 is the basis'),
 ('Q16', '순이자마진', 'b', '새솔은행', '2025', 'change', 'required', ''),
 ('Q17', '보통주자본(CET1)비율', 'b', '새솔금융지주', '2025', 'level', 'required', '그룹 = 새솔금융지주'),
 ('Q18', '고정이하여신(NPL)비율', 'b', '새솔금융지주', '2025', 'level', 'required', 'listed after the group figure by a comma'),
 ('Q19', '결산 배당', 'a', '새솔금융지주', '2025', 'level', 'required', "지주 = 새솔금융지주; story period (lead's 지난해)"),
 ('Q20', '배당 총액', 'b', '새솔금융지주', '2025', 'level', 'required', '연간 outside'),
 ('Q21', '총주주환원율', 'b', '새솔금융지주', '2025', 'level', 'required', ''),
 ('Q22', '자사주', 'a', '새솔금융지주', '2026-H1', 'level', 'required', "X 규모의 Y → Y; 회사 read as the holding company (latest named company is 새솔은행)"),
 ('Q23', '순이익', 'b', '우리금융지주', '2025', 'level', 'required', '같은 날 dates the announcement only'),
],
}

qs = {}
for r in csv.DictReader(open(f'{B}/gold/quantities.csv', encoding='utf-8')):
    qs[(r['doc_id'], r['mention_id'])] = r
texts = {os.path.basename(f)[:-4]: open(f, encoding='utf-8').read() for f in glob.glob(f'{B}/texts/*.txt')}

def find(t, m, where, qs_, qe):
    if not m:
        return '', ''
    if isinstance(where, int):
        s = where
    elif where == 'b':
        s = t.rfind(m, 0, qs_)
        assert s >= 0 and s + len(m) <= qs_, (m, qs_)
    else:
        s = t.find(m, qe)
        assert s >= 0, (m, qe)
    assert t[s:s+len(m)] == m
    return s, s + len(m)

rows = []
for pre, labs in L.items():
    did = [d for d in texts if d.startswith(pre)][0]
    t = texts[did]
    seen = set()
    for mid, m, where, subj, per, kind, st, note in labs:
        q = qs[(did, mid)]
        seen.add(mid)
        s, e = int(q['start']), int(q['end'])
        assert t[s:e] == q['text']
        ms, me = find(t, m, where, s, e)
        if m:
            assert t[ms:me] == m
            assert not (ms < e and s < me), 'metric inside quantity'
        if q['status'] == 'optional' and st != 'optional':
            raise SystemExit(f'{did} {mid}: optional quantity needs an optional fact')
        rows.append([did, s, e, q['text'], ms, me, m, subj, per, kind, st, note])
    # every non-ordinal, non-duration quantity labelled
    for (d, mid), q in qs.items():
        if d == did and q['category'] not in ('ordinal', 'duration'):
            assert mid in seen, (did, mid)
        if d == did and q['category'] in ('ordinal', 'duration'):
            assert mid not in seen, (did, mid)

with open(OUT, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow('doc_id,q_start,q_end,q_text,metric_start,metric_end,metric_text,subject,period,kind,status,note'.split(','))
    w.writerows(rows)
from collections import Counter
print(len(rows), Counter(r[10] for r in rows))
