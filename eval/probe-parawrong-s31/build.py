"""Session 31's wrong-facts probe (parawrong31): 14 customers of my own, each answered good / partial / poor.
Good answers retell a negative fact of the customer's in another structure — 'no X' for 'didn't have a X',
'could barely' for 'couldn't', 'should have been X' for what was ordered, a thing told dead or gone as absent,
an embedded 能不能 question, 不见了 retold as 没了 / 消失 — with every other fact, the feeling and the check. Poor
answers turn one fact round or give the customer's agreed or promised value (we agreed, you promised, 说好的是,
讲好, 约好, 讲明) and what came each other's roles, or from and to; partials leave one fact out. Domains: tent
hire, driving lesson, bed frame, hotel room, phone upgrade, piano removal, kayak trip, bathroom fitting; 定制沙发,
网课平台, 钢琴课; 粵 訂蛋糕, 粵 裝修, 台 租車. Written from the digest and the labelling rules before any run."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_E = ["sorry", "understand", "no wonder", "must be", "must have been", "stressful", "frustrating",
          "i can see", "i can imagine", "awful", "upsetting", "annoying", "exhausting"]
CHECK_E = ["is that right", "have i got that right", "did i get that right", "is that correct", "have i understood"]
FEEL_S = ["理解", "难怪", "换谁都", "换了谁", "生气", "着急", "抱歉", "对不起", "失望", "尴尬", "委屈"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換作是我", "換轉係我", "嬲", "氣", "抱歉", "對不起", "失望", "急"]

P = Probe()
cust, ans = P.cust, P.ans

cust("en", "We agreed on the six-person tent with a porch for the festival, and what your driver dropped off on Friday "
     "was a two-person dome. It came with no pegs either, so we couldn't pitch it at all. I'm really fed up.",
     [("agreed", ["six-person", "six person"]), ("got", ["two-person", "two person"]), ("friday", ["Friday"]),
      ("pegs", ["pegs"]), ("pitch", ["couldn't pitch", "put it up", "pitch"])], FEEL_E, CHECK_E)
ans("good", "On Friday a two-person dome turned up instead of the six-person tent with a porch that we'd agreed, and "
    "without a single peg you had no way to put it up. No wonder you're fed up. Have I got that right?",
    "all facts; the missing pegs and the pitching retold as denied")
ans("partial", "We'd agreed a six-person tent with a porch and on Friday you got a two-person dome. I can see why "
    "you're fed up. Is that right?", "the pegs and the pitching left out")
ans("poor", "So we agreed on a two-person dome for the festival and on Friday the driver dropped off a six-person tent "
    "with no pegs, so you couldn't pitch it. No wonder you're fed up. Have I got that right?",
    "agreed and delivered tents swapped")

cust("en", "My instructor turned up forty minutes late on Wednesday, and the car he brought didn't have a passenger "
     "brake, so he called the lesson off. You still took £35 from my card. I'm so annoyed.",
     [("late", ["forty minutes", "40 minutes"]), ("wednesday", ["Wednesday"]), ("brake", ["passenger brake", "dual control"]),
      ("off", ["called the lesson off", "called off", "cancelled"]), ("fee", ["£35", "35"])], FEEL_E, CHECK_E)
ans("good", "On Wednesday your instructor was forty minutes late and came in a car with no passenger brake, so the "
    "lesson was called off, and the £35 still came off your card. That's really annoying. Did I get that right?",
    "the missing brake retold as 'no passenger brake'")
ans("partial", "Your instructor was forty minutes late on Wednesday and the lesson was called off. That must be "
    "annoying. Is that right?", "the brake and the £35 left out")
ans("poor", "On Wednesday your instructor came forty minutes late in a car without a passenger brake, but the lesson "
    "wasn't called off and you paid the £35. That must be annoying. Is that right?", "the cancelled lesson turned round")

cust("en", "I ordered a king-size oak bed frame for £640 and what arrived is a double made of pine, with two of the "
     "slats snapped. My mother moves in on Saturday and she has nothing to sleep on.",
     [("ordered", ["king-size", "king size", "oak"]), ("got", ["pine", "not oak", "double"]), ("price", ["£640", "640"]),
      ("slats", ["slats", "snapped"]), ("saturday", ["Saturday"])], FEEL_E, CHECK_E)
ans("good", "The frame should have been a king-size in solid oak for £640, but a pine double turned up with two slats "
    "snapped, and your mother moves in on Saturday. That must be so stressful. Is that right?",
    "what was ordered told as what should have been")
ans("partial", "You ordered a king-size oak frame and a pine double arrived with two snapped slats. That must be "
    "stressful. Is that right?", "the £640 and Saturday left out")
ans("poor", "So you ordered a pine double for £640 and we delivered a king-size oak frame with two slats snapped, and "
    "your mother moves in on Saturday. That must be so stressful. Is that right?", "ordered and delivered frames swapped")

cust("en", "Our room at your seafront hotel was right above the bar, and with the music going until 2 am we couldn't "
     "sleep on either night. When I booked I asked specifically for a quiet room. We're both exhausted.",
     [("bar", ["above the bar", "over the bar", "bar"]), ("music", ["2 am", "2am", "two in the morning", "music"]),
      ("sleep", ["couldn't sleep", "no sleep", "unable to sleep"]), ("nights", ["either night", "both nights", "two nights"]),
      ("quiet", ["quiet"])], FEEL_E, CHECK_E)
ans("good", "Your room sat right over the bar, the music ran until 2 am and you could hardly sleep on either night, "
    "even though you'd asked for a quiet room when you booked. You must be exhausted. Have I got that right?",
    "couldn't sleep retold as could hardly sleep")
ans("partial", "Your room was above the bar with music until 2 am, and you'd asked for a quiet room. You must be "
    "exhausted. Is that right?", "the lost sleep on both nights left out")
ans("poor", "Your room was above the bar and the music went on until 2 am, but you managed to sleep fine on both "
    "nights, and you'd asked for a quiet room. You must be exhausted. Is that right?", "the lost sleep turned round")

cust("en", "When I renewed my contract in the shop you promised me the 256GB phone in blue for £32 a month. The box "
     "that came on Monday has the 128GB one in black, and my old phone has already been sent back. I'm furious.",
     [("promised", ["256GB", "256"]), ("got", ["128GB", "128"]), ("monthly", ["£32", "32"]), ("monday", ["Monday"]),
      ("old", ["old phone", "sent back", "traded in"])], FEEL_E, CHECK_E)
ans("good", "The phone in Monday's box is the 128GB in black, not the 256GB in blue at £32 a month you were promised "
    "in the shop, and your old phone's already gone back. I can see why you're furious. Is that right?",
    "what came told first")
ans("partial", "You were promised the 256GB in blue and the 128GB in black came on Monday. I can see why you're "
    "furious. Is that right?", "the £32 and the old phone left out")
ans("poor", "So in the shop we promised you the 128GB in black at £32 a month, and on Monday you were sent the 256GB "
    "in blue, with your old phone already returned. I can see why you're furious. Is that right?",
    "promised and delivered phones swapped")

cust("en", "Your team moved my piano from my old flat in Hove to the new house in Lewes last Thursday. Two of the "
     "legs are cracked and the pedals don't work any more. I paid £450 for the move.",
     [("from", ["Hove"]), ("to", ["Lewes"]), ("thursday", ["Thursday"]), ("legs", ["legs", "cracked"]),
      ("pedals", ["pedals"]), ("paid", ["£450", "450"])], FEEL_E, CHECK_E)
ans("good", "Last Thursday our team took your piano from the flat in Hove to your new house in Lewes, and now two "
    "legs are cracked and the pedals are dead, after you'd paid £450. That's awful. Is that right?",
    "pedals that don't work told dead")
ans("partial", "Our team moved your piano from Hove to Lewes on Thursday and two legs are cracked. That's awful. "
    "Is that right?", "the pedals and the £450 left out")
ans("poor", "Last Thursday our team moved your piano from your new house in Lewes to the old flat in Hove, two legs "
    "are cracked and the pedals don't work, and you paid £450. That's awful. Is that right?", "from and to turned round")

cust("en", "On Saturday's kayak trip the guide didn't bring a spare paddle, and when my daughter's snapped we had to "
     "drift back to the jetty for an hour. She's eleven and she was terrified.",
     [("saturday", ["Saturday"]), ("paddle", ["spare paddle", "spare"]), ("snapped", ["snapped", "broke"]),
      ("hour", ["an hour", "one hour", "hour"]), ("age", ["eleven", "11"])], FEEL_E, CHECK_E)
ans("good", "On Saturday the guide had no spare paddle with him, so when your daughter's snapped you drifted back "
    "to the jetty for an hour, and she's only eleven. She must have been terrified. Have I understood?",
    "the missing spare paddle retold as 'had no spare paddle'")
ans("partial", "On Saturday the guide had no spare paddle and your daughter's paddle snapped. She must have been "
    "terrified. Is that right?", "the hour and her age left out")
ans("poor", "On Saturday the guide brought a spare paddle, your daughter's snapped and you drifted back for an hour, "
    "and she's eleven. She must have been terrified. Is that right?", "the spare paddle said brought")

cust("en", "The fitter you sent on Tuesday was meant to put in a walk-in shower, but he fitted a bath instead and left "
     "without connecting the hot water. We've had no hot water for three days and I've paid £2,100.",
     [("agreed", ["walk-in shower", "shower"]), ("fitted", ["bath"]), ("tuesday", ["Tuesday"]),
      ("water", ["hot water"]), ("days", ["three days", "3 days"]), ("paid", ["£2,100", "2,100", "2100"])], FEEL_E, CHECK_E)
ans("good", "On Tuesday our fitter put in a bath when it should have been a walk-in shower, went off without hooking up "
    "the hot water, and after paying £2,100 you've been three days with none. That must be awful. Is that right?",
    "no hot water retold as 'three days with none'")
ans("partial", "Our fitter put in a bath instead of a walk-in shower on Tuesday and you paid £2,100. That must be "
    "awful. Is that right?", "the hot water left out")
ans("poor", "On Tuesday our fitter put in a bath instead of a walk-in shower, and he did connect the hot water, "
    "so you've had it for three days, after paying £2,100. That must be awful. Is that right?",
    "the hot water said connected")

cust("zh-Hans", "我在你们店定制的沙发，说好的是深灰色的布面，结果送来的是米白色的皮面。送货师傅也没有带安装工具，"
     "靠背到现在都装不上。我交了八千六，下周家里要来客人。",
     [("agreed", ["深灰"]), ("got", ["米白"]), ("tools", ["工具"]), ("back", ["靠背", "装不上"]),
      ("price", ["八千六", "8600"]), ("guests", ["客人", "下周"])], FEEL_S, CHECK_S)
ans("good", "您定制沙发时说好是深灰色布面，送来的却成了米白色皮面，师傅一件安装工具都没带，靠背至今没装上，您交了八千六，"
    "下周还有客人要来，难怪您着急。我理解得对吗？", "工具没有带 retold as 一件都没带")
ans("partial", "说好的是深灰色布面，送来的是米白色皮面，您交了八千六。难怪您着急。对吗？", "the tools, the back and the guests left out")
ans("poor", "您说好要的是米白色皮面，结果送来的是深灰色布面，师傅没带工具，靠背装不上，交了八千六，下周来客人，难怪您着急。对吗？",
    "agreed and delivered colours swapped")

cust("zh-Hans", "我给孩子报了你们的网课，一年三千二，报名前专门问过客服能不能回放，说可以。结果上了一个月，"
     "回放一直打不开，孩子好几节课都没跟上。",
     [("year", ["一年", "三千二", "3200"]), ("asked", ["问过", "能不能回放"]), ("month", ["一个月"]),
      ("replay", ["打不开", "看不了"]), ("behind", ["没跟上", "跟不上"])], FEEL_S, CHECK_S)
ans("good", "您花三千二给孩子报了一年网课，报名前特地问过客服能不能看回放，得到的答复是可以，可上了一个月回放始终打不开，"
    "孩子好几节课都跟不上。换了谁都着急。是这样吗？", "the asking retold as an embedded 能不能 question")
ans("partial", "您报了一年网课，三千二，上了一个月回放一直打不开。换了谁都着急。对吗？", "the question asked before and the lessons missed left out")
ans("poor", "您花三千二报了一年网课，报名前问过能不能回放，上了一个月，回放都能正常打开，只是孩子有几节课没跟上。换了谁都着急。对吗？",
    "the replay that would not open said opening")

cust("zh-Hans", "我们约好每周六上午十点上钢琴课，老师这个月有三次改到了周日晚上，孩子周日要写作业，根本上不了。"
     "学费是一个月一千二，一分没退。",
     [("agreed", ["周六", "星期六"]), ("moved", ["周日", "星期天", "星期日"]), ("times", ["三次"]),
      ("cant", ["上不了", "没法上"]), ("fee", ["一千二", "1200"])], FEEL_S, CHECK_S)
ans("good", "说好的是每周六上午十点上课，这个月老师却有三次挪到了周日晚上，孩子要写作业没法上，一个月一千二也没退，"
    "换谁都会生气。我说得对吗？", "上不了 retold as 没法上")
ans("partial", "约好周六上午上课，老师这个月三次改到周日晚上。换谁都会生气。对吗？", "the missed lessons and the fee left out")
ans("poor", "你们约好的是每周日晚上上课，老师这个月有三次改到了周六上午十点，孩子上不了，一千二也没退，换谁都会生气。对吗？",
    "agreed and moved days swapped")

cust("zh-Hant", "我喺你哋度訂咗個生日蛋糕，講好係朱古力味，寫「阿嫲八十歲生日快樂」。今朝攞到嘅係芒果味，"
     "仲一隻字都冇寫。四百八十蚊，今晚就食飯喇。",
     [("agreed", ["朱古力"]), ("got", ["芒果"]), ("words", ["冇寫", "冇字", "一隻字"]), ("price", ["四百八", "480"]),
      ("tonight", ["今晚"])], FEEL_T, CHECK_T)
ans("good", "你訂嘅生日蛋糕講好係朱古力味，仲要寫阿嫲八十歲生日快樂，今朝攞到嘅卻係芒果味，上面乜嘢字都無，四百八十蚊，"
    "今晚就要食飯，換轉係我都好嬲。係咪咁？", "粵: no words retold as 乜嘢字都無")
ans("partial", "講好係朱古力味，攞到嘅係芒果味，真係對唔住。係咪咁？", "粵: the words, the price and tonight left out")
ans("poor", "你講好要芒果味，我哋做咗朱古力味，仲冇寫字，四百八十蚊，今晚就食飯，換轉係我都好嬲。係咪咁？",
    "粵: agreed and made flavours swapped")

cust("zh-Hant", "你哋師傅上個禮拜嚟裝廚房，講明要白色嘅櫃門，佢裝咗木紋色。仲有個水喉冇駁好，成晚漏水，今朝地板啲木已經"
     "唔見咗光澤。我畀咗兩萬八。",
     [("agreed", ["白色"]), ("fitted", ["木紋"]), ("leak", ["漏水"]), ("floor", ["地板"]), ("price", ["兩萬八", "28000"])],
     FEEL_T, CHECK_T)
ans("good", "上個禮拜師傅裝廚房，講明要白色櫃門，佢就裝咗木紋色，水喉又冇駁好漏咗成晚，今朝地板已經冇晒光澤，你畀咗兩萬八，"
    "換轉係我都好嬲。係咪咁？", "粵: 唔見咗光澤 retold as 冇晒光澤")
ans("partial", "講明要白色櫃門，師傅裝咗木紋色，你畀咗兩萬八。真係對唔住。係咪咁？", "粵: the leak and the floor left out")
ans("poor", "你講明要木紋色櫃門，師傅裝咗白色，水喉冇駁好漏水，地板冇晒光澤，兩萬八，換轉係我都好嬲。係咪咁？",
    "粵: agreed and fitted colours swapped")

cust("zh-Hant", "我在你們網站租車，約好在桃園機場取一台七人座，到了櫃台卻只剩五人座，我們一家七口只好分兩台計程車。"
     "押金三千還是照扣，我很生氣。",
     [("agreed", ["七人座"]), ("got", ["五人座"]), ("airport", ["桃園", "機場"]), ("taxi", ["計程車", "兩台"]),
      ("deposit", ["三千", "3000"])], FEEL_T, CHECK_T)
ans("good", "您在網站上約好到桃園機場取七人座，到櫃台卻只有五人座，一家七口只能分坐兩台計程車，三千押金也照樣扣了，難怪您這麼氣。"
    "是這樣嗎？", "台: all facts")
ans("partial", "您約好取七人座，到機場只剩五人座，真的很抱歉。對嗎？", "台: the taxis and the deposit left out")
ans("poor", "您在網站約好的是五人座，到桃園機場櫃台拿到的是七人座，一家人分坐兩台計程車，押金三千照扣，難怪您這麼氣。是這樣嗎？",
    "台: agreed and got cars swapped")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pw31")
