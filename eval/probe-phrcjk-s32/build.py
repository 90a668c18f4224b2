"""Session 32's Japanese and Chinese probe (日本語 first, then 简体, 粵, 台), written from the training digest and the
session's leads before its first run. Japanese acts by structure: the fault put on the customer's own misreading or
mistyping (お客様の見間違い), a cause on the customer's side closing the reply (…が抜けていたからです), a question that
blames (確認しなかったんですか / 思わなかったんですか), the customer's request echoed back in hostile form (〜と?),
a refusal told as the company's decision, a dead end (…できなくなりました) with nothing after, not my job with no answer,
blame on a third party with the customer sent there. Chinese: precedent as the reason, the choice handed back to the
customer alone. Hard clean twins: the customer's error told with an apology and a fix, a refusal with an alternative,
担当外 with a handover, real questions, a cause owned by our side, a dead end with another option."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # ---- ja flagged ----
    ("ja", True, "blame", "それはお客様の見間違いだと思いますよ。", "ja: the customer's misreading named"),
    ("ja", True, "blame", "数量の打ち間違いはお客様のほうですね。", "ja: the mistyping put on the customer"),
    ("ja", True, "blame", "荷物が戻ってきたのは、ご住所の番地が抜けていたからです。", "ja: the cause on the customer's side, nothing after"),
    ("ja", True, "blame", "割引にならなかったのは、クーポンの入力をお忘れになったからですね。", "ja: the customer's omission as the cause"),
    ("ja", True, "blame", "出発前に天気予報くらい調べなかったんですか。", "ja: a question blaming the customer's omission"),
    ("ja", True, "blame", "サイズ表を見てから注文しようとは思わなかったんですか。", "ja: a rhetorical question, the customer blamed"),
    ("ja", True, "confrontation", "今日中に全部直せと?", "ja: the customer's request echoed back hostile"),
    ("ja", True, "confrontation", "送料もこちらで持てとおっしゃるんですか。", "ja: a demand echoed back as a challenge"),
    ("ja", True, "refusal", "分割払いのご相談ですが、本部の判断でお断りすることに決まりました。", "ja: a refusal told as the company's decision"),
    ("ja", True, "refusal", "延長のお申し出は、上の者が検討した結果、認めないということになりました。", "ja: refusal as an internal decision"),
    ("ja", True, "dead-end", "ご予約のお部屋ですが、配管の故障で当日はご利用いただけなくなりました。", "ja: bad news, nothing after"),
    ("ja", True, "dead-end", "ご注文の限定色は、メーカーの都合でお届けできなくなりました。", "ja: a dead end with no next step"),
    ("ja", True, "passing-buck", "経理のことは私の担当外なので、何とも申し上げられません。", "ja: not my job and no answer"),
    ("ja", True, "passing-buck", "それは窓口が違うので、私にはちょっと。", "ja: wrong desk, left there"),
    ("ja", True, "passing-buck", "据え付けの不具合は工事業者の責任ですので、業者さんに直接言ってください。", "ja: blame on a third party, sent there"),
    # ---- ja clean twins ----
    ("ja", False, "clean-apology-action", "ご住所の番地が抜けていたようです。こちらで確認のうえ、本日中に再発送いたします。", "ja: the customer's slip told with a fix"),
    ("ja", False, "clean-apology-action", "お客様のご入力が一文字違っていたようですが、私の方で正しく直しておきました。ご不便をおかけしました。", "ja: the customer's error with an apology and a fix"),
    ("ja", False, "clean-refusal-alternative", "分割払いは本部の判断でお受けできないことになりましたが、カード払いでしたら三回まで分けられます。", "ja: refusal as a decision, with an alternative"),
    ("ja", False, "clean-refusal-alternative", "ご予約のお部屋は配管の故障でご利用いただけなくなりました。同じ料金で上の階のお部屋をご用意しております。", "ja: dead end with another room"),
    ("ja", False, "clean-handover", "経理の件は私の担当外ですので、担当の者におつなぎいたします。少々お待ちください。", "ja: 担当外 with a handover"),
    ("ja", False, "clean-handover", "私の担当外ではございますが、担当者から本日中にお電話するよう伝えておきます。", "ja: 担当外 with a callback"),
    ("ja", False, "clean-apology-action", "荷物が戻ったのは、こちらの入力漏れが原因です。申し訳ございません、すぐに再発送いたします。", "ja: the cause owned by our side"),
    ("ja", False, "clean-question", "出発前にご案内のメールはお受け取りになりましたか?届いていなければ再送いたします。", "ja: a real question, then help"),
    ("ja", False, "clean-confirm", "明日までに修理をご希望ということですね。すぐに工房に確認いたします。", "ja: the request restated to confirm, then action"),
    # ---- Chinese flagged: precedent, the choice handed back ----
    ("hans", True, "policy-shield", "我们的发货日向来就是周三，这么多年一直没变过。", "简: precedent as the reason"),
    ("yue", True, "policy-shield", "我哋開舖到而家都係咁收費，從來冇改過。", "粵: precedent as the reason"),
    ("tw", True, "policy-shield", "我們一直以來都是這樣計費的，從沒改過。", "台: precedent as the reason"),
    ("hans", True, "your-business", "两个套餐要哪个，您自己看着定吧。", "简: the choice handed back alone"),
    ("yue", True, "your-business", "揀邊款你自己諗掂佢啦，我哋唔理㗎。", "粵: the choice handed back alone"),
    ("tw", True, "your-business", "要不要加購，你自己決定吧，隨便你。", "台: the choice handed back alone"),
    # ---- Chinese clean twins ----
    ("hans", False, "clean-refusal-alternative", "我们一直都是周三发货，不过这次我可以为您安排加急，周一就发出。", "简: a practice told, then an offer"),
    ("tw", False, "clean-ordinary", "我們一直以來都提供免費修改褲長，現在就幫你量。", "台: a long-standing service as information"),
    ("hans", False, "clean-choice", "两个套餐的区别我列给您了，您定好了告诉我，我马上帮您办。", "简: the customer decides, the agent helps"),
    ("yue", False, "clean-ordinary", "我哋一向都有免費送貨，今晚就幫你送到府上。", "粵: a long-standing service, the agent acts"),
    ("yue", False, "clean-choice", "兩款都啱你用，你揀好咗話我知，我即刻幫你落單。", "粵: the customer picks, the agent acts"),
]

write_replies("pcjk32", ROWS)
