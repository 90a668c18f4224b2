/**
 * Events a restatement tells in other verbs than the customer's, most of them two-word verbs
 * WordNet does not group with their plain verb or leaves out with the light verbs (come, go,
 * keep, say): telling ("insisted", "claimed" for "said"), giving ("handed"), arriving ("turned
 * up", "showed up", "came round"), getting back to someone, answering a phone, refusing
 * ("turned down", "said no"), cancelling ("pulled out", "backed out"), leaving ("packed up",
 * "went home"), breaking down ("packed in", "gave out"), keeping ("held on to"), dumping
 * ("tipped"), sending away, swapping, cracking, handing back, moving someone, asking
 * first, being locked in, recording ("captured", "filmed") and waiting ("sitting there", "hanging
 * about"). Each line is one word class: its words (base
 * forms; a two-word verb's particle as written) share that sense in `sameSense`.
 */
export const EVENT_SENSES: readonly (readonly string[])[] = [
  ['say', 'tell', 'claim', 'insist', 'assure', 'mention'],
  ['give', 'hand', 'hand over', 'pass on'],
  [
    'arrive',
    'come',
    'turn up',
    'show up',
    'show',
    'come round',
    'come over',
    'come by',
    'be round',
    'be out',
    'be over',
    'appear',
    'reach',
    'get there',
  ],
  [
    'call',
    'ring',
    'phone',
    'call back',
    'ring back',
    'phone back',
    'get back',
    'touch',
    'contact',
    'hear back',
  ],
  ['answer', 'pick up', 'reply', 'respond'],
  ['refuse', 'decline', 'reject', 'turn down', 'say no', 'knock back', 'rebuff'],
  ['cancel', 'call off', 'pull out', 'back out', 'drop out', 'scrap'],
  ['leave', 'go home', 'pack up', 'wrap up', 'clear off', 'head off'],
  ['break', 'break down', 'pack in', 'pack up', 'give out', 'conk out', 'stop working', 'die'],
  ['keep', 'hold on', 'hang on', 'withhold', 'retain'],
  ['dump', 'tip', 'tip out'],
  ['turn away', 'send away', 'send off'],
  ['crack', 'split', 'fracture'],
  ['swap', 'exchange', 'switch', 'replace'],
  ['return', 'send back', 'give back', 'take back', 'bring back', 'hand back'],
  ['move', 'switch', 'transfer', 'shift'],
  ['ask', 'check with', 'consult'],
  ['lock', 'trap', 'stick'],
  ['record', 'capture', 'film', 'tape'],
  ['wait', 'sit', 'queue', 'hang around', 'hang about'],
];
