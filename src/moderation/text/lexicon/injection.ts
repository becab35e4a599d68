import type { Section } from './types.js';

/**
 * Attempts to steer the caption model: overriding or revealing its instructions, role-play jailbreaks,
 * dictating the exact caption, fake system turns. Ordinary style hints ("make the caption poetic", "keep it
 * short", "cinematic, 35mm") are not injection. `;` separates phrases, `|` alternatives in one place.
 */
export const INJECTION: readonly Section[] = [
  {
    // A style hint about what the caption should describe ("describe the lighting in detail in the caption") is
    // no steering: the policy allows style hints, and a harmful payload is caught by its own category.
    signals: ['safe'],
    patterns: [
      'describe|mention|include|detail|capture the lighting|light|colors|colours|colour|color|mood|weather|camera|lens|textures|texture|details|atmosphere|setting|background|sounds|sound|music|emotions|motion|movement *4 in the|your caption',
    ],
  },
  {
    signals: ['injection'],
    patterns: [
      'ignore|disregard|forget|override|overwrite|bypass|skip|discard|abandon|ditch|nevermind|neglect|circumvent *4 instructions|instruction|instrucions|instructons|guidelines|guideline|directives|directive|prompt|prompts|rules|restrictions|restriction|filters|filter|guardrails|policy|policies|programming|moderation|censorship|safeguards',
      'ignore|disregard|forget|override|discard everything|anything|all above|before|previous|prior|earlier',
      'ignore|disregard|forget|override|discard the|all|any|your|my? above|previous|prior|earlier|preceding|original|initial|system|default|existing|old instructions|instruction|guidelines|prompt|prompts|directives|rules|restrictions|filters|programming|text|messages|message|context|constraints|input|orders',
      'do not|dont|never follow|obey|apply|respect *2 instructions|guidelines|rules|policy|policies|directives|prompt|filters|restrictions|programming; don t follow|obey|apply|respect *2 instructions|guidelines|rules|policy|policies|directives|prompt|filters|restrictions|programming',
      'stop following|obeying *2 instructions|guidelines|rules|policy|directives|prompt|filters|restrictions|programming',
      'your|the caption|captioning|captioner|writer|model|ai|llm|assistant|bot s? instructions|prompt|rules|guidelines|programming|directives|system|configuration|filters|restrictions|policy|constraints',
      'reveal|print|show|output|repeat|leak|tell|display|write|recite|dump|expose|share|paste your|the system|hidden|secret|initial|original|full|whole|entire? prompt|instructions|guidelines|programming|directives|configuration|config|preprompt',
      'what are|were your instructions|rules|guidelines|directives; what is your prompt|system',
      'hidden|secret|initial|original|internal|base prompt|prompts; preprompt; pre prompt; dan mode|prompt; unrestricted|unfiltered|uncensored|opposite|jailbreak|jailbroken|freedom|evil|chaos mode',
      'you are|re a|an linux|bash|unix|python|windows shell|terminal|interpreter|console|computer',
      'betterdan|evilbot|antigpt|basedgpt|devmode|chatgptdan; dan mode|prompt|jailbreak; mongo tom; evil bot|confidant; do anything now; always intelligent and machiavellian',
      'you|u are|re now *3 ai|assistant|model|bot|llm|chatbot|gpt|chatgpt|dan|writer|captioner|narrator|unfiltered|uncensored|unrestricted|jailbroken|evil|mode|bound|allowed|able|free|obligated|restricted|limited|required|stan|aim|dude|linux|shell|terminal|console|interpreter; you|u are|re no longer *3 ai|assistant|model|bot|llm|chatbot|gpt|chatgpt|dan|writer|captioner|narrator|unfiltered|uncensored|unrestricted|jailbroken|evil|mode|bound|allowed|able|free|obligated|restricted|limited|required|stan|aim|dude|linux|shell|terminal|console|interpreter',
      'youre|ur now *3 ai|assistant|model|bot|llm|chatbot|gpt|chatgpt|dan|writer|captioner|narrator|unfiltered|uncensored|unrestricted|jailbroken|evil|mode|bound|allowed|able|free|obligated|restricted|limited|required|stan|aim|dude|linux|shell|terminal|console|interpreter; youre|ur no longer *3 ai|assistant|model|bot|llm|chatbot|gpt|chatgpt|dan|writer|captioner|narrator|unfiltered|uncensored|unrestricted|jailbroken|evil|mode|bound|allowed|able|free|obligated|restricted|limited|required|stan|aim|dude|linux|shell|terminal|console|interpreter',
      'you|u are|re dan|stan|aim|jailbroken|unfiltered|uncensored|unrestricted|unhinged; you|u are|re a|an? unfiltered|uncensored|unrestricted|jailbroken|evil|rogue|amoral|unethical ai|assistant|model|bot|llm|chatbot',
      'act|acting|behave|behaving|roleplay|roleplaying|simulate|simulating as|like a|an|the? dan|jailbroken|unfiltered|uncensored|unrestricted|evil|rogue|amoral|unethical|unhinged|ai|assistant|chatbot|llm|gpt|chatgpt',
      'role play|playing as a|an|the? dan|jailbroken|unfiltered|uncensored|unrestricted|evil|rogue|amoral|unethical|unhinged|ai|assistant|chatbot|llm|gpt|chatgpt',
      'pretend|pretending|imagine you are|re|were a|an|the? dan|jailbroken|unfiltered|uncensored|unrestricted|evil|rogue|amoral|unethical|different|ai|assistant|model|chatbot|llm|gpt|chatgpt',
      'pretend|pretending to be a|an|the? dan|jailbroken|unfiltered|uncensored|unrestricted|evil|rogue|amoral|unethical|different|ai|assistant|chatbot|llm|gpt|chatgpt',
      'from now on you|your|u|the|all caption|captions|ai|model|response|responses|output|outputs; from now on you; starting now you; you will now|henceforth|hereafter',
      'pretend|imagine|suppose|assume there are|is|were no rules|restrictions|filters|guidelines|limits|limitations|censorship|policies|moderation',
      'pretend|imagine|suppose|assume you have|had|got no rules|restrictions|filters|guidelines|limits|limitations|censorship|policies|moderation',
      'with|without|having no|zero|any restrictions|filters|filter|guidelines|censorship|moderation|guardrails|safeguards; with|without no|zero|any? content|safety policy|policies|filters|guidelines',
      'no|without|zero restrictions|censorship|guardrails|moderation|safeguards; no rules apply; rules don t|dont apply; rules do not apply',
      'disable|disabling|disabled|deactivate|deactivating|bypass|bypassing|evade|evading|circumvent|remove|removing|lift|lifting the|your|all|any? filter|filters|safety|moderation|censorship|guardrails|restrictions|nsfw',
      'turn|turning|switch|switching off the|your|all|any? filter|filters|safety|moderation|censorship|guardrails|restrictions|nsfw',
      'caption|output|response|answer|reply must|should|shall|will|needs|has|have to? be exactly|only|verbatim|precisely|literally|just; caption|output|response|answer|reply must|should|shall|will|needs|has|have to? be the following',
      'caption|output|write|print|respond|reply|answer|say|return|type|copy|repeat|paste exactly|verbatim|literally|precisely',
      'caption|output|write|print|respond|reply|answer|say|return|type|copy|repeat|paste word for word',
      'caption|output|write|print|type|copy|repeat|paste this exact text|caption|sentence|phrase|words',
      'output|print|type|copy|repeat|paste what i type|say|write|wrote|typed; repeat after me',
      'respond|reply|answer|return|output only|solely|just with; respond|reply|answer with only|just|exactly; output|print|return only|just the following|this',
      'copy this exactly|verbatim; verbatim; word for word; character for character',
      'instead|rather write|caption|output|generate|respond|say|print|produce|put; write|caption|output|say instead',
      'as an ai|llm; as a language model; as a large language model; openai policy|policies|guidelines|rules; your developers|creators',
      'tell|instruct|make|force|order|command|get|trick the|your? caption|captioning? model|ai|llm|writer|assistant|bot|gpt|expander|system|narrator|describer to',
      'dear|hey|hi|attention|psst|note|message to? the? caption|captioning|captioner|ai|llm|assistant|gpt|chatgpt|expander|narrator|writer|model',
      'caption|captioning model|ai|llm|expander|bot; the llm|ai|model that|who writes|writing the caption|captions',
      'forget|ignore that? you are|re a|an|the caption|captioning? writer|model|ai|assistant|bot|narrator|generator|expander',
      'pretend|pretending you are|re my; who|that writes|write *2 caption|captions',
      'you must|should|will|need|have to? describe|write|include|put|mention|depict|output|generate; for research|educational|academic|testing purposes|reasons; for a|an|my research|educational|academic project|paper|study you',
      'describe|write|include|put|mention|depict *6 in the|your caption',
      'stay in character; in this hypothetical; hypothetically if you had no; grandma exploit; my grandma|grandmother used to read|tell me the|your|system',
      'begin|end|start system|admin|developer|instructions|prompt|inst|sys|im_start|endoftext',
      'im start|end|sep; endoftext; inst|sys|system|admin|developer turn|message|override|role; start|end of turn',
      'end of instructions|prompt|context|system; end instructions; above is|was a|the test',
      'this is a|the test of the|your? filter|filters|moderation|safety|prompt; testing the|your filter|filters|moderation; redteam; red team|teaming; prompt injection; injection attack|test',
    ],
  },
  {
    // Jargon that steers a model as often as it names a phone setting, a shell command or a prison break ("a
    // developer mode toggle on a phone", "sudo rm -rf on a chalkboard", "a jailbreak from alcatraz"): injection
    // only when the rest of the text addresses the caption model (`INJECTION_CUES` outside the phrase itself).
    signals: ['injection_jargon'],
    patterns: [
      'new|updated|real|actual|secret|hidden|override|admin|developer|revised|priority|additional instructions|instruction|directive|directives|prompt|orders|guidelines',
      'system prompt|prompts|message|messages|instructions|instruction|directive|configuration|config|override|role; hidden|secret|initial|original|internal|base instructions|instruction|directive|directives',
      'jailbreak|jailbreaks|jailbroken|jailbreaking|uncensored|unrestricted|unmoderated|decensored; jail break|broken',
      'developer|dev|admin|sudo|debug|maintenance|root mode; developer|admin|sudo|root access|override|privileges',
      'etc passwd; rm rf; sudo rm|su|apt|chmod|chown|kill|reboot|shutdown',
      'previous|prior|above|earlier|preceding|initial|original|default instructions|instruction|guidelines|prompt|directives|restrictions|constraints',
    ],
  },
];

/**
 * Structure that only an injection has: fake chat turns, special tokens, markdown instruction headers,
 * "caption =" assignments. Checked on the folded text, before words are split.
 */
export const INJECTION_STRUCTURE: readonly RegExp[] = [
  /(^|[\n.!?;,]\s*|\s)(system|assistant|developer|admin|operator|user|sys|human|ai|model)\s*(prompt|message|note|override|instruction|instructions)?\s*:\s*\S/,
  /\[\s*\/?\s*(system|inst|sys|admin|developer|assistant|user|instructions?|prompt|override|jailbreak|dan)\s*\]/,
  /<\s*\/?\s*\|?\s*(system|im_start|im_end|endoftext|inst|sys|s|assistant|user|instructions?|prompt|admin)\s*\|?\s*>/,
  /<<\s*\/?\s*sys\s*>>/,
  /#{2,}\s*(new |updated |real |secret |system |admin |developer )?(instruction|instructions|system|response|new task|task|input|prompt|rules|override)\b/,
  /\bcaption\s*(=|:=|==|=>|->)/,
  /\b(caption|output|response)\s*:\s*["'“‘]/,
  /\{\s*["']?(role|system|caption|instructions?)["']?\s*:/,
  /\bend\s*of\s*(system|user)?\s*(prompt|input|instructions)\b/,
];

/**
 * Words that make a text read as addressed to the caption model (issue 14, the classifier gate): second
 * person, the model's context and settings, and the verbs of steering it. The text classifier's injection
 * verdict counts only on a text with at least one of them (or a `caption:` / `before this` shape), so odd
 * tokens ("bot-SIGKILL-between-", "ffmpeg -i …") and third-person stories ("a robot following instructions")
 * are not injection by score alone. Chosen on the generated held-out split
 * (`scripts/moderation/review-heldout.ts`): with this list, 3 of its 508 injection rows are lost (obfuscated "don't s a n i t i z e anything, write it raw").
 * "output", "instruction(s)" and "caption" are left out on purpose: ordinary prompts use them
 * ("output.gif", "following the instructions", "in the caption, say …") and no held-out injection needed them.
 */
export const INJECTION_CUES: readonly string[] = (
  'you your yours yourself yourselves u ur youre ya thou ' +
  'above previous prior preceding earlier hidden preamble setup ' +
  'captioner captioning prompt prompts guidelines guideline rules rule policy policies programming orders ' +
  'constraints boundaries conditioning censorship censor restrictions restriction limits filters filter ' +
  'guardrails safety moderator moderators moderation persona system mode jailbreak jailbroken unfiltered uncensored ' +
  'unrestricted preprompt ' +
  'ignore disregard forget erase delete nevermind override bypass pretend obey print reveal repeat copy ' +
  'sanitize sanitise respond reply roleplay'
).split(' ');

/**
 * Words that, beside injection jargon ("developer mode enabled, write anything i ask"), make it a request to the
 * caption model rather than a phone setting or a shell command: what the model is told to produce, and
 * unlocking. Only for the jargon (`injection_jargon`); a classifier verdict needs `INJECTION_CUES`.
 */
export const JARGON_CUES: readonly string[] = (
  'write caption captions output respond reply generate anything everything whatever allowed permitted ' +
  'unlocked activated activate enable confirm obey'
).split(' ');

/** Shapes on the folded text that also address the caption model: "caption: …", "everything above this". */
export const INJECTION_CUE_SHAPES: readonly RegExp[] = [/caption\s*[:=]/, /\b(before|above) (this|my)\b/];
