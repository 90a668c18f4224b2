"""Session 30's probe of hostile and rhetorical questions in Chinese and Japanese (简体, 粵, 台, 日本語), written
from the training digest before its first run. The act is read by structure: a question whose wh-word or
frame presupposes its own answer ("by what right", "who would notice", "is it worth", "did nobody read"),
put against the customer's own act or their trouble. Flagged: 凭什么 / 憑乜 against a claim, who-would-notice
and is-it-worth questions shrinking the trouble, nobody-on-your-side-read-it, the customer's act then "what
did you think would happen", the price held against the quality wanted, 究竟 pressing the customer, the
check before the act not done, and Japanese そもそも / 誰が気にする / なぜうちが. Hard clean twins: the same
words in a real question (who helped you, is this time all right, anything else you need), 凭 as "with",
至于 as "as for", a check with a way forward, and a Japanese check followed by the agent's own act."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # by what right (凭什么 / 憑乜 / なぜうちが…ないといけない) against the customer's claim
    ("hans", True, "hostile-question", "收据是您自己弄丢的，凭什么要我们全额退款？", "简: 凭什么 + our act demanded"),
    ("yue", True, "hostile-question", "你自己唔睇清楚就簽咗名，憑乜要我哋負責？", "粵: 憑乜 + we made to answer for it"),
    ("tw", True, "hostile-question", "鞋子是你自己丟進烘衣機的，憑什麼要我們換新的？", "台: 憑什麼 after the customer's act"),
    ("ja", True, "hostile-question", "ご自分で分解されたのに、なぜうちが無料で直さないといけないんですか？", "ja: why must we, after the customer's act"),
    # who would notice / is it worth: the trouble shrunk by a question
    ("hans", True, "brush-off", "这么浅的一点色差，谁看得出来啊？", "简: who could tell, the trouble shrunk"),
    ("hans", True, "brush-off", "就一道细细的划痕，至于专门跑来投诉吗？", "简: 至于…吗, not worth it"),
    ("hans", True, "brush-off", "这点小毛病也犯得着打三次电话？", "简: 犯得着, not worth it"),
    ("yue", True, "brush-off", "咁細嘅花痕，邊個會留意到啫？", "粵: who would notice"),
    ("tw", True, "brush-off", "那麼一點點色差，哪有人看得出來啦？", "台: 哪有人, nobody could tell"),
    ("ja", True, "brush-off", "この程度の色むら、誰が気にしますか？", "ja: who would mind"),
    # nobody on your side read it
    ("hans", True, "hostile-question", "合同第三条写得清清楚楚，你们单位就没有一个人看过吗？", "简: 就没有一个人…吗"),
    ("yue", True, "hostile-question", "網頁寫到明要預約，你哋公司就冇人睇過咩？", "粵: 就冇人…咩"),
    # the customer's act, then what did you think would happen / is that fair
    ("hans", True, "hostile-question", "您把手机泡在水里一整晚，您觉得会怎么样？", "简: act told, then what did you expect"),
    ("tw", True, "hostile-question", "你把筆電放在車上曬一整天，你覺得會怎樣？", "台: act told, then what did you expect"),
    ("hans", True, "hostile-question", "一张年卡三个人轮着用，您觉得这说得过去吗？", "简: act told, then is that fair"),
    # the price held against the quality wanted
    ("hans", True, "hostile-question", "一百块的清洗套餐，您是想要多专业的服务？", "简: price, then how good do you want"),
    ("tw", True, "hostile-question", "兩百塊的保養，你是要多完美？", "台: price, then how perfect"),
    # 究竟 pressing the customer
    ("hans", True, "hostile-question", "你究竟有没有照说明书装？", "简: 究竟 pressing the customer's handling"),
    ("yue", True, "hostile-question", "你究竟有冇跟住說明書砌㗎？", "粵: 究竟 pressing the customer's handling"),
    # the check before the act not done
    ("hans", True, "hostile-question", "下单之前就不量一下窗户尺寸吗？", "简: 前就不 + a check"),
    ("tw", True, "hostile-question", "訂房前就沒先看一下取消規定嗎？", "台: 前就沒先 + a check"),
    # now you blame us, after your own act
    ("yue", True, "hostile-question", "對波鞋你自己落雨天着去行山，而家怪我哋？", "粵: the customer's act, then now you blame us"),
    # ja: そもそも / the customer's not looking
    ("ja", True, "hostile-question", "そもそもご予約の確認メール、お読みになりました？", "ja: そもそも + did you read it"),
    ("ja", True, "hostile-question", "入口の注意書き、ご覧になってないんですか？", "ja: haven't you looked, nothing after"),
    # hard clean twins
    ("hans", False, "clean-question", "您觉得周六上午十点让师傅上门合适吗？", "简: 觉得…合适吗 about our proposal"),
    ("tw", False, "clean-question", "你覺得這樣處理可以嗎？不行的話我再幫你找別的方案。", "台: a check of our plan, alternative after"),
    ("yue", False, "clean-question", "你覺得星期六朝早十點過嚟方唔方便？", "粵: a time proposed"),
    ("hans", False, "clean-apology-action", "是哪位同事帮您装的机器？我让他明天再过去看一下。", "简: who helped you, then the agent acts"),
    ("yue", False, "clean-apology-action", "係邊位同事幫你裝嘅？我叫佢聽日再上嚟睇下。", "粵: who helped you, then the agent acts"),
    ("hans", False, "clean-offer", "您还需要什么别的配件吗？", "简: 还…什么, a closing offer"),
    ("hans", False, "clean-requirement-info", "凭购物小票可以到一楼服务台全额退款。", "简: 凭 as 'with'"),
    ("hans", False, "clean-refusal-alternative", "至于运费，我们全部承担，明天就给您寄新的。", "简: 至于 as 'as for'"),
    ("hans", False, "clean-question-obligation", "下单之前您量过窗户尺寸吗？没量也没关系，我们师傅上门免费量。", "简: the check with a way forward"),
    ("tw", False, "clean-ordinary", "這種色差在燈光下其實看得出來，我們幫你換一片同批號的。", "台: the trouble granted, the agent acts"),
    ("ja", False, "clean-question-obligation", "ご予約の確認メールはお読みになりましたか？届いていなければすぐに再送いたします。", "ja: a check with the agent's act"),
    ("ja", False, "clean-apology-action", "どなたが対応いたしましたか？担当から折り返しご連絡させます。", "ja: who handled it, then a callback"),
]

write_replies("pq30", ROWS)
