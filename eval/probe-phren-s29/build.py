"""Probe, session 29 (English, written before any change and before reading fold A's rows): acts defined by
structure. Who acts and what follows decide: the agent binding itself ('we never share … without', 'you won't be
left without a car: a loan car is booked') and a requirement given with its source after what to do are clean;
'never' / "you won't" refusing the customer's own request with nothing after, the rule as the whole answer, the
customer told to take it to a manager or elsewhere themselves, orders, blame, hostile questions, the trouble
shrunk, bad news with nothing after and a vow on what a third party decides are flagged."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = [
 # (text, flag, category)
 ("If you're not happy with that, you'll have to take it up with the branch manager yourself.", True, "send-to-manager"),
 ("Honestly, your best bet is to write to head office and complain to them.", True, "send-to-manager"),
 ("That's the courier's side of things, so you'd need to ring them about it.", True, "passing-buck"),
 ("We never do exchanges on sale items.", True, "policy-shield"),
 ("We never hold tables for more than ten minutes, sorry.", True, "refusal-no-alternative"),
 ("You won't be getting a refund on that, I'm afraid.", True, "refusal-no-alternative"),
 ("I can't change the delivery address once a parcel has left the depot.", True, "refusal-no-alternative"),
 ("It's the rule, and there's nothing more I can say about it.", True, "policy-shield"),
 ("Send the receipt again, and this time make sure it's readable.", True, "order"),
 ("Fill the form in properly and post it back to us.", True, "order"),
 ("It's only a tiny scratch on the lid, it won't make any difference.", True, "brush-off"),
 ("These delays happen to everyone in winter, it's really nothing to get worked up about.", True, "brush-off"),
 ("Your booking was cancelled because the payment didn't go through.", True, "dead-end"),
 ("The guarantee on that model ran out in March.", True, "dead-end"),
 ("Don't worry, the airline will definitely accept your claim.", True, "false-reassurance"),
 ("It'll be fine, the parcel is bound to turn up tomorrow.", True, "false-reassurance"),
 ("Did you even read the instructions before you plugged it in?", True, "hostile-question"),
 ("Why would anyone book a room without checking the dates first?", True, "hostile-question"),
 ("You typed in the wrong postcode, that's why it went astray.", True, "blame"),
 ("If you had kept the receipt we wouldn't be in this mess.", True, "blame"),
 ("We never share your card details with the partner hotels; they only see your name and your dates.", False, "clean-wont-wait"),
 ("We'll never charge you for the replacement without telling you first.", False, "clean-wont-wait"),
 ("You won't be left without a car: a loan car is booked for you from Tuesday.", False, "clean-wont-wait"),
 ("You won't need to queue again, I've kept your place on the list.", False, "clean-wont-wait"),
 ("You won't have to fill anything in twice; I've copied the details from your first form.", False, "clean-wont-wait"),
 ("I'll stay on the line while you restart the router, so you're not on your own with it.", False, "clean-wont-wait"),
 ("We won't close your ticket until you've told us the heater works.", False, "clean-wont-wait"),
 ("Helmets must be worn on every ride. It's the park's safety rule, and we lend them free at the desk.", False, "clean-requirement-info"),
 ("Bags over ten kilos go in the hold; that's the ferry company's rule, so I've added a hold bag to your booking at no charge.", False, "clean-requirement-info"),
 ("The form needs the account holder's signature, which is a bank requirement. You can sign it at any branch or upload it here.", False, "clean-requirement-info"),
 ("I've asked our store manager, Ms Patel, to call you this afternoon about the refund.", False, "clean-manager-brought"),
 ("I'm not sure why it's delayed, but the depot will know: their number is 0161 555 0199, and I've noted your call here.", False, "clean-not-sure-callback"),
 ("I'll put you through to our claims team now; they'll have your file in front of them.", False, "clean-transfer"),
 ("The King Street branch had two in stock this morning; I can ring them and put one aside for you.", False, "clean-refusal-alternative"),
 ("You might want to bring a printed copy, the scanners at the gate can be slow.", False, "clean-recommendation"),
 ("I can't move the date myself, but I'll ask the venue today and ring you back by five.", False, "clean-refusal-alternative"),
 ("Unfortunately the 8:15 is full. Would the 9:00 work for you? It still has window seats.", False, "clean-refusal-alternative"),
 ("No, the museum is closed on Mondays, but it opens at nine on Tuesday.", False, "clean-factual-no"),
 ("Your booking was cancelled because the payment didn't go through; I've held the same room for you until 6pm so you can pay by card.", False, "clean-apology-action"),
 ("Do you need the invoice made out to your company?", False, "clean-question-obligation"),
]
with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
    for i, (text, flag, cat) in enumerate(ROWS, 1):
        f.write(json.dumps({"id": f"pen29-{i:02d}", "lang": "en", "text": text, "flag": flag, "category": cat}, ensure_ascii=False) + "\n")
