// A command is a pure recipe (draft, args) run through immer; execute() returns the new document with the
// patches that redo it and the inverse patches that undo it. Commands refuse bad requests with CommandError.
import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Workspace } from '../model';

enablePatches();

export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

export interface Command<A> {
  /** stable id, e.g. "position.add" */
  id: string;
  /**
   * what the undo/redo buttons say, in Bahasa Indonesia; `doc` is the document before the change, so the label
   * can name what the command works on (the args often carry only ids)
   */
  label: (args: A, doc: Workspace) => string;
  recipe: (draft: Draft<Workspace>, args: A) => void;
}

export interface Executed {
  doc: Workspace;
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
}

export function defineCommand<A>(command: Command<A>): Command<A> {
  return command;
}

/**
 * A compound command: a pure function (doc, args) → one Executed, made of other commands (move a position, then
 * give its box a clear spot; add several team members …), so it is one undo step. The follow-ups live in the
 * compound, not in the canvas that starts them (as diagram-js's post-execute handlers do).
 */
export type Compound<A> = (doc: Workspace, args: A) => Executed;

/** Execute a command or a compound command. */
export function executeAny<A>(doc: Workspace, command: Command<A> | Compound<A>, args: A): Executed {
  return typeof command === 'function' ? command(doc, args) : execute(doc, command, args);
}

export function execute<A>(doc: Workspace, command: Command<A>, args: A): Executed {
  const [next, patches, inversePatches] = produceWithPatches(doc, (draft) => {
    command.recipe(draft, args);
  });
  return { doc: next, label: command.label(args, doc), patches, inversePatches };
}

/** Run several commands as one undo step (e.g. "new unit + new position" from one palette drop). */
export function executeAll(doc: Workspace, label: string, steps: ((d: Workspace) => Executed)[]): Executed {
  let current = doc;
  const patches: Patch[] = [];
  const inverse: Patch[][] = [];
  for (const step of steps) {
    const done = step(current);
    current = done.doc;
    patches.push(...done.patches);
    inverse.unshift(done.inversePatches);
  }
  return { doc: current, label, patches, inversePatches: inverse.flat() };
}
