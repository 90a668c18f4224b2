"""Session 26's Chinese restatement probe (parazh26): value forms and Cantonese words, written from the digest's rules, not from dev rows."""
import json

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "急", "寒心", "恼火", "失望"]
FEEL_T = ["理解", "明白", "難怪", "換誰都", "嬲", "生氣", "傻眼", "不爽", "徬徨", "擔心"]
CHECK_S = ["对吗", "对不对", "是这样吗", "我理解得对吗", "没错吧"]
CHECK_T = ["對嗎", "對不對", "是這樣嗎", "啱唔啱", "係咪", "係唔係", "我講得啱唔啱"]

C = []


def cust(lang, text, facts, feel, check):
    C.append((lang, text, [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}], []))


def ans(label, text, why):
    C[-1][3].append((label, text, why))


cust("zh-Hans", "我前天在你们网站订了一张书桌，说好月底前送到，结果今天客服说要等个把月。我家孩子下周就开学了，真是急死了。",
     [("when", ["前天", "两天前"]), ("desk", ["书桌"]), ("due", ["月底", "月末"]), ("wait", ["个把月", "一个来月", "一个月左右"]), ("school", ["开学"])],
     FEEL_S, CHECK_S)
ans("good", "您是说两天前订了张书桌，本来讲好这个月末送到，现在客服说得等一个来月，孩子下周就开学了，难怪您着急。我理解得对吗？", "两天前 for 前天, 月末 for 月底, 一个来月 for 个把月")
ans("partial", "您是说两天前订了张书桌，本来讲好这个月末送到，现在客服说得等一个来月，孩子下周就开学了。我理解得对吗？", "no feeling")
ans("poor", "您是说上个月订的书桌已经送到了，只是桌面有划痕，对吗？", "account changed: not delivered, no wait")

cust("zh-Hans", "我们约的是下午三点一刻验收装修，结果师傅两点五十五分才打电话说来不了。我专门请了半天假，白等了。",
     [("time", ["三点一刻", "三点十五", "3点15"]), ("call", ["两点五十五", "差五分三点", "2点55"]), ("cancel", ["来不了", "不来了"]), ("leave", ["半天假"])],
     FEEL_S, CHECK_S)
ans("good", "您是说约好下午三点十五分验收，师傅差五分三点才来电话说不来了，您专门请了半天假白白等着，换谁都生气。是这样吗？", "三点十五分 for 三点一刻, 差五分三点 for 两点五十五分")
ans("partial", "您是说约好下午四点一刻验收，师傅差五分三点才来电话说不来了，您专门请了半天假白白等着，换谁都生气。是这样吗？", "one time wrong (四点一刻)")
ans("poor", "您是说师傅三点一刻准时来了，只是验收没通过，对吗？", "account reversed: the fitter came")

cust("zh-Hans", "我这个月两次被多扣了话费，每次三十块，客服说只能退三成。我用了你们家十二年了，太寒心了。",
     [("twice", ["两次", "2次"]), ("each", ["三十块", "30元", "三十元"]), ("share", ["三成", "30%", "百分之三十"]), ("years", ["十二年", "12年"])],
     FEEL_S, CHECK_S)
ans("good", "您是说这个月话费被多扣了两回，每回30元，客服却说只退百分之三十，您用了我们12年，难怪您寒心。我理解得没错吧？", "两回, 30元, 百分之三十 for 三成, 12年")
ans("partial", "您是说这个月话费被多扣了两回，每回30元，客服却说只退一半，您用了我们12年，难怪您寒心。我理解得没错吧？", "one value wrong (一半 for 三成)")
ans("poor", "您是说被多扣了三十次，每次两块，对吗？", "values swapped (两次 ↔ 三十)")

cust("zh-Hans", "快递上周三就显示签收了，可我根本没收到。我打了三四次电话，客服每次都说一刻钟后回电，到现在也没人打回来。",
     [("day", ["上周三", "星期三", "周三"]), ("signed", ["签收"]), ("notgot", ["没收到", "没拿到"]), ("calls", ["三四次", "三到四次"]), ("quarter", ["一刻钟", "十五分钟"]), ("noreply", ["没人打回来", "没回电", "没有回"])],
     FEEL_S, CHECK_S)
ans("good", "您是说快递上个星期三就显示签收了，但您压根没拿到，打了三到四次电话，客服每次都说十五分钟后回电，结果一直没有回。这确实让人恼火。对吗？", "三到四次 for 三四次, 十五分钟 for 一刻钟")
ans("partial", "您是说快递上个星期三就显示签收了，但您压根没拿到，打了三到四次电话，客服每次都说十五分钟后回电，结果一直没有回。这确实让人恼火。", "no check")
ans("poor", "您是说快递上周三已经送到您手上了，您打了三四次电话催，对吗？", "account reversed: it was received")

cust("zh-Hant", "我琴日喺你哋分店買咗半打杯，返到屋企先發現有兩隻崩咗。打電話去問，職員話等三個字就覆我，等到而家都冇人理。我好嬲。",
     [("day", ["琴日", "昨天", "尋日"]), ("cups", ["半打", "六隻", "六個"]), ("chipped", ["兩隻崩咗", "兩隻崩了"]), ("wait", ["三個字", "十五分鐘"]), ("ignored", ["冇人理", "沒人理"])],
     FEEL_T, CHECK_T)
ans("good", "你係話尋日買咗六隻杯，返到屋企先見到兩隻崩咗，職員話十五分鐘就覆你，但到而家都冇人理你，梗係嬲啦。我講得啱唔啱？", "粵: 尋日 for 琴日, 六隻 for 半打, 十五分鐘 for 三個字")
ans("partial", "你係話尋日買咗六隻杯，返到屋企先見到三隻崩咗，職員話十五分鐘就覆你，但到而家都冇人理你，梗係嬲啦。我講得啱唔啱？", "粵: one count wrong (三隻)")
ans("poor", "你係話今日買咗兩隻杯，我哋職員已經換咗新嘅俾你，係咪？", "粵: count wrong, account changed")

cust("zh-Hant", "我後日要搬屋，上上個禮拜已經book咗你哋兩部車，今日先話得一部。我哋成家人都唔知點算。",
     [("when", ["後日", "後天"]), ("booked", ["上上個禮拜", "兩個禮拜前", "兩星期前"]), ("two", ["兩部"]), ("one", ["得一部", "只有一部"])],
     FEEL_T + ["唔知點算", "不知道怎麼辦"], CHECK_T)
ans("good", "你係話後天搬屋，兩個禮拜前訂咗兩部車，今日先話只有一部，搞到你哋成家人好徬徨，我明白。係咪咁？", "粵: 後天 for 後日, 兩個禮拜前 for 上上個禮拜")
ans("partial", "你係話後天搬屋，兩個禮拜前訂咗兩部車，今日先話只有一部。係咪咁？", "粵: no feeling")
ans("poor", "你係話聽日搬屋，訂咗一部車，我哋今日加多咗一部俾你，係咪？", "粵: day and counts wrong, account reversed")

cust("zh-Hant", "我年初在你們店裡買的電暖器，打了八折，結果用不到一個禮拜就冒煙。拿去修，說要等半個月。真的很傻眼。",
     [("bought", ["年初", "一月"]), ("discount", ["八折", "打八折"]), ("week", ["不到一個禮拜", "不到七天", "不到一週"]), ("smoke", ["冒煙"]), ("repair", ["半個月", "十五天"])],
     FEEL_T, CHECK_T)
ans("good", "您是說一月買的電暖器打了八折，用不到七天就冒煙，送修還得等十五天，難怪您傻眼。對嗎？", "台: 一月 for 年初, 不到七天, 十五天 for 半個月")
ans("partial", "您是說一月買的電暖器打了八折，用不到七天就冒煙，送修還得等兩個月，難怪您傻眼。對嗎？", "台: one length wrong (兩個月)")
ans("poor", "您是說電暖器是原價買的，用了一年才壞，對嗎？", "台: discount and time wrong, smoke missing")

cust("zh-Hant", "我們約十二號下午四點半交車，你們拖到十五號才通知要延後兩三天。我已經為了這台車請了兩天假。超不爽的。",
     [("due", ["十二號", "12號"]), ("time", ["四點半", "4點半"]), ("told", ["十五號", "15號"]), ("delay", ["兩三天", "兩到三天"]), ("leave", ["兩天假"])],
     FEEL_T, CHECK_T)
ans("good", "您是說約好12日下午四點三十分交車，結果拖到15日才說要再延兩到三天，您還為此請了兩天假，換作是我也很不爽。我理解得對嗎？", "台: 12日 for 十二號, 四點三十分, 兩到三天 for 兩三天")
ans("partial", "您是說約好12日下午四點三十分交車，結果拖到15日才說要再延兩到三天，您還為此請了兩天假。我理解得對嗎？", "台: no feeling")
ans("poor", "您是說約在十五號交車，十二號才通知延後，對嗎？", "台: dates swapped")

with open("paraphrases.jsonl", "w", encoding="utf-8") as f:
    n = 0
    for lang, text, criteria, answers in C:
        for label, a, why in answers:
            n += 1
            f.write(json.dumps({"id": f"pz26-{n:03d}", "lang": lang, "customer": text, "criteria": criteria, "answer": a, "label": label, "why": why}, ensure_ascii=False) + "\n")
