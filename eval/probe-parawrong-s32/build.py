"""Session 32's wrong-facts probe (parawrong32): 15 customers of my own, each answered good / partial / poor.
Poor answers swap two values of one type that the customer gave two roles — the room asked for and the room
given, the size asked for and the size brought, from and to, the price before and after, the day booked and the
day moved to — mostly where the rubric puts both values in one fact, as trainers often do; or turn a negative
fact round ('brought the vegetarian dishes' for 'didn't bring', 打了电话 for 没打电话, 'brakes that grip fine').
Good answers retell a negative fact in another structure ('no way to wash', 'came without', 'a dead display',
一点都没睡好, 连个电话都没打) or a count in a count word ('two dozen', 'a dozen', 'a pair of', 两打), and say
'We'd agreed' where both sides agreed. Partials leave one fact out. Domains: hotel room, hinges, bread rolls,
bedside lamps, caterers, wedding band, phone contract, airport shuttle, e-bike; 酒店, 纸杯蛋糕, 送冰箱, 办卡;
台 洗牙; 粵 摺凳. Written from the digest and the labelling rules before any run."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_E = ["sorry", "understand", "no wonder", "must be", "must have been", "stressful", "frustrating",
          "i can see", "i can imagine", "awful", "upsetting", "annoying", "exhausting", "embarrassing",
          "mortifying", "disappointing", "worrying"]
CHECK_E = ["is that right", "have i got that right", "did i get that right", "is that correct", "have i understood"]
FEEL_S = ["理解", "难怪", "换谁都", "换了谁", "生气", "着急", "抱歉", "对不起", "失望", "尴尬", "委屈"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換作是我", "換轉係我", "嬲", "氣", "抱歉", "對不起", "失望", "急", "不高興"]

P = Probe()
cust, ans = P.cust, P.ans

cust("en", "I booked room 312 because it has the step-free shower, and at check-in you gave me 321, which only has a "
     "bath I can't get into. I use a wheelchair, so I couldn't wash for two days. I'm really upset.",
     [("room", ["312", "321"]), ("shower", ["step-free", "walk-in", "shower"]), ("bath", ["bath"]),
      ("days", ["two days", "2 days"])], FEEL_E, CHECK_E)
ans("good", "You'd booked 312 for its step-free shower, but we checked you into 321, which only has a bath you can't "
    "use from your wheelchair, so for two days you had no way to wash. I'm so sorry, that's upsetting. Is that right?",
    "all facts; 'couldn't wash' retold as 'no way to wash'")
ans("partial", "You booked 312 for the step-free shower and we gave you 321 instead. I'm so sorry, that's upsetting. "
    "Is that right?", "the bath and the two days left out")
ans("poor", "You booked room 321 for the step-free shower and at check-in we gave you 312, which only has a bath, so "
    "you couldn't wash for two days. I'm so sorry, that's upsetting. Is that right?",
    "the room booked and the room given swapped")

cust("en", "I asked your warehouse for the 40 mm hinges for a kitchen job, and this morning your driver brought 35 mm "
     "ones. Now my fitter is standing around at £30 an hour. I'm fed up.",
     [("size", ["40 mm", "40mm", "35 mm", "35mm", "forty", "thirty-five"]), ("morning", ["this morning", "today"]),
      ("fitter", ["fitter"]), ("rate", ["£30", "30"])], FEEL_E, CHECK_E)
ans("good", "You'd asked for 40 mm hinges and what the driver dropped off this morning was 35 mm, so your fitter is "
    "standing idle at £30 an hour. No wonder you're fed up. Have I got that right?", "all facts")
ans("partial", "You asked for 40 mm hinges and the driver brought 35 mm ones this morning. No wonder you're fed up. "
    "Have I got that right?", "the fitter and his rate left out")
ans("poor", "So you asked for 35 mm hinges and this morning our driver brought 40 mm ones, and your fitter is waiting "
    "at £30 an hour. No wonder you're fed up. Have I got that right?", "the size asked for and the size brought swapped")

cust("en", "I ordered 24 bread rolls for the wake on Thursday and only 12 came, and they were stale. My aunt had to go "
     "out to the shops in the middle of it. I was so embarrassed.",
     [("ordered", ["24", "twenty-four"]), ("came", ["12", "twelve"]), ("stale", ["stale", "hard", "old"]),
      ("thursday", ["Thursday"]), ("aunt", ["aunt", "shops"])], FEEL_E, CHECK_E)
ans("good", "You'd ordered two dozen rolls for Thursday's wake, only a dozen turned up and they were stale, so your "
    "aunt had to run to the shops partway through. That must have been so embarrassing. Is that right?",
    "the counts in count words")
ans("partial", "Only 12 of the 24 rolls came for the wake on Thursday and they were stale. That must have been "
    "embarrassing. Is that right?", "the aunt going to the shops left out")
ans("poor", "You ordered 12 rolls for the wake on Thursday and we sent 24, and they were stale, so your aunt went out "
    "to the shops. That must have been embarrassing. Is that right?", "ordered and delivered counts swapped")

cust("en", "I paid £90 for two matching bedside lamps and one came with its shade cracked and the other won't switch "
     "on. They were a birthday present for my sister on Sunday. I'm really disappointed.",
     [("lamps", ["two", "2"]), ("price", ["£90", "90"]), ("cracked", ["cracked", "broken"]),
      ("switch", ["switch on", "doesn't work", "won't"]), ("sunday", ["Sunday"])], FEEL_E, CHECK_E)
ans("good", "The pair of matching bedside lamps you paid £90 for arrived with one shade cracked and the other one not "
    "working, and they were your sister's birthday present for Sunday. I'm so sorry, that's disappointing. Did I get "
    "that right?", "'two' as 'a pair of'; 'won't switch on' as 'not working'")
ans("partial", "One of the two bedside lamps came with a cracked shade and the other won't switch on. I'm so sorry, "
    "that's disappointing. Did I get that right?", "the price and Sunday left out")
ans("poor", "Of the two bedside lamps you paid £90 for, one came with a cracked shade but the other switches on fine, "
    "for your sister's birthday on Sunday. I'm so sorry, that's disappointing. Did I get that right?",
    "the lamp that won't switch on told as working")

cust("en", "Your caterers didn't bring the vegetarian dishes for 15 of our 60 guests, so those people had bread and "
     "salad all evening. It was my dad's 70th. I'm mortified.",
     [("veg", ["vegetarian", "veggie"]), ("count", ["15", "fifteen"]), ("guests", ["60", "sixty"]),
      ("bread", ["bread", "salad"]), ("party", ["70th", "seventieth", "birthday"])], FEEL_E, CHECK_E)
ans("good", "Our caterers turned up without the vegetarian dishes for fifteen of your sixty guests, so they had bread "
    "and salad all evening at your dad's 70th. I'm so sorry, how mortifying. Is that right?",
    "'didn't bring' retold as 'turned up without'")
ans("partial", "Our caterers didn't bring the vegetarian dishes for fifteen of your sixty guests. I'm so sorry, how "
    "mortifying. Is that right?", "the bread and salad and the 70th left out")
ans("poor", "Our caterers brought the vegetarian dishes for fifteen of your sixty guests, and they had bread and salad "
    "as well at your dad's 70th. I'm so sorry, how mortifying. Is that right?", "'didn't bring' told as 'brought'")

cust("en", "We agreed with your planner that the band would play from eight till midnight, and they packed up at ten. "
     "We paid £1,200 for them. My wife is really hurt.",
     [("agreed", ["midnight", "twelve"]), ("stopped", ["ten", "10"]), ("paid", ["£1,200", "1,200", "1200"]),
      ("wife", ["wife"])], FEEL_E, CHECK_E)
ans("good", "We'd agreed the band would play from eight till midnight, they packed up at ten, and you paid £1,200 for "
    "them. I'm so sorry, I can see how hurt your wife is. Is that right?", "'We'd agreed': both sides agreed")
ans("partial", "We'd agreed the band would play till midnight and they packed up at ten. I'm so sorry, I can see how "
    "hurt your wife is. Is that right?", "the £1,200 left out")
ans("poor", "We'd agreed the band would play from eight till ten, and they packed up at midnight, for £1,200. I'm so "
    "sorry, I can see how hurt your wife is. Is that right?", "the agreed end and the real end swapped")

cust("en", "My phone contract was £18 a month when I signed up in January, and this month's bill says £27, with no "
     "letter or text about it. I'm on a pension and I can't absorb that.",
     [("price", ["£18", "£27", "18", "27"]), ("january", ["January"]), ("notice", ["letter", "text", "told", "notice"]),
      ("pension", ["pension"])], FEEL_E, CHECK_E)
ans("good", "When you signed up in January it was £18 a month, and now the bill has gone up to £27 without a letter or "
    "a text, which is hard on a pension. I understand how worrying that is. Is that right?", "all facts")
ans("partial", "Your contract was £18 a month from January and now it's £27, with no letter or text. I understand how "
    "worrying that is. Is that right?", "the pension left out")
ans("poor", "When you signed up in January it was £27 a month, and now the bill has come down to £18 without a letter "
    "or a text, on your pension. I understand how worrying that is. Is that right?", "before and after prices swapped")

cust("en", "I booked your shuttle from Bristol Airport to Bath for 7 p.m., and the driver never showed. I waited an "
     "hour and then paid £85 for a taxi. I'm exhausted.",
     [("route", ["Bristol", "Bath"]), ("time", ["7 p.m.", "7pm", "seven"]), ("hour", ["an hour", "hour"]),
      ("taxi", ["£85", "85", "taxi"])], FEEL_E, CHECK_E)
ans("good", "You'd booked our 7 p.m. shuttle from Bristol Airport to Bath, the driver never turned up, and after an "
    "hour's wait you paid £85 for a taxi. That must have been exhausting. Is that right?", "all facts")
ans("partial", "You booked the 7 p.m. shuttle from Bristol Airport to Bath and the driver didn't turn up. That must "
    "have been exhausting. Is that right?", "the hour's wait and the taxi left out")
ans("poor", "You booked our shuttle from Bath to Bristol Airport for 7 p.m., the driver never came, and after an hour "
    "you paid £85 for a taxi. That must have been exhausting. Is that right?", "from and to swapped")

cust("en", "The e-bike I collected from you on Saturday has brakes that don't grip and the display is blank. I ride it "
     "twelve miles to work each way. I'm really annoyed.",
     [("saturday", ["Saturday"]), ("brakes", ["brakes"]), ("display", ["display", "screen"]),
      ("miles", ["twelve", "12"])], FEEL_E, CHECK_E)
ans("good", "The e-bike you picked up on Saturday has brakes with no grip and a dead display, and you ride it twelve "
    "miles to work each way. That's really annoying. Is that right?", "negative states retold: no grip, a dead display")
ans("partial", "The e-bike you collected on Saturday has brakes that don't grip. That's really annoying. Is that "
    "right?", "the display and the commute left out")
ans("poor", "The e-bike you picked up on Saturday has brakes that grip fine, only the display is blank, and you ride "
    "it twelve miles to work. That's really annoying. Is that right?", "the brakes told as gripping")

cust("zh-Hans", "我订的是1206的海景房，前台却给了我1602，窗外就是停车场，晚上吵得根本睡不着。花了八百多，太失望了。",
     [("room", ["1206", "1602"]), ("view", ["海景"]), ("noise", ["吵", "睡不着", "没睡好"]), ("price", ["八百", "800"])],
     FEEL_S, CHECK_S)
ans("good", "您订的是1206海景房，前台却把您安排进了1602，对着停车场，晚上吵得一点都没睡好，还花了八百多，换了谁都会失望。我理解得对吗？",
    "all facts; 睡不着 as 一点都没睡好")
ans("partial", "您订的是1206海景房，前台却给了您1602，晚上吵得睡不着，真的很抱歉。对吗？", "the price left out")
ans("poor", "您订的是1602海景房，前台却给了您1206，窗外是停车场，晚上吵得睡不着，花了八百多，换了谁都会失望。对吗？",
    "the room booked and the room given swapped")

cust("zh-Hans", "我给孩子的生日会订了二十四个纸杯蛋糕，周六送来只有十八个，说好的蓝色奶油也一个都没有，孩子当场就哭了。",
     [("ordered", ["二十四", "24"]), ("came", ["十八", "18"]), ("saturday", ["周六", "星期六"]), ("blue", ["蓝色", "蓝"])],
     FEEL_S, CHECK_S)
ans("good", "您给孩子生日会订了两打纸杯蛋糕，周六只送来十八个，说好的蓝色奶油一个也没见着，孩子都哭了，换了谁都会生气。对吗？",
    "二十四 as 两打")
ans("partial", "您订了二十四个纸杯蛋糕，周六只送来十八个，孩子都哭了，真的很抱歉。对吗？", "the blue icing left out")
ans("poor", "您订了十八个纸杯蛋糕，周六送来二十四个，蓝色奶油一个都没有，孩子哭了，换了谁都会生气。对吗？",
    "the count ordered and the count delivered swapped")

cust("zh-Hans", "快递员没打电话就把冰箱放在楼下了，我们住六楼又没有电梯，只能自己花两百块找人搬上去，真是气死我了。",
     [("call", ["电话"]), ("downstairs", ["楼下"]), ("floor", ["六楼"]), ("lift", ["电梯"]), ("paid", ["两百", "200"])],
     FEEL_S, CHECK_S)
ans("good", "快递员连个电话都没打，就把冰箱搁在楼下，您家在六楼又没电梯，只好自己掏两百块请人抬上去，难怪您这么生气。我说得对吗？",
    "没打电话 as 连个电话都没打")
ans("partial", "快递员没打电话就把冰箱放在楼下，您住六楼没电梯，难怪您生气。对吗？", "the 200 yuan left out")
ans("poor", "快递员先打了电话才把冰箱放在楼下，您住六楼没有电梯，自己花两百块找人搬上去，难怪您这么生气。对吗？",
    "no call told as a call made")

cust("zh-Hans", "我办卡的时候你们说好月费九十九，这个月却扣了一百四十九，也没人通知我一声。我觉得被骗了。",
     [("fee", ["九十九", "99", "一百四十九", "149"]), ("notice", ["通知", "没人说", "没告诉"]), ("card", ["办卡"])],
     FEEL_S, CHECK_S)
ans("good", "您办卡时我们说好月费是九十九，这个月却扣了一百四十九，事先也没人通知您，难怪您觉得被骗了。我理解得对吗？", "all facts")
ans("partial", "说好月费九十九，这个月扣了一百四十九，难怪您生气。对吗？", "the notice left out")
ans("poor", "您办卡时我们说好月费是一百四十九，这个月却扣了九十九，也没人通知您，难怪您觉得被骗了。我理解得对吗？",
    "the agreed fee and the fee taken swapped")

cust("zh-Hant", "我預約週三下午三點洗牙，診所卻自己改到週五早上九點，也沒先問我。那天我要上班，真的很不高興。",
     [("day", ["週三", "週五", "星期三", "星期五"]), ("hour", ["三點", "九點"]), ("ask", ["問", "通知"]), ("work", ["上班"])],
     FEEL_T, CHECK_T)
ans("good", "您原本預約週三下午三點洗牙，診所沒先問過您就改到週五早上九點，那天您還要上班，難怪會不高興。是這樣嗎？",
    "台: all facts")
ans("partial", "您預約週三下午三點洗牙，診所改到週五早上九點，真的很抱歉。對嗎？", "台: not asked and work left out")
ans("poor", "您原本預約週五早上九點洗牙，診所沒先問過您就改到週三下午三點，那天您要上班，難怪會不高興。是這樣嗎？",
    "台: the day booked and the day moved to swapped")

cust("zh-Hant", "我叫你哋送三十張摺凳去教會，點知得二十張到，仲有五張爛咗。聽日就要做禮拜，我好嬲。",
     [("count", ["三十", "30", "二十", "20"]), ("broken", ["爛", "壞"]), ("church", ["教會", "禮拜"])], FEEL_T, CHECK_T)
ans("good", "你叫咗三十張摺凳送去教會，到嘅得二十張，當中五張仲爛咗，聽日就要做禮拜，換轉係我都好嬲。係咪咁？", "粵: all facts")
ans("partial", "你叫咗三十張摺凳，得二十張到，聽日就做禮拜，真係唔好意思。係咪咁？", "粵: the broken chairs left out")
ans("poor", "你叫咗二十張摺凳送去教會，點知我哋送咗三十張到，五張仲爛咗，聽日就做禮拜，換轉係我都好嬲。係咪咁？",
    "粵: the count asked for and the count sent swapped")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pw32")
