"""Session 32's Chinese restatement probe (parazh32), written from the digest's rules and my own sense of
agent language, not from any round's rows. Three readings:
(1) A value told in another spoken form is the customer's value: a lone 一 that is part of a word (一家人,
一路, 一肚子) beside the values, not a number of its own; a weekday followed by Cantonese 個 as a linker
(下星期六個講座: "next Saturday's talk", not five or six of anything); a day of the month said without
its month (到今日二十號) where the customer gave month and day. Goods retell so; partials leave one fact out;
poors give a wrong value.
(2) A time or a length with its half or quarter left off (七點 for 七點半, 两个小时 for 两个半小时) is a
wrong minor value, not a near one: partial. Goods say it whole.
(3) A verb-object word retold with its verb and a direction or with its object put first (渗水 → 往里渗,
漏油 → 油一直往外漏): goods; poors deny it. zh-Hans, 粵 and 台."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "抱歉", "对不起", "失望", "担心", "烦", "心疼", "辛苦"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換邊個都", "換作是我", "嬲", "生氣", "抱歉", "對不起", "擔心", "失望", "心痛", "煩", "辛苦"]

P = Probe()
cust, ans = P.cust, P.ans

# (1) A lone 一 inside a word beside the customer's values.
cust("zh-Hans", "我们一家五口订了你们海岛三晚的套餐，交了一万二。到了才知道泳池在维修，儿童乐园也关了，孩子们天天只能待在房间里。",
     [("people", ["五口", "五个人", "5个人"]), ("nights", ["三晚", "3晚"]), ("paid", ["一万二", "12000", "1万2"]), ("pool", ["泳池"]), ("kids", ["儿童乐园", "孩子"])],
     FEEL_S, CHECK_S)
ans("good", "您一家人花了一万二订的海岛套餐，五个人住三晚，结果泳池在修、儿童乐园也关着，孩子只能闷在房间里，一路上的期待全落空了，难怪您这么失望。我理解得对吗？", "一家人, 一路 are words, not the number one; every value right")
ans("partial", "您一家人花了一万二订了三晚海岛套餐，泳池在维修，孩子们只能待在房间里，换谁都会失望。我理解得对吗？", "the five people left out")
ans("poor", "您一家人花了两万订了五晚的套餐，泳池在维修，对吗？", "paid and nights wrong, no feeling")

cust("zh-Hans", "我上个月在你们这儿配了一副渐进眼镜，花了两千六。戴了两个星期还是头晕，看台阶总是踩空，验光师说再适应一下就好。",
     [("paid", ["两千六", "2600"]), ("weeks", ["两个星期", "两周", "2周"]), ("dizzy", ["头晕"]), ("steps", ["台阶", "踩空"]), ("told", ["适应"])],
     FEEL_S, CHECK_S)
ans("good", "您上个月花两千六配的渐进镜，戴了两周一直头晕，下台阶老踩空，验光师却只让您再适应适应，一肚子火也难怪。我说得对吗？", "一肚子火 holds a 一 that is no number")
ans("partial", "您上个月花两千六配的渐进镜，戴了两周一直头晕，下台阶老踩空，难怪您着急。我说得对吗？", "the optician's answer left out")
ans("poor", "您花一千六配的眼镜，戴了一周就不晕了，对吗？", "price and weeks wrong, dizziness denied")

# (1) Cantonese 個 after a weekday.
cust("zh-Hant", "我喺你哋網站報咗下個禮拜六嘅烘焙班，交咗六百蚊。今朝收到短訊話導師病咗，班取消，但係退款要等三十日。",
     [("when", ["下個禮拜六", "禮拜六", "星期六"]), ("paid", ["六百", "600"]), ("cancel", ["取消"]), ("refund", ["三十日", "30日", "一個月"])],
     FEEL_T, CHECK_T)
ans("good", "即係你交咗六百蚊報咗下星期六個烘焙班，今朝收到短訊話導師病咗取消咗，退錢仲要等三十日，換邊個都會嬲。我講啱唔啱？", "粵: 星期六個烘焙班, 個 a linker after the weekday")
ans("partial", "即係你交咗六百蚊報咗下星期六個烘焙班，今朝收到短訊話取消咗，換邊個都會嬲。我講啱唔啱？", "粵: the thirty-day refund left out")
ans("poor", "即係你報咗下星期日個烘焙班，交咗八百蚊，係咪咁？", "粵: the day and the price wrong, no feeling")

cust("zh-Hant", "我約咗你哋師傅禮拜三上門裝冷氣，我特登請咗一日假。等到五點都冇人嚟，打電話話排錯咗期，要再等一個禮拜。",
     [("when", ["禮拜三", "星期三"]), ("leave", ["請咗一日假", "請假"]), ("waited", ["五點", "5點"]), ("wrong", ["排錯", "搞錯"]), ("again", ["一個禮拜", "一個星期", "一星期"])],
     FEEL_T, CHECK_T)
ans("good", "你為咗星期三個安裝特登請咗一日假，等到五點都冇師傅嚟，打去先話排錯咗期，仲要等多一個星期，真係好嬲。我理解得啱唔啱？", "粵: 星期三個安裝 and 一個星期 for 一個禮拜")
ans("partial", "你為咗星期三個安裝特登請咗一日假，等到五點都冇師傅嚟，真係好嬲。我理解得啱唔啱？", "粵: the wrong booking and the week's wait left out")
ans("poor", "你約咗星期四，等到三點師傅就嚟咗，係咪？", "粵: weekday and hour wrong, arrival turned round")

# (1) A day of the month without its month.
cust("zh-Hans", "我三月二号在你们店里定做了一套西装，说好十五天取。今天都三月二十号了还没做好，下周六我就要当伴郎。",
     [("ordered", ["三月二号", "3月2日", "3月2号"]), ("promise", ["十五天", "15天"]), ("now", ["三月二十号", "3月20日", "3月20号"]), ("wedding", ["伴郎", "下周六"])],
     FEEL_S, CHECK_S)
ans("good", "您三月二号定的西装，说好十五天能取，到今天二十号了还没做好，下周六您就要当伴郎，肯定急坏了。我理解得对吗？", "二十号 without its month restates 三月二十号")
ans("partial", "您三月二号定的西装，说好十五天能取，到今天二十号还没做好，肯定急坏了。我理解得对吗？", "the wedding left out")
ans("poor", "您三月十二号定的西装，说好二十天取，今天已经做好了，对吗？", "dates wrong, not-ready denied, no feeling")

cust("zh-Hant", "我們十一月五號在你們家具行訂了一張實木餐桌，付了三萬二，說好兩週到貨。今天都十一月二十五號了，客服只會說在路上。",
     [("ordered", ["十一月五號", "11月5號", "11月5日"]), ("paid", ["三萬二", "32000", "3萬2"]), ("promise", ["兩週", "兩個禮拜", "十四天"]), ("now", ["十一月二十五", "11月25"]), ("reply", ["在路上"])],
     FEEL_T, CHECK_T)
ans("good", "您十一月五號訂了三萬二的實木餐桌，說好兩個禮拜到，到今天二十五號了還沒來，客服一直說在路上，真的很煩。我理解得對嗎？", "台: 二十五號 without its month; 兩個禮拜 for 兩週")
ans("partial", "您十一月五號訂了三萬二的實木餐桌，說好兩個禮拜到，客服一直說在路上，真的很煩。我理解得對嗎？", "台: today's date left out")
ans("poor", "您十一月十五號訂了兩萬二的餐桌，已經送到了，對嗎？", "台: date and price wrong, delivery turned round")

# (2) A minor value with its half left off.
cust("zh-Hans", "我预约了你们周日上午九点半的宠物美容，特意早到了十分钟。结果等到十一点才轮到我家狗，剪完耳朵还被剪破了一个小口子。",
     [("booked", ["九点半", "9点半", "9:30"]), ("early", ["十分钟", "10分钟"]), ("turn", ["十一点", "11点"]), ("cut", ["剪破", "口子"])],
     FEEL_S, CHECK_S)
ans("good", "您约的是周日上午九点半，还提早十分钟到了，结果拖到十一点才给狗狗剪，耳朵还剪破了个口子，换谁都心疼。我说得对吗？", "every time said whole")
ans("partial", "您约的是周日上午九点，还提早十分钟到了，结果拖到十一点才给狗狗剪，耳朵还剪破了个口子，换谁都心疼。我说得对吗？", "九点 for 九点半: a minor value wrong")
ans("poor", "您约的是下午三点，狗狗剪得挺好，对吗？", "time wrong, cut denied, no feeling")

cust("zh-Hant", "我租咗你哋架旅遊巴去郊遊，約好朝早八點半喺學校門口等。司機十點先到，仲要兜錯路，成班細路喺太陽底下等咗個半鐘。",
     [("agreed", ["八點半", "8點半", "8:30"]), ("came", ["十點", "10點"]), ("lost", ["兜錯路", "行錯路", "蕩失路"]), ("wait", ["個半鐘", "一個半鐘", "90分鐘"])],
     FEEL_T, CHECK_T)
ans("good", "約好八點半喺學校門口，司機十點先到，仲兜錯路，啲細路喺太陽底下曬咗個半鐘，換邊個都會嬲。我講啱唔啱？", "粵: every time said whole")
ans("partial", "約好八點喺學校門口，司機十點先到，仲兜錯路，啲細路喺太陽底下曬咗個半鐘，換邊個都會嬲。我講啱唔啱？", "粵: 八點 for 八點半: a minor value wrong")
ans("poor", "約好十點，司機八點半就到咗，係咪？", "粵: the two times each other's, no feeling")

cust("zh-Hans", "我带孩子去你们医院打疫苗，排队排了两个半小时，轮到我们说疫苗没了，让明天再来。孩子发着低烧还被折腾了一上午。",
     [("queue", ["两个半小时", "2.5小时", "两个半钟头"]), ("none", ["疫苗没了", "没有疫苗", "没疫苗"]), ("again", ["明天", "再来"]), ("fever", ["低烧", "发烧"])],
     FEEL_S, CHECK_S)
ans("good", "您带着发低烧的孩子排了两个半钟头，轮到了却说疫苗没了，还让明天再跑一趟，真是太辛苦了。我说得对吗？", "两个半钟头 for 两个半小时")
ans("partial", "您带着发低烧的孩子排了两个钟头，轮到了却说疫苗没了，还让明天再跑一趟，真是太辛苦了。我说得对吗？", "两个钟头 for 两个半小时: a minor value wrong")
ans("poor", "您排了半小时就打上了疫苗，对吗？", "queue wrong, vaccine given, no feeling")

# (3) A verb-object word retold by its verb.
cust("zh-Hans", "你们去年给我家阳台做的防水，花了六千。这个月连着下了几场雨，楼下邻居说他家天花板渗水，墙皮都泡起来了，要我赔。",
     [("paid", ["六千", "6000"]), ("seep", ["渗水", "漏水"]), ("neighbour", ["楼下", "邻居"]), ("compensate", ["赔"])],
     FEEL_S, CHECK_S)
ans("good", "去年我们给您阳台做的防水，花了六千，这个月几场雨下来，水往楼下邻居家天花板里渗，墙皮都泡起来了，人家还要您赔，难怪您着急。我说得对吗？", "渗水 told as 水往…里渗")
ans("partial", "去年给您阳台做的防水花了六千，这个月下雨后楼下邻居家天花板渗水，墙皮都泡起来了，难怪您着急。我说得对吗？", "the neighbour's claim left out")
ans("poor", "防水是您自己找人做的，楼下也没渗水，对吗？", "the work and the seeping denied, no feeling")

cust("zh-Hant", "我上禮拜在你們車行換了機油，才騎兩天引擎下面就一直漏油，停車位都是油漬。我回去問，師傅說是我停的地方不平。",
     [("when", ["上禮拜", "上週", "上星期"]), ("leak", ["漏油"]), ("stain", ["油漬", "油"]), ("excuse", ["不平", "停的地方"])],
     FEEL_T, CHECK_T)
ans("good", "您上禮拜來換機油，騎沒兩天油就一直從引擎底下往外漏，車位都是油漬，師傅還推說是您停的地方不平，換作是我也會生氣。我理解得對嗎？", "台: 漏油 told as 油…往外漏")
ans("partial", "您上禮拜來換機油，騎沒兩天油就一直從引擎底下往外漏，車位都是油漬，換作是我也會生氣。我理解得對嗎？", "台: the mechanic's excuse left out")
ans("poor", "您上禮拜換完機油車子都沒問題，對嗎？", "台: the leak denied, no feeling")

cust("zh-Hant", "我訂咗你哋半打生日蛋糕杯，寫明要藍色忌廉，今日攞到係粉紅色，仲有兩個壓扁咗。個派對今晚七點就開始。",
     [("count", ["半打", "六個", "6個"]), ("colour", ["藍色"]), ("got", ["粉紅"]), ("squashed", ["兩個", "壓扁"]), ("party", ["七點", "7點"])],
     FEEL_T, CHECK_T)
ans("good", "你訂咗六個蛋糕杯寫明要藍色忌廉，攞到嘅係粉紅色，仲有兩個壓扁咗，今晚七點就開派對，真係好心急。我理解得啱唔啱？", "粵: 六個 for 半打")
ans("partial", "你訂咗半打蛋糕杯寫明要藍色忌廉，攞到嘅係粉紅色，仲有兩個壓扁咗，真係好心急。我理解得啱唔啱？", "粵: the party's time left out")
ans("poor", "你訂咗一打粉紅色蛋糕杯，攞到係藍色，係咪？", "粵: count wrong, colours each other's, no feeling")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pz32")
