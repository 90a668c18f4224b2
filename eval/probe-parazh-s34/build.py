"""Session 34's Chinese restatement probe (parazh34), written from the digest's rules and my own sense of
agent language, not from any round's rows. Goods restate every fact in other words: a length told against a
bound (差几天就一个月, 不到三天, 大半個鐘, 一個多禮拜, 將近十分鐘, 半個月 for 兩個禮拜), a fall told with another
verb and its result (滑倒, 仆低), a count told as a share (每三双就有一双) or in another measure word (两趟, 三轉,
兩下, 三回), 下礼拜 / 下周 / 下星期 for one another, a price per period (每月129, 月费399), bare money after a
verb of paying (收了550块 → 收了您五百五 in the poor). Partials have exactly one shortfall (a fact left out, no
feeling, no check, one minor count wrong, or one direction said the other way: 出口 for 入口, 進門 for 出門);
poors a wrong or swapped fact (origin and destination after 从 / 由 / 寄到 turned round, the account reversed,
several values wrong). zh-Hans, 粵 and 台."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, FEEL_S, FEEL_T, Probe  # noqa: E402

P = Probe()
cust, ans = P.cust, P.ans

cust("zh-Hans", "我家宽带从上个月八号开始就三天两头断网，到今天整整二十五天了，每个月交一百二十九，师傅来了两回都没修好。我在家办公，下礼拜三还要跟客户开视频会，急死了。",
     [("days", ["二十五天", "25天"]), ("fee", ["一百二十九", "129"]), ("visits", ["两回", "两次", "2次"]), ("drops", ["断网", "掉线"]), ("meeting", ["下礼拜三", "下周三", "下星期三"])],
     FEEL_S, CHECK_S)
ans("good", "您家宽带上个月八号起就老掉线，算下来差几天就一个月了，每月129的套餐，师傅上门两趟都没弄好，您在家上班，下周三还得跟客户视频，换谁都着急。我理解得对吗？", "差几天就一个月 for 二十五天, 每月129, 两趟 for 两回, 掉线, 下周三 for 下礼拜三")
ans("partial", "您家宽带上个月八号起就老掉线，算下来差几天就一个月了，师傅上门两趟都没弄好，您在家上班，下周三还得跟客户视频，换谁都着急。我理解得对吗？", "the monthly fee left out")
ans("poor", "您家宽带断了快两个月了，师傅上门五次都没弄好，您下个月要开会，换谁都着急。我理解得对吗？", "length and visits wrong, the fee left out")

cust("zh-Hans", "我订了你们十二号早上从成都飞昆明的航班，到了机场才说航班取消，只能改签到第二天。我在成都多住了一晚酒店，花了四百八，还错过了昆明那边婚礼的彩排，太窝火了。",
     [("route", ["成都飞昆明", "成都到昆明", "从成都"]), ("date", ["十二号", "12号"]), ("next", ["第二天", "十三号", "13号"]), ("hotel", ["四百八", "480"]), ("rehearsal", ["彩排"])],
     FEEL_S, CHECK_S)
ans("good", "您十二号一早本该从成都飞往昆明，到机场才知道航班取消了，只能改到转天走，在成都白白多付了480块住酒店，昆明的婚礼彩排也没赶上，难怪您这么窝火。我说得对吗？", "转天 for 第二天, 飞往, 480块")
ans("partial", "您十二号一早本该从成都飞往昆明，到机场才知道航班取消了，只能改到转天走，昆明的婚礼彩排也没赶上，难怪您这么窝火。我说得对吗？", "the hotel left out")
ans("poor", "您十二号一早本该从昆明飞往成都，到机场才知道航班取消了，只能改到转天走，在昆明白白多付了480块住酒店，成都的婚礼彩排也没赶上，难怪您这么窝火。我说得对吗？", "origin and destination turned round")

cust("zh-Hans", "上周六我妈在你们超市门口的坡道上摔倒了，伤了手腕，那块地刚拖过，连个提示牌都没放。拍片加包扎花了六百三，她都七十二岁了，我现在想起来还后怕。",
     [("where", ["坡道", "门口"]), ("fall", ["摔倒", "跌倒"]), ("wrist", ["手腕"]), ("sign", ["提示牌", "没放"]), ("cost", ["六百三", "630"]), ("age", ["七十二", "72"])],
     FEEL_S, CHECK_S)
ans("good", "上礼拜六老太太在我们门口的坡道上滑倒了，把手腕伤了，地面刚拖完却连块警示牌都没摆，拍片包扎用了630元，老人家七十二了，您后怕是肯定的，我理解。我说得对吗？", "滑倒 for 摔倒, 警示牌, 630元")
ans("partial", "上礼拜六老太太在我们门口的坡道上滑倒了，把手腕伤了，拍片包扎用了630元，老人家七十二了，您后怕是肯定的，我理解。我说得对吗？", "the missing sign left out")
ans("poor", "您母亲在店里自己绊了一下，没什么大碍，您是想问能不能报销，对吗？", "the account reversed, most facts missing")

cust("zh-Hans", "我在你们店换手机屏幕，报价说三百八，取机的时候却收了我五百五，说是加了贴膜和清灰，事先根本没问过我。换完没三天屏幕又开始闪了。",
     [("quote", ["三百八", "380"]), ("charged", ["五百五", "550"]), ("extra", ["贴膜", "清灰"]), ("asked", ["没问", "没有问"]), ("flicker", ["闪"])],
     FEEL_S, CHECK_S)
ans("good", "您来换屏时我们报的是380，取机却收了550块，多出来的是贴膜和清灰，事先也没人征求您的意见，结果用了不到三天屏幕又闪了，难怪您不舒服。我说得对吗？", "550块 for 五百五, 没人征求您的意见 for 没问过")
ans("partial", "您来换屏时我们报的是380，取机却收了550块，多出来的是贴膜和清灰，事先也没人征求您的意见，结果用了不到三天屏幕又闪了。我说得对吗？", "no feeling")
ans("poor", "您来换屏时我们报的是四百八，取机收了您六百五，多出来的是贴膜和清灰，您当时也同意了，结果屏幕又闪了，难怪您不舒服。我说得对吗？", "both amounts wrong, the customer's consent made up")

cust("zh-Hans", "我在你们停车场办了月卡，一个月两百六。这个礼拜我三次开到负二层的入口，闸机都不认卡，只能走临时通道，每次还要另交十五块。",
     [("card", ["月卡"]), ("fee", ["两百六", "260"]), ("times", ["三次", "3次"]), ("gate", ["入口"]), ("extra", ["十五", "15"])],
     FEEL_S, CHECK_S)
ans("good", "您在我们停车场办的月卡每月260，这个星期已经三回在负二层入口刷不开闸，只好绕临时通道，每回还得另掏15块，换谁都会烦。我理解得对吗？", "每月260, 三回, 星期 for 礼拜, 15块")
ans("partial", "您在我们停车场办的月卡每月260，这个星期已经三回在负二层出口刷不开闸，只好绕临时通道，每回还得另掏15块，换谁都会烦。我理解得对吗？", "one direction said the other way: 出口 for 入口")
ans("poor", "您办的是年卡，两千六，出口闸机偶尔不认卡，您想退卡，对吗？", "card, fee and gate wrong")

cust("zh-Hans", "我在你们网店给孩子买了六双雨靴，收到后有两双是左右脚一样大的，退货的运费还要我自己出二十块。孩子下周一就开学了，真是闹心。",
     [("qty", ["六双", "6双"]), ("wrong", ["两双", "2双"]), ("same", ["一样大", "同一只脚", "左右"]), ("fee", ["二十", "20"]), ("school", ["下周一", "下星期一", "下礼拜一"])],
     FEEL_S, CHECK_S)
ans("good", "您给孩子买的六双雨靴里，每三双就有一双两只鞋一样大，退货还让您自己掏20块运费，孩子下礼拜一就开学了，确实闹心。我说得对吗？", "每三双就有一双 for two of six, 下礼拜一 for 下周一")
ans("partial", "您给孩子买的六双雨靴里，有三双两只鞋一样大，退货还让您自己掏20块运费，孩子下礼拜一就开学了，确实闹心。我说得对吗？", "one minor count wrong: 三双 for 两双")
ans("poor", "您买了两双雨靴，六双都有问题，我们包运费，孩子下个月开学，对吗？", "counts swapped, the fee turned round")

cust("zh-Hant", "我上個禮拜四喺你哋度做咗冷氣清洗，收咗我八百蚊，點知師傅走咗之後部機一直滴水，滴到地板都起晒泡。我打咗三次電話，你哋話下個禮拜先有人上嚟。",
     [("day", ["禮拜四", "星期四"]), ("fee", ["八百", "800"]), ("drip", ["滴水", "漏水"]), ("floor", ["地板", "起泡"]), ("calls", ["三次", "3次"]), ("next", ["下個禮拜", "下星期"])],
     FEEL_T, CHECK_T)
ans("good", "你上星期四搵我哋洗冷氣，俾咗$800，師傅一走部機就不停漏水，啲地板都起晒泡，你打咗三轉電話，我哋仲話要等到下星期先上門，換邊個都會好嬲。我咁講啱唔啱？", "三轉 for 三次, $800, 下星期 for 下個禮拜")
ans("partial", "你上星期四搵我哋洗冷氣，俾咗$800，師傅一走部機就不停漏水，你打咗三轉電話，我哋仲話要等到下星期先上門，換邊個都會好嬲。我咁講啱唔啱？", "the floor left out")
ans("poor", "你上星期四洗冷氣，係你自己撞爛咗條水喉，我哋今日就上嚟，係咪咁？", "the account reversed")

cust("zh-Hant", "我阿爸喺你哋商場扶手電梯口跌咗一跤，撞親個頭，保安等咗成四十分鐘先嚟。佢八十歲人，我真係好心痛。",
     [("where", ["扶手電梯", "電梯口"]), ("fall", ["跌", "跣"]), ("head", ["頭"]), ("wait", ["四十分鐘", "40分鐘"]), ("age", ["八十", "80"])],
     FEEL_T, CHECK_T)
ans("good", "你阿爸喺商場扶手電梯口仆低，個頭都撞親，保安隔咗大半個鐘先到，佢八十歲人，你咁心痛我明白。我講得啱唔啱？", "仆低 for 跌咗一跤, 大半個鐘 for 四十分鐘")
ans("partial", "你阿爸喺商場扶手電梯口仆低，個頭都撞親，保安隔咗大半個鐘先到，佢八十歲人，你咁心痛我明白。", "no check")
ans("poor", "你阿爸喺電梯入面自己跌親隻腳，保安五分鐘就到，係咪？", "where, what and the wait wrong")

cust("zh-Hant", "我哋一家四口搭你哋嘅觀光船由中環去長洲，每位一百八，船開到一半死火，喺海中心漂咗一個鐘頭先有船嚟拖，細路吐到面都青埋。",
     [("route", ["中環去長洲", "去長洲", "由中環"]), ("people", ["四口", "四個人", "4個人"]), ("fare", ["一百八", "180"]), ("stuck", ["死火", "壞"]), ("wait", ["一個鐘", "1個鐘"])],
     FEEL_T, CHECK_T)
ans("good", "你哋一家四個人搭我哋觀光船由中環入長洲，每人$180，行到半路部機壞咗，喺海中間漂咗成個鐘頭先有船拖，個細路仲暈船吐到面青，真係對唔住。我講得啱唔啱？", "入長洲 for 去長洲, $180, 部機壞咗 for 死火, 成個鐘頭")
ans("partial", "你哋一家五個人搭我哋觀光船由中環入長洲，每人$180，行到半路部機壞咗，喺海中間漂咗成個鐘頭先有船拖，個細路仲暈船吐到面青，真係對唔住。我講得啱唔啱？", "one minor count wrong: 五個人 for 四口")
ans("poor", "你哋由長洲返中環，船遲咗開，等咗十分鐘，係咪？", "the route turned round, what happened and the wait wrong")

cust("zh-Hant", "我在你們的平台買了線上吉他課，一個月三百九十九，說好每週二晚上八點直播，結果這個月已經取消了三次，都是開課前半小時才通知。我下班趕回家都白趕了，真的很傻眼。",
     [("fee", ["三百九十九", "399"]), ("slot", ["週二", "星期二", "禮拜二"]), ("time", ["八點", "8點"]), ("cancel", ["三次", "3次"]), ("notice", ["半小時", "三十分鐘"])],
     FEEL_T, CHECK_T)
ans("good", "您買的線上吉他課月費399，原本每個禮拜二晚上八點直播，這個月卻被取消了三回，每次都是開播前三十分鐘才通知，您下班趕回家都白跑，真的很傻眼，我明白。我這樣理解對嗎？", "月費399, 禮拜二 for 週二, 三回, 三十分鐘 for 半小時")
ans("partial", "您買的線上吉他課月費399，原本每個禮拜二晚上八點直播，這個月卻被取消了兩回，每次都是開播前三十分鐘才通知，您下班趕回家都白跑，真的很傻眼，我明白。我這樣理解對嗎？", "one minor count wrong: 兩回 for 三次")
ans("poor", "您買的是一年的課，三千九百九十九，老師都有準時上課，只是您下班趕不回來，對嗎？", "price and period wrong, the account reversed")

cust("zh-Hant", "我上禮拜從台中寄了兩箱文旦到高雄給我阿嬤，運費花了三百二，結果到現在八天了還沒到，查單號一直顯示在台南轉運站。文旦放太久會壞，我很擔心。",
     [("from", ["台中"]), ("to", ["高雄"]), ("boxes", ["兩箱", "2箱"]), ("fee", ["三百二", "320"]), ("days", ["八天", "8天"]), ("stuck", ["台南"])],
     FEEL_T, CHECK_T)
ans("good", "您上星期從台中寄兩箱文旦去高雄給阿嬤，運費三百二，已經一個多禮拜都沒送到，查件一直卡在台南的轉運站，水果放久了會壞，難怪您擔心。我理解得對嗎？", "一個多禮拜 for 八天, 去高雄 for 到高雄")
ans("partial", "您上星期從台中寄兩箱文旦去高雄給阿嬤，運費三百二，已經一個多禮拜都沒送到，查件一直卡在台南的轉運站。我理解得對嗎？", "no feeling")
ans("poor", "您上星期從高雄寄兩箱文旦去台中給阿嬤，運費三百二，已經一個多禮拜都沒送到，查件一直卡在台南的轉運站，水果放久了會壞，難怪您擔心。我理解得對嗎？", "origin and destination turned round")

cust("zh-Hant", "你們裝在我家大門的電子鎖，從裡面出門要按兩次才會開，昨天半夜我媽要去看急診，在門口卡了快十分鐘。鎖加安裝一共一萬二，才裝了兩個禮拜。",
     [("lock", ["電子鎖"]), ("out", ["出門", "裡面"]), ("presses", ["兩次", "2次"]), ("stuck", ["十分鐘", "10分鐘"]), ("cost", ["一萬二", "12000"]), ("since", ["兩個禮拜", "兩週", "兩星期"])],
     FEEL_T, CHECK_T)
ans("good", "我們幫您裝的大門電子鎖，人在屋裡要出門得按兩下才開，昨晚三更半夜您媽媽要去看急診，在門口卡了將近十分鐘，一萬二裝好才半個月，換作是我也會很擔心。我理解得對嗎？", "兩下 for 兩次, 將近十分鐘, 半個月 for 兩個禮拜")
ans("partial", "我們幫您裝的大門電子鎖，人在屋外要進門得按兩下才開，昨晚三更半夜您媽媽要去看急診，在門口卡了將近十分鐘，一萬二裝好才半個月，換作是我也會很擔心。我理解得對嗎？", "one direction said the other way: 進門 for 出門")
ans("poor", "電子鎖從外面按一下就開了，您媽媽在門口等了一個小時，鎖是您自己裝的，對嗎？", "presses, wait and who installed it wrong")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pz34")
