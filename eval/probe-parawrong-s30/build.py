"""Session 30's wrong-facts probe (parawrong30): 12 customers of my own, each answered good / partial /
poor. The poor answer gives two of the customer's items or values for each other's roles — what was
ordered or asked for told as what came and the other way round, from and to turned round — and is
otherwise complete (feeling and check there), so the swap is its one shortfall; the partial leaves
one fact or the feeling out; the good one retells every fact in free words, often what came first.
Domains: paint tins, removals, piano tuning, mechanical keyboard, school sweatshirts, bike repair;
定做窗帘, 鲜花速递, 行李箱; 粵 改褲, 台 印章, 粵 乾洗. Written from the digest and the labelling rules
before any run."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_E = ["sorry", "understand", "no wonder", "must be", "must have been", "stressful", "frustrating",
          "i can see", "i can imagine", "awful", "upsetting"]
CHECK_E = ["is that right", "have i got that right", "did i get that right", "is that correct", "have i understood"]
FEEL_S = ["理解", "难怪", "换谁都", "换了谁", "生气", "着急", "抱歉", "对不起", "失望", "尴尬"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換作是我", "換轉係我", "嬲", "氣", "抱歉", "對不起", "失望", "急"]

P = Probe()
cust, ans = P.cust, P.ans

cust("en", "I ordered two tins of Sage Mist matt for the nursery and paid £64. What you delivered on Tuesday was Storm "
     "Grey gloss, and the decorator is booked for Thursday. I'm really stressed about it.",
     [("ordered", ["Sage Mist", "sage"]), ("paid", ["£64", "64"]), ("got", ["Storm Grey", "grey gloss"]),
      ("delivered", ["Tuesday"]), ("decorator", ["decorator", "Thursday"])], FEEL_E, CHECK_E)
ans("good", "What turned up on Tuesday was Storm Grey gloss, not the two tins of Sage Mist matt you'd paid £64 for, and "
    "the decorator is due on Thursday. No wonder you're stressed. Have I got that right?", "all facts, got told first")
ans("partial", "You ordered two tins of Sage Mist matt for £64 and we delivered Storm Grey gloss on Tuesday. That must "
    "be stressful. Is that right?", "the decorator left out")
ans("poor", "So you ordered Storm Grey gloss for the nursery, £64, and on Tuesday we delivered Sage Mist matt, with the "
    "decorator booked for Thursday. That must be stressful. Is that right?", "ordered and delivered colours swapped")

cust("en", "Your crew were supposed to take my mum's furniture from her flat in Harrow to our house in Luton on Saturday. "
     "They went to Luton first, found the place empty, and you've charged us a £90 call-out fee. Mum sat waiting all day.",
     [("from", ["Harrow"]), ("to", ["Luton"]), ("day", ["Saturday"]), ("fee", ["£90", "90"]),
      ("waited", ["waiting all day", "waited all day", "all day"])], FEEL_E, CHECK_E)
ans("good", "On Saturday the move should have gone from your mum's flat in Harrow to your place in Luton, but the crew "
    "drove to Luton first, found nobody, and now there's a £90 call-out charge while your mum waited all day. I'm so "
    "sorry. Is that right?", "all facts in own words")
ans("partial", "The crew should have moved your mum's furniture from Harrow to Luton on Saturday, went to Luton first and "
    "charged a £90 call-out. I'm so sorry. Is that right?", "mum waiting all day left out")
ans("poor", "So the crew were meant to move the furniture from your house in Luton to your mum's flat in Harrow on "
    "Saturday, charged £90, and your mum waited all day. I'm so sorry. Is that right?", "from and to turned round")

cust("en", "We booked a tuning for the upright piano in the music room on Monday. Your tuner tuned the grand in the hall "
     "instead, which isn't due until June, and charged £110. The upright is for tonight's concert.",
     [("booked", ["upright"]), ("tuned", ["grand"]), ("day", ["Monday"]), ("charge", ["£110", "110"]),
      ("concert", ["concert", "tonight"])], FEEL_E, CHECK_E)
ans("good", "It was the upright in the music room you'd booked in for Monday, and the tuner did the grand in the hall "
    "instead, charged £110, and the upright is needed for the concert tonight. That must be so frustrating. Is that "
    "correct?", "all facts")
ans("partial", "You booked the upright piano for Monday, the tuner tuned the grand instead, and the upright is for "
    "tonight's concert. That must be frustrating. Is that right?", "the £110 left out")
ans("poor", "So you booked the grand in the hall for Monday and our tuner did the upright in the music room, £110, "
    "before tonight's concert. That must be frustrating. Is that right?", "booked and tuned pianos swapped")

cust("en", "I ordered the keyboard with brown switches for the office and paid £129. The one that came has blue switches, "
     "they're so loud that two colleagues have complained already. I feel awful about it.",
     [("ordered", ["brown"]), ("paid", ["£129", "129"]), ("came", ["blue"]),
      ("complaints", ["two colleagues", "complained"])], FEEL_E, CHECK_E)
ans("good", "You paid £129 for brown switches for the office, we sent blue ones, and they're loud enough that two "
    "colleagues have already complained. I can imagine how awkward that feels. Did I get that right?", "all facts")
ans("partial", "You ordered the keyboard with brown switches for £129 and got blue switches. I can imagine how awful "
    "that feels. Is that right?", "the colleagues' complaints left out")
ans("poor", "So you ordered blue switches for £129 and we sent a keyboard with brown ones, and two colleagues have "
    "complained about the noise. I understand how awful that feels. Is that right?", "ordered and sent switches swapped")

cust("en", "We ordered thirty sweatshirts in navy with our school crest. The thirty that arrived are black and have St "
     "Anne's crest on them, the other school in town. Term starts Monday and the parents have already paid.",
     [("ordered", ["navy"]), ("got", ["black"]), ("crest", ["St Anne's", "other school", "wrong crest"]),
      ("count", ["thirty", "30"]), ("term", ["Monday"])], FEEL_E, CHECK_E)
ans("good", "All thirty came in black with St Anne's crest instead of navy with yours, term starts Monday, and the parents "
    "have paid already. I can see how stressful that is. Have I got that right?", "all facts, got first")
ans("partial", "You ordered thirty navy sweatshirts with your crest and got black ones with St Anne's crest. I can see "
    "how stressful that is. Is that right?", "term on Monday left out")
ans("poor", "So you ordered thirty black sweatshirts and they arrived navy with St Anne's crest, and term starts Monday. "
    "I can see how stressful that is. Is that right?", "ordered and arrived colours swapped")

cust("en", "I brought my bike in to have the brake pads replaced. You replaced the chain instead, charged me £35, and the "
     "brakes still squeal every time I stop. I ride it to work every day.",
     [("asked", ["brake pads", "brakes"]), ("done", ["chain"]), ("charged", ["£35", "35"]),
      ("squeal", ["squeal", "squeak"]), ("work", ["work"])], FEEL_E, CHECK_E)
ans("good", "You wanted new brake pads, we changed the chain, charged you £35, and the brakes still squeal whenever you "
    "stop on your ride to work. That's really frustrating. Is that right?", "all facts")
ans("partial", "You brought the bike in for brake pads, we replaced the chain for £35 and the brakes still squeal. That's "
    "frustrating. Is that right?", "riding to work left out")
ans("poor", "So you brought the bike in for a new chain, we replaced the brake pads instead for £35, and it still squeals "
    "on your way to work. That's frustrating. Is that right?", "what was asked and what was done swapped")

cust("zh-Hans", "我在你们店定做了客厅的米色遮光窗帘，一千四百块。上周六装上来的是灰色的纱帘，一点都不遮光，我老公上夜班，白天根本睡不着。",
     [("ordered", ["米色", "遮光窗帘"]), ("price", ["一千四", "1400"]), ("got", ["灰色", "纱帘"]), ("day", ["上周六"]),
      ("husband", ["夜班", "睡不着"])], FEEL_S, CHECK_S)
ans("good", "上周六给您装的是灰色纱帘，不是您花一千四定做的米色遮光帘，您先生上夜班，白天没法睡，难怪您着急。我理解得对吗？", "all facts")
ans("partial", "您定做的是米色遮光窗帘，一千四百块，上周六装上来的却是灰色纱帘，真的很抱歉。对吗？", "husband left out")
ans("poor", "您定做的是灰色纱帘，上周六装上来的是米色遮光帘，一千四百块，您先生上夜班白天睡不着，难怪您着急。对吗？", "ordered and installed curtains swapped")

cust("zh-Hans", "我订的是十一朵香槟玫瑰，给我妈过六十大寿，花了三百九。送到的是一束红玫瑰，卡片上还写着“亲爱的我爱你”，当着全家人的面，太尴尬了。",
     [("ordered", ["香槟玫瑰", "香槟"]), ("got", ["红玫瑰"]), ("birthday", ["六十大寿", "六十岁", "大寿"]),
      ("price", ["三百九", "390"]), ("card", ["卡片"])], FEEL_S, CHECK_S)
ans("good", "给您母亲六十大寿订的香槟玫瑰，三百九，结果送来的是红玫瑰，卡片上还是情话，当着全家人，换了谁都尴尬。我说得对吗？", "all facts")
ans("partial", "您订了十一朵香槟玫瑰给妈妈过六十大寿，送到的却是红玫瑰，卡片也写错了，真的很抱歉。对吗？", "price left out")
ans("poor", "您订的是红玫瑰，送到的是香槟玫瑰，三百九，给妈妈过六十大寿，卡片也写错了，太尴尬了，真抱歉。对吗？", "ordered and delivered roses swapped")

cust("zh-Hans", "我在你们网站买的是二十八寸的托运箱，一千二百八，寄来的是二十寸的登机箱。我下周二就出国读书了，换货说要等十天。",
     [("bought", ["二十八寸", "28寸"]), ("came", ["二十寸", "20寸"]), ("price", ["一千二百八", "1280"]),
      ("leave", ["下周二"]), ("wait", ["十天"])], FEEL_S, CHECK_S)
ans("good", "寄到您手上的是二十寸的登机箱，而您花一千二百八买的是二十八寸托运箱，下周二就要出国，换货还得等十天，难怪您着急。我理解得对吗？", "all facts, came first")
ans("partial", "您买的是二十八寸托运箱，一千二百八，寄来的是二十寸登机箱，下周二就出国了。难怪您着急。对吗？", "the ten-day wait left out")
ans("poor", "您买的是二十寸的登机箱，寄来的却是二十八寸的，一千二百八，下周二出国，换货要等十天，难怪您着急。对吗？", "bought and delivered sizes swapped")

cust("zh-Hant", "我攞咗條西褲嚟改，講明要改短褲腳兩吋，你哋收咗個腰兩吋，褲腳冇郁過，收咗我一百八。下個禮拜六我要去飲，真係好嬲。",
     [("asked", ["褲腳", "改短"]), ("done", ["收咗個腰", "收腰", "個腰"]), ("inch", ["兩吋"]),
      ("price", ["一百八", "180"]), ("dinner", ["禮拜六", "飲"])], FEEL_T, CHECK_T)
ans("good", "你要我哋改短褲腳兩吋，我哋反而收細咗個腰，褲腳原封不動，一百八都收咗，下個禮拜六仲要去飲，換轉係我都好嬲。係咪咁？", "粵: all facts")
ans("partial", "你要改短褲腳兩吋，我哋收咗個腰，收咗你一百八，真係對唔住。係咪咁？", "粵: the dinner left out")
ans("poor", "你講明要收腰兩吋，我哋改短咗褲腳，收咗一百八，下個禮拜六你要去飲，換轉係我都好嬲。係咪咁？", "粵: asked and done swapped")

cust("zh-Hant", "我訂的是牛角印章，要刻我爸的名字送他退休。結果拿到的是木頭的，八百塊，下禮拜就是他的退休餐會了。",
     [("ordered", ["牛角"]), ("got", ["木頭"]), ("name", ["我爸的名字", "爸爸的名字", "名字"]), ("price", ["八百"]),
      ("party", ["退休"])], FEEL_T, CHECK_T)
ans("good", "您花八百訂了牛角印章，刻爸爸的名字當退休禮物，拿到手的卻是木頭做的，下禮拜就是退休餐會，難怪您這麼急。是這樣嗎？", "台: all facts")
ans("partial", "您訂了牛角印章要刻爸爸的名字，結果拿到木頭的，八百塊。真的很抱歉。對嗎？", "台: the party left out")
ans("poor", "您訂的是木頭印章，拿到的是牛角的，刻爸爸的名字，八百塊，下禮拜就是退休餐會，難怪您這麼急。對嗎？", "台: ordered and got materials swapped")

cust("zh-Hant", "我送咗件白色羊毛大褸去你哋度乾洗，攞返嚟嘅係件灰色嘅，仲細咗一個碼，收咗我三百蚊。聽日我要著去飲。",
     [("sent", ["白色"]), ("back", ["灰色"]), ("size", ["細咗一個碼", "細咗", "縮咗"]), ("price", ["三百"]),
      ("tomorrow", ["聽日"])], FEEL_T, CHECK_T)
ans("good", "你拎去乾洗嗰件係白色羊毛大褸，攞返嚟變咗灰色，又縮咗一個碼，三百蚊都俾埋，聽日仲要著去飲，換轉係我都好嬲。係咪咁？", "粵: all facts")
ans("partial", "你送咗件白色大褸嚟乾洗，攞返嚟係灰色，仲細咗一個碼，聽日要著，真係對唔住。係咪咁？", "粵: the price left out")
ans("poor", "你送嚟乾洗嗰件係灰色大褸，攞返嚟變咗白色，仲細咗一個碼，三百蚊，聽日要著，換轉係我都好嬲。係咪咁？", "粵: sent and returned colours swapped")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pw30")
