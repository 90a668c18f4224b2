# English paraphrase items, hand-written.
# criteria: facts first (a few natural accepted wordings each: examples, not exhaustive), then feeling, then check.
FEEL = ["understand", "I can see why", "no wonder", "must have been", "must be", "sorry", "frustrating",
        "upsetting", "I can imagine", "of course you're", "stressful"]
CHECK = ["is that right", "have I got that right", "did I get", "is that correct", "have I understood",
         "does that sound right", "anything to add", "anything I've missed", "is that everything",
         "is that the whole picture", "correct me"]

def feeling(*extra):
    return {"id": "feeling", "any": list(extra) + FEEL}

def check():
    return {"id": "check", "any": list(CHECK)}

def c(id, *any):
    return {"id": id, "any": list(any)}

ITEMS = [
{"customer": "I paid £89 for a block of ten ISBNs three weeks ago, and the barcode you sent has my book at £12.99 instead of £9.99. The printer needs the files by Friday. I'm really worried I'll lose my print slot.",
 "criteria": [c("amount", "£89", "89", "eighty-nine"), c("block", "ten ISBNs", "10 ISBNs", "block of ten"),
              c("price", "12.99", "9.99", "wrong price"), c("friday", "Friday"), feeling("worried", "anxious"), check()],
 "answers": [
  ("good", "So you bought ten ISBNs from us for eighty-nine pounds about three weeks back, and the barcode carries £12.99 when the cover price is £9.99, with your printer wanting everything before the weekend. I can see why you're anxious about losing that slot. Have I got that right?", "All facts in other words (eighty-nine pounds, before the weekend), feeling, check."),
  ("partial", "You paid £89 for ten ISBNs and the barcode shows £12.99 rather than £9.99. I understand you're worried about your print slot. Is that right?", "Friday deadline missing."),
  ("poor", "So the barcode says £9.99 but the book should be £12.99, and you need it next month? Is that right?", "Prices swapped and deadline wrong; no feeling."),
 ]},
{"customer": "I approved the second cover concept on 3 May, but the file you sent back has the title in red instead of the navy we agreed, and my name is spelt Katherine, not Kathryn. The books go to print in ten days and I feel like nobody's reading my emails.",
 "criteria": [c("concept", "second concept", "concept two", "second design"), c("colour", "red", "navy", "dark blue"),
              c("name", "Katherine", "Kathryn"), c("deadline", "ten days", "10 days"), feeling("ignored", "not being read", "not reading"), check()],
 "answers": [
  ("good", "You signed off design number two at the start of May, yet the returned file has the title in red rather than the dark blue you'd agreed, and your name has come out as Katherine instead of Kathryn. With printing a week and a half away, I understand it feels as if your emails are going unread. Is that the whole picture?", "Facts reworded (design number two, a week and a half), feeling, check."),
  ("partial", "You approved the second concept on 3 May, but the title came back red instead of navy and your name's spelt Katherine rather than Kathryn, and it goes to print in twenty days. I'm sorry, it must feel like nobody's reading your emails. Have I got that right?", "One minor value wrong: twenty days for ten."),
  ("poor", "So you asked for a red title and we sent navy, and the name is spelt Kathryn? I'm sorry about that. Is that right?", "Colours reversed, name wrong way round, deadline missing."),
 ]},
{"customer": "You converted my novel to EPUB last week for £150, but on my Kobo every chapter heading shows up twice and the footnotes link to the wrong pages. My launch is on the 21st and I'm honestly embarrassed to send review copies like this.",
 "criteria": [c("price", "£150", "150", "hundred and fifty"), c("headings", "twice", "doubled", "double", "duplicated"),
              c("footnotes", "footnote", "notes"), c("launch", "21st", "twenty-first"), feeling("embarrass"), check()],
 "answers": [
  ("good", "So the EPUB we made of your novel last week, the hundred-and-fifty-pound job, is doubling every chapter title on your Kobo, and the notes jump to the wrong spots. The launch is on the twenty-first, so I can see why you'd be embarrassed sending review copies out in that state. Have I understood that properly?", "All facts reworded, feeling, check."),
  ("partial", "Your novel went to EPUB last week for £150, and on the Kobo each chapter heading appears twice and the footnotes point to the wrong pages, with your launch on the 21st. Is that correct?", "No feeling acknowledged."),
  ("poor", "So the footnotes are missing and the launch is next month? Nobody else has had this with Kobo. Anything else?", "Facts wrong, taboo phrase, no feeling or real check."),
 ]},
{"customer": "I paid for a 12-page index for my local-history book, but the file you delivered is only 7 pages and half the village names are missing. Ashby and Thornfield aren't in it at all. The publisher wants it on Monday and I'm panicking.",
 "criteria": [c("ordered", "12", "twelve"), c("delivered", "7", "seven"), c("villages", "Ashby", "Thornfield", "village"),
              c("monday", "Monday"), feeling("panic", "worried"), check()],
 "answers": [
  ("good", "You ordered a twelve-page index and got seven, and a good many of the villages, Ashby and Thornfield among them, have been left out. Your publisher is expecting it first thing next week, on Monday, so no wonder you're panicking. Did I get all of that?", "Facts reworded, feeling, check."),
  ("partial", "You paid for twelve pages, got seven, and Ashby and Thornfield are missing, with the publisher wanting it Monday. You should have checked the draft when it came, but I understand you're panicking. Is that right?", "Complete with feeling and check, but blames the customer (you should have)."),
  ("poor", "So you ordered seven pages and we sent twelve, with a few names missing? Is that right?", "Numbers swapped; no feeling."),
 ]},
{"customer": "We commissioned fourteen spreads for my daughter's picture book and eleven have arrived, but the fox is brown in the first half and orange in the rest. She's seven and she noticed straight away. I'm so disappointed because it's meant to be her birthday present on the 9th.",
 "criteria": [c("commissioned", "fourteen", "14"), c("arrived", "eleven", "11"), c("fox", "fox"),
              c("birthday", "birthday", "9th", "ninth"), feeling("disappoint", "let down"), check()],
 "answers": [
  ("good", "Of the fourteen double pages you commissioned, eleven have come in, and the fox changes colour part-way through, brown early on and orange later, which your seven-year-old spotted at once. It's for her birthday on the ninth, so I can hear how let down you feel. Is that right?", "Facts reworded (double pages, changes colour), feeling, check."),
  ("partial", "You commissioned fourteen spreads and twelve have arrived, and the fox is brown in some and orange in others, which your daughter noticed. It's her birthday present for the 9th, so I understand the disappointment. Have I got that right?", "One minor value wrong: twelve for eleven."),
  ("poor", "So you're unhappy with the colours. Okay, got it, got it. Anything else?", "Most facts missing, false reaction."),
 ]},
{"customer": "I booked your launch package for my poetry collection at the library on 15 March. Only 20 chairs were set out for 60 guests, and the wine never turned up. People stood at the back for an hour and I felt humiliated in front of my publisher.",
 "criteria": [c("date", "15 March", "15th of March", "fifteenth"), c("chairs", "20", "twenty", "score of chairs"),
              c("guests", "60", "sixty"), c("wine", "wine"), c("hour", "hour"), feeling("humiliat", "mortif", "embarrass"), check()],
 "answers": [
  ("good", "At your poetry launch in the library on the fifteenth of March there were a score of chairs for sixty people, the wine didn't show, and guests were on their feet at the back for a full hour. That must have been mortifying with your publisher watching. Have I got that right?", "Facts reworded (a score of chairs, on their feet), feeling, check."),
  ("partial", "Your launch at the library on 15 March had twenty chairs for sixty guests, no wine arrived, and people stood for an hour. I'm sorry, that must have felt humiliating in front of your publisher.", "No check question."),
  ("poor", "So there were sixty chairs but only twenty guests came, and the wine was late? I'm sorry. Is that right?", "Chairs and guests swapped, wine fact wrong."),
 ]},
{"customer": "Your team rethatched the ridge on our cottage in June for £4,200. Since the storms last week water has been dripping into the back bedroom in two places, and the netting has come loose over the porch. My mother sleeps in that room and I'm really anxious.",
 "criteria": [c("ridge", "ridge"), c("june", "June"), c("cost", "£4,200", "4,200", "4200", "forty-two hundred"),
              c("drips", "two places", "two spots", "back bedroom"), c("netting", "netting", "wire", "mesh"), feeling("anxious", "worried"), check()],
 "answers": [
  ("good", "So we redid the ridge in June, a forty-two-hundred-pound job, and since last week's storms it's coming through at two spots in the back bedroom, plus the wire mesh has worked loose above the porch. With your mum sleeping in there, of course you're worried. Is that everything?", "Facts reworded, feeling, check."),
  ("partial", "We rethatched the ridge in June for £4,200, and since the storms water's dripping into the back bedroom in two places and the netting over the porch is loose. Storms like that aren't really our fault, but I understand you're anxious with your mother in that room. Is that right?", "Complete with feeling and check, but includes 'not our fault'."),
  ("poor", "So the porch roof is leaking and the ridge netting's fine? Is that right?", "Key facts wrong; no feeling."),
 ]},
{"customer": "You fitted new lead to our bay-window roof in October, and now there's a split about a hand's width long along one of the joints. Water stains have appeared on the new plaster underneath. We spent £2,800 on this and I feel cheated.",
 "criteria": [c("bay", "bay"), c("october", "October"), c("split", "split", "crack", "tear"),
              c("stains", "stain", "damp", "marks", "plaster"), c("cost", "£2,800", "2,800", "2800", "twenty-eight hundred"), feeling("cheated", "let down"), check()],
 "answers": [
  ("good", "The lead on the bay roof went on in October, and there's now a crack roughly ten centimetres long at a joint, with damp marks coming through on the fresh plaster below. After paying two thousand eight hundred pounds, I can understand you feel let down. Have I understood correctly?", "Facts reworded (crack, damp marks, ten centimetres), feeling, check."),
  ("partial", "We fitted the lead on your bay-window roof in October and there's now a split along a joint, a hand's width long, after you spent £2,800. I understand you feel cheated. Is that right?", "Water stains on the plaster missing."),
  ("poor", "So the lead on your porch roof came loose, and that was the £820 job? Is that right?", "Wrong roof, wrong amount, no feeling."),
 ]},
{"customer": "We had the cob wall by the lane repaired in April and the new section is already cracking. There are three cracks, the biggest about 30 centimetres. Your man said it needed three weeks of dry weather and it rained the day after. I feel like we were rushed.",
 "criteria": [c("april", "April"), c("cracks", "three cracks", "3 cracks", "three places"), c("biggest", "30", "thirty", "foot"),
              c("rain", "rain"), feeling("rushed", "hurried"), check()],
 "answers": [
  ("good", "The stretch of cob along the lane that we patched in April has opened up in three places, the worst about a foot long, and our man warned it needed three dry weeks, but the rain came the very next day. I understand you feel it was hurried. Is that right?", "Facts reworded (a foot long, three places), feeling, check."),
  ("partial", "The cob wall by the lane was repaired in April and now has three cracks, the biggest about 30 centimetres, and it rained the day after our man said it needed three dry weeks. Is that right?", "No feeling acknowledged."),
  ("poor", "So you didn't keep the wall covered like we told you and now it's cracked? Fine.", "Blames the customer, facts missing, no check."),
 ]},
{"customer": "Your plasterer ran a new cornice in our front room to match the old one, but the egg-and-dart pattern is about twice the size of the original, so the join in the corner looks awful. It cost £1,650 and we're hosting Christmas in three weeks. I'm so upset.",
 "criteria": [c("room", "front room", "sitting room", "lounge"), c("pattern", "twice", "double"), c("corner", "corner", "join"),
              c("cost", "£1,650", "1,650", "1650", "sixteen hundred and fifty"), c("christmas", "Christmas"), feeling("upset"), check()],
 "answers": [
  ("good", "The new cornice in your sitting room has egg-and-dart at double the scale of the old run, so where the two meet in the corner it looks dreadful; you paid sixteen hundred and fifty pounds and you've got Christmas guests coming in twenty-one days. I can see how upsetting that is. Did I get that right?", "Facts reworded (double the scale, twenty-one days), feeling, check."),
  ("partial", "The front-room cornice pattern is twice the size of the original and the corner join looks awful, it cost £1,500, and you're hosting Christmas in three weeks. I'm sorry, I can see you're upset. Is that right?", "One minor value wrong: £1,500 for £1,650."),
  ("poor", "Right, got it, the pattern's a bit big. We'll sort it.", "False reaction, little restatement, no feeling or check."),
 ]},
{"customer": "We asked for the Victorian railings outside our house to be restored and painted black, and they've come back gloss green. Two of the spear tops are missing as well. The conservation officer is visiting on Thursday and I'm furious.",
 "criteria": [c("black", "black"), c("green", "green"), c("spears", "spear", "two tops", "finials"),
              c("thursday", "Thursday"), feeling("furious", "angry"), check()],
 "answers": [
  ("good", "Your Victorian railings were meant to come back black and they've turned up shiny green instead, and a couple of the spearheads have gone missing. With the conservation officer due on Thursday, I understand why you're so angry. Is that correct?", "Facts reworded (shiny, a couple of spearheads), feeling, check."),
  ("partial", "The railings were supposed to be black but came back gloss green, two spear tops are missing, and the conservation officer comes on Thursday. I'm sorry, I can see why you're furious.", "No check question."),
  ("poor", "So you wanted green and we painted them black? I'm sorry. Is that right?", "Colours reversed, spears and visit missing."),
 ]},
{"customer": "Your carpenters replaced the rotten sole plate on our timber-framed barn, but they used softwood instead of the green oak on the quote. The quote was £5,400 and it said oak in writing. I feel we've been taken for fools.",
 "criteria": [c("sole", "sole plate", "sill", "base beam"), c("softwood", "softwood", "pine"), c("oak", "oak"),
              c("quote", "£5,400", "5,400", "5400", "fifty-four hundred"), feeling("fools", "taken for a ride", "cheated"), check()],
 "answers": [
  ("good", "Our carpenters swapped out the decayed base beam in your barn but put in softwood, not the green oak the quote promised, and that fifty-four-hundred-pound quote says oak in black and white. I can see why you feel taken for a ride. Have I got that right?", "Facts reworded, feeling, check."),
  ("partial", "The sole plate in your barn was replaced in softwood when the £5,400 quote said green oak in writing. Softwood's what we've always used on barns, but I understand you feel taken for fools. Is that right?", "Complete with feeling and check, but cites precedent."),
  ("poor", "So you asked for softwood and now you'd rather have oak? Is that right?", "Account reversed; no feeling."),
 ]},
{"customer": "I signed up for your ten-week Morse course in January, but four of the Tuesday sessions were cancelled with less than an hour's notice. I've paid £120 and my test is on 2 April. I'm starting to feel it was a waste of money.",
 "criteria": [c("course", "ten-week", "10-week", "ten weeks"), c("cancelled", "four", "4"), c("notice", "hour"),
              c("paid", "£120", "120", "hundred and twenty"), c("test", "2 April", "second of April", "April"), feeling("waste", "down the drain"), check()],
 "answers": [
  ("good", "You booked the ten-week Morse class from January, and four of the Tuesday evenings were called off at under an hour's warning; you've put in a hundred and twenty pounds and your test is on the second of April. I understand it's starting to feel like money down the drain. Is that right?", "Facts reworded, feeling, check."),
  ("partial", "You signed up for the ten-week course in January, three Tuesday sessions were cancelled with under an hour's notice, you paid £120 and the test is on 2 April. I'm sorry it feels like a waste of money. Have I got that right?", "One minor value wrong: three for four."),
  ("poor", "Classes get cancelled sometimes, that's our policy when tutors are off. Anything else?", "Facts missing, policy shield, no feeling."),
 ]},
{"customer": "I ordered 500 QSL cards with my callsign M0XYZ, and they've arrived printed M0XZY. I've got a pile of contest contacts waiting to be confirmed, and I'm really frustrated because it's the second time this has happened.",
 "criteria": [c("quantity", "500", "five hundred"), c("callsign", "M0XZY", "M0XYZ", "callsign", "call sign"),
              c("contest", "contest"), c("second", "second time", "again", "twice"), feeling("frustrat"), check()],
 "answers": [
  ("good", "The five hundred cards came with the last two letters of your call transposed, M0XZY rather than M0XYZ, you've a stack of contest QSOs waiting to confirm, and it's happened to you once before already. That's really frustrating. Have I understood you correctly?", "Facts reworded (transposed, once before already), feeling, check."),
  ("partial", "Your 500 QSL cards arrived printed M0XZY instead of M0XYZ, and you've got contest contacts waiting to be confirmed. I can see that's frustrating. Is that right?", "Missing that it is the second time."),
  ("poor", "So you ordered fifty cards and the colour's wrong? Is that right?", "Key facts wrong; no feeling."),
 ]},
{"customer": "We paid £95 for you to fix the picture on my dad's 1978 colour TV. It worked for two days, then the screen went back to a single bright line. It was his birthday present and he's devastated.",
 "criteria": [c("cost", "£95", "95", "ninety-five"), c("set", "1978", "'78", "seventy-eight"), c("days", "two days", "2 days", "couple of days"),
              c("line", "line"), c("birthday", "birthday"), feeling("devastat", "crushed", "gutted"), check()],
 "answers": [
  ("good", "You spent ninety-five pounds having the picture on your father's '78 set sorted, it lasted a couple of days and then shrank back to one bright stripe across the screen. It was his birthday gift, so I can imagine how crushed he is. Is that right?", "Facts reworded (couple of days, stripe), feeling, check."),
  ("partial", "You paid £95 for the picture repair on your dad's 1978 TV, it worked for two days and then went back to a single bright line, and it was his birthday present. Have I got that right?", "No feeling acknowledged."),
  ("poor", "So your dad knocked the TV over after we fixed it? I'm sorry to hear that. Is that right?", "Account changed to blame the customer."),
 ]},
{"customer": "Our 1962 jukebox came back from your workshop last month. It plays, but it only picks the B-sides no matter what we press. It cost £640 to restore and it's the centrepiece of our café. Customers keep asking and it's embarrassing.",
 "criteria": [c("year", "1962", "'62", "sixty-two"), c("bsides", "B-side", "B side", "flip side"),
              c("cost", "£640", "640", "six hundred and forty"), c("cafe", "café", "cafe"), feeling("embarrass"), check()],
 "answers": [
  ("good", "The '62 jukebox we returned last month does play, but whatever button goes in it gives you the flip side. You paid six hundred and forty pounds and it's the heart of your café, so with customers asking, I get why it's embarrassing. Does that sound right?", "Facts reworded (flip side, heart of your café), feeling, check."),
  ("partial", "Your 1962 jukebox came back last month and only plays B-sides whatever you press, after £640 of restoration, and it's the centrepiece of your café. That's not really on us with machines this old, but I understand it's embarrassing. Is that right?", "Complete with feeling and check, but disclaims responsibility."),
  ("poor", "So the jukebox won't play at all and it was the £460 job? Is that right?", "Fault and amount wrong; no feeling."),
 ]},
{"customer": "You delivered our refurbished pinball machine on Saturday and the left flipper stopped working after twenty games. The delivery men also scratched our hallway floor. I paid £3,100 and I feel like I've been sold a lemon.",
 "criteria": [c("saturday", "Saturday"), c("flipper", "left flipper", "left-hand flipper"), c("games", "twenty", "20", "score"),
              c("floor", "floor", "hallway", "scratch"), c("cost", "£3,100", "3,100", "3100", "thirty-one hundred"), feeling("lemon", "dud", "cheated"), check()],
 "answers": [
  ("good", "The restored table came on Saturday, the left-hand flipper gave up after a score of games, and our drivers marked your hallway floor on the way in. For thirty-one hundred pounds, no wonder you feel you've been sold a dud. Have I got that right?", "Facts reworded (a score of games, marked), feeling, check."),
  ("partial", "The pinball arrived Saturday, the left flipper stopped after ten games, the delivery men scratched your hallway, and you paid £3,100. I can see why you feel sold a lemon. Is that right?", "One minor value wrong: ten games for twenty."),
  ("poor", "So the floor was already scratched before we came, and the flipper's just stiff? Is that right?", "Account reversed; no feeling."),
 ]},
{"customer": "I sent my Juno-60 in for new sliders and a service, quoted at £280, but the invoice is £410 and two of the sliders still crackle. It's been with you seven weeks. I'm gigging on the 30th and I'm really stressed.",
 "criteria": [c("quote", "£280", "280", "two hundred and eighty"), c("invoice", "£410", "410", "four hundred and ten"),
              c("sliders", "two sliders", "two of the sliders", "pair of sliders", "crackle"), c("weeks", "seven weeks", "7 weeks"),
              c("gig", "30th", "thirtieth", "gig"), feeling("stress"), check()],
 "answers": [
  ("good", "Your Juno-60 came to us for fresh sliders and a service quoted at two hundred and eighty, the bill has come to four hundred and ten, a pair of the sliders still crackle, and it's been here seven weeks. With a gig on the thirtieth, I can see this is stressful. Is that right?", "Facts reworded, feeling, check."),
  ("partial", "We quoted £280 for sliders and a service on your Juno-60, the invoice is £410, two sliders still crackle, it's been here seven weeks and you're gigging on the 30th. I understand how stressful that is.", "No check question."),
  ("poor", "So we quoted £410 and charged £280, and it's been here a week? Is that right?", "Amounts swapped, duration wrong; no feeling."),
 ]},
{"customer": "We booked a celebrant for our son's naming ceremony on 8 June. She arrived forty minutes late, called him Oliver instead of Oscar twice, and forgot the grandparents' reading. Forty guests saw it and I was mortified.",
 "criteria": [c("date", "8 June", "eighth of June", "June"), c("late", "forty minutes", "40 minutes"), c("name", "Oliver", "Oscar"),
              c("reading", "reading", "grandparents"), c("guests", "forty guests", "40 guests"), feeling("mortif", "embarrass"), check()],
 "answers": [
  ("good", "At your son's naming day on the eighth of June, the celebrant turned up forty minutes behind time, twice called Oscar 'Oliver', and left out the grandparents' reading, all in front of forty guests. I can only imagine how mortifying that was. Have I got that right?", "Facts reworded (behind time, left out), feeling, check."),
  ("partial", "The celebrant at your son's naming ceremony on 8 June was forty minutes late and called him Oliver instead of Oscar twice, in front of forty guests. That must have been mortifying. Is that right?", "Missing the forgotten reading."),
  ("poor", "So the celebrant called Oliver 'Oscar' and was a few minutes late? Is that right?", "Names swapped, lateness wrong; no feeling."),
 ]},
{"customer": "We paid a £500 deposit for our 25th-anniversary vow renewal on the beach on 14 August. Last week you told us the beach permit was never applied for, and now it's too late. We've told all our family and I feel completely let down.",
 "criteria": [c("deposit", "£500", "500", "five hundred"), c("anniversary", "25th", "twenty-fifth", "silver"),
              c("date", "14 August", "fourteenth of August", "August"), c("permit", "permit"), feeling("let down", "disappoint"), check()],
 "answers": [
  ("good", "You put down five hundred pounds for your silver-wedding vow renewal on the sand on the fourteenth of August, and last week we told you nobody had lodged the beach permit and it's now past the deadline. With the whole family already told, I understand how let down you feel. Is that right?", "Facts reworded (silver wedding, on the sand, lodged), feeling, check."),
  ("partial", "You paid a £500 deposit for your 25th-anniversary vow renewal on the beach on 14 August, and we told you last week the permit was never applied for and it's now too late. Have I got that right?", "No feeling acknowledged."),
  ("poor", "So the council turned down your permit because you applied late? Is that right?", "Account reversed: blames the customer; no feeling."),
 ]},
]
