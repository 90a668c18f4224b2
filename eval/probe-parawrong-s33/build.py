"""Session 33's wrong-facts probe (parawrong33): 11 customers of my own, each answered good / partial / poor.
Good answers give a value in another form whose arithmetic gives the customer's — a share of a count said before
it ('a third of the 120 mugs', 三分之一), a length as a share of an hour ('two-thirds of an hour'), what was left
out for what was done ('skipped three of the five villages'), figures for Chinese numerals, 'till' or 至 for 'to'
— or a denial in another structure (一句都没问, 連總開關都沒關, 一個電話都冇打). Poor answers give two values of
the customer's each other's roles (before and after: a price up told as down; from-till and when it ended; the
right and the wrong part of a count turned round) or tell a verb the customer denied as done (先跟您商量了,
先關了總開關, 打咗電話通知). Partials leave one fact out. Domains: café mugs, gas leak line, mobile library van,
gym fee, party hall; 装修刷墙, 奶茶, 物业费; 台 拆燈跳電; 粵 派對房, 送貨. Written from the digest and the labelling
rules before any run."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_E = ["sorry", "understand", "no wonder", "must be", "must have been", "stressful", "frustrating",
          "i can see", "i can imagine", "awful", "upsetting", "annoying", "frightening", "mortifying",
          "disappointing", "worrying"]
CHECK_E = ["is that right", "have i got that right", "did i get that right", "is that correct", "have i understood"]
FEEL_S = ["理解", "难怪", "换谁都", "换了谁", "生气", "着急", "抱歉", "对不起", "失望", "尴尬", "不满"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換作是我", "換轉係我", "嬲", "氣", "抱歉", "對不起", "擔心", "急"]

P = Probe()
cust, ans = P.cust, P.ans

cust("en", "We ordered 120 mugs for the café opening and 40 of them arrived chipped. We open on Saturday and I'm "
     "really stressed.",
     [("mugs", ["120"]), ("chipped", ["40", "forty"]), ("saturday", ["Saturday"])], FEEL_E, CHECK_E)
ans("good", "A third of the 120 mugs you ordered for the opening came chipped, and you open on Saturday. That must "
    "be so stressful. Is that right?", "40 of 120 said as a third")
ans("partial", "A third of your 120 mugs came chipped. That must be so stressful. Is that right?",
    "the Saturday opening left out")
ans("poor", "Of the 120 mugs you ordered, 40 came through fine and the rest were chipped, and you open on Saturday. "
    "That must be so stressful. Is that right?", "the chipped and the whole mugs turned round")

cust("en", "I waited 40 minutes on hold to report a gas smell and then the line cut off. Nobody has called me back "
     "and I'm scared to light the hob.",
     [("wait", ["40 minutes", "forty minutes"]), ("cut", ["cut off", "dropped", "went dead"]),
      ("callback", ["called back", "call back", "rung back", "rang back"]), ("hob", ["hob", "cooker", "stove"])],
     FEEL_E, CHECK_E)
ans("good", "You held for two-thirds of an hour to report the gas smell, the line went dead, and nobody has rung you "
    "back, so you're afraid to use the hob. That must be frightening. Have I got that right?",
    "40 minutes said as two-thirds of an hour")
ans("partial", "You held for forty minutes about the gas smell, then the line dropped and nobody called you back. "
    "That must be frightening. Have I got that right?", "the hob left out")
ans("poor", "You held for forty minutes about the gas smell, the line dropped, and we rang you straight back, but "
    "you're still afraid to use the hob. That must be frightening. Have I got that right?",
    "the call back the customer never had told as done")

cust("en", "Last Tuesday your mobile library van only stopped at two of the five villages on its round, and my mum, "
     "who can't drive, waited at the bus shelter for an hour. She was really upset.",
     [("villages", ["two of the five", "2 of the 5", "two villages"]), ("tuesday", ["Tuesday"]),
      ("mum", ["mum", "mother"]), ("hour", ["an hour", "one hour", "60 minutes"])], FEEL_E, CHECK_E)
ans("good", "Last Tuesday the van skipped three of the five villages on its round, so your mum, who doesn't drive, "
    "stood at the bus shelter for an hour. I'm so sorry, that's upsetting. Is that right?",
    "stopped at two of five said as skipped three of five")
ans("partial", "Last Tuesday the van only stopped at two of the five villages, and your mum waited for it. I'm so "
    "sorry, that's upsetting. Is that right?", "the hour left out")
ans("poor", "Last Tuesday the van stopped at all five villages as usual, but your mum, who doesn't drive, waited at "
    "the wrong shelter for an hour. I'm so sorry, that's upsetting. Is that right?",
    "the villages missed told as all served")

cust("en", "My gym membership was £25 a month and from this month you've put it up to £34 without telling me. I "
     "only go twice a week. I'm annoyed.",
     [("price", ["£25", "£34"]), ("notice", ["without telling", "no notice", "nobody told", "didn't tell",
                                             "not told", "no warning"]), ("twice", ["twice", "two times"])],
     FEEL_E, CHECK_E)
ans("good", "Your membership used to be twenty-five pounds a month and from this month it's thirty-four, with no "
    "warning, when you only come in twice a week. I can see why that's annoying. Is that right?",
    "the prices in words")
ans("partial", "Your membership went from £25 to £34 a month this month with no warning. I can see why that's "
    "annoying. Is that right?", "twice a week left out")
ans("poor", "Your membership used to be £34 a month and from this month it's come down to £25, with no warning, "
    "and you only come in twice a week. I can see why that's annoying. Is that right?",
    "the price before and after swapped")

cust("en", "The hall was booked from 2 to 6 for my son's party, but your caretaker locked up at 4:30 and we had to "
     "send everyone home. I'm mortified.",
     [("booked", ["2 to 6", "two to six", "until 6", "6 pm"]), ("locked", ["4:30", "half four", "half past four"]),
      ("home", ["home", "leave"])], FEEL_E, CHECK_E)
ans("good", "You'd booked the hall from two till six for your son's party, and the caretaker locked up at half past "
    "four, so everyone had to go home. That must have been mortifying. Is that right?",
    "'till' for 'to', the times in words")
ans("partial", "You'd booked the hall from two till six for your son's party and the caretaker locked up early. "
    "That must have been mortifying. Is that right?", "the time he locked up left out")
ans("poor", "You'd booked the hall from two till half past four for your son's party, and the caretaker locked up "
    "at six, so everyone had to go home. That must have been mortifying. Is that right?",
    "the end booked and the time he locked up swapped")

cust("zh-Hans", "装修师傅没跟我们商量就把客厅的墙刷成了灰色，我们要的是米白色，现在还得重刷，多花一千块，我老婆气坏了。",
     [("grey", ["灰色"]), ("wanted", ["米白"]), ("cost", ["一千", "1000"]), ("asked", ["没商量", "没跟", "没问"])],
     FEEL_S, CHECK_S)
ans("good", "师傅事先一句都没问您，就把客厅刷成了灰色，可您要的是米白色，重刷还得多掏一千块，难怪您爱人这么生气。我理解得对吗？",
    "没商量 as 一句都没问")
ans("partial", "师傅没跟您商量就把客厅刷成了灰色，您要的是米白色，难怪您爱人这么生气。我理解得对吗？", "the thousand left out")
ans("poor", "师傅先跟您商量了，然后把客厅刷成灰色，可您要的是米白色，重刷要多花一千块，难怪您爱人生气。我理解得对吗？",
    "商量 denied told as done")

cust("zh-Hans", "我们公司订了六十杯奶茶，有二十杯送错了口味，下午开会的客户都在等着，真是太尴尬了。",
     [("total", ["六十", "60"]), ("wrong", ["二十", "20"]), ("clients", ["客户"])], FEEL_S, CHECK_S)
ans("good", "您公司订的六十杯奶茶里有三分之一口味送错了，开会的客户还在等，真是太尴尬了，对不起。我理解得对吗？",
    "二十 of 六十 said as 三分之一")
ans("partial", "您公司订的六十杯奶茶有二十杯口味送错了，真是抱歉。我理解得对吗？", "the clients waiting left out")
ans("poor", "您公司订的六十杯奶茶只有二十杯口味是对的，其余都送错了，开会的客户还在等，真是太尴尬了。我理解得对吗？",
    "the right and the wrong cups turned round")

cust("zh-Hans", "上个月物业费还是一百二十八，这个月一下子涨到一百八十六，也没贴通知，我们小区老人多，大家都很不满。",
     [("fee", ["一百二十八", "128", "一百八十六", "186"]), ("notice", ["没贴通知", "没通知", "没有通知"]),
      ("elderly", ["老人"])], FEEL_S, CHECK_S)
ans("good", "物业费上个月是128，这个月直接涨到186，事先一张通知都没贴，小区里老人又多，难怪大家不满。是这样吗？",
    "the fees in figures")
ans("partial", "物业费从一百二十八涨到了一百八十六，也没通知大家，难怪大家不满。是这样吗？", "the elderly left out")
ans("poor", "物业费上个月是一百八十六，这个月变成了一百二十八，也没贴通知，小区老人多，难怪大家不满。是这样吗？",
    "the fee before and after swapped")

cust("zh-Hant", "你們的技師沒先關總開關就拆燈，結果整排插座都跳電，冰箱裡的東西全壞了，我真的很生氣。",
     [("switch", ["總開關", "電源"]), ("trip", ["跳電", "停電"]), ("fridge", ["冰箱"])], FEEL_T, CHECK_T)
ans("good", "技師連總開關都沒關就動手拆燈，害得整排插座跳電，冰箱的東西全報銷了，換作是我也會很氣。對嗎？",
    "台: 沒先關 as 連…都沒關")
ans("partial", "技師沒關總開關就拆燈，整排插座都跳電了，換作是我也會很氣。對嗎？", "台: the fridge left out")
ans("poor", "技師先關了總開關才拆燈，可是整排插座還是跳電，冰箱的東西都壞了，換作是我也會很氣。對嗎？",
    "台: 關 denied told as done")

cust("zh-Hant", "我book咗你哋間房由三點到六點開派對，點知五點就有人嚟趕我哋走，仲要收足三個鐘錢，我好嬲。",
     [("booked", ["三點到六點", "六點"]), ("kicked", ["五點"]), ("paid", ["三個鐘", "收足"])], FEEL_T, CHECK_T)
ans("good", "你book咗間房三點至六點開派對，點知五點就俾人趕走，仲要畀足三個鐘嘅錢，換轉係我都好嬲。係咪咁？",
    "粵: 至 for 到")
ans("partial", "你book咗間房三點到六點開派對，點知五點就俾人趕走，換轉係我都好嬲。係咪咁？", "粵: the full charge left out")
ans("poor", "你book咗間房三點至五點開派對，點知六點先有人嚟趕你哋走，仲要收足三個鐘錢，換轉係我都好嬲。係咪咁？",
    "粵: the end booked and the time they were sent off swapped")

cust("zh-Hant", "送貨師傅冇打電話通知我就走咗，包裹擺喺門口俾人攞走咗，入面係我阿媽嘅藥，我好擔心。",
     [("call", ["冇打電話", "冇通知", "冇打"]), ("taken", ["攞走", "偷"]), ("medicine", ["藥"])], FEEL_T, CHECK_T)
ans("good", "師傅一個電話都冇打就走咗，包裹放喺門口俾人攞走，仲要係你阿媽嘅藥，難怪你咁擔心。係咪咁？",
    "粵: 冇打電話 as 一個電話都冇打")
ans("partial", "師傅冇打電話通知你就走咗，包裹俾人攞走咗，難怪你咁擔心。係咪咁？", "粵: the medicine left out")
ans("poor", "師傅打咗電話通知你之後先走，包裹放喺門口俾人攞走咗，入面係你阿媽嘅藥，難怪你咁擔心。係咪咁？",
    "粵: 打電話 denied told as done")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pw33")
