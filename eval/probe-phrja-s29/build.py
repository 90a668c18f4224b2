"""Session 29's Japanese probe, written after the Chinese changes and before any Japanese change: the
customer sent to a superior or elsewhere after a condition of their displeasure, "not this desk" with a
push elsewhere, a request closed by a curt demand for speed, a refusal told as a state with nothing after;
near misses: advice or a requirement with its reason standing alone after it, the agent taking the
matter to the superior or the right desk, a request with courtesy, a refusal with a later date, an offer."""
import json

ROWS = [
    (True, "send-to-manager", "納得がいかないようでしたら、本社の部長に直接お電話なさってください。", "displeasure as condition, then sent to a superior"),
    (True, "send-to-manager", "ご不満があるなら、店長に直接おっしゃってください。", "displeasure as condition, sent to the manager"),
    (True, "passing-buck", "返品の件はこちらではございません。ほかの窓口をお当たりください。", "not here, then pushed elsewhere"),
    (True, "passing-buck", "その件はうちの担当ではないので、他を当たってください。", "not ours, try elsewhere"),
    (True, "order", "申込書は印鑑を押してから再提出してください。今日中に。", "request closed by a curt deadline"),
    (True, "order", "書類をそろえて、もう一度出してください。すぐに。", "request closed by a curt 'at once'"),
    (True, "refusal-no-alternative", "申し訳ございませんが、今月の出張修理はお受けできない状況です。", "refusal as a state, nothing after"),
    (True, "refusal-no-alternative", "あいにく、その日の貸切はご用意いたしかねる状況でございます。", "refusal as a state, nothing after"),
    (False, "clean-recommendation", "年間プランにされるのがいいと思います。月々払うより一割ほど安くなりますので。", "advice, then its reason alone"),
    (False, "clean-requirement-info", "身分証のコピーが必要です。ご本人確認のためです。", "a requirement, then its reason alone"),
    (False, "clean-recommendation", "傷が目立たないマットな床材のほうがいいかと思います。", "advice whose no is inside a relative clause"),
    (False, "clean-handover", "納得がいかないようでしたら、私から部長に伝えて、本日中にお電話させます。", "the agent takes it to the superior"),
    (False, "clean-handover", "返品の件はこちらの窓口ではございませんが、担当部署におつなぎしますので少々お待ちください。", "not this desk, the agent connects"),
    (False, "clean-request-reason", "申込書は印鑑を押してから再提出してください。お手数をおかけします。", "a request with courtesy"),
    (False, "clean-refusal-alternative", "申し訳ございませんが、今月の出張修理はお受けできない状況です。来月五日以降でしたらすぐに伺えます。", "refusal with a later date"),
    (False, "clean-offer", "部長に直接ご相談されたい場合は、内線の番号をお伝えしますね。", "an offer of the superior's number"),
]

with open("replies.jsonl", "w", encoding="utf-8") as f:
    for i, (flag, cat, text, why) in enumerate(ROWS, 1):
        row = {"id": f"pja29-{i:02d}", "lang": "ja", "text": text, "flag": flag, "category": cat, "why": why}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS))
