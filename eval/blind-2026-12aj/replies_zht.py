# Blind round 2026-12aj, Traditional Chinese replies: Hong Kong Cantonese (粵) and Taiwan Mandarin (台).
# Hand-written, not converted from the zh-Hans rows. (text, category, why)
ROWS = [
    # ---- flagged ----
    # refusal-no-alternative (3)
    ("陳太,BB車嘅避震我哋做唔到。", "refusal-no-alternative", "粵:稱呼後直接拒絕,冇其他出路。"),
    ("您申請的暑假海灘小屋延租,已經被退件了。", "refusal-no-alternative", "台:被動式拒絕,沒有替代方案。"),
    ("那台老真空管收音機我們上禮拜評估過,沒辦法受理。", "refusal-no-alternative", "台:過去式拒絕,沒有下一步。"),
    # dead-end (3)
    ("你訂嗰對童裝波鞋已經停產咗。", "dead-end", "粵:壞消息之後乜都冇。"),
    ("唔好意思等咗咁耐。你艘船嘅救生筏今朝驗唔過。", "dead-end", "粵:禮貌開場後只講壞消息,冇補救。"),
    ("您別墅的水管昨晚已經凍裂了。", "dead-end", "台:告知壞消息,沒有任何補救。"),
    # blame (2)
    ("個名牌貼甩咗係因為你用咗熱水洗,包裝寫到明㗎。", "blame", "粵:怪責客人,對人唔對事。"),
    ("遮陽帆會鬆是因為你們自己去拉繩子齁。", "blame", "台:把錯推到客人身上。"),
    # doubting-customer (2)
    ("我哋每部相機出貨前都試過,你話漏光我就真係有啲懷疑。", "doubting-customer", "粵:質疑客人講法。"),
    ("蛤?我們的暖爐一桶瓦斯可以燒八小時欸,不太可能兩小時就沒了吧。", "doubting-customer", "台:不相信客人。"),
    # brush-off (2)
    ("一兩粒燈膽唔着啫,又唔會死人。", "brush-off", "粵:輕視客人問題。"),
    ("古著本來就會有點黃啦,不用這麼計較吧。", "brush-off", "台:打發客人。"),
    # false-reassurance (2)
    ("我拍心口同你講,裝咗我哋擋水板,幾大水都入唔到。", "false-reassurance", "粵:做唔到嘅保證。"),
    ("我跟你掛保證,寶寶一個禮拜內一定睡過夜。", "false-reassurance", "台:無法兌現的承諾。"),
    # your-call (2)
    ("修定換,你自己諗啦,我唔理喇。", "your-call", "粵:'你自己做決定'式撒手。"),
    ("要三角的還是方的,你自己決定就好,我們不管。", "your-call", "台:把決定丟給客人。"),
    # precedent (2)
    ("我哋滑水場一向都係五點半收纜,一直都係咁。", "precedent", "粵:'我哋一向都係咁做'。"),
    ("我們收舊卡帶的價錢十幾年都醬,沒人嫌過啦。", "precedent", "台:用先例加'從沒人抱怨'。"),
    # busy (2)
    ("而家好忙呀,裝緊燈,遲啲先講。", "busy", "粵:話好忙,冇講幾時覆。"),
    ("欸我現在超忙的,一堆除雪的單,之後再說喔。", "busy", "台:忙碌推託,沒有時間承諾。"),
    # order (3)
    ("攞件救生衣返嚟,擺喺櫃台。", "order", "粵:直接命令。"),
    ("黃生,你自己先拆咗舊嗰部魚探先。", "order", "粵:稱呼後落命令。"),
    ("小朋友的腳再量一次,量好再打來。", "order", "台:命令口吻,不是請求。"),
    # impatience (2)
    ("講咗三次啦,鎖匙喺密碼箱度。", "impatience", "粵:唔耐煩咁重複。"),
    ("今天下午就要?帆是要一針一針縫的欸。", "impatience", "台:'您馬上就要嗎?'的新說法。"),
    # policy-shield (3)
    ("公司規定,減價貨一律唔退唔換。", "policy-shield", "粵:拎規定做擋箭牌。"),
    ("早上七點前不出車,這是我們的規定,沒辦法。", "policy-shield", "台:以規定為盾,沒有出路。"),
    ("了解您的狀況,不過照我們規定,攤位訂金是不退的喔。", "policy-shield", "台:先共情,仍以規定擋人,無出路。"),
    # passing-buck (2)
    ("撒鹽係外判公司負責,唔關我哋事。", "passing-buck", "粵:推卸責任,冇轉介。"),
    ("飯錢退費去問學校會計室,不是我們這邊。", "passing-buck", "台:推給別人,沒有交接。"),
    # send-to-manager (2)
    ("想要折就自己搵老闆傾啦。", "send-to-manager", "粵:叫客人自己搵經理。"),
    ("這個我做不了主,你自己去找店長,他禮拜一才在。", "send-to-manager", "台:把客人推給主管。"),
    # hostile-question (2)
    ("你洗之前有冇睇過洗水嘜呀?", "hostile-question", "粵:質問客人。"),
    ("下雪又不是我能控制的,不然你要我怎樣?", "hostile-question", "台:對抗式反問。"),
    # false-reaction (2)
    ("知道喇知道喇,間屋潮吖嘛。", "false-reaction", "粵:客人未講完就話知道。"),
    ("唉,我們公司就是這樣啦,換我也會火大。", "false-reaction", "台:附和貶低公司。"),
    # nine-forbidden (2)
    ("邊個知呀。", "nine-forbidden", "粵:'我不知道'的粗魯講法。"),
    ("你先冷靜一下好不好,不過就一台測深儀。", "nine-forbidden", "台:'冷靜一點'加輕視。"),
    # taboo (2)
    ("你好似唔係好明我哋個睡眠計劃點運作。", "taboo", "粵:'你好像不明白'。"),
    ("你一定是記錯日期了啦,市集是十四號。", "taboo", "台:'你肯定弄混了'。"),

    # ---- clean ----
    # clean-refusal-alternative (3)
    ("BB車避震我哋做唔到,不過可以換過成個後輪組,或者介紹你去觀塘嗰間專修店,你揀邊樣?", "clean-refusal-alternative",
     "粵:拒絕後畀具體選擇。"),
    ("暑假前排小屋都租出去了,我能做的是幫你排明年第一順位,另外九月的空檔也可以先訂,好嗎?", "clean-refusal-alternative",
     "台:'我能做的是……'加替代。"),
    ("嗰部收音機底盤裂咗我哋執唔到,但係旺角有位陳師傅專整膽機,我今日就send相畀佢。", "clean-refusal-alternative",
     "粵:拒絕加具體轉介及行動。"),
    # clean-recommendation (2)
    ("第一次玩你應該試吓十一呎嗰塊闊板,穩陣好多。", "clean-recommendation", "粵:'你應該試吓'係建議。"),
    ("寶寶腳背比較高,建議你挑魔鬼氈款喔。", "clean-recommendation", "台:推薦,不是命令。"),
    # clean-requirement-info (2)
    ("所有上纜嘅客人都要簽免責書同着救生衣。", "clean-requirement-info", "粵:對所有人嘅要求,當資訊講。"),
    ("市集攤位要收到兩千元訂金才算確認。", "clean-requirement-info", "台:規則作為資訊說明。"),
    # clean-question-obligation (2)
    ("名牌貼你需唔需要開學前收到?", "clean-question-obligation", "粵:'需要'喺問句入面。"),
    ("如果一定要取消除雪合約,可以十一月一號前跟我們說嗎?", "clean-question-obligation", "台:'一定要'在條件句裡。"),
    # clean-empathy (2)
    ("你講得啱,就快落雨,擋水板漏水梗係心急。阿杜今日下晝過嚟重新打膠。", "clean-empathy", "粵:認同客人再行動。"),
    ("我懂你的心情,連續三週凌晨四點起來真的很累。明天我們通個電話調整作息表。", "clean-empathy", "台:理解感受再給行動。"),
    # clean-apology-action (2)
    ("唔好意思,洗水方法我冇講清楚。今日即刻寄過一張新名牌貼畀你。", "clean-apology-action", "粵:'我冇講清楚'加行動。"),
    ("抱歉燈飾掛歪了,禮拜四上午師傅再過去免費調整。", "clean-apology-action", "台:道歉加補救和時間。"),
    # clean-not-sure-callback (2)
    ("呢盒卡帶係咪初版我唔太肯定,我哋鑑定員阿Ken四點前會覆你電話。", "clean-not-sure-callback", "粵:唔肯定,有專人同時間。"),
    ("這張古地圖是不是初版我不敢說,禮拜二請林老師看過,當天下午回覆你。", "clean-not-sure-callback", "台:不確定加專人和時間。"),
    # clean-transfer (2)
    ("維修嘅嘢係工場負責,我幫你轉畀阿強好唔好?你個情況我會先同佢講,你唔使再講一次。", "clean-transfer",
     "粵:講原因、問意願、交接。"),
    ("學校午餐的帳戶要營養師那邊才查得到,我幫你轉過去可以嗎?我等她接起來再掛。", "clean-transfer", "台:轉接規範。"),
    # clean-hold (2)
    ("我要查吓你救生筏嘅檢驗紀錄,可唔可以等我兩分鐘?", "clean-hold", "粵:原因、問意願、時限。"),
    ("我去倉庫看一下五米的帆布還有沒有,麻煩等我一分鐘好嗎?", "clean-hold", "台:原因加時限加徵求同意。"),
    # clean-wont-wait (2)
    ("當日唔會要你等,剷雪車七點準時到。", "clean-wont-wait", "粵:'唔會要你等'係承諾。"),
    ("小朋友的名字跟過敏資料我們絕不會外流,只有廚房看得到。", "clean-wont-wait", "台:'絕不會'是保護客人的承諾。"),
    # clean-factual-no (2)
    ("唔係,度腳係免費嘅,買鞋先收錢。", "clean-factual-no", "粵:'唔係'答是非題並給事實。"),
    ("沒有喔,小屋沒有插座,不過海邊咖啡廳可以充電。", "clean-factual-no", "台:否定回答加有用資訊。"),
    # clean-quoted (2)
    ("我同事同你講「唔關我事」,真係唔好意思。部收音機我親自睇,聽日打畀你。", "clean-quoted", "粵:引述同事講嘅話後行動。"),
    ("你說電話裡有人叫你「冷靜一點」,這不應該,我已經記下來了,燈的事我們現在處理。", "clean-quoted", "台:引述客人的話後行動。"),
    # clean-manager-brought (1)
    ("我已經請咗船廠經理過嚟,兩分鐘到。", "clean-manager-brought", "粵:將經理帶到客人面前。"),
    # clean-thats-fine (1)
    ("冇問題,我幫BB嘅音樂堂改去禮拜四十點,等陣send短訊確認。", "clean-thats-fine", "粵:'冇問題'加行動。"),
    # clean-ordinary (13)
    ("你好,海灣槳板,我係阿喬,有咩可以幫到你?", "clean-ordinary", "粵:問候。"),
    ("你的帆補好了,下午兩點後可以來拿。", "clean-ordinary", "台:事實告知。"),
    ("救生筏檢驗約咗三月十四號。", "clean-ordinary", "粵:確認。"),
    ("滑水兩個鐘六百蚊,包埋潛水衣。", "clean-ordinary", "粵:價錢資料。"),
    ("22號小屋禮拜六起給你用,密碼禮拜五傳簡訊給你。", "clean-ordinary", "台:確認及下一步。"),
    ("聖誕燈飾十二月一號掛,一月六號拆。", "clean-ordinary", "粵:日期確認。"),
    ("遮陽帆的布料到了喔。", "clean-ordinary", "台:進度。"),
    ("排完水我們會在總開關掛一個牌子。", "clean-ordinary", "台:說明工作。"),
    ("呢件係細碼,袖長六十厘米。", "clean-ordinary", "粵:貨品資料。"),
    ("這台主機依目前狀況收一千二,換店內點數是一千五。", "clean-ordinary", "台:報價加選擇。"),
    ("請問還有什麼需要幫忙的嗎?", "clean-ordinary", "台:結束語。"),
    ("BB車整好咗,換剎車一共八十蚊。", "clean-ordinary", "粵:狀態同價錢。"),
    ("呢部相機做咗全面保養,換咗新嘅遮光絨。", "clean-ordinary", "粵:貨品事實。"),
]
