"""Session 29's second Chinese probe (简体, 粵, 台), written after the first probe's run and before any change
for its acts: orders by clause shape (给我 / 俾我 before a handling verb and its result, a step to redo with
a count, a result to get right, a ban on anything missing) and the customer sent to whoever approves or
owns the matter with no handover; near misses: the same steps as requests, done by the agent or not
needed, 给我 as the receiver, and the agent taking the matter to that person."""
import json

ROWS = [
    # orders
    ("hans", True, "order", "申请表给我填整齐了，明天上午交到前台。", "简: 给我 + fill + result, then a deadline step"),
    ("yue", True, "order", "份合約俾我簽好，聽日拎返嚟。", "粵: 俾我 + sign + result, then bring back"),
    ("hans", True, "order", "照片重新拍一张，这次拍清楚。", "简: redo with a count, then the result demanded"),
    ("yue", True, "order", "張單再影過，今次影清楚佢。", "粵: redo, then 影清楚佢"),
    ("hans", True, "order", "快递单重新填一张，电话写对。", "简: redo with a count, a result to get right"),
    ("yue", True, "order", "啲工具還之前抹乾淨，一件都唔可以漏。", "粵: wipe clean before returning, none may be missing"),
    ("tw", True, "order", "帳篷還回來前要擦乾淨，營釘一根都不可以少。", "台: clean before returning, a ban on missing pegs"),
    ("hans", False, "clean-request-reason", "麻烦您把申请表填整齐，明天上午交到前台就行。", "简: a request"),
    ("yue", False, "clean-apology-action", "份合約我幫你簽好咗，聽日拎返嚟俾你。", "粵: the agent signed and brings it"),
    ("tw", False, "clean-apology-action", "照片我再幫您拍一張，這次一定拍清楚。", "台: the agent redoes"),
    ("hans", False, "clean-apology-action", "快递单我们重新给您填一张，电话已经改对了。", "简: the agent redoes"),
    ("hans", False, "clean-info", "还帐篷前不用擦，我们会统一清洗。", "简: no step needed, the agent cleans"),
    ("hans", False, "clean-agent-receives", "照片发给我，我帮您看看哪里不清楚。", "简: 给我 as the receiver, the agent acts"),
    # sent to whoever approves or owns the matter, no handover
    ("hans", True, "send-to-manager", "这个要店长签字，您直接去找他吧。", "简: approval named, the customer sent"),
    ("tw", True, "send-to-manager", "這需要主任核准，你自己打給他比較快。", "台: approval named, customer calls himself"),
    ("yue", True, "send-to-manager", "呢單要經理批，你直接email佢啦。", "粵: approval named, the customer emails"),
    ("tw", True, "passing-buck", "那是物業的事，不歸我們管。", "台: another party's matter, not ours"),
    ("yue", True, "passing-buck", "嗰啲係保險公司嘅事嚟㗎。", "粵: another party's matter, closed"),
    ("hans", True, "passing-buck", "停车费的事是物业那边的，您问他们去。", "简: sent to another party"),
    ("hans", False, "clean-manager-brought", "这个要店长签字，我现在就拿去给他签，五分钟后回来。", "简: the agent takes it"),
    ("tw", False, "clean-handover", "這需要主任核准，我已經幫您送件了，明天下午前回覆您。", "台: the agent submitted it"),
    ("yue", False, "clean-handover", "呢單要經理批，我而家就email佢，有消息即刻打俾你。", "粵: the agent emails the manager"),
    ("hans", False, "clean-handover", "发票是财务部开的，我帮您转过去，他们今天会联系您。", "简: handed over"),
    ("tw", False, "clean-handover", "停車費是管委會在收的，我把他們的電話給您：02-2345-6789。", "台: another party with its number"),
]

LANG = {"yue": "zh-Hant", "tw": "zh-Hant", "hans": "zh-Hans"}
with open("replies.jsonl", "w", encoding="utf-8") as f:
    for i, (var, flag, cat, text, why) in enumerate(ROWS, 1):
        row = {"id": f"pz29b-{var}-{i:02d}", "lang": LANG[var], "text": text, "flag": flag, "category": cat, "why": why}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS))
