import type { ConcernKind } from './concerns';

/**
 * What the safeguarding rules look for, as general knowledge of how people describe harm
 * (docs/domain.md, "Safeguarding at triage: recall first"). Every pattern reads text already
 * spelled out by `readable` (lower case, "do not" for "dont", "right now" for "rn"), and
 * every pattern is linear: literal alternatives, bounded gaps (`(?:\w+ ){0,3}`), no nested
 * unbounded repeats (docs/performance.md).
 *
 * A *harm* says what happened or is feared, with a kind and a base strength:
 * 3 raises the flag alone; 2 needs one supporting sign; 1 needs two. Supporting signs are
 * who is at risk (a child, an age, an adult with care needs), when (now, tonight, again),
 * secrecy or fear, and for some kinds their own context (a carer, a care setting, no care
 * after a discharge). Frames keep out what is not about a person at risk now: figures of
 * speech, policy questions, training, statistics, stories, hypotheticals, signposting.
 */

export type SupportRole =
  | 'child'
  | 'adult'
  | 'when'
  | 'secrecy'
  | 'actor'
  | 'lack'
  | 'carer'
  | 'setting'
  | 'partner'
  | 'distress';

export interface HarmSignal {
  readonly kind: ConcernKind | null;
  readonly base: 1 | 2 | 3;
  readonly pattern: RegExp;
  /** Skip a match just after "no", "not", "never", "without" ("no bruises"). */
  readonly negatable?: boolean;
  /** Not a harm when the sentence says this (a missing *bin*). */
  readonly unless?: RegExp;
  /** Supporting roles that count for this signal (default: who, when, secrecy, actor). */
  readonly supportedBy?: readonly SupportRole[];
  /** A fear or unsafety that takes its kind from the context around it. */
  readonly kindFromContext?: boolean;
  /** Not a harm when this is said within a few sentences around it. */
  readonly unlessNear?: RegExp;
  /** Counts only when the sentence around it also says this (a child alone *at home*). */
  readonly requires?: RegExp;
  /** Counts only when the email mentions this context somewhere (a care setting). */
  readonly requiresRole?: SupportRole;
}

export interface SupportSignal {
  readonly role: SupportRole;
  readonly pattern: RegExp;
  readonly label: string;
  readonly negatable?: boolean;
}

/** A rule or a sanction at home or in a placement: what a phone taken away may be. */
const SANCTION =
  /\b(?:punish\w*|sanctions?|grounded|consequences?|curfew|(?:house|home|placement) rules?|rules? (?:at|in) (?:the|my|our|her|his) (?:house|home|placement)|placement plan|(?:gives|give|gave|get|got) it back|for (?:a|the|one|two) (?:night|day|week|weekend)|(?:being|coming (?:home|in|back)|got home) late|bedtime|screen time|confiscat\w*)\b/;

const PERSON =
  '(?:me|him|her|them|us|my (?:\\w+ ){0,2}?(?:son|daughter|brother|sister|mum|mother|dad|father|child|children|kids?|baby|nan|gran|grandson|granddaughter|wife|husband|partner|friend|cousin)|(?:his|her|their) (?:\\w+ )?(?:son|daughter|brother|sister|mum|mother|baby|child|children|kids?)|the (?:baby|kids?|children|child|boy|girl|little ones?))';

/**
 * What goes missing or does not come back in a council's mail when no person is missing: post,
 * payments, pets, and the damp, mould or leak a repair was meant to end.
 */
const LOST_THINGS =
  'bins?|parcels?|letters?|forms?|payments?|documents?|paperwork|keys?|cat|dog|post|wallet|purse|refund|mould|damp|leak|condensation|rash|smell|mice|rats|infestation|objections?|comments?|representations?|licen[cs]e|certificates?|photos?|passport|covers?|lids?|grates?|railings?|handrails?|statements?|invoices?|receipts?|pages?|signatures?|evidence';

/** What knocks someone down in the street: an accident, not someone hurting them. */
const ON_THE_ROAD = 'car|van|bus|lorry|vehicle|bike|cyclist';

/** "I don't want to be here any more — in this borough": a place, not a life. */
const NOT_HERE_BUT_A_PLACE =
  /\b(?:(?:in|living in|out of|from) this (?:borough|town|area|city|country|job|street|council|estate|village)|moving (?:to|away|house|out))\b/;

export const HARMS: readonly HarmSignal[] = [
  // ── physical harm ─────────────────────────────────────────────────────────────────
  {
    kind: 'physical_harm',
    base: 2,
    negatable: true,
    // A physio or a reablement worker who pushed someone to walk further.
    // Or a chair that hurts her back: pain, not someone hurting her.
    unless:
      /\bpush(?:ed|es|ing)? (?:me|him|her|them|us) (?:\w+ )?to (?:walk|do|try|keep|get|go|stand|exercise|practise|practice)\b|\bneeded (?:a )?push(?:ing)?\b|\bhurts (?:me|him|her|them) (?:back|knees?|hips?|neck|legs?|feet|shoulders?|bottom|eyes|ears)\b/,
    pattern: new RegExp(
      `\\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|kick(?:ed|s|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?|beat|beats|beating|beaten|batter(?:ed|s|ing)|hurt|hurts|hurting|strangl(?:ed|es|ing)|chok(?:ed|es|ing)|throttl(?:ed|es|ing)|grab(?:bed|s|bing)|pinn(?:ed|ing)|pins|push(?:ed|es|ing)|shov(?:ed|es|ing)|drag(?:ged|s|ging)|bit|bites|burn(?:t|ed|s)|shook|shakes|shaking|attack(?:ed|s|ing)|assault(?:ed|s|ing)|went for|goes for|go for|laid into|lash(?:ed|es) out at|threw (?:\\w+ ){0,2}?at|throws (?:\\w+ ){0,2}?at|kicked out|pinch(?:ed|es|ing)?|(?:hold|holds|held|holding) (?:\\w+ )?down|sat on|sits on|twist(?:ed|s|ing)? (?:the )?arm of) ${PERSON}\\b`,
      'g',
    ),
  },
  {
    kind: 'physical_harm',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:bruis(?:e|es|ed|ing)|black eyes?|(?:red |purple |finger |belt |bite |burn )?marks? (?:on|round|around|all on|all over|across|to) (?:the (?:back|side|top|front|inside) of |both sides of )?(?:his|her|my|their|the|your) (?:\w+ )?(?:arms?|legs?|neck|face|wrists?|back|body|head|chest|bum|bottom|hands?)|(?:scratch(?:es)?|burns?|cuts?|welts?|grazes?) (?:on|to|round|around|across) (?:the (?:back|side|top|front|inside) of )?(?:his|her|my|their) (?:\w+ )?(?:arms?|forearms?|legs?|thighs?|neck|face|cheeks?|ears?|wrists?|ankles?|shoulders?|back|body|head|chest|hands?)|left a mark|finger ?marks|split lip|bleeding(?! (?:[\w'’]+ ){0,3}?dry)|broken (?:arm|leg|wrist|ribs?|nose|bone|finger)|fractur\w*|unexplained (?:injur\w+|marks?|bruis\w+|cuts?)|(?:a |an )?injur(?:y|ies) (?:to|on) (?:his|her|my|their))\b/g,
    // A knock from a fall in the street, said to be minor ("went over on it, bruised, not broken").
    unless: new RegExp(
      `\\bbruised,? (?:but )?not broken\\b|\\b(?:bruising only|only bruising)\\b|\\b(?:after|since|from|in) my fall\\b|\\btripped (?:on|over) (?:a|the) (?:broken |uneven |loose |raised )?(?:paving|slab|kerb|pavement|pothole)\\b|\\bwent over on (?:it|the|a)\\b|\\bpot ?holes?\\b|\\bplay ?(?:area|ground) (?:equipment|surface)\\b|\\b(?:off|from) the (?:swings?|slide|climbing frame|trampoline)\\b|\\b(?:clipped|knocked (?:down|over)|hit) by (?:a|the) (?:${ON_THE_ROAD}|wing mirror)\\b`,
    ),
  },
  {
    // Hurt said in the passive ("he looked as if he'd been hit"), not by a car or a bill.
    kind: 'physical_harm',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:been|being|got|gets|get) (?:hit|punched|kicked|slapped|beaten(?: up)?|battered|assaulted|attacked)\b/g,
    unless: new RegExp(
      `\\b(?:by (?:a|the) (?:${ON_THE_ROAD}|ball|door)|fox|deer|badger|hedgehog|(?:the|a) (?:cat|dog|bird)|(?:hit|battered) (?:by|with) (?:a|an|the) (?:\\w+ )?(?:bill|charge|fine|costs?|cuts?|rise|increase|storm|weather)|(?:nearly|almost) (?:been |got )?hit)\\b`,
    ),
  },
  {
    // Hurt described by what was done to a body, rather than by a verb with a person after it.
    kind: 'physical_harm',
    base: 2,
    negatable: true,
    // A pet caught by the neck, a dog on its lead.
    unless: /\b(?:my|the|our|his|her|their) (?:cat|dog|puppy|kitten|hens?|rabbit|pet)\b/,
    pattern:
      /\b(?:pull(?:s|ed|ing)? (?:my|his|her|their) hair|by (?:my|his|her|the) (?:hair|throat|neck)|(?:knee|foot|hands?) (?:on|round|around) (?:my|his|her) (?:back|neck|throat|chest)|squeez(?:e|ed|es|ing) (?:my|his|her|their) (?:neck|throat|arms?|wrists?)|(?<!\bwalks? |\bwalking |\bwalked |\bmobile |\bgets about |\bgets around )with (?:his|her|a|the) (?:belt|slipper|shoe|wooden spoon|stick|cable|lead)|the belt thing|(?:gets?|got|getting|uses?|used|using) the belt (?:out )?(?:on|when|if|again)|(?:could not|cannot|can not|couldn't) breathe|(?:came|come|comes|coming|got) (?:back (?:home )?|home )(?:hurt|injured|with (?:a |an )?(?:burn|bruise|bruises|cut|black eye|mark|marks|injury))|(?:have|has|had|got) (?:a |an )?(?:bruise|bruises|marks|cuts|burns?|black eye) (?:on|all over) (?:my|his|her) \w+)\b/g,
  },
  {
    kind: 'physical_harm',
    base: 2,
    pattern:
      /\b(?:threaten(?:ed|s|ing)? to (?:kill|hurt|stab|burn|harm|hit|beat|shoot)|(?:will|would|going to) (?:kill|stab|burn|hurt|shoot|beat) (?:me|us|you|him|her|them|the)|said (?:he|she|they) (?:will|would) (?:kill|hurt|stab|burn|find (?:me|us|her|him|you)|come for)|with us (?:still )?in it|(?:a |his |her )?(?:knife|knives|machete|gun))\b/g,
    unless: /\b(?:knife and fork|cutlery|knife crime)\b/,
  },
  {
    kind: 'physical_harm',
    base: 1,
    negatable: true,
    pattern:
      /\b(?:rough'? (?:with|when|handl\w*)|(?:shouts?|shouting|screams?|screaming|swears?|swearing) at (?:her|him|me|us|them|my|the)|calls? (?:her|him|me|them) names|smash(?:ed|es|ing)? (?:stuff|things|up|the (?:house|place|flat))|(?:things|stuff|plates) (?:being|getting) (?:thrown|smashed)|throwing (?:things|stuff)|(?:is|was|gets|got|always) (?:drunk|violent|aggressive)|(?:violent|aggressive) (?:dad|father|partner|husband|boyfriend|son|uncle))\b/g,
  },
  {
    kind: 'physical_harm',
    base: 1,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor', 'partner'],
    requires:
      /\b(?:wall|next door|upstairs|downstairs|flat|house|night|tonight|through|door|window|letterbox|garden|home)\b/,
    unless:
      /\b(?:bus|school|taxi|film|television|tv|party|parties|music|gaming|games|playstation|xbox|laughing)\b/,
    pattern:
      /\b(?:crying|screaming|sobbing|bellowing|howling|shouting (?:at|through)|yelling at|(?:heard|was|there was) (?:a )?(?:loud )?(?:crash|bang|thud|scream(?:ing)?)|a crash)\b/g,
  },
  // ── sexual harm ───────────────────────────────────────────────────────────────────
  {
    kind: 'sexual_harm',
    base: 3,
    negatable: true,
    pattern:
      /\b(?:sexual(?:ly)? (?:abus\w*|assault\w*|exploit\w*)|rape|raped|raping|molest\w*|sex offen\w*|paedophile|pedophile|(?:conviction|convictions|convicted) (?:\w+ ){0,2}?(?:offences|crimes) against children|child sexual)\b/g,
  },
  {
    kind: 'sexual_harm',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:touch(?:ed|es|ing)? (?:me|her|him|them)(?: (?:down there|inappropriately|in (?:private|wrong)|under))?|inappropriate(?:ly)? (?:touch\w*|photos|pictures|messages|images)|sexual(?:ly)? (?:touch\w*|harass\w*|messages|comments|stuff|things)|sexualised|nudes?|naked|indecent|(?:asking|asked|asks|ask|wants?|wanted|made|make|makes) (?:me |her |him |them )?(?:for|to send|to take) (?:\w+ ){0,2}?(?:photos|pictures|pics|videos|selfies|nudes)|(?:photos|pictures|pics|videos) of (?:me|her|him) (?:naked|undressed|in the)|(?:comes?|came|coming|gets?|got|getting|walks?|walked|walking) (?:in|into) (?:my|her|his|their) (?:room|bed|bathroom|shower) (?:at night|when|while)|(?:in|into) the (?:bathroom|shower) when (?:i am|she is|he is|i was|she was|he was)|about my body|(?:his|her|my) (?:privates|private parts)|sex with|have sex|had sex|(?:showed|shows|show) (?:me|her|him) (?:his|porn|videos|pictures|things)|meet (?:him|her|them) (?:at|in) (?:a|his|her) (?:hotel|flat|car)|groom(?:ed|ing)|sexting|sextortion)\b/g,
  },
  {
    kind: 'sexual_harm',
    base: 1,
    pattern:
      /\b(?:(?:a |an )?(?:man|men|guy|boy|someone|person|adult) (?:i |she |he )?(?:met|talks? to|chatting|speaks? to) online|online (?:man|boyfriend|friend) (?:who is|aged?) \d\d|(?:his|her|my) (?:body|bum|chest|breasts))\b/g,
    // A doctor's letter or an illness, not a body touched.
    unless: /\b(?:gp|doctor|hospital|infection|asthma|cough|pains?|x-?ray|condition)\b/,
  },
  {
    // The words children use when they have none for it: being made to do things, clothes off,
    // pictures asked for or sent, someone much older wanting to meet.
    kind: 'sexual_harm',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:(?:makes?|made|making) (?:me|her|him|them) (?:do|touch|watch) (?:stuff|things|it|that|him|her|what|sexual)|(?:with )?no clothes on|without (?:any |my |her |his )?clothes on|(?:take|takes|took|taking) (?:off )?(?:my|her|his) (?:clothes|top|pants)(?: off)?|(?:sends?|sent|sending) (?:me|her|him) (?:\w+ ){0,2}?(?:pics|pictures|photos|videos|selfies) of (?:himself|herself|his|her body)|watch(?:es|ed|ing)? (?:me|her|him) (?:get changed|getting changed|undress|in the (?:shower|bath))|(?:he is|she is|they are) (?:[2-9]\d) (?:and|but) (?:i am|she is|he is) (?:1[0-7]|[4-9])|(?:gets?|got|getting|climbs?|climbed) (?:in|into) (?:my|her|his) bed|touch(?:es|ed|ing)? (?:my|her|his) (?:chest|bum|bottom|legs?|privates|private parts))\b/g,
  },
  {
    kind: 'sexual_harm',
    base: 1,
    pattern:
      /\b(?:(?:a |an |this |some )?(?:man|men|guy|boy|someone|person|adult|lad|girl) (?:\w+ ){0,2}?(?:from|on|off) (?:a |an |the )?(?:game|online|app|snapchat|snap|instagram|insta|tiktok|discord|roblox|fortnite|xbox|playstation|whatsapp|internet)|(?:wants?|wanted|asked|asking|keeps asking|keeps on at) (?:me |her |him )?to meet (?:up|him|her|them|me)?|kiss(?:es|ed|ing)? (?:me|her|him)|(?:says|said|saying) (?:things|stuff) about (?:my|her|his) body)\b/g,
  },
  // ── neglect ───────────────────────────────────────────────────────────────────────
  {
    kind: 'neglect',
    base: 2,
    negatable: true,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor', 'setting'],
    pattern:
      /\b(?:neglect(?:ed|ing)?(?! to)|(?:no|not any|not enough) food(?: in the (?:house|flat|home)| at home| for (?:days|the kids|them|us|him|her))?|there is no food|(?:have not|has not|had not|not) (?:eaten|had (?:any )?(?:tea|dinner|breakfast|lunch|food|anything to eat|a meal|a proper meal))|hungry|starving|without (?:dinner|food|tea|meals?|a meal)|left (?:on (?:their|his|her|my) own|alone|home alone|by (?:themselves|himself|herself)|unattended|unsupervised)|home alone|(?:on (?:their|his|her) own|alone) (?:most nights|all night|every night|all day|for hours|overnight)|(?:wet|soiled|dirty|filthy|soaked|soaking) (?:pads?|nappy|nappies|sheets|bed|bedding|clothes)|soiled (?:himself|herself|themselves)|not been (?:changed|fed|washed|turned|bathed)|without (?:his|her|their|my) (?:insulin|medication|tablets|meds|food|dinner)|(?:water|drink|jug) (?:jug )?(?:left )?out of reach|pressure sores?|bed ?sores?|lost (?:nearly |almost |about |around |over |more than )?(?:a |half a |two |three )?(?:stone|lot of weight|so much weight|weight)|underweight|malnourish\w*|dehydrat\w*|in (?:just |only )?(?:a |his |her )?nappy (?:outside|in the (?:rain|cold|street))|sleep(?:s|ing)? in the (?:garden|shed|car|street)|locks? (?:me|him|her|them|us) in|locked (?:me|him|her|them|us) in|(?:missed|missing) (?:\w+ ){0,2}?(?:care visits|visits|calls)|did not turn up at all|(?:nobody|no one) came (?:all|for|at)|still in the same clothes|(?:lay|lying|left) on the floor|(?:found|find) (?:him|her|them) on the (?:\w+ )?floor|(?:has not|have not|had not|not) had (?:his|her|their|my) (?:medication|tablets|meds|insulin|food|dinner)|no heating|freezing at night|(?:medication|prescription) (?:not )?(?:collected|picked up)|(?:only allowed|not allowed) food|locking the (?:kitchen|fridge))\b/g,
    unless: /\b(?:holiday club|food bank voucher)\b/,
  },
  {
    kind: 'neglect',
    base: 1,
    supportedBy: ['child', 'when', 'lack', 'distress', 'secrecy'],
    requires:
      /\b(?:left|home|house|flat|window|night|tonight|all day|hours|days|nappy|pyjamas|locked|garden|letterbox|door|in the dark)\b/,
    unless:
      /\b(?:walk|walks|walking|bus|school|travel|journey|cross|crossing|taxi|trip|stairs|steps)\b/,
    pattern:
      /(?<!\b(?:lives?|living|live|lived|play|plays|playing) )\b(?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves)|unsupervised|in (?:just |only )?(?:a|his|her|their) (?:nappy|nappies|pyjamas|vest)|nothing in the (?:fridge|cupboards?)|no food in the (?:fridge|cupboards?))\b/g,
  },
  {
    kind: 'neglect',
    base: 1,
    pattern:
      /\b(?:(?:mum|dad|mother|father) (?:is|was) (?:always |often )?(?:drunk|high|passed out|asleep all (?:the )?(?:time|day))|asleep all the time|off (?:his|her) (?:face|head)|kicked out)\b/g,
  },
  {
    // Signs of a child not being looked after, as a teacher, neighbour or the child sees them.
    kind: 'neglect',
    base: 2,
    negatable: true,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor', 'setting', 'lack'],
    pattern:
      /\b(?:smell(?:s|ing|ed)? (?:\w+ )?of (?:urine|wee|pee|poo)|(?:same|dirty) (?:uniform|clothes) (?:all|every|for (?:days|a week))|(?:asks?|asking|begs?|begging|beg) (?:\w+ )?for food|(?:no|not any|not got (?:any )?) clean clothes|(?:nobody|no one) (?:came|comes|come) out for|(?:sofa surfing|nowhere to sleep|nowhere to stay|sleeping rough|sleeps? (?:rough|outside))|kicked (?:me|him|her|them) out|(?:dog|cat) (?:mess|poo|muck) (?:on|all over) the floor|(?:nappy|nappies) (?:had not|has not|have not|not) been changed|(?:electric|electricity|gas|heating|key) (?:has )?(?:run out|ran out|been off|gone off|cut off)|(?:cereal|bread|biscuits) (?:with|and) water for (?:tea|dinner)|(?:it is|its) dark (?:in the house|at home)|(?:it is|its) dark and (?:no ?one|nobody|mum|dad|(?:i|we)(?:m| am| are)? (?:on my own|alone|scared|hungry))|lock(?:s|ed|ing)? (?:the |up the )?(?:fridge|food|cupboards?|kitchen|food cupboard)|(?:says|said|tells me) (?:i|we) eat (?:too|to) much)\b/g,
  },
  {
    kind: 'neglect',
    base: 1,
    negatable: true,
    pattern:
      /\b(?:(?:mum|dad|mother|father|she|he) drinks (?:every|all|most|a lot|loads)|(?:mum|dad|mother|father|she|he) (?:does not|never|cannot) get up|(?:mum|dad|mother|father|she|he) (?:sleeps|is asleep) all day|(?:i|we) (?:look after|get) (?:my|me and my|myself and my|me and) (?:little |baby |younger )?(?:brother|sister|siblings)|in (?:just |only )?(?:their|his|her) (?:pants|underwear)|goes out for (?:days|the night|nights))\b/g,
  },
  {
    // Care that is not given, as a family sees it: medicine stopped or withheld, left in the
    // morning's pad, nobody at the visit the plan says.
    kind: 'neglect',
    base: 2,
    negatable: true,
    supportedBy: ['adult', 'child', 'when', 'secrecy', 'actor', 'setting', 'lack'],
    pattern:
      /\b(?:(?:stopped giving|not (?:been )?given|never given|not giving|(?:ran|run) out of) (?:\w+ ){0,2}?(?:his|her|their|the) (?:[\w'’]+ ){0,2}?(?:medication|medicine|tablets|meds|insulin|inhalers?)|(?:still )?in (?:the|her|his) (?:same )?(?:pad|nappy|incontinence pad) (?:from|since) (?:the morning|last night|breakfast|yesterday)|skin (?:is |was )?(?:red and (?:broken|raw|sore)|red raw|broken down|breaking down)|(?:nobody|no one|no carers?) (?:comes?|came|turns? up|turned up) at (?:lunch ?time|tea ?time|night|weekends?))\b/g,
  },
  // ── self-neglect ──────────────────────────────────────────────────────────────────
  {
    kind: 'self_neglect',
    base: 2,
    negatable: true,
    supportedBy: ['adult', 'child', 'when', 'secrecy', 'lack', 'actor'],
    // Rubbish and rats out in the street are the street's, not someone's home.
    unless: /\bfly[- ]?tipp\w*|\b(?:back )?alley\b|\bbin (?:store|area)\b/,
    pattern:
      /\b(?:hoard(?:ing|er|s)?|piled (?:up )?to the ceiling|full of rubbish|(?:rats|mice|maggots|flies) (?:in the house|in his|in her|everywhere|inside)|(?:will not|does not|refuses to|would not) let (?:anyone|anybody|us|people|carers|them) in|refus(?:es|ing|ed) (?:\w+ ){0,2}?(?:help|care|to see|to eat|food|the gp|a doctor|carers|medication|to wash)|stopped (?:taking|having) (?:his|her|their|my) (?:\w+ )?(?:medication|tablets|meds|insulin)|(?:has not|not|have not|had not) (?:washed|bathed|eaten properly|been eating)|not eating|sleep(?:s|ing)? in (?:the|a|my|his|her) chair|(?:cannot|could not|not able to|unable to) (?:get|go) (?:up|upstairs|to the (?:toilet|bathroom))|heating(?:'s)? (?:is |has been )?(?:broken|off|not working|cut off)|cannot afford (?:to eat|food|heating|to heat)|(?:milk|bottles|post|papers|letters) (?:\w+ )?(?:piling|piled|stacking|stacked) up|curtains (?:have not (?:moved|opened|been opened)|not opened|closed|drawn) (?:for|since|all))\b/g,
  },
  {
    kind: null,
    base: 2,
    kindFromContext: true,
    supportedBy: ['adult', 'lack', 'when', 'distress', 'secrecy'],
    // Not seeing a child or sibling because contact was stopped is a complaint, not a welfare check.
    unlessNear:
      /\b(?:contact|access|visits?|visiting|court|sessions?|arrangements?|cancell?ed|holidays?|half term)\b/,
    pattern:
      /\b(?:(?:has not|have not|had not|not) been seen (?:at school |in school |out |about )?(?:for|since)|curtains (?:\w+ ){0,3}?(?:shut|closed|drawn|not opened|have not moved)|blinds (?:\w+ ){0,3}?(?:down|shut|closed)|(?:have not|has not|had not|not|nobody has|no one has) seen (?:the |their |his |her )?(?!it |this |that |anything |anyone |any |a |an |the (?:bin|letter|report|money|refund|response) )(?:mum|mother|dad|father|parents?|mr [a-z]+|mrs [a-z]+|ms [a-z]+|miss [a-z]+|him|her|them|[a-z]+)(?: out| about| around| at all)? (?:since|for))\b/g,
  },
  // ── financial abuse ───────────────────────────────────────────────────────────────
  {
    kind: 'financial_abuse',
    base: 2,
    pattern:
      /\b(?:(?:has|had|took|taken|takes|taking|got|holds|kept|keeps|control(?:s|led|ling)?|using|uses|used|collecting|collects|has had|borrow(?:s|ed|ing)['’"]?) (?:his|her|their|my (?:mum's|dad's|mother's|father's|nan's|gran's|grandad's)) (?:bank )?(?:cards?|card and pin|pin|pension|benefits|money|savings|wages|account|post|cash)(?! back\b)|(?:account|savings|bank account) (?:is |are |has been |have been )?(?:nearly |almost )?(?:empty|emptied|drained|cleared out|wiped out)|(?:money|cash|pounds|hundreds|thousands|£ ?\d[\d,]*) (?:\w+ ){0,3}?(?:taken|withdrawn|missing|gone|transferred) (?:out of|from) (?:his|her|their|my (?:mum's|dad's|mother's|father's)) (?:bank )?account|(?:change|changed|changing|rewrite|rewrote|alter(?:ed)?) (?:his|her|their) will|financial(?:ly)? (?:abus\w*|exploit\w*)|(?<!\bi )(?<!\bwe )(?<!\bhave )(?<!\bhad )(?<!\byou )(?:has|had|took|taken|takes|taking|holds|kept|keeps|control(?:s|led|ling)?|uses|used|collects) my (?:bank )?(?:cards?|card and pin|pin|pension|benefits|money|savings|wages))\b/g,
  },
  {
    kind: 'financial_abuse',
    base: 2,
    pattern:
      /\b(?:(?:looks? after|looking after|in charge of|has got|got hold of|does (?:his|her|their) (?:\w+ )?(?:shopping|banking) with) (?:his|her|their) (?:bank )?(?:cards?|pin|pension|benefits|money|savings|account)|(?:from|out of) (?:his|her|their|(?:grandad|grandpa|nan|nana|gran|granny|mum|dad|mother|father|uncle|aunt|auntie)'s) (?:bank )?account|no money (?:left )?for (?:food|the milkman|heating|the gas|electric\w*|bills|shopping|his|her|the window cleaner)|(?:could not|cannot|can not|unable to) (?:pay|afford) (?:the|her|his|for) (?:\w+ ){0,2}?(?:milkman|window cleaner|shopping|food|bills|gas|electric\w*)|given (?:all )?(?:the|his|her) money to|gave (?:him|her|them) (?:all )?(?:the|her|his) money|taken over (?:the|his|her) (?:flat|house|home|front room|bedroom))\b/g,
  },
  {
    kind: 'financial_abuse',
    base: 1,
    pattern:
      /\b(?:power of attorney|new (?:friend|lodger)|lady from (?:the )?church|man from (?:the )?church|(?:borrow(?:ing|ed|s)?|asking for|asks for|keeps asking for|demand(?:s|ing|ed)?) (?:\w+ ){0,2}?money|signed (?:over|away)|scam(?:med|s)?|doorstep (?:trader|crime|callers?)|cash withdrawals|stop visiting if)\b/g,
  },
  {
    // Someone else holding an older person's money: a card asked for and not given back,
    // doorstep traders paid again and again, a PIN given, access to the account, the pension
    // paid somewhere the family does not know, a debt for being "looked after".
    kind: 'financial_abuse',
    base: 2,
    pattern:
      /(?:\b(?:asks? (?:\w+ ){1,2}?for (?:his|her|their) (?:bank )?(?:card|pin|pension|benefits)|(?:card|pension|money) (?:is|was|has been) (?:not|never) (?:returned|given back)|(?:not|never) had (?:any )?(?:money|cash) for (?:his|her|their) (?:personal allowance|shopping|food|hairdresser))\b)|(?:\b(?:doorstep|rogue) (?:traders?|builders?|callers?)\b|\bpaid (?:them|him) £ ?\d[\d,]* in cash\b|\bgiven (?:them|him) (?:about |nearly |over |more than )?(?:£ ?\d[\d,]*|(?:\w+ )?(?:hundred|thousand))\b)|(?:\b(?:(?:given|gave|give|told) (?:\w+ ){0,2}?(?:the|his|her|their) pin|(?:has|had|got|gained|now has) access to (?:his|her|their) (?:\w+['’]s )?(?:bank )?(?:account|cards?|savings|pension)|(?:paid|going|goes) into (?:an|another|a different|someone else['’]s) account (?:\w+ ){0,3}?(?:does not|do not|did not) (?:recognise|know)|owes? (?:\w+ ){0,2}?money for (?:looking after|caring for|helping) (?:him|her|them)|(?:savings|balance|account) (?:have|has|had) (?:dropped|gone down|fallen) by)\b)/g,
  },
  // ── domestic abuse ────────────────────────────────────────────────────────────────
  {
    // An ex-partner who has found the new address, waits outside, follows: stalking after leaving.
    kind: 'domestic_abuse',
    base: 2,
    pattern:
      /\b(?:ex|former) (?:partner|husband|boyfriend|wife|girlfriend)\b[^.!?\n]{0,40}?\b(?:found out|knows?|has found|worked out) where (?:she|he|i|we|they) (?:lives?|are|is)\b|\b(?:my|her|his|their|(?:daughter|son|sister|brother|mum|mother)['’]s) ex(?:[- ](?:partner|husband|boyfriend|wife|girlfriend))?\b[^.!?\n]{0,50}?\b(?:threatened|threatening|turned up at|is back in the area|(?:was|is|came) (?:\w+ )?(?:to|at) the door|forced (?:it|the door|my door|our door|her door|his way in|(?:the|my|our|her) way in|(?:the|a) window)|kicked (?:it|the door|my door|our door|her door) (?:in|down)|broke (?:in|into))\b|\b(?:followed|following|follows) (?:her|me|us|them) (?:home|from)\b|\bknows which (?:window|door|flat|house) is (?:hers|mine|ours)\b/g,
  },
  {
    kind: 'domestic_abuse',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:domestic (?:abuse|violence)|coercive control\w*|(?:women's |a )?refuge|fled|fleeing|(?:non molestation|restraining|protection|occupation) order)\b/g,
    unless: /\b(?:fled the scene|refuge (?:island|point)|public spaces? protection order)\b/,
  },
  {
    kind: 'domestic_abuse',
    base: 2,
    // Someone "turning up at the door" is a bailiff or a contractor as often as an ex-partner.
    unlessNear: /\b(?:bailiffs?|enforcement (?:agents?|officers?|letters?)|debt collectors?)\b/,
    pattern:
      /\b(?:(?:checks|reads|goes through|went through|controls) (?:my|her) (?:phone|messages|emails|texts|money|wages|bank)|takes (?:my|her) (?:wages|money|bank card|benefits)|(?:will not|does not|would not|did not) let (?:me|her) (?:see|go|out|leave|have|talk|speak|work)|went for (?:me|her)|(?:we |i )?left (?:last night|him|her|the house) (?:after|because)|(?:give|tell|told|gave|pass) (?:\w+ ){0,3}?(?:where we are|where we live|where we are staying|this address|our address|the new address|our new address)|where we are (?:now|staying)|(?:is|are|was) not (?:supposed|allowed|meant) to (?:come|be|go) near|(?:found|knows|found out|has got|has) (?:\w+ )?(?:our|my) (?:new )?address|knows where (?:we|i) (?:live|are|now live)|turn(?:ing|ed|s)? up (?:outside|at (?:the|my|our))|banging on (?:the|my|our) (?:door|windows?)|i know (?:you are|your|ur|u are|you're) (?:on your own|alone|by yourself|home alone)|(?:sleep|sleeps|sleeping|slept) with (?:a|the) (?:chair|table|wardrobe|sofa|chest of drawers|knife) (?:under|against|behind|by) (?:the|my|our) (?:door|handle|door handle|bedroom door)|(?:chair|wedge) (?:jammed )?(?:under|against) the (?:door )?handle|barricad(?:e|ed|ing) (?:the door|ourselves|myself|us in)|(?:will|going to|is going to) find (?:us|me)|controlling|coercive)\b/g,
  },
  {
    kind: 'domestic_abuse',
    base: 2,
    pattern:
      /\b(?:(?:must not|cannot|can not|should not|does not|do not want (?:him|her) to|(?:he|she) (?:must not|cannot|can not)) (?:find out|know|find|be told|see) where (?:we|i|the (?:children|kids|boys|girls)) (?:are|live|have gone|are staying|now (?:are|live)|have moved)|(?:moved|move|had to (?:leave|go)|left|got out) (?:out |home |the house )?(?:because of|after) (?:what (?:happened|he did|she did)|him|her|his|my (?:husband|partner|ex|boyfriend)|the (?:abuse|violence|fighting))|(?:would|will|is going to|going to|said he would|said she would) kill (?:mum|my mum|her|me|us|my dad|dad) if|(?:fight|fighting|fights|argue|arguing) (?:every|all the|most) (?:night|time|day)|(?:smashed|broke) (?:her|my|mum's) (?:phone|car keys)|took (?:her|my|mum's) car keys|(?:pushed|shoved|threw) (?:her|mum|my mum|me) (?:into|against|down|at) (?:the )?(?:wall|stairs|door|floor))\b/g,
  },
  // ── exploitation (criminal, sexual, of adults) ────────────────────────────────────
  {
    kind: 'exploitation',
    base: 2,
    negatable: true,
    pattern: /\b(?:county lines|cuckoo(?:ing|ed)?|trafficked|trafficking|modern slavery)\b/g,
  },
  {
    kind: 'exploitation',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:exploit(?:ed|ation|ing)|(?:take|taking|took|carry|carrying|hold|holding|deliver|delivering|drop|dropping|move|moving|run|running) (?:\w+ ){0,2}?(?:packages|parcels|packets|bags|drugs|gear|stuff) (?:for (?:them|him|her)|to (?:another|other|a different) (?:town|city|area))|(?:give|gives|gave|giving|buy|buys|bought|buying|offer|offers|offered|offering) (?:us|me|her|him|them) (?:free )?(?:weed|drugs|vapes|money|phones?|trainers|alcohol|drink|gifts|cigarettes|clothes)|new (?:phones?|trainers|clothes|jewellery) (?:\w+ ){0,6}?(?:will not say|would not say|cannot explain|does not say|who paid|where from)|(?:older|adult) (?:boys|men|lads|guys|man|males?) (?:\w+ ){0,3}?(?:car|cars|pick|picks|picked)|pick(?:s|ed|ing)? (?:her|him|them) up in (?:a|their|his) car|(?:using|took over|taken over|taking over|use|uses) (?:his|her|their) (?:flat|house|home|bank account|account)|(?:moved|moving|living|staying) in with (?:him|her) (?:and|who|they)|befriend(?:ed|ing)(?! (?:schemes?|services?|clubs?|groups?|volunteers?|calls?))|(?:sell|selling|sold|deal|dealing) drugs|loads of (?:cash|money)|make (?:me|us|him|her) (?:give|hand over) (?:them )?(?:money|my)|owe(?:s)? (?:them|him) money|(?:stab|hurt|beat|kill) (?:me|him|her) if (?:i|he|she) (?:tell|tells|stop|stops))\b/g,
  },
  {
    kind: 'exploitation',
    base: 1,
    pattern:
      /\b(?:(?:men|guys|lads|boys|man) (?:\w+ ){0,2}?in (?:a|their|his) car|(?:knows|know) where (?:i|we|she|he) (?:live|lives)|using (?:the|his|her) flat)\b/g,
  },
  {
    kind: 'exploitation',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:(?:people|men|lads|blokes|strangers|youths|boys|guys) (?:\w+ ){0,3}?(?:coming and going|in and out|calling round|knocking) (?:of (?:his|her|their|the) (?:flat|house|home|place) )?(?:all night|at all hours|all hours|day and night|late at night|at night)|(?:will not|would not|does not|did not|cannot|refuses to|never) (?:say|tell (?:me|us)|explain) where (?:\w+ ){0,3}?(?:came|come|comes|got|gets) from|(?:i|he|she|we) owes? (?:them|him|her|these (?:lads|men|guys))|(?:moved|moving) (?:in(?:to)?|in to) (?:his|her|their) (?:flat|house|home)|(?:took|take|takes|taken|have|has|got) (?:his|her|their) (?:bank card|card|pin|phone|keys))\b/g,
  },
  {
    kind: 'exploitation',
    base: 1,
    pattern:
      /\b(?:(?:giving|gives|gave|give) (?:me|her|him|them) lifts|(?:buying|buys|bought) (?:me|her|him|them) (?:stuff|things|presents|gifts|clothes|food|phones?)|(?:designer|expensive) (?:trainers|clothes|jacket|gear|watch|bag)|£ ?\d{3,} in cash|(?:wads?|rolls?|loads) of (?:cash|money|notes)|(?:party|parties) at (?:his|their|a) (?:mates?|friends?|mate's|friend's)? ?(?:flat|house)|(?:older|new) (?:friends?|guys?|lads?|men|boyfriend)|out (?:until|till) (?:\d{1,2} ?am|the early hours|all hours))\b/g,
  },
  {
    // Children seen going into a flat with adult men at night: the first sign of sexual
    // exploitation a neighbour sees.
    kind: 'exploitation',
    base: 2,
    pattern:
      /\b(?:girls?|boys?|kids|children|teenagers|schoolgirls?)\b[^.!?\n]{0,80}?\b(?:going|go|goes|went|coming) in(?:to)? (?:\w+ ){0,6}?with (?:the |these |those |older |grown |two )?(?:men|man|adults|lads)\b/g,
  },
  // ── someone missing ───────────────────────────────────────────────────────────────
  {
    kind: 'missing',
    base: 2,
    pattern:
      /\b(?:(?:has not|have not|had not|did not|not) (?:come|came|been|gone|got) (?:back )?home|(?:is|has been|have been|was|went|gone|been) missing(?: (?:since|for|from|overnight|again))?|reported (?:him|her|them) missing|missing since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|this morning|the weekend|\d)|missing from (?:care|home|school|(?:his|her|the|their) (?:placement|home|unit|care home))|(?:ran|run|runs|running) (?:off|away)|walked out(?:['"’”])? (?:last night|this morning|of the (?:children['’]?s |care |residential )?(?:home|ward|unit)|at night|in (?:his|her) (?:slippers|pyjamas|nightie))|(?:has not|have not|not) been found|absconded|(?:nobody|no one) knows where (?:he|she|they) (?:is|are)|phone (?:is|has been) (?:off|switched off|dead))\b/g,
    unless: new RegExp(
      `\\b(?:${LOST_THINGS}|papers|items?|pages?|files?|records?|money|lid|hearing aids?|glasses|dentures|belongings|clothes|laundry|application|evidence)\\b|\\bit (?:has |had |is |was )?(?:gone |been )?missing\\b|\\b(?:what|something|anything|all that|that)(?: is|['’]s| was)? missing\\b|\\bmissing (?:out |most |much |lots |some |all )?(?:of )?(?:the |his |her |their )?(?:school|lessons|education|curriculum|classes|sessions|appointments|therapy)\\b`,
    ),
  },
  {
    kind: 'missing',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor', 'setting', 'lack'],
    pattern:
      /\b(?:(?:has|have|had) been gone (?:for )?(?:\d+|a few|two|three|four|five|several|days|nights)|(?:has not|have not|had not|did not) (?:been back|come back|returned|return)(?: (?:home|to (?:the home|placement|her placement|his placement|the unit)))?(?: (?:for|since|last night|overnight|after))|(?:whereabouts|where (?:he|she|they) (?:is|are)) (?:is |are )?(?:unknown|not known)|(?:walked|wandered|got|went|slipped) out (?:\w+ ){0,4}?(?:at night|at \d{1,2} ?am|at midnight|in the night|in (?:his|her|their) (?:slippers|pyjamas|nightie|nightdress|dressing gown))|(?:was|were|been) found (?:wandering|by (?:a|the) (?:road|bypass|motorway|police|passer)|in the (?:street|road)|outside|miles away)|(?:cannot|can not|could not) (?:get hold of|find|reach) (?:him|her|them|my (?:\w+ )?(?:son|daughter|mum|dad|brother|sister|aunt|uncle|nan|gran))|(?:nobody|no one) has (?:seen|heard from) (?:him|her|them))\b/g,
    unless: new RegExp(
      `\\b(?:${LOST_THINGS}|reply|response|call ?back|social worker|officer|manager|team)\\b`,
    ),
  },
  // ── self-harm and suicide ─────────────────────────────────────────────────────────
  {
    kind: 'self_harm',
    base: 3,
    negatable: true,
    unless: NOT_HERE_BUT_A_PLACE,
    // "I cannot see the point of ringing again" is about chasing a service, not about living.
    // Thanks for help that is over: "self-harm free for a year this week".
    unlessNear:
      /\bself[- ]?harm(?:ing)?[- ]free\b|\b(?:have not|has not|not) (?:hurt|harmed|cut) (?:myself|herself|himself|themselves) (?:since|for)\b/,
    pattern:
      /\b(?:self ?harm\w*|(?:cutting|cut|hurting|hurt|harming|harm) (?:myself|herself|himself|themselves)|(?:i am|still|started|been|keeps?) cutting|starts? cutting again|suicid\w*|kill(?:ing)? (?:myself|himself|herself|themselves)|(?:want|wants|wanted|wanting) to die|(?:want|wants|wanted|wanting|wish|wishes|wished) (?:to be|(?:i|he|she|they) (?:was|were)) dead|how many (?:of )?(?:my |his |her |their |the )?(?:tablets|pills|paracetamol) (?:it would take|would kill|to kill|to take to)|(?:end|ending) it all|(?:end|ending|take|taking) (?:my life|his life|her life|their life|my own life|(?:his|her|their) own life)|(?:no|not any|not a|not much) (?:reason|point) (?:to|in) (?:go|going|carry|carrying|live|living) on|(?:no|not any) reason to live|(?:no|not any|not much) (?:point|reason) (?:in|to) (?:me|him|her) (?:being here|being alive|living|going on|carrying on)|(?:cannot|do not want to) (?:go|carry) on (?:any more|living|like this)|(?:do not|does not|cannot) (?:really )?see (?:the|any) point(?: any more| in (?:living|going on|anything)|(?! (?:of|in) (?:\w+ )?(?:sending|ringing|phoning|calling|emailing|writing|complaining|reporting|filling|applying|chasing|contacting|asking|paying|appealing|replying|waiting|renewing|booking|coming in|going through)\b))|not wake up|(?:tablets|pills) (?:saved|stockpiled|hidden)|(?:saved|saving|stockpiling) (?:up )?(?:my |his |her )?(?:tablets|pills)|overdos\w*|taking (?:tablets|pills) to|tie (?:\w+ ){0,2}?(?:round|around) (?:his|her|my) neck|hang (?:myself|himself|herself)|(?:jump|jumped|jumping) (?:off|in front)|better off (?:without me|dead)|not be (?:here|around) (?:any more|tomorrow|much longer)|(?:do not|does not) want to (?:be here|be alive|live|wake up))\b/g,
  },
  {
    kind: 'self_harm',
    base: 1,
    negatable: true,
    // "I've had enough of this department" is a complaint.
    unless: /\bhad enough of (?:this|your|the|these|them|it|waiting|being|you)\b/,
    pattern:
      /\b(?:cannot do this any more|(?:i have|i have just) had enough|what is the point(?! (?:of|in) (?:\w+ )?(?:sending|ringing|phoning|calling|emailing|writing|complaining|reporting|filling|applying|chasing|contacting|asking|paying|appealing|replying|waiting|renewing|booking|coming in|going through)\b)|give up on everything|nothing to live for|(?:so|really) (?:low|depressed) (?:i|that))\b/g,
  },
  {
    // Self-harm and suicide said in ordinary words: an overdose, injuring oneself, saying
    // goodbye, thinking others would be better off.
    kind: 'self_harm',
    base: 3,
    negatable: true,
    unless: NOT_HERE_BUT_A_PLACE,
    pattern:
      /\b(?:(?:took|taken|take|swallowed|swallow) (?:a (?:load|lot|handful|bunch|pile|packet|box) of|loads of|all (?:of )?(?:my|his|her|the)|a whole (?:packet|box) of|too many|handfuls? of|(?:my|his|her) (?:mum's|dad's|nan's|gran's)) (?:[\w']+ ){0,2}?(?:tablets|pills|paracetamol|meds|medication)|(?:never|not) (?:to )?wake up|i (?:will|am going to|might|want to|could) (?:just )?end it|better off (?:if i (?:was|were) (?:not |never )?(?:around|here|gone|dead|born|alive))|goodbye (?:letters?|notes?|messages?|texts?)|(?:do not|does not|did not) want to (?:be here|exist|be alive) any more|(?:till|until) (?:they|it|i) (?:bleed|bleeds|bled))\b/g,
  },
  {
    kind: 'self_harm',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:i (?:\w+ ){0,2}?(?:cut|cuts|cutting|scratch|scratches|scratched|scratching|burn|burnt|burned|burning|hit|hitting|punch|punching|bang|banged|banging|pick|picking|bite|bit|biting) my (?:own )?(?:arms?|legs?|wrists?|skin|head|thighs?|stomach|hands?|face)|giving (?:\w+ ){0,2}?(?:things|stuff|belongings|possessions|games|clothes) away|(?:i am|i feel) (?:done|worthless|useless|a burden|invisible)|(?:everything|it) is (?:all )?my fault|(?:just )?want (?:it|everything|this) to stop)\b/g,
  },
  // ── harm to an older or disabled adult, said sideways (dev15, session 20) ─────────
  {
    // Ending one's life said as an arrangement: no intention of going on, a note for whoever
    // clears the flat, not being a bother much longer.
    kind: 'self_harm',
    base: 3,
    negatable: true,
    pattern:
      /\b(?:no intention of (?:going on|carrying on|living)|(?:note|letter)s? for whoever (?:clears|finds|comes)|whoever clears (?:out )?(?:the|my) (?:flat|house|room|things)|(?:will not|shall not) be (?:a (?:bother|burden|nuisance) )?(?:to (?:anyone|anybody) )?(?:much longer|for much longer))\b/g,
  },
  {
    // Medicine stopped, affairs put in order, letters written, food refused, nobody to notice.
    kind: 'self_harm',
    base: 2,
    negatable: true,
    supportedBy: ['adult', 'when', 'lack', 'distress', 'secrecy'],
    pattern:
      /\b(?:stopped taking (?:my|the|his|her) (?:\w+ ){0,2}?(?:tablets|pills|medication|meds|insulin)|(?:sorted out|put|putting|got) (?:all )?my affairs(?: in order| sorted)?|(?:nobody|no one) (?:will|would) (?:notice|miss me|care)|tired of being a (?:nuisance|burden|bother)|(?:written|done) my (?:last )?(?:letters|goodbyes)|(?:not been able to|cannot|can not|do not|does not) see the point of (?:much|anything|going on|carrying on)|will not (?:be needing|need) (?:\w+ ){0,3}?(?:past|after|beyond) (?:christmas|the new year|this year|the summer|next month)|(?:refusing|refused|stopped eating) (?:his|her|my) (?:food|meals|lunch|tea|dinner))\b/g,
  },
  {
    // Someone with care needs not back, not in their room, the police out looking.
    kind: 'missing',
    base: 2,
    supportedBy: ['adult', 'child', 'when'],
    pattern:
      /\b(?:(?:he|she) is not back|not back (?:yet|from (?:his|her) walk)|(?:was|is) not in (?:her|his) (?:room|bed)|(?:the )?police are (?:looking|searching) for (?:her|him)|(?:has|have) wandered off)\b/g,
  },
  {
    // A partner or relative taking away what an older person needs to move, hear or call for help.
    kind: 'domestic_abuse',
    base: 2,
    supportedBy: ['adult', 'partner', 'when', 'secrecy', 'actor'],
    pattern:
      /\b(?:(?:taken|takes|took|hides|hid|hidden|removed|removes) (?:my|her|his) (?:walking )?(?:frame|stick|wheelchair|hearing aids?|glasses)|removed the (?:phone|handset)|(?:held|grabbed|gripped) (?:my|her|his) arm so (?:hard|tight)|locks (?:his wife|her husband|his husband|her wife) in|(?:withholding|withholds|withheld|hides) (?:her|his|my) (?:\w+ )?(?:medication|tablets|meds)|mouthed help)\b/g,
  },
  {
    // Money taken by a trader or a relative who keeps the person from seeing it.
    kind: 'financial_abuse',
    base: 2,
    supportedBy: ['adult', 'when', 'secrecy', 'actor'],
    pattern:
      /\b(?:(?:taking|takes|took|taken) (?:him|her|them|my (?:dad|mum|father|mother|nan|gran|grandad)) to the (?:cash ?machine|cashpoint|atm|bank) (?:most|every|each) (?:days?|weeks?|mornings?)|(?:comes?|came|coming) (?:back|home) with no money|(?:bank )?balance has (?:dropped|gone down|fallen) by|paid (?:him|her|them) (?:\w+ )?times|bled dry|(?:will not|does not|refuses to) (?:read|show) (?:them|the statements|my statements) to me|not to (?:discuss|talk about|mention) (?:my|his|her) money|to sign (?:a|the) (?:form|paper|document)s? for the bank|going to the bank with (?:him|her|them))\b/g,
  },
  {
    kind: 'neglect',
    base: 2,
    supportedBy: ['adult', 'when', 'lack', 'actor', 'setting'],
    pattern:
      /\b(?:not being (?:turned|changed|fed|washed|repositioned)|(?:sore|wound|ulcer) (?:\w+ ){0,6}?(?:to|down to) the bone)\b/g,
  },
  // ── unsafe discharge from hospital ────────────────────────────────────────────────
  {
    kind: 'unsafe_discharge',
    base: 1,
    supportedBy: ['lack', 'adult', 'when'],
    // What makes a discharge unsafe is care not in place: a discharge, an age and a date are
    // a plan, a thank-you or a bill.
    requiresRole: 'lack',
    // A discharge with care arranged is a plan, not a concern ("nobody has arranged" is not this);
    // so is one where the reablement team came, the care that follows a discharge.
    unlessNear:
      /\b(?:team|they|hospital|ward|social worker|council) (?:has|have|had) (?:already )?(?:arranged|organised|put in place|set up)\b|\bfit for discharge\b|\b(?:organised|arranged) (?:\w+['’]s |his |her |the )?discharge\b|\bwere there before (?:he|she|they) (?:arrived|got home|came home)\b|\b(?:reablement|rehab|intermediate care) (?:team|service|carers?|workers?) (?:came|visited|started|took over)\b(?! (?:once|late|but|and left|for (?:\w+ )?minutes))/,
    pattern:
      /\b(?:discharged|discharge|sent (?:back )?home from (?:hospital|the ward|a and e|a&e)|sent (?:back )?home (?:at|in a taxi|with no)|(?:came|come|coming|got|gets) (?:out of|home from) (?:the )?(?:hospital|ward))\b/g,
  },
  // ── a carer at breaking point ─────────────────────────────────────────────────────
  {
    kind: 'carer_breakdown',
    base: 1,
    supportedBy: ['carer', 'adult', 'child', 'when', 'secrecy'],
    pattern:
      /\b(?:(?:cannot|can not|could not|not able to|struggling to) cope|breaking point|end of my tether|(?:going to|about to|could) (?:collapse|snap|break down)|(?:have not|has not|not) slept (?:properly )?(?:in|for) (?:days|weeks|months)|exhausted|burnt out|burned out|lost my temper|(?:frightened|scared|afraid|worried) (?:of|about) what i (?:might|will|could) do|might (?:hurt|harm|do something to) (?:him|her|them)|at my limit|falling apart|cannot do this (?:any more|alone))\b/g,
  },
  // ── unsafe where they live ────────────────────────────────────────────────────────
  {
    kind: 'unsafe_placement',
    base: 1,
    supportedBy: ['setting', 'child', 'adult', 'when', 'secrecy', 'distress'],
    requiresRole: 'setting',
    pattern:
      /\b(?:(?:older|another|other|new) (?:resident|lad|boy|girl|kid|young person|child|patient)s?|staff (?:\w+ ){0,3}?(?:nothing|just said|ignore\w*|laughed|cannot stop|could not stop|told me to)|(?:locks|locked) (?:me|him|her) in (?:my|his|her) room|restrain(?:ed|t|ing)|pinned (?:me|him|her) down)\b/g,
  },
  // ── harm said in ordinary words (written apart from the rules: dev8) ─────────────
  {
    // Left in their own urine, food or water where they cannot reach it, lips cracked: care
    // that has not been given, however the writer puts it.
    kind: 'neglect',
    base: 2,
    negatable: true,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor', 'setting'],
    pattern:
      /\b(?:(?:soaked|soaking|wet|sat|sitting|lying|lay|left) (?:\w+ ){0,2}?(?:in|with) (?:urine|wee|pee|faeces|poo|(?:his|her|their|my) own (?:mess|urine|wee|faeces|waste))|(?:cracked|dry|sore) lips|(?:water|drink) jug (?:was |is )?(?:empty|dry)|(?:tray|breakfast|dinner|lunch|tea|meal|food|drink|water) (?:\w+ ){0,8}?(?:where (?:she|he|they) (?:cannot|can not|could not) reach|out of (?:her|his|their) reach))\b/g,
  },
  {
    // A home gone cold and full, and a person gone thin: self-neglect as a visitor sees it.
    kind: 'self_neglect',
    base: 2,
    negatable: true,
    supportedBy: ['adult', 'when', 'lack', 'actor', 'setting'],
    pattern:
      /\b(?:(?:house|flat|home|place|room) (?:was |is |has been )?(?:freezing|filthy|so cold|stone cold)|(?:cannot|can not|could not) get (?:in|into|through|down) (?:the )?(?:hall|hallway|house|flat|door|kitchen|stairs) for (?:\w+ )?(?:rubbish|bags|stuff|clutter|boxes)|not (?:been|gone) out (?:of the (?:house|flat) )?since|look(?:s|ed|ing)? (?:really |very |so |painfully )?(?:thin|gaunt|frail|skeletal)|wasting away)\b/g,
  },
  {
    // Thoughts of suicide in ordinary words: no reason seen to go on, thinking how.
    kind: 'self_harm',
    base: 3,
    negatable: true,
    unless: NOT_HERE_BUT_A_PLACE,
    pattern:
      /\b(?:(?:do not|does not|cannot|can not) (?:really )?see (?:a|any|the) (?:reason|point) (?:to|in) (?:go|going|carry|carrying|live|living|be|being) (?:on|here|alive)|(?:thinking|thought|think|thinks) (?:about|of) how (?:i|he|she) (?:would|could|might|will|am going to) (?:do it|end it|end things)|(?:thinking|thought|think) (?:about|of) (?:ending|killing) (?:it|myself|things))\b/g,
  },
  {
    // A carer who frightens themselves: shouting at the person they care for, not sleeping,
    // unable to keep going.
    kind: 'carer_breakdown',
    base: 1,
    supportedBy: ['carer', 'adult', 'child', 'when', 'secrecy'],
    pattern:
      /\b(?:(?:frightened|scared|shocked) myself|(?:not|never) had (?:a|one) (?:night|day|break|weekend) off|(?:screamed|shouted|yelled|snapped|lashed out) at (?:her|him|them|my (?:mum|mother|dad|father|husband|wife|son|daughter|nan|gran))|not sleeping|how much (?:longer|more) i can (?:keep going|go on|carry on|cope|take)|(?:cannot|can not|do not think i can|not sure i can|not sure how i can) (?:keep going|keep on|keep doing this|carry on|go on|manage)(?: again)? (?:like this|much longer|any longer|any more|again))\b/g,
  },
  {
    // A partner's violence told plainly, and being followed after leaving.
    kind: 'domestic_abuse',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor', 'partner'],
    // An accident is not violence: a fall at home, a swing in the park.
    unless:
      /\b(?:fell|fall|falls|fallen|tripped|slipped|play ?(?:area|ground)|swings?|slide|trampoline|football|rugby|bike)\b/,
    pattern:
      /\b(?:(?:broke|broken|fractured|cracked) (?:her|his|my) (?:\w+ )?(?:ribs?|arm|jaw|nose|wrist|cheekbone|collarbone|fingers?)|(?:driving|drives|drove|walking|walks|hanging around|sitting) (?:past|by|outside) (?:the|our|my|her|his) (?:\w+ )?(?:house|flat|home|school|work)|sent (?:her|me|him) (?:a )?(?:photo|picture) of (?:the |our |my |her )?(?:\w+ )?(?:school|house|flat|door|new address|car)|left (?:her|my|his) (?:husband|partner|boyfriend|wife|girlfriend) (?:\w+ ){0,3}?(?:after|because))\b/g,
  },
  {
    // Ending one's life said sideways: a last email, others better off, working out how many
    // tablets it would take, medicine put aside, a drive off a bridge.
    kind: 'self_harm',
    base: 3,
    negatable: true,
    unless: NOT_HERE_BUT_A_PLACE,
    pattern:
      /\b(?:(?:this|it) (?:will|is going to) be my (?:very )?last (?:email|e-mail|message|letter)|(?:everyone|everybody|they|you all|the family|my family|the kids|the children) (?:would|will) (?:all )?be better off|how many (?:\w+ ){0,3}?(?:tablets|pills) (?:it would|it'd|would|it will) take|(?:putting|put|setting|set|keeping|kept|saving|saved) (?:aside|back|by|up) (?:some of |a few of )?(?:my|his|her) (?:\w+ ){0,3}?(?:tablets|pills|morphine|diazepam|medication|meds|insulin|painkillers)|(?:drive|driving|drove) (?:\w+ ){0,4}?off (?:a|the) (?:bridge|cliff))\b/g,
  },
  {
    kind: 'self_harm',
    base: 2,
    negatable: true,
    pattern: /\b(?:dark thoughts|(?:bad|horrible|scary|awful) thoughts|nothing left (?:to|for))\b/g,
  },
  {
    // Gone and not come back, said plainly; a family gone in the night.
    kind: 'missing',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor', 'setting', 'lack'],
    pattern:
      /\b(?:(?:has not|have not|had not) (?:come|been) back(?! to (?:me|us|you))|(?:never|not) (?:been )?(?:gone|out|away) (?:overnight|all night) before|left in the night|(?:neither|none) of (?:the )?(?:children|pupils|them) (?:has|have) (?:attended|been seen)|no forwarding address)\b/g,
    unless: new RegExp(
      `\\b(?:${LOST_THINGS}|items?|pages?|files?|records?|money|lid|results?|reply|response|call)\\b`,
    ),
  },
  {
    // Going without, as a child or an older person tells it.
    kind: 'neglect',
    base: 2,
    negatable: true,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor', 'setting'],
    pattern:
      /\b(?:no (?:dinner|tea|breakfast|lunch|food|meals?) (?:most|some|many|half the|every other) (?:days|nights|of the time)|(?:hardly|barely) any food|(?:is not|not|stopped|has stopped) taking (?:his|her|their|my) (?:\w+ )?(?:insulin|medication|tablets|meds)|(?:on|lying on|lay on) the floor (?:overnight|all night|for hours)|sleep(?:s|ing)? in (?:her|his|their) clothes|smell (?:\w+ ){0,4}?of (?:wee|urine|pee|faeces|poo|old food|rotting food)|(?:did not|does not|do not) know (?:what|which) day|(?:did not|does not) know where (?:she|he) (?:was|is))\b/g,
  },
  {
    kind: 'domestic_abuse',
    base: 2,
    pattern:
      /\b(?:hid(?:e|ing)? from (?:daddy|dad|him|my (?:dad|husband|partner|ex)|(?:her|his) (?:husband|partner|ex|dad)))\b/g,
  },
  {
    // A goodbye in a routine reply: not being around for the next meeting, nobody to blame.
    kind: 'self_harm',
    base: 2,
    negatable: false,
    unless: NOT_HERE_BUT_A_PLACE,
    pattern:
      /\b(?:(?:will not|do not think i will|not going to|might not|may not) be (?:around|here) (?:for|by|at|to see) (?:the |my )?(?:next|christmas|new year|birthday|review|end|summer)|(?:it is|this is) not (?:anyone|anybody|your)['’]?s? fault)\b/g,
  },
  {
    // Violence at home told by what it does to a door and to the children's evenings.
    kind: 'domestic_abuse',
    base: 2,
    pattern:
      /\b(?:(?:put|puts|punched|punches|smashed|kicked) (?:his|her|a) (?:fist|foot|head) (?:through|into) (?:the|a) (?:\w+ )?(?:door|wall|window)|(?:one of )?his (?:moods|rages)|walking on eggshells|(?:stay|keep|kept|stayed) (?:quiet|out of (?:his|the) way) in (?:our|my|their) rooms?)\b/g,
  },
  {
    // An older neighbour seen from outside: at the bins at dawn, not knowing a familiar face.
    kind: 'self_neglect',
    base: 2,
    negatable: true,
    supportedBy: ['adult', 'when', 'lack', 'actor', 'setting'],
    // A young child who does not know an absent parent: contact, not confusion.
    unless: /\b(?:contact (?:centre|order|with)|court)\b|(?:\baged?|\bis|['’]s) (?:[1-9]|1[0-7])\b/,
    pattern:
      /\b(?:going through (?:the )?bins|(?:did not|does not|do not) know who (?:i|we) (?:was|were|am|are)|(?:no one|nobody) (?:ever )?visits (?:her|him|them)|in (?:her|his) (?:nightie|nightdress|pyjamas|dressing gown) (?:at|in|outside|going)|windows (?:are |were )?(?:filthy|black))\b/g,
  },
  {
    // Touching told by where a hand was put.
    kind: 'sexual_harm',
    base: 2,
    negatable: true,
    pattern:
      /\b(?:puts?|putting|rests?|resting|rubs?|rubbing|strokes?|stroking|runs?|running) (?:his|her|their) hands? (?:on|up|along|down|over) (?:my|her|his|their) (?:leg|legs|thigh|thighs|knee|knees|bottom|bum|chest|top|skirt|back)\b/g,
  },
  // ── harm told inside other business: a thank-you, a rota, a housing case (dev25–27, session 23)
  {
    // Papers signed for someone else, the family kept away: what the people around it notice.
    kind: 'financial_abuse',
    base: 1,
    supportedBy: ['adult', 'when', 'secrecy', 'actor'],
    pattern:
      /\b(?:(?:has|have|had) to sign (?:things|papers|forms)|signed something (?:\w+ ){0,4}?(?:arranged|brought|drew up)|stopped (?:\w+ ){0,2}?from visiting|direct debits? (?:\w+ ){0,3}?cancelled)\b/g,
  },
  {
    // Care not given where it is arranged: another person's tablets, doses and feeds missed, a
    // package handed back with nobody allocated, no visits logged, the one member of staff
    // asleep, no training for the tube, hours left in a chair, pressure marks.
    kind: 'neglect',
    base: 2,
    supportedBy: ['adult', 'child', 'when', 'lack', 'setting', 'actor'],
    pattern:
      /(?:\b(?:given (?:\w+ ){0,2}?(?:someone else['’]s|somebody else['’]s|another (?:resident|patient|person)['’]s|the wrong) (?:tablets|medication|meds|medicine|insulin)|handed (?:his|her|their|the) (?:care )?package back|(?:nobody|no one|no carer) (?:has been |was )?allocated|no (?:visits|calls) (?:have been |had been )?(?:logged|recorded|made) since|(?:staff|member of staff|carer|night staff) (?:\w+ ){0,6}?(?:asleep|sleeping) (?:on|in) (?:the|a) (?:sofa|chair|settee|couch))\b)|(?:\b(?:(?:tablets|medication|medicine|meds|insulin|doses?|feeds?) (?:were|was|have been|had been|are|is) (?:not|never) (?:given|done)|missed (?:(?:\w+ )?doses|(?:several |\d+ |two |three )?(?:tube )?feeds)|(?:not|never) trained (?:on|to use|in) (?:the|his|her) (?:tube|peg|hoist|feeds?|oxygen)|(?:sitting|sat|left|stuck) in (?:her|his|a|the) (?:\w+ )?(?:chair|wheelchair) (?:from|all night|overnight|until)|(?:\d+|twelve|thirteen|fourteen|fifteen|sixteen) hours in (?:a|her|his|the) (?:chair|bed)|red (?:patch|patches|mark|marks) on (?:her|his) (?:bottom|heels?|back|hips?|bum))\b)/g,
  },
  {
    kind: 'neglect',
    base: 1,
    requiresRole: 'setting',
    pattern:
      /\b(?:fire|back|front) doors? (?:was|were|is|are|had been|has been) (?:chained|padlocked|locked) shut\b/g,
  },
  {
    // A child's "boyfriend" who is a grown man, nights spent at his flat.
    kind: 'sexual_harm',
    base: 2,
    supportedBy: ['child', 'secrecy', 'when'],
    pattern:
      /\b(?:boyfriend|girlfriend|partner) (?:\w+ ){0,2}?(?:of|aged|who is|is|in his|in her) (?:1[89]|[2-5]\d)\b|\b(?:stayed|stays|staying|spent|spends|spending) (?:\w+ ){0,2}?(?:overnight|the night|nights) at (?:his|her|their) (?:flat|house|place)\b/g,
  },
  {
    // Not going to be here in a few days, said by someone at the end of their tether. Kept apart
    // from the goodbye in a routine reply above: leave or an appointment sets this one aside, and
    // no care in place supports it where an adult's needs or secrecy do not.
    kind: 'self_harm',
    base: 2,
    supportedBy: ['child', 'when', 'distress', 'lack', 'actor'],
    unless:
      /\b(?:on (?:annual )?leave|holiday|out of (?:the )?office|away (?:from|until|on|at)|off (?:work|sick)|training|appointment|meeting|moving)\b/,
    pattern:
      /\b(?:will not|shall not|may not|might not) be (?:here|around|alive) (?:by|for|after|come) (?:\w+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|then|tomorrow)\b|\b(?:you have|you) done me a favour\b/g,
  },
  // ── care that is not given, as families and councillors tell it (dev30, session 23) ─
  {
    // Someone shut in with their rubbish, unseen for weeks, hurt and not looked after.
    kind: 'self_neglect',
    base: 2,
    supportedBy: ['adult', 'when', 'lack', 'actor', 'setting'],
    pattern:
      /\b(?:(?:piled|stacked|packed) (?:high |up )?(?:with rubbish|to the ceiling)|(?:not|never) (?:been )?seen (?:going out|out|leaving) (?:\w+ ){0,3}?(?:for|in) (?:some |several |a few )?(?:days|weeks|months)|(?:bandages?|dressings?) (?:\w+ ){0,4}?(?:filthy|dirty|soaked)|blood on (?:his|her) (?:shirt|clothes|top|hands))\b/g,
  },
  {
    // Pushed over by the person they care for: an accident by a car or a bike is not this.
    kind: 'physical_harm',
    base: 2,
    unless: new RegExp(`\\b(?:${ON_THE_ROAD})\\b`),
    pattern:
      /\bknock(?:ed|s|ing)? (?:me|him|her|them|my (?:\w+ )?(?:mum|mother|dad|father|wife|husband|nan|gran)) (?:over|down|to the (?:floor|ground)|flying)\b/g,
  },
  {
    // A carer who says, in as many words, that they cannot go on. Kept apart from the carer lists
    // above: distress heard supports it, a child or secrecy does not, and a line end ends its
    // words (read as a newline, not with the m flag, which the quick pass over every pattern at
    // once, ANY_HARM, does not keep).
    kind: 'carer_breakdown',
    base: 1,
    supportedBy: ['carer', 'adult', 'when', 'distress'],
    // Not "cannot go on Fridays": the words end the sentence or the quotation.
    pattern:
      /\b(?:she|he|i|they) (?:cannot|can not|could not) go on(?=[ \t]*(?:[.,;:!?"'’”)\n]|$|like this|any more|much longer))/g,
  },
  {
    // Someone with dementia who keeps getting out: out unnoticed, gone again, found far away.
    // Kept apart from the missing signs above, each of which is set aside or supported otherwise.
    kind: 'missing',
    base: 2,
    supportedBy: ['adult', 'child', 'when', 'setting', 'lack'],
    // A dog found by the warden on the bypass.
    unless: /\b(?:dog|terrier|puppy|cat|kitten|pet|microchip|chip|kennels|warden)\b/,
    pattern:
      /\b(?:(?:walked|wandered|got|slipped) out (?:of (?:the )?(?:building|home|unit|ward|house) )?(?:unnoticed|without anyone (?:noticing|knowing)|on (?:her|his) own at night)|(?:had|has) gone (?:missing )?again|found (?:\w+ ){0,4}?(?:in a park|miles away|on the (?:ring road|motorway|bypass|dual carriageway)|in (?:her|his) (?:nightie|nightdress|pyjamas|slippers)))\b/g,
  },
  {
    // A carer at the end: dropped the person, thought of leaving them at A&E, cannot do it.
    kind: 'carer_breakdown',
    base: 2,
    supportedBy: ['carer', 'adult', 'child', 'when', 'distress'],
    pattern:
      /\b(?:(?:i have|i|i am|she has|he has) reached the end|(?:i am|we are|she is|he is) at the end of what (?:i|we|she|he) can (?:do|take|manage)|(?:could not|cannot|can not) face going (?:back )?(?:in|inside|home)|not slept more than (?:\w+ )?hours?|(?:cannot|can not) (?:\w+ )?do this any ?more|leav(?:e|ing) (?:him|her|them) (?:there|at (?:a&e|a and e|the hospital|the door))|dropped (?:him|her) (?:during|while|doing) (?:a )?(?:transfer|hoist\w*|lift\w*))\b/g,
  },
  // ── told to a parking office, a pool, a bowls club (dev32, session 23) ─────────────
  {
    // A way out kept ready: tablets put aside, better off not waking up.
    kind: 'self_harm',
    base: 3,
    negatable: true,
    pattern:
      /\b(?:(?:putting|put|been putting|keeping|kept|setting) (?:my |his |her )?(?:tablets|pills|meds|medication) (?:aside|back|by)|better off not waking up|(?:in case|if) (?:it|this|things|everything) (?:all )?gets too much)\b/g,
  },
  {
    // A man who follows a child into the changing cubicles, or waits by them.
    kind: 'sexual_harm',
    base: 2,
    supportedBy: ['child', 'when', 'secrecy', 'distress'],
    pattern:
      /\b(?:followed\b[^.!?\n]{0,40}? into the (?:cubicles?|changing (?:rooms?|area|village)|toilets?|showers?)|(?:pull|push|open)(?:ed|ing)? the (?:cubicle|changing room|toilet) door (?:open )?while (?:he|she|they) (?:was|were) (?:changing|getting)|hanging around (?:the )?(?:children['’]?s|kids['’]?) (?:cubicles|changing|toilets|showers))\b/g,
  },
  {
    // A young person sleeping rough for nights, not going back to the home.
    kind: 'missing',
    base: 1,
    supportedBy: ['child', 'setting', 'when', 'lack'],
    pattern:
      /\b(?:(?:was|is|am|were) not going back|(?:been|slept|sleeping) (?:there |in (?:a|the) (?:\w+ ){1,2})(?:for )?(?:two|three|four|several|\d+) nights)\b/g,
  },
  // ── signs written apart in session 24 (dev33–38) ───────────────────────────────────
  {
    // Shut in by someone else ("let me out", a door padlocked from outside), or fed only when
    // they allow it.
    kind: 'neglect',
    base: 2,
    supportedBy: ['adult', 'child', 'when', 'actor', 'distress', 'lack'],
    pattern:
      /\b(?:(?:padlock(?:s|ed)?|bolt(?:s|ed)?|lock(?:s|ed)?) (?:\w+ ){0,3}?from (?:the )?outside|(?:calling|shouting|screaming|crying|banging) (?:\w+ ){0,3}?["“'‘]?let me out\b|keeps? (?:the|all the|her|his) food (?:locked )?(?:in (?:his|her|their) (?:room|bedroom)|away from (?:her|him|them))|(?:has|have|had) to wait (?:for|to be given) (?:her|his|their|any )?(?:food|meals?|something to eat))/g,
  },
  {
    // An empty fridge, the same clothes for days, tablets in the bin: someone no longer
    // looking after themselves.
    kind: 'self_neglect',
    base: 2,
    negatable: true,
    supportedBy: ['adult', 'when', 'lack', 'actor', 'distress'],
    pattern:
      /\b(?:nothing in (?:his|her|their|the) (?:fridge|cupboards?) (?:except|but|apart from)|(?:been )?wearing the same clothes (?:since|for|all)|(?:has not|hasn['’]?t|had not|not) (?:really )?(?:eaten|eating) or washed|(?:tablets|pills|medication) (?:\w+ ){0,2}?in the bin)/g,
  },
  {
    // A child's burns or welts, told as they are seen: round like a cigarette, straight lines.
    kind: 'physical_harm',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor'],
    pattern:
      /\b(?:(?:burn|cigarette) (?:marks?|burns?) on (?:his|her|their|the) (?:\w+ )?(?:palms?|hands?|arms?|legs?|feet|foot|back|chest|stomach|tummy)|(?:like|from) a cigarette(?: end)?|welts? (?:on|across) (?:the (?:backs?|fronts?|tops?|sides?) of )?(?:both |his |her |their )(?:\w+ )?(?:legs?|arms?|back|hands?|thighs?)|(?:uses|used|using|gets|got|takes|took) (?:the|his|her|a) (?:belt|slipper|cable|wooden spoon) (?:on (?:me|him|her|us|them)|when))/g,
  },
  {
    // Goodbyes posted to friends, tablets sorted out: a young person's last messages.
    kind: 'self_harm',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'distress', 'lack'],
    pattern:
      /\b(?:(?:saying|said|says|posted|posting) (?:her |his |their |my )?goodbyes? to (?:her|his|their|my|all (?:her|his|their|my)) (?:friends|family|mates|followers)|(?:sorted(?: out)?|saved up|stockpiled|hidden|hid) (?:all )?(?:the|her|his|my|their) (?:tablets|pills|meds|paracetamol))\b/g,
  },
  {
    // An older person alone in the dark or the cold, living on dry food, unable to work the meter.
    kind: 'self_neglect',
    base: 2,
    supportedBy: ['adult', 'when', 'lack', 'distress'],
    pattern:
      /\b(?:(?:is|has been|been|was|sitting|living) (?:sitting |living )?in the dark|(?:eating|living on) (?:dry cereal|(?:just |only )?biscuits|nothing but)|(?:does not|doesn['’]?t|cannot|can['’]?t|could not) (?:understand|work out|remember) how to (?:use|turn on) (?:the|her|his) (?:meter|heating|cooker|boiler))\b/g,
  },
  {
    // A child heard begging an adult to stop.
    kind: 'physical_harm',
    base: 2,
    supportedBy: ['child', 'when', 'actor', 'distress'],
    pattern:
      /\b(?:crying|screaming|shouting|begging|sobbing) (?:out )?["“'‘]?(?:no,? )?(?:daddy|dad|mummy|mum|please),? (?:stop|do not|don['’]?t|get off)\b/g,
  },
  {
    // A man who lets himself in at night, gets into bed with a tenant or a child.
    kind: 'sexual_harm',
    base: 2,
    supportedBy: ['adult', 'child', 'when', 'secrecy', 'actor', 'setting'],
    pattern:
      /\b(?:lets? (?:himself|herself) in (?:\w+ ){0,4}?(?:at night|in the night)|(?<!\b(?:i|she|we|son|daughter|baby|toddler|child) )gets? into bed with (?:him|her|them))\b/g,
  },
  {
    // A small child at an open window high up with no restrictor.
    kind: 'unsafe_placement',
    base: 2,
    supportedBy: ['child', 'when', 'lack', 'setting'],
    pattern:
      /\b(?:no (?:window )?restrictors?|(?:got|hanging|climbed|leaning) (?:\w+ ){0,3}?out of (?:the|a|our) window)\b/g,
  },
  {
    // Someone else working the account: withdrawals not made, the password changed, money moved out.
    kind: 'financial_abuse',
    base: 2,
    supportedBy: ['adult', 'when', 'actor', 'secrecy', 'lack'],
    pattern:
      /\b(?:withdrawals? (?:\w+ ){0,2}?(?:she|he|they|i) (?:did not|didn['’]?t|never) make|no longer (?:has|have) access to (?:her|his|their|my) (?:own )?(?:online )?(?:bank\w*|account|money)|changed the (?:password|pin)(?: on (?:her|his|their))?|set up (?:a )?(?:banking|bank) app on (?:her|his|their)|(?:£ ?[\d,]+|thousands) (?:\w+ ){0,3}?(?:moved|taken|transferred) out of)\b/g,
  },
  {
    // Gone out of the house hours ago: someone with dementia, a child.
    kind: 'missing',
    base: 2,
    supportedBy: ['adult', 'child', 'when', 'lack'],
    pattern:
      /\bleft the (?:house|home|flat) (?:\w+ ){0,3}?(?:this morning|last night|at \d|around \d|hours ago)\b/g,
  },
  {
    // Staff laughing at or filming someone in distress, who will not go back.
    kind: 'unsafe_placement',
    base: 2,
    requiresRole: 'setting',
    supportedBy: ['adult', 'child', 'when', 'setting', 'distress'],
    pattern:
      /\b(?:staff (?:\w+ ){0,2}?(?:laugh|laughed|laughing|mock|mocked|mocking|jeered|jeering)|(?:filmed|filming|videoed|posted a video of) (?:\w+ ){0,4}?(?:during|in) (?:a |his |her )?(?:meltdown|distress|crisis)|refus(?:es|ing|ed) to go back (?:there|to (?:the|his|her) (?:home|placement|unit|house|flat)))\b/g,
  },
  {
    // A man handing out vapes to children at the park, girls getting into his car and coming
    // back with new things.
    kind: 'exploitation',
    base: 2,
    supportedBy: ['child', 'when', 'secrecy', 'actor'],
    pattern:
      /\b(?:(?:giving|gives|gave|handing|hands|handed) out (?:free )?(?:\w+ ){0,2}?(?:vapes|cigarettes|alcohol|drinks|cash|weed) (?:\w+ ){0,3}?to (?:children|kids|girls|boys|teenagers|young people)|getting into (?:the|his|a) car with (?:him|a man|an older man|older men|men)|coming back (?:\w+ ){0,3}?with new (?:make-up|makeup|phones?|clothes|trainers))\b/g,
  },
  // ── signs written apart in session 25 (dev39–50) ───────────────────────────────────
  {
    // Someone who harmed the writer, now living among children: the risk is to them.
    kind: 'sexual_harm',
    base: 2,
    supportedBy: ['child', 'when', 'secrecy', 'actor'],
    pattern:
      /\b(?:(?:the same|that) (?:man|person|bloke|guy|woman)|my abuser)\b[^.!?\n]{0,80}?\b(?:moved in with|moving in with|living with|lives with|staying with|babysit\w*|looking after)\b[^.!?\n]{0,60}?\b(?:girls|boys|children|kids|grandchildren|little ones)\b/g,
  },
  {
    // A phone held over a cubicle, children filmed while they change.
    kind: 'sexual_harm',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'distress'],
    pattern:
      /\b(?:(?:phone|camera) (?:\w+ ){0,2}?over (?:the )?(?:top of (?:the )?)?(?:cubicles?|partitions?|changing|doors?|walls? of)|(?:filming|filmed|photographing|photographed|taking (?:photos|pictures|videos) of) (?:\w+ ){0,2}?(?:children|kids|girls|boys|them) (?:\w+ ){0,2}?(?:changing|getting changed|undressed|in the (?:changing|showers?|toilets?)))\b/g,
  },
  {
    // Searching for ways to die, wanting "to end it", kept from cutting only by one thing.
    kind: 'self_harm',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'distress', 'lack', 'secrecy'],
    pattern:
      /\b(?:(?:researching|looking up|searching|googling|looked up|searched(?: for)?|researched) (?:\w+ ){0,2}?ways (?:to|of) (?:do it|do so|die|end it|kill)|(?:wants?|wanted|wanting) to end it\b(?! (?:with|for|now|early|there|here|after|before|by|once|this|today|properly|amicably|on))|(?:me|her|him) from cutting|(?:i|she|he) nearly did it)\b/g,
  },
  {
    // Not anyone's problem much longer, not here by the time a bill is due.
    kind: 'self_harm',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'distress', 'lack', 'secrecy', 'actor'],
    unless:
      /\b(?:on (?:annual )?leave|holiday|out of (?:the )?office|away (?:from|until|on|at)|off (?:work|sick)|training|moving|moved|retir\w*|leaving the council|contract)\b/,
    pattern:
      /\b(?:(?:will not|shall not|may not|might not) be (?:here|around|alive) by the time|(?:will not|would not) be (?:anyone|anybody|your|my|their)(?:['’]?s)? problem (?:for )?(?:much|any) longer|sorted (?:things|it|everything) out in my head)\b/g,
  },
  {
    // Someone standing over an older person at the cashpoint, asking for the PIN.
    kind: 'financial_abuse',
    base: 2,
    supportedBy: ['adult', 'when', 'actor', 'secrecy', 'lack'],
    pattern:
      /\b(?:(?:standing|stands|stood|hovering|hovers) (?:right )?(?:behind|over|next to) (?:her|him|them) (?:while|when|as) (?:she|he|they) (?:puts?|puts in|types?|enters?|takes?)|(?:asking|asked|started asking|keeps asking) (?:\w+ ){0,2}?for (?:her|his|their) (?:bank )?(?:card|pin|pin number|bank details)(?! (?:details|statements?|letters?|forms?|reference))|(?:borrowed|borrowing|taken|had) (?:about |nearly |over )?£ ?\d[\d,]* (?:\w+ ){0,3}?on (?:two|three|four|several|\d+) (?:occasions|times))\b/g,
  },
  {
    // Left with no way to call for help in a care setting, in last night's clothes, or found on
    // the floor in the morning.
    kind: 'neglect',
    base: 2,
    negatable: true,
    supportedBy: ['adult', 'child', 'when', 'setting', 'lack'],
    pattern:
      /\b(?:no (?:call bell|call button|pendant|alarm pendant|buzzer)|(?:call bell|buzzer|pendant) (?:\w+ ){0,4}?out of reach|(?:still )?in the (?:same )?(?:nightdress|nightie|pyjamas|clothes) (?:she|he|they) (?:\w+ )?slept in|(?:was|were|been|is|got) found on the (?:\w+ )?floor|(?:only|just) (?:one|a thin) blanket)\b/g,
  },
  {
    // Marks in the shape of what made them, or a child saying who did it.
    kind: 'physical_harm',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'actor'],
    pattern:
      /\b(?:shape of (?:an? )?(?:hand|handprint|belt|buckle|cigarette|fingers?|teeth)|(?:daddy|mummy|my (?:dad|mum|stepdad|step dad|stepmum)) did (?:it|this|that) (?:because|cos|coz|when))\b/g,
  },
  {
    // Pulled out of bed by another resident or a partner.
    kind: 'physical_harm',
    base: 2,
    supportedBy: ['adult', 'child', 'when', 'setting', 'actor'],
    pattern:
      /\bpull(?:s|ed|ing)? (?:me|him|her|them) out of (?:bed|the bed|(?:his|her|their|my) (?:bed|chair|wheelchair))\b/g,
  },
  {
    // Nobody else to feed or turn someone, no insulin once care stops, a bolt on a child's door.
    kind: 'neglect',
    base: 2,
    supportedBy: ['adult', 'child', 'when', 'actor', 'secrecy', 'lack'],
    pattern:
      /\b(?:(?:nobody|no one) (?:else )?(?:to|who (?:can|will|could)|going in to) (?:turn|feed|change|wash|lift|toilet|give (?:her|him|them)) (?:her|him|them|food)|(?:will not|would not) (?:\w+ ){0,3}?get (?:her|his|their) (?:insulin|medication|tablets|meds)|(?:puts?|putting) a (?:bolt|lock|padlock) on (?:the|their|his|her|my|our) (?:\w+ )?door|(?:wee|pee|poo|toilet) in a bucket)\b/g,
  },
  {
    // Absent overnight from a children's home, picked up by police far away.
    kind: 'missing',
    base: 2,
    supportedBy: ['child', 'setting', 'when', 'lack'],
    pattern:
      /\b(?:absent (?:overnight |all night )?from (?:the|his|her|their) (?:home|placement|unit|children['’]?s home|care home)|picked up by (?:the )?police (?:from|at|in) (?:an? )?(?:address|flat|house|city|town))\b/g,
  },
  {
    // A kinship or family carer near the end: finding the children somewhere else, giving them
    // back, before something gives.
    kind: 'carer_breakdown',
    base: 2,
    supportedBy: ['carer', 'adult', 'child', 'when', 'distress'],
    pattern:
      /\b(?:find (?:them|him|her) somewhere else|(?:hand|give) (?:them|him|her|the (?:boys|girls|kids|children)) (?:back|up)|(?:before|until) something gives)\b/g,
  },
  {
    // Signs a young person is cutting: blood on the sheets, blades taken out of the house.
    kind: 'self_harm',
    base: 2,
    supportedBy: ['child', 'adult', 'when', 'secrecy', 'distress', 'setting'],
    pattern:
      /\b(?:blood on (?:her|his|their|my) (?:sheets|bedding|pillow|sleeves?)|(?:took|taken|removed|hidden|hid|locked away|taking|take) (?:\w+ ){0,3}?(?:blades|razors|razor blades|pencil sharpeners?|sharps)|fresh cuts)\b/g,
  },
  {
    // A "game" under the covers that a child does not like.
    kind: 'sexual_harm',
    base: 2,
    supportedBy: ['child', 'secrecy', 'when', 'distress'],
    pattern:
      /\b(?:tickl\w*|games?|play\w*|cuddl\w*) (?:\w+ ){0,3}?under the (?:covers|duvet|blankets?|sheets)\b/g,
  },
  {
    // A phone taken from someone: control, unless it is a house rule or a sanction ("took my
    // phone for a week for coming in late", "has it off me at ten and gives it back").
    kind: 'domestic_abuse',
    base: 2,
    unlessNear: SANCTION,
    pattern: /\b(?:takes|took|taken|keeps|kept) (?:my|her|mum's) phone\b/g,
  },
  {
    // A partner back in the house who will not leave, holding her phone.
    kind: 'domestic_abuse',
    base: 2,
    supportedBy: ['partner', 'child', 'when', 'secrecy'],
    pattern:
      /\b(?:(?:he|she) (?:has got|is got|has|checks|goes through) my phone|(?:turned up|came back|moved back in|been at the house)\b[^.!?\n]{0,60}?\b(?:will not|won['’]t|refuses to) leave)\b/g,
  },
  {
    // An ending planned in so many words: how it will be done, affairs left in order for
    // someone, an apology for the trouble it will cause.
    kind: 'self_harm',
    base: 2,
    negatable: true,
    supportedBy: ['adult', 'child', 'when', 'distress', 'lack', 'secrecy'],
    pattern:
      /\b(?:(?:worked out|planned|decided) (?:exactly )?how (?:i am|i will) (?:going to )?do it|sorry for the (?:trouble|mess) (?:this|it) will cause|left (?:everything|it all|a note|the paperwork|my paperwork) (?:\w+ ){0,5}?for (?:my|whoever))\b/g,
  },
  {
    // A hand inside a child's clothes.
    kind: 'sexual_harm',
    base: 3,
    negatable: true,
    pattern:
      /\b(?:puts?|put|putting|had|has) (?:his|her) hands? (?:inside|down|up|in) (?:her|his|my) (?:shorts|knickers|pants|trousers|top|skirt|clothes|nightie|pyjamas)\b/g,
  },
  // ── fear and not feeling safe: the kind comes from the context ────────────────────
  {
    kind: null,
    base: 2,
    kindFromContext: true,
    // Unsafe on a dark street because a light is out: a repair, not a person at risk.
    unlessNear:
      /\b(?:street ?lights?|lamp ?posts?|street lighting|lighting column)\b|\bnowhere (?:else )?to (?:go|play|hang out) (?:round|around) here\b|\b(?:excluded|exclusion|no school place|no college place)\b|\b(?:rats?|mice|mouse|spiders?|wasps?|hornets?|pigeons?|seagulls?|gulls|cockroaches|bed ?bugs|vermin|pest control)\b/,
    pattern:
      /\b(?:(?:do not|does not|did not|never|cannot) feel safe|(?:not|never) safe (?:here|there|at night|at home|in the house|in my room|with (?:him|her|them))|(?:she|he|they|the (?:kids|children)) (?:is|are) not safe(?! to)\b|(?:scared|frightened|afraid|terrified|petrified) (?:to (?:go|be|sleep|stay|live) (?:\w+ ){0,2}?(?:home|back|in the house|there|here|alone|at home)|of (?:going|being) (?:home|back)|of (?:him|her|them|my (?:dad|mum|step dad|partner|husband|son|brother|uncle)|his|mum's|the (?:man|men|lads)))|(?:do not|does not) (?:want to |wanna )?go (?:home|back)(?! to (?:work|school))|nowhere (?:safe|else) to (?:go|stay|sleep)|nowhere to go|(?:raise|report|make|pass on|refer) (?:\w+ ){0,2}?(?:safeguarding|welfare|child protection) (?:concern|alert|referral)|(?:pupil|child|student|resident|patient|she|he) disclosed)\b/g,
  },
];

/** Who may be at risk, when, secrecy and fear, and the context some kinds need. */
export const SUPPORTS: readonly SupportSignal[] = [
  {
    role: 'child',
    label: 'a child or young person',
    pattern:
      /\b(?:child|children|kids?|kiddies|baby|babies|toddler|infant|little ones?|little (?:brother|sister)|(?:little|young|small|baby) (?:boys?|girls?)|son|daughter|grandson|granddaughter|nephew|niece|step ?(?:son|daughter)|pupil|teenager|teen|young person|(?<!(?:well|being|is|was|are|be|been|properly|kindly) )looked after|in care|school|year \d{1,2}|(?:1?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: |-)(?:years? old|year old|yo))\b/g,
  },
  {
    // Not "hospital" or "ward": a stay in hospital is no care need (a discharge names it by
    // nature), and a councillor's ward is a place.
    role: 'adult',
    label: 'an adult who may have care needs',
    pattern:
      /\b(?:dementia|alzheimer's|learning disabilit\w*|autis(?:m|tic)|down'?s syndrome|learning difficult\w*|support worker|frail|elderly|old (?:man|woman|lady|gentleman|gent|boy|girl|chap)|pensioner|bed ?bound|wheelchair|disabled|disabilit(?:y|ies)|multiple sclerosis|parkinson'?s|stroke|blind|deaf|non verbal|mental health|care home|nursing home|supported living|day centre|(?<!foster )carers?|care package|care visits?|in (?:his|her|their) (?:early |mid |late )?(?:70s|80s|90s|seventies|eighties|nineties)|forget(?:s|ting)? things|forgetful|(?:gets|getting) muddled|muddled|(?:aged?|is|i am) (?:[6-9]\d|1[01]\d)|(?:[6-9]\d|1[01]\d) years? old|lives (?:on (?:his|her|their) own|alone)|on (?:my|his|her) own since|vulnerable|diabetic|catheter|memory (?:problems|loss)|confused|housebound)\b/g,
  },
  {
    role: 'when',
    label: 'happening now or again',
    pattern:
      /\b(?:tonight|last night|right now|this (?:morning|evening|afternoon|week|weekend)|today|yesterday|again|every (?:night|day|time|weekend|week)|most nights|all the time|keeps|still|at the moment|currently|at night|at (?:\d{1,2} ?am|midnight)|until (?:\d{1,2} ?am)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|the weekend|yesterday|then)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:twice|\d+ times|three times|several times)|(?:it has|it is|has) been (?:days|(?:two|three|four|\d+) days)|for (?:two|three|four|\d+) (?:days|weeks)|always)\b/g,
  },
  {
    role: 'secrecy',
    label: 'secrecy or fear',
    pattern:
      /\b(?:(?:not allowed|not meant|not supposed) to (?:tell|say)|(?:was|were|am|is) not to (?:tell|say|put (?:that|this|it) in writing)|(?:do not|did not|must not|never|cannot|can not) tell (?:anyone|anybody|my|mum|dad|them|the|her|him|social|you|no one)|(?:it is|it was|is|was) (?:a|our) secret|secret|(?:made|makes|make) (?:me|her|him) promise|promise(?:d)? not to (?:tell|say)|(?:asked|begged|told|tells) (?:me|us|her|him) not to (?:tell|say|do|ring|call|report)|(?:will|would) (?:get|be) (?:taken away|in trouble|moved)|(?:please )?do not (?:ring|call|reply|write|email|contact|phone) (?:the house|me|to this|us|at home|him|her)|(?:he|she|they) (?:reads|checks|watches|monitors|goes through) (?:it|my|her|this|our)|went quiet|delete (?:them|the messages|it)|who (?:to|i can|can i) tell|(?:nobody|no one) (?:knows|will believe|would believe|believes)|(?:nobody|no one) to tell|(?:says|said) (?:it is|its) (?:our|a) secret|i (?:pretend|pretended)|scared|frightened|terrified|afraid|petrified|(?:if|when) i tell|in trouble|hiding|hide|(?:could not|cannot|nobody could|no one could|would not) explain|said (?:he|she|they) fell|say (?:he|she|they) fell|afraid to speak|desperate|worried about (?:her|him|them)|really worried)\b/g,
  },
  {
    role: 'actor',
    label: 'someone close',
    pattern:
      /\b(?:step (?:dad|mum|father|mother)|(?:my |her |his |their |mum's |dad's )(?:dad|father|mum|mother|uncle|aunt|grandad|brother|cousin|partner|husband|wife|boyfriend|girlfriend|ex|ex partner|new boyfriend|new partner|carer|foster carer|lodger|friend)|(?:an? |the |some |these |older )(?:man|men|guys?|lads?|adults?|stranger)|staff|resident)\b/g,
  },
  {
    role: 'partner',
    label: 'a partner or ex-partner',
    pattern:
      /\b(?:(?:my|her|his) (?:partner|husband|wife|boyfriend|girlfriend|ex|ex partner|ex husband|ex wife|fiance)|their dad|the children's father|the kids' dad)\b/g,
  },
  {
    role: 'lack',
    label: 'no care in place',
    negatable: false,
    pattern:
      /\b(?:(?:no|without(?: a| any)?) (?:care package|package of care|package|carers?|support|commode|equipment|follow up|care in place|hoist|food|one to help)|(?:nobody|no one) (?:came|visited|has been|turned up)|lives (?:alone|on (?:his|her|their) own)|on (?:his|her|their) own|cannot (?:walk|stand|get out of (?:a|the|his|her|bed) ?(?:chair|bed)?|lift|manage|get up)|at (?:\d{1,2} ?(?:pm|am)|midnight|night)|in a taxi|(?:fell|fall|fallen)|pressure sore|not (?:dressed|received|been received|in place)|still in the same clothes|freezing|bitter (?:out|outside|cold)|no (?:lights|heating|electric\w*|gas) on|no heating|(?:heating|boiler) (?:\w+ ){0,2}?(?:not working|(?:did|does|has|had) not work(?:ed)?))\b/g,
  },
  {
    // A disclosure set apart from the email's business: the writer says they are telling it
    // to whoever reads this because there is nobody else, or plays it down.
    role: 'secrecy',
    label: 'told in confidence, apart from what the email is about',
    pattern:
      /\b(?:(?:do not|did not) know (?:who|where) else to (?:say|tell|turn|go|write|put)|(?:not|never) (?:said|told) (?:this|anyone|anybody)(?: (?:to|before))?|i will (?:be honest|also say this|just say this)|(?:this|it) (?:is not|was not) really (?:for you|your department|one for you)|(?:i do not|do not) want to make a fuss|(?:probably|it is probably|it is likely) nothing|i am (?:probably )?(?:overreacting|over reacting))\b/g,
  },
  {
    role: 'distress',
    label: 'distress heard or seen',
    pattern:
      /\b(?:crying|cried|screaming|screamed|sobbing|sobbed|bellowing|howling|shouting (?:at|through)|yelling at|(?:heard|was|there was) (?:a )?(?:loud )?(?:crash|bang|thud|scream(?:ing)?)|a crash)\b/g,
  },
  {
    role: 'carer',
    label: 'caring for someone',
    pattern:
      /\b(?:(?:i|we) (?:care|cared|am caring) for|caring for (?:my|him|her|them)|(?:i|we) look after (?:my|him|her|them)|looking after (?:my|him|her|them)|(?:his|her|their|a|unpaid|full time|only) carer|carer's assessment|carers assessment|needs turning|i am (?:his|her) (?:only )?carer)\b/g,
  },
  {
    role: 'setting',
    label: 'a care setting',
    pattern:
      /\b(?:(?:children's|childrens|residential|care|nursing|group|foster|kids|care) home|foster (?:carer|placement|mum|dad|family|parents?|home)|(?:my|the|her|his|new|a|this) placement|supported (?:living|accommodation|housing)|semi independent|day centre|hostel|secure unit|respite (?:unit|centre|placement|home)|the unit)\b/g,
  },
];

/**
 * Figures of speech and set phrases that use harm words without anyone being harmed; blanked
 * out before anything else is read.
 */
export const FIGURES_OF_SPEECH: readonly RegExp[] = [
  /\b(?:is|it is|this|that|you are|they are|delay|waiting|stress|fine) (?:is )?(?:absolutely |literally )?killing (?:me|us)\b/g,
  /\b(?:killing me|nearly killed me|almost killed me|death trap|(?:could|would|will) (?:honestly |literally )?(?:kill|murder|strangle) (?:someone|somebody|you|him|her|them|the)|over my dead body|dying (?:to|for)|losing my mind|lose my mind|drives? me (?:mad|crazy|up the wall)|nightmare|scared the life out of|frightened the life out of|worried sick|sick (?:and tired|to death) of|sick of|banging (?:my|our) heads? (?:against|on)|tearing (?:my|our) hair out|at (?:my|our) wits'? end|hit (?:us|me|them|her|him) (?:hard|hardest|worst|in the pocket)|(?:like|as if) (?:a knife|a stab|being stabbed|a punch|a kick) (?:in|to) (?:the|my) (?:heart|gut|stomach|chest|teeth)|is like a knife|hits (?:us|me|them) (?:hard|in the pocket)|dangerous precedent|abuse of (?:process|power|position|authority|discretion|the system|office)|(?:verbally|racially|verbal|racial) abus\w*|abusive (?:email|e mail|call|message|language|phone call)s?|substance abuse service|(?:terrified|scared|frightened|afraid) (?:of|to) (?:open|opening|read|reading|answer|answering) (?:my |the |any )?(?:post|letters?|bills?|door to bailiffs|phone)|(?:end of my tether|wits'? end|breaking point|my limit) (?:with|over) (?:your|the|this) (?:\w+ )?(?:team|council|department|service|system|process|phone line|phones|website|app|forms?)|another knife twisted|twist(?:s|ed|ing)? the knife|(?:want(?:ed)?|wanna|could have|nearly) (?:to )?died? (?:of|from) (?:embarrassment|shame|laughing|boredom)|(?:mum|mom|mam|nan|gran|parents|teacher|boss) (?:is|are|will|would) (?:going to |gonna )?(?:kill|murder) me (?:if|when|for)|cannot cope with (?:your|the) (?:\w+ )?(?:system|forms?|website|phone line|process))\b/g,
  /\b(?:you are|the council is|they are|it is) bleeding (?:[\w'’]+ ){0,3}?dry\b/g,
  /\b(?:get|got|getting|gets) (?:this|it|that|things|something) off (?:my|his|her|our) chest\b/g,
  // A grave, a verge or a building neglected or abandoned, or "it" said to be: places, not people.
  /\b(?:(?:graves?|plots?|verges?|parks?|cemetery|churchyard|buildings?|play areas?|allotments?|headstones?) (?:\w+ ){0,5}?(?:has been |have been |is |are |was |were |being )?|it (?:has been|is|was|had been) (?:badly |completely |totally )?)(?:neglected|abandoned)\b/g,
  // A service or a place starved, neglected or bled of money: "starving our libraries",
  // "neglecting the high street". Its object is never a person.
  /\b(?:starv|neglect|exploit|bleed|bled)\w* (?:our|the|this|these|its|their|your) (?:local )?(?:libraries|library|services|parks?|buildings?|budgets?|town|towns|town centre|high streets?|streets?|roads?|pavements?|estates?|villages?|verges?|leisure centres?|museums?|youth services|bus services)\b(?: (?:of (?:funds|funding|money|cash|resources|investment)|to death|dry))?/g,
  // A charge or a decision called abuse: the council is not a person harming someone.
  /\b(?:(?:financial|emotional|institutional) )?(?:abuse|neglect) by (?:the|this|your) (?:council|department|local authority|authority)(?!['’]s)(?: itself)?\b/g,
];

/**
 * What a sign's words may name when they qualify a noun ("cuckooing protocol", "domestic abuse
 * service", "missing from home procedure", "refuge funding", "neglect figures"), alone or
 * paired with another topic ("self-neglect and hoarding protocol"): a topic, a service or a
 * piece of work, not anyone at risk. Read straight after the sign.
 */
export const NAMES_A_TOPIC =
  /^(?: (?:and|or|&) (?:self[- ]?neglect|neglect|hoarding|abuse|exploitation|cuckooing|county lines|trafficking|scams|grooming|modern slavery|domestic abuse|self[- ]?harm|suicide|missing))? (?:protocols?|polic(?:y|ies)|procedures?|guidance|strateg(?:y|ies)|services?|teams?|training|awareness|prevention|campaigns?|week|figures|statistics|data|cases|referrals|closure orders?|funding|spaces|beds|provision|outreach|support (?:service|worker|group)s?|workers?|officers?|leads?|specialists?|advocates?|coordinators?|champions?|board|forum|panel|partnership|network|hub|unit|charit(?:y|ies)|projects?|programmes?|pathways?|courses?|sessions?|workshops?|webinars?|modules?|conference|posters?|leaflets?|arrests|gangs?|operations?|toolkit|screening|assessments? tool)\b/;

/**
 * Frames that make a sentence about something other than a person at risk now: policy,
 * training and statistics, stories, hypotheticals and signposting.
 */
export const POLICY_FRAME =
  /\b(?:polic(?:y|ies)|strateg(?:y|ies)|procedures?|guidance|training|trainer|course|module|workshop|session|case stud(?:y|ies)|toolkit|awareness|how many(?! more (?:days|weeks|months|years|times|nights)| (?:of )?(?:my |his |her |their |the )?(?:tablets|pills|paracetamol)\b)|the number of|numbers of|statistics|figures (?:for|on)|freedom of information|foi|essay|degree|dissertation|research(?:ers?|ing)?(?! (?:\w+ )?ways (?:to|of))|debate|provision|(?:suicide|self[- ]harm|abuse|exploitation) prevention|article|newsletter|bulletin|in the (?:paper|papers|newspaper|news)|on the news|news (?:story|report|item)|novel|(?<!pension |rent |cheque |address |log )book|film|story|template|what checks|leaflet|poster|webinar|volunteers|broken down by|in general|generally)\b/;

export const HYPOTHETICAL_FRAME =
  /\b(?:if (?:a|an|any|someone|somebody|anyone|children|a child|your|one)|what if|(?:worried|afraid|scared|frightened) (?:about|of) (?:being|getting) (?:evicted|made homeless)|what happens (?:if|when)|(?:could|might|may|will|is going to|are going to) (?:\w+ ){0,2}?(?:get|be) (?:hurt|injured|killed)|before (?:someone|somebody|a child|anyone) (?:gets?|is) (?:hurt|injured|killed)|(?:could|might|may) (?:\w+ ){0,3}?(?:hurt|fall|die|injure|harm)|one day|in case(?! (?:it|this|things|everything) (?:all )?gets too much)|hypothetical\w*|for example|what (?:does|do|should|would|will) (?:\w+ ){0,3}?do (?:if|when|about)|when (?:a|an|any) (?:child|pupil|young person|resident|person|student|adult|parent|carer|foster carer) (?:says|tells|discloses|reports|raises)|how (?:does|do|should|would|will) (?:the council|you|schools?|staff|social workers?|officers?|teachers?) (?:\w+ ){0,3}?(?:respond|handle|deal|react|support))\b/;

export const SIGNPOSTING_FRAME =
  /\b(?:if|should|where|when) (?:\w+ ){0,20}?(?:worried|concern\w*|at risk|in danger|harm|urgent|abused|neglected|exploited)\b[^.!?\n]{0,160}\b(?:contact|call|ring|phone|999|mash|front door|police|tell|report)\b/;

/**
 * Words of teaching and feedback on it. Two or more of them make the whole email about
 * training (a webinar on cuckooing, a role play's scenarios, what the delegates said), so a sign
 * of harm counts only where its sentence says it is happening now.
 */
export const TEACHING =
  /\b(?:webinars?|training|workshops?|courses|course|slides|trainer|presentation|conferences?|modules?|lectures?|seminars?|e learning|awareness|speakers?|keynotes?|facilitator|refresher|save the date|register now|booking opens|role[- ]?plays?|scenarios|scenario \d|delegates|cohort|learning and development|workforce development)\b/g;

/**
 * Words of an organisation's report or a response to one: an audit, a consultation, a contract
 * return, a review's published learning (dev34), a press release, a bulletin or newsletter to
 * staff or partners. Two different ones make the email a report, where harm is counted,
 * summarised or planned for: as with teaching, a sign counts only where its sentence says it is
 * happening now (a contract return's exception: a man losing weight now).
 */
export const REPORTING =
  /\b(?:consultation|strateg(?:y|ies)|impact report|annual report|quarterly|contract (?:report|return|monitoring)|monitoring return|audit|assurance|scrutiny|briefing|key findings|key learning|recommendations?|appendix|practice review|case review|learning review|partnership|commissioning|our response|the draft|press (?:enquiry|query|office)|media (?:enquiry|query|request)|journalist|reporter|newsdesk|(?:request|ask|asking|looking) for (?:a |your )?comment|comment for (?:a|our|the) (?:story|piece|article)|our readers|press releases?|for immediate (?:release|publication)|notes to editors|not for (?:onward )?publication|staff (?:news|bulletin)|bulletin|newsletter|manage your subscription|unsubscribe|stop receiving (?:these|our|this))\b/g;

/**
 * A writer saying in so many words that they raise no concern ("we are not suggesting any
 * financial abuse"): the sentence is not a sign of harm.
 */
export const NO_CONCERN_RAISED =
  /\b(?:(?:not|never) (?:suggesting|alleging|saying|raising|reporting) (?:that |there is )?(?:any|a|that)|no (?:suggestion|allegation|concern) (?:of|that|about)|this is not a safeguarding (?:matter|concern|issue|referral))\b/;

/**
 * A writer saying the email is about no one in particular: a general question, a procedure
 * being written "with no specific tenant in mind", residents who "had no specific case". Said
 * anywhere in the email, it makes the whole about practice, not a person, so (as with
 * teaching) a sign counts only where its sentence says it is happening now.
 */
export const NO_ONE_IN_PARTICULAR =
  /\b(?:not about (?:anyone|anybody|any one person|a particular (?:person|case|child|family|resident|tenant)) (?:in particular|specific)|(?:a|this is a|just a) general (?:question|enquiry|query)|(?:do not|does not|did not) have (?:a|any) (?:specific|particular|current|individual) (?:case|concern|tenant|resident|person|child|client|service user|family)s?(?: in mind)?|(?:none|no one|nobody) (?:of them )?(?:had|has|raised|named|mentioned) (?:a|any) (?:specific|particular|individual) (?:case|person|child|family)|no (?:specific|particular|individual) (?:case|person|child|family|tenant|resident|client) (?:in mind|is (?:named|involved|meant))|(?:a|any) (?:specific|particular) (?:case|person|tenant|resident|client) in mind)\b/;

/**
 * A request for information under the Acts: about figures and documents, so (as with teaching)
 * a sign of harm counts only where its sentence says it is happening now.
 */
export const INFORMATION_REQUEST =
  /\b(?:freedom of information|foi (?:act|request)|under (?:the )?foi|environmental information regulations)\b/;

/** A matter in the past that has been dealt with, stated anywhere in the email. */
export const RESOLVED =
  /\b(?:(?:was|were|has been|have been|had been) (?:dealt with|resolved|sorted|closed|upheld)|dealt with (?:at the time|then|properly)|the plan ended|ended in (?:19|20)\d\d|off the plan|no longer (?:in contact|lives|living|involved|a concern)|has had no contact since|living safely|(?:is|are) (?:now )?(?:safe|settled|doing well|fine) now|(?:is|are|was) (?:now )?(?:(?:very|really|happily|happy and|reported to be (?:happy and )?) )?(?:doing well|settled|eating well|much better)|(?:case|enquiry|investigation) (?:was |has been |had been )?closed|eating well again|well again now)\b/;

/** An injury, in the words of a sign of harm: what an accident may explain. */
export const INJURY =
  /bruis|bleed|\bcut|broke|fractur|\bbit\b|bitten|\bbite|hurt|injur|sprain|graz|dehydrat|concuss|\bburn|scratch|wound|went for|\bhit\b|knock|shook|by the (?:neck|throat|leg|arm)/;

/**
 * How an injury came about when nobody did it: a fall on something in a public place, a knock
 * from equipment, a vehicle, an animal or bad food (dev33: a cut foot at the lake, a wrist
 * broken on the ice, a dog bite in the park). Both halves must be close to the injury
 * (`ACCIDENT_HOW` and `ACCIDENT_WHAT`), or an innocent cause said whole (`INNOCENT_CAUSE`).
 */
export const ACCIDENT_HOW =
  /\b(?:fell|falls|fallen|falling|slipped|slipping|tripped|tripping|stumbled|went flying|went over|knocked over|came off|came down|missed the (?:last |bottom )?step|caught (?:my|his|her|their) (?:foot|toe|heel|wheel)|cut (?:my|his|her|their) (?:foot|feet|knee|hand|finger|toe|leg) (?:\w+ ){0,2}?on|jammed (?:my|his|her|their) (?:wheel|foot)|landed on|toppled|collapsed|dropped suddenly|gave way|bit|bitten|bites|attacked|went for|jumped up at|reversed|ate|eaten|eating)\b/;

export const ACCIDENT_WHAT =
  /\b(?:pot ?holes?|kerbs?|pavements?|paving|slabs?|footpaths?|paths?|drains?|manholes?|grates?|grids?|ice|icy|frost|snow|wet floor|steps?|tree roots?|tarmac|uneven|playground|play area|swings?|slides?|climbing frame|trampoline|skate ?park|ramps?|goal ?posts?|goals|crossbar|pitch|pe|p\.e\.|games lesson|football|rugby|netball|hockey|cricket|kayak\w*|canoe\w*|lake|swimming|gym|spin class|rowing machine|treadmill|equipment|bike|bicycle|cycling|scooter|ice rink|rink|dogs?|puppy|xl bully|horse|cat|fox|swan|geese|goose|van|lorry|tow bar|stall|food|wraps?|burgers?|hot dogs?|chicken)\b/;

/**
 * An injury's innocent cause said whole, enough alone close to the injury: a plain accident
 * (hit by a car, a foot cut on the ice, food poisoning, a sports injury, an accident form) or a
 * medical cause that explains a bruise or a mark ("bruising caused by his blood condition",
 * "from a blood test", dev40).
 */
export const INNOCENT_CAUSE =
  /\b(?:(?:hit|knocked (?:down|over)|clipped|struck|run over) by (?:a|an|the) (?:\w+ ){0,2}?(?:car|van|bus|lorry|cyclist|bike|vehicle|driver|scooter|truck|tractor|man|adult|skater)|(?:cut|hurt|injured|grazed|broke|fractured|bruised|sprained|twisted|banged) (?:my|his|her|their) (?:\w+ ){0,2}?(?:foot|feet|knee|hand|finger|toe|leg|wrist|ankle|arm|elbow|shoulder|hip|head) on (?:the|a) (?:ice|ice rink|rink|pitch|ramp|slide|swings?|trampoline|climbing frame|kerb|pavement|steps?|path|pothole)|food poisoning|(?:caused by|due to|because of) (?:his|her|their|a|an) (?:\w+ ){0,2}?(?:condition|illness|disorder|disease|medication|birthmarks?)|(?:from|after|by) (?:a|the|her|his|their) (?:blood tests?|injections?|jabs?|vaccinations?|operation|cannula|drip)|sports? injur(?:y|ies)|first aid (?:kit|box)|minor injuries unit|accident form|accident book|accident report)\b/;

/**
 * What makes an accident doubtful, near it: someone said to have done it, a story that does
 * not fit, falls that keep happening, a child not allowed to say.
 */
export const ACCIDENT_DOUBTED =
  /\b(?:(?:says?|said|claims?|claimed|told (?:\w+ ){0,2}?)(?: that)? (?:he|she|they|it|i) (?:\w+ ){0,2}?(?:fell|fall|tripped|slipped|walked into|bumped|banged)|apparently|supposedly|(?:his|her|their|the) (?:story|explanation|excuse)|(?:keeps?|kept) (?:falling|having (?:falls|accidents)|getting hurt)|(?:does not|did not|do not) (?:match|add up|fit)|not allowed to (?:say|tell)|pushed|shoved|kicked|punched|slapped|grabbed|dragged|strangled|threw (?:me|him|her|them)|(?:hit|hits|hitting) (?:me|him|her|them|us)\b(?! (?:hard|hardest|badly))|unexplained)\b/;

/**
 * The person the email is about has died: what was done to them is told in the past, and a
 * complaint about it is not a risk to them now (anyone else still at risk is told as going on).
 */
export const DIED =
  /\b(?<!nearly |almost |could have |would have |might have |may have )(?:passed away|died|(?:his|her|their) death|since (?:mum|dad|he|she) (?:died|passed)|(?:my |our )?late (?:mother|father|mum|dad|husband|wife|son|daughter|brother|sister|nan|gran|grandad|grandmother|grandfather|aunt|uncle))\b/;

/**
 * A day in the last week or so: what happened then may still be going on. It is read only where
 * NOW_MARKER and GOES_ON (safeguarding.ts) found nothing, so it leaves out what they already
 * read: "yesterday", "last night", "this week", "this weekend" and "since then".
 */
export const DAYS_AGO =
  /\b(?:at the weekend|(?:on|since|over the) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|week|weekend)|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend)|this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night)|days? ago)\b/;

/** Markers of a time in the past. The year is checked against the email's own date. */
export const PAST_YEAR = /\b(?:in|back in|during|since|from) (?:the )?((?:19|20)\d\d)s?\b/g;
/**
 * The writer telling of an allegation made against them ("she told her teacher that I had
 * smacked her", "reported that I was financially abusing my father", "a call saying I neglect
 * my kids"): read just before the
 * sign, which follows in the active voice. Not a disclosure of harm to the writer ("that I
 * was being hit") and never self-harm.
 */
export const ALLEGED_AGAINST_THE_WRITER =
  /(?:\b(?:said|says|told|tells|claimed|claims|reported|alleged|alleging|suggested|thought|think|thinks)\b[^.!?\n]{0,60}?\bthat (?:i|we) (?:had |have |was |were |am |are )?|\b(?:saying|claiming|alleging|suggesting|reporting) (?:that )?(?:i|we) (?:had |have |was |were |am |are )?|\baccus(?:ed|ing|es) (?:me|us) of |\ballegations? that (?:i|we) (?:had |have |was |were )?)["“'‘]?$/;

export const LONG_AGO =
  /\b(?:years ago|when i was (?:a child|little|young|younger|at school|a teenager|\d{1,2})|historic(?:al)?|at the time|many years)\b/;
export const NOW_MARKER =
  /\b(?:now|still|again|tonight|today|yesterday|last night|this (?:morning|week|weekend|evening)|currently|at the moment|every night)\b/;

/** Reassurance close to a sign: "he was fine", "she is safe now". */
export const REASSURANCE =
  /\b(?:(?:has|have|had) since been (?:fixed|repaired|sorted|replaced|put right)|(?:he|she|they|mum|dad|the children|the kids) (?:was|were|is|are) (?:absolutely |perfectly )?(?:fine|unhurt|safe|ok|okay)(?! (?:until|till|but))|no harm (?:was )?done|eating well again|doing really well|doing well)\b/;

/**
 * A negation and at most two words before the sign, none of them starting a new clause: "no
 * bruises", "not been missing", but not "is not there | she slaps me" (a subject or a
 * conjunction between them starts another clause, which the negation does not reach).
 */
const NEGATION =
  /\b(?:no|not|never|nor|none|nothing|nobody|without|zero)(?: (?!(?:i|he|she|they|we|you|it|and|but|so|because|when|then|until|while|if)\b)[a-z']+){0,2} ?$/;

/** True when the few words before `index` negate what follows: "no bruises", "not been missing". */
export function negatedAt(text: string, index: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, index - 30), index));
}
