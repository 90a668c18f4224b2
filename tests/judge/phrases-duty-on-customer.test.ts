import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// An order told as a requirement: the customer or their thing as the subject of an obligation, with no please,
// reason, gain or step of ours (en-duty-on-customer.ts). Each flagged here was clean before.

describe('the customer or their thing under an obligation, nothing softening it', () => {
  flagsAs('order', [
    'Your bike must be chained up by the back gate and hosed down before the service.',
    'Your crates have to be strapped and stacked at the loading bay for six.',
    'Your van has to be off the forecourt before the tanker arrives.',
    'Your paperwork needs to be completed in black ink, or we will turn you away at the desk.',
  ]);
  staysClean([
    // our own obligation
    'We have to be at the house before nine, so I will ring you when the van leaves.',
    // the requirement with our offer after it
    'Your form needs to be signed on page two; I can email you a copy to sign online.',
    // a neutral consequence told as information
    'Your readings need to be in by the 28th, otherwise the bill is worked out from last year.',
    // what the customer must be, or where: a condition of the service
    'You must be 18 to rent a car.',
    'You need to be at the gate forty minutes before the ferry sails.',
    // the means handed over, or a service done for them
    "Your bike has to be registered before the race; here's the link to the form.",
    'Your luggage must be tagged at the desk, and the crew will load it for you.',
    // a request, and a reason for the customer's own good
    'Could your van be off the forecourt by eight? The tanker needs the space.',
    'Your bike needs to be chained up by the gate so that it is insured overnight.',
  ]);
});
