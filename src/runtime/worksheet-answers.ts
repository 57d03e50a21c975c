/**
 * The answers of one worksheet as data: read from its controls, written back into them. Text fields and
 * table cells keep their text, a ticked box `"1"`, a scale the chosen number; empty answers are left out.
 */
export type Answers = Record<string, string>;
export type Control = HTMLInputElement | HTMLTextAreaElement;

export function answersOf(controls: Control[]): Answers {
  const answers: Answers = {};
  for (const control of controls) {
    const key = control.dataset.wsKey!;
    if (control.type === 'checkbox') {
      if ((control as HTMLInputElement).checked) answers[key] = '1';
    } else if (control.type === 'radio') {
      if ((control as HTMLInputElement).checked) answers[key] = control.value;
    } else if (control.value.trim()) answers[key] = control.value;
  }
  return answers;
}

export function fillControls(controls: Control[], answers: Answers): void {
  for (const control of controls) {
    const saved = answers[control.dataset.wsKey!];
    if (control.type === 'checkbox') (control as HTMLInputElement).checked = saved === '1';
    else if (control.type === 'radio') (control as HTMLInputElement).checked = saved === control.value;
    else control.value = saved ?? '';
  }
}
