"""Session 34's probe of promises told with a negated negative (English, 简体, 粵, 台, 日本語), written from the
training digest and my own sense of agents' language after fresh rounds 12bh and 12bj flagged such promises in every
language. Clean rows: our side vows never to let / leave / make the customer come to a bad state or an unwanted event
(stranded, out of pocket, waiting, repeating the story), mostly with our step after it. Flagged twins open the same way
but the negated verb is the customer's request refused (swap, refund, change room), blame ("we never make mistakes, so
you…"), a dismissal ("this never happens"), or a flat "we won't be doing that". Committed before its first run."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # ---- clean: our side vows a bad state will not befall the customer ----
    ("en", False, "clean-promise", "We won't leave you stranded at the airport; a driver is already on his way to pick you up.", "en: won't leave you + a bad state, our step after"),
    ("en", False, "clean-promise", "I'll never let you walk away out of pocket over our mistake — the difference goes back on your card today.", "en: never let you + a loss, our fix after"),
    ("en", False, "clean-promise", "We never make a customer pay twice for the same repair, so the second visit is on us.", "en: never make a customer pay twice: good news, our cost"),
    ("en", False, "clean-promise", "We won't let your heating stay off overnight; an engineer will be with you before six.", "en: won't let + their thing in a bad state, our step"),
    ("en", False, "clean-promise", "We never let a paid order sit in the warehouse, so yours ships this afternoon.", "en: never let + an unwanted event, our step"),
    ("en", False, "clean-promise", "I won't make you repeat the whole story to someone else; I'll brief my colleague myself before I put you through.", "en: won't make you repeat, our step"),
    ("en", False, "clean-promise", "We'll never let a broken lock keep you out of your own flat. The locksmith is booked for 7 pm.", "en: never let + an event befall them, our step in the next sentence"),
    ("en", False, "clean-promise", "We never leave a patient waiting without telling them why, and I'll update you every fifteen minutes.", "en: we never leave + waiting without, our step"),
    # ---- flagged twins (en): the same openings refusing, blaming or dismissing ----
    ("en", True, "refusal-no-alternative", "We never let customers swap tariffs mid-contract, that's just how it is.", "en: never let customers + their request refused, nothing after"),
    ("en", True, "blame", "We never leave parcels with neighbours, so if you weren't in, that's on you.", "en: never leave + the fault put on the customer"),
    ("en", True, "blame", "We never make mistakes with addresses, so you must have typed it wrong.", "en: never make mistakes, so you…"),
    ("en", True, "dismissal", "This never happens with our boilers. You must be using it wrong.", "en: this never happens + blame"),
    ("en", True, "refusal-no-alternative", "We won't be doing that.", "en: a flat refusal"),
    ("en", True, "refusal-no-alternative", "I'm not going to let you cancel now, you signed for twelve months.", "en: not going to let you + their request refused"),
    # ---- clean (简体) ----
    ("hans", False, "clean-promise", "我们绝不会让您自己垫这笔钱，维修费由我们直接跟厂家结算。", "简: 绝不会让您 + a loss, our step after"),
    ("hans", False, "clean-promise", "您放心，我们不会让孩子一个人在门口等着，老师会陪他到您来接为止。", "简: 不会让 + someone waiting, our step after"),
    ("hans", False, "clean-promise", "我们从来不会让客户带着问题离开，今天我陪您把设置弄好。", "简: 从来不会让客户 + a bad state, our step"),
    ("hans", False, "clean-promise", "我们绝对不会让您因为我们的失误多花一分钱，多扣的运费马上退回。", "简: 绝对不会让您 + a cost, our fix"),
    # ---- flagged twins (简体) ----
    ("hans", True, "refusal-no-alternative", "我们绝不会让您退这个货，拆封了就是拆封了。", "简: 绝不会让您退: request refused, rule closed on itself"),
    ("hans", True, "blame", "我们从来不会出错，肯定是您自己填错了。", "简: 从来不会出错 + blame"),
    ("hans", True, "dismissal", "这种事从来没发生过，您是不是弄错了？", "简: never happened + doubt"),
    ("hans", True, "refusal-no-alternative", "我们不会给您换的，您别再打来了。", "简: 不会给您换, nothing after"),
    # ---- clean (粵) ----
    ("yue", False, "clean-promise", "我哋唔會由得你架車喺路邊過夜，拖車半個鐘內到。", "粵: 唔會由得 + their thing in a bad state, our step"),
    ("yue", False, "clean-promise", "你放心，我哋絕對唔會俾你蝕錢，差價我哋會補返俾你。", "粵: 絕對唔會俾你蝕錢, our fix"),
    ("yue", False, "clean-promise", "我哋唔會再搞到你要請假等師傅，下次會約你收工之後上門。", "粵: 唔會再搞到你 + a burden, our step"),
    # ---- flagged twins (粵) ----
    ("yue", True, "refusal-no-alternative", "我哋絕對唔會俾你退貨，過咗七日就冇得退。", "粵: 唔會俾你退貨, rule, nothing after"),
    ("yue", True, "blame", "我哋從來都唔會搞錯，一定係你自己撳錯咗。", "粵: 從來唔會搞錯 + blame"),
    # ---- clean (台) ----
    ("tw", False, "clean-promise", "我們絕對不會讓您一個人在機場乾等，接機人員已經在出口等您了。", "台: 絕對不會讓您 + waiting, our step"),
    ("tw", False, "clean-promise", "我們絕不會讓您為了我們的疏失再多跑一趟，新的證件會直接寄到府上。", "台: 絕不會讓您多跑一趟, our step"),
    ("tw", False, "clean-promise", "放心，我們不會讓毛孩子餓著，美容師中午會先餵牠。", "台: 不會讓 + their pet in a bad state, our step"),
    # ---- flagged twins (台) ----
    ("tw", True, "refusal-no-alternative", "我們絕對不會讓您換房，訂了就是訂了。", "台: 不會讓您換房: request refused, tautology"),
    ("tw", True, "blame", "這種問題我們從來沒遇過，應該是您自己操作不當吧。", "台: never met + blame"),
    # ---- clean (ja) ----
    ("ja", False, "clean-promise", "同じご不便を二度とおかけすることは決していたしません。本日中に担当者が新しい部品をお届けします。", "ja: 決していたしません of an inconvenience, our step"),
    ("ja", False, "clean-promise", "雨の中でお客様をお待たせするようなことは決してございません。到着の十分前にお電話いたします。", "ja: 決してございません of keeping them waiting, our step"),
    ("ja", False, "clean-promise", "お客様に余計なご負担をおかけすることは決してありませんので、追加の費用は弊社で持ちます。", "ja: 決してありません of a burden, our cost"),
    # ---- flagged twins (ja) ----
    ("ja", True, "refusal-no-alternative", "そのような変更は決してお受けできません。", "ja: 決して + a request refused"),
    ("ja", True, "blame", "当社の製品でそのような故障は決して起きません。お客様の使い方の問題です。", "ja: never happens + blame"),
]

write_replies("prom34", ROWS)
