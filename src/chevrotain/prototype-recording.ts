import { CstParser } from 'chevrotain';

/** Chevrotain's grammar recorder (a trait of its parsers, left out of its type declarations). */
interface GastRecorder {
  enableRecording(): void;
}

/**
 * A CstParser whose grammar recording leaves the parser object's shape alone.
 *
 * `performSelfAnalysis` records the grammar by running every rule with ~90 recording versions of
 * CONSUME, OR, MANY… assigned onto the parser object, then deletes them. The deletes turn the
 * object into a dictionary: for our two grammars that allocated 1.6 MB and took several ms of
 * every start. Here Chevrotain's own `enableRecording` fills a temporary object instead, which is
 * put between the parser and its class as prototype while recording and taken out afterwards.
 * A test checks that the recorded grammar is the same as Chevrotain's own recording gives.
 */
export class PrototypeRecordingCstParser extends CstParser {
  /** Overrides Chevrotain's GastRecorder.enableRecording (called by performSelfAnalysis). */
  enableRecording(): void {
    const recorder = Object.create(Object.getPrototypeOf(this) as object) as GastRecorder;
    (CstParser.prototype as unknown as GastRecorder).enableRecording.call(recorder);
    Object.setPrototypeOf(this, recorder);
    this.RECORDING_PHASE = true;
  }

  /** Overrides Chevrotain's GastRecorder.disableRecording. */
  disableRecording(): void {
    Object.setPrototypeOf(this, Object.getPrototypeOf(Object.getPrototypeOf(this)) as object);
    this.RECORDING_PHASE = false;
  }
}
