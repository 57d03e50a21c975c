/**
 * The question-type registry, render side: the form fields and the after-checking feedback of every
 * question type, keyed like the site registry (plus the ungraded `reflection`, which has no feedback).
 */
import type { QuestionType } from '../../schemas/question.ts';
import ChoiceFeedback from './choice/Feedback.astro';
import ChoiceFields from './choice/Fields.astro';
import MatchingFeedback from './matching/Feedback.astro';
import MatchingFields from './matching/Fields.astro';
import OrderingFeedback from './ordering/Feedback.astro';
import OrderingFields from './ordering/Fields.astro';
import ReflectionFields from './reflection/Fields.astro';
import TextFeedback from './text/Feedback.astro';
import TextFields from './text/Fields.astro';
import TrueFalseFeedback from './truefalse/Feedback.astro';
import TrueFalseFields from './truefalse/Fields.astro';

// biome-ignore lint/suspicious/noExplicitAny: each component takes its own question type
type Component = (...args: any[]) => unknown;

export const renderers: { [T in QuestionType]: { Fields: Component; Feedback: Component | undefined } } = {
  single: { Fields: ChoiceFields, Feedback: ChoiceFeedback },
  multiple: { Fields: ChoiceFields, Feedback: ChoiceFeedback },
  truefalse: { Fields: TrueFalseFields, Feedback: TrueFalseFeedback },
  matching: { Fields: MatchingFields, Feedback: MatchingFeedback },
  ordering: { Fields: OrderingFields, Feedback: OrderingFeedback },
  text: { Fields: TextFields, Feedback: TextFeedback },
  reflection: { Fields: ReflectionFields, Feedback: undefined },
};
