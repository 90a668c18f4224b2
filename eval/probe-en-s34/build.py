"""Probe, session 34 (English, own words, written before any change and before reading fold A's misses): one reading
per act, told by clause roles (who acts, polarity, modality, what follows), not by a wording.
Flagged: a dead end told as a plain passive or future outcome with the customer's request as its subject and nothing
after; policy as a shield in a verbless rule source with a regret marker; precedent (the past, or "always", as the
whole reason); a brush-off that the trouble will mend itself or is normal, with nothing done.
Clean twins: the same outcome with a next step or an alternative; good news told in the passive; the rule that grants or
with our exception; the past as a help with our step; normalising with an apology and our fix; our own fault owned with
no charge ("we won't charge"); advice for the customer's own benefit worded as an imperative."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("Your transfer to the Leeds branch won't be going ahead.", True, "dead-end"),
 ("Your claim for the cracked screen has been rejected.", True, "dead-end"),
 ("The front-row seats you wanted have all gone.", True, "dead-end"),
 ("Your appeal against the parking charge was not upheld.", True, "dead-end"),
 ("Moving the delivery to Saturday isn't something that's possible.", True, "dead-end"),
 ("The blue one in your size is completely sold out, I'm afraid.", True, "dead-end"),
 ("Your request for a late check-out has been declined.", True, "dead-end"),
 ("The upgrade won't be happening this month.", True, "dead-end"),
 ("Your claim for the cracked screen has been rejected, but I've lodged an appeal for you and you'll hear within five days.", False, "clean-outcome-next-step"),
 ("The front-row seats have all gone, so I've held two in row C for you until tonight.", False, "clean-outcome-alternative"),
 ("Your request for a late check-out was declined, but you can leave your bags with us until 6 pm.", False, "clean-outcome-alternative"),
 ("The blue one in your size is sold out; the navy is in stock and I can send it today.", False, "clean-outcome-alternative"),
 ("Your refund has been approved and will be back on your card by Friday.", False, "clean-good-news"),
 ("The roof work won't be going ahead until the scaffold is up on Monday; I'll text you the moment it is.", False, "clean-outcome-next-step"),
 ("Company rules, I'm afraid.", True, "policy-shield"),
 ("Store policy, sorry.", True, "policy-shield"),
 ("Insurance rules, unfortunately.", True, "policy-shield"),
 ("Company policy, I'm afraid, but I can ask my manager for an exception and ring you back by four.", False, "clean-policy-alternative"),
 ("Hotel policy: breakfast comes with every room, so there's nothing extra to pay.", False, "clean-policy-grants"),
 ("We've always done the invoices monthly, and that isn't going to change.", True, "precedent"),
 ("That's how it's been done here for twenty years.", True, "precedent"),
 ("Back when I started, nobody expected next-day delivery.", True, "precedent"),
 ("It's always worked this way and nobody's had a problem with it.", True, "precedent"),
 ("In my day people just waited for the engineer to turn up.", True, "precedent"),
 ("We've always done the invoices monthly, but I can switch yours to weekly from today.", False, "clean-precedent-step"),
 ("We've always been glad to help with that, so I'll get the form posted out now.", False, "clean-precedent-help"),
 ("Same as last year, I'll book the big room for your team and send the confirmation tonight.", False, "clean-precedent-help"),
 ("It'll sort itself out in a day or two.", True, "brush-off"),
 ("These things happen with new boilers.", True, "brush-off"),
 ("Oh, it'll settle down, they always do.", True, "brush-off"),
 ("Happens all the time, honestly, it's nothing.", True, "brush-off"),
 ("These things can happen, and I'm sorry it happened to you; I'm sending an engineer tomorrow morning.", False, "clean-normal-with-fix"),
 ("The warning light usually goes off after the first full charge; if it hasn't by Friday, ring me and I'll swap the unit.", False, "clean-information-next-step"),
 ("That was our mistake, and we won't charge you for the second visit.", False, "clean-own-fault"),
 ("The error was ours, so we won't be taking the late fee.", False, "clean-own-fault"),
 ("Ask the pharmacist for a printed label; it gets your claim through faster.", False, "clean-advice"),
 ("Keep the packaging for a week, just in case anything needs to come back.", False, "clean-advice"),
 ("Get the fitter to sign the job sheet, so you're covered if anything goes wrong later.", False, "clean-advice"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pen34", "en", ROWS)
