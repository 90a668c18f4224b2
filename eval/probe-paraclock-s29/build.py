"""Session 29's Chinese clock probe (paraclock29): a time the customer gave with its half or minutes
(两点半, 八点半, 十點半, 六点半) said on the hour in an answer whose other values hold the missing
characters (三点十分, 三十个人, 三百蚊, 三道): a minor value wrong, partial; the same answers with the
time right (good) and with the story reversed (poor). zh-Hans, 粵 and 台, domains of my own."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "抱歉", "对不起", "失望"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換作是我", "嬲", "氣", "抱歉", "對不起", "失望"]

P = Probe()
cust, ans = P.cust, P.ans


cust("zh-Hant", "我約了下午兩點半在你們門市取件，結果等到三點十分才有人拿出來，還少了一個零件。我特地請假，真的很氣。",
     [("appt", ["兩點半", "2點半", "兩點三十"]), ("out", ["三點十分", "3點10分"]), ("part", ["少了一個零件", "少一個零件"]), ("leave", ["請假"])], FEEL_T, CHECK_T)
ans("good", "您約了下午兩點半取件，等到三點十分才拿出來，還少一個零件，您是特地請假來的，換作是我也會很氣。我這樣理解對嗎？", "台: all facts")
ans("partial", "您約了下午兩點取件，等到三點十分才拿出來，還少一個零件，您特地請假來，真的很抱歉。對嗎？", "台: 兩點 for 兩點半, a minor time wrong")
ans("poor", "您約的是三點，兩點半就拿到了，零件也都齊全，對嗎？", "台: reversed, no feeling")

cust("zh-Hans", "说好早上八点半送到的蛋糕，九点二十才来，我们的早会都开完了。一共三十个人的早餐，花了我一千三。",
     [("deliver", ["八点半", "8点半", "八点三十"]), ("came", ["九点二十", "9点20"]), ("people", ["三十个人", "30个人"]), ("paid", ["一千三", "1300"])], FEEL_S, CHECK_S)
ans("good", "说好早上八点半送到，九点二十才来，三十个人的早餐花了一千三，早会都开完了，难怪您生气。我理解得对吗？", "all facts")
ans("partial", "说好早上八点送到，九点二十才来，三十个人的早餐花了一千三，早会都开完了，难怪您生气。我理解得对吗？", "八点 for 八点半, a minor time wrong")
ans("poor", "蛋糕八点半就送到了，只是少了几份，对吗？", "reversed, no feeling")

cust("zh-Hant", "我約咗師傅朝早十點半上門整冷氣，佢十二點先到，搞咗半個鐘又話要換零件，收咗我三百蚊上門費。",
     [("appt", ["十點半", "10點半", "十點三十"]), ("came", ["十二點", "12點"]), ("fee", ["三百"]), ("part", ["換零件"])], FEEL_T, CHECK_T)
ans("good", "你約咗師傅十點半上門，佢十二點先到，整咗半個鐘又話要換零件，仲收咗你三百蚊上門費，梗係好嬲啦。我理解得啱唔啱？", "粵: all facts")
ans("partial", "你約咗師傅十點上門，佢十二點先到，整咗半個鐘又話要換零件，仲收咗你三百蚊上門費，我明白你好嬲。係咪咁？", "粵: 十點 for 十點半, a minor time wrong")
ans("poor", "師傅準時十點半到，零件都換好咗，係咪咁？", "粵: reversed, no feeling")

cust("zh-Hans", "我订的是晚上六点半的桌，到了说没位，让我们等到七点四十。带着两个老人等了一个多小时，菜还上错了三道。",
     [("booked", ["六点半", "6点半", "六点三十"]), ("seated", ["七点四十", "7点40"]), ("elders", ["老人"]), ("wrong", ["上错了三道", "上错三道"])], FEEL_S, CHECK_S)
ans("good", "您订的是晚上六点半的桌，到了却没位，带着两位老人等到七点四十，菜还上错了三道，换谁都会生气。我说得对吗？", "all facts")
ans("partial", "您订的是晚上六点的桌，到了却没位，带着两位老人等到七点四十，菜还上错了三道，换谁都会生气。我说得对吗？", "六点 for 六点半, a minor time wrong")
ans("poor", "您六点半准时入座了，只是菜上得慢一点，对吗？", "reversed, no feeling")

P.write("paraphrases.jsonl", "pc29")
