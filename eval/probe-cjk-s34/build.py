"""Session 34's Chinese and Japanese probe (简体, 粵, 台, 日本語), written from the training digest and the
session's leads before its first run. Acts by clause roles, not wording: an order to the customer built on 给我 /
給我 / 俾我 before a handling verb; the agent holding their repeated telling against the customer (说了几遍 / 同你講咗幾次
/ 何度も申し上げて) or demanding a repeat curtly; precedent as the whole answer (一直都是这样 / 以前都係咁 / 昔から);
the trouble dismissed as mending itself with nothing of ours after; a Cantonese must with a threat. Hard clean
twins: a failed search with our own next step after it; blame negated with the customer's side as its object; a
rule that grants the customer something; a Japanese alternative offered; a Cantonese statement closed by 㗎 / 喎 /
囉 with 要 as "will" or as our own must; 给我 as the receiver of a request with its reason; repetition offered to
confirm; precedent with a change in the customer's favour; self-recovery with our fallback after it."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # ---- an order with 给我 / 給我 / 俾我 before a handling verb ----
    ("hans", True, "order", "给我把发票正反面都拍清楚，发到这个邮箱。", "简: 给我把 + handling verb, a bare order"),
    ("tw", True, "order", "給我把機身序號抄下來，傳到我們的官方帳號。", "台: 給我把 + chained orders"),
    ("yue", True, "order", "俾我影返張收據，WhatsApp 過嚟。", "粵: 俾我 + verb, a bare order"),
    ("hans", False, "clean-request-reason", "麻烦您把发票拍一张发给我，我这边好帮您登记保修。", "简: 给我 as the receiver, a request with its reason"),
    ("yue", False, "clean-request-reason", "唔該你將張單影低傳俾我，我即刻幫你跟進。", "粵: 俾我 as the receiver, with our step"),
    ("hans", False, "clean-offer", "给我两分钟，我帮您把运单号查出来。", "简: asking for time for our own act"),
    # ---- repetition held against the customer, or a repeat demanded curtly ----
    ("hans", True, "impatience", "我已经跟您讲了三遍了，周日不送货。", "简: the count of tellings held against them"),
    ("yue", True, "impatience", "同你講咗幾次喇，冇單據係唔退得嘅。", "粵: told several times, then the rule"),
    ("ja", True, "impatience", "先ほどから何度も申し上げておりますが、保証期間はもう過ぎております。", "ja: repeated telling held against them"),
    ("hans", False, "clean-confirmation", "我再跟您重复一遍收货地址，您听听有没有错。", "简: the agent offering to repeat to confirm"),
    ("ja", False, "clean-confirmation", "念のため、ご予約の内容をもう一度読み上げますね。", "ja: repetition offered to confirm"),
    # ---- precedent as the answer ----
    ("hans", True, "precedent", "我们这边一直都是这么收的，从来没变过。", "简: always done so, nothing after"),
    ("yue", True, "precedent", "以前都係咁做㗎，冇得改。", "粵: precedent, no change"),
    ("tw", True, "precedent", "我們店向來都是這樣處理的，不是只針對你。", "台: precedent as the answer"),
    ("ja", True, "precedent", "うちでは昔からずっとこういう決まりでやっております。", "ja: precedent as the answer"),
    ("hans", False, "clean-precedent-step", "我们一直都是按件收费，不过您这单量大，我帮您申请个批量价。", "简: precedent with our step after"),
    ("tw", False, "clean-precedent-exception", "以前都是隔天才出貨，這個月起我們改成當天寄出了。", "台: the past told against a change in their favour"),
    # ---- dismissal: it will mend itself, nothing of ours after ----
    ("hans", True, "brush-off", "这个不用管它，过两天自己就好了。", "简: mends itself, nothing after"),
    ("yue", True, "brush-off", "網速慢好平常，等陣自己會好返。", "粵: mends itself, nothing after"),
    ("tw", True, "brush-off", "系統過幾天自己會恢復，你先別急。", "台: mends itself, calm down"),
    ("ja", True, "brush-off", "しばらく放っておけば自然に直りますよ。", "ja: mends itself if left alone"),
    ("hans", False, "clean-apology-action", "系统一般过两天会自己恢复，要是周三还不行，我直接安排师傅上门。", "简: self-recovery with our fallback"),
    ("ja", False, "clean-apology-action", "通常は数分で自然に復旧しますが、念のため技術担当からお電話いたします。", "ja: self-recovery with our call"),
    # ---- Cantonese statements and a Cantonese must ----
    ("yue", True, "order", "你聽日一定要親身嚟攞，過咗鐘唔候㗎。", "粵: a must on the customer with a threat"),
    ("yue", False, "clean-information", "師傅聽朝要先去另一區，所以會遲少少先到㗎。", "粵: 要 as the technician's schedule, 㗎 closing a statement"),
    ("yue", False, "clean-our-obligation", "我要同主管確認下先，下晝三點前覆你喎。", "粵: our own must, a time to reply"),
    ("yue", False, "clean-information", "呢款機用開都要每年換一次濾網㗎，到時我哋會提你囉。", "粵: a requirement as information, our reminder"),
    # ---- a dead end with our next step after it ----
    ("hans", False, "clean-outcome-next-step", "还是没找到您那件外套，我再去后面仓库翻一下。", "简: not found, our next step"),
    ("yue", False, "clean-outcome-next-step", "仲係搵唔到個包裹，我聽朝再打去物流公司問。", "粵: not found, our next step"),
    ("ja", False, "clean-outcome-next-step", "まだ見つかっておりません。もう一度倉庫を確認してまいります。", "ja: not found, our next step"),
    ("hans", True, "dead-end", "前后找了一下午，您那件外套还是没找到。", "简: the search failed, nothing after"),
    # ---- blame negated, the customer's side as its object ----
    ("hans", False, "clean-own-fault", "这事真不能怪您那边，是我们仓库贴错了标签，我马上给您补发。", "简: blame denied of their side"),
    ("tw", False, "clean-own-fault", "這真的不是你們的錯，是我們系統出了問題。", "台: blame denied of their side"),
    ("yue", False, "clean-own-fault", "呢件事真係唔怪得你，係我哋寄錯咗地址。", "粵: blame denied of the customer"),
    ("hans", True, "blame", "这个真得怪您那边，收货的时候没当面验。", "简: blame put on their side"),
    # ---- a rule that grants ----
    ("hans", False, "clean-policy-grants", "按规定，这种情况我们要全额退给您。", "简: the rule grants a full refund"),
    ("tw", False, "clean-policy-grants", "依照規定，延誤超過兩小時我們必須免費幫您改票。", "台: the rule binds us in their favour"),
    ("hans", True, "policy-shield", "按规定，拆了封的一律不退。", "简: the rule as the whole refusal"),
    # ---- Japanese alternatives ----
    ("ja", False, "clean-refusal-alternative", "当店には在庫がございませんが、隣の駅の店舗からお取り寄せできます。", "ja: no stock here, fetched from another shop"),
    ("ja", True, "passing-buck", "それは当店では分かりかねますので、メーカーに直接お問い合わせください。", "ja: sent to the maker, no handover"),
]

write_replies("pcjk34", ROWS)
