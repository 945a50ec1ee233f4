/**
 * Wording that suggests a child or adult may be at risk of harm, grouped by the kind of harm
 * a front-door (MASH / First Response) worker would recognise. `strong` phrases raise the
 * flag alone; `weak` ones need a second phrase beside them.
 */
export interface SafeguardingTrigger {
  readonly concern: string;
  readonly strength: 'strong' | 'weak';
  readonly pattern: RegExp;
  /** The flag is not raised when this matches the same sentence (e.g. "abuse of process"). */
  readonly unless?: RegExp;
  /** The flag is raised only when this also matches the sentence (context the phrase needs). */
  readonly requires?: RegExp;
  /** Skip a match preceded by a negation ("no bruising", "not at risk"). */
  readonly negatable?: boolean;
}

const PERSON =
  '(?:him|her|them|me|us|the (?:baby|kids?|children|child|boy|girl|toddler)|my (?:son|daughter|mum|mother|dad|father|nan|gran|wife|husband|partner|child|children|kids?|brother|sister))';

export const TRIGGERS: readonly SafeguardingTrigger[] = [
  {
    concern: 'possible physical harm',
    strength: 'strong',
    pattern:
      /\b(?:bruis(?:e|es|ed|ing)|finger[- ]?marks?|black eyes?|burn marks?|cigarette burns?|welts?|unexplained (?:injur(?:y|ies)|marks?|cuts?))\b/gi,
    negatable: true,
  },
  {
    concern: 'possible physical harm',
    strength: 'strong',
    pattern: new RegExp(
      `\\b(?:(?:hits?|hitting|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|beating|beaten|squeez(?:es|ed|ing)|shak(?:es|ing)|shook|chok(?:es|ed|ing)|strangl\\w*|throttl\\w*|lash(?:es|ed) out at) ${PERSON}|hurt(?:s|ing)? (?:him|her|them|the (?:baby|kids?|children|child)))\\b`,
      'gi',
    ),
    negatable: true,
  },
  {
    concern: 'possible physical harm',
    strength: 'strong',
    pattern:
      /\b(?:cut|injury|injuries|mark|marks|bruise|bruises)\b[^.!?\n]{0,40}\b(?:would not|wouldn['’]?t|could not|couldn['’]?t|won['’]?t|will not|can['’]?t|cannot|nobody could|no one could) (?:explain|tell me how|say how)/gi,
  },
  {
    concern: 'self-harm or suicide risk',
    strength: 'strong',
    pattern:
      /\b(?:self[- ]?harm\w*|cutting (?:herself|himself|themselves|myself)|suicid\w*|(?:thinking|talk(?:s|ed|ing)?|thought) (?:about|of) (?:ending it|ending (?:his|her|my|their) (?:own )?life|killing (?:himself|herself|myself|themselves)|taking (?:his|her|my|their) (?:own )?life)|ending it all|kill (?:myself|himself|herself|themselves)|end (?:my|his|her|their) (?:own )?life|take (?:my|his|her|their) own life|wants? to die|better off (?:dead|without (?:me|him|her))|(?:doesn['’]?t|don['’]?t|does not|do not) want to be (?:here|alive) any ?more|overdos\w*|(?:saving|stockpiling|hoarding|saved) (?:up )?(?:her|his|their|my )?(?:tablets|pills|medication))\b/gi,
    negatable: true,
  },
  {
    concern: 'missing person',
    strength: 'strong',
    pattern:
      /\b(?:missing from (?:\w+ ){0,2}?(?:home|care|placement|school|the home)|(?:reported (?:him|her|them) missing|(?:is|has been|have been|been) missing (?:since|for))|(?:has(?:n['’]?t| not)|not) been (?:home|seen|(?:in|at|to) school)(?: at school)? (?:since|for)|(?:ran|run|running|runs) away|absconded)\b/gi,
    unless:
      /\b(?:bins?|parcels?|letters?|forms?|payments?|documents?|paperwork|pages?|items?|files?|records?|information|details|receipts?|money|keys?|cat|dog)\b/i,
  },
  {
    concern: 'possible exploitation',
    strength: 'strong',
    pattern:
      /\b(?:exploit(?:ed|ation|ing)|groom(?:ed|ing)|county lines|cuckoo(?:ing|ed)|(?:older|adult|grown) (?:men|males|lads|man|boys)|men in their (?:twenties|thirties|forties|20s|30s|40s)|gives? (?:her|him|them) (?:vapes|money|drugs|alcohol|gifts|phones|cigarettes)|new (?:clothes|phones?|trainers)\b[^.!?\n]{0,40}\b(?:did not|didn['’]?t|couldn['’]?t|can['’]?t) (?:buy|afford|explain)|hold (?:stuff|things|drugs|a package|packages|gear) for|deal(?:s|ing)? drugs|drug deal\w*)\b/gi,
    negatable: true,
    unless: /\bloophole\b/i,
  },
  {
    concern: 'threat of violence',
    strength: 'strong',
    pattern:
      /\b(?:knife|knives|machete|gun|firearm|weapon|threaten(?:ed|ing|s)? to (?:kill|hurt|harm|stab|hit|beat|burn)|(?:i|you)(?:['’]?ll| will) regret it|said (?:he|she|they)(?:['’]d| would) (?:kill|hurt|harm|stab))\b/gi,
    unless: /\b(?:knife and fork|cutlery)\b/i,
  },
  {
    concern: 'domestic abuse',
    strength: 'strong',
    pattern:
      /\b(?:domestic (?:abuse|violence)|coercive control\w*|(?:non[- ]molestation|restraining|protection) order|(?:is|was|['’]s|are) not (?:supposed|allowed|meant) to (?:come|be|go) near|knows where (?:we|i) (?:are|live|am|now live)|fled from|fleeing (?:him|her|them|my)|women['’]?s refuge)\b/gi,
  },
  {
    concern: 'possible sexual abuse',
    strength: 'strong',
    pattern:
      /\b(?:sexual(?:ly)? (?:abuse\w*|assault\w*|touch\w*|exploit\w*)|touched (?:her|him|them) inappropriately|inappropriate(?:ly)? (?:touch\w*|photos|images|pictures|messages)|(?:rape|raped))\b/gi,
    negatable: true,
  },
  {
    concern: 'possible abuse',
    strength: 'strong',
    pattern: /\b(?:abus(?:e|ed|es|ing|ive)|maltreat\w*|mistreat\w*|ill[- ]treat\w*)\b/gi,
    negatable: true,
    unless:
      /\b(?:abuse of (?:process|power|position|authority|discretion|the system|trust|office)|(?:verbal(?:ly)?|racial(?:ly)?) abus\w*|abusive (?:email|e-mail|call|message|language)s?|substance abuse service)\b/i,
  },
  {
    concern: 'possible financial abuse',
    strength: 'strong',
    pattern:
      /\b(?:financial(?:ly)? (?:abuse\w*|exploit\w*)|(?:takes?|took|taking|has taken|keeps?|kept|looks after|control(?:s|led|ling)?) (?:his|her|their|my (?:mum|dad|mother|father|nan|gran|grandad)['’]?s?) (?:money|pension|bank ?cards?|benefits|cards?|savings|pin)|no money (?:left )?for (?:food|the milkman|the gas|heating|electric\w*|his|her)|(?:emptied|cleared out) (?:his|her|their) (?:bank )?account)\b/gi,
  },
  {
    concern: 'possible neglect',
    strength: 'strong',
    pattern:
      /\b(?:neglect(?:ed|ing)?(?! to)|left (?:alone|on (?:their|his|her) own|unattended|home alone|without (?:food|care|supervision|medication|heating))|home alone|(?:no|without) food(?! waste| bank)|not (?:been )?(?:eating|fed)|has(?:n['’]?t| not) (?:eaten|been fed)|starving|(?:wet|soiled|dirty|filthy) (?:sheets|bed|bedding|nappy|nappies|pads?)|(?:found|lying|left|was) (?:her|him|them|mum|dad) (?:lying )?on the (?:\w+ )?floor|(?:hasn['’]?t|has not|not) had (?:her|his|their) (?:tablets|medication|meds|insulin)|without (?:her|his|their) (?:tablets|medication|meds|insulin))\b/gi,
    negatable: true,
  },
  {
    concern: 'a young child alone',
    strength: 'strong',
    pattern:
      /\b(?:(?:little|young|small) (?:one|ones|kids?|children|boy|girl)|toddler|baby|babies|\d-year-old|kids?|children)\b[^.!?\n]{0,60}\b(?:on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves)|alone|unsupervised)\b/gi,
    // Children walking to school alone are not at risk; children left at home alone are.
    requires:
      /\b(?:left|leaves?|leaving|home|house|flat|window|night|all day|hours|nappy|locked)\b/i,
    negatable: true,
  },
  {
    concern: 'fear of going home',
    strength: 'strong',
    pattern:
      /\b(?:(?:scared|frightened|afraid|terrified) (?:to go (?:home|back)|of going (?:home|back))|(?:doesn['’]?t|didn['’]?t|does not|did not|don['’]?t|dont|do not|won['’]?t|will not) (?:want to )?go (?:home|back)(?: there)?|don['’]?t leave me|nowhere (?:safe|else) to (?:go|stay|sleep))\b/gi,
  },
  {
    concern: 'possible sexual exploitation',
    strength: 'strong',
    pattern:
      /\b(?:(?:nude|naked|indecent|explicit|sexual) (?:photos?|pictures?|images?|videos?|selfies?)|sexting|sextortion)\b/gi,
    negatable: true,
  },
  {
    concern: 'harmful practice or radicalisation',
    strength: 'strong',
    pattern:
      /\b(?:FGM|female genital mutilation|forced(?:ly)? (?:to )?marr(?:y|ied|iage)|honou?r[- ]based (?:abuse|violence)|radicali[sz]\w*|extremis[tm]\w*)\b/gi,
    negatable: true,
  },
  {
    concern: 'signs of neglect',
    strength: 'weak',
    pattern:
      /\b(?:pressure sores?|bed ?sores?|dehydrated|malnourished|lost (?:a lot of|so much) weight|sleeping rough|sofa[- ]surfing|nowhere to sleep)\b/gi,
    negatable: true,
  },
  {
    concern: 'violence at home',
    strength: 'weak',
    pattern:
      /\b(?:smash(?:es|ed|ing) (?:things|up|the (?:house|place))|gets? (?:drunk|violent|aggressive)|(?:violent|aggressive) (?:partner|husband|boyfriend|dad|father|son))\b/gi,
    negatable: true,
  },
  {
    concern: 'someone frightened',
    strength: 'weak',
    pattern:
      /\b(?:scared|frightened|afraid|terrified) (?:of (?:him|her|them|his|her|my)|for (?:her|his|my|their) (?:life|safety))\b|\b(?:was|is|are|were|seemed|looked|seem|look) (?:frightened|terrified|petrified)\b/gi,
    negatable: true,
  },
  {
    concern: 'someone unsafe',
    strength: 'weak',
    pattern:
      /\b(?:(?:not|isn['’]?t|is not|aren['’]?t|never|don['’]?t feel|doesn['’]?t feel|do not feel|does not feel|(?:don['’]?t|do not) (?:believe|think) (?:she|he|they) (?:is|are)) safe|unsafe|in danger|at risk(?! of (?:losing|eviction|homelessness|being (?:evicted|fined|late|sacked)|redundancy|closure|flooding))|risk of (?:significant )?harm)\b/gi,
    negatable: true,
    unless:
      /\b(?:road|roads|pavement|junction|crossing|building|wall|roof|tree|streetlights?|playground|equipment|bridge|footpath|stairs?lift|ceiling|wiring|boiler|scaffold\w*|job|jobs|tenancy|funding|service|budget)\b/i,
  },
  {
    concern: 'signs of distress',
    strength: 'weak',
    pattern:
      /\b(?:crying|screaming|sobbing|shouting (?:at|through)|shut up and|clinging to|a crash|heard (?:a lot of )?shouting)\b/gi,
  },
  {
    concern: 'a welfare check asked for',
    strength: 'weak',
    pattern:
      /\b(?:welfare check|check on (?:him|her|them|the (?:kids|children))|worried (?:about|for) (?:his|her|their) (?:safety|welfare|wellbeing)|(?:haven['’]?t|have not|not) seen (?:the |their |his |her )?(?:mum|mother|dad|father|parents?) (?:since|for))\b/gi,
  },
];

/**
 * Figures of speech and set phrases that use harm words without anyone being harmed.
 * They are blanked out before the triggers are read.
 */
export const FIGURES_OF_SPEECH: readonly RegExp[] = [
  /\b(?:is|it['’]?s|this|that|you['’]?re|they['’]?re|delay|waiting|stress) (?:is )?killing (?:me|us)\b/gi,
  /\bkilling me\b/gi,
  /\b(?:i['’]?m|i am|we['’]?re|we are) dying (?:to|for)\b/gi,
  /\b(?:a |an )?(?:complete |total |absolute |utter |living )?nightmare\b/gi,
  /\bbanging (?:my|our) heads? against\b[^.!?\n]*/gi,
  /\btearing (?:my|our) hair out\b/gi,
  /\bover my dead body\b/gi,
  /\b(?:frightened|scared) the life out of\b/gi,
  /\bworried sick\b/gi,
  /\bsick (?:and tired|to death) of\b/gi,
  /\bat (?:my|our) wits['’]? end\b/gi,
  /\bdrives? me (?:mad|crazy|up the wall)\b/gi,
  /\b(?:could|would) (?:kill|murder) (?:for|someone)\b/gi,
  /\bdangerous precedent\b/gi,
  /\bhits? (?:us|me|them) (?:hard|in the pocket)\b/gi,
];

/**
 * Sentences that point people to help rather than describe anyone: auto-replies and
 * leaflets ("If you are worried that a child is at risk, contact the MASH").
 */
export const SIGNPOSTING =
  /^\s*(?:if|should|where)\b[^.!?]*\b(?:worried|concern\w*|at risk|in danger)\b[^.!?]*\b(?:contact|call|ring|phone|999|MASH|safeguarding hub|police|tell)\b/i;
