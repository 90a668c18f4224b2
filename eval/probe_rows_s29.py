"""Shared by session 29's probe builders (probe-*-s29/build.py): each customer with the criteria of
the facts, the feeling and the check, its graded answers, and the rows written as JSON lines."""
import json

CHECK_S = ["对吗", "对不对", "是这样吗", "我理解得对吗", "我说得对吗"]
CHECK_T = ["對嗎", "對不對", "是這樣嗎", "啱唔啱", "係咪咁", "係唔係"]
# Feeling wordings of session 33's Chinese probes (probe-parazh-s33*/build.py).
FEEL_S = ["理解", "难怪", "换谁都", "着急", "生气", "抱歉", "对不起", "烦", "辛苦", "失望", "心疼"]
FEEL_T = ["理解", "明白", "難怪", "換邊個都", "換作是我", "嬲", "生氣", "抱歉", "對不起", "擔心", "失望", "心疼", "辛苦"]


class Probe:
    def __init__(self):
        self.customers = []

    def cust(self, lang, text, facts, feel, check):
        criteria = [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}]
        self.customers.append((lang, text, criteria, []))

    def ans(self, label, text, why):
        self.customers[-1][3].append((label, text, why))

    def write(self, path, prefix):
        n = 0
        with open(path, "w", encoding="utf-8") as f:
            for lang, text, criteria, answers in self.customers:
                for label, a, why in answers:
                    n += 1
                    f.write(json.dumps({"id": f"{prefix}-{n:03d}", "lang": lang, "customer": text, "criteria": criteria, "answer": a, "label": label, "why": why}, ensure_ascii=False) + "\n")
        print(n, "rows")
