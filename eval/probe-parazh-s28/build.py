"""Session 28's Chinese restatement probe (parazh28): counts, amounts and days said in another form —
another measure word of the same kind (套 for 组, 部 for 台, 节 for 次, 两个…会 for 两场), dozens for a
count, Cantonese 舊 for hundreds, 过两天 / 两天后 for 后天, 半个月后 for 十五天后 — and Cantonese ↔ Mandarin
feeling and check forms (唔好意思, 係咪咁呀, 我冇理解錯吧, 是吧). Guards: the same forms with a wrong value,
a missing feeling, an account reversed. Written from the digest's rules and my own sense of agent
language, not from dev rows."""
import json

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "抱歉", "对不起", "失望", "担心"]
FEEL_T = ["理解", "明白", "難怪", "換誰都", "嬲", "生氣", "抱歉", "對不起", "擔心", "失望"]
CHECK_S = ["对吗", "对不对", "是这样吗", "我理解得对吗", "没错吧"]
CHECK_T = ["對嗎", "對不對", "是這樣嗎", "啱唔啱", "係唔係", "我講得啱唔啱"]

C = []


def cust(lang, text, facts, feel, check):
    C.append((lang, text, [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}], []))


def ans(label, text, why):
    C[-1][3].append((label, text, why))


cust("zh-Hans", "我们公司在你们这儿租了五组折叠桌椅办年会，送来以后有两组桌腿是断的，根本没法用。年会后天就开了，你们到现在都没给换。",
     [("sets", ["五组", "5组"]), ("broken", ["两组", "2组", "断了"]), ("when", ["后天"]), ("noswap", ["没给换", "没换"])],
     FEEL_S, CHECK_S)
ans("good", "您是说公司租了五套折叠桌椅开年会，到货后有两套桌腿断了用不了，过两天就要开年会，可我们到现在还没给您换，换谁都着急。我理解得对吗？", "套 for 组, 过两天 for 后天")
ans("partial", "您是说公司租了五套折叠桌椅开年会，到货后有三套桌腿断了用不了，过两天就要开年会，可我们到现在还没给您换，换谁都着急。我理解得对吗？", "one count wrong (三套 for 两组)")
ans("poor", "您是说桌椅都已经换好了，只是想再多租两组，对吗？", "account reversed: nothing was swapped")

cust("zh-Hans", "我给孩子报了你们的游泳课，一共十节，交了一千五。才上了三次，教练就辞职了，你们说要等半个月以后才有新教练。",
     [("lessons", ["十节", "10节"]), ("paid", ["一千五", "1500"]), ("done", ["三次", "3次"]), ("quit", ["辞职", "走了"]), ("wait", ["半个月", "十五天"])],
     FEEL_S, CHECK_S)
ans("good", "您是说给孩子报了十次游泳课，交了1500元，上了三节教练就不干了，我们还让您再等十五天才有新教练，难怪您着急。我这么理解是吧？", "十次 for 十节, 三节 for 三次, 十五天 for 半个月, 是吧 as the check")
ans("partial", "您是说给孩子报了十次游泳课，交了1500元，上了四节教练就不干了，我们还让您再等十五天才有新教练，难怪您着急。我这么理解是吧？", "one count wrong (四节 for 三次)")
ans("poor", "您是说孩子上满了十节课，现在想续报，对吗？", "account reversed")

cust("zh-Hans", "我订了你们三台空调，约好周六装。周六师傅只来装了一台，说另外两台要下个月。现在家里热得老人都睡不着。",
     [("three", ["三台", "3台"]), ("sat", ["周六", "星期六"]), ("one", ["一台", "只装了一台"]), ("rest", ["另外两台", "两台"]), ("next", ["下个月"])],
     FEEL_S, CHECK_S)
ans("good", "您是说订了三部空调，说好星期六安装，结果师傅只装了一部，剩下两部要等到下个月，家里太热，老人都睡不好，真是对不起。是这样吗？", "部 for 台")
ans("partial", "您是说订了三部空调，说好星期六安装，结果师傅只装了一部，剩下两部要等到下个月，家里太热，老人都睡不好。是这样吗？", "no feeling")
ans("poor", "您是说三台空调都装好了，就是噪音有点大，对吗？", "account reversed")

cust("zh-Hans", "我在你们店订了二十四个纸杯蛋糕给女儿过生日，取货的时候只有十八个，店员说剩下的明天再补。派对今天晚上就开始了。",
     [("ordered", ["二十四个", "24个"]), ("got", ["十八个", "18个"]), ("tomorrow", ["明天"]), ("tonight", ["今天晚上", "今晚"])],
     FEEL_S, CHECK_S)
ans("good", "您是说给女儿订了两打纸杯蛋糕，取的时候只有一打半，店员让您明天再来拿剩下的，可派对今晚就开了，换谁都着急。我理解得对吗？", "两打 for 二十四个, 一打半 for 十八个")
ans("partial", "您是说给女儿订了三打纸杯蛋糕，取的时候只有一打半，店员让您明天再来拿剩下的，可派对今晚就开了，换谁都着急。我理解得对吗？", "one count wrong (三打 for 二十四个)")
ans("poor", "您是说蛋糕都拿到了，只是口味不对，对吗？", "account reversed")

cust("zh-Hans", "我们部门报了你们的团建，两场培训都安排在下周一。今天突然通知说讲师病了，两场都取消，可我们的场地已经订好了。",
     [("sessions", ["两场", "2场"]), ("monday", ["下周一", "星期一"]), ("sick", ["病了", "生病"]), ("cancelled", ["取消"]), ("venue", ["场地"])],
     FEEL_S, CHECK_S)
ans("good", "您是说部门团建的两个培训都排在下星期一，今天我们才通知讲师生病了，两个培训全取消了，可您场地都订好了，确实让人着急。我理解得对吗？", "两个培训 for 两场")
ans("partial", "您是说部门团建的三个培训都排在下星期一，今天我们才通知讲师生病了，培训全取消了，可您场地都订好了，确实让人着急。我理解得对吗？", "one count wrong (三个 for 两场)")
ans("poor", "您是说讲师下周一会照常来，您只是想换个场地，对吗？", "account reversed")

cust("zh-Hant", "我喺你哋度訂咗兩打玫瑰送畀老婆，講明今日中午前送到，而家下晝三點都未到，打電話去又冇人聽。今日係我哋結婚十週年。",
     [("roses", ["兩打", "二十四枝", "24枝"]), ("noon", ["中午前", "中午之前", "晏晝前"]), ("notyet", ["未到", "還沒到"]), ("nopick", ["冇人聽", "沒人接"]), ("tenth", ["十週年", "10週年"])],
     FEEL_T, CHECK_T)
ans("good", "你係話訂咗廿四枝玫瑰送畀太太，講好今日中午前到，而家三點都未收到，打嚟又冇人聽，仲要係你哋結婚十週年，真係唔好意思。係咪咁呀？", "粵: 廿四枝 for 兩打, 唔好意思 as the apology, 係咪咁呀")
ans("partial", "你係話訂咗十二枝玫瑰送畀太太，講好今日中午前到，而家三點都未收到，打嚟又冇人聽，仲要係你哋結婚十週年，真係唔好意思。係咪咁呀？", "粵: count wrong (十二枝 for 兩打)")
ans("poor", "你係話啲玫瑰已經送到，不過你想加多張心意卡，係咪？", "粵: account reversed")

cust("zh-Hant", "我上個禮拜喺你哋鋪頭買咗部雪櫃，畀咗五千蚊，講明三日內送貨，而家已經第八日都未見人。我屋企啲餸都壞晒。",
     [("paid", ["五千蚊", "五千", "$5000"]), ("three", ["三日", "三天"]), ("eighth", ["第八日", "八日", "八天"]), ("notyet", ["未見人", "未送到", "還沒送"]), ("spoilt", ["壞晒", "壞了"])],
     FEEL_T, CHECK_T)
ans("good", "你係話上個星期喺我哋度買咗部雪櫃，畀咗五十舊，講好三日送到，而家第八日都未送到，屋企啲餸全部壞晒，真係唔好意思。我冇理解錯吧？", "粵: 五十舊 for 五千蚊, 唔好意思, 我冇理解錯吧")
ans("partial", "你係話上個星期喺我哋度買咗部雪櫃，畀咗三十舊，講好三日送到，而家第八日都未送到，屋企啲餸全部壞晒，真係唔好意思。我冇理解錯吧？", "粵: amount wrong (三十舊 for 五千蚊)")
ans("poor", "你係話部雪櫃送到咗，不過有少少花，想換過部，係咪？", "粵: account reversed")

cust("zh-Hant", "我報咗你哋嘅烹飪班，成個課程八堂，交咗一千二蚊。上咗兩堂之後你哋就話導師移民，叫我等一個月後再開班。",
     [("eight", ["八堂", "8堂"]), ("paid", ["一千二", "1200"]), ("two", ["兩堂", "2堂"]), ("emigrated", ["移民"]), ("month", ["一個月"])],
     FEEL_T, CHECK_T)
ans("good", "你係話報咗我哋八節烹飪課，交咗十二舊，上咗兩次導師就移咗民，我哋仲叫你等多一個月先再開班，換邊個都會嬲。對唔對？", "粵: 八節 for 八堂, 十二舊 for 一千二, 兩次 for 兩堂, 對唔對")
ans("partial", "你係話報咗我哋八節烹飪課，交咗十二舊，上咗兩次導師就移咗民，我哋仲叫你等多一個月先再開班。對唔對？", "粵: no feeling")
ans("poor", "你係話導師教得唔好，你想轉去第二班，係咪？", "粵: account changed")

cust("zh-Hant", "我跟你們訂了四台除濕機給工作室用，結果只送來三台，而且其中一台一開就跳電。梅雨季已經開始了，作品都開始發霉。",
     [("four", ["四台", "4台"]), ("three", ["三台", "3台"]), ("trips", ["跳電"]), ("mould", ["發霉"])],
     FEEL_T, CHECK_T)
ans("good", "您是說跟我們訂了四部除濕機給工作室，只到了三部，其中一部一開就跳電，梅雨季都來了，作品開始發霉，難怪您這麼擔心。我這樣說對嗎？", "台: 部 for 台")
ans("partial", "您是說跟我們訂了五部除濕機給工作室，只到了三部，其中一部一開就跳電，梅雨季都來了，作品開始發霉，難怪您這麼擔心。我這樣說對嗎？", "台: one count wrong (五部 for 四台)")
ans("poor", "您是說四台除濕機都好好的，只是想問怎麼設定濕度，對嗎？", "台: account reversed")

cust("zh-Hant", "我在你們診所預約了後天早上的洗牙，今天卻收到簡訊說醫師休假，要改到半個月後。我下週就要出國了。",
     [("when", ["後天"]), ("cleaning", ["洗牙"]), ("off", ["休假", "請假"]), ("later", ["半個月後", "兩個禮拜後", "十五天後"]), ("abroad", ["出國"])],
     FEEL_T, CHECK_T)
ans("good", "您是說原本約了兩天後早上洗牙，今天卻收到簡訊說醫師請假，要延到十五天後，偏偏您下禮拜就要出國，難怪您著急。是吧？", "台: 兩天後 for 後天, 十五天後 for 半個月後, 是吧")
ans("partial", "您是說原本約了兩天後早上洗牙，今天卻收到簡訊說醫師請假，要延到十五天後，偏偏您下禮拜就要出國。是吧？", "台: no feeling")
ans("poor", "您是說您想把後天的洗牙改到半個月後，對嗎？", "台: account reversed: the clinic moved it")

rows = []
n = 0
for lang, text, crit, answers in C:
    for label, answer, why in answers:
        n += 1
        rows.append({"id": f"pz28-{n:03d}", "lang": lang, "customer": text, "criteria": crit, "answer": answer, "label": label, "why": why})
with open("paraphrases.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
