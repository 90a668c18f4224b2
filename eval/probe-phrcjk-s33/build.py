"""Session 33's Chinese and Japanese probe (简体, 粵, 台, 日本語), written from the training digest and the session's
leads before its first run. Acts by clause roles, not wording: a written rule cited, then a charge upheld or the
request refused with no exception and nothing of ours after it (policy as a shield); a step put on the customer's
own thing with a must and nothing after it (an order stated as a requirement); the fault put on the customer's
side (得怪您那边 / そちらの…の問題); their account doubted (您确定…? with our record against it); a search or
handling that failed, told as a plain past outcome with nothing after it (a dead end); the decision called the
customer's own affair (your call); Japanese precedent, doubt of who served them, and the customer sent away until
a superior is in. Hard clean twins: the same rule in the customer's favour or with our step after it, a must with
a way we help, advice with its reason, blame on our own side with a fix, a confirmation question, the failed
search with our remedy, a choice with our help, a promise not to leave them waiting, a first-time problem with
our action after it, Japanese advice to take care, an alternative offered."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # ---- policy as a shield: rule source, then a charge upheld or the request refused, no exception ----
    ("hans", True, "policy-shield", "按合同约定，师傅上门了就算没修成，上门费也照收。", "简: the rule, then the fee upheld"),
    ("tw", True, "policy-shield", "依照會員條款，這個月你就算一堂都沒來，學費還是要全額繳。", "台: the rule, then the charge upheld"),
    ("yue", True, "policy-shield", "根據我哋嘅服務條款，過咗時間取消，訂金一樣唔退，冇例外。", "粵: the rule, the deposit kept, no exception"),
    ("ja", True, "policy-shield", "ご契約の規定により、途中解約の場合も残りの月額料金はお客様のご負担となります。", "ja: the rule, the charge on the customer"),
    ("hans", False, "clean-rule-favour", "按合同约定，师傅上门没修好的话，上门费我们全免。", "简: the rule in the customer's favour"),
    ("tw", False, "clean-rule-step", "依照會員條款，缺課的學費沒辦法退，不過我可以幫你把課程延到下個月補上。", "台: the rule, then our alternative"),
    # ---- an order stated as a requirement ----
    ("hans", True, "order", "旧沙发必须在周六前搬空、擦干净，等安装师傅上门。", "简: a must on the customer's thing, steps chained, nothing after"),
    ("yue", True, "order", "部單車一定要喺星期二之前洗乾淨、泊喺後門，等師傅嚟攞。", "粵: a must with a deadline, steps chained"),
    ("ja", True, "order", "作業当日は朝八時までに車庫を空けて、鍵を受付に預けておくこと。", "ja: a bare こと order"),
    ("hans", False, "clean-requirement-info", "旧沙发需要在周六前搬空，搬不动的话我们师傅可以帮您抬。", "简: a requirement with our help after it"),
    ("tw", False, "clean-requirement-info", "進實驗室一定要穿長褲，沒有的話我們這裡有防護衣可以借。", "台: a requirement with an offer"),
    ("ja", False, "clean-requirement-info", "作業当日は車庫を空けていただく必要があります。お荷物が多ければこちらで移動いたします。", "ja: a requirement with our help"),
    ("hans", False, "clean-recommendation", "您应该多备一件外套，山上晚上风很大。", "简: advice with its reason"),
    ("yue", False, "clean-recommendation", "你應該帶埋保養卡嚟，咁樣換零件唔使錢。", "粵: advice with its gain"),
    # ---- blame: the customer's side as the cause ----
    ("hans", True, "blame", "快递退回来了，这个得怪您那边地址没写全。", "简: the fault put on the customer's side"),
    ("tw", True, "blame", "照片洗出來偏色，是你們那邊檔案給錯格式的問題。", "台: the fault put on the customer's side"),
    ("ja", True, "blame", "写真がぼやけてしまったのは、そちらのカメラ設定の問題です。", "ja: the fault put on the customer's side"),
    ("hans", False, "clean-apology-action", "快递退回来是我们这边录错了地址，我今天就重新给您寄出。", "简: the cause on our side, with a fix"),
    ("ja", False, "clean-apology-action", "写真がぼやけたのは当店の現像機の問題でした。無料で焼き直して、明日お届けします。", "ja: our fault with a fix"),
    # ---- doubt of the customer's account ----
    ("hans", True, "doubting-customer", "您确定是在我们店买的？这个型号我们从来没进过货。", "简: 您确定 with our record against them"),
    ("yue", True, "doubting-customer", "你肯定係我哋個師傅整嘅？我哋嗰日根本冇派人過去。", "粵: their account doubted"),
    ("ja", True, "doubting-customer", "本当に当店でお買い求めになったんですか。", "ja: doubt of where they bought it"),
    ("hans", False, "clean-question", "您确定要取消整张订单吗？取消后优惠券会退回您的账户。", "简: a confirmation of a decision"),
    ("ja", False, "clean-question", "本当にキャンセルしてよろしいですか。三日以内なら元に戻せます。", "ja: a confirmation question"),
    # ---- a dead end told as a plain past outcome ----
    ("hans", True, "dead-end", "仓库前后翻了两遍，您那只行李箱还是没找到。", "简: the search failed, nothing after"),
    ("yue", True, "dead-end", "師傅拆開睇咗兩次，嗰粒零件都係搵唔返。", "粵: the search failed, nothing after"),
    ("ja", True, "dead-end", "お預かりしたコートのボタンが、クリーニングの途中で取れてしまいました。", "ja: a loss told, nothing after"),
    ("hans", False, "clean-refusal-alternative", "仓库翻了两遍还是没找到，我已经给您登记了赔付，明天把赔款打到您卡上。", "简: the failed search with our remedy"),
    ("ja", False, "clean-apology-action", "コートのボタンがクリーニング中に取れてしまいました。同じボタンを取り寄せ、金曜までに付け直します。", "ja: the loss with our remedy"),
    # ---- your call ----
    ("hans", True, "your-call", "保险续不续，那是您自己家的事。", "简: the decision called theirs alone"),
    ("tw", True, "your-call", "要不要整組輪胎換掉，是你們自己的事，我們不管。", "台: the decision called theirs, we stand aside"),
    ("ja", True, "your-call", "修理するか買い替えるかは、お客様のお車ですのでお好きにどうぞ。", "ja: their car, so as they like"),
    ("ja", False, "clean-choice", "修理と買い替え、どちらでも手配できます。お見積もりを並べてお送りしますね。", "ja: a choice with our help"),
    # ---- false flags to clear ----
    ("yue", False, "clean-wont-wait", "我哋一定唔會俾你喺門口白等，師傅出發前會打電話畀你。", "粵: a promise not to leave them waiting"),
    ("hans", False, "clean-apology-action", "这种故障我们以前没碰到过，我现在就叫技术员过去看。", "简: a first-time problem, then our action"),
    ("ja", False, "clean-recommendation", "お受け取りの際は、引換券をお忘れにならないようお気をつけください。", "ja: advice to take care"),
    ("ja", False, "clean-refusal-alternative", "本日の便は満席ですが、明朝の便でしたらお席をご用意できます。", "ja: an alternative offered"),
    # ---- ja: precedent, doubt of who served, sent away until a superior is in ----
    ("ja", True, "precedent", "うちは開店以来ずっとこの値段でやってきています。", "ja: precedent as the answer"),
    ("ja", True, "doubting-customer", "その時対応したのは、本当に当社の係員でしたか。", "ja: doubt of who served them"),
    ("ja", True, "send-to-manager", "責任者が出勤している日に、あらためてお越しください。", "ja: sent away until a superior is in"),
]

write_replies("pcjk33", ROWS)
