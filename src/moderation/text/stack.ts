import type { ModerationCategory, ModerationPolicy } from '../../queue/index.js';
import { decide, type Finding, type ModerationDecision } from '../decision.js';
import type { RemoteLayer } from '../remote/index.js';
import type { TextInput, TextModerator } from '../types.js';
import { sharedTextClassifier, type TextClassifier } from './classifier.js';
import { type OfflineTextModeratorOptions, sharedTextRules } from './moderator.js';
import type { RulesReading } from './rules.js';

/**
 * How the text moderation stack is put together: the offline rules, then the offline classifier. Then, when
 * configured, the remote layer (OpenAI's moderation endpoint, a guard model).
 */
export interface TextModeratorOptions extends OfflineTextModeratorOptions {
  /**
   * The text classifier chained after the rules: `false` for the rules alone (the eval's baseline), a loaded
   * classifier (tests), or by default the shipped one, loaded once per process.
   */
  classifier?: false | TextClassifier | Promise<TextClassifier>;
  /**
   * Whether the rules review what the classifier flags alone (`reviewedFindings`); on by default. `false`
   * gives the classifier's raw verdicts, for comparison (`scripts/moderation/review-heldout.ts`).
   */
  review?: boolean;
  /** Folder of the classifier to load when none is given (`models/moderation-text/` by default). */
  classifierDir?: string;
  /**
   * The remote layer chained after the offline ones (`remoteLayerFromConfig`); none by default. It can only
   * add findings: it runs when the offline layers allow, and its failure keeps their decision (fail-open) or
   * blocks (fail-closed), with `degraded` set either way.
   */
  remote?: RemoteLayer | undefined;
}

/**
 * The one place callers (the bot, the CLI, the eval) get a text moderator from, so adding a layer changes
 * this function and nothing that calls it. The classifier starts loading now; `check` waits for it, and
 * rejects with its `ModelLoadError` if it could not load. Use {@link loadTextModerator} to pay the load,
 * and see such an error, at start.
 *
 * Layers chain as "block if either blocks": the rules' findings (with their context exemptions: "a killer
 * whale", "a shooting star") come first, then the classifier's; the decision names the first layer whose
 * finding breaks the policy.
 * The remote layer, when given, comes last and only when the offline layers allow.
 */
export function createTextModerator(options: TextModeratorOptions = {}): TextModerator {
  const now = options.now ?? (() => performance.now());
  const rules = sharedTextRules();
  const remote = options.remote;
  const classifier =
    options.classifier === false
      ? undefined
      : Promise.resolve(
          options.classifier ??
            sharedTextClassifier(options.classifierDir === undefined ? {} : { dir: options.classifierDir }),
        );
  // Nothing may be left unhandled while no check has run yet; check() awaits, and rethrows, the same promise.
  classifier?.catch(() => {});
  return {
    async check(texts: TextInput[], policy: ModerationPolicy): Promise<ModerationDecision> {
      const model = classifier === undefined ? undefined : await classifier;
      const started = now();
      const readings = texts.map((t) => rules.read(t.text));
      const findings: Finding[] = readings.flatMap((r) => r.findings);
      if (model !== undefined) {
        findings.push(
          ...(options.review === false
            ? await model.findings(texts.map((t) => t.text))
            : await reviewedFindings(model, texts, readings)),
        );
      }
      const lastLayer = model === undefined ? 'rules' : 'classifier';
      const offline = decide(findings, policy, { lastLayer, ms: now() - started });
      // A block stands whatever the remote would say, so it is not asked (nor paid for).
      if (remote === undefined || offline.decision === 'block') return offline;
      const answer = await remote.check(texts.map((t) => t.text));
      const decision = decide([...findings, ...answer.findings], policy, {
        lastLayer: answer.degraded === undefined ? remote.kind : lastLayer,
        ms: now() - started,
        ...(answer.degraded === undefined ? {} : { degraded: answer.degraded }),
      });
      return answer.failClosed && decision.decision === 'allow'
        ? { ...decision, decision: 'block', layer: remote.kind }
        : decision;
    },
  };
}

/** Builds the text moderator and waits until every offline layer is loaded; throws if one cannot be. */
export async function loadTextModerator(options: TextModeratorOptions = {}): Promise<TextModerator> {
  if (options.classifier !== false) {
    const classifier = await Promise.resolve(
      options.classifier ??
        sharedTextClassifier(options.classifierDir === undefined ? {} : { dir: options.classifierDir }),
    );
    return createTextModerator({ ...options, classifier });
  }
  return createTextModerator(options);
}

/**
 * The classifier's findings for one request, after the rules have reviewed what it flagged alone (a category
 * the rules also found explicit is never reviewed; one they found only mild, "a war movie scene", is):
 *
 * - **injection** counts only on a text that addresses the caption model (`addressesModel`: second person,
 *   the model's instructions or rules, steering verbs). Odd tokens ("bot-SIGKILL-between- drill clip 2",
 *   "ffmpeg -i in.mov out.gif") and stories ("a robot following instructions") are not steering anything.
 * - **harassment** counts only on a text that points at a particular person (`targetsPerson`: a name, a
 *   relation, a member, "you", "my …"). "A comedian dying on stage" or "a sad girl crying alone in her room"
 *   is a scene with nobody in it to harass.
 * - a category the rules **excused** in this text (a safe phrase around the word, an `unless` word, a
 *   negation) is asked again with the excused words left out; if the classifier no longer flags it there, its
 *   flag came from the harmless twin the rules know ("a bloody mary", "no gore") and is dropped. What else
 *   in the text is harmful still flags ("a killer whale tearing a diver apart" without "killer whale" is
 *   still violence), so this only removes a flag the excused words carried.
 */
async function reviewedFindings(
  model: TextClassifier,
  texts: TextInput[],
  readings: RulesReading[],
): Promise<Finding[]> {
  const rows = await model.scores(texts.map((t) => t.text));
  for (let i = 0; i < rows.length; i++) {
    const row = { ...rows[i]! };
    const reading = readings[i]!;
    // A category the rules found only as mild ("a war movie scene") is still reviewed: the classifier's flag may
    // come from a negated word ("no gore").
    const ruled = new Set(reading.findings.filter((f) => f.severity === 'explicit').map((f) => f.category));
    const alone = model.flagged(row).filter((c) => !ruled.has(c));
    if (alone.length === 0) continue;
    if (alone.includes('injection') && !reading.addressesModel()) row.injection = 0;
    if (alone.includes('harassment') && !reading.targetsPerson()) row.harassment = 0;
    const excused = new Set<ModerationCategory>(reading.excused.map((e) => e.category));
    const ask = alone.filter((c) => excused.has(c) && row[c] !== 0);
    if (ask.length > 0) {
      const [again] = await model.scores([reading.withoutExcused()]);
      const still = new Set(model.flagged(again ?? {}));
      for (const c of ask) if (!still.has(c)) row[c] = 0;
    }
    rows[i] = row;
  }
  return model.findingsFrom(rows);
}
