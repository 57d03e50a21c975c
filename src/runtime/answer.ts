/**
 * One answered question as the course sees it, independent of any LMS: what a quiz hands to its
 * host. An LMS adapter turns it into that LMS's record (SCORM: `cmi.interactions.n`).
 */
export type QuestionAnswer = {
  /** `quizId.questionId`. */
  id: string;
  type: 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in';
  /** Learner's answer: identifiers (choice, sequencing), `true`/`false`, `[left, right]` pairs, or text. */
  response: (string | [string, string])[];
  correct: (string | [string, string])[];
  result: 'correct' | 'wrong';
  /** The question's prompt; sent only when the course asks for descriptions. */
  description: string;
  at: Date;
  latencyMs: number;
};
