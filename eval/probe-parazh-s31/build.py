"""Session 31's Chinese restatement probe (parazh31), written from the digest's rules and my own sense of
agent language, not from any round's rows. Two readings:
(1) A feeling word is a feeling only where it is said of the customer, not inside the customer's thing
or event told back: 压力锅 / 壓力煲 (a pressure cooker), 加急費 (a rush fee), 急诊 / 急症室 (the emergency
room), 白跑了三趟 (trips wasted, a count). Partials tell every fact with such a word and no feeling;
goods add a real feeling; poors turn a fact round or give a wrong value.
(2) A fact said with the customer's own verb or noun in another shape: a verb-object word with its
object put first (漏水 → 水一直往下漏), a compound noun shortened to its first and last parts
(游泳训练营 → 游泳营), a result complement kept with another verb (撞爛 → 碰爛, 摔破 → 弄破). Goods
retell it so; partials leave one fact out; poors deny or reverse it. zh-Hans, 粵 and 台."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "抱歉", "对不起", "失望", "担心", "烦", "心疼"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換邊個都", "換作是我", "嬲", "生氣", "抱歉", "對不起", "擔心", "失望", "心痛", "煩"]

P = Probe()
cust, ans = P.cust, P.ans

# (1) Feeling words inside the customer's thing or event.
cust("zh-Hans", "上个月在你们旗舰店买的电压力锅，六百九。才用了五次，锅盖的密封圈就开始漏气，饭都煮不熟。客服让我自己寄回去检测，运费还得我出。",
     [("price", ["六百九", "690"]), ("uses", ["五次", "5次"]), ("leak", ["漏气", "密封圈"]), ("postage", ["运费", "自己寄"])],
     FEEL_S, CHECK_S)
ans("good", "您上个月花六百九买的电压力锅，才用五次密封圈就漏气，饭煮不熟，客服还让您自己出运费寄回去检测，换谁都会窝火。我理解得对吗？", "feeling 换谁都会窝火 beside 压力锅")
ans("partial", "您上个月买的电压力锅六百九，用了五次密封圈就漏气，饭煮不熟，客服让您自己付运费寄回检测。我理解得对吗？", "every fact; 压力 only inside 压力锅, no feeling")
ans("poor", "您的压力锅用了十五次才漏气，运费我们这边出，对吗？", "wrong count, postage turned round, no feeling")

cust("zh-Hans", "我报了你们驾校的科目二夜间练车，说好每周二、四晚上有教练。我下班赶过去，已经白跑了三趟，教练都不在，电话也没人接。学费交了四千八。",
     [("nights", ["周二", "周四", "二、四"]), ("trips", ["三趟", "三次", "3次"]), ("absent", ["教练都不在", "教练不在", "没教练"]), ("fee", ["四千八", "4800"])],
     FEEL_S, CHECK_S)
ans("good", "您交了四千八报的科目二夜间练车，说好周二周四晚上有教练，可您下班赶过去三趟，教练一次都不在，电话也没人接，难怪您这么生气。我说得对吗？", "feeling 难怪您这么生气")
ans("partial", "您交了四千八报了夜间练车，说好周二、四晚上有教练，您白跑了三趟，教练都不在，电话也没人接。我说得对吗？", "every fact; 白跑了三趟 is the count of trips, no feeling")
ans("poor", "您去了三趟，教练其实都在，是您记错了时间，对吗？", "absent turned round, blame on the customer, no feeling")

cust("zh-Hant", "我上禮拜五在你們網站下單印婚禮邀請卡兩百張，多付了五百塊加急費，說好三天內寄到。結果今天禮拜四了還沒收到，喜帖下禮拜就要發。",
     [("count", ["兩百張", "200張"]), ("rush", ["加急", "五百", "500"]), ("promise", ["三天", "3天"]), ("notyet", ["還沒收到", "沒收到", "還沒到"])],
     FEEL_T, CHECK_T)
ans("good", "您上禮拜五訂了兩百張喜帖，還多付五百塊加急費，說好三天內到，到今天禮拜四都還沒收到，下禮拜就要發了，難怪您這麼著急。我這樣理解對嗎？", "台: feeling 難怪您這麼著急")
ans("partial", "您上禮拜五印了兩百張喜帖，付了五百塊加急費，說好三天到，今天禮拜四還沒收到，下禮拜就要發。我這樣理解對嗎？", "台: every fact; 急 only inside 加急費, no feeling")
ans("poor", "您印了一百張喜帖，加急費我們沒收，對嗎？", "台: wrong count, fee denied, no feeling")

cust("zh-Hant", "我阿媽上個禮拜三跌親，你哋召嘅白車遲咗四十分鐘先到。喺急症室又等咗五個鐘先有醫生睇，佢八十幾歲人坐到成身痛。",
     [("when", ["禮拜三", "星期三"]), ("ambulance", ["四十分鐘", "40分鐘"]), ("wait", ["五個鐘", "5個鐘", "五個鐘頭"]), ("age", ["八十幾歲", "八十幾"])],
     FEEL_T, CHECK_T)
ans("good", "你阿媽上禮拜三跌親，白車遲咗四十分鐘，去到急症室仲要等五個鐘先見到醫生，佢八十幾歲坐到周身痛，你一定好心痛。我理解得啱唔啱？", "粵: feeling 你一定好心痛")
ans("partial", "你阿媽上禮拜三跌親，白車遲咗四十分鐘，你哋喺急症室等咗五個鐘先有醫生，佢八十幾歲坐到成身痛。我理解得啱唔啱？", "粵: every fact; 急 only inside 急症室, no feeling")
ans("poor", "你阿媽上禮拜三跌親，白車準時到，急症室好快有醫生睇，係咪咁？", "粵: both delays turned round, no feeling")

cust("zh-Hans", "我爸周日晚上胸口疼，打了你们的陪诊电话，说好二十分钟有人到医院陪他。结果他在急诊一个人坐了两个小时都没人来，他七十六了，手机也不太会用。",
     [("when", ["周日", "星期天", "礼拜天"]), ("promise", ["二十分钟", "20分钟"]), ("alone", ["两个小时", "2小时", "一个人"]), ("age", ["七十六", "76"])],
     FEEL_S, CHECK_S)
ans("good", "您父亲周日晚上胸口疼，打了陪诊电话，说好二十分钟有人到，结果七十六岁的老人在急诊一个人等了两个小时都没人来，您一定很担心。我理解得对吗？", "feeling 您一定很担心")
ans("partial", "您父亲周日晚上胸口疼，我们说好二十分钟有陪诊到，结果您父亲在急诊一个人坐了两个小时没人来，他七十六了。我理解得对吗？", "every fact; 急 only inside 急诊, no feeling")
ans("poor", "您父亲周日在急诊等了二十分钟陪诊员就到了，对吗？", "the wait turned into the promise, no feeling")

cust("zh-Hant", "我喺你哋網店買咗個六公升壓力煲，一千三蚊。收到個煲蓋個安全閥鬆咗，一煮就嘶嘶聲。我問客服，佢哋叫我自己去維修中心。",
     [("size", ["六公升", "6公升"]), ("price", ["一千三", "1300"]), ("valve", ["安全閥", "嘶嘶聲"]), ("sent", ["維修中心", "自己去"])],
     FEEL_T, CHECK_T)
ans("good", "你買咗個六公升壓力煲，一千三蚊，收到安全閥鬆咗，一煮就嘶嘶聲，客服仲叫你自己攞去維修中心，換邊個都會嬲。我理解得啱唔啱？", "粵: feeling 換邊個都會嬲")
ans("partial", "你買咗個一千三蚊嘅六公升壓力煲，安全閥鬆咗，一煮就嘶嘶聲，客服叫你自己去維修中心。我理解得啱唔啱？", "粵: every fact; 壓力 only inside 壓力煲, no feeling")
ans("poor", "你個壓力煲係你自己跌鬆咗個安全閥，客服已經上門幫你整好，係咪咁？", "粵: valve blamed on the customer, repair invented, no feeling")

cust("zh-Hant", "我在你們健身房買了二十堂私人教練課，一萬六。最近三次去，教練都臨時取消，我已經白跑了三次，每次都是到了櫃台才通知我。",
     [("lessons", ["二十堂", "20堂"]), ("paid", ["一萬六", "16000"]), ("cancel", ["臨時取消", "取消"]), ("trips", ["三次", "3次"]), ("notice", ["櫃台", "到了才"])],
     FEEL_T, CHECK_T)
ans("good", "您花一萬六買了二十堂私人課，最近三次去教練都臨時取消，每次都是人到了櫃台才說，白跑三次真的很讓人生氣。我這樣理解對嗎？", "台: feeling 真的很讓人生氣")
ans("partial", "您買了二十堂私人課一萬六，最近教練臨時取消，您白跑了三次，都是到櫃台才通知。我這樣理解對嗎？", "台: every fact; 白跑了三次 is the count, no feeling")
ans("poor", "您的二十堂課教練都有上，是您自己沒來三次，對嗎？", "台: cancellations turned round onto the customer, no feeling")

# (2) The customer's verb or noun in another shape.
cust("zh-Hans", "楼上邻居装修以后，我家厨房天花板开始漏水，你们物业上周三来看过，说三天内处理。现在过了十天，水还在往下滴，橱柜都泡坏了。",
     [("leak", ["漏水"]), ("visit", ["上周三", "周三"]), ("promise", ["三天", "3天"]), ("ten", ["十天", "10天"]), ("cabinet", ["橱柜", "泡坏"])],
     FEEL_S, CHECK_S)
ans("good", "楼上装修后，您家厨房顶上的水一直往下漏，物业上周三来看过，答应三天内处理，可十天过去了还在滴，橱柜都泡坏了，您肯定很着急。我理解得对吗？", "漏水 said as 水一直往下漏 (object put first)")
ans("partial", "楼上装修后您家厨房天花板漏水，物业上周三来看过，说三天处理，现在十天了。您肯定很着急。我理解得对吗？", "the cabinet fact left out")
ans("poor", "您家厨房天花板漏水，物业上周三来了以后当天就修好了，对吗？", "the promise and delay turned round, no feeling")

cust("zh-Hans", "我给儿子报了你们暑假的少儿游泳训练营，十天，两千二。第三天开始就换成了大学生来教，孩子到现在还不敢把头埋进水里。",
     [("camp", ["游泳训练营", "训练营"]), ("days", ["十天", "10天"]), ("fee", ["两千二", "2200"]), ("coach", ["大学生", "换了人"]), ("head", ["不敢把头", "头埋进水"])],
     FEEL_S, CHECK_S)
ans("good", "您给儿子报了暑假十天的游泳营，两千二，从第三天起就换成大学生来教，孩子到现在还不敢把头埋进水里，难怪您失望。我说得对吗？", "游泳训练营 said as 游泳营 (first and last parts)")
ans("partial", "您儿子的暑假游泳营十天两千二，第三天起换成大学生教。难怪您失望。我说得对吗？", "the head-under-water fact left out")
ans("poor", "您儿子的游泳营一直是原来的教练，孩子已经敢把头埋进水里了，对吗？", "coach and head facts turned round, no feeling")

cust("zh-Hant", "你哋搬屋公司琴日幫我搬屋，搬運工撞爛咗我張雲石餐枱一隻角，張枱兩萬幾蚊。佢哋走之前仲話係本身有裂痕。",
     [("when", ["琴日", "昨日"]), ("broke", ["撞爛", "爛咗"]), ("table", ["雲石", "餐枱"]), ("value", ["兩萬幾", "兩萬"]), ("excuse", ["本身有裂痕", "本身有", "裂痕"])],
     FEEL_T, CHECK_T)
ans("good", "琴日你哋搬屋，搬運工整崩咗你張兩萬幾蚊嘅雲石餐枱一隻角，走之前仲話本身有裂痕，換邊個都會嬲。我理解得啱唔啱？", "粵: 撞爛 said as 整崩 — left for the wordings (result word differs)")
ans("partial", "琴日搬屋，你張兩萬幾蚊嘅雲石餐枱畀搬運工碰爛咗一隻角。換邊個都會嬲。我理解得啱唔啱？", "粵: 碰爛 for 撞爛; the excuse fact left out")
ans("poor", "你張雲石餐枱本身已經有裂痕，我哋搬運工冇撞到，係咪咁？", "粵: the breakage denied and put on the table, no feeling")

cust("zh-Hant", "我在你們網路商店買了一組手工陶瓷杯，四個一千八。收到的時候箱子裡兩個已經摔破了，包裝只有一層報紙，連氣泡紙都沒有。",
     [("set", ["四個", "一組"]), ("price", ["一千八", "1800"]), ("broken", ["摔破", "破了", "兩個"]), ("wrap", ["報紙", "氣泡紙", "沒有氣泡紙"])],
     FEEL_T, CHECK_T)
ans("good", "您買的手工陶瓷杯四個一千八，收到時已經有兩個弄破了，裡面只墊一層報紙，氣泡紙都沒放，真的很心痛，我了解。我這樣理解對嗎？", "台: 摔破 said as 弄破 (result 破 kept)")
ans("partial", "您買了四個一千八的手工陶瓷杯，包裝只有一層報紙，沒有氣泡紙。真的很心痛，我了解。我這樣理解對嗎？", "台: the broken cups left out")
ans("poor", "您的陶瓷杯四個都完好，只是包裝簡單了點，對嗎？", "台: breakage denied, no feeling")

cust("zh-Hans", "我在你们App上约了师傅上门清洗空调，三台一共三百六。师傅洗完走了，当天晚上客厅那台就开始滴水，把木地板泡起了一片。",
     [("count", ["三台"]), ("price", ["三百六", "360"]), ("drip", ["滴水"]), ("floor", ["木地板", "地板"])],
     FEEL_S, CHECK_S)
ans("good", "您约师傅上门洗三台空调，三百六，师傅刚走，当晚客厅那台就往下滴水，木地板泡起了一片，换谁都心疼。我理解得对吗？", "清洗空调 said as 洗三台空调")
ans("partial", "您约了上门洗三台空调，三百六，当晚客厅那台就滴水。换谁都心疼。我理解得对吗？", "the floor fact left out")
ans("poor", "您的空调洗完一切正常，地板是本来就翘的，对吗？", "drip denied, floor blamed away, no feeling")

cust("zh-Hant", "我在你們機車行做了大保養，三千五。騎回家不到十公里，煞車就變得很軟，差點撞到前面的車。我打電話去，老闆只說是我不會騎。",
     [("price", ["三千五", "3500"]), ("km", ["十公里", "10公里"]), ("brakes", ["煞車", "很軟"]), ("blamed", ["不會騎", "怪我"])],
     FEEL_T, CHECK_T)
ans("good", "您花三千五做大保養，騎不到十公里煞車就軟掉，差點追撞前車，打去問老闆還說是您不會騎，真的會很害怕又很生氣。我這樣理解對嗎？", "台: 變得很軟 said as 軟掉 (result 軟 kept)")
ans("partial", "您做了三千五的大保養，騎不到十公里煞車就軟掉，差點撞車。真的很可怕。我這樣理解對嗎？", "台: the blame fact left out")
ans("poor", "您的煞車保養後很正常，是您自己騎太快，對嗎？", "台: brakes denied, blame on the customer, no feeling")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pz31")
