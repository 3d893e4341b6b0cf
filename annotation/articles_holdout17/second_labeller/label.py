"""Second-labeller facts for articles_holdout17 (IAA). Labels are data; offsets found by str.find."""
import csv, glob, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set's folder
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'facts.csv')
texts = {os.path.basename(f)[:-4]: open(f, encoding="utf-8").read() for f in glob.glob(BASE + "/texts/*.txt")}
qs = {}
for r in csv.DictReader(open(BASE + "/gold/quantities.csv", encoding="utf-8")):
    qs[(r["doc_id"][:3], r["mention_id"])] = r
R, O = "required", "optional"
# (doc, mention_id, metric, hint, subject, period, kind, status, note)
# hint: 'b' = nearest occurrence before the number, 'a' = nearest after, None = nearest either side,
#       int = first occurrence at/after that offset
L = [
# ---- 001 오늘장터 (2025-12-29)
("001","Q1","거래액","b","오늘장터","2025","level",O,"optional headline amount; 연간 outside; headline tag [2025 결산]"),
("001","Q2","판매자","b","오늘장터","2025","level",R,"headline; period from [2025 결산]"),
("001","Q3","거래액","b","오늘장터","2025","level",R,"연간 outside; (GMV) alias outside"),
("001","Q4","거래액","b","오늘장터","2025","change",R,"지난해보다 = basis"),
("001","Q5","판매자","b","오늘장터","2025","level",R,"입점 판매자; 올해 carried"),
("001","Q7","판매자","b","오늘장터","2025","change",R,"the 입점 판매자 before it, not 중소 판매자 after"),
("001","Q8","중소 판매자","b","오늘장터","2025","level",R,"share of small sellers among the platform's sellers"),
("001","Q9","택배","b","오늘로지스","2025","level",R,"counted noun 택배, counter 상자"),
("001","Q11","택배","b","오늘로지스","2025","level",R,"하루 평균: no noun in its clause, 택배 from the same sentence"),
("001","Q12","주문","b","오늘로지스","2025","level",R,"전체 주문의 72% (share delivered next day)"),
("001","Q13","회원","b","장터플러스","2025-11","level",O,"subject only the optional ORG 장터플러스 (platform's membership) -> optional; 11월 말 기준"),
("001","Q14","회원","b","장터플러스","2024","level",O,"1년 전(520만 명): that year's figure; optional ORG subject"),
("001","Q15","회원","b","장터플러스","2025-11","change",O,"optional ORG subject"),
("001","Q16","회원","b","장터플러스","2025-11","level",O,"dummy 1 of 1인당 (optional quantity)"),
("001","Q17","구매액","b","장터플러스","2025-11","level",O,"연간 outside; optional ORG subject; period carried from 11월 말 though 연간 suggests 2025"),
("001","Q18","구매액","b","장터플러스","2025-11","level",O,"ratio to non-members (비회원의 4배), a level not a change"),
("001","Q19","결제 추정액","b","쿠팡","2025-01/2025-11","level",R,"각각 distributes; 와이즈앱·리테일 is the source, not subject"),
("001","Q20","결제 추정액","b","네이버쇼핑","2025-01/2025-11","level",R,""),
("001","Q21","물류센터","b","오늘장터","2026","level",R,"CEO quote, 내년에는"),
("001","Q22","당일 배송 비중","b","오늘장터","2026","level",R,"target level (까지)"),
("001","Q23","투자","a","오늘장터","2026","level",R,"verbal noun 투자할; 내년 from the same sentence"),
# ---- 002 한성철강 (2026-02-05)
("002","Q1","영업익","b","한성철강","2025","level",O,"optional headline amount"),
("002","Q2","자회사","b","한성철강","2025","level",R,"count of subsidiaries; headline 지난해 carried"),
("002","Q3","매출","b","한성철강","2025","level",R,"연결 기준 outside"),
("002","Q4","영업이익","b","한성철강","2025","level",R,""),
("002","Q5","매출","b","한성철강","2025","change",R,"전년 대비 = basis"),
("002","Q6","영업이익","b","한성철강","2025","change",R,""),
("002","Q7","철근 판매량","b","한성철강","2025","level",R,""),
("002","Q8","철근 판매량","b","한성철강","2025","change",R,""),
("002","Q9","고부가 강판 판매","b","한성철강","2025","level",R,"고부가 강판 changes what is measured"),
("002","Q10","고부가 강판 판매","b","한성철강","2025","change",R,""),
("002","Q11","매출","b","한성스틸텍","2025","level",R,"lead's 지난해 carries to the story's later figures"),
("002","Q12","영업이익","b","한성스틸텍","2025","level",R,""),
("002","Q13","영업손실","b","한성에너지솔루션","2025","level",R,"a loss amount stated as a positive level"),
("002","Q15","투자","a","한성철강","2026","level",R,"올해부터 3년간: 올해 is the only DATE"),
("002","Q16","당진 전기로 신설","a","한성철강","2026","level",R,"allocation: metric = what it is spent on (alt: 투자 of the previous sentence)"),
("002","Q17","수소환원제철 시험설비","a","한성철강","2026","level",R,"allocation, as Q16"),
("002","Q18","현금배당","a","한성철강","2026","level",O,"주당 outside; carry-forward gives 올해 2026, a reader may say FY2025 (year-end dividend): unclear"),
("002","Q19","배당금 총액","b","한성철강","2026","level",O,"as Q18"),
("002","Q20","전기로 생산 비중","b","한성철강","2026-02-05","level",R,"현재 (optional DATE, document date) in its clause"),
("002","Q21","전기로 생산 비중","b","한성철강","","level",O,"target with no time stated; 현재 attaches to 24% only: unclear"),
# ---- 003 전남도 (2025-11-11)
("003","Q1","예산","b","전남도","2026","level",O,"optional headline amount"),
("003","Q2","예산안","b","전남도","2026","level",R,"내년도 예산안"),
("003","Q3","본예산","b","전남도","2025","level",R,"the basis's own figure: 올해 본예산"),
("003","Q4","예산안",60,"전남도","2026","change",R,"what grew is the 2026 예산안 (본예산 is the basis)"),
("003","Q5","예산안",60,"전남도","2026","change",R,""),
("003","Q6","일반회계","b","전남도","2026","level",R,""),
("003","Q7","특별회계","b","전남도","2026","level",R,""),
("003","Q8","사회복지","b","전남도","2026","level",R,"budget by sector: sector name is the metric"),
("003","Q9","농림해양수산","b","전남도","2026","level",R,""),
("003","Q10","교통·물류","b","전남도","2026","level",R,""),
("003","Q11","청년","b","전남도","2026","level",R,"beneficiaries of the program"),
("003","Q12","청년 영농정착지원금","a","전남도","2026","level",R,"monthly amount per youth (월 = rate)"),
("003","Q13","청년 영농정착지원금","b","전남도","2026","level",R,"budget allocated to the program"),
("003","Q14","전남형 만원주택","b","전남도","2026","level",R,"counted housing units"),
("003","Q15","전남형 만원주택","b","전남도","2026","level",R,"allocation"),
("003","Q16","RE100 산업단지 조성","b","전남도","2026","level",R,"allocation (배정)"),
("003","Q18","여수 경도 해양관광단지","b","전남개발공사","2026","level",O,"3년간 investment by a new subject; no DATE of its own; lead's 내년도 carried? unclear"),
("003","Q19","지방교부세","b","전남도","2026","change",R,"올해보다 = basis; the province's grant revenue"),
("003","Q20","지방교부세","b","전남도","2026","level",R,""),
("003","Q21","지방채","b","전남도","2026","level",R,"도 = 전남도"),
# ---- 004 한빛항공 (2026-02-23)
("004","Q1","탑승객","b","한빛항공","2026-02-13/2026-02-18","level",R,"headline 설 연휴 = the body's 13~18일"),
("004","Q2","탑승객","b","한빛항공","2026-02-13/2026-02-18","level",R,"국내·국제선 탑승객"),
("004","Q3","탑승객","b","한빛항공","2026-02-13/2026-02-18","change",R,"지난해 설 연휴보다 = basis"),
("004","Q5","탑승객","b","한빛항공","2026-02-13/2026-02-18","level",R,"하루 평균 ... 이용했다: no noun in its clause; 탑승객 (alt: verbal noun 이용)"),
("004","Q6","국제선","b","한빛항공","2026-02-13/2026-02-18","level",R,"국제선 = international passengers"),
("004","Q7","국제선","b","한빛항공","2026-02-13/2026-02-18","level",R,"share of the total"),
("004","Q8","일본 노선 탑승률","b","한빛항공","2026-02-13/2026-02-18","level",R,""),
("004","Q9","베트남 노선","b","한빛항공","2026-02-13/2026-02-18","level",R,"탑승률 elided"),
("004","Q10","임시편","b","한빛항공","2026-02-13/2026-02-18","level",R,"연휴 = the holiday range"),
("004","Q11","국제선 수송객","b","대한항공","2026-02-13/2026-02-18","level",R,"같은 기간 → 13~18일"),
("004","Q12","국제선 수송객","b","아시아나항공","2026-02-13/2026-02-18","level",R,""),
("004","Q13","매출","b","한빛항공","2025-Q4","level",R,"지난 10일 dates the disclosure"),
("004","Q14","영업이익","b","한빛항공","2025-Q4","level",R,""),
("004","Q15","영업손실","a","한빛항공","2024-Q4","level",R,"전년 동기 (optional DATE) is this figure's own period"),
("004","Q16","매출","b","한빛항공","2025","level",R,"연간 outside"),
("004","Q17","매출","b","한빛항공","2025","level",R,"threshold passed (gt)"),
("004","Q18","인천~다낭 노선","b","한빛항공","2026-03","level",R,"weekly frequency (주 = rate)"),
("004","Q19","B737-8","b","한빛항공","2026-H1","level",R,"aircraft brought in"),
("004","Q20","보유 항공기","b","한빛항공","2026-H1","level",R,"target fleet"),
# ---- 005 동해에너지셀 (2025-08-07)
("005","Q1","수주","b","동해에너지셀","2025-H1","level",O,"optional headline amount"),
("005","Q2","점유율","b","동해에너지셀","2025-H1","level",R,"headline 상반기 (body says 1~6월)"),
("005","Q3","신규 수주","b","동해에너지셀","2025-H1","level",R,""),
("005","Q4","공급 계약","a","동해에너지셀","2025-H1","level",R,"규모 → the contract; 스텔란티스 is the counterparty"),
("005","Q5","수주 잔고","b","동해에너지셀","2025-06","level",R,"6월 말 기준 (END)"),
("005","Q6","세계 전기차 배터리 사용량","b","","2025-01/2025-06","level",R,"market figure: no subject; SNE리서치 is the source"),
("005","Q7","세계 전기차 배터리 사용량","b","","2025-01/2025-06","change",R,"전년 동기 대비 = basis"),
("005","Q8","사용량","b","동해에너지셀","2025-01/2025-06","level",R,"이 기간 → 1~6월"),
("005","Q9","점유율","b","동해에너지셀","2025-01/2025-06","level",R,""),
("005","Q10","점유율","b","동해에너지셀","2025-01/2025-06","change",R,"%p change"),
("005","Q11","점유율","b","CATL","2025-01/2025-06","level",R,"metric carried from the previous sentence"),
("005","Q12","점유율","b","BYD","2025-01/2025-06","level",R,""),
("005","Q15","","b","LG에너지솔루션;SK온;삼성SDI","2025-01/2025-06","level",R,"국내 3사 named in full in the text; no counted noun (사 is the counter)"),
("005","Q16","점유율","b","LG에너지솔루션","2025-01/2025-06","level",R,""),
("005","Q17","점유율","b","SK온","2025-01/2025-06","level",R,""),
("005","Q18","점유율","b","삼성SDI","2025-01/2025-06","level",R,""),
("005","Q19","충북 오창 공장","b","동해에너지셀","2025-H2","level",R,"investment (들여) in the plant; alt 라인 증설"),
("005","Q20","생산능력","b","동해에너지셀","2025-08-07","level",R,"현재 (optional DATE); 연간 outside"),
("005","Q21","생산능력","b","동해에너지셀","2026","level",R,"내년 말 (END)"),
("005","Q22","북미 고객사","b","동해에너지셀","2025","level",R,"연말까지 (END)"),
# ---- 006 한끼당 / 미소찬푸드 (2025-12-18)
("006","Q1","해외 매장","b","한끼당","2025","level",R,"headline company is the franchise brand"),
("006","Q2","해외 매장 수","b","미소찬푸드","2025","level",R,"body topic is the operator 미소찬푸드 (alt 한끼당)"),
("006","Q3","해외 매장 수","b","미소찬푸드","2024","level",R,"지난해 말(371곳): the bracketed basis figure's own period"),
("006","Q4","해외 매장 수","b","미소찬푸드","2025","change",R,""),
("006","Q5","진출 국가","b","미소찬푸드","2024","level",O,"the earlier value (9개국에서): period implied end-2024, not stated"),
("006","Q6","진출 국가","b","미소찬푸드","2025","level",R,""),
("006","Q7","베트남","b","미소찬푸드","2025","level",R,"stores by country: country name is the metric; the company's stores, not the country's figure"),
("006","Q8","미국","b","미소찬푸드","2025","level",R,""),
("006","Q9","인도네시아","b","미소찬푸드","2025","level",R,""),
("006","Q10","필리핀","b","미소찬푸드","2025","level",R,""),
("006","Q12","미국","b","미소찬푸드","2025","change",O,"39곳이 새로 문을 열었다: no counted noun; openings count (level) or store-count increase (change): unclear"),
("006","Q13","해외 매출","b","미소찬푸드","2025-01/2025-11","level",R,"1~11월 누적"),
("006","Q14","전체 매출","b","미소찬푸드","2025-01/2025-11","level",R,""),
("006","Q15","해외 매출","b","미소찬푸드","2025-01/2025-11","level",R,"share of total revenue"),
("006","Q16","편의점","b","사이공쿱","2025","level",O,"사이공쿱's convenience stores supplied by 미소찬푸드: subject unclear (사이공쿱 / 미소찬푸드 / both); period 2025 vs carried 1~11월"),
("006","Q17","코스트코 매장","b","코스트코","2025","level",O,"Costco stores selling the product: subject unclear"),
("006","Q18","냉동 떡볶이","b","미소찬푸드","2025","level",O,"sold by 미소찬푸드; period: carry-forward gives 1~11월, a reader 2025: unclear"),
("006","Q19","해외 매장","b","미소찬푸드","2026","level",R,"target (계획)"),
("006","Q20","소스 공장","a","미소찬푸드","2026-H1","level",R,"규모 → 소스 공장 (capacity); 연 = rate"),
("006","Q21","현지인 점주","a","미소찬푸드","","level",O,"share of overseas franchisees that are local owners; present-tense quote, carry-forward would give 2026-H1: unclear"),
]
def find_metric(t, m, hint, qs_, qe_):
    if not m: return "", ""
    occ = []; i = t.find(m)
    while i >= 0: occ.append(i); i = t.find(m, i + 1)
    assert occ, m
    if isinstance(hint, int): s = t.find(m, hint)
    elif hint == "b": s = max([o for o in occ if o + len(m) <= qs_], default=None)
    elif hint == "a": s = min([o for o in occ if o >= qe_], default=None)
    else: s = min(occ, key=lambda o: abs(o - qs_))
    assert s is not None and s >= 0, (m, hint)
    return s, s + len(m)
skip = {(k[0], k[1]) for k, r in qs.items() if r["category"] in ("ordinal", "duration")}
seen = set(); rows = []
for d, mid, m, hint, subj, per, kind, st, note in L:
    q = qs[(d, mid)]; doc = q["doc_id"]; t = texts[doc]
    qs_, qe_ = int(q["start"]), int(q["end"])
    assert t[qs_:qe_] == q["text"], (d, mid)
    assert (d, mid) not in skip and (d, mid) not in seen, (d, mid)
    seen.add((d, mid))
    ms, me = find_metric(t, m, hint, qs_, qe_)
    if m: assert t[ms:me] == m
    if st == R and q["status"] == "optional": st = O
    rows.append([doc, qs_, qe_, q["text"], ms, me, m, subj, per, kind, st, note])
missing = [k for k in qs if k not in skip and k not in seen]
assert not missing, missing
rows.sort(key=lambda r: (r[0], r[1]))
with open(OUT, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow("doc_id,q_start,q_end,q_text,metric_start,metric_end,metric_text,subject,period,kind,status,note".split(","))
    w.writerows(rows)
# verification print: context around metric and number
for r in rows:
    t = texts[r[0]]
    ctx = t[min([r[1]] + ([r[4]] if r[6] else [])) : max([r[2]] + ([r[5]] if r[6] else []))]
    print(r[0][:3], r[3], "|", r[6], "|", r[7], r[8], r[9], r[10], "|", ctx.replace("\n", "⏎")[:90])
print(len(rows), "rows;", sum(r[10] == R for r in rows), "required;", sum(r[10] == O for r in rows), "optional")
