"""Session 30 probe (paranum30): 13 customers of my own, each giving values an answer may restate in a
free form — a count said collectively (a dozen, half a dozen, a trio, a couple of, a fortnight, 一打),
a price said the spoken way (eleven-fifty, forty-five ninety-nine, six hundred quid, 六舊半, 一千二), an
age by its word (古稀 70, 花甲 60), a weight in another unit (四斤 for 两公斤), a day by 廿, a wait by 個半鐘,
a time by how late it was, and 块 counting things beside 块 of money. Each customer answered three
ways: good (every fact in the free form, feeling and check), partial (one fact left out or the feeling
missing), poor (values in the same free forms but wrong, or swapped, with more missing). Written from
the digest and my own sense of agent language before any run. Run: python3 build.py."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import CHECKS, _write, graded  # noqa: E402

FEEL_EN = ["sorry", "embarrass", "frustrat", "awful", "annoy", "worr", "understand", "no wonder",
           "i can see", "must be", "must have been", "i can imagine", "fed up"]
FEEL_ZH = ["理解", "难怪", "難怪", "换了谁", "換了誰", "換邊個", "生气", "生氣", "着急", "著急", "担心", "擔心",
           "嬲", "明白", "頭痛", "唔開心", "抱歉", "对不起", "對不起", "火滾", "心急", "烦", "煩"]

rows = []


def customer(prefix, lang, text, facts, answers):
    graded(rows, prefix, lang, text, facts, FEEL_EN if lang == "en" else FEEL_ZH, CHECKS[lang], answers)


customer("pn30-en-01", "en",
         "I ordered 12 sandwich platters for our staff lunch at £11.50 each. Only 8 turned up, and they came 40 "
         "minutes after the lunch was meant to start. I looked a complete fool in front of my manager.",
         [("ordered", ["12 platters", "twelve platters", "12 sandwich platters"]), ("price", ["£11.50", "11.50"]),
          ("got", ["8", "eight"]), ("late", ["40 minutes", "forty minutes"])],
         [("You'd ordered a dozen platters at eleven-fifty each for the staff lunch, only eight arrived and they "
           "were forty minutes late, in front of your manager too. That must have been so embarrassing. Have I "
           "got that right?", "good", "a dozen for 12, eleven-fifty for £11.50"),
          ("So a dozen platters at eleven-fifty each, only eight came, forty minutes late. Is that right?",
           "partial", "every fact, no feeling"),
          ("You ordered half a dozen platters at twelve-fifty each and they were a bit late. Is that right?",
           "poor", "half a dozen (6) and twelve-fifty wrong, the eight left out, no feeling")])

customer("pn30-en-02", "en",
         "I booked three of your decorators for two weeks to paint the whole house and paid £600 up front. They "
         "only showed up on 8 of the days and the hallway still isn't done. I'm fed up with chasing them.",
         [("crew", ["three decorators", "3 decorators", "three of your decorators"]),
          ("length", ["two weeks", "2 weeks", "14 days"]), ("paid", ["£600", "600"]),
          ("came", ["8 of the days", "8 days", "eight days"]), ("hallway", ["hallway", "hall"])],
         [("You had a trio of decorators booked for a fortnight and paid six hundred quid up front, but they only "
           "came in on eight days and the hallway's still unfinished. No wonder you're fed up. Did I get that "
           "right?", "good", "a trio, a fortnight, six hundred quid"),
          ("A trio of decorators for a fortnight, six hundred quid paid, and they only turned up on eight days, "
           "I'm sorry. Is that right?", "partial", "the hallway left out"),
          ("You booked a couple of decorators for a week and paid five hundred quid, and the hallway's done. Is "
           "that right?", "poor", "a couple (2), a week, five hundred quid wrong; hallway reversed")])

customer("pn30-en-03", "en",
         "The engineer was booked for 8am. He turned up at 10:30, stayed twenty minutes and left saying he needed "
         "a part. I'd taken the whole day off work for this and I'm really annoyed.",
         [("booked", ["8am", "8 am", "eight"]), ("arrived", ["10:30", "half ten", "ten thirty", "two and a half hours late"]),
          ("stayed", ["twenty minutes", "20 minutes"]), ("part", ["part"]), ("dayoff", ["day off", "off work"])],
         [("He was booked for eight and didn't arrive until half ten, then left after twenty minutes because he "
           "needed a part, and you'd taken the day off for it. I can see why you're annoyed. Have I understood?",
           "good", "half ten for 10:30"),
          ("He was due at eight, came at half ten, stayed twenty minutes and went off to get a part. I'm sorry "
           "about that. Is that right?", "partial", "the day off left out"),
          ("He was due at eight, came at half nine and stayed an hour, and you were working from home anyway. Is "
           "that right?", "poor", "half nine and an hour wrong, the part left out, the day off reversed, no feeling")])

customer("pn30-en-04", "en",
         "I was charged $45.99 twice for one pair of trainers. I've called six times in three days and nobody has "
         "refunded the second charge. It's my rent money.",
         [("price", ["$45.99", "45.99"]), ("twice", ["twice", "two times", "charged twice"]),
          ("calls", ["six times", "6 times"]), ("days", ["three days", "3 days"]), ("rent", ["rent"])],
         [("You were billed forty-five ninety-nine twice for the one pair of trainers, you've rung half a dozen "
           "times over three days and the second charge still hasn't come back, and that's your rent money. I "
           "understand how worrying that is. Is that right?", "good", "forty-five ninety-nine, half a dozen times"),
          ("You were charged forty-five ninety-nine twice and you've called half a dozen times in three days. "
           "That must be so frustrating. Is that right?", "partial", "the rent left out"),
          ("You were charged fifty-five ninety-nine twice and you've called a couple of times this week. Is that "
           "right?", "poor", "fifty-five ninety-nine and a couple of times wrong, rent and days left out, no feeling")])

customer("pn30-en-05", "en",
         "We rented your cottage for 14 nights and paid £1,400. The heating didn't work for the first 5 days, "
         "and we had our two-year-old with us in January. It was miserable.",
         [("stay", ["14 nights", "fourteen nights", "two weeks"]), ("paid", ["£1,400", "1,400", "1400"]),
          ("heating", ["heating"]), ("first", ["5 days", "five days"]), ("toddler", ["two-year-old", "toddler"])],
         [("You'd paid fourteen hundred pounds for a fortnight at the cottage, the heating was off for the first "
           "five days, and with your toddler in January too. That sounds awful. Did I get that right?",
           "good", "fourteen hundred pounds, a fortnight"),
          ("A fortnight at the cottage for fourteen hundred pounds and no heating for the first five days. I'm "
           "sorry. Is that right?", "partial", "the toddler left out"),
          ("You paid twelve hundred pounds for a week and the heating was off for a couple of days. Is that "
           "right?", "poor", "twelve hundred, a week, a couple of days wrong; toddler left out, no feeling")])

customer("pn30-zhs-01", "zh-Hans",
         "我父亲今年七十岁，上周在你们药店买了一盒降压药，回家才发现已经过期两个月了。他吃了三天才发现，现在老是头晕。我特别担心。",
         [("age", ["七十岁", "70岁"]), ("expired", ["过期两个月", "过期"]), ("ate", ["三天", "3天"]), ("dizzy", ["头晕"])],
         [("老爷子已是古稀之年，上周在我们店买的降压药过期了两个月，吃了三天才发现，现在还头晕，难怪您这么担心。我理解得对吗？",
           "good", "古稀 for 七十岁"),
          ("您父亲年届古稀，买的降压药过期了两个月，吃了三天，对吗？", "partial", "头晕 left out, no feeling"),
          ("您父亲花甲之年，买的药过期一个月，吃了一天就发现了，对吗？", "poor", "花甲 (60), 一个月, 一天 wrong; no feeling")])

customer("pn30-zhs-02", "zh-Hans",
         "我家装修，在你们建材店买了四十块地砖，一块八十元，送来一开箱有六块是裂的。师傅明天就要来铺，我急死了。",
         [("bought", ["四十块地砖", "40块地砖", "四十块"]), ("price", ["八十元", "80元", "八十块"]),
          ("cracked", ["六块", "6块"]), ("tomorrow", ["明天"])],
         [("您买了四十块地砖，每块八十块钱，开箱有六块裂了，师傅明天就要来铺，难怪您着急。我理解得对吗？",
           "good", "八十块钱 money beside 四十块 of tiles"),
          ("您买了四十块地砖，八十块一块，有六块是裂的，真是抱歉。对吗？", "partial", "明天 left out"),
          ("您买了八十块地砖，每块四十块钱，有六块裂了，对吗？", "poor", "count and price swapped, 明天 left out, no feeling")])

customer("pn30-zhs-03", "zh-Hans",
         "我在你们生鲜店买了两公斤牛腱子，花了二百六，回家一称只有三斤半。今天家里来客人，我真是气坏了。",
         [("bought", ["两公斤", "2公斤", "四斤"]), ("paid", ["二百六", "260", "二百六十"]),
          ("weighed", ["三斤半", "3斤半", "1.75公斤"]), ("guests", ["客人"])],
         [("您花了二百六买了四斤牛腱子，回家称只有三斤半，今天家里还来客人，换了谁都会生气。我说得对吗？",
           "good", "四斤 for 两公斤"),
          ("您买的是四斤牛腱子，花了二百六，回家一称只有三斤半。对吗？", "partial", "客人 left out, no feeling"),
          ("您花了一百六买了两斤牛肉，称了只有一斤半，对吗？", "poor", "一百六, 两斤, 一斤半 wrong, no feeling")])

customer("pn30-zhs-04", "zh-Hans",
         "我给孩子过生日订了十二个纸杯蛋糕，送来只有九个，剩下的还有三个奶油全化了。派对下午三点就开始，我真是着急。",
         [("ordered", ["十二个", "12个"]), ("got", ["九个", "9个"]), ("melted", ["三个", "3个", "化了"]),
          ("party", ["三点", "3点"])],
         [("您订了一打纸杯蛋糕给孩子过生日，结果只到了九个，其中三个奶油还化了，派对下午三点就开始，难怪您着急。我理解得对吗？",
           "good", "一打 for 十二个"),
          ("您订了一打纸杯蛋糕，只到了九个，有三个奶油化了，对吧？", "partial", "三点 left out, no feeling"),
          ("您订了一打蛋糕，到了十个，有两个化了，对吗？", "poor", "十个 and 两个 wrong, 三点 left out, no feeling")])

customer("pn30-hk-01", "zh-Hant-hk",
         "我喺你哋舖頭買咗部風筒，六百五十蚊，用咗兩日就冇風。返去搵你哋，個店員話要寄返廠等三個禮拜。我真係好嬲。",
         [("price", ["六百五十蚊", "650蚊", "六百五"]), ("days", ["兩日", "2日"]), ("nowind", ["冇風"]),
          ("wait", ["三個禮拜", "3個禮拜", "三個星期"])],
         [("你使咗六舊半買部風筒，用咗兩日就冇風，店員仲話要寄返廠等三個禮拜，換邊個都會嬲。我講得啱唔啱？",
           "good", "六舊半 for 六百五十蚊"),
          ("你六舊半買嘅風筒用咗兩日就冇風，要等三個禮拜。係咪咁？", "partial", "no feeling"),
          ("你五舊半買嘅風筒用咗一個禮拜先壞，要等兩個禮拜，係咪咁？", "poor", "五舊半, 一個禮拜, 兩個禮拜 wrong; no feeling")])

customer("pn30-hk-02", "zh-Hant-hk",
         "我二十八號喺你哋度交咗三千蚊訂金，講好下個禮拜一嚟裝冷氣，點知到而家都冇人嚟，打電話又冇人聽。屋企熱到瞓唔到，我好火滾。",
         [("date", ["二十八號", "28號"]), ("deposit", ["三千蚊", "3000蚊", "三千"]), ("monday", ["禮拜一", "星期一"]),
          ("nobody", ["冇人嚟", "冇人聽"])],
         [("你廿八號交咗三千蚊訂金，講好禮拜一嚟裝冷氣，到而家都冇人嚟，打電話又冇人聽，熱到瞓唔到，梗係火滾啦。我講得啱唔啱？",
           "good", "廿八號 for 二十八號"),
          ("你廿八號交咗三千蚊訂金，講好禮拜一裝冷氣，到而家都冇人嚟。真係唔好意思，我明白你好嬲。",
           "partial", "no check"),
          ("你廿六號交咗三百蚊訂金，講好禮拜三裝，師傅已經嚟過，係咪咁？", "poor", "廿六號, 三百蚊, 禮拜三 wrong; reversed; no feeling")])

customer("pn30-hk-03", "zh-Hant-hk",
         "我帶阿媽嚟你哋診所覆診，約咗兩點，等咗九十分鐘先見到醫生，醫生睇咗五分鐘就叫我哋走。阿媽八十歲，坐到腰都痛。我好唔開心。",
         [("appt", ["兩點", "2點"]), ("wait", ["九十分鐘", "90分鐘", "個半鐘"]), ("seen", ["五分鐘", "5分鐘"]),
          ("mum", ["八十歲", "80歲", "腰痛", "腰都痛"])],
         [("你約咗兩點帶阿媽覆診，等咗個半鐘先見到醫生，醫生睇咗五分鐘就叫你哋走，阿媽八十歲坐到腰都痛，換邊個都唔開心。我講得啱唔啱？",
           "good", "個半鐘 for 九十分鐘"),
          ("你約兩點，等咗個半鐘，醫生得五分鐘就叫你走，真係唔好意思。係咪咁？", "partial", "阿媽 left out"),
          ("你約兩點，等咗半個鐘，醫生睇咗成個鐘，係咪咁？", "poor", "半個鐘, 成個鐘 wrong; mum left out; no feeling")])

customer("pn30-tw-01", "zh-Hant-tw",
         "我幫我媽媽六十歲生日訂了一個八吋蛋糕，付了一千二百元，結果送來的是六吋，上面的名字還寫錯了。全家人都在等，我真的很尷尬。",
         [("age", ["六十歲", "60歲"]), ("size", ["八吋", "8吋"]), ("paid", ["一千二百元", "1200元", "一千二"]),
          ("got", ["六吋", "6吋"]), ("name", ["名字寫錯", "寫錯"])],
         [("您為令堂的花甲壽宴訂了八吋蛋糕，付了一千二，送來卻是六吋，名字還寫錯了，全家都在等，真的很難堪，我能理解。我這樣理解對嗎？",
           "good", "花甲 for 六十歲, 一千二 for 一千二百元"),
          ("您為媽媽花甲生日訂了八吋蛋糕，付了一千二，送來是六吋。真的很抱歉。對嗎？", "partial", "名字寫錯 left out"),
          ("您為令堂古稀大壽訂了六吋蛋糕，付了一千，名字沒問題，對嗎？", "poor", "古稀 (70), 六吋 ordered, 一千 wrong; name reversed; no feeling")])

os.chdir(Path(__file__).resolve().parent)
_write(rows)
print(len(rows), "rows")
