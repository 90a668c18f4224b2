"""Session 36's Chinese and Japanese probe (简体, 粵, 台, 日本語), written from the training digest and the
session's grouping of fold A's misses by act and clause structure, before its first run; no row is copied or
edited from a blind round. Acts by clause roles: the agent's telling counted against the customer (我 + 跟您 +
a telling verb + a count of two or more, or 还要我 + telling verb + 几遍 as a question); Japanese, the choice handed
back (an embedded alternative or whether-question as topic, the customer's side as the one to decide, nothing of
ours after); calming words before a certainty over an outcome told in the potential or as a noun (必ず拾えます,
一切不要); a telling-opener (欸跟你說) before the customer's thing befallen. Hard clean twins: our effort counted
(催了三次, calls), telling a third party, a repetition offered, the choice with our information, recommendation or
next step, a question asking for their wish, a choice offered as possible, calming words before our own act or a
checked result, a relative clause 你送嚟嗰部, a negated charge."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # ---- the agent's telling counted against the customer ----
    ("hans", True, "impatience", "退货地址我已经跟您讲了四次了。", "简: 我 + 跟您 + 讲了 + 四次"),
    ("hans", True, "impatience", "这个规定我们已经给您解释过好几遍了！", "简: 我们 + 给您 + 解释过 + 好几遍"),
    ("hans", True, "impatience", "还要我重复几遍？周三发货。", "简: 还要我 + telling verb + 几遍, a question"),
    ("hans", True, "impatience", "我都跟你说了两回了，下午三点以后不收件。", "简: 都 + 说了 + 两回"),
    ("yue", True, "impatience", "我已經同你講咗三次，星期五先有貨。", "粵: 同你 + 講咗 + 三次"),
    ("yue", True, "impatience", "仲要我解釋幾多次呀？", "粵: 仲要我 + 解釋 + 幾多次"),
    ("tw", True, "impatience", "這個我已經跟你說明三次了耶。", "台: 跟你 + 說明 + 三次"),
    ("tw", True, "impatience", "我都講兩遍了，週一公休啦。", "台: 都講 + 兩遍"),
    ("hans", False, "clean-effort", "我已经帮您催了三次仓库，明天上午一定给您回话。", "简: our effort counted, not telling"),
    ("hans", False, "clean-repeat-offered", "我再跟您解释一遍，您看哪里还不清楚。", "简: a repetition offered"),
    ("hans", False, "clean-effort", "我给您打了两次电话都没打通，所以给您发了短信。", "简: calls counted, our next step"),
    ("yue", False, "clean-third-party", "我同倉務講咗兩次，佢哋今日會幫你補寄。", "粵: telling a third party twice, our effort"),
    ("tw", False, "clean-third-party", "我跟師傅提醒過兩次了，他今天下午會帶零件過去。", "台: a third party reminded, our next step"),
    # ---- Japanese: the choice handed back ----
    ("ja", True, "your-call", "修理に出すか買い替えるかは、そちらでご判断ください。", "ja: alternative-question topic, the customer's side judges"),
    ("ja", True, "your-call", "プランを続けるかどうかは、お客様次第ですので。", "ja: whether-question topic, up to the customer"),
    ("ja", True, "your-call", "どの色にするかはご自身で決めていただければと思います。", "ja: which-question topic, decide yourself"),
    ("ja", True, "your-call", "延長するかしないかは、御社のことですからご自由にどうぞ。", "ja: alternative topic, ご自由に"),
    ("ja", False, "clean-recommend", "修理か買い替えかはお客様のご判断になりますが、修理なら三日で戻ります。私のおすすめは修理です。", "ja: the choice with information and a recommendation"),
    ("ja", False, "clean-next-step", "どちらのプランにするか、お決まりになりましたらこちらでお手続きいたします。", "ja: a condition, our act after"),
    ("ja", False, "clean-question", "交換にするか返金にするか、ご希望をお聞かせいただけますか。", "ja: a question asking their wish"),
    ("ja", False, "clean-info", "お色は赤と青からお選びいただけます。", "ja: a choice offered as possible"),
    ("ja", False, "clean-next-step", "日程はお客様のご都合で決めていただけます。候補日を三つお送りしますね。", "ja: their schedule, our candidates sent"),
    # ---- calming words before a certainty over an outcome ----
    ("ja", True, "false-reassurance", "ご安心ください、この防水スプレーならどんな雨でも必ず弾けます。", "ja: calming words, potential outcome made certain"),
    ("ja", True, "false-reassurance", "ご安心ください、このタイヤなら雪道でも百パーセント滑りませんから。", "ja: calming words, a hundred percent"),
    ("ja", True, "false-reassurance", "大丈夫です、このポンプは十年は一切点検不要です。", "ja: calming words, a noun outcome made absolute"),
    ("hans", True, "false-reassurance", "您放心，这把锁装上以后，什么小偷都撬不开。", "简: calming words, any thief held off"),
    ("ja", False, "clean-own-act", "ご安心ください、明日の朝九時に必ず私からお電話いたします。", "ja: calming words and our own act"),
    ("ja", False, "clean-grounded", "ご安心ください、点検の結果、水漏れは一切確認されませんでした。", "ja: calming words and a checked result"),
    ("hans", False, "clean-grounded", "您放心，这把锁我们检测过了，什么问题都没有。", "简: calming words and a checked result"),
    # ---- a telling-opener, a relative clause, a negated charge ----
    ("tw", True, "dead-end", "欸跟你說，你寄來修的那兩個杯子全部破了。", "台: telling-opener, the customer's thing befallen, nothing after"),
    ("tw", False, "clean-fix-offered", "欸跟你說，你寄來修的那兩個杯子破了一個，我們換一個新的給你，週五寄出。", "台: the same with our remedy"),
    ("yue", False, "clean-info", "你送嚟嗰部咖啡機已經整好，聽日下晝可以嚟攞。", "粵: a relative clause, good news"),
    ("yue", False, "clean-fact-checked", "我對過張單，我哋冇多收你錢，運費係另外計嘅。", "粵: a negated charge, checked"),
    ("hans", False, "clean-fix-done", "您那台空调没什么毛病，就是外机堵了，我们已经清理好了。", "简: the fault then our completed fix"),
]

write_replies("pcjk36", ROWS)
