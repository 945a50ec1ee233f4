import { because, says, type Signal } from './signals';

/**
 * What council complaints mail says, by feedback type. General knowledge of the mailbox,
 * not fitted to any one email: each pattern is a phrase officers recognise.
 */

/** What may follow "stage 2" when it is not a complaint's stage: a course, a group, building works. */
const NOT_A_COMPLAINT_STAGE =
  '(?! (?:lessons?|class(?:es)?|swim\\w*|course|groups?|works?|of (?:the )?(?:works?|build\\w*|scheme|development|project|consultation|plan))\\b)';

/**
 * Who "well done" is aimed at when it is sarcasm: "well done to whoever decided…". The
 * complaint signs read it as praise of what went wrong; the compliment signs leave it out.
 */
const TO_WHOEVER_DECIDED = String.raw`(?:to )?whoever (?:decided|thought|came up with|designed|is responsible for)`;

/** Asking for a complaint to be logged, or escalated. */
export const COMPLAINT_EXPLICIT: readonly Signal[] = [
  says(
    /\b(?:make|making|raise|raising|lodge|lodging|submit|submitting|register|log|put in|file) (?:a |an |my |our |this )?(?:formal |official )?complaint\b/gi,
    4,
    true,
  ),
  says(
    /\b(?:writing|want|wish|like|need|have) to (?:formally )?complain\b|\bhow (?:do|can) i (?:formally )?complain\b/gi,
    4,
    true,
  ),
  says(/\bcomplain(?:ing)? (?:about|on behalf of|regarding|that)\b/gi, 3, true),
  says(
    /\b(?:treat|accept|take|log|record) (?:this|it|my|our)(?: letter| e-?mail| message)? as an? (?:formal |official )?complaint\b/gi,
    4,
    true,
  ),
  says(/\bthis is (?:an? |my |our )(?:formal |official )?complaint\b/gi, 4, true),
  // A decision disputed through its review route is a complaint (docs/triage-labelling.md).
  says(
    /\b(?:decision|assessment|banding|outcome|allowance|award|penalty) (?:[\w'’£-]+ ){0,10}?(?:to be|be) (?:reviewed|reconsidered|looked at again)\b|\bto (?:review|reconsider|look again at) (?:this|the|that|your|my|our|his|her) (?:[\w'’-]+ ){0,2}?decision\b/gi,
    2.5,
  ),
  says(
    /\b(?:request(?:ing)?|ask(?:ing)?|seek(?:ing)?) (?:for )?(?:a |an )?(?:formal |statutory )?review of (?:the |your |this |that |their |her |his |my )?(?:[\w'’-]+ ){0,3}?decision\b|\b(?:appeal|appealing) (?:formally )?against (?:the |your |this |that )?(?:[\w'’-]+ ){0,3}?decision\b|\bplease review (?:the|your|this|that|her|his|their|my) (?:[\w'’-]+ ){0,2}?(?:decision|band(?:ing)?|assessment)\b/gi,
    2.5,
  ),
  // A colleague's note of a complaint taken on the phone, or asking for the email below to be logged as one.
  says(
    /\bcomplaint (?:taken|received|made) (?:by|over the) (?:tele)?phone\b|\blog the (?:e-?mail|message|letter) below as an? (?:formal )?complaint\b/gi,
    4,
  ),
  says(
    /\b(?:handle|deal with|treat|respond to) (?:it|this|them) (?:under|through|as part of) (?:the|our|your) (?:\w+ )?complaints? (?:procedure|process)\b/gi,
    4,
  ),
  says(/\bcomplaint on behalf of\b/gi, 3, true),
  // A colleague asking for forwarded mail to be logged: by convention the resident's complaint.
  says(
    /\b(?:please (?:can you |could you )?|(?:can|could) you (?:please )?)log (?:the (?:below|attached|email below|following)|(?:this(?: one)?|it)(?! (?:as an? )?compliment)|(?:at|as) stage \w+|as (?:an? )?(?:formal |new )?complaint)\b|\b(?:be )?logged as (?:an? )?(?:[\w'’]+ ){0,3}?complaint\b|\bfor logging\b/gi,
    3,
  ),
  says(/\bformal complaint\b/gi, 2, true),
  says(/\b(?:escalat(?:e|ed|ing|ion)) (?:to |of |my |this |it |the )/gi, 3, true),
  says(/\b(?:be|been|being|get (?:this|it)|have (?:this|it)) escalated\b/gi, 3, true),
  // A complaint's stage, not a course's or a building's ("Stage 3 lessons", "stage 2 of the works").
  says(new RegExp(`\\bstage (?:2|3|two|three)\\b${NOT_A_COMPLAINT_STAGE}`, 'gi'), 2),
  says(/\b(?:independent )?review panel\b/gi, 2),
  says(/\b(?:another|the next|a further) stage\b/gi, 2),
  says(/\bindependent investigation\b/gi, 2),
  says(/\bnot (?:satisfied|happy|content) with (?:the|your|this|that|it|my)\b/gi, 3),
  says(/\b(?:remain|still|am|are) (?:dissatisfied|unhappy)\b/gi, 3),
  says(/\bnot accepting (?:this|that|it|the)\b/gi, 2),
  says(
    /\b(?:do not|don['’]t|dont|did not|didn['’]t) agree with (?:the|that|this|your|its) (?:adjudication|outcome|response|decision|findings?|conclusions?|assessment|recommendations?)\b/gi,
    3,
  ),
  says(
    // Not a neighbour who "doesn't answer the door": a person named by "he" or "she" is no service.
    /(?<!\b(?:he|she|mum|dad) )\b(?:doesn[’']?t|does not|didn[’']?t|did not|haven[’']?t|have not|hasn[’']?t|has not) (?:answered|answer|addressed|address|dealt with|deal with|responded to|respond to) (?:what|the|my|any|it|this|that)\b/gi,
    2,
  ),
];

/**
 * Someone who did not come home or back, a door nobody answers: a person at home, not a service
 * that failed (a child reporting that mum did not come home last night is no complaint).
 */
const NOT_A_SERVICE = String.raw`(?! (?:home|back|(?:the|my|his|her|their|our) (?:front )?door))`;

/** Dissatisfaction and service failure: counted, but capped, so a long grumble is not a certainty. */
export const COMPLAINT_DISSATISFACTION: readonly Signal[] = [
  says(/\b(?:not|never) (?:happy|good enough|acceptable|fair)\b/gi, 1),
  says(
    /\b(?:unacceptable|disgust(?:ed|ing)|appall(?:ed|ing)|shocking|disgrace(?:ful)?|outrageous|ridiculous|fed up)\b/gi,
    1,
  ),
  says(
    new RegExp(
      String.raw`\b(?:nobody|no one|no-one|noone) (?:has |have |had )?(?:rung|rang|called|phoned|replied|responded|got back|came|come|turned up|told|tells|answers|listens|can|emptied|collected|contacted)\b${NOT_A_SERVICE}`,
      'gi',
    ),
    1.5,
  ),
  says(
    /\b(?:still|yet to) (?:not|no|hasn[’']?t|haven[’']?t|hasnt|havent|waiting|nothing|heard nothing)\b/gi,
    1,
  ),
  says(
    /\b(?:no|not had an?|not received an?|haven[’']?t had an?|without an?) (?:reply|response|call ?back|acknowledge?ment|update)\b/gi,
    1,
  ),
  says(
    new RegExp(
      String.raw`\b(?:never|didn[’']?t|did not|hasn[’']?t|has not|haven[’']?t|have not|hasnt|havent|didnt) (?:turned up|turn up|arrived|came|come|rang|called|replied|responded|happened|been (?:paid|done|made|sent|allocated|fixed))\b${NOT_A_SERVICE}`,
      'gi',
    ),
    1,
  ),
  says(
    /\b(?:(?:third|3rd|fourth|4th|fifth) time|\d+ times|several times|yet again|again)\b/gi,
    0.5,
  ),
  says(/\bfail(?:ed|ure|ing|s)? to\b/gi, 1),
  says(
    /\bwithout (?:any )?(?:explanation|warning|notice|review|reassess\w*|assess\w*|a (?:review|reason))\b/gi,
    1,
  ),
  says(
    /\b(?:sort it out|not good enough|i pay my council tax|ringing the paper|go to the press)\b/gi,
    1.5,
  ),
  // The sender's own feelings, not someone else's: "he got angry", "mum would be upset", "Pamela
  // gets very angry", "he's angry with me", "I've upset him" are a household's, not a complaint.
  says(
    /(?<!\b(?:he|she|they|it|dad|mum|him|her|who|man|hes|shes|(?:he|she|they)['’](?:s|re|ll|d)) (?:got|gets|get|was|is|were|are|became|becomes|goes|went|gone|getting|seemed|seems|be|been|would be|will be|would get|will get) (?:(?:very|extremely|really|most|deeply|so) )?)\b(?:(?:very|extremely|really|most|deeply|so) )?(?:unhappy|disappointed|dissatisfied|upset|angry|furious|livid|frustrated|annoyed|let down|not impressed)\b(?! (?:with|at) (?:me|us)\b| (?:him|her|them)\b)/gi,
    1.5,
    true,
  ),
  says(
    /\b(?:rubbish|terrible|awful|useless|incompetent|shambles|a joke|in a state|poor (?:service|communication|standard|quality|workmanship|attitude)|totally unfair)\b/gi,
    1,
  ),
  says(
    /\bwithout (?:telling|informing|consulting|asking|notifying|contacting) (?:me|us|anyone|the family)\b|\bin a row\b|\brefused to\b|\b(?:charged|billed) (?:me |us )?(?:twice|in error|wrongly)\b|\bbeen waiting (?:for )?(?:\w+ )?(?:weeks|months)\b|\bchas(?:ed|ing) (?:this|it|up)\b/gi,
    1,
  ),
  says(
    /\bplease (?:correct|refund|cancel|remove|withdraw|fix|sort|reimburse|investigate|review|explain why)\b/gi,
    1.5,
  ),
  says(/\b(?:is|was|are|were|been|still) (?:wrong|incorrect|inaccurate)\b/gi, 1),
  // Not told, promised and let down, something done that should not have been.
  says(
    /\b(?:why (?:were|was|have|has) (?:we|i|she|he|they) (?:not|never) (?:been )?(?:told|informed|notified|consulted|asked)|(?:we|i) (?:were|was) (?:not|never) (?:told|informed|notified|consulted|sent|given))\b/gi,
    1.5,
  ),
  says(
    /\b(?:we|i) (?:were|was) (?:assured|promised) (?:\w+ ){0,6}?(?:would|will)\b|\bshould (?:not|never) have been\b/gi,
    1.5,
  ),
  // A job reported done that is not, and doing the council's job for it.
  says(
    /\b(?:it|this|that) (?:is|was) not (?:cleared|done|fixed|finished|sorted|emptied|collected|repaired)\b|\bdo (?:your|their) (?:own )?jobs?\b/gi,
    1.5,
  ),
  // Done without telling anyone, late despite a timescale, a polite request to explain why.
  says(
    /\bno (?:consultation|notice|warning)\b|\bwhy (?:the \w+|residents|neighbours|we|i|they) (?:was|were) (?:not|never) (?:told|informed|notified|consulted)\b|\bdespite (?:the|a|your) (?:[\w-]+ )?(?:timescale|deadline|target|promise)\b/gi,
    1.5,
  ),
  says(
    /\bgrateful if (?:you|the council|someone) (?:could|would) (?:look into|investigate|explain why|review)\b|\ba proper (?:answer|response|reply|explanation)\b|\b(?:getting|get|have) (?:this|it|the (?:fine|penalty|charge|ticket|fee)) (?:cancelled|refunded|removed|waived)\b/gi,
    1.5,
  ),
  // Unfairness, a mistake the sender is made to pay for, being spoken to badly.
  says(
    /\b(?:(?:don[’']?t|do not) think (?:it|this|that)(?:['’]s| is) (?:fair|right|reasonable)|unfair(?:ly)?)\b/gi,
    1.5,
  ),
  says(
    /\b(?:your|the council['’]s|(?:the )?\w+ (?:office|team|service|department)['’]s|their) (?:own )?(?:mistake|error)\b/gi,
    1.5,
  ),
  says(/\b(?:spoken|talked|speak|talk) to (?:me )?like that\b|\brude(?:ly|ness)?\b/gi, 1),
  says(
    /\bplease (?:put back|reinstate|restore|take (?:the |these |those )?(?:charges?|fines?|fees?) off)\b|\btake (?:the |these |those )?(?:charges?|fines?|fees?) off\b/gi,
    1.5,
  ),
  says(
    /\b(?:nobody|no one|no-one|noone) (?:ever )?(?:asked|ask|checked|check|explained|warned) (?:me|us)\b/gi,
    1.5,
  ),
  says(/\bunfortunately\b/gi, 0.5),
  // Dissatisfaction in everyday words, without the word "complaint".
  says(
    /\b(?:never|(?:does|did|do)(?: not|n['’]?t)) (?:answers?|returns?|replies|rings?|calls?|listens?|gets? back|turn(?:s|ed)? up|happen(?:ed|s)?)\b|\b(?:doesnt|didnt|dont) (?:answer|return|reply|ring|call|listen|get back|turn up|happen)\b/gi,
    1,
  ),
  says(
    /\b(?:nobody|no one|no-one|noone) (?:ever )?(?:listens|rings? (?:me )?back|calls? (?:me )?back|phones? (?:me )?back|gets? back|returns? (?:my|our|his|her|their|any) (?:calls|emails|messages)|has (?:actually )?(?:sorted|been back|done anything|bothered))\b/gi,
    1.5,
  ),
  // Still waiting for what was due: a date, a decision, a reply.
  says(
    /\bstill (?:waiting|waits|chasing) (?:for|on) (?:a|an|the|my|our|his|her|their|any) (?:date|decision|reply|response|answer|appointment|assessment|visit|refund|call back|callback)\b/gi,
    1.5,
  ),
  says(
    /\b(?:far|way|much) too long\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen) (?:weeks|months) (?:late|overdue|on\b|and (?:still|nothing))|\bhow (?:much )?longer\b|\bhow long (?:do|must|should|have|will) (?:i|we) (?:have to )?(?:wait|keep|put up)\b|\bhow long (?:is|will) this (?:go on|carry on|continue)\b|\bhow long i have been waiting\b/gi,
    1.5,
  ),
  says(
    /\bwaiting (?:\w+ ){0,5}?(?:for )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:weeks|months)\b|\bwaiting (?:\w+ ){0,4}?for (?:weeks|months)\b/gi,
    1,
  ),
  says(
    /\bkeeps? (?:missing|cancell?ing|forgetting|losing|sending|getting it wrong|charging)\b/gi,
    1,
  ),
  says(
    /\b(?:weren['’]?t|wasn['’]?t|were not|was not|not been|haven['’]?t been|hasn['’]?t been|have not been|has not been) (?:collected|emptied|picked up|delivered|fixed|repaired|done|returned|processed|answered)\b/gi,
    1.5,
  ),
  says(
    /\b(?:your|the council['’]?s) (?:own |system |\w+ )?fault\b|\bwhat(?: is|['’]s) going on\b|\bstop (?:sending|chasing|threatening)\b|\bstop it\b/gi,
    1.5,
  ),
  says(
    /\b(?:already|have|had|i|we) paid\b[^.!?\n]{0,60}\b(?:reminders?|letters?|court|bailiffs?|chas\w+|summons)\b|\b(?:reminders?|letters?|court|bailiffs?|summons)\b[^.!?\n]{0,60}\b(?:already paid|i paid|we paid|paid in full|have paid)\b/gi,
    1.5,
  ),
  says(
    /\b(?:payment|money|£ ?\d+)\b[^.!?\n]{0,40}\b(?:went out|debited|came out|left my account)\b/gi,
    1,
  ),
  says(/\bno (?:confirmation|reference(?: number)?|receipt)\b/gi, 1),
  says(
    /\bput (?:it|this|things) right\b|\bmake good\b|\bexpect (?:it|this) to be (?:put right|fixed|sorted|repaired|resolved)\b/gi,
    1.5,
  ),
  says(
    /\breported (?:it|this|them|the problem|the issue|the \w+) (?:\w+ )?(?:times|twice|again)\b/gi,
    1,
  ),
  says(
    /\b(?:is|are|was|were) (?:absolutely |just )?(?:rubbish|terrible|awful|useless|a joke|a disgrace|a shambles)\b/gi,
    1.5,
  ),
  says(
    /\b(?:been|was|were|keeps? getting|keep being)(?: all)? (?:missed|skipped|cancel\w+|ignored|let down|fobbed off)\b/gi,
    1,
  ),
  says(/\b(?:this|it) (?:is ?n[’']?t|isn[’']?t|is not) about (?:them|her|him)\b/gi, 1.5),
  says(/\bi want to start by saying\b/gi, 0.5),
  {
    pattern:
      /\b(?:i|we)(?: want| would like|['’]d like| expect| am asking for| are asking for| ask that| need| invite the council to)\b[^.?!\n]{0,80}?\b(?:refund\w*|apolog\w*|explanation|reimburs\w*|compensat\w*|money back|withdrawn?|cancel\w*|corrected|put on hold|reviews?|removed|backdated|allocated|fixed|emptied|collected|moved|investigat\w*|reassess\w*|reinstated|paid|pay for|look(?:ed)? into|new (?:social )?worker|new (?:pa|personal adviser|key ?worker)|compensation|reviewed)\b/gi,
    weight: 2,
    reason: (q) => `Asks for a remedy: ${q}`,
  },
  says(
    /\bexpect (?:you|the council|someone) to (?:pay|put|fix|refund|sort|cover|reimburse|apologi[sz]e)\b/gi,
    2,
  ),
];

export const COMPLAINT_DISSATISFACTION_CAP = 5;

/**
 * Dissatisfaction said without the word "complaint": the same thing asked again and again,
 * nothing happening, a worker who never comes, a remedy asked for, threats to go further.
 * Written in the everyday words (and spellings: "doesnt", "agen") people use.
 */
export const COMPLAINT_EVERYDAY: readonly Signal[] = [
  says(
    /\b(?:has|have|had|keeps?) cancell?ed\b(?: [\w'’-]+){0,3}? (?:\d+|two|three|four|five|several|many) times\b|\breported (?:it|this|them|the \w+|(?:\w+ ){1,3}?(?:to you|to the council))\b[^.!?\n]{0,60}? and again\b|\b(?:\d+|two|three|four|five|six) (?:out )?of the last (?:\d+|two|three|four|five|six|seven|eight|ten)\b/gi,
    1.5,
  ),
  says(
    /\b(?:it['’]?s|it is|they['’]re|they are) still (?:empty|broken|not (?:fixed|done|working|repaired|emptied|sorted)|missing|blocked|leaking|unrepaired)\b|\b(?:like|want|need) (?:the |my |our )?(?:[\w'’-]+ )?put right\b|\bbe put right\b/gi,
    1,
  ),
  // Something gone wrong, said calmly: why it happened, who let them down, that it still is not right.
  says(
    /\b(?:i['’]?d|i would|we['’]?d|we would) like to (?:understand|know) why\b|\b(?:i|we) (?:want|need) to (?:understand|know) why\b|\b(?:want|would like|['’]d like) (?:someone|somebody|you) to explain why\b|\blet (?:us|me|him|her|them|my \w+) down\b|\bshould (?:never|not) have happened\b|\bstill (?:aren['’]?t|isn['’]?t|are not|is not) (?:right|correct|accurate|fixed)\b|\bnothing (?:change[sd]?|improve[sd]?|has been done|was done)\b|\b(?:(?:has|have|had) not|hasn['’]?t|haven['’]?t|never) (?:been )?explained (?:why|what happened)\b|\b(?:had|been given|received|got) no explanation\b/gi,
    1.5,
  ),
  says(
    /\b(?:pay|refund|replace|compensate) (?:me |us )?for the (?:[\w'’-]+ ){0,3}?(?:lost|damaged|broken|ruined|missing)\b|\b(?:do not|don['’]?t) think (?:i|we) should (?:have to )?(?:pay|be charged)\b|\b(?:the )?mistake was made (?:at|by) (?:your|the council['’]s)\b|\bsomeone more senior\b/gi,
    2,
  ),
  says(
    /\b(?:phoned|rung|rang|called|emailed|e-mailed|written|chased|reported|asked|mentioned|raised|told (?:them|you))\b(?: [\w'’-]+){0,6}? (?:\d+|two|three|four|five|six|seven|eight|several|many|countless|numerous) times\b/gi,
    1.5,
  ),
  says(
    /\bnothing (?:has |have |had )?(?:happened|been done|changed|was done|came of it)\b|\b(?:each|every) time (?:i|we) (?:ring|call|phone|ask|chase|am told|get told)\b|\beach time (?:i['’]?m|i am|we['’]?re|we are) told\b/gi,
    1.5,
  ),
  says(
    /\b(?:go|going|write|writing|take (?:this|it)|taking (?:this|it)) to (?:my mp|the press|the papers|the ombudsman|my councillor)\b/gi,
    1.5,
  ),
  says(
    /\b(?:social worker|carers?|agency|staff|worker|head of year|teacher|school|the home|manager|officer|team|they)\b(?: [\w'’-]+){0,3}? (?:never|does not|doesn['’]?t|doesnt|did not|didn['’]?t|didnt|do not|don['’]?t|dont|won['’]?t|will not|wont) (?:come|comes|came|listen|listens|answer|answers|ring|rings|turn up|turns up|visit|visits|bother|explain|tell|call|reply)\b/gi,
    1.5,
  ),
  says(
    /\b(?:carers?|staff|agency|worker|foster carer|the home|the unit) (?:\w+ ){0,3}?(?:shouts?|shouted|shouting|rough|ignores?|ignored|laughed|locks?|locking|locked|refuses?|refused|leaves? (?:her|him|them)|left (?:her|him|them))\b/gi,
    1.5,
  ),
  says(
    /\bkeeps? (?:happening|changing|moving|being late|coming late|going wrong)\b|\bchanged (?:again|agen|\d+ times)\b|\b(?:\d+|third|3rd|fourth|4th|fifth|5th) (?:one|worker|social worker|carer|time) (?:this|in a|in the) (?:year|month|week)\b|\bmoved (?:\w+ ){0,2}?(?:\d+|three|four|five|six) times\b/gi,
    1.5,
  ),
  says(
    /\b(?:she|he|they|you|the council|it) still (?:hasn['’]?t|hasnt|has not|haven['’]?t|havent|have not|hadn['’]?t)\b|\b(?:it['’]?s|its|that['’]?s|thats|this is) (?:so |really |just )?not fair\b|\b(?:this|the) wait(?:ing)? is (?:killing|driving) me\b|\b(?:nobody|no one|no-one|noone) from (?:the council|your (?:team|office|department|service)|social services|children['’]?s services) (?:has|have|had) (?:even |ever )?(?:called|rung|rang|phoned|been in touch|got back|come|replied)\b/gi,
    1.5,
  ),
  // Asked before and still waiting: "I've been asking since Monday", "for the third time",
  // money taken wrongly and wanted back (dev49).
  says(
    /\b(?:i|we) (?:have|['’]ve) been (?:asking|chasing|ringing|emailing) (?:since|for)\b|\b(?:write|writing|email|emailing|ring|ringing|ask|asking|report|reporting|chase|chasing|contact|contacting)\b(?: \w+){0,3}? for the (?:second|third|fourth|fifth) time\b|\b(?:want|need) (?:it|my money|the money) back\b/gi,
    2,
  ),
  // Praise said of what went wrong: sarcasm ("lovely to wait fourteen weeks", "well done to
  // whoever decided…", "thank you for the £70 welcome present on my windscreen").
  because(
    new RegExp(
      String.raw`\b(?:lovely|great|wonderful|brilliant|fantastic|nice) to (?:wait|be (?:told|kept waiting|ignored|fobbed off|passed)|find out|hear nothing|get nothing)\b|\bwell done ${TO_WHOEVER_DECIDED}\b|\b(?:thanks?|thank you|cheers) (?:\w+ ){0,3}?for (?:losing|ignoring|wasting)\b|\bwelcome present\b|\b(?:really|very|so) professional[.!]`,
      'gi',
    ),
    3,
    'Praise that is sarcasm',
  ),
  says(
    /\b(?:thanks?|thank you|cheers) for nothing\b|\b(?:please )?(?:do not|don['’]t) close (?:this|it|my complaint)\b|\b(?:this|it) is the wrong decision\b|\b(?:want|ask|urge) (?:the council|you|them) to (?:look at (?:it|this|the decision) again|reconsider|think again)\b|\b(?:and|please) reconsider\b/gi,
    2,
  ),
  says(
    /\b(?:this|it) (?:is|['’]s) not the first time\b|\bits not the first time\b|\bnot for the first time\b/gi,
    1.5,
  ),
  says(
    /\bthe wait(?:ing list| for \w+)? is (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:weeks|months|years)\b|\bstopped (?:coming|visiting|calling|turning up)\b|\b(?:nobody|no one|noone) (?:has )?(?:replaced|explained|noticed|checked|apologi[sz]ed)\b/gi,
    1,
  ),
  says(
    /\b(?:i['’]?d|i would|we['’]?d|we would|please can|can) (?:like )?(?:someone|somebody|you) (?:to )?(?:look (?:at|into) (?:this|it)|investigate|check (?:this|what)|explain)\b/gi,
    2,
  ),
  says(
    /\b(?:want|need|expect) (?:this|it|that|things) (?:to be )?(?:put right|sorted|fixed|resolved|looked at again)\b/gi,
    2,
  ),
  says(
    /\b(?:paid|arrived|came|come|turned up) late\b|\b(?:days|months|weeks) running\b|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:\w+ )?running\b|\b(?:reported|asked for|requested|applied for|wrote|emailed|rang|phoned)\b[^.!?\n]{0,100}?\band again (?:in|on|last|this|at)\b|\b(?:lost|losing) (?:my|the|our) (?:form|paperwork|documents|application|file)\b/gi,
    1,
  ),
  says(
    /\bplease bring (?:back|it back)\b|\bsince (?:you|the council) (?:cut|stopped|closed|removed|changed|took away|scrapped)\b/gi,
    1.5,
  ),
  says(/\bhad enough of (?:this|your|the|you)\b/gi, 1.5),
  // Less than was arranged or paid for, and a worker's conduct.
  says(
    /\b(?:is|are|was|were) ?n[’']?t what (?:\w+ ){0,2}?(?:is|are|am|was|were) (?:getting|paying for|promised|told)\b|\bnot what (?:\w+ ){0,2}?(?:is|are|am|was|were) (?:getting|paying for|promised|told)\b/gi,
    1.5,
  ),
  says(
    /\b(?:driver|escort|staff|worker|officer|carer|contractor|assessor|inspector)['’]s (?:behaviour|attitude|conduct|manner|rudeness)\b/gi,
    1.5,
  ),
  says(
    /\b(?:have|has|had|i['’]ve|we['’]ve) heard nothing\b|\bheard nothing (?:back|since|from)\b|\bnothing (?:since|back)\b|\ban? automatic (?:reply|response|acknowledge?ment) only\b|\bonly (?:had |got |received )?an? automatic (?:reply|response)\b/gi,
    1.5,
  ),
  says(
    /\b(?:charged|billed) (?:me |us |her |him |them )?(?:twice|in error|wrongly|double)\b/gi,
    1.5,
  ),
  says(
    /\bwhy (?:has|have|did|does|do|is|are) (?:\w+ ){0,4}?(?:changed|cancell?ed|stopped|closed|shut|moved|not)\b/gi,
    1,
  ),
  // Short mail from a phone: reported and still there, an appeal, nobody
  // saying why, a crew told to come back (dev29, session 23).
  says(
    /\breported (?:it |this )?(?:online |already )?(?:twice|three times|\d+ times)\b|\b(?:it['’]?s|its|it is) still there\b|\b(?:i|we) (?:want|wish|would like|['’]d like) to appeal\b|\b(?:no one|nobody|noone) (?:told|tells|has told) (?:me|us) why\b|\bwhy (?:it is|it['’]s|is it) taking so long\b|\bcome back and (?:pick|clear|collect|finish|clean)\b/gi,
    1.5,
  ),
  // A refusal they dispute, a driver to be spoken to, a service not when it is supposed to be
  // (dev31, session 23).
  says(
    /\brefus(?:ing|ed|al of) our (?:request|application)\b|\b(?:i['’]?d|i would|we['’]?d|we would) like (?:the|your) (?:driver|crew|officer|warden|staff member|operative)s? (?:to be )?spoken to\b|\b(?:are|is|were|was) supposed to (?:come|arrive|be (?:here|delivered|collected)) (?:at|by|on)\b/gi,
    1.5,
  ),
  // A service that went wrong again, a figure they say is wrong, a job to be done again, and
  // being passed from one team to another (dev27, session 23).
  says(
    /\b(?:(?:the )?(?:\w+ )?(?:crews?|contractors?|collectors?|drivers?)|they|you|the council) (?:have|has) (?:now )?(?:twice|three times|four times|\d+ times) (?:in|this|over) (?:the (?:last|past) )?(?:week|fortnight|month|few weeks|few months)\b|\b(?:the|my|your) (?:calculation|figure|amount|bill|assessment|award) is (?:not correct|incorrect|wrong)\b|\bcheck (?:it |this )?again and correct\b|\b(?:needs?|has) to be (?:redone|re-done|done again|done properly|taken out and redone)\b|\bi (?:do not|don['’]?t) care whose (?:budget|job|responsibility|department)\b|\btold me (?:it['’]?s|it is) (?:a )?(?:\w+ ){1,2}?(?:matter|issue|job)\b[^.!?\n]{0,40}?\btold me (?:it['’]?s|it is)\b/gi,
    1.5,
  ),
];

/** Everyday dissatisfaction is capped too: it says "complaint" only together. */
export const COMPLAINT_EVERYDAY_CAP = 4;

/**
 * A service the council runs or arranges for someone, named in the email: grumbles beside a
 * report of harm may be aimed at it ("the carers never came and she was on the floor all
 * night" is a complaint and a concern both). Not a foster carer, of whom a child reports harm.
 */
export const NAMES_A_SERVICE =
  /\b(?:(?<!foster )carers?|care (?:agency|package|calls?|visits?|company|provider)|agency|social worker|sw|personal adviser|leaving care|key ?worker|discharg\w*|sent (?:\w+ )?home|respite|short breaks|direct payments?|reablement|home ?care|the council|your (?:[\w-]+ ){0,3}?(?:team|office|department|service|staff)|assessment|repairs?|officer|complained|(?:my|the|our) case)\b/i;

/** Says it is not (yet) a complaint: a councillor chasing, a general enquiry. */
export const NOT_A_COMPLAINT: readonly Signal[] = [
  because(
    /(?<!\brather )\b(?:not|n[’']t|none of them) (?:\w+ ){0,8}(?:a |an )?formal complaint\b|\bnot (?:a|any) complaint\b|\brather than a complaint\b|\bnot asking you to reopen\b|\bbefore (?:making|we make|they make) a (?:formal )?complaint\b/gi,
    4,
    'Says it is not a formal complaint',
  ),
  // Not disputing anything, or cross with someone else's service (a private car park, a bus
  // company) and asking the council for a way forward, or saying so outright.
  because(
    /\b(?:i am|we are|i'm|we're) not (?:disputing|querying|challenging|complaining about) (?:it|this|that|anything|the \w+)|\bnot (?:querying|disputing) it as such\b|\b(?:is not|isn['’]t|not) (?:your|the council['’]s) (?:car park|service|land|road|responsibility|fault|company)\b|\b(?:their|the \w+ company['’]s) (?:service|car park),? not (?:yours|the council['’]s)\b|\bi know (?:this|it) (?:isn['’]?t|is not|may not be|might not be) (?:strictly |really |directly )?(?:the council|you|a council (?:matter|service)|council business|your (?:department|area))\b/gi,
    2,
    'Says the council is not what it is unhappy with',
  ),
  // A complaint the sender makes about a neighbour or a business: the council is asked to act
  // on someone else, and the complaint words that name them (≈ 7) count for nothing. Not a
  // landlord or a contractor, who may be the council itself.
  because(
    /\b(?:want|wish|would like|['’]d like|writing) to (?:make |raise |lodge )?(?:a )?(?:formal )?complain(?:t)? (?:in the strongest terms )?about (?:(?:my|our|the|a|an) )?(?:\w+ ){0,2}?(?:neighbou?rs?|next door|(?:people|family|tenants?|occupants?|dogs?|noise|music) (?:at|in|from) (?:number|no\.?|flat|house) \d+|private landlord|landlady|letting agents?|takeaway|restaurant|shop|pub|cafe|(?:phone|energy|gas|water|broadband|bus|taxi|insurance|mobile) company|broadband)\b/gi,
    8,
    'Complains of someone the council does not run',
  ),
  // Tried the neighbour first (knocked, a note through the door, asked them to keep it down): a
  // nuisance reported for the council to act on someone else, not a complaint of the council.
  because(
    /\b(?:i|we)(?:['’]ve| have)? (?:(?:already|even|tried) )?(?:knocked(?: on (?:their|his|her|the) door)?|put (?:a )?notes? through (?:their|his|her|the) door|asked (?:him|her|them) (?:to turn it down|to keep it down)|spoken to (?:him|her|them|the owners?|the neighbours?) about (?:it|this|the noise))\b/gi,
    1.5,
    'Has tried the neighbour first',
  ),
  // A first check or a first report, said in so many words: nothing has gone wrong yet.
  because(
    /\b(?:i['’]?m|i am) sure (?:that )?(?:this|it|that)? ?(?:is|['’]s) (?:normal|quite normal|fine)\b|\bnot trying to (?:hurry|rush|chase|pester|hassle)\b|\bi know (?:these things|this|it) (?:can )?takes? (?:time|a (?:few|while|little)\b)|\b(?:(?:this|it) is|it['’]s) the first time (?:it|this) (?:has )?(?:ever )?happened\b|\b(?:i|we)(?:['’]ve| have) never (?:contacted|reported|been in touch with) (?:you|the council)\b|\b(?:is|am|are) ?n[’']?o?t unhappy with anything\b|\bno rush\b|\b(?:reporting|raising|mentioning) (?:it |this )?for the first time\b|\b(?:i|we)(?:['’]ve| have) (?:not|never) (?:contacted|reported|been in touch with|told) (?:you|the council|anyone)(?: about (?:it|this))? before\b/gi,
    2,
    'Says nothing has gone wrong yet',
  ),
  // A claim for damage goes to the insurers, a consultation response to the policy team.
  because(
    /\b(?:i|we) (?:would like|wish|want) to (?:make|submit|put in) a claim\b|\ba credit of £ ?\d[\d,.]* (?:on|in) (?:the|my|our) account\b|\bclaim for (?:the )?(?:damage|cost of (?:the )?repairs?)\b|\bconsultation response\b|\b(?:our|my|this) response to the (?:\w+ ){0,2}?consultation\b/gi,
    2,
    'A claim for damage or a consultation response',
  ),
  // An objection to something not yet decided (a planning application, a proposed traffic
  // order) is a representation for the officer deciding it, not a complaint
  // (docs/triage-labelling.md); an objection to a decision made is one.
  because(
    /\b(?:i|we) (?:(?:wish|would like|want|am writing|are writing) to )?(?:formally )?object(?: in the strongest (?:possible )?terms)? to (?:the |this |an? )?(?:(?:planning|outline|householder|proposed|above) )?(?:application|proposals?|plans?|\d\d\/\d)|\b(?:register|record|add|note) (?:my|our) objection to (?:the |this |an? )?(?:(?:planning|outline|householder|proposed) )?(?:application|proposals?|plans?|\d\d\/\d)/gi,
    2,
    'An objection to something not yet decided',
  ),
  // A court claim is for the council's lawyers, whatever it alleges.
  because(
    /\b(?:notice of issue|particulars of claim|acknowledge?ment of service)\b/gi,
    4,
    'A court claim',
  ),
  // A worry about someone passed on for the council to look into: a report, not a complaint,
  // though what it describes is awful (dev41: rubbish to the ceiling, a card kept by a "mate").
  because(
    /\b(?:can|could|would|will|please (?:can|could)?) ?(?:someone|somebody|you|social services|a social worker) (?:please )?(?:go (?:and|round and) )?(?:check on|go and see|call on|look in on|visit|pop round to|see) (?:him|her|them|those|the|this|that|mrs|mr|ms|miss)\b|\bplease (?:can )?(?:someone|somebody) check on\b|\bsomeone (?:from social services|in social care) (?:needs|ought|should) to (?:know|look|check|see)\b|\b(?:want|would like) social services to know\b|\bwho (?:would|should|do) i (?:talk|speak|tell|report it|go) (?:to )?about (?:that|this|it)\b/gi,
    1.5,
    'Passes on a worry about someone',
  ),
  // About to complain, then put right: the email praises instead (dev42).
  because(
    /\b(?:was|were|had been) (?:all |very |so )?(?:ready|about|going|close|set) to (?:make a |write (?:you )?a |put in a |send (?:you )?a )?(?:formal |strongly worded )?(?:complain\w*|stinker)\b|\binstead of a complaint\b/gi,
    4,
    'Was going to complain, then did not',
  ),
  // Withdrawing a complaint closes one; it makes no new one.
  because(
    /\b(?:withdraw|close|cancel) my complaint\b|\bnot to (?:take|pursue) (?:it|this|the matter|my complaint|things) (?:any )?further\b|\bno longer wish to (?:pursue|continue with) (?:it|this|my complaint|the complaint)\b|\b(?:do not|don['’]t) wish to take (?:it|this|the matter|things|my complaint) (?:any )?further\b|\bi accept (?:the|your) (?:response|outcome|decision|findings)\b/gi,
    4,
    'Withdraws a complaint',
  ),
  // Asking how complaints work, or about a case in general, with nothing gone wrong for them.
  because(
    /\b(?:i have|i['’]ve got|i['’]ve|we have|we['’]ve) no (?:issue|problem|complaint|quarrel)s? with (?:how|the way|anything)\b|\bwant to know how it works\b|\bhow many stages\b|\b(?:address|procedure|process|time limit|form) (?:for|on) (?:formal )?complain(?:ts?|ing)\b|\bwho (?:at|in) the council (?:do|should|can) (?:i|we) complain to\b|\bwhen (?:someone|a resident|a customer|a complainant|a family|people) (?:asks?|wants?|complains?|makes?|requests?)\b/gi,
    2,
    'Asks about complaints in general',
  ),
  // Cross with a body the council does not run (the DWP, the NHS, the police, a utility, a
  // landlord, a private nursery): the council is asked for a way forward, not complained of.
  because(
    /\bcan (?:the council|you) (?:make|force|get) (?:him|her|my landlord|the landlord|the owners?) (?:to )?\w+\b|\b(?:by|from|rung|rang|called|phoned|contacted) the (?:DWP|job ?centre|hospital|NHS|police|water company|energy company|housing association)\b|\b(?:the|my|our) (?:DWP|job ?centre|NHS|police|water company|energy company|gas company|bank|housing association|(?:private )?landlord|letting agent|private (?:nursery|school|company|car park))(?:['’]s| has| have| had| is| are| was| were| keeps?| kept| never| won['’]?t| wont| didn['’]?t| cancell?ed| stopped| put)\b/gi,
    1.5,
    'Unhappy with a body the council does not run',
  ),
];

/**
 * "Grateful" that praises, not the "I would be grateful", "would be so grateful" of a polite
 * request, which asks for something rather than thanking anyone.
 */
const GRATEFUL_AS_PRAISE = String.raw`(?<!\bbe )(?<!\bbe (?:so|very|most) )grateful`;

/** Thanks and praise. */
export const COMPLIMENT: readonly Signal[] = [
  says(
    /\b(?:wanted|want|wanna|wish|like|writing) to (?:say|pass on|put (?:something )?on record|put in writing|send|give)\b[^.\n]{0,40}?\b(?:thanks?|thank you|grateful|positive|praise|on record|a nice)\b/gi,
    3,
  ),
  says(/\bto say (?:a )?(?:big |huge |massive |special )?(?:thanks|thank you)\b/gi, 3),
  // Thanks as people type them on a phone (dev29, session 23).
  says(
    /\b(?:thank u|thanku|thank you so much|cheers for(?! nothing)|ta very much|made my day|thank (?:him|her|them) for (?:me|us)|(?:lovely|great|brilliant|fantastic|cracking|superb|excellent|wonderful|amazing) job|give (?:her|him|them) a (?:medal|award|pay rise)|thank you,? (?:\w+ ){0,2}?(?:team|highways|parks|council|guys|all)!)/gi,
    2,
  ),
  // A colleague passing on praise to be recorded: by convention the resident's compliment.
  says(
    /\blog (?:the (?:\w+ )?(?:message|e-?mail|note|card|letter|comments?) below|this|it) as an? compliment\b|\b(?:be )?logged as an? compliment\b/gi,
    4,
  ),
  // Someone who says they only ever write to complain is writing, this time, to praise.
  because(
    /\b(?:only|normally|usually) (?:ever )?(?:write|wrote|written|get in touch|contact(?:ed)? (?:you|the council)) (?:to|when (?:i|we) (?:want|need) to) complain\b/gi,
    2,
    'Says they usually write only to complain',
  ),
  says(
    /\b(?:i|we) (?:want|wanted|would like|['’]d like|wish) to thank\b|\bthought (?:i|we)['’]?d (?:say|send|pass on) (?:a )?(?:thanks|thank you)\b|\bwith (?:our|my) (?:gratitude|grateful thanks)\b/gi,
    3,
  ),
  says(
    /\b(?:big|massive|huge|special|sincere|heartfelt|so much) (?:thank you|thanks)\b|\bthank you so much\b/gi,
    2,
  ),
  // The sender asking for their words to be handed on, not someone who said they would pass a
  // matter on, nor "pass it on if it is not for you" (routing).
  says(
    /\bpass (?:on )?(?:our|my|these|this|the) (?:thanks|gratitude|compliments?|feedback|appreciation)\b|\b(?:please|(?:can|could|would) (?:you|u)) (?:please )?pass (?:this|it) on\b(?! (?:if|or)\b)/gi,
    2,
  ),
  says(
    /\b(?:her|his|their) (?:manager|boss|line manager|team leader)s? (?:to know|knows?|sees?|should know)\b|\bmake sure (?:her|his|their) (?:manager|boss)\b|\bpassed to (?:their|her|his) manager\b|\btell (?:her|his|their) boss\b|\bwhoever is in charge of them\b/gi,
    2.5,
  ),
  says(
    new RegExp(
      String.raw`\b(?:thanks|thank you|thank-you|${GRATEFUL_AS_PRAISE}|gratitude) (?:to|for) (?!(?:your|the) (?:time|help|email|e-mail|reply|response|consideration|attention|update|letter|information)|any help|looking|a (?:response|reply|substantive|prompt|full)|an (?:update|answer|early)|considering|reading|asking|consulting|listening|the (?:opportunity|chance)|(?:getting|coming) back|(?:your|the|such a) (?:quick|prompt|speedy|fast) (?:reply|response)|replying|responding|nothing|letting (?:me|us) know|my (?:[\w-]+ ){0,3}?letter)`,
      'gi',
    ),
    1.5,
  ),
  says(
    /\b(?:above and beyond|far beyond what|can(?:no|[’'])?t fault|(?:absolute|real) (?:gems?|stars?|credit)|a legend|deserves? (?:a|an) (?:medal|award|pay rise|mention)|staff award|shout ?out|positive feedback|made a (?:real|big|huge) difference|best (?:worker|example|social worker)|(?:so|very) (?:kind|patient|helpful|thorough|calm)|patient and kind|kind and patient)\b/gi,
    1.5,
  ),
  says(
    new RegExp(
      String.raw`\b(?:brilliant|fantastic|excellent|wonderful|amazing|lovely|superb|outstanding|${GRATEFUL_AS_PRAISE}|thankful|gems?|appreciated?)\b`,
      'gi',
    ),
    1,
  ),
  says(
    new RegExp(
      String.raw`\b(?:great|good|nice|fantastic|brilliant|excellent|amazing) (?:job|work|service)\b|\bwell done\b(?! ${TO_WHOEVER_DECIDED})|\bcredit to\b|\bkeep up the good work\b`,
      'gi',
    ),
    1.5,
  ),
  says(
    /\bhappy for (?:the|my|this|our|it)(?: complaint| matter| case)? to be closed\b|\bconsider (?:this|it|the matter) (?:resolved|closed)\b|\b(?:this|the matter) (?:can|may) (?:now )?be closed\b/gi,
    3,
  ),
  says(/\bjust (?:to say|want(?:ed)? to say|a (?:short |quick )?note to say)\b/gi, 1),
  // Thanks as a line says them: "whoever gritted our estate, thank you", "thank you all",
  // "legends", "went out of their way" (dev49).
  says(
    /\bwhoever\b[^.!?\n]{1,60}?\b(?:thank you|thanks)\b|\b(?:thank you|thanks) (?:all|everyone|all of you)\b|\blegends?\b|\bwent (?:out of (?:their|her|his) way|the extra mile)\b|\bnothing was too much trouble\b/gi,
    2,
  ),
  says(
    /\bplease thank (?:them|her|him|the (?:staff|team|crew|lads|ladies)|everyone|all)\b|\b(?:would|['’]d) be lost without (?:them|her|him|you)\b/gi,
    2,
  ),
  says(
    /\b(?:is|was|are|were|has been|have been) (?:absolutely |really |so |just )?(?:brilliant|fantastic|excellent|amazing|wonderful|superb|outstanding|a star|stars|a credit)\b/gi,
    1.5,
  ),
  says(/\b(?:thank you|thanks)(?: (?:so|very) much)?(?: again)?!/gi, 1),
  says(
    /\bwent (?:really |very )?(?:smoothly|well)\b|\b(?:has|had|have) everything (?:she|he|they|we|i) (?:needs?|needed)\b|\b(?:is|are|was|feels?|looks?|seems?) (?:so |very )?much better\b/gi,
    1,
  ),
  says(
    /\b(?:(?:my |the )?only (?:complaint|moan|gripe|grumble|niggle|thing)(?: is)?|one small thing|a small (?:one|thing)|not (?:her|his|their) fault)\b/gi,
    1,
  ),
  says(/\b(?:helps?|helped) (?:me|us|my \w+) (?:loads|so much|a lot|massively|heaps)\b/gi, 1.5),
  says(
    /\b(?:is|was|are|were|has been|have been) (?:really|so|very) (?:good|helpful|kind|nice|supportive|lovely)\b/gi,
    1.5,
  ),
];

export const COMPLIMENT_PRAISE_CAP = 6;

/** An email that asks for something to be done or answered. */
export const ASKS_A_SERVICE = /\?|\b(?:could|can|would) (?:you|someone|somebody|they)\b/i;

/** Praise handed on: "just wanted that passed on to their boss". */
export const PASS_IT_ON =
  /\b(?:pass(?:ed)? (?:this|that|it|my thanks|these thanks|them) on|(?:wanted|want) (?:this|that|it) passed on|pass on my (?:thanks|gratitude)|log (?:this|it)(?: as a)? compliment)\b/i;

/** A reply that asks for something or sends what was asked for: its "thank you" signs off. */
export const ASKS_OR_SENDS =
  /\?|\b(?:please|could you|can you|would you|attached|i attach|attach(?:ed|ing) (?:is|are)|as requested|enclosed|update your records|(?:wanted|want|like) to (?:ask|check)|ask (?:whether|if)|(?:i am|i['’]m) asking|just checking|not chasing|got it|noted|will do|i['’]ll (?:have|leave|put) (?:it|them|the \w+|everything) out)\b/i;

/** Something the council did, told as done: what a short thank-you thanks for. */
export const SOMETHING_DONE =
  /\b(?:fixed|sorted|done|cleared|repaired|replaced|emptied|collected|filled|arrived|came|helped|working again|back on)\b/i;

/** Thanks with a "but" after it: courtesy before what is still wrong ("…the apology, but…"). */
export const THANKS_BUT = /\bthank(?:s| you)\b[^.!?\n]{0,100}?\b(?:but|however)\b/i;

export const COMPLIMENT_SUBJECT: readonly Signal[] = [
  because(
    /\bthank(?:s| you)\b(?! for nothing)|\bthanks?\b(?! for nothing)|\bcompliments?\b|\bpraise\b|\bshout ?out\b|\bpositive feedback\b|\bwell done\b/gi,
    3,
    'Subject is a thank-you',
  ),
  because(
    /\b(?:brilliant|great|excellent|fantastic|amazing|wonderful|appreciation|kudos|grateful|gratitude)\b/gi,
    2,
    'Subject is praise',
  ),
];

/** "Thank you, and a problem": a subject that says the thanks are not all of it. */
export const THANKS_AND_A_PROBLEM =
  /\b(?:and|but) (?:a|an|one|the) (?:problem|issue|concern|complaint|thing|question)\b/i;

export const COMPLAINT_SUBJECT: readonly Signal[] = [
  {
    // Complaints as a topic of work ("complaints figures", "complaint handling training") are not one.
    pattern: new RegExp(
      `\\bcomplain(?:t|ts|ing)?\\b(?! (?:handling|figures|data|statistics|stats|training|returns?|dashboard|software|system|policy|process|procedure|leaflet)\\b)|\\bescalat\\w*\\b|\\bstage (?:2|3)\\b${NOT_A_COMPLAINT_STAGE}`,
      'gi',
    ),
    weight: 2.5,
    reason: (q) => `Subject says ${q}`,
  },
];

/** Who an MP and their caseworkers write for. */
export const CONSTITUENT = /\bconstituen(?:t|ts|cy)\b/i;

/** A Member of Parliament or their office writing. */
export const MP_TEXT: readonly Signal[] = [
  because(/\bMember of Parliament\b/g, 3, 'Signed "Member of Parliament"'),
  because(/\bHouse of Commons\b/g, 2, 'House of Commons address'),
  because(new RegExp(CONSTITUENT.source, 'gi'), 1.5, 'Mentions a constituent'),
  because(
    /\b(?:[Oo]ffice of|on behalf of|[Ii] work for|(?:Case ?worker|Caseworker|Assistant|Researcher|Secretary) to|Enquiry from|Letter from)\s+(?:(?:Sir|Dame|Dr|the Rt Hon|Rt Hon)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+MP\b/g,
    3,
    "Written from an MP's office",
  ),
  because(/\b[A-Z][\w'’-]+ MP (?:has|is|would|asks|may|will)\b/g, 2, 'Speaks for a named MP'),
  because(/@parliament\.uk\b/gi, 2, 'Quotes a parliament.uk address'),
  // A sign-off line that is a name and "MP"; anchored on a line break, not `^` under m (docs/performance.md).
  // A signature line may go on after the name: "Rt Hon Jo Bloggs MP | Northby".
  because(
    /(?:^|\n)[ \t]*(?:Office of )?(?:[A-Z][\w'’-]* ){1,5}MP(?=[ \t]*(?:[|,–—-]|\n|$))/g,
    2,
    'Signed by an MP',
  ),
  because(
    /\bconsent(?: form)? (?:is )?(?:attached|enclosed)|\bsigned consent\b|\bgiven (?:his|her|their|written) consent\b/gi,
    0.5,
    "Constituent's consent enclosed",
  ),
];

/**
 * A caseworker's role line in a signature ("Senior Caseworker", "Parliamentary Assistant"):
 * an MP's office only when an MP is named too (classifyType.ts), as councils and charities
 * have caseworkers of their own.
 */
export const MP_STAFF_ROLE =
  /(?:^|\n)[ \t]*(?:senior |parliamentary |constituency )?(?:case ?worker|casework (?:officer|manager)|parliamentary (?:assistant|researcher)|constituency (?:manager|assistant|officer|caseworker|office manager))\b/i;
export const NAMED_MP = /\b[A-Z][\w'’-]+ MP\b/;
/** "Caseworker to Sir Peter Calloway MP": a signature that names both the role and the Member. */
export const CASEWORKER_TO_AN_MP =
  /\b(?:senior )?(?:case ?worker|parliamentary (?:assistant|researcher)|constituency (?:manager|officer|assistant|caseworker)|office manager) (?:to|for) (?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss) )?(?:[A-Z][\w'’-]+ ){1,3}MP\b/;
/**
 * A sender named as an MP's office rather than a person ("Office of Jane Smith MP", "Jane
 * Smith MP – Constituency Office"): whatever the message says (thanks for a reply, a chaser),
 * it is the MP's correspondence.
 */
export const isMpOfficeSender = (name: string): boolean =>
  /\bMP\b/.test(name) && /\b(?:Office|Constituency|Parliamentary|Caseworker|Casework)\b/.test(name);

export const COUNCILLOR: readonly Signal[] = [
  because(
    // `[ \t]*`, not `\s*`: under the m flag `^\s*` rescans every following blank line from each
    // line start, square in the number of blank lines (docs/performance.md).
    /^[ \t]*(?:Cllr\.?|Councillor|County Councillor|Ward Councillor|Borough Councillor|City Councillor)\b.{0,60}$/gim,
    3,
    'Signed by a councillor',
  ),
];

/** A councillor writing about their own affairs, not a resident's: handled like anyone else's. */
export const OWN_CAPACITY =
  /\b(?:as a (?:resident|householder|council ?tax ?payer|private individual|member of the public)|in my own name|not ward business|in (?:a|my) (?:personal|private) capacity|not (?:in my capacity )?as (?:a |the )?(?:ward |local )?(?:councillor|member)|(?:this|it) is a (?:personal|private) matter|not council business|like any other resident['’]?s?|a personal complaint|nothing to do with my role)\b/i;

export const FOI: readonly Signal[] = [
  because(
    /\bdata protection (?:request|law)\b|\brequesting (?:copies|a copy) of (?:all )?(?:the )?(?:records|information|data)\b/gi,
    4,
    'A Freedom of Information (or data) request',
  ),
  because(
    /\bfreedom of information\b|\bFOIA?\b|\benvironmental information regulations\b|\bsubject access request\b/gi,
    4,
    'A Freedom of Information (or data) request',
  ),
];

export const AUTO_REPLY_SUBJECT: readonly Signal[] = [
  because(
    /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|autoreply|away from (?:the )?office|on annual leave)\b/gi,
    6,
    'Subject marks an automatic reply',
  ),
  because(
    /^\s*(?:undeliverable|undelivered mail|delivery (?:status notification|has failed|failure)|mail delivery (?:failed|failure)|returned mail)\b/gi,
    6,
    'Subject marks a bounced message',
  ),
];

export const AUTO_REPLY_BODY: readonly Signal[] = [
  because(
    /\bthis is an? (?:automated|automatic|auto-?generated) (?:response|reply|message|acknowledge?ment|e-?mail)\b/gi,
    5,
    'Says it is an automated reply',
  ),
  because(
    /\b(?:i am|i['’]m) (?:currently )?(?:out of (?:the )?office|on (?:annual |parental |sick )?leave|away)\b[^\n]{0,120}\breturn/gi,
    4,
    'Out-of-office wording',
  ),
  because(
    /\b(?:limited|no) access to (?:my )?e-?mails?\b|\byour (?:message|email) will not be forwarded\b/gi,
    2,
    'Out-of-office wording',
  ),
];

export const NEWSLETTER: readonly Signal[] = [
  because(/\bunsubscribe\b/gi, 3, 'Has an unsubscribe link'),
  because(
    /\bbook (?:a|my|your) (?:free )?(?:\d+[- ]minute )?demo\b|\bfree trial\b|\brequest a demo\b/gi,
    2,
    'Sales mail (a demo or trial offered)',
  ),
  because(/\bview (?:this e-?mail )?in (?:your )?browser\b/gi, 2, 'Bulk mail ("view in browser")'),
  because(
    /\byou are receiving this\b|\byou['’]re receiving this\b/gi,
    2,
    'Bulk mail ("you are receiving this")',
  ),
  because(/\bupdate (?:your )?preferences\b/gi, 1, 'Bulk mail (mailing preferences)'),
  because(
    /\bin this issue\b|\bissue \d+\b|\bbulletin (?:#|no\.? ?)?\d+\b|\bthis (?:bulletin|newsletter) is sent to\b/gi,
    2,
    'Numbered newsletter issue',
  ),
  because(
    /\bstop receiving these\b|\bregister now\b|\bplaces are limited\b|\bsave the date\b|\bbooking (?:is )?(?:now )?open\b|\bjoin (?:our|us for|the) (?:free )?(?:\d+[- ]minute )?(?:webinar|event|session|course)\b/gi,
    2,
    'Marketing or event mail',
  ),
  // A group's or a school's round-up: written to everyone, dates to come (dev26, session 23).
  because(
    /\bdates for (?:your|the) diary\b|\bhere['’]?s what['’]?s (?:coming up|on)\b|\bwhat['’]?s coming up\b/gi,
    3,
    'A round-up of what is coming up',
  ),
  because(/^[ \t]*(?:key )?dates:/gim, 1, 'A list of dates'),
  because(
    /^[ \t]*(?:hi|hello|dear) (?:everyone|all|parents and carers|members?)\b/gim,
    1,
    'Written to everyone',
  ),
];

export const NEWSLETTER_SENDER =
  /^(?:bulletin|newsletter|news|noreply|no-reply|donotreply|digest|updates|marketing|mailer)[\w.-]*@/i;

export const OMBUDSMAN_TEXT: readonly Signal[] = [
  because(
    /\bcomplained to us\b|\bwe have (?:decided to investigate|received a complaint)\b|\bbefore we decide whether to investigate\b|\bour (?:final |draft )?decision\b/gi,
    3,
    'The Ombudsman writing about a complaint to it',
  ),
  because(
    /\bLocal Government (?:and Social Care )?Ombudsman\b|\bLGSCO\b/g,
    2,
    'Local Government and Social Care Ombudsman',
  ),
  because(
    /\bthe council['’]?s (?:handling|response|actions|decision|failure)\b/gi,
    2,
    'Writes about the Council in the third person',
  ),
];

/** Colleagues passing mail on to the right team: routing, not a complaint of their own. */
export const INTERNAL_ROUTING: readonly Signal[] = [
  because(
    /\b(?:make sure|ensure) (?:it|this) (?:gets|goes) to the (?:right|correct|appropriate|relevant) (?:team|service|department|person)\b|\b(?:route|re-?route|redirect|forward|pass|send|allocate|log)(?:ing)? (?:it |this |them )?(?:on )?to (?:the )?(?:right|correct|appropriate|relevant) (?:team|service|department|person|inbox|people)\b|\bcome to (?:us|me|our (?:team|inbox)) (?:in error|by mistake)\b|\b(?:in error|by mistake)\b|\bnot (?:ours|for us|one for us)\b|\bwrong (?:team|inbox|department|service)\b|\b(?:can|could) (?:you|someone) (?:please )?(?:allocate|redirect|re-?route|pick (?:this|it) up)\b|\blog (?:it|this) and allocate\b|\b(?:pass|route|send|forward) (?:it|this|them) (?:on )?to (?:whoever|someone who|the (?:right|correct) (?:team|person))\b|\bwhoever (?:deals with|handles|does|looks after|covers)\b|\bcame (?:in)?to (?:the|our|my) (?:\w+ )?inbox\b|\brather than (?:an? )?(?:adults?|children['’]?s|corporate|social care) (?:one|complaint|matter)\b/gi,
    2,
    'A colleague passing it on for routing',
  ),
];

export const OMBUDSMAN_SENDER = /(?:^|\.)lgo\.org\.uk$|ombudsman|\blgsco\b/i;
/** The Ombudsman named as the sender, whatever address its letters come from. */
export const OMBUDSMAN_SENDER_NAME = /\bOmbudsman\b|\bLGSCO\b/i;

export const SERVICE_REQUEST: readonly Signal[] = [
  says(
    /\bhow (?:do|can|would|should) (?:i|we)\b|\bwhat do (?:i|we) need to do\b|\bwho do (?:i|we) (?:report|contact|speak|ask|tell|send)\b/gi,
    1.5,
  ),
  // Asking what is needed or how something is worked out is a request.
  says(
    /\b(?:do|would|will) (?:i|we) need (?:to|planning|a|an|permission)\b|\b(?:could|can|would) (?:someone|somebody|you) (?:please )?explain (?:how|what|whether)\b/gi,
    1.5,
  ),
  // Asking to change an arrangement (a payment date, an address, a booking) is a request.
  says(
    /\b(?:can|could|may) (?:i|we) (?:please )?(?:change|move|update|switch|set up|amend|renew|register|order|pay|book)\b/gi,
    1.5,
  ),
  says(
    /\bis there (?:a|any) (?:service|way|scheme|grant)\b|\bam i entitled\b|\bis it possible to\b|\bcan (?:i|we) (?:apply|request|get|book|ask)\b/gi,
    1.5,
  ),
  says(
    /\b(?:i|we)(?:['’]d| would) like to (?:apply|request|report|book|order|know how)\b|\b(?:request|apply) for an? \w+/gi,
    1,
  ),
  says(
    /\b(?:can|could) (?:someone|somebody|you) (?:please )?(?:check on|come|tell me how|let me know how|help)\b/gi,
    1.5,
  ),
  says(
    /\bplease (?:fix|repair|replace|install|paint|clear|cut|trim|deliver|arrange)\b|\b(?:can|could) (?:you|someone|the council) (?:please )?(?:fix|repair|replace|install|paint|send|deliver|remove)\b/gi,
    1.5,
  ),
  says(
    /\b(?:could|can) (?:it|this|they|these|that) (?:please )?be (?:picked up|collected|emptied|fixed|sorted|replaced|sent|arranged|repaired)\b/gi,
    1.5,
  ),
  says(
    /\bnot sure (?:who|where|if this is|whether this is)\b|\b(?:sorry|apologies) if this is(?:n[’']?t)? the (?:wrong|right)\b/gi,
    1.5,
  ),
  says(
    /\breport (?:a|an) (?:pothole|fly-?tip\w*|missed|broken|street ?light|abandoned|noise|blocked)\b/gi,
    2,
  ),
  // Asking the council for a way forward with someone else's service.
  says(
    /\bis there (?:any )?(?:help|support|someone|anyone|a team) (?:from|at|in) the council\b|\bdoes the council (?:have|check|deal|regulate|monitor|inspect|help)\b|\b(?:can|could) you (?:give|send|point) me (?:a |the |in the )?(?:contact|number|right direction)\b|\bpoint me in the right direction\b/gi,
    1.5,
  ),
  says(
    /\b(?:could|can) (?:the crew|they|someone) (?:please )?(?:come back|return|pop back)\b/gi,
    1.5,
  ),
  // Asking to be told or to have something confirmed ("can you confirm the dates", "is it true
  // the unit is shutting?"): a question, not a complaint (dev43).
  says(
    /\b(?:could|can|would) (?:you|someone|somebody) (?:please )?(?:confirm|clarify|tell me (?:when|whether|if|what|where)|let me know (?:when|whether|if|what|where)|advise (?:me|us|whether|if))\b|\bis it true (?:that )?\b/gi,
    1.5,
  ),
];

export const SERVICE_REQUEST_CAP = 3;

/** A council's own mail domain (English councils write from gov.uk). */
export const COUNCIL_DOMAIN = /(?:^|\.)gov\.uk$/;

/**
 * A council web form's notification: sent from the council's own address, but the words in it
 * are the resident's, so it is not a colleague's mail.
 */
export const WEB_FORM =
  /\b(?:new|a) (?:submission|enquiry|response|message) (?:has been )?(?:received|submitted|sent) (?:from|via|through|using) (?:the|our|your|an?) (?:[\w-]+ ){0,4}?form\b/i;
