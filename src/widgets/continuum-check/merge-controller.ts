import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerFile } from './continuum-check.schema.js';
import { mergeAnswers, parseAnswerFile, type MergeResult } from './continuum-merge.js';

/**
 * The members' answer files the team imports to build its consensus: read in the browser, never sent
 * anywhere. Files that cannot be read are named, the others added to those already imported.
 */
export class MergeController implements ReactiveController {
  /** The files read so far, in import order. */
  files: AnswerFile[] = [];
  /** The names of the files of the last import that were not answer files. */
  unreadable: string[] = [];
  private mergedFiles: AnswerFile[] | undefined;
  private mergedResult: MergeResult | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The proposal and the members' levels, once a file was read. */
  get merged(): MergeResult | undefined {
    if (!this.files.length) return undefined;
    if (this.mergedFiles !== this.files) {
      this.mergedFiles = this.files;
      this.mergedResult = mergeAnswers(this.files);
    }
    return this.mergedResult;
  }

  /** Reads the chosen files; resolves with how many files are imported in all. */
  async import(files: File[]): Promise<number> {
    const read: AnswerFile[] = [];
    const unreadable: string[] = [];
    const { checkConfig } = await import('../../core/config-problems.js');
    for (const file of files) {
      const parsed = parseAnswerFile(await file.text(), checkConfig);
      if (parsed.ok) read.push(parsed.file);
      else unreadable.push(file.name);
    }
    this.files = [...this.files, ...read];
    this.unreadable = unreadable;
    this.host.requestUpdate();
    return this.files.length;
  }

  /** Starts the merge over. */
  clear(): void {
    this.files = [];
    this.unreadable = [];
    this.host.requestUpdate();
  }
}
