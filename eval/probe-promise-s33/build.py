"""Session 33's lead probe (English, 简体, 粵, 台, 日本語), written from the training digest after two fresh rounds in a
row (12bh, 12bj) showed the same false flag in every language: a PROMISE told with a negated negative ("we never leave
you without…", 我们绝不会让您…, 我哋絕對唔會俾你…) read as a refusal, dismissal or confrontation. Clean rows: our side
promises never to let a bad state befall the customer, often with our step after it. Flagged twins with the same
opening words: the "never" refuses the customer's request or blames them (a refusal with no alternative, a dismissal,
a rule closed on itself). Committed before its first run; the first run is on the unchanged judge (82fb5bf)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # ---- clean: a promise with a negated negative ----
    ("en", False, "clean-promise", "We never leave a customer on hold without checking back every two minutes.", "en: we never + leave the customer + without: a promise"),
    ("en", False, "clean-promise", "I won't let you go home tonight without a working phone, I promise.", "en: won't let you + without"),
    ("en", False, "clean-promise", "We'd never let a family sit in the cold waiting; the engineer is on his way now.", "en: never let + a bad state, our step after"),
    ("en", False, "clean-promise", "We never charge you for a call-out when the fault turns out to be ours.", "en: never charge you when it is our fault: good news"),
    ("hans", False, "clean-promise", "我们绝不会让您白跑一趟，下午我亲自把配件送到您家。", "简: 绝不会让您 + a bad state, our step after"),
    ("hans", False, "clean-promise", "您放心，我们从来不会让老人一个人在电梯里干等，值班员会一直跟他通话。", "简: 不会让 + someone waiting, our step after"),
    ("hans", False, "clean-promise", "这件事我绝对不会让您吃亏的，差价我们来补。", "简: 不会让您吃亏, our fix after"),
    ("yue", False, "clean-promise", "我哋一定唔會俾你喺門口乾等，師傅十分鐘內到。", "粵: 唔會俾你 + waiting, our step after"),
    ("yue", False, "clean-promise", "放心，我哋絕對唔會由得你自己搞，聽日我親自上嚟幫你裝。", "粵: 唔會由得你自己搞, our step after"),
    ("tw", False, "clean-promise", "我們絕不會讓您的車子在外面淋雨，今晚一定幫您停進廠裡。", "台: 絕不會讓 + a bad state, our step"),
    ("tw", False, "clean-promise", "這種事我們不會再讓它發生在您身上，已經換了新的系統。", "台: 不會再讓它發生, our fix"),
    ("ja", False, "clean-promise", "お客様をお一人でお待たせするようなことは決していたしません。係の者がずっとおそばにおります。", "ja: 決していたしません of keeping them waiting, our step"),
    # ---- flagged twins: the same openings refusing or blaming ----
    ("en", True, "refusal-no-alternative", "We never give refunds on opened cartridges, so there's nothing I can do.", "en: never + refusal, nothing after"),
    ("en", True, "refusal-no-alternative", "I won't let you change the booking this late, it's too close to the date.", "en: won't let you + the request refused"),
    ("en", True, "dismissal", "We never get complaints about that model, so it must be something you're doing.", "en: never + blame on the customer"),
    ("hans", True, "refusal-no-alternative", "我们绝不会给您退这笔钱，规定就是这样。", "简: 绝不会 + refund refused"),
    ("hans", True, "refusal-no-alternative", "这种情况我们从来不会让客户换货的。", "简: 从来不会让客户换货: request refused"),
    ("yue", True, "refusal-no-alternative", "我哋絕對唔會俾你退錢，你自己睇清楚條款先啦。", "粵: 唔會俾你退錢, blame after"),
    ("tw", True, "refusal-no-alternative", "我們絕對不會讓您延期，期限就是期限。", "台: 不會讓您延期, rule closed on itself"),
    ("ja", True, "refusal-no-alternative", "そのようなご返金は決していたしません。", "ja: 決していたしません of a refund: refusal"),
]

write_replies("prom33", ROWS)
