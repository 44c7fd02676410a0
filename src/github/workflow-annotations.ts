import type { CheckAnnotation } from '../report/annotations.js';

/** What @actions/core's error()/warning()/notice() take besides the message. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
  info(line: string): void;
}

// GitHub shows at most 10 error and 10 warning annotations of one step and drops the rest silently;
// two of each are left for the gate's own lines (why nothing was posted, the verdict).
const PER_LEVEL = 8;

/**
 * The check run's annotations as workflow commands, for when the token cannot write checks (a
 * fork's pull request): the runner turns them into annotations on the same lines.
 */
export function emitWorkflowAnnotations(annotations: readonly CheckAnnotation[], sink: AnnotationSink): number {
  const used = { failure: 0, warning: 0, notice: 0 };
  let emitted = 0;
  for (const a of annotations) {
    if (used[a.annotation_level] >= PER_LEVEL) continue;
    used[a.annotation_level]++;
    emitted++;
    const properties: AnnotationProperties = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line };
    if (a.annotation_level === 'failure') sink.error(a.message, properties);
    else if (a.annotation_level === 'warning') sink.warning(a.message, properties);
    else sink.notice(a.message, properties);
  }
  if (emitted < annotations.length) {
    sink.info(`${annotations.length - emitted} more endpoints differ than GitHub shows annotations for; the job summary and the report list them all.`);
  }
  return emitted;
}
