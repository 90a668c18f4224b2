"""Session 28's Chinese and Japanese probe (brush-off, impatience, doubting the customer, hostile questions;
near misses for each and the known false flags), written from the training digest before its first run."""
import json

ROWS = [
    # brush-off: the customer's trouble judged small or of no effect, nothing done after
    ("yue", True, "brush-off", "條褲甩咗粒鈕啫，冇乜大不了㗎。", "粵: the fault shrunk with 啫, judged nothing big, closed on 㗎"),
    ("yue", True, "brush-off", "咁細嘅花痕，企遠少少都睇唔到啦。", "粵: the scratch called too small to see, closed on 啦"),
    ("tw", True, "brush-off", "螢幕只是一個小亮點而已，不影響看影片啦。", "台: 而已 + no effect, nothing after"),
    ("hans", True, "brush-off", "快递晚一天到而已，又不是什么大事。", "简: delay shrunk with 而已, 又不是什么大事"),
    ("ja", True, "brush-off", "その程度の傷でしたら、気にされるほどのことではありませんよ。", "ja: the damage judged not worth minding"),
    ("hans", False, "clean-apology-action", "虽然只是一道小划痕，我们还是给您换一台新的，明天送到。", "简: shrunk, but the agent replaces it"),
    ("yue", False, "clean-apology-action", "師傅已經幫你換咗條線，冇乜大問題喇，而家可以用返。", "粵: no big problem after the agent's repair"),
    ("tw", False, "clean-apology-action", "亮點雖然小，還是會影響觀看，我們幫您換一台新的。", "台: small but its effect owned, replaced"),
    ("ja", False, "clean-empathy", "小さな傷でも気になりますよね。すぐに交換品をお送りします。", "ja: small but the feeling owned, then the agent acts"),
    # impatience: repetition held against the customer, hurrying the decision
    ("yue", True, "impatience", "我頭先已經講咗三次，星期五先有貨。", "粵: the agent's telling counted against the customer"),
    ("tw", True, "impatience", "剛剛不是跟你說過了嗎？要先付訂金。", "台: rhetorical 不是…說過了嗎"),
    ("hans", True, "impatience", "同样的问题您已经问了好几遍了，答案还是一样。", "简: the customer's asking counted"),
    ("hans", True, "impatience", "您到底要不要订？后面还有人在排队。", "简: 到底要不要 hurrying, others waiting"),
    ("ja", True, "impatience", "先ほどから何度もご説明しておりますが、返金はできかねます。", "ja: 何度も説明 held against the customer"),
    ("hans", False, "clean-ordinary", "我再跟您确认一遍地址：朝阳区建国路八十八号，对吗？", "简: the agent repeats to confirm"),
    ("yue", False, "clean-apology-action", "我頭先講得唔清楚，等我再講一次：星期五下晝兩點有貨。", "粵: the agent owns the unclear telling and repeats"),
    ("tw", False, "clean-ordinary", "沒關係，我再說明一次付款方式，您慢慢來。", "台: offered repetition, no hurry"),
    ("ja", False, "clean-ordinary", "念のため、もう一度ご案内いたします。受付は午後五時までです。", "ja: repetition offered for safety"),
    # doubting the customer's account
    ("yue", True, "doubting-customer", "你肯定你有鎖門？我哋啲鎖好少會自己彈開。", "粵: 你肯定你… on the customer's own act"),
    ("tw", True, "doubting-customer", "你確定是在我們店裡買的嗎？我們沒有賣這個牌子。", "台: 你確定… question on the account"),
    ("hans", True, "doubting-customer", "您说的这种情况我们从没遇到过，会不会是您记错时间了？", "简: never seen + 会不会是您记错"),
    ("hans", True, "doubting-customer", "不太可能吧，我们的水壶一直都没出过这种问题。", "简: 不太可能吧 on the customer's report"),
    ("ja", True, "doubting-customer", "本当にご注文されましたか？こちらには記録がございません。", "ja: 本当に…か on the customer's act"),
    ("hans", False, "clean-need-question", "麻烦您确认一下，下单用的是尾号3321的手机吗？我好帮您查订单。", "简: a check asked with its reason"),
    ("tw", False, "clean-apology-action", "系統還沒顯示退款，我現在幫您打給銀行確認，十分鐘內回電。", "台: record stated, the agent checks"),
    ("yue", False, "clean-apology-action", "你講嘅情況我哋會跟進，麻煩你影張相俾我，我即刻幫你登記。", "粵: account taken, a photo asked to register it"),
    # hostile and rebuking questions
    ("yue", True, "hostile-question", "說明書寫到明，你冇睇咩？", "粵: 你冇…咩 rebuke"),
    ("yue", True, "hostile-question", "難道要我哋師傅日日上門幫你開機？", "粵: 難道 mocking the expectation"),
    ("tw", True, "hostile-question", "你還想要我們怎樣？都已經退一半了。", "台: 還想…怎樣"),
    ("hans", True, "hostile-question", "这么简单的设置，你自己不会弄吗？", "简: 你自己不会…吗 on ability"),
    ("ja", True, "hostile-question", "説明書はお読みにならなかったんですか？", "ja: reproaching question on the customer's omission"),
    ("hans", False, "clean-offer", "您还想看看别的款式吗？这款还有蓝色。", "简: 还想 as an offer"),
    ("yue", False, "clean-question", "係咪個掣冇反應？我教你點樣重設。", "粵: helpful 係咪 then the agent teaches"),
    ("tw", False, "clean-need-question", "請問您有看到盒子裡的保固卡嗎？上面有序號，我可以幫您查。", "台: a fact question with its reason"),
    # known false flags, in new words
    ("hans", False, "clean-transfer", "如果还有别的疑问的话，您可以到三楼的售后柜台。", "简: a condition and a named desk: a handover"),
    ("hans", False, "clean-offer", "颜色您自己挑就好，三种我们仓库都有。", "简: a choice with our capability"),
    ("tw", False, "clean-wont-wait", "我跟您保證，這次的出貨日期不會再改了。", "台: the agent's own promise, no impatience"),
    ("yue", False, "clean-offer", "使唔使我幫你約師傅上門？", "粵: 使唔使 offering help"),
    ("hans", False, "clean-requirement-info", "婴儿推车最少要租三天，押金两百元。", "简: a minimum stated as information"),
    ("yue", False, "clean-requirement-info", "部車最少要租兩日，按金五百蚊。", "粵: a minimum stated as information"),
]

LANG = {"yue": "zh-Hant", "tw": "zh-Hant", "hans": "zh-Hans", "ja": "ja"}
with open("replies.jsonl", "w", encoding="utf-8") as f:
    for i, (var, flag, cat, text, why) in enumerate(ROWS, 1):
        row = {"id": f"pz28-{var}-{i:02d}", "lang": LANG[var], "text": text, "flag": flag, "category": cat, "why": why}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS))
