"""Session 28 probe (parawrong28): poor restatements that swap two of the customer's values or items,
tell who did what the other way round, say early for late or refused for accepted, or leave most of
the story out with the feeling missing too; partial controls with one minor value wrong (how much,
when) or one fact and the feeling short; good ones in free words. Written from the digest and the
labelling rules (partial = one shortfall; poor = a key fact wrong, values swapped, a fact reversed,
most of the story missing), not from dev rows; en, zh-Hans, 粵 and 台. Run: python3 build.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import _row, _write  # noqa: E402

FEEL_EN = ["sorry", "frustrating", "annoying", "upsetting", "disappointing", "worrying", "stressful",
           "maddening", "understand", "no wonder", "I can see", "must be", "that sounds"]
CHECK_EN = ["is that right", "have I got that right", "did I get that right", "is that correct", "have I got that"]
FEEL_ZH = ["理解", "难怪", "换了谁都", "生气", "着急", "窝火", "委屈", "嬲", "明白", "難受", "火大", "失望", "難怪", "心急"]
CHECK_ZH = ["对吗", "对不对", "是这样吗", "我理解得对吗", "啱唔啱", "係咪咁", "對嗎", "是這樣嗎", "对不"]

rows = []


def add(id_, lang, customer, facts, answer, label, why):
    feel, check = (FEEL_EN, CHECK_EN) if lang == "en" else (FEEL_ZH, CHECK_ZH)
    crit = [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}]
    rows.append(_row(id_, lang, customer, crit, answer, label, why))


KILN = ("I booked a two-hour pottery wheel session for my daughter's 16th on Saturday, eight of us at £25 each. "
        "Your studio had double-booked the room, so we got a 40-minute taster with two wheels. She was so embarrassed.")
KILN_F = [("length", ["two-hour", "two hours", "2 hours", "2-hour"]), ("birthday", ["16th", "sixteenth", "birthday"]),
          ("people", ["eight", "8"]), ("price", ["£25", "25"]), ("double", ["double-booked", "double booked", "double-booking", "two bookings"]),
          ("taster", ["40-minute", "40 minutes", "forty minutes", "forty-minute"])]
add("pw-en-01g", "en", KILN, KILN_F,
    "So you'd paid £25 a head for eight of you to have two hours on the wheels for your daughter's 16th, and because we'd double-booked the room you got a 40-minute taster on two wheels instead. That must have been mortifying for her. Have I got that right?",
    "good", "all facts in own words, feeling and check")
add("pw-en-01p", "en", KILN, KILN_F,
    "So eight of you were booked for a two-hour session for her 16th at £30 each, the room was double-booked and you ended up with a 40-minute taster. I can see why she was embarrassed. Is that right?",
    "partial", "one minor amount wrong (£30 for £25), feeling and check there")
add("pw-en-01q", "en", KILN, KILN_F,
    "So you booked a 40-minute taster for eight and we gave you two hours because the room was double-booked? Is that right?",
    "poor", "the booked and the given lengths swapped; no feeling")

PLUMB = ("Your plumber was meant to come between 8 and 10 this morning to fix the leaking stopcock. He turned up at "
         "half twelve, said he didn't have the part, and left. I'd already turned the water off for the whole house and I've got two toddlers.")
PLUMB_F = [("window", ["8 and 10", "8 to 10", "eight and ten", "between 8", "8-10"]), ("late", ["half twelve", "12:30", "half past twelve"]),
           ("stopcock", ["stopcock", "stop tap"]), ("part", ["part", "parts"]), ("water", ["water off", "turned the water off", "no water"]),
           ("kids", ["toddlers", "two toddlers", "little ones"])]
add("pw-en-02g", "en", PLUMB, PLUMB_F,
    "You were told 8 to 10 this morning for the stopcock, the plumber only arrived at half twelve without the part and went again, and you'd had the water off all that time with two toddlers at home. No wonder you're fed up. Is that right?",
    "good", "all facts, feeling and check")
add("pw-en-02p", "en", PLUMB, PLUMB_F,
    "The plumber was due between 8 and 10 for your stopcock, got there at half twelve with no part and left, and you've got two toddlers. I can see how stressful that is. Is that right?",
    "partial", "one fact (water off) missing")
add("pw-en-02q", "en", PLUMB, PLUMB_F,
    "So the plumber came early, before 8, and you weren't ready for him, so he left without doing the stopcock? Is that right?",
    "poor", "late told as early; the customer blamed; most facts missing")

VET = ("I brought our rabbit Clover in on Monday for a dental check. Your nurse said she'd be ready by 3, but when "
       "I came at 3 I was told she'd been given a general anaesthetic I never agreed to, and the bill is £340. I'm really shaken.")
VET_F = [("pet", ["Clover", "rabbit"]), ("monday", ["Monday"]), ("ready", ["by 3", "3 o'clock", "three", "3pm"]),
         ("anaesthetic", ["anaesthetic", "put under", "sedated", "general"]), ("consent", ["never agreed", "didn't agree", "without your consent", "without asking", "not agreed", "didn't consent"]),
         ("bill", ["£340", "340"])]
add("pw-en-03g", "en", VET, VET_F,
    "You left Clover with us on Monday for a dental check, expecting her back at 3, and then found out she'd been put under a general anaesthetic without anyone asking you, with a £340 bill. That must be really upsetting. Is that right?",
    "good", "free words for consent")
add("pw-en-03p", "en", VET, VET_F,
    "Clover came in on Monday for her teeth, she was meant to be ready at 3, and she'd had a general anaesthetic you never agreed to. I understand how shaken you are. Is that correct?",
    "partial", "the bill missing")
add("pw-en-03q", "en", VET, VET_F,
    "So you asked us to give Clover a general anaesthetic on Monday and now you'd like the £340 bill checked? Is that right?",
    "poor", "consent reversed: the customer never agreed; no feeling")

SEATS = ("We bought four tickets for the comedy night on Friday, two in the front row and two upstairs, £60 in all. "
         "At the door they'd swapped us so the front-row pair went to strangers. My dad uses a wheelchair and can't manage stairs.")
SEATS_F = [("tickets", ["four", "4"]), ("front", ["front row", "front-row"]), ("upstairs", ["upstairs", "balcony", "circle"]),
           ("price", ["£60", "60"]), ("dad", ["dad", "father", "wheelchair"])]
add("pw-en-04g", "en", SEATS, SEATS_F,
    "You paid £60 for four seats on Friday, a pair in the front row and a pair upstairs, and the front-row ones were given to someone else, when your dad's in a wheelchair and can't do stairs. I'm so sorry. Have I got that right?",
    "good", "all facts")
add("pw-en-04p", "en", SEATS, SEATS_F,
    "You had four tickets on Friday, two front row and two upstairs, and the front-row pair went to other people, which is no good with your dad in a wheelchair. Is that right?",
    "partial", "the feeling missing, price missing")
add("pw-en-04q", "en", SEATS, SEATS_F,
    "So you paid £60 for two front-row seats and the door staff moved your dad downstairs? I'm sorry. Is that right?",
    "poor", "the account reversed (moved down, not away from the front row); most facts missing")

RENT = ("Your letting agent told me my deposit of £1,200 would be back within ten days of moving out. I moved out on "
        "1 April, it's now 5 May, and you've taken £450 off for cleaning I did myself. I have the receipts.")
RENT_F = [("deposit", ["£1,200", "1,200", "1200"]), ("ten", ["ten days", "10 days"]), ("moved", ["1 April", "April 1", "first of April"]),
          ("deduct", ["£450", "450"]), ("cleaning", ["cleaning", "cleaned"]), ("receipts", ["receipts", "receipt"])]
add("pw-en-05g", "en", RENT, RENT_F,
    "You were promised your £1,200 deposit back within ten days, you left on 1 April, it's now 5 May and £450 has been kept back for cleaning you'd done yourself, and you've got the receipts. That's really frustrating. Is that right?",
    "good", "all facts")
add("pw-en-05p", "en", RENT, RENT_F,
    "You were told you'd get the £1,200 back within twenty days, you moved out on 1 April and £450 was taken for cleaning you did yourself, and you have receipts. That sounds frustrating. Is that right?",
    "partial", "one minor duration wrong (twenty days for ten)")
add("pw-en-05q", "en", RENT, RENT_F,
    "So you left the flat on 1 April without cleaning it and we've charged you £450 for that? Is that right?",
    "poor", "who cleaned reversed; most facts missing; no feeling")

GYM = ("I cancelled my gym membership in writing on 2 January. You've still taken £39 in February and March, "
       "and when I rang, the manager said I'd never cancelled. I've got the email.")
GYM_F = [("cancelled", ["cancelled", "cancel"]), ("jan", ["2 January", "January 2", "2nd of January"]), ("fee", ["£39", "39"]),
         ("months", ["February and March", "Feb and March", "two months", "February"]), ("manager", ["manager"]), ("email", ["email", "e-mail", "in writing"])]
add("pw-en-06g", "en", GYM, GYM_F,
    "You cancelled in writing on 2 January, but £39 has still come out in February and March, and the manager told you on the phone that you'd never cancelled, though you have the email. I can see why you're annoyed. Is that right?",
    "good", "all facts")
add("pw-en-06p", "en", GYM, GYM_F,
    "You put your cancellation in writing on 2 January, and £39 went out in February and March anyway, with the manager saying you'd never cancelled. I'm sorry. Is that right?",
    "partial", "the email missing")
add("pw-en-06q", "en", GYM, GYM_F,
    "So the manager cancelled your membership on 2 January and you'd like the £39 back? Is that right?",
    "poor", "the customer's act given to the manager; most facts missing; no feeling")

PIANO = ("I had my upright piano moved from the lounge to the back bedroom on Thursday. Your two movers dropped it "
         "on the stairs, cracked the lid, and then charged me £90 extra for the stairs. It was my grandmother's.")
PIANO_F = [("piano", ["piano"]), ("thursday", ["Thursday"]), ("dropped", ["dropped", "dropping"]), ("lid", ["lid"]),
           ("extra", ["£90", "90"]), ("gran", ["grandmother", "gran", "grandma"])]
add("pw-en-07g", "en", PIANO, PIANO_F,
    "On Thursday our two movers dropped your grandmother's piano on the stairs moving it to the back bedroom, the lid's cracked, and on top of that you were charged £90 extra for the stairs. That's heartbreaking. Is that right?",
    "good", "all facts")
add("pw-en-07p", "en", PIANO, PIANO_F,
    "So on Thursday the movers dropped the piano on the stairs, the lid is cracked and they charged an extra £90 for the stairs. I'm sorry. Is that right?",
    "partial", "the grandmother missing")
add("pw-en-07q", "en", PIANO, PIANO_F,
    "So you dropped the piano on the stairs on Thursday and the movers charged £90 to fix the lid? Is that right?",
    "poor", "who dropped it reversed; what the £90 was for wrong; no feeling")

CAKE = "我上周六在你们店订了一个八寸的巧克力蛋糕给我女儿过生日，付了两百八。结果取的时候给我的是六寸的芒果蛋糕，店员还说是我自己订错了。孩子当场就哭了。"
CAKE_F = [("day", ["上周六", "上星期六"]), ("size", ["八寸", "8寸"]), ("flavour", ["巧克力"]), ("paid", ["两百八", "280", "二百八"]),
          ("got", ["六寸", "6寸", "芒果"]), ("blame", ["订错", "弄错", "搞错", "怪您"])]
add("pw-zhs-01g", "zh-Hans", CAKE, CAKE_F,
    "您上周六给女儿订了八寸的巧克力蛋糕，付了两百八，取货时拿到的却是六寸的芒果蛋糕，店员还怪您自己订错了，孩子当场哭了，换了谁都会生气。我理解得对吗？",
    "good", "all facts")
add("pw-zhs-01p", "zh-Hans", CAKE, CAKE_F,
    "您上周六订的八寸巧克力蛋糕，付了两百八，结果拿到的是六寸芒果的，孩子都哭了，难怪您这么生气。对吗？",
    "partial", "店员的话 missing")
add("pw-zhs-01q", "zh-Hans", CAKE, CAKE_F,
    "您订的是六寸的芒果蛋糕，我们给了您八寸的巧克力蛋糕，对吗？",
    "poor", "订的和拿到的对调；没有情感")

MOVE = "我约了你们搬家公司本周三早上八点搬家，说好三个师傅一辆车。结果十点半才来了两个人，搬到一半说要加五百块钱才肯继续。我下午还要交房，急死了。"
MOVE_F = [("day", ["周三", "星期三"]), ("time", ["八点", "8点"]), ("crew", ["三个师傅", "三个人", "三位"]), ("late", ["十点半", "10点半", "10:30"]),
          ("two", ["两个人", "两个师傅", "两位"]), ("extra", ["五百", "500"]), ("handover", ["交房"])]
add("pw-zhs-02g", "zh-Hans", MOVE, MOVE_F,
    "您约的周三早上八点，说好来三个师傅，结果十点半才到了两个人，搬到一半还要您加五百块才肯搬，您下午还得交房，难怪您这么着急。是这样吗？",
    "good", "all facts")
add("pw-zhs-02p", "zh-Hans", MOVE, MOVE_F,
    "您约的周三早上八点、三个师傅，结果十点半才来了两个人，搬到一半要加五百块，换了谁都着急。对吗？",
    "partial", "交房 missing")
add("pw-zhs-02q", "zh-Hans", MOVE, MOVE_F,
    "您是说师傅八点就到了，是您十点半才准备好，所以要加钱，对吗？",
    "poor", "迟到的人说反了；大部分事实缺失；没有情感")

PHONE = "我喺你哋旺角分店換手機電池，講好一個鐘頭搞掂，收咗我四百八。攞返嚟第二日個鏡頭就影唔到嘢，之前明明冇問題。我今個禮拜要出差，好嬲。"
PHONE_F = [("shop", ["旺角"]), ("battery", ["電池", "电池"]), ("hour", ["一個鐘", "一个钟", "一小時", "一小时"]), ("price", ["四百八", "480"]),
           ("camera", ["鏡頭", "镜头", "相機", "影唔到"]), ("trip", ["出差"])]
add("pw-zht-01g", "zh-Hant", PHONE, PHONE_F,
    "你喺旺角分店換電池，話一個鐘搞掂，收咗四百八，點知第二日鏡頭就影唔到嘢，之前冇事嘅，你今個禮拜仲要出差，難怪你咁嬲。係咪咁？",
    "good", "粵: all facts")
add("pw-zht-01p", "zh-Hant", PHONE, PHONE_F,
    "你喺旺角換電池收咗四百八，第二日鏡頭就壞咗，你又要出差，我明白你好嬲。係咪咁？",
    "partial", "粵: 一個鐘 missing")
add("pw-zht-01q", "zh-Hant", PHONE, PHONE_F,
    "你係話鏡頭本身已經壞咗，所以換電池要四百八？係咪咁？",
    "poor", "粵: 鏡頭原本冇問題說反；大部分事實缺失；冇情感")

TEA = "我們公司週五辦活動，向你們訂了五十杯微糖綠茶和三十杯無糖紅茶，結果送來的全部都是全糖，還晚了四十分鐘。同事都沒辦法喝，我被主管罵了。"
TEA_F = [("day", ["週五", "星期五", "禮拜五"]), ("green", ["五十杯", "50杯", "綠茶"]), ("black", ["三十杯", "30杯", "紅茶"]),
         ("sugar", ["全糖"]), ("late", ["四十分鐘", "40分鐘"]), ("boss", ["主管", "罵"])]
add("pw-zht-02g", "zh-Hant", TEA, TEA_F,
    "週五的活動您訂了五十杯微糖綠茶、三十杯無糖紅茶，送來卻全是全糖，還遲了四十分鐘，同事都不能喝，您還被主管罵，難怪您這麼火大。是這樣嗎？",
    "good", "台: all facts")
add("pw-zht-02p", "zh-Hant", TEA, TEA_F,
    "週五您訂了五十杯綠茶和三十杯紅茶，送來全是全糖，還晚了二十分鐘，您被主管罵了，我理解您的心情。對嗎？",
    "partial", "台: one minor duration wrong (二十分鐘 for 四十)")
add("pw-zht-02q", "zh-Hant", TEA, TEA_F,
    "您訂了三十杯綠茶、五十杯紅茶，都要全糖，對嗎？",
    "poor", "台: 杯數對調、全糖說成您要的；沒有情感")

_write(rows)
