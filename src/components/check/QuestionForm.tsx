/** One question on its own screen, with the controls its kind of answer needs. */
import { ChoiceQuestion, isChoiceQuestion } from './ChoiceQuestion.tsx';
import { NeedsQuestion } from './NeedsQuestion.tsx';
import { NumberQuestion } from './NumberQuestion.tsx';
import type { QuestionProps } from './QuestionFrame.tsx';

export function QuestionForm(props: QuestionProps) {
  const { question } = props;
  if (question === 'age' || question === 'months') return <NumberQuestion {...props} question={question} />;
  if (isChoiceQuestion(question)) return <ChoiceQuestion {...props} question={question} />;
  return <NeedsQuestion {...props} />;
}
