def C(*facts, feeling, check):
    out = [{"id": i, "any": list(a)} for i, a in facts]
    out.append({"id": "feeling", "any": list(feeling)})
    out.append({"id": "check", "any": list(check)})
    return out
CHK = ["is that right", "have I got that right", "anything to add"]
S = []
S.append(dict(customer="I hired the narrowboat Heron for seven nights from 12 May. On day two the engine cut out right in the middle of Foxton locks, and your engineer didn't turn up until the next afternoon. We lost a whole day and my kids slept in a freezing boat. I'm really fed up.",
 criteria=C(("hire", ["seven nights from 12 May", "a week's hire", "booked the Heron"]), ("breakdown", ["engine cut out at the locks", "engine died at Foxton", "broke down on day two"]), ("late", ["engineer came the next afternoon", "engineer didn't come until the next day", "waited a day for the engineer"]), ("lost-day", ["lost a day", "kids slept in the cold", "a cold night on board"]), feeling=["fed up", "frustrated", "understand how you feel"], check=CHK),
 answers=[
  ("good", "So the Heron's engine packed in at Foxton on your second day, nobody came to fix it till the following afternoon, and that cost you a day of your week plus a cold night for the children. That's a miserable way to spend a holiday and I can see why you've had enough. Have I got all of that?", "all facts in own words, feeling, check"),
  ("good", "Let me make sure I've understood — week-long hire from the 12th, engine died in the middle of the locks on day two, our engineer only showed up the next afternoon, and the kids had a freezing night. No wonder you're fed up. Anything I've missed?", "facts, feeling, check"),
  ("partial", "Right: 7-night hire from 12 May, engine failed at Foxton locks on day 2, engineer arrived next afternoon, so you lost a day and the kids were cold. Is that correct?", "no feeling"),
  ("partial", "OK, calm down a second. So the engine cut out at the locks on day two, the engineer didn't come till the next afternoon and you lost a day with the kids in the cold. I get that it's frustrating. Is that right?", "forbidden 'calm down' caps at partial"),
  ("poor", "So the engine broke on day two but our engineer was with you within the hour — you just feel the trip was a bit spoilt? Sorry about that, is that right?", "engineer delay reversed"),
 ]))
S.append(dict(customer="I booked three nights at the Lindenhof hut for 14 to 17 August for four of us, and paid the 180 euro deposit in March. Yesterday I got an email saying the booking was cancelled because the deposit never arrived, but I've got the bank statement showing it left my account. I'm worried we'll have nowhere to sleep up there.",
 criteria=C(("booking", ["three nights at Lindenhof", "14 to 17 August", "four people"]), ("deposit", ["paid 180 euro deposit in March", "deposit paid in March", "180 euros"]), ("cancelled", ["email saying cancelled", "booking cancelled yesterday", "we cancelled it"]), ("proof", ["bank statement shows it left", "you have proof of payment", "money left your account"]), feeling=["worried", "anxious about nowhere to sleep", "I know you're worried"], check=CHK),
 answers=[
  ("good", "So you've got four people booked into Lindenhof for the 14th to the 17th of August, you paid the 180 euros back in March, and yesterday we emailed to say it was cancelled for non-payment — even though your bank statement shows the money went out. I can understand you're worried about being stuck on the mountain with no bed. Is that everything?", "all facts, feeling, check"),
  ("partial", "You paid the deposit in March and your bank shows it left, but yesterday you got a cancellation email saying it never arrived. I understand that's worrying. Have I got that right?", "booking details (nights, dates, group) missing"),
  ("partial", "Four of you, Lindenhof, 14–17 August, 180 euro deposit paid in March, cancelled by email yesterday because we say it didn't arrive, and you have the bank statement. You must be worried about having nowhere to stay.", "no check"),
  ("poor", "So you booked Lindenhof for August but haven't paid the deposit yet and we've cancelled the booking? I understand you're worried. Is that right?", "deposit payment negated"),
  ("poor", "I booked three nights at the Lindenhof hut for 14 to 17 August for four of us and paid the 180 euro deposit in March, and yesterday you got an email saying it was cancelled. Right?", "near copy of the customer's words, no skill"),
 ]))
S.append(dict(customer="We paid 320 pounds for the two-hour husky sled tour on Saturday for me and my daughter's 12th birthday. When we arrived the guide said the snow was too thin and we'd only do a 30-minute walk with the dogs instead. Nobody warned us, and we drove four hours to get there. She was in tears.",
 criteria=C(("tour", ["two-hour husky tour", "£320", "Saturday sled tour"]), ("birthday", ["daughter's 12th birthday", "a birthday treat", "your daughter's birthday"]), ("changed", ["only a 30-minute walk", "replaced with a short walk with the dogs", "no sledding because of thin snow"]), ("no-warning", ["nobody warned you", "no notice before the four-hour drive", "drove four hours"]), feeling=["upset", "disappointed", "your daughter was in tears"], check=CHK),
 answers=[
  ("good", "So it was meant to be a two-hour sled ride for your daughter's 12th birthday, £320, and after a four-hour drive you were told on the spot the snow was too thin and it'd be half an hour walking the dogs — with no warning beforehand. I'm so sorry she ended up in tears; that must have been really disappointing for you both. Have I understood that correctly?", "complete"),
  ("good", "Let me check: you drove four hours on Saturday for the 2-hour tour you'd paid £320 for, as a 12th birthday treat, and only got a 30-minute dog walk because of the snow, without anyone telling you first. I can hear how upsetting that was. Is there anything else I should know?", "complete"),
  ("partial", "So the £320 tour on Saturday turned into a 30-minute walk because of thin snow, and nobody warned you before you drove four hours. That sounds really disappointing. Is that right?", "birthday missing"),
  ("poor", "So you and your daughter had the two-hour sled ride but it felt a bit short? Sorry she was upset. Have I got that right?", "what happened is wrong"),
  ("poor", "You were disappointed with the tour. I understand how you feel. Is that right?", "most facts missing"),
 ]))
S.append(dict(customer="I applied for a backcountry permit for the Silver Lakes loop on 2 June, for 5 nights starting 20 July. The website said decisions in 10 working days. It's now 8 July, I've phoned three times, and each time someone promised a call back that never came. I've already bought the flights.",
 criteria=C(("application", ["applied on 2 June", "Silver Lakes loop permit", "5 nights from 20 July"]), ("promise", ["10 working days", "website promised a decision", "should have heard by now"]), ("callbacks", ["phoned three times", "call backs never came", "promised call-backs didn't happen"]), ("flights", ["already bought flights", "flights booked", "non-refundable travel"]), feeling=["frustrated", "worried", "I know you're in a hurry"], check=CHK),
 answers=[
  ("good", "So you put in the Silver Lakes application on 2 June for five nights from the 20th of July, we said ten working days, and a month on you've rung three times and been promised calls that never came — with your flights already paid for. I know you're anxious with the date so close. Have I got that right?", "complete"),
  ("partial", "You applied on 2 June for 5 nights from 20 July, we promised 10 working days, and you've called three times with no call back, and your flights are booked. That's company policy on processing times I'm afraid, but I understand it's frustrating. Is that right?", "forbidden 'company policy' caps"),
  ("partial", "So you applied in June, rang us three times and never got the call-backs, and the flights are already bought. I can see why you're worried. Have I got that right?", "10-working-day promise missing"),
  ("good", "OK so the application went in on 2 June for the loop, 5 nights from the 20th July, website said ten days, three calls and no call-back, and flights already bought — I'd be pulling my hair out too, it's a horrible wait. Is that everything?", "complete, feeling in own words"),
  ("poor", "So you applied on 20 July for a trip starting 2 June and we called you back three times? I understand you're frustrated. Is that correct?", "dates swapped and call-backs reversed"),
 ]))
S.append(dict(customer="Our land survey was done on 3 March by your surveyor Mr Ortiz, and the plan he sent shows the boundary with my neighbour two metres inside my garden. The old deeds from 1987 clearly show the fence line. Now my neighbour wants to move the fence and I'm really stressed about it.",
 criteria=C(("survey", ["survey on 3 March", "Mr Ortiz did the survey", "your surveyor"]), ("error", ["boundary two metres inside your garden", "plan puts the line 2m into your land", "boundary in the wrong place"]), ("deeds", ["1987 deeds show the fence line", "old deeds", "fence is the true line"]), ("neighbour", ["neighbour wants to move the fence", "neighbour wants to shift the fence", "neighbour is acting on the plan"]), feeling=["stressed", "worrying", "understand how you feel"], check=CHK),
 answers=[
  ("good", "So Mr Ortiz's survey from 3 March puts the line with your neighbour two metres into your garden, whereas your 1987 deeds follow the existing fence — and now the neighbour wants to move it. That's a really stressful position to be in. Did I get that right, or is there more?", "complete"),
  ("good", "Let me repeat it back: survey 3 March by Mr Ortiz, plan shows the boundary 2 m inside your land, the deeds from '87 match the fence, and your neighbour's now pushing to move the fence. I understand why this is weighing on you. Is that all correct?", "complete"),
  ("partial", "The survey on 3 March shows the boundary two metres inside your garden, but the 1987 deeds show the fence line. Understandably stressful. Is that right?", "neighbour fact missing"),
  ("poor", "So the survey shows your neighbour's fence two metres inside their garden and you want to move it? I know that's stressful. Right?", "who-did-what swapped"),
  ("poor", "So you're unhappy with the survey. I understand. Is there anything else?", "most facts missing"),
 ]))
S.append(dict(customer="I got a jury summons for 9 November, but I'm a single dad and my son's operation is on 10 November. I sent the deferral form with the hospital letter on 15 October by recorded post, and today I got a letter saying I'll be fined 200 pounds for not responding. I'm angry and honestly scared.",
 criteria=C(("summons", ["summons for 9 November", "jury service on 9 November", "called for jury duty"]), ("reason", ["son's operation on 10 November", "single dad", "son's surgery"]), ("sent", ["sent deferral form 15 October", "recorded post with hospital letter", "posted the form"]), ("fine", ["£200 fine for not responding", "letter threatening a fine", "fined 200 pounds"]), feeling=["angry", "scared", "I understand how you feel"], check=CHK),
 answers=[
  ("good", "So you're due for jury service on 9 November, your son has his operation the next day and you're looking after him on your own; you sent the deferral with the hospital letter by recorded post on 15 October, and yet today we've written threatening a £200 fine for not replying. I can completely see why that's made you angry and frightened. Have I got that right?", "complete"),
  ("partial", "Summons for 9 Nov, son's op 10 Nov, deferral form sent recorded on 15 Oct, and now a letter saying £200 fine for no reply. Anything to add?", "no feeling"),
  ("partial", "So your summons is for 9 November, your son's operation is on the 10th, you posted the deferral form on 15 October, and now there's a letter fining you £200. You're right, that's just so annoying. Is that correct?", "forbidden 'you're right — how annoying'"),
  ("partial", "So jury duty is 9 November and your son's surgery is on the 12th; you sent the deferral and hospital letter recorded on 15 October, and now we say you'll be fined £200. I understand you're scared and angry. Is that right?", "one minor detail wrong (12th)"),
  ("poor", "So you didn't send the deferral form in time and now there's a £200 fine? I understand you're worried. Is that right?", "sending negated"),
 ]))
S.append(dict(customer="I renewed the dog licence for both my dogs online on 1 February and paid 76 euros. The warden stopped me in the park on Sunday and said Bruno isn't registered, and gave me a 50 euro fine in front of everyone. I felt humiliated.",
 criteria=C(("renewal", ["renewed online on 1 February", "paid 76 euros", "licences for both dogs"]), ("warden", ["warden said Bruno isn't registered", "stopped in the park on Sunday", "told Bruno wasn't on the register"]), ("fine", ["50 euro fine", "fined on the spot", "got a fine"]), feeling=["humiliated", "embarrassed", "understand how you feel"], check=CHK),
 answers=[
  ("good", "You renewed both dogs online on the 1st of February and paid the 76 euros, yet on Sunday a warden stopped you in the park, said Bruno wasn't registered and fined you 50 euros with people watching. That must have been mortifying. Is that what happened?", "complete"),
  ("good", "Let me check I've got this: both licences renewed and paid — €76 — on 1 Feb; Sunday the warden says Bruno's not on the register and gives you a €50 fine in public. I'm sorry, that sounds really embarrassing. Anything I've left out?", "complete"),
  ("partial", "You renewed the licences on 1 February, and on Sunday the warden fined you 50 euros saying Bruno isn't registered. Is that right?", "no feeling"),
  ("poor", "So Bruno's licence wasn't renewed and the warden fined you 76 euros? That must have been embarrassing. Is that right?", "renewal negated and amount wrong"),
  ("poor", "I renewed the dog licence for both dogs online on 1 February and paid 76 euros and the warden stopped you on Sunday and said Bruno isn't registered. OK?", "near copy"),
 ]))
S.append(dict(customer="I've had allotment plot 17B for six years. Last week the committee gave half of it to a new tenant without asking me, and they dug up my asparagus bed that took three years to establish. I'm heartbroken, honestly.",
 criteria=C(("plot", ["plot 17B", "six years", "had it since"]), ("split", ["half given to new tenant", "split without asking", "committee gave half away"]), ("asparagus", ["asparagus bed dug up", "three years to establish", "lost the asparagus"]), feeling=["heartbroken", "upset", "really sorry"], check=CHK),
 answers=[
  ("good", "So after six years on 17B, the committee handed half your plot to someone new last week without a word to you, and your asparagus — three years' work — has been dug up. That's heartbreaking. Have I got that right?", "complete"),
  ("partial", "Plot 17B for six years, half given to a new tenant last week without asking, asparagus bed dug up. Is that right?", "no feeling"),
  ("good", "So you've had 17B for six years and last week half went to a new tenant without anyone asking you, and the asparagus you spent three years on is gone. That's heartbreaking. Did I miss anything?", "complete, own words"),
  ("poor", "So you gave half your plot to a new tenant and they dug up the asparagus? I'm sorry, is that right?", "who-did-what swapped"),
  ("poor", "You're upset about your allotment. I'm sorry. Is there anything else?", "most facts missing"),
 ]))
S.append(dict(customer="My toll tag was charged twice for every crossing of the river bridge in October — 22 crossings, so 88 euros extra. I noticed it on the statement on 5 November. I called on the 6th and the agent said it'd be refunded in a week, but nothing's come back. It's annoying because this is the second time.",
 criteria=C(("double", ["charged twice per crossing", "double charged in October", "22 crossings"]), ("amount", ["88 euros extra", "€88", "overcharged 88"]), ("call", ["called on 6 November", "agent promised refund in a week", "promised refund hasn't come"]), ("repeat", ["second time", "happened before", "not the first time"]), feeling=["annoyed", "frustrated", "understand"], check=CHK),
 answers=[
  ("good", "So every one of your 22 bridge crossings in October was billed twice, which is 88 euros too much; you spotted it on 5 November, rang on the 6th and were told a week for the refund, and it still hasn't arrived — and it's happened before. I completely understand why you're annoyed. Is that right?", "complete"),
  ("good", "Let me repeat that: double charges on the bridge all October, €88 in total, we promised on the 6th to refund within a week and haven't, and this is the second time. No wonder you're fed up with us. Have I missed anything?", "complete"),
  ("partial", "So October's crossings were charged twice, 88 euros, and the refund you were promised on 6 November hasn't come. That's frustrating. Is that right?", "repeat fact missing"),
  ("partial", "So you were overcharged 88 euros for 22 crossings, and nobody has refunded it since your call on 6 November, and it's the second time. Is that right?", "no feeling"),
  ("poor", "So you were charged 22 euros extra in November and got a refund already but want to check it? Is that right?", "amount, month and refund wrong"),
 ]))
S.append(dict(customer="I sat the language exam at your centre on 18 October. Halfway through the listening section the speakers cut out for about ten minutes, and the invigilator just told us to carry on. My result came back at 6.0 and I needed 6.5 for my visa. I feel like my future has been wrecked.",
 criteria=C(("exam", ["exam on 18 October", "sat the test at our centre", "October exam"]), ("speakers", ["speakers cut out in listening", "ten minutes of no sound", "audio failed"]), ("invigilator", ["invigilator said carry on", "told to continue", "nothing was done"]), ("score", ["got 6.0 needed 6.5", "half a band short", "needed 6.5 for visa"]), feeling=["devastated", "future wrecked", "I understand how much this matters"], check=CHK),
 answers=[
  ("good", "So on 18 October the sound went off for around ten minutes during the listening section, the invigilator just had you keep going, and you've come out with 6.0 when your visa needs 6.5. I can hear how much this matters and how devastating it feels. Is that an accurate summary?", "complete"),
  ("partial", "So you took the exam on 18 October, the speakers cut out for ten minutes and the invigilator told you to carry on, and you got 6.0 but needed 6.5. You shouldn't worry so much. Is that right?", "'you should' taboo caps at partial; feeling not acknowledged"),
  ("partial", "On 18 October the speakers failed for ten minutes in the listening, you were told to continue and you got 6.0 instead of the 6.5 you need. Have I got that right?", "no feeling"),
  ("poor", "So you got 6.5, which is what you needed, but the speakers were a bit quiet? Is that correct?", "score wrong, key fact missing"),
  ("poor", "So the listening test was stopped for ten minutes and then restarted from the beginning, and you scored 6.0? Sounds stressful. Right?", "invigilator action reversed"),
 ]))
S.append(dict(customer="Your glazier came on Tuesday to replace the cracked pane in our back door. He left at 4 and that evening we noticed the new glass is clear, not frosted like we ordered, so the neighbours can see straight into the bathroom. We paid 260 pounds for this. I'm really embarrassed.",
 criteria=C(("visit", ["came on Tuesday", "replaced back door pane", "fitted the new glass"]), ("wrong-glass", ["clear instead of frosted", "not the frosted we ordered", "wrong glass"]), ("privacy", ["neighbours can see into the bathroom", "no privacy", "see straight in"]), ("paid", ["£260", "paid 260 pounds", "260"]), feeling=["embarrassed", "upset", "understand how you feel"], check=CHK),
 answers=[
  ("good", "So on Tuesday our glazier fitted clear glass in the back door instead of the frosted you ordered, and you found out that evening that the neighbours can see right into your bathroom — after paying £260. That's really uncomfortable, I'm sorry. Have I understood it right?", "complete"),
  ("good", "Let me get this right: the pane we fitted on Tuesday for £260 is see-through, not obscured as ordered, so the bathroom's on show to next door. I can imagine how embarrassing that is. Anything else I should note?", "complete"),
  ("partial", "So the glass fitted on Tuesday is clear rather than frosted and the neighbours can see into the bathroom. That must be embarrassing. Is that right?", "the £260 fact missing"),
  ("poor", "So you ordered clear glass and we fitted frosted? Sorry about that. Is that right?", "values swapped"),
  ("poor", "Your glazier came on Tuesday to replace the cracked pane in the back door and the new glass is clear not frosted so the neighbours can see into the bathroom, and you paid 260 pounds?", "near copy, no feeling, no check in own form"),
 ]))
S.append(dict(customer="I booked a tandem paraglide for 24 August as a present for my wife's 40th. We waited at the take-off for two hours, then the pilot cancelled because of wind and said we'd only get a voucher, not our 195 pounds back. We fly home on the 28th so we can't use it. I'm really disappointed.",
 criteria=C(("booking", ["tandem flight 24 August", "present for wife's 40th", "birthday present"]), ("wait", ["waited two hours", "two hours at take-off", "waited at the site"]), ("cancel", ["pilot cancelled for wind", "cancelled because of wind", "flight called off"]), ("voucher", ["voucher only, no refund of £195", "no money back", "offered a voucher"]), ("home", ["fly home on 28th", "can't use the voucher", "leaving on the 28th"]), feeling=["disappointed", "upset", "I understand how you feel"], check=CHK),
 answers=[
  ("good", "So the tandem flight on 24 August was your wife's 40th birthday surprise; you waited two hours up at take-off, the pilot called it off for wind and offered only a voucher instead of the £195, and you're flying home on the 28th so it's no use to you. That's a real let-down, I'm sorry. Have I got that right?", "complete"),
  ("partial", "You booked the 24 August flight for your wife's 40th, waited two hours, the pilot cancelled for wind and you only got a voucher. That's disappointing. Is that right?", "can't-use (home on 28th) missing"),
  ("partial", "So the flight on the 24th for your wife's birthday was cancelled for wind after two hours waiting, you were offered a voucher not a refund of £195, and you go home on the 28th. I understand how disappointing it is — that's our policy on weather though. Is that right?", "policy shield caps"),
  ("poor", "So the pilot cancelled and refunded your £195, but you'd have preferred a voucher? I understand. Is that right?", "polarity flipped"),
  ("poor", "So your wife had a flight but was disappointed? Sorry. Anything else?", "most facts missing"),
 ]))
def build():
    return S
