"""Session 29's Chinese and Japanese probe (简体, 粵, 台, 日本語), written from the training digest before its
first run. Acts defined by structure: who acts, polarity, modality, and what follows the clause.
Clean near misses: the agent binding itself with a never-word, a promise with its date, a recommendation
with its reason, a requirement and what to do before its source, the agent redoing or escalating itself,
a handover with a contact. Flagged twins: refusals with a never-word and nothing after, 你应该 on what the
customer failed to do, a rule as the only answer, orders (给我 / 俾我 / 同我, a bare redo), the customer
sent to a manager or elsewhere with no handover."""
import json

ROWS = [
    # the agent binds itself with a never-word (a protection promise) vs. a refusal with a never-word
    ("hans", False, "clean-wont-wait", "您的检查报告我们从来不会给保险公司看，只有您的主治医生能调出来。", "简: 从来不会 binds our side, protects the customer"),
    ("yue", False, "clean-wont-wait", "你張卡嘅號碼我哋唔會留底，付完款系統即刻刪走。", "粵: 唔會留底 protects the customer's data"),
    ("tw", False, "clean-wont-wait", "您寶寶的照片我們絕不會拿去當廣告，只會放在您的雲端相簿。", "台: 絕不會 binds the agent's side"),
    ("ja", False, "clean-wont-wait", "お客様のお電話番号を配送業者以外に伝えることは決してございません。", "ja: the agent's side binds itself"),
    ("hans", True, "refusal-no-alternative", "特价机票我们从来不给改期。", "简: 从来不 + a service withheld, nothing after"),
    ("yue", True, "refusal-no-alternative", "我哋從來唔會上門收件㗎。", "粵: 從來唔會 + service, closed on 㗎"),
    ("tw", True, "refusal-no-alternative", "運費的部分我們一律不會退給你。", "台: 一律不會退, nothing after"),
    # a promise with its date vs. a vow on an outcome a third party decides
    ("hans", False, "clean-wont-wait", "这件事我不会拖着，明天中午十二点前一定给您回电话。", "简: 不会拖 + the agent's own dated act"),
    ("yue", False, "clean-wont-wait", "你份估價單我唔會遲，星期三之前電郵俾你。", "粵: 唔會遲 + dated delivery by the agent"),
    ("tw", False, "clean-wont-wait", "維修這次不會再延誤了，下週一前我們一定送回府上。", "台: 不會再延誤 + the agent's dated act"),
    ("ja", False, "clean-wont-wait", "この件を後回しにすることはいたしません。明日の午前中にこちらからお電話いたします。", "ja: not put off + the agent's dated call"),
    ("hans", True, "false-reassurance", "您放心，保险公司绝对不会拒赔的。", "简: a vow on what the insurer decides"),
    # a recommendation with its reason vs. 你应该 on what the customer failed to do
    ("hans", False, "clean-recommendation", "您应该选年付的方案，因为算下来比月付便宜两百多。", "简: 您应该 + 因为 reason: advice"),
    ("tw", False, "clean-recommendation", "你應該先把照片備份起來，因為重灌之後手機資料會全部清掉。", "台: 應該 + 因為 reason"),
    ("yue", False, "clean-recommendation", "你應該揀大一個碼，因為呢個牌子嘅鞋做得細。", "粵: 應該揀 + 因為 reason"),
    ("ja", False, "clean-recommendation", "年払いのプランをお選びになるのがよいかと思います。月払いより二割ほどお得ですので。", "ja: advice with its reason"),
    ("hans", True, "blame", "你应该早点跟我们说的，现在已经来不及了。", "简: 应该…的 on the past, nothing after"),
    ("tw", True, "blame", "你應該自己先看清楚說明書才對。", "台: 應該…才對, blame"),
    # a requirement and what to do, then its source vs. a rule as the only answer
    ("hans", False, "clean-requirement-info", "上车后请系好安全带，这是客运公司的安全规定。", "简: the request first, the source after"),
    ("tw", False, "clean-requirement-info", "進泳池要戴泳帽，這是衛生局的規定，櫃台有賣，一頂二十元。", "台: requirement, source, where to get one"),
    ("yue", False, "clean-requirement-info", "入場要出示身份證，呢個係主辦單位嘅保安規定，學生證都得。", "粵: requirement, source, an alternative"),
    ("hans", True, "policy-shield", "这是我们公司的规定，我也没办法。", "简: the rule as the whole answer"),
    ("tw", True, "policy-shield", "規定就是這樣，我沒辦法幫你例外。", "台: the rule, no exception, nothing after"),
    ("yue", True, "policy-shield", "公司規定嚟㗎，唔係我話事。", "粵: rule + not my say"),
    # orders: 给我 / 俾我 / 同我, a bare redo, vs. the agent redoing, a request with help
    ("hans", True, "order", "你给我排到后面去。", "简: 你给我 + a directed step"),
    ("hans", True, "order", "签名不对，重新填一份。", "简: a bare redo command"),
    ("yue", True, "order", "你同我坐低先，唔好再嗌。", "粵: 同我 intensified order + ban"),
    ("tw", True, "order", "照片太糊了，再拍一張傳過來。", "台: a bare redo with a direction"),
    ("hans", True, "order", "把收据给我拿出来。", "简: 给我 intensified order to produce a receipt"),
    ("hans", False, "clean-request-reason", "麻烦您重新填一份，要改的地方我已经帮您圈出来了。", "简: a request with the agent's help"),
    ("yue", False, "clean-apology-action", "我幫你重新填過一張，你喺最底簽個名就得。", "粵: the agent redoes it"),
    ("tw", False, "clean-apology-action", "我們會再寄一次給您，運費由我們負擔。", "台: the agent resends"),
    ("hans", False, "clean-agent-receives", "您把订单号发给我，我马上帮您查物流。", "简: 发给我 = to the agent, the agent acts after"),
    # the customer sent to a manager or elsewhere vs. the agent handing over
    ("hans", True, "send-to-manager", "这个您还是自己去找我们经理说吧。", "简: sent to the manager themselves"),
    ("tw", True, "send-to-manager", "你最好直接去找店長談。", "台: 最好 as advice to go to the manager"),
    ("yue", True, "passing-buck", "你自己打去總公司問啦。", "粵: sent elsewhere, no contact, no handover"),
    ("ja", True, "send-to-manager", "その件は店長に直接おっしゃってください。", "ja: the customer sent to the manager"),
    ("hans", False, "clean-manager-brought", "我这就请我们经理过来，两分钟后他跟您当面谈。", "简: the agent escalates"),
    ("tw", False, "clean-handover", "我幫您轉給店長，他今天下午五點前會回電給您。", "台: handed over with a time"),
    ("yue", False, "clean-handover", "呢單要總公司批，我而家幫你打過去問，你等我兩分鐘。", "粵: the agent calls head office"),
]

LANG = {"yue": "zh-Hant", "tw": "zh-Hant", "hans": "zh-Hans", "ja": "ja"}
with open("replies.jsonl", "w", encoding="utf-8") as f:
    for i, (var, flag, cat, text, why) in enumerate(ROWS, 1):
        row = {"id": f"pz29-{var}-{i:02d}", "lang": LANG[var], "text": text, "flag": flag, "category": cat, "why": why}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS))
