"""Session 35's Chinese and Japanese probe (简体, 粵, 台, 日本語), written from the training digest and the
session's grouping of fold A's misses by act and clause structure, before its first run; no row is copied or
edited from a blind round. Acts by clause roles: the customer's request told as an outcome that did not come
about (a negated completion: 没 / 没能 / 冇 + verb + result, a party's approval negated, 没法 / 没可能 + our
service verb) with nothing after; the customer's own thing told befallen (Cantonese 晒, its person gone, a count
after 了, a search come back empty; Japanese …てしまいました) with nothing after; an outcome vouched for at an
extreme (一…都不会, 几年都唔会) or with calming words before a certainty (ご安心ください、必ず…). Hard clean twins:
the same outcome with our next step or an alternative after, "not yet" (还没), a negated charge (good news), the
agent's own act vowed, good news closed by 晒 or てしまいました-less completion, a condition."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # ---- the request told as an outcome that did not come about, nothing after ----
    ("hans", True, "refusal-no-alternative", "抱歉，您想加的那两间标准间，最后没订上。", "简: 没 + 订上, the request failed, nothing after"),
    ("hans", True, "refusal-no-alternative", "您提交的提前放款，财务那边没给批下来。", "简: a party's approval negated"),
    ("hans", True, "refusal-no-alternative", "不好意思，周日的包场这周没办法再给您留了。", "简: 没办法再给您 + our service verb"),
    ("yue", True, "refusal-no-alternative", "唔好意思，你想加嘅嗰兩個位，冇排到入去。", "粵: 冇 + 排到入去"),
    ("tw", True, "refusal-no-alternative", "抱歉，你申請的延長保固，總公司沒批准。", "台: approval negated by head office"),
    ("yue", True, "refusal-no-alternative", "你想改去星期六，老闆唔批。", "粵: the boss's approval negated"),
    ("hans", False, "clean-refusal-alternative", "那两间标准间没订上，我给您留了同价位的两间大床房，您看行吗？", "简: failed, then an alternative and a question"),
    ("hans", False, "clean-not-yet", "您的提前放款还没批下来，财务说明天中午前给结果，我拿到就通知您。", "简: 还没 + a time and our step"),
    ("tw", False, "clean-good-news", "這次維修我們沒收你任何工錢，零件也是保固內免費換的。", "台: a charge negated is good news"),
    ("yue", False, "clean-refusal-alternative", "星期六冇排到位，不過星期日朝早有兩個位，我幫你留住先？", "粵: failed, then another slot offered"),
    ("hans", False, "clean-condition", "要是周末这批没排进去，我们就按原价给您退款。", "简: a condition with our remedy"),
    # ---- the customer's own thing befallen, nothing after ----
    ("yue", True, "dead-end", "你送嚟嗰部咖啡機，個發熱管燒晒。", "粵: 燒晒, the customer's thing ruined, nothing after"),
    ("hans", True, "dead-end", "您约的那位钢琴调音师，上个月已经离职了。", "简: the booked person gone"),
    ("hans", True, "dead-end", "您寄来修的那套茶杯，烧制的时候裂了三只。", "简: a count after 了"),
    ("tw", True, "dead-end", "我們在倉庫翻了一整天，你那個行李箱還是沒找到。", "台: a search come back empty"),
    ("ja", True, "dead-end", "お客様からお預かりした花瓶ですが、修復中に縁がさらに割れてしまいました。", "ja: the customer's thing broken, nothing after"),
    ("yue", False, "clean-good-news", "你部咖啡機整好晒，聽日就可以嚟攞。", "粵: 晒 closing good news"),
    ("hans", False, "clean-fix-offered", "您寄来的茶杯烧制时裂了三只，我们重新给您烧一套，下周五前寄出。", "简: the fault with our remedy"),
    ("tw", False, "clean-search-goes-on", "你那個行李箱還沒找到，我們明天早上再去另一個倉庫找。", "台: still searching, our next step"),
    ("hans", False, "clean-fix-offered", "您约的调音师离职了，我们给您换了另一位老师，时间不变。", "简: the person gone, another arranged"),
    ("ja", False, "clean-fix-offered", "お預かりした花瓶の縁が割れてしまいました。誠に申し訳ございません。修復費は全額こちらで負担し、代わりの職人を手配いたします。", "ja: broken, with our remedy"),
    # ---- an outcome vouched for at an extreme, or calming words before a certainty ----
    ("hans", True, "false-reassurance", "放心吧，这个防水层我敢跟您打包票，二十年都不会渗一滴水。", "简: a vow over an extreme outcome"),
    ("hans", True, "false-reassurance", "这批货过关一天都不会耽搁，您就放一百个心。", "简: 一天都不会 + calming words"),
    ("yue", True, "false-reassurance", "我包保你呢個熱水爐用十年都唔會壞。", "粵: 包保 + 十年都唔會"),
    ("tw", True, "false-reassurance", "安啦，我跟你保證，這台冷氣夏天再熱都不會跳電。", "台: a vow over an outcome"),
    ("ja", True, "false-reassurance", "ご安心ください、この塗装なら十年は絶対に色あせしません。", "ja: calming words and a certainty about an outcome"),
    ("ja", True, "false-reassurance", "大丈夫です、明日の便は必ず定刻に出発しますから。", "ja: calming words, a certainty nobody can give"),
    ("hans", False, "clean-own-act", "我保证今天下班前给您回电话，一分钟都不会让您白等。", "简: our own act vowed"),
    ("yue", False, "clean-fact-checked", "我查過晒收費記錄，我哋一蚊都冇多收你。", "粵: a checked fact, nothing promised"),
    ("tw", False, "clean-hedged", "這台冷氣我們沒辦法保證永遠不跳電，不過我們保固三年，有問題隨時叫我們。", "台: the vow withheld, our cover after"),
    ("ja", False, "clean-own-act", "ご安心ください、本日中に必ず担当者からご連絡いたします。", "ja: calming words and our own act"),
    ("ja", False, "clean-grounded", "ご安心ください、検査の結果、配線に異常はございませんでした。", "ja: calming words and a checked result"),
    # ---- other near misses: statements of fact that open the same way ----
    ("hans", False, "clean-info", "这款热水器我们一律免费上门安装，不收材料费。", "简: 一律 over a service granted"),
    ("yue", False, "clean-info", "你嘅退款已經批咗，三個工作天入數。", "粵: approval granted"),
    ("ja", False, "clean-info", "ご注文の品は本日すべて発送いたしました。明日午前中に届く予定です。", "ja: good news on the customer's order"),
    ("hans", False, "clean-info", "您那台机器没什么大问题，就是滤网脏了，我们已经清洗干净。", "简: 没 + good news, our act done"),
]

write_replies("pcjk35", ROWS)
