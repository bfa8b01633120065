/**
 * A check's id is "<question id>-c<n>" (the content check enforces it), so its question is
 * known from the id alone: the review queue and calibration need no lookup. Pure.
 */
export const isCheckIdOf = (checkId: string, questionId: string) => checkId.startsWith(`${questionId}-c`) && /^\d+$/.test(checkId.slice(questionId.length + 2));

export const questionOfCheck = (checkId: string) => checkId.replace(/-c\d+$/, "");
