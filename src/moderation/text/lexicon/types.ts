/**
 * What a lexicon phrase signals. Category signals become findings on their own (`sexual` explicit,
 * `sexual.mild` mild, …); context signals only matter in combination, through the context rules
 * (`minor` + anything sexual → minors; `group` + `dehumanise` → hate; a private `relation` + `demean` →
 * harassment; `kill` + `realistic` → explicit violence; `safe` cancels what it contains).
 */
export type Signal =
  // Findings.
  | 'sexual'
  | 'sexual.mild'
  | 'minors'
  | 'violence'
  | 'violence.mild'
  | 'hate'
  | 'harassment'
  | 'self_harm'
  | 'likeness'
  | 'ip'
  | 'ip.mild'
  | 'injection'
  // Context.
  /** A harmless phrase: every hit inside its span is dropped ("killer whale", "shooting star"). */
  | 'safe'
  /** A child or teenager ("kids", "a 12 year old", "schoolgirl"). */
  | 'minor'
  /** Revealing clothing that is harmless on its own but not on a minor ("bikini", "underwear"). */
  | 'revealing'
  /** Posing for someone ("posing", "photoshoot", "for the camera"). */
  | 'posing'
  /** A person someone knows privately ("my coworker", "my ex", "a girl in my class"). */
  | 'relation'
  /** Introduces a name ("named", "called"). */
  | 'naming'
  /** A common first name or surname (for named private people). */
  | 'first_name'
  | 'surname'
  /** Demeaning, humiliating or abusing a person ("humiliated", "spit on", "worthless loser"). */
  | 'demean'
  /** Threatening or hurting a person ("beat up", "kill", "hurt"). */
  | 'threat'
  /** A protected group ("jews", "muslims", "gay people", "immigrants"). */
  | 'group'
  /** Dehumanising words that are hateful near any group mention ("vermin", "subhuman", "exterminate"). */
  | 'dehumanise'
  /** A link that makes a statement about a group ("are", "as", "shown as"). */
  | 'copula'
  /** Words hateful when said of a group ("jews are rats", "women are stupid"), harmless elsewhere. */
  | 'hateful'
  /** Wishing harm after a group ("… should die", "… don't deserve rights"). */
  | 'hate_wish'
  /** Harm done to a whole group before it ("kill all the …", "deport every …"). */
  | 'hate_verb'
  /** A realistic depiction ("photorealistic", "real footage", "cctv"). */
  | 'realistic'
  /** Graphic intensity ("graphic", "gruesome", "brutal", "close up"). */
  | 'graphic'
  /** A stylised depiction ("cartoon", "anime", "lego", "oil painting"). */
  | 'stylised'
  /** Killing or wounding a victim ("stabbing", "murdering", "shooting a man"). */
  | 'kill'
  /** A vulnerable victim of violence ("a puppy", "a baby", "his wife", "students"). */
  | 'victim'
  /** A person in general ("a man", "people", "someone"): the target of realistic killing. */
  | 'person'
  /** A title before a name ("mr", "coach", "dr"): "mr hallworth" is someone real. */
  | 'honorific'
  /** A pronoun standing for a group mentioned nearby ("they're all thieves"). */
  | 'group_pronoun'
  /** Standing at an edge (of a rooftop, a bridge); with a jump after it, a suicide. */
  | 'ledge'
  | 'jump'
  /** A fantasy creature or a thing ("a dragon", "an ogre", "a snowman"): gore done to it alone is stylised. */
  | 'creature'
  /** A descriptive feature of a trademarked character; two of the same character name it. */
  | 'ip_feature'
  /**
   * Jargon that steers a model as often as it names a phone setting or a shell command ("developer mode",
   * "sudo rm", "jailbreak"): injection only when the rest of the text addresses the caption model.
   */
  | 'injection_jargon'
  /** Two words of a staged or told story ("a kids' play", "a school pantomime"): not a victim of what follows. */
  | 'performance'
  /** Sexual innuendo emoji (🍆 🍑 💦 👅 🫦): two different ones, or one with a body or bed word, are sexual. */
  | 'sex_emoji'
  /** What makes a lone innuendo emoji sexual: a leering face (🥵 😩 🤤), a mouth, a bed, "his", "her". */
  | 'sex_emoji_context'
  /** Onlookers cheering or laughing ("and everyone cheers"): with a group and violence, hate. */
  | 'cheer'
  /** A hateful trope told about a protected group ("… pulling the strings of the banks", "… stealing our jobs"). */
  | 'trope'
  /** A request without branding ("no logos", "unbranded", "generic"): a brand's name is then its ordinary word. */
  | 'no_brand'
  /** A character name that is also an ordinary word ("stitch", "minion"): IP only with its own context words. */
  | 'ip_ambiguous'
  /** A public figure's name that is also an ordinary phrase ("ice cube", "the doors"): only with its context. */
  | 'likeness_ambiguous';

/** One group of phrases that share their signals. */
export interface Section {
  signals: readonly Signal[];
  patterns: readonly string[];
  /**
   * Words that, anywhere in the same text, cancel these phrases: "cock" with "rooster", "farm" or
   * "crowing" is a bird.
   */
  unless?: readonly string[];
}
