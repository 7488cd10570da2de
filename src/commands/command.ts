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
  /** what the undo/redo buttons say, in Bahasa Indonesia */
  label: (args: A) => string;
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

export function execute<A>(doc: Workspace, command: Command<A>, args: A): Executed {
  const [next, patches, inversePatches] = produceWithPatches(doc, (draft) => {
    command.recipe(draft, args);
  });
  return { doc: next, label: command.label(args), patches, inversePatches };
}
