import type { ModelCard } from '../queue/model-card/index.js';
import type { ExpandedCaption, StructuredCaption, Subject } from './caption.js';
import { maxObjects, renderVocabulary } from './language.js';
import { renderProse } from './offline.js';

/** Which object(s) a refinement is about; absent means all of them ("make it blue"). */
export interface RefinementTarget {
  color?: string;
  kind?: string;
  /** Position in the caption's subjects ("the first one", "the other one"). */
  index?: number;
}

/** A change asked for in a thread reply, already in the card's words (vocabulary) or the user's (prose). */
export interface Refinement {
  target?: RefinementTarget;
  set?: { color?: string; kind?: string; motion?: string; size?: 'small' | 'large' };
  background?: string;
  /** Objects to add ("add a yellow triangle"). */
  add?: Subject[];
  /** Remove the targeted object(s) ("remove the square"). */
  remove?: boolean;
  /** Prose only: extra detail to carry ("more cinematic"). */
  attributes?: string[];
}

/** A merge as a value: the new caption and a one-line summary, or why it cannot be done. */
export type MergeResult =
  | { ok: true; caption: ExpandedCaption; summary: string }
  | {
      ok: false;
      reason: 'no_target' | 'too_many_objects' | 'nothing_changed' | 'nothing_left';
      message: string;
    };

function addAttributes(s: Subject, values: readonly string[]): void {
  s.attributes = [...(s.attributes ?? []), ...values];
}

const describe = (s: Subject) => [s.color, s.kind].filter(Boolean).join(' ');

/** Finds the subjects a target names; every subject when there is no target. */
export function findTargets(subjects: readonly Subject[], target: RefinementTarget | undefined): number[] {
  if (target === undefined) return subjects.map((_, i) => i);
  if (target.index !== undefined)
    return target.index >= 0 && target.index < subjects.length ? [target.index] : [];
  return subjects
    .map((s, i) => ({ s, i }))
    .filter(
      ({ s }) =>
        (target.kind === undefined || s.kind === target.kind) &&
        (target.color === undefined || s.color === target.color),
    )
    .map(({ i }) => i);
}

/** Applies a refinement to a caption and re-renders it: what is not mentioned is kept as it was. */
export function mergeRefinement(
  caption: ExpandedCaption,
  refinement: Refinement,
  card: ModelCard,
  expander = 'refine:rules',
): MergeResult {
  const old = caption.structured;
  let subjects = old.subjects.map((s) => ({ ...s }));
  const inferred = new Set(old.inferred);
  const filled = new Set(old.filled);
  const changes: string[] = [];
  const mark = (path: string) => {
    inferred.add(path);
    filled.delete(path);
  };

  const targets = findTargets(subjects, refinement.target);
  const wantsSubjectChange =
    refinement.set !== undefined && Object.values(refinement.set).some((v) => v !== undefined);
  if ((wantsSubjectChange || refinement.remove) && targets.length === 0) {
    const t = refinement.target;
    const named =
      t?.index !== undefined
        ? `object number ${t.index + 1}`
        : `${[t?.color, t?.kind].filter(Boolean).join(' ')}`;
    return {
      ok: false,
      reason: 'no_target',
      message: `There is no ${named} in this clip; it shows ${subjects.map((s) => `a ${describe(s)}`).join(' and ')}.`,
    };
  }
  if (wantsSubjectChange && refinement.set !== undefined) {
    for (const i of targets) {
      const s = subjects[i] as Subject;
      const before = describe(s);
      for (const key of ['color', 'kind', 'motion', 'size'] as const) {
        const value = refinement.set[key];
        if (value === undefined || s[key] === value) continue;
        if (caption.style === 'prose' && (key === 'color' || key === 'kind') && s[key] !== undefined) {
          // The prose description holds the user's words: swap the old word for the new one where it appears.
          const oldWord = s[key] as string;
          if (key === 'color' && s.kind.includes(oldWord)) s.kind = s.kind.replace(oldWord, value);
          else addAttributes(s, [value]);
        } else if (caption.style === 'prose' && key !== 'size') {
          addAttributes(s, [value]);
        }
        // A prose subject's `kind` is the user's whole description; it is amended above, never replaced.
        if (!(caption.style === 'prose' && key === 'kind')) (s as Record<string, unknown>)[key] = value;
        mark(`subjects.${i}.${key === 'kind' ? 'kind' : key}`);
        changes.push(`${before}: ${key === 'kind' ? 'shape' : key} → ${value}`);
      }
    }
  }
  if (refinement.remove) {
    const keep = subjects.filter((_, i) => !targets.includes(i));
    if (keep.length === 0)
      return { ok: false, reason: 'nothing_left', message: 'A clip needs at least one object.' };
    changes.push(`removed ${targets.map((i) => describe(subjects[i] as Subject)).join(' and ')}`);
    subjects = keep;
  }
  if (refinement.add !== undefined && refinement.add.length > 0) {
    const limit = caption.style === 'vocabulary' ? maxObjects(card) : 8;
    if (subjects.length + refinement.add.length > limit) {
      return {
        ok: false,
        reason: 'too_many_objects',
        message: `${card.name} draws at most ${limit} objects; remove one first (e.g. "remove the ${subjects[0]?.kind}").`,
      };
    }
    subjects.push(...refinement.add);
    changes.push(`added ${refinement.add.map((s) => `a ${describe(s)}`).join(' and ')}`);
  }
  let background = old.background;
  if (refinement.background !== undefined && refinement.background !== old.background) {
    background = refinement.background;
    mark('background');
    changes.push(`background → ${background}`);
  }
  if (caption.style === 'prose' && refinement.attributes !== undefined && refinement.attributes.length > 0) {
    for (const s of subjects) addAttributes(s, refinement.attributes);
    changes.push(`added "${refinement.attributes.join(', ')}"`);
  }
  if (changes.length === 0) {
    return {
      ok: false,
      reason: 'nothing_changed',
      message: `That is already the caption: "${caption.text}".`,
    };
  }
  const structured: StructuredCaption = {
    ...old,
    subjects,
    background,
    inferred: [...inferred].filter(
      (p) => !p.startsWith('subjects.') || Number(p.split('.')[1]) < subjects.length,
    ),
    filled: [...filled].filter(
      (p) => !p.startsWith('subjects.') || Number(p.split('.')[1]) < subjects.length,
    ),
    notes: [`refined: ${changes.join('; ')}`],
  };
  delete structured.shots;
  const lang = card.caption_language;
  const text =
    lang.style === 'vocabulary' ? renderVocabulary(lang, structured) : renderProse(lang, structured);
  return {
    ok: true,
    caption: { text, expander, style: caption.style, structured },
    summary: changes.join('; '),
  };
}
