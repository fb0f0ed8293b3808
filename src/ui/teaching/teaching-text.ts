// The words of the lesson views, in both languages the page speaks. They
// live beside the views (as the samples' titles do) so the teaching folder
// is one piece; prose of the scenarios is in scenarios/.

import type { LocalizedText } from '../../core/analysis.ts';

export const TEXT = {
  library: { en: 'Lessons: scenarios to teach with', de: 'Lektionen: Szenarien für den Unterricht' },
  libraryHint: { en: 'Each scenario opens a real message with its DNS answers frozen, told step by step, with a quiz and a printable worksheet.', de: 'Jedes Szenario öffnet eine echte Nachricht mit eingefrorenen DNS-Antworten, Schritt für Schritt erzählt, mit Quiz und druckbarem Arbeitsblatt.' },
  notice: { en: 'What to notice', de: 'Worauf zu achten ist' },
  path: { en: 'The path', de: 'Der Weg' },
  steps: { en: 'Step by step', de: 'Schritt für Schritt' },
  step: { en: 'Step {n} of {count}', de: 'Schritt {n} von {count}' },
  previous: { en: 'Previous step', de: 'Voriger Schritt' },
  next: { en: 'Next step', de: 'Nächster Schritt' },
  stepKeys: { en: 'Left and right arrow keys move between steps.', de: 'Die Pfeiltasten links und rechts wechseln den Schritt.' },
  linkToStep: { en: 'Link to this step', de: 'Link zu diesem Schritt' },
  quiz: { en: 'Quiz', de: 'Quiz' },
  question: { en: 'Question {n}', de: 'Frage {n}' },
  right: { en: 'Right.', de: 'Richtig.' },
  wrong: { en: 'Not quite. The answer is: {answer}', de: 'Nicht ganz. Die Antwort ist: {answer}' },
  score: { en: 'Score: {right} of {count} right, {answered} answered', de: 'Punkte: {right} von {count} richtig, {answered} beantwortet' },
  restart: { en: 'Start the quiz again', de: 'Quiz neu beginnen' },
  printWorksheet: { en: 'Print worksheet', de: 'Arbeitsblatt drucken' },
  worksheet: { en: 'Worksheet', de: 'Arbeitsblatt' },
  name: { en: 'Name:', de: 'Name:' },
  yourAnswer: { en: 'Your answer and why:', de: 'Deine Antwort und warum:' },
  answers: { en: 'Answers', de: 'Lösungen' },
  closeLesson: { en: 'Close the lesson', de: 'Lektion schließen' },
  unknown: { en: 'There is no scenario "{name}". Choose one from the list.', de: 'Es gibt kein Szenario „{name}“. Wähle eines aus der Liste.' },
  analysisQuiz: { en: 'Quiz on this message: {count} questions', de: 'Quiz zu dieser Nachricht: {count} Fragen' },
  analysisQuizHeading: { en: 'Questions about this message', de: 'Fragen zu dieser Nachricht' },
  loading: { en: 'Opening the scenario…', de: 'Szenario wird geöffnet …' },
} satisfies Record<string, LocalizedText>;

/** A lesson text in the language, with {name} placeholders filled in. */
export function say(text: LocalizedText, language: 'en' | 'de', params: Record<string, string | number> = {}): string {
  return text[language].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
