"""Session 33's second Chinese restatement probe (parazh33b), written from my own sense of agent language,
not from any round's rows, after the first probe's run and before any judge change. Two clause structures:
(1) a length of time said in another word or measure word (三个钟头 for 三个小时, 兩粒鐘 for 兩個鐘, 四十来分钟)
followed by a negation of what did not happen in that time (都没修好, 都仲未搞掂): the time is not denied;
(2) a passive fact (被拒, 被退回) retold actively with the thing fronted by 把 (把它拒了, 把申請退了回去).
Goods restate every fact so; partials leave one fact out; poors give a wrong value or turn a fact round.
zh-Hans, 粵 and 台."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, FEEL_S, FEEL_T, Probe  # noqa: E402

P = Probe()
cust, ans = P.cust, P.ans

cust("zh-Hans", "你们的师傅上门修热水器，折腾了三个小时还是修不好，最后说要换主板，又收了我两百块上门费。",
     [("hours", ["三个小时", "3个小时", "三小时"]), ("notfixed", ["修不好", "没修好"]), ("board", ["主板"]), ("fee", ["两百", "200"])],
     FEEL_S, CHECK_S)
ans("good", "师傅上门给您修热水器，弄了三个钟头都没修好，最后说得换主板，还收了您200块上门费，换谁都窝火。我理解得对吗？", "三个钟头 for 三个小时, then 都没修好: the time is not denied")
ans("partial", "师傅上门给您修热水器，弄了三个钟头都没修好，最后说得换主板，换谁都窝火。我理解得对吗？", "the call-out fee left out")
ans("poor", "师傅上门给您修热水器，弄了一个钟头就修好了，还收了您200块上门费，对吗？", "the time wrong and the repair turned round, no feeling")

cust("zh-Hans", "我打你们客服热线，排队排了四十分钟也没人接，最后还被自动挂断了。",
     [("waited", ["四十分钟", "40分钟"]), ("noanswer", ["没人接", "无人接听"]), ("hungup", ["挂断", "挂了"])],
     FEEL_S, CHECK_S)
ans("good", "您打我们的客服热线，足足排了四十来分钟都没有人接，最后还被系统挂了，换谁都会生气。我理解得对吗？", "四十来分钟 then 都没有人接")
ans("partial", "您打我们的客服热线，足足排了四十来分钟都没有人接，换谁都会生气。我理解得对吗？", "the hang-up left out")
ans("poor", "您打我们的客服热线，排了十分钟就接通了，后来被挂了，换谁都会生气。我理解得对吗？", "the wait wrong and the answer turned round")

cust("zh-Hant", "我喺你哋藥房排隊攞藥，排咗一個半鐘都未輪到，個護士仲話名單上冇我個名。",
     [("waited", ["一個半鐘", "個半鐘"]), ("notyet", ["未輪到", "冇輪到"]), ("noname", ["冇我個名", "冇名"])],
     FEEL_T, CHECK_T)
ans("good", "你喺藥房排隊攞藥，排咗成個半小時都仲未輪到你，護士仲話名單度冇你個名，真係好嬲。我理解得啱唔啱？", "粵: 個半小時 for 一個半鐘 then 都仲未輪到")
ans("partial", "你喺藥房排隊攞藥，排咗成個半小時都仲未輪到你，真係好嬲。我理解得啱唔啱？", "粵: the missing name left out")
ans("poor", "你喺藥房排隊攞藥，排咗半個鐘就輪到你，護士話名單度冇你個名，真係好嬲。我理解得啱唔啱？", "粵: the wait wrong and the turn turned round")

cust("zh-Hant", "我部車送去你哋度換胎，等咗兩個鐘都未搞掂，啲師傅仲喺度食飯。",
     [("waited", ["兩個鐘", "2個鐘", "兩小時"]), ("notdone", ["未搞掂", "冇搞掂"]), ("lunch", ["食飯"])],
     FEEL_T, CHECK_T)
ans("good", "你架車送嚟換軚，等足兩粒鐘都仲未搞掂，師傅仲坐喺度食緊飯，真係好冇癮，換邊個都嬲。我理解得啱唔啱？", "粵: 兩粒鐘 for 兩個鐘 then 都仲未搞掂")
ans("partial", "你架車送嚟換軚，等足兩粒鐘都仲未搞掂，換邊個都嬲。我理解得啱唔啱？", "粵: the mechanics eating left out")
ans("poor", "你架車送嚟換軚，等咗半個鐘就搞掂咗，師傅仲坐喺度食緊飯，換邊個都嬲。我理解得啱唔啱？", "粵: the wait wrong and the job turned round")

cust("zh-Hant", "我的退稅申請被你們退回，說我少附一張收據，可是我明明有附。",
     [("returned", ["被退回", "退件"]), ("receipt", ["收據"]), ("attached", ["有附", "附了"])],
     FEEL_T, CHECK_T)
ans("good", "您的退稅申請，我們說少一張收據就把它退了回去，可是您明明附了，難怪您生氣。是這樣嗎？", "台: 把它退了回去 for 被退回")
ans("partial", "您的退稅申請，我們說少一張收據就把它退了回去，難怪您生氣。是這樣嗎？", "台: that it was attached left out")
ans("poor", "您的退稅申請已經通過了，只是您少附了一張收據，難怪您生氣。是這樣嗎？", "台: the return turned round, the receipt said missing")

cust("zh-Hans", "我上周在你们平台申请提现被拒了，一千五百块卡在账户里，客服说我实名信息不全，可我早就认证过了。",
     [("rejected", ["被拒", "拒绝", "驳回"]), ("amount", ["一千五", "1500"]), ("reason", ["实名"]), ("verified", ["认证过", "认证了"])],
     FEEL_S, CHECK_S)
ans("good", "您上周在平台申请提现一千五，我们说实名信息不全就把它拒了，可您早就认证过了，钱一直卡在账户里，难怪您着急。我说得对吗？", "把它拒了 for 被拒")
ans("partial", "您上周在平台申请提现一千五，我们说实名信息不全就把它拒了，钱一直卡在账户里，难怪您着急。我说得对吗？", "that it was verified left out")
ans("poor", "您上周在平台申请提现两千五，我们说实名信息不全就把它拒了，因为您一直没认证，难怪您着急。我说得对吗？", "the amount wrong and the verification turned round")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pz33b")
