/** The check card's strings, translated on the server and handed to the client. */
export type CheckLabels = {
  submit: string; right: string; wrong: string; rightAnswer: string; explain: string; next: string;
  pickOne: string; pickAll: string; number: string; orderHint: string; moveUp: string; moveDown: string; keys: string; error: string;
  rated: string; ratings: Record<1 | 2 | 3 | 4, string>;
};
