"""Session 27's Chinese restatement probe (parafactzh27): each fact said again in other common
words of one sense (承诺 for 答应, 修理 for 维修, 退还 for 退回, 遗失 for 丢失 …), written from the
digest's rules, not from dev rows. Partials leave one fact out or put a near word that changes
it (更换 for 修理); poor answers reverse the account."""
import json

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "急", "烦", "恼火", "失望"]
FEEL_T = ["理解", "明白", "難怪", "換誰都", "生氣", "着急", "不爽", "失望", "擔心"]
CHECK_S = ["对吗", "对不对", "是这样吗", "我理解得对吗", "没错吧"]
CHECK_T = ["對嗎", "對不對", "是這樣嗎", "啱唔啱", "係咪", "我理解得對嗎"]

C = []


def cust(lang, text, facts, feel, check):
    C.append((lang, text, [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}], []))


def ans(label, text, why):
    C[-1][3].append((label, text, why))


cust("zh-Hans", "上周买的洗衣机坏了，你们的师傅答应周五上门维修，可到今天都没人露面。一家人的脏衣服堆了一个星期，我真是烦透了。",
     [("washer", ["洗衣机"]), ("promise", ["答应"]), ("repair", ["维修", "修"]), ("friday", ["周五", "星期五"]), ("week", ["一个星期", "一周"])],
     FEEL_S, CHECK_S)
ans("good", "您是说上周买的洗衣机出了毛病，师傅承诺星期五来修理，结果到今天也没来，脏衣服积了一周，难怪您烦。我理解得对吗？", "承诺 for 答应, 修理 for 维修")
ans("partial", "您是说上周买的洗衣机出了毛病，师傅说星期五来给您换一台新的，结果到今天也没来，脏衣服积了一周，难怪您烦。我理解得对吗？", "near word changes a fact: 换一台 (replace) for 维修 (repair); promise unsaid")
ans("poor", "您是说师傅星期五已经来修好了洗衣机，只是收费太贵，对吗？", "account reversed: the repair was done")

cust("zh-Hans", "我在你们平台订了三晚酒店，到了前台却说没有我的预订，只好半夜另找住处。押金五百元到现在还没退回来，太让人失望了。",
     [("nights", ["三晚", "三个晚上"]), ("booking", ["预订", "订单"]), ("elsewhere", ["另找住处", "另外找"]), ("deposit", ["押金"]), ("refund", ["退回", "退"])],
     FEEL_S, CHECK_S)
ans("good", "您是说在我们平台订了三个晚上的酒店，前台却查不到您的预约，您只能半夜另找地方住，五百元保证金到现在也没退还，换谁都失望。是这样吗？", "预约 for 预订, 保证金 for 押金, 退还 for 退回")
ans("partial", "您是说在我们平台订了三个晚上的酒店，前台却查不到您的预约，您只能半夜另找地方住，换谁都失望。是这样吗？", "one fact missing: the deposit")
ans("poor", "您是说酒店给您升级了房间，押金也已经退了，只是早餐不好吃，对吗？", "account reversed")

cust("zh-Hans", "我寄给我妈的包裹在你们仓库弄丢了，里面是她的降压药。客服只肯赔五十块，药钱就要三百多，我很生气。",
     [("parcel", ["包裹"]), ("lost", ["弄丢", "丢"]), ("medicine", ["降压药", "药"]), ("pay", ["赔五十", "五十块"]), ("cost", ["三百多"])],
     FEEL_S, CHECK_S)
ans("good", "您是说寄给妈妈的邮包在我们仓库遗失了，里面是她的降压药，客服只愿意赔偿五十块，可药就要三百多，难怪您生气。我理解得没错吧？", "邮包 for 包裹, 遗失 for 弄丢, 赔偿 for 赔")
ans("partial", "您是说寄给妈妈的邮包在我们仓库遗失了，里面是她的降压药，客服只愿意赔偿五十块，可药就要三百多。我理解得没错吧？", "no feeling")
ans("poor", "您是说包裹已经送到您妈妈家了，只是药的包装破了，对吗？", "account reversed: the parcel arrived")

cust("zh-Hans", "我预约了周二上午的体检，提前一小时到了，护士说系统里查不到我的名字，让我改天再来。我为这个请了一天假，非常恼火。",
     [("checkup", ["体检"]), ("tuesday", ["周二", "星期二"]), ("early", ["一小时", "一个小时"]), ("noname", ["查不到", "没有我的名字"]), ("leave", ["请了一天假", "一天假"])],
     FEEL_S, CHECK_S)
ans("good", "您是说约了星期二上午做身体检查，早到了一个小时，护士却说系统里找不到您的名字，叫您另外找一天再来，您为此请了一天假，难怪您恼火。对吗？", "身体检查 for 体检, 找不到 for 查不到")
ans("partial", "您是说约了星期二上午做身体检查，早到了一个小时，护士却说系统里找不到您的名字，叫您另外找一天再来，难怪您恼火。对吗？", "one fact missing: the day off")
ans("poor", "您是说您迟到了一个小时，所以体检被取消了，对吗？", "account reversed: the customer came late")

cust("zh-Hans", "你们的客服上个月承诺给我免掉两个月的月租，结果这个月账单照样扣了。我打了三次电话，每次都让我等通知。",
     [("promise", ["承诺"]), ("waive", ["免掉", "免"]), ("two", ["两个月"]), ("charged", ["照样扣", "扣了"]), ("calls", ["三次"])],
     FEEL_S, CHECK_S)
ans("good", "您是说上个月客服保证给您减免两个月的月租，可这个月账单还是扣了钱，您前后打了三次电话，每次都叫您等消息，换谁都生气。我理解得对吗？", "保证 for 承诺, 减免 for 免掉")
ans("partial", "您是说上个月客服保证给您减免两个月的月租，可这个月账单还是扣了钱，您前后打了三次电话，每次都叫您等消息，换谁都生气。", "no check")
ans("poor", "您是说客服拒绝给您免月租，您也没打过电话，对吗？", "account reversed: the promise denied")

cust("zh-Hans", "我的电动车送去你们店修了两次，刹车还是不灵，昨天下坡差点撞到人。店员说这很正常，我听了很着急。",
     [("bike", ["电动车"]), ("twice", ["两次"]), ("brake", ["刹车"]), ("nearly", ["差点撞到人", "差点撞"]), ("normal", ["正常"])],
     FEEL_S, CHECK_S)
ans("good", "您是说电动车在店里修了两回，刹车还是失灵，昨天下坡险些撞到行人，店员却说这很正常，难怪您着急。是这样吗？", "险些 for 差点, 两回 for 两次")
ans("partial", "您是说电动车在店里修了两回，刹车还是失灵，昨天下坡险些撞到行人，难怪您着急。是这样吗？", "one fact missing: told it was normal")
ans("poor", "您是说刹车修好以后一直很灵，您只是想问保养的事，对吗？", "account reversed")

cust("zh-Hant", "我上個月在你們網站買的冷氣，送貨員答應幫我安裝，結果放下箱子就走了。我家老人怕熱，這幾天真的很擔心。",
     [("aircon", ["冷氣"]), ("promise", ["答應"]), ("install", ["安裝", "裝"]), ("left", ["就走了", "走了"]), ("elderly", ["老人"])],
     FEEL_T, CHECK_T)
ans("good", "您是說上個月在網站買的冷氣，送貨員承諾幫您裝好，結果把箱子一放就離開了，家裡長輩怕熱，難怪您擔心。我理解得對嗎？", "承諾 for 答應, 離開 for 走了, 長輩 for 老人")
ans("partial", "您是說上個月在網站買的冷氣，送貨員承諾幫您裝好，結果把箱子一放就離開了，難怪您擔心。我理解得對嗎？", "one fact missing: the elderly at home")
ans("poor", "您是說冷氣已經裝好了，只是遙控器不見了，對嗎？", "account reversed: installed")

cust("zh-Hant", "我在你們診所預約了洗牙，到了才被告知醫生請假，整個下午都看不了。我特地從公司趕過來，覺得很失望。",
     [("clean", ["洗牙"]), ("told", ["告知", "說"]), ("away", ["請假", "不在"]), ("afternoon", ["整個下午", "下午"]), ("work", ["從公司趕過來", "公司"])],
     FEEL_T, CHECK_T)
ans("good", "您是說在我們診所約了洗牙，到了才被通知醫師休假，整個下午都看不成，您是特地從公司趕來的，難怪您失望。對嗎？", "通知 for 告知, 休假 for 請假")
ans("partial", "您是說在我們診所約了洗牙，到了才被通知醫師休假，整個下午都看不成，難怪您失望。對嗎？", "one fact missing: came from work")
ans("poor", "您是說醫生幫您洗好牙了，只是收費比預期貴，對嗎？", "account reversed: the cleaning was done")

rows = []
n = 0
for lang, text, crit, answers in C:
    for label, a, why in answers:
        n += 1
        rows.append({"id": f"pfz27-{n:03d}", "lang": lang, "customer": text, "criteria": crit, "answer": a, "label": label, "why": why})
with open(__file__.replace("build.py", "paraphrases.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
