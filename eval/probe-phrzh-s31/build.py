"""Session 31's Chinese and Japanese probe (简体, 粵, 台, 日本語), written from the training digest and the session's
leads before its first run. Acts by structure: a hostile question about the customer's own mind, eyes or ability;
sarcasm as a question about whether the customer has ever done an everyday thing; scorn as "V 什么 N" over the
customer's request; a Japanese who-would-mind; the customer's thing gone to someone else with nothing after; blame
put on the customer's own contractor or family; being busy as the whole answer; precedent as the reason. Hard clean
twins: 不行的话 as a condition with the agent's next step, real questions about experience followed by help, 什么
in a real question, the thing gone to someone else with another offered, the damage owned by our side, busy with a
time to come back, a long-standing free service as information, and a Japanese who-question the agent answers."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # a hostile question about the customer's mind, eyes or ability
    ("hans", True, "confrontation", "说明书上写得明明白白，你脑子是怎么想的？", "简: the customer's mind questioned"),
    ("yue", True, "confrontation", "咁大隻字都睇唔到，你對眼有冇問題㗎？", "粵: the customer's eyes questioned"),
    ("tw", True, "confrontation", "這麼簡單的步驟，你頭腦是有什麼問題嗎？", "台: the customer's head questioned"),
    ("hans", True, "confrontation", "你是不是连字都不认识啊？", "简: the customer's literacy questioned"),
    # sarcasm: has the customer never done an everyday thing
    ("hans", True, "confrontation", "您是第一次用洗衣机吗？盖子没盖好当然会漏水。", "简: first time using a washer?"),
    ("yue", True, "confrontation", "你未用過微波爐咩？金屬嘢點可以放入去㗎。", "粵: never used a microwave?"),
    ("tw", True, "confrontation", "你沒搭過高鐵喔？車票上就有寫車廂號碼了啊。", "台: never taken the train?"),
    ("ja", True, "confrontation", "電子レンジを使ったことがないんですか？", "ja: never used a microwave?"),
    # scorn: V 什么 N over the customer's request
    ("hans", True, "dismissal", "都拆封用了两个月了，还换什么货？", "简: 还换什么货"),
    ("yue", True, "dismissal", "件衫你都着咗去飲，仲退乜嘢錢呀？", "粵: 仲退乜嘢錢"),
    ("tw", True, "dismissal", "東西都已經收到了，還投訴什麼？", "台: 還投訴什麼"),
    # ja: who would mind / nobody minds
    ("ja", True, "dismissal", "そんな小さい傷、誰も気にしませんよ。", "ja: nobody would mind"),
    ("ja", True, "dismissal", "箱が少しへこんだくらいで、誰が困るんですか？", "ja: who is troubled by it"),
    # the thing gone to someone else, nothing after
    ("hans", True, "refusal", "您看中的那辆车昨天已经被别的客户订走了。", "简: gone to another customer, nothing after"),
    ("yue", True, "refusal", "你想要嗰個車位已經租咗俾第二個住客。", "粵: let to another tenant, nothing after"),
    ("ja", True, "refusal", "ご希望のお部屋は、すでに別のお客様のご予約が入っております。", "ja: taken by another guest, nothing after"),
    # blame on the customer's own contractor or family
    ("hans", True, "blame", "地板是您家请的保洁阿姨泡坏的，跟我们没关系。", "简: the customer's cleaner blamed"),
    ("tw", True, "blame", "應該是你家小朋友把遙控器摔壞的吧。", "台: the customer's child blamed"),
    ("yue", True, "blame", "條喉係你自己搵嗰個師傅駁錯咗。", "粵: the customer's own plumber blamed"),
    # busy as the whole answer
    ("hans", True, "dismissal", "我们这边今天事情太多了，实在顾不上您这个。", "简: too much to do, no time for yours"),
    ("yue", True, "dismissal", "我哋而家忙到癲，邊有時間理你呢啲。", "粵: too busy to deal with this"),
    ("ja", True, "dismissal", "今立て込んでいるので、その件は後にしてもらえますか。", "ja: busy, put it off with no time"),
    # precedent as the reason
    ("hans", True, "policy-shield", "我们开店十几年都是这么收费的，没有人提过意见。", "简: always charged this way"),
    ("tw", True, "policy-shield", "我們從以前到現在都是這樣處理，沒有破例過。", "台: always done so, never an exception"),
    ("ja", True, "policy-shield", "昔からずっとこのやり方でやっておりますので。", "ja: always been done this way"),
    # hard clean twins
    ("hans", False, "clean-conditional", "先试试这个型号的充电器，不行的话我马上给您换原装的。", "简: 不行的话 as a condition, agent acts"),
    ("yue", False, "clean-conditional", "你試下先，唔得嘅話我即刻同你換過另一部。", "粵: 唔得嘅話 as a condition, agent acts"),
    ("tw", False, "clean-conditional", "麻煩你先重開機看看，還是不行的話我再幫你派人過去。", "台: 不行的話 with the agent's step"),
    ("hans", False, "clean-question", "您以前用过我们的自助寄存柜吗？我可以陪您操作一次。", "简: a real question about experience, then help"),
    ("yue", False, "clean-question", "你之前有冇用過我哋個app訂位？我可以一步步教你。", "粵: a real question, then help"),
    ("ja", False, "clean-question", "当店のセルフレジはご利用になったことがありますか？よろしければご案内いたします。", "ja: a real question, then help"),
    ("hans", False, "clean-question", "请问您想换什么颜色？我马上给您查库存。", "简: 什么 in a real question"),
    ("tw", False, "clean-question", "請問你要退什麼商品呢？我幫你開退貨單。", "台: 什么 in a real question"),
    ("hans", False, "clean-refusal-alternative", "那辆车已经被订走了，同款白色的还有一辆，我带您去看看？", "简: gone, another offered"),
    ("ja", False, "clean-refusal-alternative", "そのお部屋はすでにご予約済みですが、同じ広さの隣のお部屋でしたらご用意できます。", "ja: taken, another offered"),
    ("hans", False, "clean-apology-action", "地板是我们派去的师傅弄坏的，维修费用全部由我们承担。", "简: our own worker, we pay"),
    ("yue", False, "clean-hold", "我而家手上有個客人，十分鐘後打返俾你得唔得？", "粵: busy with a time to come back"),
    ("tw", False, "clean-ordinary", "我們一直都有提供會員免費包裝的服務，我現在就幫你包。", "台: a long-standing service as information, agent acts"),
    ("ja", False, "clean-question", "どなたがお使いになるご予定ですか？サイズをご提案いたします。", "ja: who will use it, then an offer"),
    ("hans", False, "clean-ordinary", "这个尺寸对您来说可能偏小，我再拿一件大一号的给您试试。", "简: a fit judged, another brought"),
]

write_replies("pzh31", ROWS)
