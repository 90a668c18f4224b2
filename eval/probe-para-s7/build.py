"""Writes the session-7 probe (restatements and questions) as JSONL. Rows written by hand."""
import json

CHECK_EN = ["is that right", "did I get that right", "have I got that right", "is that correct",
            "have I understood", "anything to add", "is that everything"]
CHECK_ZH = ["对吗", "是吗", "是这样吗", "对吧", "我理解得对吗", "还有要补充的吗", "我说得对吗"]
CHECK_ZHT = ["對嗎", "是嗎", "是這樣嗎", "對吧", "我理解得對嗎", "還有要補充的嗎", "我說得對嗎"]

S = []  # (lang, customer, criteria, [(answer, label, why)])

S.append(("en",
  "I dropped off my wool coat and two silk shirts at your Hill Street branch on Monday, paid £38, and was told they'd be ready Thursday at 3pm. I came at 3 today and the coat's not here, and I've got a funeral to go to on Saturday. I'm honestly beside myself.",
  [("coat", ["wool coat", "coat"]), ("shirts", ["two silk shirts", "two shirts", "2 shirts"]),
   ("branch", ["Hill Street"]), ("paid", ["£38", "38 pounds", "thirty-eight pounds"]),
   ("ready", ["Thursday at 3", "3pm Thursday", "Thursday 3pm", "Thursday"]),
   ("coat-missing", ["coat's not here", "coat is missing", "can't find the coat", "coat isn't there"]),
   ("funeral", ["funeral on Saturday", "funeral"]),
   ("feeling", ["upset", "distressing", "I understand how you feel", "stressful", "awful"]),
   ("check", CHECK_EN)],
  [("So you left a wool coat and two silk shirts with our Hill Street shop on Monday, paid thirty-eight pounds, and were promised them for three o'clock this Thursday. You came in on time and the coat can't be found, with a funeral on Saturday. That's awful timing and I can see how upsetting it is. Have I got that right?", "good", "All facts, own words, feeling, check."),
   ("Let me check I've understood: on Monday you brought your coat and two shirts in at Hill Street, paid £38, collection was set for Thursday 15:00, and now the coat is nowhere to be found when you need it for a funeral this Saturday. I'm so sorry, that's really distressing. Is that correct?", "good", "All facts, time written as 15:00, feeling, check."),
   ("You dropped off a wool coat and two silk shirts at Hill Street on Monday, paid £38, were told Thursday at 3, and the coat's missing with the funeral on Saturday. Is that right?", "partial", "Facts and check, no feeling."),
   ("So the two silk shirts have gone missing but the coat is here, you paid £38 at Hill Street on Monday, and you need them for the funeral on Saturday. I understand how upsetting that is. Is that right?", "poor", "Wrong item: the shirts said missing, the coat found."),
   ("You paid £83 on Tuesday at Hill Street and the coat was meant to be ready on Friday; I understand you're upset with the funeral on Saturday. Did I get that right?", "poor", "Several values wrong (amount, drop-off day, ready day)."),
  ]))

S.append(("en",
  "I paid $450 in September for a block of ten piano lessons for my son, and the teacher has cancelled four of them with no make-up dates. Now your invoice says I owe another $90 for October. I'm fed up with chasing this.",
  [("block", ["ten lessons", "10 lessons", "ten piano lessons"]), ("paid", ["$450", "450 dollars", "four hundred and fifty"]),
   ("september", ["September"]), ("cancelled", ["cancelled four", "four cancelled", "four lessons cancelled", "four of them cancelled"]),
   ("no-makeup", ["no make-up dates", "not rescheduled", "no replacement lessons"]),
   ("invoice", ["another $90", "$90", "ninety dollars"]), ("october", ["October"]),
   ("feeling", ["frustrating", "frustrated", "fed up", "annoying", "I understand"]), ("check", CHECK_EN)],
  [("So you paid $450 in September for ten piano lessons for your son, four have been cancelled and never rescheduled, and now the bill asks for a further ninety dollars for October. That's really frustrating. Have I understood that correctly?", "good", "All facts, 'bill' for invoice, feeling, check."),
   ("So you paid $90 in September for the ten-lesson block, and now the invoice wants another $450 for October, with four lessons cancelled and no make-up dates. I can see why you're frustrated. Is that right?", "poor", "Amounts swapped between the two clauses."),
   ("You paid $450 in September for ten lessons for your son, four of those were cancelled, and now the October invoice says $90 more. I understand how annoying that is. Is that right?", "partial", "One fact missing: no make-up dates."),
   ("Calm down, let me make sure I have it: ten lessons bought in September for $450, four cancelled with no make-up dates, and an October invoice for another $90. I know that's frustrating. Is that right?", "partial", "Complete, but a forbidden phrase caps it."),
   ("So the teacher hasn't cancelled any lessons, you paid $450 for ten in September and the October invoice is $90. I understand you're frustrated, is that right?", "poor", "Key fact negated."),
  ]))

S.append(("en",
  "We booked pitch 14 at your lakeside campsite for three nights from Friday the 9th and paid a £60 deposit. When we arrived at 6 in the evening someone else was on our pitch and the office was shut. We had two kids in the car and ended up driving to a motel.",
  [("pitch", ["pitch 14", "number 14"]), ("nights", ["three nights", "3 nights"]),
   ("date", ["Friday the 9th", "the 9th", "Friday"]), ("deposit", ["£60", "sixty pounds", "60 pound deposit"]),
   ("arrival", ["6 in the evening", "6pm", "six o'clock", "evening"]),
   ("taken", ["someone else was on", "pitch was taken", "occupied", "someone else on your pitch"]),
   ("office", ["office was shut", "office closed", "nobody in the office"]), ("motel", ["motel"]),
   ("feeling", ["exhausting", "stressful", "awful", "I understand", "miserable"]), ("check", CHECK_EN)],
  [("So you'd booked pitch 14 for three nights from Friday the 9th with a £60 deposit, got there at 18:00 to find another family on it and nobody in the office, and with two children in the car you had to find a motel. What a miserable start to your trip. Did I get that right?", "good", "All facts, 18:00 for 6 in the evening, feeling in own words, check."),
   ("You paid sixty pounds to hold pitch 14 for three nights starting Friday the 9th, turned up that evening to find the pitch taken and the office closed, so you drove the kids to a motel. That sounds exhausting. Is that everything?", "good", "All facts ('that evening'), feeling, check."),
   ("You booked pitch 14 for three nights from Friday the 9th, paid a £60 deposit, arrived around 8pm to find someone else on it and the office shut, and ended up at a motel with the kids. I'm sorry, that sounds stressful. Is that right?", "partial", "One minor wrong value: 8pm for 6pm."),
   ("So there was a problem with your camping trip and you went to a motel. I understand how stressful that must be. Is that right?", "poor", "Most facts missing."),
   ("We booked pitch 14 at your lakeside campsite for three nights from Friday the 9th and paid a £60 deposit, and when we arrived at 6 in the evening someone else was on our pitch and the office was shut. Is that right?", "poor", "Near copy of the customer's words, no feeling."),
  ]))

S.append(("zh-Hans",
  "我上周六约了你们上门清洗空调，说好下午三点到，师傅五点多才来。洗完第二天空调就开始漏水，把木地板都泡了。我付了180块，现在还要自己找人修地板，真是气死了。",
  [("date", ["上周六", "上礼拜六"]), ("time", ["下午三点", "三点", "下午3点"]),
   ("late", ["五点多", "5点多", "迟到"]), ("leak", ["漏水"]), ("floor", ["木地板", "地板"]),
   ("paid", ["180", "一百八"]), ("feeling", ["生气", "气", "理解您的心情", "换谁都"]), ("check", CHECK_ZH)],
  [("我复述一下：您上周六约了空调清洗，约好下午3点，师傅五点多才到；清洗完第二天就漏水，把木地板泡坏了，花了一百八十块还得自己找人修地板。换了谁都会气坏的。我理解得对吗？", "good", "事实齐全、情感、确认。"),
   ("上礼拜六约的15:00，师傅拖到五点多才上门，洗完隔天空调漏水，地板被泡了，180元已经付了。真是太糟心了，难怪您生气。是这样吗？", "good", "时间写成15:00，事实齐全、情感、确认。"),
   ("您上周六约了下午三点清洗空调，师傅五点多才来，洗完第二天漏水泡了木地板，付了180元。对吗？", "partial", "缺情感。"),
   ("您上周六约的是五点，师傅下午三点多才来，洗完第二天漏水泡了地板，付了180元。我理解您很生气，对吗？", "poor", "约定时间和到达时间对调。"),
   ("您上周日约了下午三点清洗空调，师傅五点多才到，第二天空调漏水把木地板泡了，付了180块。我理解您很生气，对吗？", "partial", "一个次要数值错（周日）。"),
  ]))

S.append(("zh-Hans",
  "我在你们平台订了搬家，报价是800元，说好两个工人一辆车。结果只来了一个人，搬完还要我加400块，说楼梯费另算。我家住六楼没电梯，这个下单的时候我就写清楚了。",
  [("quote", ["800", "八百"]), ("workers", ["两个工人", "两个人", "两名工人"]),
   ("one-came", ["只来了一个人", "只来一个", "就来了一个"]), ("extra", ["加400", "400", "四百"]),
   ("stairs", ["楼梯费"]), ("floor", ["六楼", "6楼"]), ("noted", ["写清楚了", "下单时写了", "注明"]),
   ("feeling", ["生气", "不舒服", "理解您的心情", "窝火"]), ("check", CHECK_ZH)],
  [("我确认一下：您下单时写明了住六楼没电梯，报价八百，说好两个工人加一辆车，结果只来了一位师傅，搬完又要您多付四百的楼梯费。这样临时加钱，换谁都会不舒服。我说得对吗？", "good", "事实齐全、情感、确认。"),
   ("您订搬家时报价是400元，搬完又要您加800块楼梯费，说好两个工人只来了一个，六楼没电梯下单时也写了。我理解您很生气，对吗？", "poor", "两个金额对调。"),
   ("报价800，说好两个人一辆车，只来了一个人，搬完还让您加400楼梯费，您家六楼没电梯。我理解您的心情，对吗？", "partial", "缺一个事实：下单时已写明。"),
   ("您说报价800元，两个工人都来了，只是搬完要加400楼梯费，六楼没电梯下单时写清楚了。我理解您的心情，对吗？", "poor", "事实说反（两个工人都来了）。"),
   ("报价八百、两个工人一辆车，结果就来了一个人，完事还要多收四百楼梯费；您住六楼没电梯，下单时就注明了。这确实让人窝火。", "partial", "缺确认问句。"),
  ]))

S.append(("zh-Hans",
  "我三月给孩子报了你们的网课，一年3600元，上了两节课老师就换了三次。我申请退款已经半个月了，客服一直说在审核，钱还没退回来。",
  [("when", ["三月", "3月"]), ("price", ["3600", "三千六"]), ("lessons", ["两节课", "2节课"]),
   ("teacher", ["换了三次", "换三次", "换了3次"]), ("refund", ["申请退款", "退款", "退费"]),
   ("waited", ["半个月", "十五天", "两周"]), ("reviewing", ["审核"]), ("not-back", ["还没退", "没退回来", "没到账"]),
   ("feeling", ["着急", "窝火", "理解您的心情", "生气"]), ("check", CHECK_ZH)],
  [("我理一下：您三月给孩子报了一年的网课，交了三千六，才上两节课老师就换了三次；您要求退钱已经半个月，客服一直说审核中，钱还没到账。孩子的学习被这样耽误，难怪您着急。我理解得对吗？", "good", "事实齐全（退钱=退款）、情感、确认。"),
   ("您三月报的网课一年3600，上了两节课换了三次老师，申请退款半个月了还没退。我知道您很着急，是这样吗？", "partial", "缺一个事实：客服说在审核。"),
   ("您三月报的网课一年360元，上了二十节课老师换了一次，申请退款半个月还在审核。我理解您的心情，对吗？", "poor", "几个数值错（金额、课数、次数）。"),
   ("三月份报的课，一年三千六，两节课下来老师已经换了三回；退费申请交了十五天，客服只说在审核，钱一直没退。这确实让人窝火。还有要补充的吗？", "good", "自由措辞，事实齐全、情感、确认。"),
   ("我理解您的心情，我们会尽快处理，请问还有什么问题吗？", "poor", "没有复述。"),
  ]))

S.append(("zh-Hant",
  "我上個月十號在你們中山店配了一副眼鏡，花了六千五，說兩週會好。到現在快一個月了還沒拿到，打電話去店員只說廠商缺貨，也不說什麼時候會到。我每天開車都看不清楚，很危險。",
  [("date", ["上個月十號", "十號"]), ("store", ["中山店", "中山"]), ("price", ["六千五", "6500", "6,500"]),
   ("two-weeks", ["兩週", "兩個禮拜", "14天"]), ("waited", ["快一個月", "一個月"]),
   ("out-of-stock", ["缺貨", "沒貨"]), ("no-date", ["不說什麼時候", "沒說什麼時候", "沒有日期", "沒給到貨日期"]),
   ("feeling", ["危險", "擔心", "理解您的心情", "著急"]), ("check", CHECK_ZHT)],
  [("我確認一下：您上個月十號在中山店配了眼鏡，付了六千五，原本說兩週可以拿，現在快一個月還沒好，店員只說廠商缺貨，也沒給到貨日期。每天開車看不清楚真的很危險，難怪您著急。我這樣理解對嗎？", "good", "事實齊全、情感、確認。"),
   ("您上個月十號在中山店花六千五配了眼鏡，店員說一個月會好，現在已經兩週還沒拿到，說是廠商缺貨，也沒說什麼時候到。開車看不清楚一定很擔心，對嗎？", "poor", "兩週和一個月對調。"),
   ("您上個月十號在中山店配了一副六千五的眼鏡，說好兩週，現在快一個月還沒拿到，店員說廠商缺貨。開車看不清楚真的很危險，對嗎？", "partial", "缺一個事實：沒說何時到。"),
   ("您先別激動，我確認一下：上個月十號中山店，六千五的眼鏡，說兩週好，快一個月了還沒拿到，廠商缺貨也沒說什麼時候到。開車看不清楚確實危險。對嗎？", "partial", "復述完整，但有禁語，封頂部分。"),
   ("您上個月在信義店配了三千五的眼鏡，兩週還沒好，我理解您的心情，對嗎？", "poor", "門市、金額錯，其餘缺。"),
  ]))

S.append(("zh-Hant",
  "我家網路從禮拜一晚上九點開始就斷了，打了三通電話，你們說禮拜三下午會派人來，結果我等了一整個下午都沒人。我在家接案工作，這兩天已經損失了兩個案子。",
  [("start", ["禮拜一", "週一", "星期一"]), ("time", ["晚上九點", "九點", "9點"]), ("calls", ["三通", "三次", "3通"]),
   ("promised", ["禮拜三下午", "週三下午", "星期三下午"]), ("no-show", ["沒人來", "沒有人來", "沒人"]),
   ("work", ["在家接案", "在家工作", "接案"]), ("lost", ["兩個案子", "2個案子"]),
   ("feeling", ["著急", "火大", "理解您的心情", "生氣"]), ("check", CHECK_ZHT)],
  [("我整理一下：網路從週一21:00斷到現在，您打了3通電話，說好星期三下午派人，結果您等了一下午都沒人來；您在家接案，這兩天已經丟了兩個案子。這樣真的很讓人著急。我說得對嗎？", "good", "時間寫成21:00，事實齊全、情感、確認。"),
   ("您的網路週一晚上就斷了，打了三次電話，約好週三下午來修卻沒人出現，您在家接案，已經損失兩個案子。換成是我也會很火大。還有要補充的嗎？", "good", "時間只說晚上，事實齊全、情感、確認。"),
   ("您從禮拜一晚上九點斷網，打了兩通電話，說禮拜三下午派人卻沒人來，您在家接案已經損失兩個案子。我理解您很著急，對嗎？", "partial", "一個次要數值錯（兩通）。"),
   ("您的網路從禮拜三晚上九點就斷了，打了三通電話，說好禮拜一下午派人來卻沒人來，您在家接案損失了兩個案子。我理解您很著急，對嗎？", "poor", "兩個日子對調。"),
   ("禮拜一晚上九點斷網，三通電話，禮拜三下午說要來卻沒人，在家接案損失兩個案子，對嗎？", "partial", "缺情感。"),
  ]))

Q = [
  ("What was going through your mind when the alarm kept beeping?", "en", "open"),
  ("Which branch did you drop the parcel at?", "en", "closed"),
  ("Could you walk me through what happened at the pump?", "en", "open"),
  ("Was the seal on the box broken when it arrived?", "en", "closed"),
  ("How did the installer leave the roof afterwards?", "en", "open"),
  ("How many nights did you book?", "en", "closed"),
  ("I'd love to hear how the first week with the new hearing aids went.", "en", "open"),
  ("Would you prefer a refund or a replacement?", "en", "closed"),
  ("Tell me a bit about what your tenant reported.", "en", "open"),
  ("What time did the engineer say he'd arrive?", "en", "closed"),
  ("Have you thought about moving to the annual plan?", "en", "closed"),
  ("What's been the hardest part of sorting this out?", "en", "open"),
  ("Is there anything else about the stay you'd like us to know?", "en", "open"),
  ("What's the reference at the top of your letter?", "en", "closed"),
  ("Can you describe the sound the dishwasher makes?", "en", "open"),
  ("您能说说当时安装师傅是怎么处理的吗？", "zh-Hans", "open"),
  ("您的订单是哪天下的？", "zh-Hans", "closed"),
  ("这次入住有哪些地方让您不满意？", "zh-Hans", "open"),
  ("您是要退款还是换货？", "zh-Hans", "closed"),
  ("请您讲讲孩子在课上遇到的情况。", "zh-Hans", "open"),
  ("您用的是安卓还是苹果手机？", "zh-Hans", "closed"),
  ("快递员有没有给您打电话？", "zh-Hans", "closed"),
  ("您觉得我们哪里还可以做得更好？", "zh-Hans", "open"),
  ("您一共买了几件？", "zh-Hans", "closed"),
  ("我想听听您对这次维修的看法。", "zh-Hans", "open"),
  ("您是在哪个门店办的卡？", "zh-Hans", "closed"),
  ("当时发生了什么事情？", "zh-Hans", "open"),
  ("您的手机尾号是多少？", "zh-Hans", "closed"),
  ("可以跟我說說那天在診所的經過嗎？", "zh-Hant", "open"),
  ("您是幾點到櫃台的？", "zh-Hant", "closed"),
  ("請問您的會員編號是多少？", "zh-Hant", "closed"),
  ("您對這次的課程安排有什麼想法？", "zh-Hant", "open"),
  ("包裹外箱有沒有破損？", "zh-Hant", "closed"),
  ("您能描述一下車子發出的聲音嗎？", "zh-Hant", "open"),
  ("您想改到週六還是週日？", "zh-Hant", "closed"),
  ("這段時間您都是怎麼處理的？", "zh-Hant", "open"),
  ("您有收到我們寄的簡訊嗎？", "zh-Hant", "closed"),
  ("想請您聊聊第一次使用時的感受。", "zh-Hant", "open"),
  ("您住的是幾樓？", "zh-Hant", "closed"),
  ("還有什麼情況是您希望我們知道的嗎？", "zh-Hant", "open"),
]

with open("paraphrases.jsonl", "w", encoding="utf-8") as out:
    n = 0
    for lang, customer, criteria, answers in S:
        for answer, label, why in answers:
            n += 1
            row = {"id": f"s7p-{n:03d}", "lang": lang, "customer": customer,
                   "criteria": [{"id": i, "any": a} for i, a in criteria],
                   "answer": answer, "label": label, "why": why}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
with open("questions.jsonl", "w", encoding="utf-8") as out:
    for text, lang, label in Q:
        out.write(json.dumps({"text": text, "lang": lang, "label": label}, ensure_ascii=False) + "\n")
print(n, len(Q))
